from __future__ import annotations

from dataclasses import replace
from datetime import timedelta
from typing import Any

import pytest
from fastapi.testclient import TestClient

from sync.server import auth
from tests.sync.server.conftest import Clock, World
from tests.sync.server.helpers import EMAILS, PASSWORD, sign_in

HELLO = {"protocol_version": 1, "schema_version": 1}


def test_login_registers_a_device_and_the_token_works(client: TestClient, world: World) -> None:
    dev = sign_in(client, "pa")
    r = dev.post("/sync/v1/hello", HELLO)
    assert r.status_code == 200, r.text
    body = r.json()
    assert body["status"] == "ok"
    assert body["user_id"] == world.users["pa"]
    assert body["partner_id"] == world.partner_a
    assert body["device_id"] == dev.device_id
    assert body["next_client_seq"] == 1


def test_login_with_known_device_id_reuses_the_device(client: TestClient, world: World) -> None:
    first = sign_in(client, "pa")
    r = client.post(
        "/sync/v1/auth/login",
        json={"email": EMAILS["pa"], "password": PASSWORD, "device_name": "x", "device_id": first.device_id},
    )
    assert r.status_code == 200
    assert r.json()["device_id"] == first.device_id


def test_bad_password_and_unknown_user_get_the_same_answer(client: TestClient, world: World) -> None:
    bad = client.post("/sync/v1/auth/login", json={"email": EMAILS["pa"], "password": "nope", "device_name": "d"})
    unknown = client.post("/sync/v1/auth/login", json={"email": "ghost@x.test", "password": "nope", "device_name": "d"})
    assert bad.status_code == unknown.status_code == 401
    assert bad.json() == unknown.json() == {"error": "invalid_credentials"}


def test_every_sync_endpoint_requires_a_bearer_token(client: TestClient, world: World) -> None:
    assert client.post("/sync/v1/hello", json=HELLO).status_code == 401
    assert client.get("/sync/v1/pull").status_code == 401
    assert client.post("/sync/v1/push", json={"device_id": "x", "ops": []}).status_code == 401
    assert client.post("/sync/v1/devices/x/revoke").status_code == 401
    r = client.post("/sync/v1/hello", json=HELLO, headers={"Authorization": "Bearer abc.def"})
    assert r.status_code == 401
    assert r.json() == {"error": "invalid_token"}
    assert client.get("/health").status_code == 200
    assert client.get("/openapi.json").status_code == 200


def test_tampered_token_is_refused(client: TestClient, world: World) -> None:
    dev = sign_in(client, "pa")
    body, sig = dev.access.split(".")
    forged = body[:-2] + ("AA" if body[-2:] != "AA" else "BB") + "." + sig
    r = client.post("/sync/v1/hello", json=HELLO, headers={"Authorization": f"Bearer {forged}"})
    assert r.status_code == 401


def test_access_token_expires_after_15_minutes(client: TestClient, world: World, clock: Clock) -> None:
    dev = sign_in(client, "pa")
    clock.advance(minutes=14, seconds=59)
    assert dev.post("/sync/v1/hello", HELLO).status_code == 200
    clock.advance(seconds=1)
    r = dev.post("/sync/v1/hello", HELLO)
    assert r.status_code == 401
    assert r.json() == {"error": "token_expired"}


def _refresh(client: TestClient, token: str) -> Any:
    return client.post("/sync/v1/auth/refresh", json={"refresh_token": token})


def test_refresh_rotates_and_a_reused_token_revokes_the_device_tokens(
    client: TestClient, world: World, clock: Clock
) -> None:
    dev = sign_in(client, "pa")
    clock.advance(minutes=20)
    r = _refresh(client, dev.refresh)
    assert r.status_code == 200, r.text
    new = r.json()
    assert new["refresh_token"] != dev.refresh
    assert new["device_id"] == dev.device_id
    ok = client.post("/sync/v1/hello", json=HELLO, headers={"Authorization": f"Bearer {new['access_token']}"})
    assert ok.status_code == 200
    # The old refresh token was rotated away: presenting it again after the grace window is refused and,
    # as a replay of a possibly stolen token, also kills the new one.
    clock.advance(seconds=61)
    assert _refresh(client, dev.refresh).json() == {"error": "invalid_token"}
    assert _refresh(client, new["refresh_token"]).status_code == 401


def test_a_rotated_token_presented_again_within_the_grace_gets_a_fresh_pair_once(
    client: TestClient, world: World, clock: Clock
) -> None:
    """The answer of a rotation was lost: the client presents the same token again within 60 s and gets a
    fresh pair; the pair it never received is dead; a third presentation is a replay."""
    dev = sign_in(client, "pa")
    lost = _refresh(client, dev.refresh).json()  # the answer never reaches the client
    clock.advance(seconds=59)
    r = _refresh(client, dev.refresh)
    assert r.status_code == 200, r.text
    again = r.json()
    assert again["refresh_token"] not in (lost["refresh_token"], dev.refresh)
    assert again["device_id"] == dev.device_id
    assert _refresh(client, lost["refresh_token"]).status_code == 401  # the undelivered one: a replay ...
    assert _refresh(client, again["refresh_token"]).status_code == 401  # ... which revokes the device's tokens


def test_the_grace_is_used_once_and_only_while_the_successor_is_unused(
    client: TestClient, world: World, clock: Clock
) -> None:
    dev = sign_in(client, "pa")
    _refresh(client, dev.refresh)
    again = _refresh(client, dev.refresh).json()
    assert "refresh_token" in again
    third = _refresh(client, dev.refresh)  # once more within the window: a replay now
    assert third.json() == {"error": "invalid_token"}
    assert _refresh(client, again["refresh_token"]).status_code == 401  # every token of the device revoked

    other = sign_in(client, "pa", "desktop")
    successor = _refresh(client, other.refresh).json()
    newest = _refresh(client, successor["refresh_token"]).json()  # the client got and used its successor
    assert _refresh(client, other.refresh).json() == {"error": "invalid_token"}  # so this is a replay
    assert _refresh(client, newest["refresh_token"]).status_code == 401


def test_the_grace_window_is_configurable(server_engine: Any, world: World, clock: Clock, settings: Any) -> None:
    strict = replace(settings, refresh_grace=timedelta(0))
    tokens = auth.login(server_engine, strict, email=EMAILS["pa"], password=PASSWORD, device_name="d")
    auth.refresh(server_engine, strict, tokens.refresh_token)
    clock.advance(seconds=1)
    with pytest.raises(auth.AuthError) as err:
        auth.refresh(server_engine, strict, tokens.refresh_token)
    assert err.value.code == "invalid_token"


def test_refresh_token_expires_after_30_days(client: TestClient, world: World, clock: Clock) -> None:
    dev = sign_in(client, "pa")
    clock.advance(days=30)
    r = _refresh(client, dev.refresh)
    assert r.status_code == 401
    assert r.json() == {"error": "token_expired"}


def test_revoked_device_is_refused_everywhere(client: TestClient, world: World) -> None:
    dev = sign_in(client, "pa")
    other = sign_in(client, "pa", "desktop")
    r = other.post(f"/sync/v1/devices/{dev.device_id}/revoke", {})
    assert r.status_code == 200, r.text
    hello = dev.post("/sync/v1/hello", HELLO)
    assert hello.status_code == 401
    assert hello.json() == {"error": "device_revoked"}
    assert _refresh(client, dev.refresh).status_code == 401
    again = client.post(
        "/sync/v1/auth/login",
        json={"email": EMAILS["pa"], "password": PASSWORD, "device_name": "d", "device_id": dev.device_id},
    )
    assert again.status_code == 401
    assert again.json() == {"error": "device_revoked"}
    assert other.post("/sync/v1/hello", HELLO).status_code == 200


def test_only_the_owner_or_an_admin_revokes_a_device(client: TestClient, world: World) -> None:
    dev = sign_in(client, "pa")
    stranger = sign_in(client, "pb")
    r = stranger.post(f"/sync/v1/devices/{dev.device_id}/revoke", {})
    assert r.status_code == 404
    assert r.json() == {"error": "not_found"}
    assert dev.post("/sync/v1/hello", HELLO).status_code == 200
    admin = sign_in(client, "admin")
    assert admin.post(f"/sync/v1/devices/{dev.device_id}/revoke", {}).status_code == 200
    assert dev.post("/sync/v1/hello", HELLO).status_code == 401


def test_hello_negotiates_versions(client: TestClient, world: World) -> None:
    dev = sign_in(client, "pa")
    old = dev.post("/sync/v1/hello", {"protocol_version": 0, "schema_version": 1}).json()
    assert old["status"] == "upgrade_required"
    newer = dev.post("/sync/v1/hello", {"protocol_version": 1, "schema_version": 99}).json()
    assert (newer["status"], newer["reason"]) == ("upgrade_required", "server_older")
    ok = dev.post("/sync/v1/hello", {"protocol_version": 1, "schema_version": 1, "cursor": 0}).json()
    assert ok["status"] == "ok"
    assert ok["schema_version"] == 1
    assert ok["server_time"].startswith("2025-03-01T09:00")
