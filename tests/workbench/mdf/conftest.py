"""Fixtures for the MDF tests: an encrypted replica with the schema from the models (the lead switches
this to the Alembic migration once it exists), two programs and two partners inserted with Core."""

from __future__ import annotations

import importlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Connection, Engine, func, insert, select, update

from workbench.db.base import Base
from workbench.security.roles import Actor, Role


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


def insert_row(conn: Connection, table: str, **values: Any) -> str:
    from workbench.clock import utcnow
    from workbench.ids import new_id

    row_id = str(values.pop("id", None) or new_id())
    now = utcnow()
    conn.execute(
        insert(Base.metadata.tables[table]).values(id=row_id, version=0, created_at=now, updated_at=now, **values)
    )
    return row_id


def insert_program(conn: Connection, code: str, **settings: Any) -> str:
    values: dict[str, Any] = {
        "code": code,
        "name": code,
        "currency": "EUR",
        "protection_days": 90,
        "review_sla_days": 3,
        "claim_deadline_days": 30,
        "participation_rate_bp": 5000,
        "allow_negative_balance": False,
        "request_expiry_days": 30,
        "fx_rates": {},
    }
    values.update(settings)
    return insert_row(conn, "programs", **values)


def insert_partner(conn: Connection, program_id: str, name: str) -> str:
    """A minimal partner row (Core, no audit or outbox), scope = its own id."""
    tbl = Base.metadata.tables["partners"]
    wanted = {
        "legal_name": name,
        "name_norm": name.lower(),
        "partner_type": "reseller",
        "program_id": program_id,
        "status": "active",
        "currency": "EUR",
    }
    # Only columns the partners model has (it is written by another feature and may still change).
    pid = insert_row(conn, "partners", **{k: v for k, v in wanted.items() if k in tbl.c})
    conn.execute(update(tbl).where(tbl.c.id == pid).values(partner_id=pid))
    return pid


@dataclass(frozen=True)
class World:
    program_id: str
    lenient_program_id: str
    partner_a: str
    partner_b: str
    admin: Actor
    manager: Actor
    partner_a_admin: Actor
    partner_b_user: Actor


@pytest.fixture
def world(engine: Engine) -> World:
    with engine.begin() as conn:
        prog = insert_program(conn, "STD")
        lenient = insert_program(
            conn, "LENIENT", allow_negative_balance=True, participation_rate_bp=7500, claim_deadline_days=60
        )
        a = insert_partner(conn, prog, "Alpha Systems GmbH")
        b = insert_partner(conn, prog, "Beta IT AG")
    return World(
        program_id=prog,
        lenient_program_id=lenient,
        partner_a=a,
        partner_b=b,
        admin=Actor("u-admin", Role.ADMIN, "dev-1"),
        manager=Actor("u-cm", Role.CHANNEL_MANAGER, "dev-1"),
        partner_a_admin=Actor("u-pa", Role.PARTNER_ADMIN, "dev-2", partner_id=a),
        partner_b_user=Actor("u-pb", Role.PARTNER_USER, "dev-3", partner_id=b),
    )


def count(engine: Engine, table: str) -> int:
    with engine.connect() as conn:
        return int(conn.execute(select(func.count()).select_from(Base.metadata.tables[table])).scalar_one())


def counts(engine: Engine, *tables: str) -> dict[str, int]:
    """Row counts of `tables` plus the audit log and the outbox, to prove a refused command wrote nothing."""
    return {t: count(engine, t) for t in (*tables, "audit_events", "outbox_ops")}
