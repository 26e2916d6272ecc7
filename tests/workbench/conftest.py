"""Fixtures shared by the workbench tests."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import Engine

from workbench.db.engine import replica_engine
from workbench.db.migrate import upgrade


@pytest.fixture
def migrated(tmp_path: Path) -> Iterator[Engine]:
    """An empty encrypted replica built by the Alembic chain (triggers, derived tables, shipped statistics)."""
    eng = replica_engine(tmp_path / "migrated.db", b"\x09" * 32)
    upgrade(eng)
    yield eng
    eng.dispose()
