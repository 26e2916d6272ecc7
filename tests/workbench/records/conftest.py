"""Fixtures for the records tests: the same replica schema and reference rows as the MDF tests."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import Engine

from tests.workbench.mdf.conftest import World, create_schema, world

__all__ = ["World", "engine", "world"]


@pytest.fixture
def engine(tmp_path: Path) -> Iterator[Engine]:
    from workbench.db.engine import replica_engine

    eng = replica_engine(tmp_path / "r.db", b"\x01" * 32)
    create_schema(eng)
    yield eng
    eng.dispose()
