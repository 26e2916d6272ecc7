"""Test-wide setup. Qt must be told to run offscreen before anything imports it, and keyring must
never touch a real OS keyring: an in-memory backend is installed here and passed to subprocesses
through PYTHON_KEYRING_BACKEND."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["PYTHON_KEYRING_BACKEND"] = "tests.memory_keyring.MemoryKeyring"

from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest
from sqlalchemy import Engine, create_engine, text

from tests.memory_keyring import MemoryKeyring

keyring.set_keyring(MemoryKeyring())

PG_URL = os.environ.get("WORKBENCH_TEST_PG_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/test")


@pytest.fixture
def replica_engine(tmp_path: Path) -> Iterator[Engine]:
    """An encrypted replica with the full schema, upgraded by Alembic like the app does."""
    from workbench.db.engine import replica_engine as make
    from workbench.db.migrate import upgrade

    engine = make(tmp_path / "replica.db", b"\x01" * 32)
    upgrade(engine)
    yield engine
    engine.dispose()


def _pg_unavailable_reason() -> str | None:
    from sqlalchemy.exc import OperationalError

    try:
        eng = create_engine(PG_URL, connect_args={"connect_timeout": 3})
        with eng.connect() as conn:
            conn.execute(text("select 1"))
        eng.dispose()
    except OperationalError as exc:
        return str(exc.orig)
    return None


@pytest.fixture(scope="session")
def pg_url() -> str:
    reason = _pg_unavailable_reason()
    if reason is not None:
        if os.environ.get("CI") == "true":
            pytest.fail(f"PostgreSQL is required under CI=true but {PG_URL} is not reachable: {reason}")
        pytest.skip(f"PostgreSQL not reachable at {PG_URL}: {reason}")
    return PG_URL


@pytest.fixture
def pg_schema(pg_url: str) -> Iterator[str]:
    """A fresh PostgreSQL schema per test; yields a URL whose search_path points at it."""
    import uuid

    name = "t_" + uuid.uuid4().hex[:12]
    admin = create_engine(pg_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE SCHEMA "{name}"'))
    sep = "&" if "?" in pg_url else "?"
    yield f"{pg_url}{sep}options=-csearch_path%3D{name}"
    with admin.connect() as conn:
        conn.execute(text(f'DROP SCHEMA "{name}" CASCADE'))
    admin.dispose()
