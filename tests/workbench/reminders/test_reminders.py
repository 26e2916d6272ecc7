"""Reminders: thresholds per kind, scope, snooze, dismiss, deterministic ids and the scheduler."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import Engine

from tests.workbench.deals.conftest import World, _row, snapshot
from tests.workbench.dupcheck.helpers import VENDOR, at, frozen, make_deal, partner_actor
from workbench.deals import commands as dc
from workbench.errors import UserError
from workbench.reminders.commands import dismiss_reminder, restore_reminder, snooze_reminder
from workbench.reminders.queries import all_reminders, due_reminders, threshold_for
from workbench.reminders.scheduler import ReminderScheduler
from workbench.reminders.types import Reminder, ReminderKind, parse_reminder_id, reminder_id

DAY0 = date(2026, 3, 2)  # a Monday
STAMPS = {"created_at": datetime(2026, 1, 1, tzinfo=UTC), "updated_at": datetime(2026, 1, 1, tzinfo=UTC)}


def kinds(rems: list[Reminder], kind: ReminderKind) -> list[tuple[str, int]]:
    return [(r.row_id, r.threshold_days) for r in rems if r.kind == kind]


@pytest.mark.parametrize(
    ("days_left", "expected"),
    [(20, None), (15, None), (14, 14), (10, 14), (8, 14), (7, 7), (2, 7), (1, 1), (0, 1), (-1, None)],
)
def test_threshold_rule(days_left: int, expected: int | None) -> None:
    assert threshold_for(days_left, (14, 7, 1)) == expected


def test_reminder_ids_are_deterministic() -> None:
    rid = reminder_id(ReminderKind.PROTECTION_EXPIRY, "abc", 7)
    assert rid == "protection_expiry:abc:7"
    assert parse_reminder_id(rid) == (ReminderKind.PROTECTION_EXPIRY, "abc", 7)
    for bad in ("protection_expiry:abc:3", "nope:abc:7", "x", "protection_expiry::7"):
        with pytest.raises(ValueError):
            parse_reminder_id(bad)


def _approved(engine: Engine, world: World, monkeypatch: pytest.MonkeyPatch, partner: str | None = None) -> str:
    with frozen(monkeypatch, at(DAY0)):
        deal = make_deal(engine, partner or world.partner_a, world.program_id, [world.product_1])
        dc.approve_deal(engine, VENDOR, deal.id)
    return deal.id  # protected until DAY0 + 90


def test_protection_expiry_14_7_1(engine: Engine, world: World, monkeypatch: pytest.MonkeyPatch) -> None:
    deal_id = _approved(engine, world, monkeypatch)
    end = DAY0 + timedelta(days=90)
    actor = partner_actor(world.partner_a)
    seen = {
        offset: kinds(due_reminders(engine, actor, end - timedelta(days=offset)), ReminderKind.PROTECTION_EXPIRY)
        for offset in (15, 14, 8, 7, 1, 0, -1)
    }
    assert seen == {
        15: [],
        14: [(deal_id, 14)],
        8: [(deal_id, 14)],
        7: [(deal_id, 7)],
        1: [(deal_id, 1)],
        0: [(deal_id, 1)],
        -1: [],
    }
    rem = due_reminders(engine, actor, end - timedelta(days=3))[0]
    assert rem.deadline == end and rem.days_left == 3 and rem.partner_id == world.partner_a
    # Another partner never sees it; the vendor does.
    assert due_reminders(engine, partner_actor(world.partner_b), end - timedelta(days=3)) == []
    assert kinds(due_reminders(engine, VENDOR, end - timedelta(days=3)), ReminderKind.PROTECTION_EXPIRY)


def test_dismiss_is_per_threshold_and_sticks(engine: Engine, world: World, monkeypatch: pytest.MonkeyPatch) -> None:
    deal_id = _approved(engine, world, monkeypatch)
    end = DAY0 + timedelta(days=90)
    actor = partner_actor(world.partner_a)
    before = snapshot(engine)
    dismiss_reminder(engine, actor, reminder_id(ReminderKind.PROTECTION_EXPIRY, deal_id, 14))
    dismiss_reminder(engine, actor, reminder_id(ReminderKind.PROTECTION_EXPIRY, deal_id, 14))  # idempotent
    assert snapshot(engine) == before  # local-only: no audit entry, no outbox op
    assert due_reminders(engine, actor, end - timedelta(days=10)) == []
    assert kinds(all_reminders(engine, actor, end - timedelta(days=10)), ReminderKind.PROTECTION_EXPIRY)
    assert kinds(due_reminders(engine, actor, end - timedelta(days=6)), ReminderKind.PROTECTION_EXPIRY) == [
        (deal_id, 7)
    ]
    # Per user: a colleague still sees the 14-day one.
    colleague = partner_actor(world.partner_a).__class__("someone-else", actor.role, "dev", world.partner_a)
    assert len(due_reminders(engine, colleague, end - timedelta(days=10))) == 1
    restore_reminder(engine, actor, reminder_id(ReminderKind.PROTECTION_EXPIRY, deal_id, 14))
    assert len(due_reminders(engine, actor, end - timedelta(days=10))) == 1


def test_snooze_hides_until_the_day(engine: Engine, world: World, monkeypatch: pytest.MonkeyPatch) -> None:
    deal_id = _approved(engine, world, monkeypatch)
    end = DAY0 + timedelta(days=90)
    actor = partner_actor(world.partner_a)
    today = end - timedelta(days=7)
    rid = reminder_id(ReminderKind.PROTECTION_EXPIRY, deal_id, 7)
    snooze_reminder(engine, actor, rid, today + timedelta(days=3), today=today)
    assert due_reminders(engine, actor, today) == []
    assert due_reminders(engine, actor, today + timedelta(days=2)) == []
    listed = due_reminders(engine, actor, today, include_snoozed=True)
    assert [(r.id, r.snoozed_until) for r in listed] == [(rid, today + timedelta(days=3))]
    assert [r.id for r in due_reminders(engine, actor, today + timedelta(days=3))] == [rid]


@pytest.mark.parametrize(
    ("rid", "until_offset", "code"),
    [
        ("bogus", 3, "invalid_reminder_id"),
        ("protection_expiry:x:5", 3, "invalid_reminder_id"),
        ("protection_expiry:x:7", 0, "not_later"),
        ("protection_expiry:x:7", -2, "not_later"),
        ("protection_expiry:x:7", 400, "out_of_range"),
    ],
)
def test_snooze_bad_input(engine: Engine, rid: str, until_offset: int, code: str) -> None:
    actor = VENDOR
    with pytest.raises(UserError) as exc:
        snooze_reminder(engine, actor, rid, DAY0 + timedelta(days=until_offset), today=DAY0)
    assert exc.value.code == code
    with pytest.raises(UserError):
        dismiss_reminder(engine, actor, "nope")


def _training(engine: Engine, world: World, expires: date, status: str = "active") -> str:
    with engine.begin() as conn:
        contact = _row(
            conn, "contacts", partner_id=world.partner_a, last_name="Kim", role="sales", is_primary=False, **STAMPS
        )
        path = _row(
            conn, "learning_paths", code=f"P{expires}{status}", title="Sales Pro", role_track="sales",
            validity_months=12, **STAMPS,
        )  # fmt: skip
        return _row(
            conn, "certifications", contact_id=contact, partner_id=world.partner_a, path_id=path, status=status,
            earned_on=expires - timedelta(days=365), expires_on=expires, **STAMPS,
        )  # fmt: skip


def test_certification_expiry_90_and_30(engine: Engine, world: World) -> None:
    expires = DAY0 + timedelta(days=200)
    cert = _training(engine, world, expires)
    _training(engine, world, expires, status="renewed")  # superseded: never reminded
    actor = partner_actor(world.partner_a)
    at_ = {off: kinds(due_reminders(engine, actor, expires - timedelta(days=off)), ReminderKind.CERTIFICATION_EXPIRY)
           for off in (91, 90, 31, 30, 1, 0, -1)}  # fmt: skip
    assert at_ == {
        91: [],
        90: [(cert, 90)],
        31: [(cert, 90)],
        30: [(cert, 30)],
        1: [(cert, 30)],
        0: [(cert, 30)],
        -1: [],
    }
    assert due_reminders(engine, actor, expires - timedelta(days=30))[0].subject == "Sales Pro"


def _mdf(
    engine: Engine, world: World, *, claim_due: date, period_end: date, claim_status: str | None
) -> tuple[str, str]:
    with engine.begin() as conn:
        budget = _row(
            conn, "mdf_budgets", program_id=world.program_id, name="H1", period_start=DAY0 - timedelta(days=60),
            period_end=period_end, amount_minor=10_000_00, currency="EUR", partner_id=None, **STAMPS,
        )  # fmt: skip
        alloc = _row(
            conn, "mdf_allocations", budget_id=budget, partner_id=world.partner_a, amount_minor=5_000_00,
            currency="EUR", **STAMPS,
        )  # fmt: skip
        req = _row(
            conn, "mdf_requests", allocation_id=alloc, partner_id=world.partner_a, activity_type="event",
            title="Trade fair", start_date=DAY0, end_date=DAY0, requested_minor=1_000_00, approved_minor=1_000_00,
            currency="EUR", status="approved", claim_due=claim_due, **STAMPS,
        )  # fmt: skip
        if claim_status is not None:
            _row(
                conn, "mdf_claims", request_id=req, partner_id=world.partner_a, claimed_minor=500_00,
                actual_cost_minor=1_000_00, currency="EUR", status=claim_status, **STAMPS,
            )  # fmt: skip
    return alloc, req


def test_claim_deadline_until_a_claim_is_filed(engine: Engine, world: World) -> None:
    due = DAY0 + timedelta(days=30)
    _, open_req = _mdf(engine, world, claim_due=due, period_end=DAY0 + timedelta(days=300), claim_status="draft")
    _mdf(engine, world, claim_due=due, period_end=DAY0 + timedelta(days=300), claim_status="submitted")
    actor = partner_actor(world.partner_a)
    assert kinds(due_reminders(engine, actor, due - timedelta(days=14)), ReminderKind.CLAIM_DEADLINE) == [
        (open_req, 14)
    ]
    assert kinds(due_reminders(engine, actor, due - timedelta(days=1)), ReminderKind.CLAIM_DEADLINE) == [(open_req, 1)]
    assert kinds(due_reminders(engine, actor, due + timedelta(days=1)), ReminderKind.CLAIM_DEADLINE) == []


def test_fund_expiry_only_with_unrequested_funds(engine: Engine, world: World) -> None:
    end = DAY0 + timedelta(days=60)
    alloc, _ = _mdf(engine, world, claim_due=DAY0 + timedelta(days=300), period_end=end, claim_status=None)
    actor = partner_actor(world.partner_a)
    assert kinds(due_reminders(engine, actor, end - timedelta(days=31)), ReminderKind.FUND_EXPIRY) == []
    assert kinds(due_reminders(engine, actor, end - timedelta(days=20)), ReminderKind.FUND_EXPIRY) == [(alloc, 30)]
    assert kinds(due_reminders(engine, actor, end - timedelta(days=7)), ReminderKind.FUND_EXPIRY) == [(alloc, 7)]
    with engine.begin() as conn:  # the rest of the allocation requested too: nothing left to lapse
        conn.exec_driver_sql("UPDATE mdf_requests SET requested_minor = 500000, approved_minor = 500000")
    assert kinds(due_reminders(engine, actor, end - timedelta(days=7)), ReminderKind.FUND_EXPIRY) == []


def test_overdue_reviews_for_vendor_roles_only(engine: Engine, world: World, monkeypatch: pytest.MonkeyPatch) -> None:
    with frozen(monkeypatch, at(DAY0 + timedelta(days=4))):  # Friday -> due Wednesday
        deal = make_deal(engine, world.partner_a, world.program_id, [world.product_1])
    wed = DAY0 + timedelta(days=9)
    assert kinds(due_reminders(engine, VENDOR, wed), ReminderKind.REVIEW_OVERDUE) == []
    rems = [r for r in due_reminders(engine, VENDOR, wed + timedelta(days=1)) if r.kind == ReminderKind.REVIEW_OVERDUE]
    assert [(r.row_id, r.deadline, r.days_left) for r in rems] == [(deal.id, wed, -1)]
    assert due_reminders(engine, partner_actor(world.partner_a), wed + timedelta(days=1)) == []


def test_scheduler_announces_each_reminder_once(engine: Engine, world: World, monkeypatch: pytest.MonkeyPatch) -> None:
    deal_id = _approved(engine, world, monkeypatch)
    end = DAY0 + timedelta(days=90)
    sched = ReminderScheduler(engine, partner_actor(world.partner_a))
    t0 = datetime.combine(end - timedelta(days=10), datetime.min.time(), tzinfo=UTC)
    assert sched.due(t0)
    first = sched.tick(t0)
    assert [r.row_id for r in first.new] == [deal_id] and len(first.current) == 1
    assert not sched.due(t0 + timedelta(minutes=5))
    again = sched.tick(t0 + timedelta(hours=1))
    assert again.new == () and len(again.current) == 1
    later = sched.tick(t0 + timedelta(days=4))  # 6 days left: the 7-day reminder is new
    assert [r.threshold_days for r in later.new] == [7]
