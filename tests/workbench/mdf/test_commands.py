"""MDF commands: permissions, amount rules through the database, bad inputs writing nothing, audit and
outbox capture, and the queries' live balances."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine, select

from tests.workbench.mdf.conftest import World, counts
from workbench.audit.models import AuditEvent
from workbench.db.outbox import OutboxOp
from workbench.errors import IllegalTransition, PermissionDenied, UserError
from workbench.mdf import commands as cmd
from workbench.mdf import queries as q
from workbench.mdf.types import (
    AllocationInput,
    BudgetInput,
    ClaimChanges,
    ClaimInput,
    ClaimStatus,
    CostLineInput,
    PaymentInput,
    RequestChanges,
    RequestInput,
    RequestStatus,
)
from workbench.records.commands import add_attachment
from workbench.security.roles import Actor, Role

D = Decimal
TODAY = date.today()


def budget(engine: Engine, w: World, amount: str = "1000.00", *, program: str | None = None) -> str:
    data = BudgetInput(
        program_id=program or w.program_id,
        name="FY Q1",
        period_start=TODAY,
        period_end=TODAY + timedelta(days=90),
        amount=D(amount),
        currency="EUR",
    )
    return cmd.create_budget(engine, w.admin, data).id


def allocation(
    engine: Engine, w: World, amount: str = "500.00", *, budget_id: str | None = None, partner: str | None = None
) -> str:
    bid = budget_id or budget(engine, w)
    return cmd.allocate(engine, w.manager, AllocationInput(bid, partner or w.partner_a, D(amount), "EUR")).id


def request_input(aid: str, **over: Any) -> RequestInput:
    values: dict[str, Any] = {
        "allocation_id": aid,
        "activity_type": "event",
        "title": "Trade show booth",
        "start_date": TODAY,
        "end_date": TODAY + timedelta(days=2),
        "requested": D("200.00"),
        "currency": "EUR",
        "description": "Booth at the regional fair",
    }
    values.update(over)
    return RequestInput(**values)


def approved_request(
    engine: Engine,
    w: World,
    requested: str = "200.00",
    approved: str | None = None,
    *,
    alloc_amount: str = "500.00",
    alloc_id: str | None = None,
) -> str:
    aid = alloc_id or allocation(engine, w, alloc_amount)
    rid = cmd.create_request(engine, w.partner_a_admin, request_input(aid, requested=D(requested))).id
    cmd.submit_request(engine, w.partner_a_admin, rid)
    cmd.approve_request(engine, w.manager, rid, D(approved) if approved is not None else None)
    return rid


def claim(engine: Engine, w: World, rid: str, claimed: str = "100.00", actual: str = "200.00") -> str:
    return cmd.create_claim(engine, w.partner_a_admin, ClaimInput(rid, D(claimed), D(actual), "EUR")).id


MDF_TABLES = ("mdf_budgets", "mdf_allocations", "mdf_requests", "mdf_claims", "mdf_cost_lines", "mdf_payments")


# --- budgets and allocations -------------------------------------------------------------------------


def test_create_budget_writes_row_audit_and_outbox(engine: Engine, world: World) -> None:
    before = counts(engine, *MDF_TABLES)
    bid = budget(engine, world, "1234.56")
    after = counts(engine, *MDF_TABLES)
    assert after["mdf_budgets"] == before["mdf_budgets"] + 1
    assert after["audit_events"] == before["audit_events"] + 1
    assert after["outbox_ops"] == before["outbox_ops"] + 1
    bal = q.budget_balance(engine, world.admin, bid)
    assert (bal.budget.amount_minor, bal.budget.currency, bal.allocated_minor, bal.remaining_minor) == (
        123456,
        "EUR",
        0,
        123456,
    )
    assert bal.budget.program_id == world.program_id
    from sqlalchemy.orm import Session

    with Session(engine) as s:
        op = s.scalars(select(OutboxOp).where(OutboxOp.row_id == bid)).one()
        ev = s.scalars(select(AuditEvent).where(AuditEvent.row_id == bid)).one()
    assert (op.entity, op.kind, op.fields["amount_minor"], op.fields["partner_id"]) == (
        "mdf_budgets",
        "create",
        123456,
        None,
    )
    assert (ev.action, ev.actor_id) == ("create", "u-admin")


@pytest.mark.parametrize("role", [Role.CHANNEL_MANAGER, Role.PARTNER_ADMIN, Role.PARTNER_USER])
def test_only_admin_creates_budgets(engine: Engine, world: World, role: Role) -> None:
    before = counts(engine, *MDF_TABLES)
    with pytest.raises(PermissionDenied):
        cmd.create_budget(
            engine,
            Actor("u", role, "d", partner_id=world.partner_a),
            BudgetInput(world.program_id, "B", TODAY, TODAY, D("1"), "EUR"),
        )
    assert counts(engine, *MDF_TABLES) == before


BAD_BUDGETS: list[tuple[dict[str, Any], str, str]] = [
    ({"amount": D("-0.01")}, "money_negative", "amount"),
    ({"amount": D("10.001")}, "money_too_precise", "amount"),
    ({"amount": 10.5}, "money_not_decimal", "amount"),
    ({"amount": "ten"}, "money_invalid", "amount"),
    ({"amount": D("10000000000000.01")}, "money_too_large", "amount"),
    ({"currency": "XXX"}, "unknown_currency", "currency"),
    ({"period_end": TODAY - timedelta(days=1)}, "end_before_start", "period_end"),
    ({"name": "x" * 201}, "too_long", "name"),
    ({"name": "  "}, "required", "name"),
    ({"program_id": "nope"}, "unknown_reference", "program_id"),
]


@pytest.mark.parametrize(("over", "code", "field"), BAD_BUDGETS)
def test_bad_budget_input_writes_nothing(
    engine: Engine, world: World, over: dict[str, Any], code: str, field: str
) -> None:
    values: dict[str, Any] = {
        "program_id": world.program_id,
        "name": "B",
        "period_start": TODAY,
        "period_end": TODAY,
        "amount": D("100"),
        "currency": "EUR",
    }
    values.update(over)
    before = counts(engine, *MDF_TABLES)
    with pytest.raises(UserError) as err:
        cmd.create_budget(engine, world.admin, BudgetInput(**values))
    assert (err.value.code, err.value.params["field"]) == (code, field)
    assert counts(engine, *MDF_TABLES) == before


def test_allocations_up_to_the_budget_exactly(engine: Engine, world: World) -> None:
    bid = budget(engine, world, "1000.00")
    allocation(engine, world, "600.00", budget_id=bid)
    allocation(engine, world, "400.00", budget_id=bid, partner=world.partner_b)  # equal: allowed
    before = counts(engine, *MDF_TABLES)
    with pytest.raises(UserError) as err:
        allocation(engine, world, "0.01", budget_id=bid)
    assert err.value.code == "allocation_exceeds_budget"
    assert err.value.params["available"] == 0
    assert counts(engine, *MDF_TABLES) == before
    bal = q.budget_balance(engine, world.partner_a_admin, bid)
    assert (bal.allocated_minor, bal.remaining_minor) == (100000, 0)
    assert [b.remaining_minor for b in q.list_budgets(engine, world.admin, program_id=world.program_id)] == [0]


def test_allocation_one_unit_over_budget(engine: Engine, world: World) -> None:
    bid = budget(engine, world, "1000.00")
    with pytest.raises(UserError, match="allocation_exceeds_budget"):
        allocation(engine, world, "1000.01", budget_id=bid)


def test_allocation_currency_must_match_budget(engine: Engine, world: World) -> None:
    bid = budget(engine, world)
    before = counts(engine, *MDF_TABLES)
    with pytest.raises(UserError) as err:
        cmd.allocate(engine, world.manager, AllocationInput(bid, world.partner_a, D("1"), "USD"))
    assert err.value.code == "currency_mismatch"
    assert counts(engine, *MDF_TABLES) == before


@pytest.mark.parametrize(("field", "code"), [("budget_id", "unknown_reference"), ("partner_id", "unknown_reference")])
def test_allocation_unknown_references(engine: Engine, world: World, field: str, code: str) -> None:
    bid = budget(engine, world)
    data: dict[str, Any] = {
        "budget_id": bid,
        "partner_id": world.partner_a,
        "amount": D("1"),
        "currency": "EUR",
        field: "missing",
    }
    before = counts(engine, *MDF_TABLES)
    with pytest.raises(UserError) as err:
        cmd.allocate(engine, world.manager, AllocationInput(**data))
    assert (err.value.code, err.value.params["field"], err.value.params["id"]) == (code, field, "missing")
    assert counts(engine, *MDF_TABLES) == before


def test_partners_cannot_allocate(engine: Engine, world: World) -> None:
    bid = budget(engine, world)
    with pytest.raises(PermissionDenied):
        cmd.allocate(engine, world.partner_a_admin, AllocationInput(bid, world.partner_a, D("1"), "EUR"))


# --- requests ----------------------------------------------------------------------------------------


def test_create_request_is_a_draft_in_the_partner_scope(engine: Engine, world: World) -> None:
    aid = allocation(engine, world)
    r = cmd.create_request(engine, world.partner_a_admin, request_input(aid))
    assert (r.status, r.partner_id, r.requested_minor, r.approved_minor, r.claim_due) == (
        RequestStatus.DRAFT,
        world.partner_a,
        20000,
        None,
        None,
    )
    assert q.list_requests(engine, world.partner_a_admin) == (r,)
    assert q.list_requests(engine, world.partner_b_user) == ()
    assert q.list_requests(engine, world.manager, world.partner_a) == (r,)


BAD_REQUESTS: list[tuple[dict[str, Any], str, str]] = [
    ({"requested": D("-1")}, "money_negative", "requested"),
    ({"requested": D("0")}, "money_zero", "requested"),
    ({"requested": D("1.234")}, "money_too_precise", "requested"),
    ({"requested": 1.5}, "money_not_decimal", "requested"),
    ({"currency": "EURO"}, "unknown_currency", "currency"),
    ({"currency": "USD"}, "currency_mismatch", "currency"),
    ({"end_date": TODAY - timedelta(days=1)}, "end_before_start", "end_date"),
    ({"activity_type": "party"}, "invalid_choice", "activity_type"),
    ({"title": "t" * 201}, "too_long", "title"),
    ({"title": ""}, "required", "title"),
    ({"description": "d" * 10_001}, "too_long", "description"),
    ({"title": "bad\x00title"}, "control_characters", "title"),
    ({"allocation_id": "missing"}, "unknown_reference", "allocation_id"),
]


@pytest.mark.parametrize(("over", "code", "field"), BAD_REQUESTS)
def test_bad_request_input_writes_nothing(
    engine: Engine, world: World, over: dict[str, Any], code: str, field: str
) -> None:
    aid = allocation(engine, world)
    before = counts(engine, *MDF_TABLES)
    with pytest.raises(UserError) as err:
        cmd.create_request(engine, world.partner_a_admin, request_input(aid, **over))
    assert (err.value.code, err.value.params["field"]) == (code, field)
    assert counts(engine, *MDF_TABLES) == before


def test_request_boundaries_accepted(engine: Engine, world: World) -> None:
    aid = allocation(engine, world)
    r = cmd.create_request(
        engine,
        world.partner_a_admin,
        request_input(aid, end_date=TODAY, title="t" * 200, description="d" * 10_000, requested=D("0.01")),
    )
    assert (r.start_date, r.end_date, r.requested_minor) == (TODAY, TODAY, 1)


def test_other_partner_cannot_create_or_edit(engine: Engine, world: World) -> None:
    aid = allocation(engine, world)
    before = counts(engine, *MDF_TABLES)
    with pytest.raises(PermissionDenied):
        cmd.create_request(engine, world.partner_b_user, request_input(aid))
    assert counts(engine, *MDF_TABLES) == before
    rid = cmd.create_request(engine, world.partner_a_admin, request_input(aid)).id
    with pytest.raises(PermissionDenied):
        cmd.update_request(engine, world.partner_b_user, rid, RequestChanges(title="mine"))


def test_update_request_in_draft_and_info_requested_only(engine: Engine, world: World) -> None:
    aid = allocation(engine, world)
    rid = cmd.create_request(engine, world.partner_a_admin, request_input(aid)).id
    r = cmd.update_request(
        engine,
        world.partner_a_admin,
        rid,
        RequestChanges(
            title="Webinar", activity_type="webinar", requested=D("150"), end_date=TODAY + timedelta(days=5)
        ),
    )
    assert (r.title, r.activity_type, r.requested_minor, r.end_date) == (
        "Webinar",
        "webinar",
        15000,
        TODAY + timedelta(days=5),
    )
    cmd.submit_request(engine, world.partner_a_admin, rid)
    with pytest.raises(UserError, match="not_editable"):
        cmd.update_request(engine, world.partner_a_admin, rid, RequestChanges(title="late"))
    cmd.request_request_info(engine, world.manager, rid, "Which fair?")
    r = cmd.update_request(engine, world.partner_a_admin, rid, RequestChanges(description="Hall 3"))
    assert (r.status, r.description, r.decision_reason) == (RequestStatus.INFO_REQUESTED, "Hall 3", "Which fair?")
    assert cmd.submit_request(engine, world.partner_a_admin, rid).status == RequestStatus.SUBMITTED


@pytest.mark.parametrize(
    ("changes", "code", "field"),
    [
        (RequestChanges(end_date=TODAY - timedelta(days=1)), "end_before_start", "end_date"),
        (RequestChanges(start_date=TODAY + timedelta(days=3)), "end_before_start", "end_date"),
        (RequestChanges(requested=D("-5")), "money_negative", "requested"),
        (RequestChanges(currency="USD"), "currency_mismatch", "currency"),
        (RequestChanges(currency="ABC"), "unknown_currency", "currency"),
        (RequestChanges(title="x" * 201), "too_long", "title"),
        (RequestChanges(activity_type="fair"), "invalid_choice", "activity_type"),
    ],
)
def test_bad_request_update_writes_nothing(
    engine: Engine, world: World, changes: RequestChanges, code: str, field: str
) -> None:
    aid = allocation(engine, world)
    rid = cmd.create_request(engine, world.partner_a_admin, request_input(aid)).id
    before = counts(engine, *MDF_TABLES)
    with pytest.raises(UserError) as err:
        cmd.update_request(engine, world.partner_a_admin, rid, changes)
    assert (err.value.code, err.value.params["field"]) == (code, field)
    assert counts(engine, *MDF_TABLES) == before
    assert q.get_request(engine, world.manager, rid).title == "Trade show booth"


def test_approve_up_to_allocation_balance_exactly(engine: Engine, world: World) -> None:
    aid = allocation(engine, world, "500.00")
    first = approved_request(engine, world, "300.00", alloc_id=aid)
    second = approved_request(engine, world, "200.00", alloc_id=aid)  # equal to the balance: allowed
    assert q.get_request(engine, world.manager, second).approved_minor == 20000
    rid = cmd.create_request(engine, world.partner_a_admin, request_input(aid, requested=D("0.01"))).id
    cmd.submit_request(engine, world.partner_a_admin, rid)
    before = counts(engine, *MDF_TABLES)
    with pytest.raises(UserError) as err:
        cmd.approve_request(engine, world.manager, rid)
    assert err.value.code == "request_exceeds_balance"
    assert (err.value.params["balance"], err.value.params["requested"]) == (0, 1)
    assert counts(engine, *MDF_TABLES) == before
    bal = q.allocation_balance(engine, world.partner_a_admin, aid)
    assert (bal.approved_minor, bal.remaining_minor) == (50000, 0)
    assert first != second


def test_approve_one_unit_over_balance(engine: Engine, world: World) -> None:
    aid = allocation(engine, world, "500.00")
    with pytest.raises(UserError, match="request_exceeds_balance"):
        approved_request(engine, world, "500.01", alloc_id=aid)


def test_negative_balance_allowed_by_program(engine: Engine, world: World) -> None:
    bid = budget(engine, world, program=world.lenient_program_id)
    aid = allocation(engine, world, "500.00", budget_id=bid)
    rid = approved_request(engine, world, "500.01", alloc_id=aid)
    r = q.get_request(engine, world.manager, rid)
    assert r.approved_minor == 50001
    assert r.claim_due == r.end_date + timedelta(days=60)
    assert q.allocation_balance(engine, world.manager, aid).remaining_minor == -1


def test_partial_approval_and_claim_due(engine: Engine, world: World) -> None:
    rid = approved_request(engine, world, "200.00", "150.00")
    r = q.get_request(engine, world.partner_a_admin, rid)
    assert (r.status, r.approved_minor, r.decided_by) == (RequestStatus.APPROVED, 15000, "u-cm")
    assert r.claim_due == r.end_date + timedelta(days=30)
    assert r.decided_at is not None and r.submitted_at is not None


def test_cannot_approve_more_than_requested(engine: Engine, world: World) -> None:
    with pytest.raises(UserError, match="approved_exceeds_requested"):
        approved_request(engine, world, "200.00", "200.01")


def test_rejected_and_expired_requests_release_funds(engine: Engine, world: World) -> None:
    aid = allocation(engine, world, "500.00")
    rid = cmd.create_request(engine, world.partner_a_admin, request_input(aid, requested=D("500"))).id
    cmd.submit_request(engine, world.partner_a_admin, rid)
    with pytest.raises(UserError) as err:
        cmd.reject_request(engine, world.manager, rid, "  ")
    assert (err.value.code, err.value.params["field"]) == ("required", "reason")
    r = cmd.reject_request(engine, world.manager, rid, "Out of scope")
    assert (r.status, r.decision_reason) == (RequestStatus.REJECTED, "Out of scope")
    approved_request(engine, world, "500.00", alloc_id=aid)  # the rejected one holds nothing back


def test_partner_cannot_approve_or_reject(engine: Engine, world: World) -> None:
    aid = allocation(engine, world)
    rid = cmd.create_request(engine, world.partner_a_admin, request_input(aid)).id
    cmd.submit_request(engine, world.partner_a_admin, rid)
    before = counts(engine, *MDF_TABLES)
    with pytest.raises(PermissionDenied):
        cmd.approve_request(engine, world.partner_a_admin, rid)
    with pytest.raises(PermissionDenied):
        cmd.reject_request(engine, world.partner_a_admin, rid, "no")
    assert counts(engine, *MDF_TABLES) == before


def test_illegal_request_transition(engine: Engine, world: World) -> None:
    aid = allocation(engine, world)
    rid = cmd.create_request(engine, world.partner_a_admin, request_input(aid)).id
    with pytest.raises(IllegalTransition):
        cmd.approve_request(engine, world.manager, rid)  # still a draft
    with pytest.raises(IllegalTransition):
        cmd.expire_request(engine, world.manager, rid)


def test_approve_is_a_command_op(engine: Engine, world: World) -> None:
    rid = approved_request(engine, world)
    from sqlalchemy.orm import Session

    with Session(engine) as s:
        ops = s.scalars(select(OutboxOp).where(OutboxOp.row_id == rid).order_by(OutboxOp.client_seq)).all()
        actions = s.scalars(select(AuditEvent.action).where(AuditEvent.row_id == rid).order_by(AuditEvent.seq)).all()
    assert [(o.kind, o.command) for o in ops] == [("create", None), ("command", "submit"), ("command", "approve")]
    assert ops[2].fields == {"approved_minor": 20000}
    assert actions == ["create", "submit", "approve"]


def test_expire_only_after_claim_due(engine: Engine, world: World) -> None:
    rid = approved_request(engine, world)
    with pytest.raises(UserError, match="claim_deadline_not_passed"):
        cmd.expire_request(engine, world.manager, rid)


def test_overdue_request_takes_no_claim_and_expires_back_to_the_allocation(engine: Engine, world: World) -> None:
    aid = allocation(engine, world, "500.00")
    past = TODAY - timedelta(days=45)
    rid = cmd.create_request(
        engine,
        world.partner_a_admin,
        request_input(aid, start_date=past, end_date=past + timedelta(days=5), requested=D("500")),
    ).id
    cmd.submit_request(engine, world.partner_a_admin, rid)
    r = cmd.approve_request(engine, world.manager, rid)
    assert r.claim_due == TODAY - timedelta(days=10)
    assert q.allocation_balance(engine, world.manager, aid).remaining_minor == 0
    before = counts(engine, *MDF_TABLES)
    with pytest.raises(UserError) as err:
        claim(engine, world, rid)
    assert err.value.code == "claim_deadline_passed"
    assert counts(engine, *MDF_TABLES) == before
    with pytest.raises(PermissionDenied):
        cmd.expire_request(engine, world.partner_a_admin, rid)
    assert cmd.expire_request(engine, world.manager, rid).status == RequestStatus.EXPIRED
    assert q.allocation_balance(engine, world.manager, aid).remaining_minor == 50000


# --- claims ------------------------------------------------------------------------------------------


def test_claim_only_against_approved_request(engine: Engine, world: World) -> None:
    aid = allocation(engine, world)
    rid = cmd.create_request(engine, world.partner_a_admin, request_input(aid)).id
    before = counts(engine, *MDF_TABLES)
    with pytest.raises(UserError) as err:
        claim(engine, world, rid)
    assert (err.value.code, err.value.params["status"]) == ("request_not_approved", "draft")
    assert counts(engine, *MDF_TABLES) == before


def test_claims_up_to_the_approved_amount_exactly(engine: Engine, world: World) -> None:
    rid = approved_request(engine, world, "200.00", "100.00")
    claim(engine, world, rid, "60.00", "120.00")
    c2 = claim(engine, world, rid, "40.00", "80.00")  # 60 + 40 = 100: allowed
    before = counts(engine, *MDF_TABLES)
    with pytest.raises(UserError) as err:
        claim(engine, world, rid, "0.01", "0.02")
    assert err.value.code == "claim_exceeds_remaining"
    assert (err.value.params["remaining"], err.value.params["requested"]) == (0, 1)
    assert counts(engine, *MDF_TABLES) == before
    assert c2


def test_claim_one_unit_over_remaining(engine: Engine, world: World) -> None:
    rid = approved_request(engine, world, "200.00", "100.00")
    with pytest.raises(UserError, match="claim_exceeds_remaining"):
        claim(engine, world, rid, "100.01", "1000.00")


def test_claim_participation_cap_boundary(engine: Engine, world: World) -> None:
    rid = approved_request(engine, world, "200.00")
    before = counts(engine, *MDF_TABLES)
    with pytest.raises(UserError) as err:
        claim(engine, world, rid, "50.01", "100.00")  # 50 % of 100.00 = 50.00
    assert err.value.code == "claim_exceeds_cap"
    assert err.value.params["cap"] == 5000
    assert counts(engine, *MDF_TABLES) == before
    c = cmd.create_claim(engine, world.partner_a_admin, ClaimInput(rid, D("50.00"), D("100.00"), "EUR", "Done"))
    assert (c.claimed_minor, c.actual_cost_minor, c.status, c.summary) == (5000, 10000, ClaimStatus.DRAFT, "Done")


def test_rejected_claims_do_not_count(engine: Engine, world: World) -> None:
    rid = approved_request(engine, world, "100.00")
    cid = claim(engine, world, rid, "100.00", "200.00")
    cmd.add_cost_line(engine, world.partner_a_admin, CostLineInput(cid, "Booth", D("200"), "EUR"))
    _evidence(engine, world, cid)
    cmd.submit_claim(engine, world.partner_a_admin, cid)
    cmd.reject_claim(engine, world.manager, cid, "Invoice unreadable")
    assert claim(engine, world, rid, "100.00", "200.00")


BAD_CLAIMS: list[tuple[dict[str, Any], str, str]] = [
    ({"claimed": D("-1")}, "money_negative", "claimed"),
    ({"claimed": D("1.001")}, "money_too_precise", "claimed"),
    ({"actual_cost": 3.0}, "money_not_decimal", "actual_cost"),
    ({"actual_cost": D("-0.01")}, "money_negative", "actual_cost"),
    ({"currency": "QQQ"}, "unknown_currency", "currency"),
    ({"currency": "USD"}, "currency_mismatch", "currency"),
    ({"summary": "s" * 10_001}, "too_long", "summary"),
    ({"request_id": "missing"}, "unknown_reference", "request_id"),
]


@pytest.mark.parametrize(("over", "code", "field"), BAD_CLAIMS)
def test_bad_claim_input_writes_nothing(
    engine: Engine, world: World, over: dict[str, Any], code: str, field: str
) -> None:
    rid = approved_request(engine, world)
    values: dict[str, Any] = {"request_id": rid, "claimed": D("10"), "actual_cost": D("20"), "currency": "EUR"}
    values.update(over)
    before = counts(engine, *MDF_TABLES)
    with pytest.raises(UserError) as err:
        cmd.create_claim(engine, world.partner_a_admin, ClaimInput(**values))
    assert (err.value.code, err.value.params["field"]) == (code, field)
    assert counts(engine, *MDF_TABLES) == before


def test_update_claim_rechecks_amounts_excluding_itself(engine: Engine, world: World) -> None:
    rid = approved_request(engine, world, "100.00")
    cid = claim(engine, world, rid, "90.00", "200.00")
    c = cmd.update_claim(engine, world.partner_a_admin, cid, ClaimChanges(claimed=D("100.00")))
    assert c.claimed_minor == 10000
    with pytest.raises(UserError, match="claim_exceeds_remaining"):
        cmd.update_claim(engine, world.partner_a_admin, cid, ClaimChanges(claimed=D("100.01"), actual_cost=D("999")))
    with pytest.raises(UserError, match="claim_exceeds_cap"):
        cmd.update_claim(engine, world.partner_a_admin, cid, ClaimChanges(actual_cost=D("199.99")))
    with pytest.raises(UserError, match="currency_mismatch"):
        cmd.update_claim(engine, world.partner_a_admin, cid, ClaimChanges(currency="USD"))


def _evidence(
    engine: Engine,
    world: World,
    cid: str,
    kinds: tuple[str, ...] = ("photos", "invoice", "attendee_list", "summary"),
    blob_dir: Path | None = None,
) -> None:
    for kind in kinds:
        add_attachment(
            engine,
            world.partner_a_admin,
            "mdf_claims",
            cid,
            kind.encode(),
            blob_dir or _BLOBS[0],
            kind,
            file_name=f"{kind}.pdf",
        )


_BLOBS: list[Path] = []


@pytest.fixture(autouse=True)
def _blob_dir(tmp_path: Path) -> None:
    _BLOBS[:] = [tmp_path / "blobs"]


def test_submit_claim_needs_every_evidence_kind(engine: Engine, world: World) -> None:
    rid = approved_request(engine, world)
    cid = claim(engine, world, rid)
    _evidence(engine, world, cid, ("photos", "invoice"))
    before = counts(engine, *MDF_TABLES)
    with pytest.raises(UserError) as err:
        cmd.submit_claim(engine, world.partner_a_admin, cid)
    assert err.value.code == "evidence_missing"
    assert err.value.params["missing"] == ["attendee_list", "summary"]
    assert counts(engine, *MDF_TABLES) == before
    detail = q.claim_detail(engine, world.partner_a_admin, cid)
    assert detail.missing_evidence == ("attendee_list", "summary")
    _evidence(engine, world, cid, ("attendee_list", "summary"))
    c = cmd.submit_claim(engine, world.partner_a_admin, cid)
    assert c.status == ClaimStatus.SUBMITTED and c.submitted_at is not None


def test_claim_lifecycle_payments_and_detail(engine: Engine, world: World) -> None:
    rid = approved_request(engine, world, "200.00")
    cid = claim(engine, world, rid, "100.00", "200.00")
    cmd.add_cost_line(engine, world.partner_a_admin, CostLineInput(cid, "Booth", D("150.00"), "EUR", "INV-1"))
    cmd.add_cost_line(engine, world.partner_a_admin, CostLineInput(cid, "Catering", D("50.00"), "EUR"))
    _evidence(engine, world, cid)
    cmd.submit_claim(engine, world.partner_a_admin, cid)
    cmd.request_claim_info(engine, world.manager, cid, "Attendee count?")
    cmd.update_claim(engine, world.partner_a_admin, cid, ClaimChanges(summary="42 attendees"))
    cmd.submit_claim(engine, world.partner_a_admin, cid)
    with pytest.raises(UserError, match="approved_exceeds_requested"):
        cmd.approve_claim(engine, world.manager, cid, D("100.01"))
    c = cmd.approve_claim(engine, world.manager, cid, D("90.00"))
    assert (c.status, c.approved_minor, c.decided_by) == (ClaimStatus.APPROVED, 9000, "u-cm")
    with pytest.raises(UserError, match="not_editable"):
        cmd.update_claim(engine, world.partner_a_admin, cid, ClaimChanges(summary="edit after approval"))
    with pytest.raises(UserError, match="not_editable"):
        cmd.add_cost_line(engine, world.partner_a_admin, CostLineInput(cid, "Late", D("1"), "EUR"))
    with pytest.raises(PermissionDenied):
        cmd.record_payment(engine, world.partner_a_admin, PaymentInput(cid, D("1"), "EUR", TODAY, "X"))
    cmd.record_payment(engine, world.admin, PaymentInput(cid, D("40.00"), "EUR", TODAY, "PAY-1"))
    with pytest.raises(UserError) as err:
        cmd.record_payment(engine, world.admin, PaymentInput(cid, D("50.01"), "EUR", TODAY, "PAY-2"))
    assert (err.value.code, err.value.params["outstanding"]) == ("payment_exceeds_outstanding", 5000)
    with pytest.raises(UserError, match="currency_mismatch"):
        cmd.record_payment(engine, world.admin, PaymentInput(cid, D("50.00"), "USD", TODAY, "PAY-2"))
    cmd.record_payment(engine, world.admin, PaymentInput(cid, D("50.00"), "EUR", TODAY, "PAY-2"))
    detail = q.claim_detail(engine, world.partner_a_admin, cid)
    assert detail.claim.status == ClaimStatus.PAID
    assert [line.amount_minor for line in detail.cost_lines] == [15000, 5000]
    assert detail.cost_lines_total_minor == 20000
    assert [p.reference for p in detail.payments] == ["PAY-1", "PAY-2"]
    assert (detail.paid_minor, detail.outstanding_minor, detail.missing_evidence) == (9000, 0, ())
    with pytest.raises(UserError, match="claim_not_approved"):
        cmd.record_payment(engine, world.admin, PaymentInput(cid, D("0.01"), "EUR", TODAY, "PAY-3"))
    # approved 90.00 of 100.00 claimed: the request has 110.00 left to claim
    bal = q.allocation_balance(engine, world.manager, q.get_request(engine, world.manager, rid).allocation_id)
    assert (bal.allocation.amount_minor, bal.approved_minor, bal.claimed_minor, bal.remaining_minor) == (
        50000,
        20000,
        9000,
        30000,
    )
    assert claim(engine, world, rid, "110.00", "220.00")
    with pytest.raises(UserError, match="unknown_reference"):
        q.claim_detail(engine, world.partner_b_user, cid)
    assert q.list_claims(engine, world.partner_b_user) == ()
    assert len(q.list_claims(engine, world.partner_a_admin, request_id=rid)) == 2


BAD_COST_LINES: list[tuple[dict[str, Any], str, str]] = [
    ({"amount": D("-1")}, "money_negative", "amount"),
    ({"amount": D("0")}, "money_zero", "amount"),
    ({"amount": D("0.001")}, "money_too_precise", "amount"),
    ({"currency": "ZZZ"}, "unknown_currency", "currency"),
    ({"currency": "GBP"}, "currency_mismatch", "currency"),
    ({"description": "x" * 201}, "too_long", "description"),
    ({"invoice_ref": "x" * 81}, "too_long", "invoice_ref"),
    ({"claim_id": "missing"}, "unknown_reference", "claim_id"),
]


@pytest.mark.parametrize(("over", "code", "field"), BAD_COST_LINES)
def test_bad_cost_line_writes_nothing(
    engine: Engine, world: World, over: dict[str, Any], code: str, field: str
) -> None:
    cid = claim(engine, world, approved_request(engine, world))
    values: dict[str, Any] = {"claim_id": cid, "description": "Booth", "amount": D("10"), "currency": "EUR"}
    values.update(over)
    before = counts(engine, *MDF_TABLES)
    with pytest.raises(UserError) as err:
        cmd.add_cost_line(engine, world.partner_a_admin, CostLineInput(**values))
    assert (err.value.code, err.value.params["field"]) == (code, field)
    assert counts(engine, *MDF_TABLES) == before


def test_other_partner_cannot_touch_claim(engine: Engine, world: World) -> None:
    rid = approved_request(engine, world)
    with pytest.raises(PermissionDenied):
        cmd.create_claim(engine, world.partner_b_user, ClaimInput(rid, D("1"), D("2"), "EUR"))
    cid = claim(engine, world, rid)
    before = counts(engine, *MDF_TABLES)
    with pytest.raises(PermissionDenied):
        cmd.add_cost_line(engine, world.partner_b_user, CostLineInput(cid, "x", D("1"), "EUR"))
    with pytest.raises(PermissionDenied):
        cmd.update_claim(engine, world.partner_b_user, cid, ClaimChanges(summary="x"))
    assert counts(engine, *MDF_TABLES) == before


def test_payments_are_insert_only_and_command_fields_guarded(engine: Engine, world: World) -> None:
    from workbench.db.uow import UnitOfWork
    from workbench.mdf.models import Claim, FundRequest, Payment

    rid = approved_request(engine, world)
    with pytest.raises(RuntimeError, match="only through a command"), UnitOfWork(engine, world.admin) as uow:
        uow.get(FundRequest, rid).approved_minor = 1
    cid = claim(engine, world, rid)
    with pytest.raises(RuntimeError, match="only through a command"), UnitOfWork(engine, world.admin) as uow:
        uow.get(Claim, cid).status = "approved"
    _evidence(engine, world, cid)
    cmd.submit_claim(engine, world.partner_a_admin, cid)
    cmd.approve_claim(engine, world.manager, cid)
    pid = cmd.record_payment(engine, world.admin, PaymentInput(cid, D("1.00"), "EUR", TODAY, "P")).id
    with pytest.raises(RuntimeError, match="append-only"), UnitOfWork(engine, world.admin) as uow:
        uow.get(Payment, pid).amount_minor = 2
