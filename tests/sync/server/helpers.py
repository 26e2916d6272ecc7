"""Helpers for server tests: signing in a test device and building ops."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from fastapi.testclient import TestClient

from workbench.ids import new_id

PASSWORD = "correct horse battery staple"
EMAILS = {"admin": "admin@x.test", "cm": "cm@x.test", "cm_b": "cmb@x.test", "pa": "pa@x.test", "pb": "pb@x.test"}


@dataclass
class Device:
    """A signed-in test device."""

    client: TestClient
    access: str
    refresh: str
    device_id: str
    user_id: str
    next_seq: int = 1

    @property
    def headers(self) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.access}"}

    def post(self, path: str, body: Any) -> Any:
        return self.client.post(path, json=body, headers=self.headers)

    def get(self, path: str, **params: Any) -> Any:
        return self.client.get(path, params=params, headers=self.headers)


def sign_in(client: TestClient, who: str, device: str = "laptop") -> Device:
    r = client.post("/sync/v1/auth/login", json={"email": EMAILS[who], "password": PASSWORD, "device_name": device})
    assert r.status_code == 200, r.text
    body = r.json()
    return Device(client, body["access_token"], body["refresh_token"], body["device_id"], body["user_id"])


def op(
    dev: Device,
    entity: str,
    row_id: str,
    kind: str,
    fields: dict[str, Any] | None = None,
    base: dict[str, Any] | None = None,
    *,
    command: str | None = None,
    tx_id: str | None = None,
    base_version: int = 0,
) -> dict[str, Any]:
    seq = dev.next_seq
    dev.next_seq += 1
    return {
        "op_id": new_id(),
        "client_seq": seq,
        "tx_id": tx_id or new_id(),
        "entity": entity,
        "row_id": row_id,
        "kind": kind,
        "command": command,
        "base_version": base_version,
        "fields": fields or {},
        "base": base or {},
        "schema_version": 1,
    }


def push(dev: Device, *ops: dict[str, Any]) -> Any:
    return dev.post("/sync/v1/push", {"device_id": dev.device_id, "ops": list(ops)})


def pull_all(dev: Device, cursor: int = 0, limit: int = 1000) -> list[dict[str, Any]]:
    changes: list[dict[str, Any]] = []
    while True:
        r = dev.get("/sync/v1/pull", cursor=cursor, limit=limit)
        assert r.status_code == 200, r.text
        body = r.json()
        changes.extend(body["changes"])
        cursor = body["next_cursor"]
        if not body["has_more"]:
            return changes
