"""server-admin and serve: argument handling, clear errors without tracebacks, demo seeding."""

from __future__ import annotations

import argparse
import io
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine, func, select

from sync.server import cli
from sync.server.models import User
from workbench.db.engine import server_engine


def _admin(db: str, command: str, **kw: Any) -> argparse.Namespace:
    return argparse.Namespace(db=db, admin_command=command, **kw)


def _create(db: str, password: str, **kw: Any) -> tuple[int, str]:
    out = io.StringIO()
    args = _admin(db, "create-user", **{"email": "x@example.com", "role": "admin", "partner_id": None, **kw})
    rc = cli.server_admin(args, stdin=io.StringIO(password + "\n"), out=out)
    return rc, out.getvalue()


@pytest.fixture
def db(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'server.db'}"


def _users(db: str) -> list[User]:
    engine = server_engine(db)
    from sqlalchemy.orm import Session

    with Session(engine) as s:
        users = list(s.scalars(select(User).order_by(User.email)))
    engine.dispose()
    return users


def test_create_user_reads_the_password_from_stdin(db: str) -> None:
    rc, out = _create(db, "a long enough password", email="Boss@Example.com")
    assert rc == 0, out
    assert "boss@example.com" in out
    (user,) = _users(db)
    assert user.email == "boss@example.com" and user.role == "admin"
    assert user.password_hash.startswith("$argon2")
    assert "a long enough password" not in user.password_hash


@pytest.mark.parametrize(
    ("password", "kw", "message"),
    [
        ("short", {}, "at least 10"),
        ("", {}, "no password"),
        ("a long enough password", {"email": "not-an-email"}, "not a valid e-mail"),
        ("a long enough password", {"role": "partner_user"}, "--partner-id is required"),
        ("a long enough password", {"role": "partner_user", "partner_id": "nope"}, "no partner with id"),
        ("a long enough password", {"role": "admin", "partner_id": "p1"}, "only for partner roles"),
        ("a long enough password", {"role": "wizard"}, "unknown role"),
    ],
)
def test_create_user_refuses_bad_input_with_one_clear_line(
    db: str, capsys: pytest.CaptureFixture[str], password: str, kw: dict[str, Any], message: str
) -> None:
    rc, _ = _create(db, password, **kw)
    err = capsys.readouterr().err
    assert rc != 0
    assert message in err and err.startswith("error: ")
    assert "Traceback" not in err
    assert _users(db) == []


def test_create_user_twice_is_a_clear_error(db: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert _create(db, "a long enough password")[0] == 0
    rc, _ = _create(db, "another long password")
    assert rc == cli.EXIT_USER_ERROR
    assert "exists already" in capsys.readouterr().err


def test_bad_database_url_is_a_clear_error(capsys: pytest.CaptureFixture[str]) -> None:
    rc, _ = _create("nosuchdb://x", "a long enough password")
    assert rc == cli.EXIT_DB_ERROR
    err = capsys.readouterr().err
    assert err.startswith("error: ") and "Traceback" not in err


def test_seed_demo_creates_data_users_and_stamps_the_change_log(db: str) -> None:
    from workbench.demo import CHANNEL_MANAGERS
    from workbench.partners.models import Partner

    out = io.StringIO()
    rc = cli.server_admin(_admin(db, "seed-demo", partners=4, password=None), out=out)
    assert rc == 0
    text = out.getvalue()
    assert f"admin@{cli.DEMO_DOMAIN}" in text and f"partner-admin@{cli.DEMO_DOMAIN}" in text
    users = {u.id: u for u in _users(db)}
    assert set(CHANNEL_MANAGERS) <= set(users)
    engine = server_engine(db)
    with engine.connect() as conn:
        owners = set(conn.execute(select(Partner.owner_id)).scalars())
        unstamped = conn.execute(select(func.count()).select_from(Partner).where(Partner.server_seq.is_(None))).scalar()
    engine.dispose()
    assert owners <= set(CHANNEL_MANAGERS)
    assert unstamped == 0
    (pa,) = [u for u in users.values() if u.role == "partner_admin"]
    assert pa.partner_id is not None
    # a second run refuses, clearly
    assert (
        cli.server_admin(_admin(db, "seed-demo", partners=4, password=None), out=io.StringIO()) == cli.EXIT_USER_ERROR
    )


def test_secret_from_env_or_a_generated_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, db: str, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.delenv(cli.ENV_SECRET, raising=False)
    first = cli.server_secret(db, tmp_path / "blobs")
    assert len(first) >= 32
    secret_file = tmp_path / "server.db.secret"
    assert secret_file.exists() and (secret_file.stat().st_mode & 0o777) == 0o600
    assert cli.server_secret(db, tmp_path / "blobs") == first
    monkeypatch.setenv(cli.ENV_SECRET, "e" * 40)
    assert cli.server_secret(db, tmp_path / "blobs") == b"e" * 40
    monkeypatch.setenv(cli.ENV_SECRET, "short")
    with pytest.raises(cli.CliError):
        cli.server_secret(db, tmp_path / "blobs")


def test_serve_migrates_then_runs_uvicorn(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, db: str) -> None:
    import uvicorn

    import sync.server.logs

    calls: list[tuple[Any, dict[str, Any]]] = []
    monkeypatch.setattr(uvicorn, "run", lambda app, **kw: calls.append((app, kw)))
    configured: list[object] = []
    monkeypatch.setattr(sync.server.logs, "configure_logging", lambda *a, **kw: configured.append(a))
    monkeypatch.delenv(cli.ENV_SECRET, raising=False)
    args = argparse.Namespace(db=db, host="127.0.0.1", port=0, blob_dir=tmp_path / "b", workers=1)
    assert cli.serve(args) == 0
    ((app, kw),) = calls
    assert not isinstance(app, str) and kw["port"] == 0
    assert (tmp_path / "b").is_dir()
    assert configured and kw["access_log"] is False  # JSON request lines come from the app itself

    calls.clear()
    for name in (cli.ENV_DB, cli.ENV_BLOB_DIR, cli.ENV_SECRET):
        monkeypatch.delenv(name, raising=False)
    args.workers = 3
    assert cli.serve(args) == 0
    ((app, kw),) = calls
    assert app == "sync.server.cli:app_from_env" and kw["factory"] is True and kw["workers"] == 3
    built = cli.app_from_env()  # what each worker process does
    from fastapi import FastAPI

    assert isinstance(built, FastAPI)
    built.state.engine.dispose()


def test_prune_command(server_engine: Engine) -> None:
    out = io.StringIO()
    assert cli._prune(server_engine, _admin("-", "prune", days=180), out) == 0
    assert "horizon 0" in out.getvalue()
    with pytest.raises(cli.CliError):
        cli._prune(server_engine, _admin("-", "prune", days=0), out)
