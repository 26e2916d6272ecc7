"""Security: a partner user cannot read, change or learn of another partner's rows through any endpoint;
forged scope/status/version/approver fields are ignored or refused; expired and revoked tokens are refused;
oversized and malformed payloads get a 4xx JSON error without a stack trace; schemathesis finds no 5xx."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import Engine
from sqlalchemy.orm import Session

from tests.sync.server.conftest import Clock, World
from tests.sync.server.helpers import Device, op, pull_all, push, sign_in
from workbench.deals.models import DealRegistration
from workbench.ids import new_id


def _no_trace(r: Any) -> None:
    assert r.headers["content-type"].startswith("application/json"), r.headers
    for marker in ("Traceback", 'File "', "sqlalchemy", "psycopg", "sqlite3"):
        assert marker not in r.text, r.text


def _contact(dev: Device, partner_id: str, **extra: Any) -> tuple[str, dict[str, Any]]:
    row_id = new_id()
    fields = {"partner_id": partner_id, "last_name": "Geheim", "first_name": "B", "role": "sales", **extra}
    return row_id, op(dev, "contacts", row_id, "create", fields)


def _deal_ops(dev: Device, world: World, deal_id: str, **forged: Any) -> list[dict[str, Any]]:
    tx = new_id()
    deal = {
        "program_id": world.program_id,
        "registered_by": dev.user_id,
        "customer_name": "Kunde AG",
        "customer_name_norm": "kunde",
        "title": "T",
        "amount_minor": 100,
        "currency": "EUR",
        "expected_close": "2099-01-31",
        **forged,
    }
    line = {"deal_id": deal_id, "product_id": world.product_id, "quantity": 1}
    return [
        op(dev, "deal_registrations", deal_id, "create", deal, tx_id=tx),
        op(dev, "deal_products", new_id(), "create", line, tx_id=tx),
    ]


@pytest.fixture
def secret_b(client: TestClient, world: World) -> dict[str, str]:
    """Rows of partner B (a contact, a deal) created by partner B's user."""
    pb = sign_in(client, "pb")
    contact, create = _contact(pb, world.partner_b)
    deal = new_id()
    r = push(pb, create, *_deal_ops(pb, world, deal))
    assert all(x["result"] == "applied" for x in r.json()["results"]), r.text
    return {"contact": contact, "deal": deal}


def test_pull_and_snapshot_never_show_another_partners_rows(
    client: TestClient, world: World, secret_b: dict[str, str]
) -> None:
    pa = sign_in(client, "pa")
    seen = json.dumps(pull_all(pa))
    r = pa.get("/sync/v1/snapshot", limit=5000)
    seen += r.text
    for row_id in (*secret_b.values(), world.partner_b):
        assert row_id not in seen
    assert "Geheim" not in seen


def test_push_against_another_partners_rows_looks_like_a_missing_row(
    client: TestClient, world: World, secret_b: dict[str, str]
) -> None:
    pa = sign_in(client, "pa")
    missing = new_id()
    probes = {
        "patch": lambda rid: op(pa, "contacts", rid, "patch", {"first_name": "X"}, {"first_name": "B"}),
        "delete": lambda rid: op(pa, "contacts", rid, "delete"),
    }
    for make in probes.values():
        [real] = push(pa, make(secret_b["contact"])).json()["results"]
        [ghost] = push(pa, make(missing)).json()["results"]
        strip = {"op_id", "version"}
        assert {k: v for k, v in real.items() if k not in strip} == {k: v for k, v in ghost.items() if k not in strip}
        assert (real["result"], real["reason"], real["row"]) == ("rejected", "no_access", None)
    # commands too
    [res] = push(pa, op(pa, "deal_registrations", secret_b["deal"], "command", {}, command="withdraw")).json()[
        "results"
    ]
    assert (res["result"], res["reason"], res["row"]) == ("rejected", "no_access", None)
    # a create re-using another partner's id does not reveal that the id exists
    [taken] = push(pa, _contact(pa, world.partner_a)[1] | {"row_id": secret_b["contact"]}).json()["results"]
    [free] = push(pa, _contact(pa, world.partner_a)[1]).json()["results"]
    assert taken["result"] == "rejected" and taken["reason"] == "no_access" and taken["row"] is None
    assert free["result"] == "applied"
    # a child row pointing at another partner's parent: unknown_reference, same as a missing parent
    line = {"deal_id": secret_b["deal"], "product_id": world.product_id, "quantity": 1}
    [res] = push(pa, op(pa, "deal_products", new_id(), "create", line)).json()["results"]
    line2 = {"deal_id": new_id(), "product_id": world.product_id, "quantity": 1}
    [res2] = push(pa, op(pa, "deal_products", new_id(), "create", line2)).json()["results"]
    assert (res["reason"], res["field"]) == (res2["reason"], res2["field"]) == ("unknown_reference", "deal_id")


def test_forged_scope_status_version_and_approver(client: TestClient, world: World, server_engine: Engine) -> None:
    pa = sign_in(client, "pa")
    # partner_id of another partner: ignored, the row lands in the caller's own scope
    contact, create = _contact(pa, world.partner_b)
    [res] = push(pa, create).json()["results"]
    assert res["result"] == "applied" and res["row"]["partner_id"] == world.partner_a
    # a forged status / approver / version on a create: refused or ignored, never stored
    deal = new_id()
    r = push(pa, *_deal_ops(pa, world, deal, status="approved"))
    assert r.json()["results"][0] == r.json()["results"][0] | {"result": "rejected", "reason": "command_field"}
    deal = new_id()
    r = push(pa, *_deal_ops(pa, world, deal, decided_by="cm-somebody"))
    assert r.json()["results"][0]["reason"] == "command_field"
    deal = new_id()
    [created, _] = push(pa, *_deal_ops(pa, world, deal, version=77, server_seq=10**9)).json()["results"]
    assert created["result"] == "applied" and created["version"] == 1 and created["row"]["server_seq"] < 10**9
    # a patch of a command field or a role-owned field is refused
    [res] = push(pa, op(pa, "deal_registrations", deal, "patch", {"status": "won"}, {"status": "draft"})).json()[
        "results"
    ]
    assert (res["result"], res["reason"]) == ("rejected", "command_field")
    [res] = push(pa, op(pa, "partners", world.partner_a, "patch", {"owner_id": pa.user_id}, {"owner_id": None})).json()[
        "results"
    ]
    assert (res["result"], res["reason"]) == ("rejected", "server_field")
    [res] = push(
        pa, op(pa, "contacts", contact, "patch", {"partner_id": world.partner_b}, {"partner_id": world.partner_a})
    ).json()["results"]
    assert res["row"]["partner_id"] == world.partner_a
    with Session(server_engine) as s:
        row = s.get_one(DealRegistration, deal)
        assert (row.status, row.decided_by, row.partner_id) == ("draft", None, world.partner_a)


def test_expired_revoked_and_garbage_tokens_are_refused(client: TestClient, world: World, clock: Clock) -> None:
    pa = sign_in(client, "pa")
    assert pa.get("/sync/v1/pull").status_code == 200
    clock.advance(minutes=16)
    r = pa.get("/sync/v1/pull")
    assert r.status_code == 401 and r.json() == {"error": "token_expired"}
    _no_trace(r)
    clock.advance(minutes=-16)
    for bad in (b"", b"x", b"a.b", (pa.access[:-2] + "xx").encode(), b"Bearer", "é".encode() * 3000):
        r = client.get("/sync/v1/pull", headers={"Authorization": b"Bearer " + bad})
        assert r.status_code == 401, bad
    other = sign_in(client, "pa", device="tablet")
    assert other.post(f"/sync/v1/devices/{pa.device_id}/revoke", {}).status_code == 200
    r = pa.get("/sync/v1/pull")
    assert r.status_code == 401 and r.json()["error"] == "device_revoked"
    r = client.post("/sync/v1/auth/refresh", json={"refresh_token": pa.refresh})
    assert r.status_code == 401
    # another partner's user cannot revoke (or learn of) a device
    pb = sign_in(client, "pb")
    assert pb.post(f"/sync/v1/devices/{other.device_id}/revoke", {}).json() == {"error": "not_found"}


MALFORMED = [
    ("/sync/v1/push", b"{not json"),
    ("/sync/v1/push", b"[]"),
    ("/sync/v1/push", b'{"device_id": "x", "ops": []}'),
    ("/sync/v1/push", b'{"device_id": "x", "ops": [{"op_id": 1}]}'),
    ("/sync/v1/hello", b'{"protocol_version": "one"}'),
    ("/sync/v1/push", "\udcff".encode("utf-8", "surrogatepass")),
    ("/sync/v1/push", b"\x00\x01\x02"),
    ("/sync/v1/auth/login", b'{"email": null}'),
]


def test_malformed_payloads_are_4xx_json(client: TestClient, world: World) -> None:
    pa = sign_in(client, "pa")
    for path, body in MALFORMED:
        r = client.post(path, content=body, headers={**pa.headers, "content-type": "application/json"})
        assert 400 <= r.status_code < 500, (path, body, r.text)
        _no_trace(r)


def test_malformed_query_and_values(client: TestClient, world: World) -> None:
    pa = sign_in(client, "pa")
    for params in ({"cursor": -1}, {"cursor": "x"}, {"limit": 0}, {"limit": 10**9}, {"cursor": 2**70}):
        r = pa.get("/sync/v1/pull", **params)
        assert r.status_code == 422, params
        _no_trace(r)
    weird = op(pa, "contacts", new_id(), "create", {"partner_id": world.partner_a, "last_name": {"a": [1]}})
    [res] = push(pa, weird).json()["results"]
    assert (res["result"], res["reason"]) == ("rejected", "invalid_value")
    long_text = op(pa, "contacts", new_id(), "create", {"partner_id": world.partner_a, "last_name": "x" * 5000})
    [res] = push(pa, long_text).json()["results"]
    assert (res["result"], res["reason"]) == ("rejected", "too_long")


def test_oversized_push_is_413(client: TestClient, world: World) -> None:
    pa = sign_in(client, "pa")
    ops = [_contact(pa, world.partner_a, first_name="y" * 60)[1] for _ in range(501)]
    r = pa.post("/sync/v1/push", {"device_id": pa.device_id, "ops": ops})
    assert r.status_code in (413, 422)
    _no_trace(r)


# --- schemathesis ------------------------------------------------------------------------------


def test_schemathesis_finds_no_5xx(tmp_path: Path, settings: Any) -> None:
    """Every operation of the OpenAPI spec, fuzzed with a bounded number of examples, answers < 500
    with a JSON error body (signed-in as a partner user; on SQLite to stay fast)."""
    import schemathesis
    from hypothesis import HealthCheck, given
    from hypothesis import settings as hsettings

    from sync.server.app import create_app
    from sync.server.auth import create_user
    from tests.sync.server.helpers import PASSWORD
    from workbench.db.base import Base
    from workbench.db.engine import server_engine
    from workbench.security.roles import Role

    engine = server_engine(f"sqlite:///{tmp_path / 'fuzz.db'}")
    Base.metadata.create_all(engine)
    create_user(engine, settings, email="admin@x.test", password=PASSWORD, role=Role.ADMIN)
    app = create_app(engine, settings)
    with TestClient(app) as c:
        token = c.post(
            "/sync/v1/auth/login", json={"email": "admin@x.test", "password": PASSWORD, "device_name": "fuzz"}
        ).json()["access_token"]
    headers = {"Authorization": f"Bearer {token}"}
    schema = schemathesis.openapi.from_asgi("/openapi.json", app)
    failures: list[str] = []
    operations = [result.ok() for result in schema.get_all_operations()]
    assert len(operations) >= 10
    for operation in operations:

        @hsettings(
            max_examples=8,
            deadline=None,
            database=None,
            derandomize=True,
            suppress_health_check=list(HealthCheck),
        )
        @given(case=operation.as_strategy())
        def check(case: Any) -> None:
            response = case.call(headers=headers)
            if response.status_code >= 500:
                failures.append(f"{case.method} {case.formatted_path} -> {response.status_code}: {response.text[:200]}")
            if response.status_code >= 400 and response.headers.get("content-type", [""])[0].startswith(
                "application/json"
            ):
                assert "Traceback" not in response.text

        check()
    engine.dispose()
    assert failures == []
