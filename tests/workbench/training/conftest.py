"""Fixtures for the training tests: an encrypted replica with the schema from the models (the lead
switches this to the Alembic migration once it exists), two partners with one contact each."""

from __future__ import annotations

import importlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from sqlalchemy import Connection, Engine, func, insert, select

from workbench.db.base import Base


def create_schema(engine: Engine) -> None:
    from workbench.db import registry

    for name in registry.MODEL_MODULES:
        try:
            importlib.import_module(name)
        except ModuleNotFoundError as exc:  # another feature's models not written yet
            if exc.name != name:
                raise
    Base.metadata.create_all(engine)


@pytest.fixture
def engine(tmp_path: Path) -> Iterator[Engine]:
    from workbench.db.engine import replica_engine

    eng = replica_engine(tmp_path / "r.db", b"\x01" * 32)
    create_schema(eng)
    yield eng
    eng.dispose()


@dataclass(frozen=True)
class People:
    partner_a: str
    partner_b: str
    contact_a: str
    contact_a2: str
    contact_b: str


def _row(conn: Connection, table: str, **values: object) -> str:
    from workbench.clock import utcnow
    from workbench.ids import new_id

    row_id = str(values.pop("id", None) or new_id())
    now = utcnow()
    tbl = Base.metadata.tables[table]
    # Only columns the table has: the partners schema is owned by another feature and may evolve.
    values = {k: val for k, val in values.items() if k in tbl.c}
    conn.execute(insert(tbl).values(id=row_id, version=0, created_at=now, updated_at=now, **values))
    return row_id


@pytest.fixture
def people(engine: Engine) -> People:
    """Reference rows inserted with Core (no audit, no outbox), so tests count only their own writes."""
    from workbench.ids import new_id

    with engine.begin() as conn:
        prog = _row(conn, "programs", code="STD", name="Standard", currency="EUR", protection_days=90,
                    review_sla_days=3, claim_deadline_days=30, participation_rate_bp=5000,
                    allow_negative_balance=False, request_expiry_days=30, fx_rates={})  # fmt: skip
        partners = []
        for name in ("Alpha Systems GmbH", "Beta IT AG"):
            pid = new_id()
            _row(conn, "partners", id=pid, partner_id=pid, legal_name=name, name_norm=name.lower(),
                 name_plain=name.lower(), name_alt=None, partner_type="reseller", program_id=prog, status="active",
                 currency="EUR")  # fmt: skip
            partners.append(pid)
        contacts = [
            _row(conn, "contacts", partner_id=pid, last_name=last, role="technical")
            for pid, last in ((partners[0], "Adams"), (partners[0], "Abel"), (partners[1], "Brown"))
        ]
    return People(partners[0], partners[1], contacts[0], contacts[1], contacts[2])


def count(engine: Engine, table: str) -> int:
    with engine.connect() as conn:
        return int(conn.scalar(select(func.count()).select_from(Base.metadata.tables[table])) or 0)


def snapshot(engine: Engine) -> dict[str, int]:
    """Row counts of everything a training command could write."""
    tables = ("courses", "learning_paths", "learning_path_courses", "training_events", "certifications",
              "audit_events", "outbox_ops")  # fmt: skip
    return {t: count(engine, t) for t in tables}
