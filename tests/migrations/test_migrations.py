"""Alembic builds the whole schema from empty, takes it down again and back up, on the encrypted
replica (SQLCipher) and on PostgreSQL; the app upgrades an old replica on start."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import inspect

import sync.server.models  # noqa: F401 - server tables are part of the one schema
from workbench.db.base import Base
from workbench.db.engine import replica_engine, server_engine
from workbench.db.migrate import current_revision, downgrade, head_revision, needs_upgrade, upgrade
from workbench.db.registry import load_all
from workbench.db.replica import open_replica
from workbench.paths import Workspace
from workbench.security.secrets import MemorySecretStore


def _tables(engine: object) -> set[str]:
    names = set(inspect(engine).get_table_names()) - {"alembic_version"}  # type: ignore[arg-type]
    # the FTS index of revision 0002 and the analytics totals of 0003 (raw SQL, not in metadata)
    return {n for n in names if not n.startswith(("search_", "analytics_"))}


def _expected() -> set[str]:
    load_all()
    return set(Base.metadata.tables)


def test_up_down_up_on_encrypted_replica(tmp_path: Path) -> None:
    eng = replica_engine(tmp_path / "r.db", b"\x05" * 32)
    upgrade(eng)
    assert _tables(eng) == _expected()
    assert current_revision(eng) == head_revision()
    downgrade(eng, "base")
    assert _tables(eng) == set()
    upgrade(eng)
    assert _tables(eng) == _expected()
    eng.dispose()


def test_up_down_up_on_postgres(pg_schema: str) -> None:
    eng = server_engine(pg_schema)
    upgrade(eng)
    assert _tables(eng) == _expected()
    downgrade(eng, "base")
    assert _tables(eng) == set()
    upgrade(eng)
    assert _tables(eng) == _expected()
    eng.dispose()


def test_up_down_up_on_server_sqlite(tmp_path: Path) -> None:
    eng = server_engine(f"sqlite:///{tmp_path / 'server.db'}")
    upgrade(eng)
    downgrade(eng, "base")
    upgrade(eng)
    assert _tables(eng) == _expected()
    eng.dispose()


def test_app_start_upgrades_an_old_replica(tmp_path: Path) -> None:
    store = MemorySecretStore()
    ws = Workspace.at(tmp_path / "ws")
    eng = open_replica(ws, store, migrate=False)
    assert needs_upgrade(eng)
    eng.dispose()
    eng = open_replica(ws, store)
    assert not needs_upgrade(eng)
    assert "partners" in _tables(eng)
    eng.dispose()
    assert ws.replica_path.read_bytes()[:16] != b"SQLite format 3\x00"
