"""Tokens live only in the SecretStore, refresh after access-token expiry (with rotation), the headless
`sync` command."""

from __future__ import annotations

import argparse
import io
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine, text

from sync.client.auth import SECRET_PREFIX, AuthSession, load_tokens, logout, signed_in
from sync.client.cli import EXIT_OK, EXIT_RETRYABLE, EXIT_USER, sync_command
from sync.client.errors import AuthRequired, SyncError
from sync.client.transport import RequestsTransport
from tests.sync.client.conftest import Clock, World, both_databases
from tests.sync.client.helpers import PASSWORD, Client, LiveServer
from workbench.partners.commands import update_partner
from workbench.security.secrets import MemorySecretStore

NewClient = Callable[..., Client]


def all_text(engine: Engine) -> str:
    """Every value of every table of the replica, as one string."""
    parts: list[str] = []
    with engine.connect() as conn:
        tables = conn.execute(text("SELECT name FROM sqlite_master WHERE type = 'table'")).scalars().all()
        for table in tables:
            for row in conn.execute(text(f'SELECT * FROM "{table}"')):
                parts.extend(str(v) for v in row)
    return "\n".join(parts)


def test_tokens_are_kept_only_in_the_secret_store(new_client: NewClient, world: World, tmp_path: Path) -> None:
    pa = new_client("pa").login("pa")
    pa.sync()
    tokens = load_tokens(pa.engine, pa.store)
    assert tokens is not None
    [(name, _value)] = pa.store._data.items()
    assert name.startswith(SECRET_PREFIX)
    stored = all_text(pa.engine)
    assert tokens.access_token not in stored and tokens.refresh_token not in stored
    assert PASSWORD not in stored
    for path in tmp_path.rglob("*"):
        if path.is_file():
            data = path.read_bytes()
            assert tokens.refresh_token.encode() not in data and tokens.access_token.encode() not in data
    who = signed_in(pa.engine)
    assert who is not None and who.role == "partner_user" and who.partner_id == world.partner_a
    # Two workspaces on one machine share the keyring but not their tokens.
    other = new_client("pa-2")
    other.store = pa.store
    other.login("pa")
    assert len(pa.store._data) == 2
    logout(pa.engine, pa.store)
    with pytest.raises(AuthRequired):
        pa.sync()
    assert other.sync().hello == "ok"


@both_databases
def test_expired_access_token_is_refreshed_and_rotated(
    new_client: NewClient, world: World, clock: Clock, live: LiveServer
) -> None:
    pa = new_client("pa").login("pa")
    pa.sync()
    before = load_tokens(pa.engine, pa.store)
    assert before is not None
    clock.advance(minutes=20)  # the server's clock: the access token (15 min) has expired
    update_partner(pa.engine, pa.actor, world.partner_a, {"city": "Later"})
    report = pa.sync()
    assert report.applied == 1
    after = load_tokens(pa.engine, pa.store)
    assert after is not None and after.refresh_token != before.refresh_token
    assert after.access_token != before.access_token
    # The rotated-away refresh token is dead once its grace window (a lost answer) is over.
    clock.advance(seconds=61)
    response = RequestsTransport(live.url).request(
        "POST", "/sync/v1/auth/refresh", json={"refresh_token": before.refresh_token}
    )
    assert response.status_code == 401


def test_expired_refresh_token_needs_a_new_sign_in(new_client: NewClient, world: World, clock: Clock) -> None:
    pa = new_client("pa").login("pa")
    pa.sync()
    clock.advance(days=31)
    with pytest.raises(AuthRequired) as info:
        pa.sync()
    assert not info.value.retryable
    assert load_tokens(pa.engine, pa.store) is None  # dead tokens are forgotten
    pa.login("pa")
    assert pa.sync().hello == "ok"


def test_wrong_password_is_auth_required(new_client: NewClient, world: World) -> None:
    from sync.client.auth import login

    pa = new_client("pa")
    with pytest.raises(AuthRequired) as info:
        login(pa.engine, pa.transport, pa.store, email="pa@x.test", password="wrong", device_name="x")
    assert info.value.params == {"reason": "invalid_credentials"}
    assert pa.store._data == {}


def test_auth_session_without_tokens(new_client: NewClient, world: World) -> None:
    pa = new_client("pa")
    with pytest.raises(AuthRequired):
        AuthSession(pa.engine, pa.transport, pa.store).request("POST", "/sync/v1/hello", json={})


def _args(workspace: Path, server: str, **extra: Any) -> argparse.Namespace:
    values: dict[str, Any] = {"sub_workspace": workspace, "workspace": None, "server": server, "email": None}
    values.update({"password_stdin": False, "json": False})
    values.update(extra)
    return argparse.Namespace(**values)


def test_sync_command(tmp_path: Path, world: World, live: LiveServer) -> None:
    store = MemorySecretStore()
    ws = tmp_path / "ws"
    out, err = io.StringIO(), io.StringIO()
    code = sync_command(_args(ws, live.url), store=store, stdout=out, stderr=err)
    assert code == EXIT_USER and "sign_in_required" in err.getvalue()

    out = io.StringIO()
    args = _args(ws, live.url, email="pa@x.test", password_stdin=True, json=True)
    code = sync_command(args, store=store, stdin=io.StringIO(PASSWORD + "\n"), stdout=out, stderr=err)
    assert code == EXIT_OK, err.getvalue()
    answer = json.loads(out.getvalue())
    assert answer["ok"] is True and answer["report"]["pulled"] >= 2 and answer["status"]["pending_ops"] == 0

    out = io.StringIO()  # signed in now: no password needed; text summary
    code = sync_command(_args(ws, live.url), store=store, stdout=out, stderr=err)
    assert code == EXIT_OK and out.getvalue().startswith("sync done:")

    out, err = io.StringIO(), io.StringIO()  # the server is unreachable: a clear error, no traceback
    code = sync_command(_args(ws, "http://127.0.0.1:9", json=True), store=store, stdout=out, stderr=err)
    assert code == EXIT_USER  # another server: sign in needed first
    code = sync_command(
        _args(ws, "http://127.0.0.1:9", json=True, email="pa@x.test", password_stdin=True),
        store=store,
        stdin=io.StringIO(PASSWORD + "\n"),
        stdout=out,
        stderr=err,
    )
    assert code == EXIT_RETRYABLE
    assert json.loads(out.getvalue().splitlines()[-1])["error"] == "sync_network"
    assert "Traceback" not in out.getvalue() + err.getvalue()


def test_a_replica_belongs_to_one_user(new_client: NewClient, world: World) -> None:
    pa = new_client("pa").login("pa")
    before = dict(pa.store._data)
    with pytest.raises(SyncError) as info:
        pa.login("pb")
    assert info.value.code == "sync_other_user" and pa.store._data == before


def test_sign_in_again_after_the_device_was_revoked(new_client: NewClient, world: World) -> None:
    pa = new_client("pa").login("pa")
    pa.sync()
    old_device = signed_in(pa.engine).device_id  # type: ignore[union-attr]
    session = AuthSession(pa.engine, pa.transport, pa.store)
    assert session.request("POST", f"/sync/v1/devices/{old_device}/revoke").status_code == 200
    update_partner(pa.engine, pa.actor, world.partner_a, {"city": "After revocation"})
    with pytest.raises(SyncError) as info:
        pa.sync()
    assert info.value.code == "sync_device_revoked" and load_tokens(pa.engine, pa.store) is None
    pa.login("pa")  # a new device; the outbox is renumbered for it
    assert signed_in(pa.engine).device_id != old_device  # type: ignore[union-attr]
    report = pa.sync()
    assert report.applied == 1 and pa.ops() == []
