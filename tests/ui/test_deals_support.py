"""Shared fixtures of the deal, training and notification screen tests: a migrated replica with one program,
products, two partners with people, and helpers that create registrations through the real commands."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine, insert

from ui.bridge import EventBridge
from ui.context import AppContext
from ui.tasks import SyncTaskRunner
from workbench.db.base import Base
from workbench.deals import commands as dc
from workbench.deals.types import DealInput, DealProductInput
from workbench.ids import new_id
from workbench.security.roles import Actor, Role

CM = Actor("u-cm", Role.CHANNEL_MANAGER, "dev-cm", name="Chris Manager")


@dataclass(frozen=True)
class World:
    program_id: str
    partner_a: str
    partner_b: str
    product_1: str
    product_2: str
    contact_a: str
    contact_a2: str
    contact_b: str

    def partner_user(self, partner: str | None = None) -> Actor:
        return Actor("u-partner", Role.PARTNER_USER, "dev-p", partner_id=partner or self.partner_a)


def _row(conn: Any, table: str, **values: Any) -> str:
    row_id = str(values.pop("id", None) or new_id())
    now = datetime.now(UTC)
    tbl = Base.metadata.tables[table]
    values = {k: v for k, v in values.items() if k in tbl.c}
    conn.execute(insert(tbl).values(id=row_id, version=0, created_at=now, updated_at=now, **values))
    return row_id


@pytest.fixture
def engine(tmp_path: Path) -> Iterator[Engine]:
    """An encrypted replica with the schema of the current models (other helpers change models during the
    session; the lead regenerates the migration from them)."""
    from tests.workbench.deals.conftest import create_schema
    from workbench.db.engine import replica_engine

    eng = replica_engine(tmp_path / "r.db", b"\x01" * 32)
    create_schema(eng)
    yield eng
    eng.dispose()


@pytest.fixture
def world(engine: Engine) -> World:
    """Reference rows inserted with Core (as a pull would), so tests see only their own commands' writes."""
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
        p1 = _row(conn, "products", program_id=prog, sku="SRV-1", name="Server", family="hw")
        p2 = _row(conn, "products", program_id=prog, sku="LIC-1", name="Licence", family="sw")
        contacts = [
            _row(conn, "contacts", partner_id=pid, first_name=first, last_name=last, role="technical")
            for pid, first, last in (
                (partners[0], "Ada", "Adams"),
                (partners[0], "Ben", "Abel"),
                (partners[1], "Cleo", "Brown"),
            )
        ]
    return World(prog, partners[0], partners[1], p1, p2, *contacts)


@pytest.fixture
def runner() -> SyncTaskRunner:
    r = SyncTaskRunner()
    errors: list[BaseException] = []
    r.error_handler = errors.append
    r.reported = errors  # type: ignore[attr-defined]
    return r


def make_ctx(engine: Engine, runner: Any, actor: Actor) -> AppContext:
    return AppContext(runner, engine, EventBridge(), actor, "test")


def register(
    engine: Engine,
    world: World,
    *,
    customer: str = "Müller Systemhaus GmbH",
    domain: str | None = "mueller-systemhaus.de",
    products: tuple[str, ...] | None = None,
    partner: str | None = None,
    submit: bool = True,
    title: str = "Datacenter refresh",
    amount: str = "125000.50",
) -> str:
    actor = world.partner_user(partner)
    data = DealInput(
        partner_id=partner or world.partner_a,
        program_id=world.program_id,
        customer_name=customer,
        title=title,
        amount=Decimal(amount),
        currency="EUR",
        expected_close=date.today() + timedelta(days=60),
        customer_domain=domain,
        products=tuple(DealProductInput(p) for p in (products or (world.product_1,))),
    )
    deal = dc.create_deal(engine, actor, data)
    if submit:
        dc.submit_deal(engine, actor, deal.id)
    return deal.id
