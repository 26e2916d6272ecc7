"""Fixtures for the deal tests: an encrypted replica with the schema from the models (the lead switches
this to the Alembic migration once it exists), a program with products and two partners."""

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
class World:
    program_id: str
    no_protection_program_id: str
    partner_a: str
    partner_b: str
    product_1: str
    product_2: str
    other_program_product: str


def _row(conn: Connection, table: str, **values: object) -> str:
    from workbench.ids import new_id

    row_id = str(values.pop("id", None) or new_id())
    tbl = Base.metadata.tables[table]
    # Only columns the table has: the partners schema is owned by another feature and may evolve.
    values = {k: val for k, val in values.items() if k in tbl.c}
    conn.execute(insert(tbl).values(id=row_id, version=0, **values))
    return row_id


@pytest.fixture
def world(engine: Engine) -> World:
    """Reference rows inserted with Core (no audit, no outbox), so tests count only their own writes."""
    from workbench.clock import utcnow

    now = utcnow()
    stamps = {"created_at": now, "updated_at": now}
    with engine.begin() as conn:
        prog = _row(
            conn,
            "programs",
            code="STD",
            name="Standard",
            currency="EUR",
            protection_days=90,
            review_sla_days=3,
            claim_deadline_days=30,
            participation_rate_bp=5000,
            allow_negative_balance=False,
            request_expiry_days=30,
            fx_rates={},
            **stamps,
        )
        bare = _row(
            conn,
            "programs",
            code="NOPROT",
            name="No protection",
            currency="EUR",
            protection_days=None,
            review_sla_days=3,
            claim_deadline_days=30,
            participation_rate_bp=5000,
            allow_negative_balance=False,
            request_expiry_days=30,
            fx_rates={},
            **stamps,
        )
        partners = []
        for name in ("Alpha Systems GmbH", "Beta IT AG"):
            pid = _row(
                conn,
                "partners",
                legal_name=name,
                name_norm=name.lower(),
                name_plain=name.lower(),
                name_alt=None,
                partner_type="reseller",
                program_id=prog,
                status="active",
                currency="EUR",
                **stamps,
            )
            conn.execute(
                Base.metadata.tables["partners"]
                .update()
                .where(Base.metadata.tables["partners"].c.id == pid)
                .values(partner_id=pid)
            )
            partners.append(pid)
        p1 = _row(conn, "products", program_id=prog, sku="SRV-1", name="Server", family="hw", **stamps)
        p2 = _row(conn, "products", program_id=prog, sku="LIC-1", name="Licence", family="sw", **stamps)
        p3 = _row(conn, "products", program_id=bare, sku="X-1", name="Other", family="sw", **stamps)
    return World(prog, bare, partners[0], partners[1], p1, p2, p3)


def count(engine: Engine, table: str) -> int:
    with engine.connect() as conn:
        return int(conn.scalar(select(func.count()).select_from(Base.metadata.tables[table])) or 0)


def snapshot(engine: Engine) -> dict[str, int]:
    """Row counts of everything a command could write."""
    return {t: count(engine, t) for t in ("deal_registrations", "deal_products", "audit_events", "outbox_ops")}
