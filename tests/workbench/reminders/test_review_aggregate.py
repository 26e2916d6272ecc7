"""Overdue reviews in the notifications list: the longest-waiting ones listed one by one (capped), the count
of all of them, exactly the registrations `review_deadlines` calls overdue, with one or several SLAs."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy import Engine, text

from tests.workbench.deals.conftest import World
from tests.workbench.dupcheck.helpers import VENDOR, at, frozen, make_deal, partner_actor
from workbench.deals.sla import review_deadlines, review_due
from workbench.reminders.commands import dismiss_reminder, snooze_reminder
from workbench.reminders.queries import _review_boundary, due_list
from workbench.reminders.scheduler import ReminderScheduler
from workbench.reminders.types import ReminderKind

DAY0 = date(2026, 3, 2)  # a Monday


def _submitted(engine: Engine, world: World, monkeypatch: pytest.MonkeyPatch, days: int) -> list[str]:
    """One submitted registration per calendar day from DAY0 (weekends included), alternating partners."""
    made = []
    for i in range(days):
        with frozen(monkeypatch, at(DAY0 + timedelta(days=i), hour=8 + i % 10)):
            partner = world.partner_a if i % 2 else world.partner_b
            made.append(make_deal(engine, partner, world.program_id, [world.product_1], customer=f"Kunde {i}").id)
    return made


def _reviews(listed: list) -> list[str]:  # type: ignore[type-arg]
    return [r.row_id for r in listed if r.kind == ReminderKind.REVIEW_OVERDUE]


@pytest.mark.parametrize("sla", [0, 1, 3, 5, 12])
def test_boundary_is_the_first_day_not_overdue(sla: int) -> None:
    for offset in range(21):
        today = DAY0 + timedelta(days=offset)
        boundary = _review_boundary(today, sla)
        for back in range(1, 40):
            day = today - timedelta(days=back)
            assert (today > review_due(day, sla)) == (day < boundary), (today, day, sla)
        assert not today > review_due(boundary, sla)


def test_count_and_capped_list_match_review_deadlines(
    engine: Engine, world: World, monkeypatch: pytest.MonkeyPatch
) -> None:
    made = _submitted(engine, world, monkeypatch, 16)
    for offset in range(22):
        today = DAY0 + timedelta(days=offset)
        expected = [d.deal_id for d in review_deadlines(engine, VENDOR, today, overdue_only=True)]
        listed = due_list(engine, VENDOR, today, review_limit=5)
        assert listed.reviews_overdue == len(expected), today
        assert _reviews(listed.reminders) == expected[:5], today  # the longest waiting, oldest first
        everything = due_list(engine, VENDOR, today, review_limit=100)
        assert _reviews(everything.reminders) == expected
    assert len(expected) == len(made)  # by the last day all are overdue


def test_several_slas_are_counted_exactly(engine: Engine, world: World, monkeypatch: pytest.MonkeyPatch) -> None:
    made = _submitted(engine, world, monkeypatch, 14)
    with engine.begin() as conn:  # half of them in a program with a longer SLA
        conn.execute(
            text("UPDATE programs SET review_sla_days = 8 WHERE id = :p"), {"p": world.no_protection_program_id}
        )
        for deal_id in made[::2]:
            conn.execute(
                text("UPDATE deal_registrations SET program_id = :p WHERE id = :d"),
                {"p": world.no_protection_program_id, "d": deal_id},
            )
    for offset in range(3, 30, 2):
        today = DAY0 + timedelta(days=offset)
        expected = [d.deal_id for d in review_deadlines(engine, VENDOR, today, overdue_only=True)]
        most_overdue = [
            d.deal_id
            for d in sorted(
                review_deadlines(engine, VENDOR, today, overdue_only=True), key=lambda d: (d.due_on, d.deal_id)
            )
        ]
        listed = due_list(engine, VENDOR, today, review_limit=4)
        assert listed.reviews_overdue == len(expected), today
        assert _reviews(listed.reminders) == most_overdue[:4], today


def test_dismissed_and_snoozed_make_room_but_still_count(
    engine: Engine, world: World, monkeypatch: pytest.MonkeyPatch
) -> None:
    made = _submitted(engine, world, monkeypatch, 8)
    today = DAY0 + timedelta(days=20)
    first = due_list(engine, VENDOR, today, review_limit=3)
    assert _reviews(first.reminders) == made[:3] and first.reviews_overdue == 8
    dismiss_reminder(engine, VENDOR, first.reminders[0].id)
    snooze_reminder(engine, VENDOR, first.reminders[1].id, today + timedelta(days=2), today=today)
    after = due_list(engine, VENDOR, today, review_limit=3)
    assert _reviews(after.reminders) == [made[2], made[3], made[4]]
    assert after.reviews_overdue == 8  # the count is of the registrations, which still wait for a review
    with_snoozed = due_list(engine, VENDOR, today, review_limit=3, include_snoozed=True)
    assert _reviews(with_snoozed.reminders) == [made[1], made[2], made[3]]
    assert with_snoozed.reminders[0].snoozed_until == today + timedelta(days=2)
    back = due_list(engine, VENDOR, today + timedelta(days=2), review_limit=3)
    assert _reviews(back.reminders) == [made[1], made[2], made[3]]


def test_partner_roles_get_no_review_count(engine: Engine, world: World, monkeypatch: pytest.MonkeyPatch) -> None:
    _submitted(engine, world, monkeypatch, 4)
    listed = due_list(engine, partner_actor(world.partner_a), DAY0 + timedelta(days=20))
    assert listed.reviews_overdue == 0 and _reviews(listed.reminders) == []


def test_tick_carries_the_count_and_announces_the_listed_once(
    engine: Engine, world: World, monkeypatch: pytest.MonkeyPatch
) -> None:
    made = _submitted(engine, world, monkeypatch, 30)
    monkeypatch.setattr("workbench.reminders.queries.MAX_LISTED_REVIEWS", 25)
    sched = ReminderScheduler(engine, VENDOR)
    now = at(DAY0 + timedelta(days=40))
    tick = sched.tick(now)
    assert tick.reviews_overdue == 30
    assert _reviews(list(tick.current)) == made[:25] and _reviews(list(tick.new)) == made[:25]
    again = sched.tick(now + timedelta(hours=1))
    assert again.new == () and again.reviews_overdue == 30
