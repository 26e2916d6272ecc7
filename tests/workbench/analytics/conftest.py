"""Fixtures for the analytics tests: an encrypted replica with the schema from the models (the lead
switches this to the Alembic migration later) and a small helper to insert explicit rows with Core."""

from __future__ import annotations

import importlib
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Connection, Engine, insert

from workbench.db.base import Base


def create_schema(engine: Engine) -> None:
    from workbench.db import registry

    for name in registry.MODEL_MODULES:
        try:
            importlib.import_module(name)
        except ModuleNotFoundError as exc:  # another feature's models not written yet
            if exc.name is None or not name.startswith(exc.name):
                raise
    Base.metadata.create_all(engine)


@pytest.fixture
def engine(tmp_path: Path) -> Iterator[Engine]:
    from workbench.db.engine import replica_engine

    eng = replica_engine(tmp_path / "r.db", b"\x01" * 32)
    create_schema(eng)
    yield eng
    eng.dispose()


STAMP = datetime(2026, 1, 1, tzinfo=UTC)


class Rows:
    """Inserts explicit rows (no audit, no outbox) and remembers the ids."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self.n = 0
        self.conn: Connection | None = None

    @contextmanager
    def batch(self) -> Iterator[None]:
        """Insert everything inside in one transaction (fast on the encrypted replica)."""
        with self.engine.begin() as conn:
            self.conn = conn
            try:
                yield
            finally:
                self.conn = None

    def _execute(self, stmt: Any) -> None:
        if self.conn is not None:
            self.conn.execute(stmt)
        else:
            with self.engine.begin() as conn:
                conn.execute(stmt)

    def add(self, table: str, **values: Any) -> str:
        self.n += 1
        row_id = str(values.pop("id", None) or f"{table[:4]}-{self.n:04d}")
        tbl = Base.metadata.tables[table]
        values.setdefault("created_at", STAMP)
        values.setdefault("updated_at", STAMP)
        self._execute(insert(tbl).values(id=row_id, version=1, **values))
        return row_id

    def program(self, currency: str = "EUR", fx: dict[str, str] | None = None, sla: int = 3) -> str:
        return self.add(
            "programs",
            code=f"P{self.n}",
            name="Program",
            currency=currency,
            protection_days=90,
            review_sla_days=sla,
            claim_deadline_days=30,
            participation_rate_bp=5000,
            allow_negative_balance=False,
            request_expiry_days=30,
            fx_rates=fx or {},
        )

    def tier(self, program: str, name: str, rank: int, certified: int = 0, revenue: int = 0, deals: int = 0) -> str:
        return self.add(
            "tier_levels",
            program_id=program,
            name=name,
            rank=rank,
            required_certified_people=certified,
            required_revenue_12m_minor=revenue,
            required_active_deals=deals,
        )

    def partner(
        self,
        program: str,
        name: str,
        *,
        approved_on: Any = None,
        tier: str | None = None,
        currency: str = "EUR",
        **attrs: str,
    ) -> str:
        pid = self.add(
            "partners",
            id=f"partner-{name}",
            legal_name=name,
            name_norm=name.lower(),
            partner_type="reseller",
            program_id=program,
            status="active",
            currency=currency,
            approved_on=approved_on,
            tier_id=tier,
        )
        t = Base.metadata.tables["partners"]
        self._execute(t.update().where(t.c.id == pid).values(partner_id=pid))
        for kind, value in attrs.items():
            self.add("partner_attributes", partner_id=pid, kind=kind, value=value)
        return pid

    def deal(
        self,
        program: str,
        partner: str,
        amount: int,
        currency: str = "EUR",
        status: str = "won",
        *,
        submitted: datetime | None = None,
        decided: datetime | None = None,
        closed: Any = None,
        won: int | None = None,
        **extra: Any,
    ) -> str:
        return self.add(
            "deal_registrations",
            partner_id=partner,
            program_id=program,
            registered_by="u",
            customer_name="Kunde",
            customer_name_norm="kunde",
            title="Deal",
            amount_minor=amount,
            currency=currency,
            expected_close=datetime(2026, 6, 1).date(),
            status=status,
            submitted_at=submitted,
            decided_at=decided,
            closed_at=closed,
            won_amount_minor=won,
            provisional=False,
            **extra,
        )

    def contact(self, partner: str, name: str = "Muster") -> str:
        return self.add("contacts", partner_id=partner, last_name=name, role="sales", is_primary=False)


@pytest.fixture
def rows(engine: Engine) -> Rows:
    return Rows(engine)


@pytest.fixture
def mrows(migrated: Engine) -> Rows:
    """`Rows` on the migrated replica (tests/workbench/conftest.py): the totals are kept by the triggers."""
    return Rows(migrated)
