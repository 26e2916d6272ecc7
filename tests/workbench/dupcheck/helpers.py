"""Deal helpers shared by the duplicate, SLA and reminder tests."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal

import pytest
from sqlalchemy import Engine

from workbench.deals import commands as dc
from workbench.deals.types import DealDTO, DealInput, DealProductInput
from workbench.security.roles import Actor, Role

VENDOR = Actor("cm-1", Role.CHANNEL_MANAGER, "dev-v")


def partner_actor(partner_id: str) -> Actor:
    return Actor(f"user-{partner_id[:6]}", Role.PARTNER_USER, "dev-p", partner_id=partner_id)


@contextmanager
def frozen(monkeypatch: pytest.MonkeyPatch, when: datetime) -> Iterator[None]:
    """Pin the units of work's clock."""
    with monkeypatch.context() as m:
        m.setattr("workbench.db.uow.utcnow", lambda: when)
        yield


def at(day: date, hour: int = 9) -> datetime:
    return datetime(day.year, day.month, day.day, hour, tzinfo=UTC)


def make_deal(
    engine: Engine,
    partner_id: str,
    program_id: str,
    products: list[str],
    *,
    customer: str = "Müller Systemhaus GmbH",
    domain: str | None = None,
    email: str | None = None,
    submit: bool = True,
    server: bool = True,
) -> DealDTO:
    actor = partner_actor(partner_id)
    deal = dc.create_deal(
        engine,
        actor,
        DealInput(
            partner_id=partner_id,
            program_id=program_id,
            customer_name=customer,
            title="Rollout",
            amount=Decimal("1000.00"),
            currency="EUR",
            expected_close=date.today() + timedelta(days=60),
            customer_domain=domain,
            customer_email=email,
            products=tuple(DealProductInput(p) for p in products),
        ),
    )
    if submit:
        deal = dc.submit_deal(engine, actor, deal.id, replica=not server)
    return deal
