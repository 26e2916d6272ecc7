"""Review SLA in working days, the protection expiry sweep and protection extensions."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import Engine

from tests.workbench.deals.conftest import World, snapshot
from tests.workbench.dupcheck.helpers import VENDOR, at, frozen, make_deal, partner_actor
from workbench.deals import commands as dc
from workbench.deals import sla
from workbench.deals.queries import get_deal
from workbench.deals.types import DealStatus
from workbench.errors import IllegalTransition, PermissionDenied, UserError

MON = date(2026, 3, 2)  # a Monday


@pytest.mark.parametrize(
    ("submitted", "due"),
    [
        (MON, date(2026, 3, 5)),  # Mon -> Thu
        (MON + timedelta(days=2), date(2026, 3, 9)),  # Wed -> Mon
        (MON + timedelta(days=3), date(2026, 3, 10)),  # Thu -> Tue
        (MON + timedelta(days=4), date(2026, 3, 11)),  # Fri -> Wed
        (MON + timedelta(days=5), date(2026, 3, 11)),  # Sat -> Wed
        (MON + timedelta(days=6), date(2026, 3, 11)),  # Sun -> Wed
    ],
)
def test_review_due_counts_working_days(submitted: date, due: date) -> None:
    assert sla.review_due(datetime(submitted.year, submitted.month, submitted.day, 23, 59, tzinfo=UTC)) == due
    assert sla.review_due(submitted) == due


def test_add_working_days_long_and_zero() -> None:
    assert sla.add_working_days(MON, 0) == MON
    assert sla.add_working_days(MON, 10) == date(2026, 3, 16)
    assert sla.add_working_days(date(2026, 3, 7), 5) == date(2026, 3, 13)  # Sat + 5 -> Fri
    with pytest.raises(UserError):
        sla.add_working_days(MON, -1)
    assert sla.working_days_between(MON, date(2026, 3, 16)) == 10
    assert sla.working_days_between(MON, MON) == 0


def test_is_overdue_from_the_day_after_due() -> None:
    fri = datetime(2026, 3, 6, 17, tzinfo=UTC)
    assert not sla.is_overdue(fri, date(2026, 3, 11))  # due Wed: not yet overdue on Wed
    assert sla.is_overdue(fri, date(2026, 3, 12))
    assert not sla.is_overdue(fri, datetime(2026, 3, 9, tzinfo=UTC))  # weekend does not count
    assert not sla.is_overdue(None, date(2030, 1, 1))
    assert sla.is_overdue(fri, date(2026, 3, 10), sla_days=1)


def test_review_deadlines_flags_overdue(engine: Engine, world: World, monkeypatch: pytest.MonkeyPatch) -> None:
    with frozen(monkeypatch, at(MON + timedelta(days=4))):  # Friday
        late = make_deal(engine, world.partner_a, world.program_id, [world.product_1])
    with frozen(monkeypatch, at(date(2026, 3, 10))):
        fresh = make_deal(engine, world.partner_b, world.program_id, [world.product_2], customer="Other AG")
    overdue = sla.review_deadlines(engine, VENDOR, date(2026, 3, 12))
    assert [(d.deal_id, d.due_on, d.overdue_days) for d in overdue] == [(late.id, date(2026, 3, 11), 1)]
    every = sla.review_deadlines(engine, VENDOR, date(2026, 3, 12), overdue_only=False)
    assert {d.deal_id: d.overdue for d in every} == {late.id: True, fresh.id: False}
    # Partner roles see only their own; info_requested is not overdue.
    assert sla.review_deadlines(engine, partner_actor(world.partner_b), date(2026, 3, 12)) == []
    dc.request_deal_info(engine, VENDOR, late.id)
    assert sla.review_deadlines(engine, VENDOR, date(2026, 3, 12)) == []


def _approved(engine: Engine, world: World, monkeypatch: pytest.MonkeyPatch, day: date, customer: str) -> str:
    with frozen(monkeypatch, at(day)):
        deal = make_deal(engine, world.partner_a, world.program_id, [world.product_1], customer=customer)
        dc.approve_deal(engine, VENDOR, deal.id)
    return deal.id


def test_expire_lapsed_deals(engine: Engine, world: World, monkeypatch: pytest.MonkeyPatch) -> None:
    old = _approved(engine, world, monkeypatch, MON, "Old GmbH")  # protected until MON + 90
    recent = _approved(engine, world, monkeypatch, MON + timedelta(days=30), "Recent GmbH")
    won = _approved(engine, world, monkeypatch, MON, "Won GmbH")
    with frozen(monkeypatch, at(MON + timedelta(days=5))):
        from decimal import Decimal

        dc.win_deal(engine, VENDOR, won, Decimal("10"))
    end = MON + timedelta(days=90)
    with frozen(monkeypatch, at(end)):
        assert sla.expire_lapsed_deals(engine, VENDOR, end) == sla.SweepResult((), ())  # last protected day
    day_after = end + timedelta(days=1)
    with frozen(monkeypatch, at(day_after)):
        result = sla.expire_lapsed_deals(engine, VENDOR, day_after)
    assert result.expired == (old,) and result.refused == ()
    assert get_deal(engine, old).status == DealStatus.EXPIRED
    assert get_deal(engine, recent).status == DealStatus.APPROVED
    assert get_deal(engine, won).status == DealStatus.WON
    # The clock of the command decides: a sweep asked for a future day is refused per deal, not wholesale.
    with frozen(monkeypatch, at(day_after)):
        ahead = sla.expire_lapsed_deals(engine, VENDOR, day_after + timedelta(days=60))
    assert ahead.expired == () and ahead.refused == ((recent, "protection_not_over"),)
    with pytest.raises(PermissionDenied):
        sla.expire_lapsed_deals(engine, partner_actor(world.partner_a), day_after)


def test_extension_request_and_grant(engine: Engine, world: World, monkeypatch: pytest.MonkeyPatch) -> None:
    deal_id = _approved(engine, world, monkeypatch, MON, "Ext GmbH")
    until = MON + timedelta(days=90)
    partner = partner_actor(world.partner_a)
    with frozen(monkeypatch, at(MON + timedelta(days=80))):
        before = snapshot(engine)
        req = sla.request_extension(engine, partner, deal_id, until + timedelta(days=30), "Customer board delayed")
        after = snapshot(engine)
        assert after["audit_events"] == before["audit_events"] + 1
        assert after["outbox_ops"] == before["outbox_ops"] + 1
        with pytest.raises(UserError) as pending:
            sla.request_extension(engine, partner, deal_id, until + timedelta(days=10), "again")
        assert pending.value.code == "extension_pending"
        with pytest.raises(PermissionDenied):
            sla.grant_extension(engine, partner, req.id)
        granted = sla.grant_extension(engine, VENDOR, req.id, until + timedelta(days=20))
    assert granted.status == sla.ExtensionStatus.GRANTED and granted.granted_until == until + timedelta(days=20)
    assert get_deal(engine, deal_id).protection_until == until + timedelta(days=20)
    with pytest.raises(IllegalTransition):
        sla.decline_extension(engine, VENDOR, req.id, "late")
    assert [r.id for r in sla.extension_requests(engine, partner, deal_id=deal_id)] == [req.id]
    assert sla.extension_requests(engine, partner_actor(world.partner_b)) == []


def test_extension_decline(engine: Engine, world: World, monkeypatch: pytest.MonkeyPatch) -> None:
    deal_id = _approved(engine, world, monkeypatch, MON, "Dec GmbH")
    with frozen(monkeypatch, at(MON + timedelta(days=10))):
        req = sla.request_extension(engine, partner_actor(world.partner_a), deal_id, MON + timedelta(days=120), "x")
        with pytest.raises(UserError) as no_reason:
            sla.decline_extension(engine, VENDOR, req.id, "  ")
        assert no_reason.value.code == "required"
        done = sla.decline_extension(engine, VENDOR, req.id, "Enough protection")
    assert done.status == sla.ExtensionStatus.DECLINED and done.decision_reason == "Enough protection"
    assert get_deal(engine, deal_id).protection_until == MON + timedelta(days=90)


@pytest.mark.parametrize(
    ("offset", "days_asked", "reason", "code"),
    [
        (91, 120, "x", "protection_over"),  # after the protection ended
        (10, 90, "x", "not_later"),  # not later than the current end
        (10, 90 + 181, "x", "out_of_range"),
        (10, 120, "", "required"),
    ],
)
def test_extension_request_refusals(
    engine: Engine, world: World, monkeypatch: pytest.MonkeyPatch, offset: int, days_asked: int, reason: str, code: str
) -> None:
    deal_id = _approved(engine, world, monkeypatch, MON, "Ref GmbH")
    with frozen(monkeypatch, at(MON + timedelta(days=offset))):
        before = snapshot(engine)
        with pytest.raises(UserError) as exc:
            sla.request_extension(
                engine, partner_actor(world.partner_a), deal_id, MON + timedelta(days=days_asked), reason
            )
        assert exc.value.code == code
        assert snapshot(engine) == before


def test_extension_needs_an_approved_deal_of_ones_own(engine: Engine, world: World) -> None:
    submitted = make_deal(engine, world.partner_a, world.program_id, [world.product_1])
    with pytest.raises(IllegalTransition):
        sla.request_extension(
            engine, partner_actor(world.partner_a), submitted.id, date.today() + timedelta(days=200), "x"
        )
    with pytest.raises(PermissionDenied):
        sla.request_extension(
            engine, partner_actor(world.partner_b), submitted.id, date.today() + timedelta(days=200), "x"
        )


def test_add_working_days_matches_day_by_day_count() -> None:
    for offset in range(14):
        start = MON + timedelta(days=offset)
        for days in range(13):
            day, left = start, days
            while left:
                day += timedelta(days=1)
                left -= day.weekday() < 5
            assert sla.add_working_days(start, days) == day, (start, days)
            assert sla.working_days_between(start, day) == days or start.weekday() > 4
