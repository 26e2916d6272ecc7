"""Reads for the deal screens: form choices scoped by role, the status history (audited steps and the
registration's own timestamps), partner names."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import Engine, update

from tests.workbench.deals.conftest import World
from tests.workbench.deals.test_commands import ADMIN, CM, make_deal, partner_actor, submitted
from workbench.deals import commands as c
from workbench.deals import queries as q
from workbench.deals.models import DealRegistration
from workbench.deals.types import DealStatus
from workbench.errors import NotFound, UserError


def test_form_choices_partner_sees_only_own_partner(engine: Engine, world: World) -> None:
    mine = q.deal_form_choices(engine, partner_actor(world))
    assert [p.id for p in mine.partners] == [world.partner_a]
    vendor = q.deal_form_choices(engine, CM)
    assert [p.name for p in vendor.partners] == ["Alpha Systems GmbH", "Beta IT AG"]
    assert {p.name for p in vendor.programs} == {"Standard", "No protection"}
    std = {p.sku for p in vendor.products if p.program_id == world.program_id}
    assert std == {"SRV-1", "LIC-1"}


def test_history_of_a_rejected_deal_names_the_reason(engine: Engine, world: World) -> None:
    deal_id = submitted(engine, world)
    c.request_deal_info(engine, CM, deal_id, "Which site?")
    c.submit_deal(engine, partner_actor(world), deal_id)
    c.reject_deal(engine, CM, deal_id, "Registered earlier by another partner")
    steps = q.deal_history(engine, deal_id)
    assert [(s.action, s.status) for s in steps] == [
        ("create", DealStatus.DRAFT),
        ("submit", DealStatus.SUBMITTED),
        ("request_info", DealStatus.INFO_REQUESTED),
        ("resubmit", DealStatus.SUBMITTED),
        ("reject", DealStatus.REJECTED),
    ]
    assert steps[2].note == "Which site?"
    assert steps[-1].note == "Registered earlier by another partner" and steps[-1].actor_id == CM.user_id
    assert all(s.recorded for s in steps)


def test_history_of_a_pulled_row_comes_from_its_timestamps(engine: Engine, world: World) -> None:
    deal_id = make_deal(engine, world)
    t = datetime.now(UTC) + timedelta(hours=1)
    # As a pull apply writes it: no audit entries for the server's steps, only the row's fields.
    with engine.begin() as conn:
        conn.execute(
            update(DealRegistration)
            .where(DealRegistration.id == deal_id)
            .values(
                status="rejected",
                submitted_at=t,
                server_received_at=t,
                decided_at=t + timedelta(days=1),
                decided_by="u-cm",
                decision_reason="Duplicate of an earlier registration",
                provisional=False,
            )
        )
    steps = q.deal_history(engine, deal_id)
    assert [s.action for s in steps] == ["create", "submit", "server_received", "reject"]
    assert steps[-1].note == "Duplicate of an earlier registration" and not steps[-1].recorded


def test_history_of_unknown_deal(engine: Engine, world: World) -> None:
    with pytest.raises(NotFound):
        q.deal_history(engine, "nope")


def test_partner_names(engine: Engine, world: World) -> None:
    assert q.partner_names(engine, [world.partner_b, "", world.partner_a]) == {
        world.partner_a: "Alpha Systems GmbH",
        world.partner_b: "Beta IT AG",
    }
    assert q.partner_names(engine, []) == {}
    with pytest.raises(UserError) as err:
        q.partner_names(engine, [f"id{i}" for i in range(q.MAX_PAGE + 1)])
    assert err.value.code == "page_too_large"
    assert ADMIN.is_vendor


def test_review_queue_page_agrees_with_the_sla_rules(engine: Engine, world: World) -> None:
    from datetime import date as date_

    from workbench.deals.sla import review_deadlines

    ids = [submitted(engine, world) for _ in range(6)]
    days = [date_(2026, 10, d) for d in (30, 31)] + [date_(2026, 11, d) for d in (1, 2, 5, 9)]  # Fri, Sat, Sun ...
    with engine.begin() as conn:
        for deal_id, day in zip(ids, days, strict=True):
            stamp = datetime(day.year, day.month, day.day, 23, 30, tzinfo=UTC)
            conn.execute(update(DealRegistration).where(DealRegistration.id == deal_id).values(submitted_at=stamp))
    other = make_deal(engine, world, partner_id=world.partner_b, actor=partner_actor(world, partner=world.partner_b))
    c.submit_deal(engine, partner_actor(world, partner=world.partner_b), other)
    for today in (date_(2026, 11, 4), date_(2026, 11, 5), date_(2026, 11, 10), date_(2026, 11, 16)):
        expected = review_deadlines(engine, CM, today, overdue_only=False)
        page = q.review_queue(engine, CM, today)
        assert [r.deal_id for r in page.rows] == [d.deal_id for d in expected]
        assert [(r.due_on, r.overdue, r.overdue_days) for r in page.rows] == [
            (d.due_on, d.overdue, d.overdue_days) for d in expected
        ]
        assert page.total == len(expected) == 7
        assert page.overdue == len(review_deadlines(engine, CM, today, overdue_only=True))
    assert {r.partner_name for r in page.rows} == {"Alpha Systems GmbH", "Beta IT AG"}
    short = q.review_queue(engine, CM, date_(2026, 11, 16), limit=2)
    assert len(short.rows) == 2 and short.total == 7
    mine = q.review_queue(engine, partner_actor(world), date_(2026, 11, 16))
    assert mine.total == 6 and {r.partner_id for r in mine.rows} == {world.partner_a}


def test_review_queue_counts_overdue_per_program_sla(engine: Engine, world: World) -> None:
    from datetime import date as date_

    from sqlalchemy import update as update_

    from workbench.deals.sla import review_deadlines
    from workbench.deals.types import DealProductInput
    from workbench.programs.models import Program

    with engine.begin() as conn:
        conn.execute(update_(Program).where(Program.id == world.no_protection_program_id).values(review_sla_days=8))
    slow = make_deal(
        engine,
        world,
        program_id=world.no_protection_program_id,
        products=(DealProductInput(world.other_program_product),),
    )
    fast = submitted(engine, world)
    c.submit_deal(engine, partner_actor(world), slow)
    with engine.begin() as conn:
        for deal_id in (slow, fast):
            conn.execute(
                update(DealRegistration)
                .where(DealRegistration.id == deal_id)
                .values(submitted_at=datetime(2026, 11, 2, 9, tzinfo=UTC))
            )
    for day, late in (
        (date_(2026, 11, 5), 0),
        (date_(2026, 11, 6), 1),
        (date_(2026, 11, 12), 1),
        (date_(2026, 11, 13), 2),
    ):
        page = q.review_queue(engine, CM, day)
        assert page.overdue == late == len(review_deadlines(engine, CM, day, overdue_only=True)), day
