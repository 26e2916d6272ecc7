"""Read models of the MDF screens: live balances per allocation, budget and currency; the review queue;
the claim editor's context; payments per partner and claim. Partner roles see only their own rows."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import Engine

from tests.workbench.mdf.conftest import World
from tests.workbench.mdf.test_commands import allocation, approved_request, budget, claim, request_input
from workbench.errors import UserError
from workbench.mdf import commands as cmd
from workbench.mdf import queries as q
from workbench.mdf.types import AllocationInput, ClaimStatus, PaymentInput
from workbench.records.commands import add_attachment

D = Decimal
EVENT_KINDS = ("photos", "invoice", "attendee_list", "summary")


def _submitted_claim(engine: Engine, w: World, rid: str, blobs: Path, claimed: str = "100.00") -> str:
    cid = claim(engine, w, rid, claimed, "200.00")
    for kind in EVENT_KINDS:
        add_attachment(
            engine, w.partner_a_admin, "mdf_claims", cid, kind.encode(), blobs, kind, file_name=f"{kind}.pdf"
        )
    cmd.submit_claim(engine, w.partner_a_admin, cid)
    return cid


def test_overview_balances_per_allocation_budget_and_currency(engine: Engine, world: World, tmp_path: Path) -> None:
    bid = budget(engine, world, "1000.00")
    aid = allocation(engine, world, "500.00", budget_id=bid)
    allocation(engine, world, "120.00", budget_id=bid, partner=world.partner_b)
    rid = approved_request(engine, world, "200.00", "150.00", alloc_id=aid)
    pending = cmd.create_request(engine, world.partner_a_admin, request_input(aid, requested=D("40.00"))).id
    cmd.submit_request(engine, world.partner_a_admin, pending)
    cmd.create_request(engine, world.partner_a_admin, request_input(aid, requested=D("9.00")))  # draft: not counted
    cid = _submitted_claim(engine, world, rid, tmp_path / "blobs", "70.00")
    claim(engine, world, rid, "10.00", "20.00")  # a draft claim is not yet claimed
    cmd.approve_claim(engine, world.manager, cid)
    cmd.record_payment(engine, world.manager, PaymentInput(cid, D("30.00"), "EUR", date(2026, 11, 1), "PAY-1"))

    ov = q.mdf_overview(engine, world.manager)
    mine = next(a for a in ov.allocations if a.id == aid)
    assert (mine.allocated_minor, mine.requested_minor, mine.approved_minor) == (50000, 4000, 15000)
    assert (mine.claimed_minor, mine.paid_minor, mine.available_minor) == (7000, 3000, 35000)
    assert mine.partner_name == "Alpha Systems GmbH"
    (b,) = [b for b in ov.budgets if b.budget.id == bid]
    assert (b.allocated_minor, b.unallocated_minor, b.approved_minor, b.paid_minor) == (62000, 38000, 15000, 3000)
    (eur,) = ov.totals
    assert (eur.currency, eur.budget_minor, eur.allocated_minor, eur.available_minor) == ("EUR", 100000, 62000, 47000)

    own = q.mdf_overview(engine, world.partner_a_admin)
    assert {a.partner_id for a in own.allocations} == {world.partner_a}
    assert own.totals[0].budget_minor == 0  # the vendor's budget size is not the partner's business
    other = q.mdf_overview(engine, world.partner_b_user)
    assert [a.allocated_minor for a in other.allocations] == [12000]


def test_review_queue_has_submitted_requests_and_claims_for_vendors_only(
    engine: Engine, world: World, tmp_path: Path
) -> None:
    aid = allocation(engine, world, "900.00")
    rid = approved_request(engine, world, "200.00", alloc_id=aid)
    waiting = cmd.create_request(engine, world.partner_a_admin, request_input(aid, title="Webinar series")).id
    cmd.submit_request(engine, world.partner_a_admin, waiting)
    cid = _submitted_claim(engine, world, rid, tmp_path / "b")
    queue = q.review_queue(engine, world.manager)
    assert {(i.kind, i.id) for i in queue} == {("request", waiting), ("claim", cid)}
    claim_item = next(i for i in queue if i.kind == "claim")
    assert claim_item.missing_evidence == () and claim_item.amount_minor == 10000
    assert claim_item.due == q.get_request(engine, world.manager, rid).claim_due
    assert q.review_queue(engine, world.partner_a_admin) == ()
    cmd.approve_claim(engine, world.manager, cid)
    assert [i.kind for i in q.review_queue(engine, world.manager)] == ["request"]


def test_claim_context_remaining_and_rate(engine: Engine, world: World) -> None:
    rid = approved_request(engine, world, "200.00")
    cid = claim(engine, world, rid, "60.00", "120.00")
    ctx = q.claim_context(engine, world.partner_a_admin, rid)
    assert (ctx.participation_rate_bp, ctx.already_claimed_minor, ctx.remaining_minor) == (5000, 6000, 14000)
    assert ctx.required_evidence == EVENT_KINDS
    editing = q.claim_context(engine, world.partner_a_admin, rid, claim_id=cid)
    assert editing.remaining_minor == 20000
    with pytest.raises(UserError) as err:
        q.claim_context(engine, world.partner_b_user, rid)
    assert err.value.code == "unknown_reference"


def test_payments_per_partner_and_claim(engine: Engine, world: World, tmp_path: Path) -> None:
    rid = approved_request(engine, world, "200.00")
    cid = _submitted_claim(engine, world, rid, tmp_path / "b")
    cmd.approve_claim(engine, world.manager, cid)
    cmd.record_payment(engine, world.manager, PaymentInput(cid, D("40.00"), "EUR", date(2026, 10, 1), "P-1"))
    cmd.record_payment(engine, world.manager, PaymentInput(cid, D("60.00"), "EUR", date(2026, 11, 1), "P-2"))
    rows = q.list_payments(engine, world.manager, claim_id=cid)
    assert [(p.reference, p.amount_minor) for p in rows] == [("P-2", 6000), ("P-1", 4000)]
    assert rows[0].claim_status == ClaimStatus.PAID and rows[0].request_title == "Trade show booth"
    assert len(q.list_payments(engine, world.partner_a_admin)) == 2
    assert q.list_payments(engine, world.partner_b_user) == ()
    assert q.list_payments(engine, world.manager, partner_id=world.partner_b) == ()
    claims = q.list_claim_rows(engine, world.partner_a_admin)
    assert [c.claim.id for c in claims] == [cid] and claims[0].request_title == "Trade show booth"
    assert q.list_claim_rows(engine, world.partner_b_user) == ()
    reqs = q.list_request_rows(engine, world.manager)
    assert [r.partner_name for r in reqs] == ["Alpha Systems GmbH"]


def test_overview_with_other_currency_budget(engine: Engine, world: World) -> None:
    from workbench.mdf.types import BudgetInput

    usd = cmd.create_budget(
        engine, world.admin, BudgetInput(world.program_id, "US", date(2026, 1, 1), date(2026, 12, 31), D("300"), "USD")
    ).id
    cmd.allocate(engine, world.manager, AllocationInput(usd, world.partner_b, D("100"), "USD"))
    budget(engine, world, "50.00")
    ov = q.mdf_overview(engine, world.admin)
    assert [(t.currency, t.budget_minor, t.allocated_minor) for t in ov.totals] == [
        ("EUR", 5000, 0),
        ("USD", 30000, 10000),
    ]


def test_paged_lists_ids_in_order_and_rows_by_ids(engine: Engine, world: World, tmp_path: Path) -> None:
    aid = allocation(engine, world, "900.00")
    first = approved_request(engine, world, "200.00", alloc_id=aid)
    other_aid = allocation(engine, world, "300.00", partner=world.partner_b)
    later = cmd.create_request(
        engine,
        world.partner_b_user,
        request_input(other_aid, title="Later", start_date=date(2030, 1, 1), end_date=date(2030, 1, 3)),
    )
    ids = q.request_ids(engine, world.manager)
    assert ids[0] == later.id and first in ids
    assert q.request_ids(engine, world.partner_a_admin) == [first]
    rows = q.request_rows_by_ids(engine, world.manager, [first, "gone", later.id])
    assert [r.request.id for r in rows] == [first, later.id] and rows[1].partner_name == "Beta IT AG"
    assert q.request_rows_by_ids(engine, world.partner_a_admin, [later.id]) == []  # not theirs
    with pytest.raises(UserError) as err:
        q.request_rows_by_ids(engine, world.manager, ["x"] * (q.MAX_PAGE + 1))
    assert err.value.code == "page_too_large"

    cid = _submitted_claim(engine, world, first, tmp_path / "b")
    assert q.claim_ids(engine, world.manager) == [cid] and q.claim_ids(engine, world.partner_b_user) == []
    (crow,) = q.claim_rows_by_ids(engine, world.partner_a_admin, [cid])
    assert crow.request_title == "Trade show booth" and crow.claim.claimed_minor == 10000
    cmd.approve_claim(engine, world.manager, cid)
    cmd.record_payment(engine, world.manager, PaymentInput(cid, D("40.00"), "EUR", date(2026, 10, 1), "REF_50%"))
    cmd.record_payment(engine, world.manager, PaymentInput(cid, D("60.00"), "EUR", date(2026, 11, 1), "P-2"))
    pids = q.payment_ids(engine, world.manager)
    assert [p.reference for p in q.payment_rows_by_ids(engine, world.manager, pids)] == ["P-2", "REF_50%"]
    assert len(q.payment_ids(engine, world.manager, text="alpha")) == 2  # partner name, case-insensitive
    assert len(q.payment_ids(engine, world.manager, text="booth")) == 2  # activity title
    assert len(q.payment_ids(engine, world.manager, text="_50%")) == 1  # LIKE wildcards are literal
    assert q.payment_ids(engine, world.manager, text="beta") == []
    assert q.payment_ids(engine, world.partner_b_user) == []
    assert q.payment_totals(engine, world.manager) == {"EUR": 10000}
    assert q.payment_totals(engine, world.manager, text="p-2") == {"EUR": 6000}
    assert q.payment_totals(engine, world.partner_b_user) == {}
