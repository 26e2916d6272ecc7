"""MDF writes. Every command validates its plain inputs, then checks references, permissions and the
amount rules inside one unit of work; a refusal raises `UserError` and writes nothing."""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal
from typing import Any, TypeVar

from sqlalchemy import Engine, column, func, select, table
from sqlalchemy.orm import Session

from workbench import validation
from workbench.db.base import Base
from workbench.db.uow import UnitOfWork
from workbench.errors import NotFound, UserError
from workbench.mdf import rules
from workbench.mdf.evidence import missing_evidence
from workbench.mdf.models import ApprovalLimit, Claim, CostLine, FundRequest, MdfAllocation, MdfBudget, Payment
from workbench.mdf.queries import (
    allocated_total,
    allocation_dto,
    approved_total,
    budget_dto,
    claim_dto,
    claimed_total,
    cost_line_dto,
    evidence_kinds,
    paid_total,
    payment_dto,
    request_dto,
)
from workbench.mdf.states import Kind, transition
from workbench.mdf.types import (
    ActivityType,
    AllocationDTO,
    AllocationInput,
    ApprovalLimitDTO,
    BudgetDTO,
    BudgetInput,
    ClaimChanges,
    ClaimDTO,
    ClaimInput,
    ClaimStatus,
    CostLineDTO,
    CostLineInput,
    PaymentDTO,
    PaymentInput,
    RequestChanges,
    RequestDTO,
    RequestInput,
    RequestStatus,
)
from workbench.programs.models import Program
from workbench.security.roles import Actor, Role

T = TypeVar("T", bound=Base)

ACTIVITY_TYPES = frozenset(str(a) for a in ActivityType)
REQUEST_EDITABLE = frozenset({RequestStatus.DRAFT, RequestStatus.INFO_REQUESTED})
CLAIM_EDITABLE = frozenset({ClaimStatus.DRAFT, ClaimStatus.INFO_REQUESTED})
MAX_LONG_TEXT = validation.MAX_TEXT

_partners = table("partners", column("id"), column("deleted_at"))


# --- helpers ---------------------------------------------------------------------------------------


def _money(amount: Decimal, currency_code: str, field: str, *, allow_zero: bool = False) -> int:
    minor = validation.money_to_minor(amount, currency_code, field)
    return validation.minor_amount(minor, field, allow_zero=allow_zero)


def _ref(uow: UnitOfWork, model: type[T], row_id: str, field: str) -> T:
    try:
        return uow.get(model, row_id)
    except NotFound:
        raise UserError("unknown_reference", field=field, id=row_id) from None


def _require_partner(session: Session, partner_id: str) -> None:
    found = session.execute(
        select(_partners.c.id).where(_partners.c.id == partner_id, _partners.c.deleted_at.is_(None))
    ).first()
    if found is None:
        raise UserError("unknown_reference", field="partner_id", id=partner_id)


def _program_of_allocation(uow: UnitOfWork, allocation: MdfAllocation) -> Program:
    budget = uow.get(MdfBudget, allocation.budget_id, include_deleted=True)
    return uow.get(Program, budget.program_id, include_deleted=True)


def _program_of_request(uow: UnitOfWork, request: FundRequest) -> tuple[MdfAllocation, Program]:
    allocation = uow.get(MdfAllocation, request.allocation_id, include_deleted=True)
    return allocation, _program_of_allocation(uow, allocation)


def _step(kind: Kind, obj: FundRequest | Claim, action: str, actor: Actor) -> str:
    return transition(kind, obj.status, action, actor.role)


def _reason(value: str | None, *, required: bool) -> str | None:
    return validation.text(value, "reason", max_len=MAX_LONG_TEXT, required=required)


def approver_limit(session: Session, program_id: str, user_id: str) -> ApprovalLimit | None:
    return session.scalar(
        select(ApprovalLimit).where(
            ApprovalLimit.program_id == program_id,
            ApprovalLimit.user_id == user_id,
            ApprovalLimit.deleted_at.is_(None),
        )
    )


def check_approver_limit(session: Session, actor: Actor, program: Program, amount_minor: int, currency: str) -> None:
    """A channel manager approves only up to their limit in the program (DOMAIN.md: "an approver has an
    approval limit"); above it the approval is refused (approval_limit_exceeded, limit=, amount=, currency=)
    and an admin has to approve. Admins are not capped; an approver without a limit row is not capped."""
    if actor.role != Role.CHANNEL_MANAGER:
        return
    limit = approver_limit(session, program.id, actor.user_id)
    if limit is None:
        return
    rates = dict(program.fx_rates or {}) if limit.currency == program.currency else {}
    converted = rules.convert_minor_up(amount_minor, currency, limit.currency, rates)
    rules.check_within_approval_limit(limit.amount_minor, limit.currency, converted)


# --- budgets and allocations -------------------------------------------------------------------------


def create_budget(engine: Engine, actor: Actor, data: BudgetInput, *, replica: bool = True) -> BudgetDTO:
    actor.require_role("create_budget", Role.ADMIN)
    name = validation.required_text(data.name, "name")
    cur = validation.currency(data.currency)
    amount = _money(data.amount, cur, "amount", allow_zero=True)
    validation.date_range(data.period_start, data.period_end, start_field="period_start", end_field="period_end")
    with UnitOfWork(engine, actor, replica=replica) as uow:
        _ref(uow, Program, data.program_id, "program_id")
        budget = uow.add(
            MdfBudget(
                program_id=data.program_id,
                name=name,
                period_start=data.period_start,
                period_end=data.period_end,
                amount_minor=amount,
                currency=cur,
                partner_id=None,
            )
        )
        uow.flush()
        return budget_dto(budget)


def allocate(engine: Engine, actor: Actor, data: AllocationInput, *, replica: bool = True) -> AllocationDTO:
    """Give part of a budget to a partner: same currency, and all allocations together <= the budget."""
    actor.require_vendor("allocate")
    cur = validation.currency(data.currency)
    amount = _money(data.amount, cur, "amount")
    with UnitOfWork(engine, actor, replica=replica) as uow:
        budget = _ref(uow, MdfBudget, data.budget_id, "budget_id")
        _require_partner(uow.session, data.partner_id)
        rules.check_currency(budget.currency, cur)
        rules.check_allocation_within_budget(budget.amount_minor, allocated_total(uow.session, budget.id), amount)
        allocation = uow.add(
            MdfAllocation(budget_id=budget.id, partner_id=data.partner_id, amount_minor=amount, currency=cur)
        )
        uow.flush()
        return allocation_dto(allocation)


# --- fund requests -----------------------------------------------------------------------------------


def create_request(engine: Engine, actor: Actor, data: RequestInput, *, replica: bool = True) -> RequestDTO:
    activity = validation.choice(data.activity_type, ACTIVITY_TYPES, "activity_type")
    title = validation.required_text(data.title, "title")
    description = validation.text(data.description, "description", max_len=MAX_LONG_TEXT, required=False)
    validation.date_range(data.start_date, data.end_date, start_field="start_date", end_field="end_date")
    cur = validation.currency(data.currency)
    requested = _money(data.requested, cur, "requested")
    with UnitOfWork(engine, actor, replica=replica) as uow:
        allocation = _ref(uow, MdfAllocation, data.allocation_id, "allocation_id")
        actor.require_partner_access("create_request", allocation.partner_id)
        rules.check_currency(allocation.currency, cur)
        req = uow.add(
            FundRequest(
                allocation_id=allocation.id,
                partner_id=allocation.partner_id,
                activity_type=activity,
                title=title,
                description=description,
                start_date=data.start_date,
                end_date=data.end_date,
                requested_minor=requested,
                currency=cur,
                status=RequestStatus.DRAFT,
            )
        )
        uow.flush()
        return request_dto(req)


def update_request(
    engine: Engine, actor: Actor, request_id: str, changes: RequestChanges, *, replica: bool = True
) -> RequestDTO:
    """Edit a request while it is a draft or the vendor asked for more information."""
    with UnitOfWork(engine, actor, replica=replica) as uow:
        req = _ref(uow, FundRequest, request_id, "request_id")
        actor.require_partner_access("update_request", req.partner_id)
        if req.status not in REQUEST_EDITABLE:
            raise UserError("not_editable", field="status", status=req.status)
        values: dict[str, Any] = {}
        if changes.activity_type is not None:
            values["activity_type"] = validation.choice(changes.activity_type, ACTIVITY_TYPES, "activity_type")
        if changes.title is not None:
            values["title"] = validation.required_text(changes.title, "title")
        if changes.description is not None:
            values["description"] = validation.text(
                changes.description, "description", max_len=MAX_LONG_TEXT, required=False
            )
        start = changes.start_date if changes.start_date is not None else req.start_date
        end = changes.end_date if changes.end_date is not None else req.end_date
        validation.date_range(start, end, start_field="start_date", end_field="end_date")
        values["start_date"], values["end_date"] = start, end
        cur = validation.currency(changes.currency) if changes.currency is not None else req.currency
        rules.check_currency(req.currency, cur)
        if changes.requested is not None:
            values["requested_minor"] = _money(changes.requested, cur, "requested")
        for key, value in values.items():
            setattr(req, key, value)
        uow.flush()
        return request_dto(req)


def submit_request(engine: Engine, actor: Actor, request_id: str, *, replica: bool = True) -> RequestDTO:
    with UnitOfWork(engine, actor, replica=replica) as uow:
        req = _ref(uow, FundRequest, request_id, "request_id")
        actor.require_partner_access("submit_request", req.partner_id)
        target = _step("request", req, "submit", actor)
        with uow.command(req, "submit"):
            req.status = target
            req.submitted_at = uow.now
        return request_dto(req)


def request_request_info(
    engine: Engine, actor: Actor, request_id: str, reason: str, *, replica: bool = True
) -> RequestDTO:
    text = _reason(reason, required=True)
    with UnitOfWork(engine, actor, replica=replica) as uow:
        req = _ref(uow, FundRequest, request_id, "request_id")
        target = _step("request", req, "request_info", actor)
        with uow.command(req, "request_info", reason=text):
            req.status = target
            req.decision_reason = text
        return request_dto(req)


def approve_request(
    engine: Engine,
    actor: Actor,
    request_id: str,
    approved: Decimal | None = None,
    *,
    reason: str | None = None,
    replica: bool = True,
) -> RequestDTO:
    """Approve all or part of the requested amount within the allocation balance; sets the claim deadline."""
    note = _reason(reason, required=False)
    with UnitOfWork(engine, actor, replica=replica) as uow:
        req = _ref(uow, FundRequest, request_id, "request_id")
        target = _step("request", req, "approve", actor)
        amount = req.requested_minor if approved is None else _money(approved, req.currency, "approved")
        rules.check_approved_within(req.requested_minor, amount)
        allocation, program = _program_of_request(uow, req)
        rules.check_request_within_balance(
            allocation.amount_minor,
            approved_total(uow.session, allocation.id, exclude_id=req.id),
            amount,
            allow_negative_balance=program.allow_negative_balance,
        )
        check_approver_limit(uow.session, actor, program, amount, req.currency)
        due = req.end_date + timedelta(days=program.claim_deadline_days)
        with uow.command(req, "approve", approved_minor=amount):
            req.status = target
            req.approved_minor = amount
            req.decided_at = uow.now
            req.decided_by = actor.user_id
            req.decision_reason = note
            req.claim_due = due
        return request_dto(req)


def reject_request(engine: Engine, actor: Actor, request_id: str, reason: str, *, replica: bool = True) -> RequestDTO:
    text = _reason(reason, required=True)
    with UnitOfWork(engine, actor, replica=replica) as uow:
        req = _ref(uow, FundRequest, request_id, "request_id")
        target = _step("request", req, "reject", actor)
        with uow.command(req, "reject", reason=text):
            req.status = target
            req.decided_at = uow.now
            req.decided_by = actor.user_id
            req.decision_reason = text
        return request_dto(req)


def expire_request(engine: Engine, actor: Actor, request_id: str, *, replica: bool = True) -> RequestDTO:
    """Approved funds not claimed by the claim deadline go back to the allocation."""
    with UnitOfWork(engine, actor, replica=replica) as uow:
        req = _ref(uow, FundRequest, request_id, "request_id")
        target = _step("request", req, "expire", actor)
        if req.claim_due is None or uow.now.date() <= req.claim_due:
            raise UserError(
                "claim_deadline_not_passed",
                field="claim_due",
                claim_due=req.claim_due.isoformat() if req.claim_due else None,
            )
        if claimed_total(uow.session, req.id) > 0:
            raise UserError("request_has_claims", field="request_id", id=req.id)
        with uow.command(req, "expire"):
            req.status = target
        return request_dto(req)


# --- claims ------------------------------------------------------------------------------------------


def _check_claim_amounts(
    uow: UnitOfWork, req: FundRequest, claimed: int, actual_cost: int, *, exclude_id: str | None = None
) -> None:
    _, program = _program_of_request(uow, req)
    assert req.approved_minor is not None
    rules.check_claim_within_remaining(
        req.approved_minor, claimed_total(uow.session, req.id, exclude_id=exclude_id), claimed
    )
    rules.check_claim_within_cap(claimed, actual_cost, program.participation_rate_bp)


def create_claim(engine: Engine, actor: Actor, data: ClaimInput, *, replica: bool = True) -> ClaimDTO:
    """A draft claim against an approved request, within its remaining amount and the participation cap."""
    cur = validation.currency(data.currency)
    claimed = _money(data.claimed, cur, "claimed")
    actual = _money(data.actual_cost, cur, "actual_cost")
    summary = validation.text(data.summary, "summary", max_len=MAX_LONG_TEXT, required=False)
    with UnitOfWork(engine, actor, replica=replica) as uow:
        req = _ref(uow, FundRequest, data.request_id, "request_id")
        actor.require_partner_access("create_claim", req.partner_id)
        if req.status != RequestStatus.APPROVED:
            raise UserError("request_not_approved", field="request_id", status=req.status)
        if req.claim_due is not None and uow.now.date() > req.claim_due:
            raise UserError("claim_deadline_passed", field="request_id", claim_due=req.claim_due.isoformat())
        rules.check_currency(req.currency, cur)
        _check_claim_amounts(uow, req, claimed, actual)
        claim = uow.add(
            Claim(
                request_id=req.id,
                partner_id=req.partner_id,
                claimed_minor=claimed,
                actual_cost_minor=actual,
                currency=cur,
                status=ClaimStatus.DRAFT,
                summary=summary,
            )
        )
        uow.flush()
        return claim_dto(claim)


def update_claim(
    engine: Engine, actor: Actor, claim_id: str, changes: ClaimChanges, *, replica: bool = True
) -> ClaimDTO:
    """Edit a claim in draft or when information was requested; never once approved."""
    with UnitOfWork(engine, actor, replica=replica) as uow:
        claim = _ref(uow, Claim, claim_id, "claim_id")
        actor.require_partner_access("update_claim", claim.partner_id)
        if claim.status not in CLAIM_EDITABLE:
            raise UserError("not_editable", field="status", status=claim.status)
        cur = validation.currency(changes.currency) if changes.currency is not None else claim.currency
        rules.check_currency(claim.currency, cur)
        claimed = _money(changes.claimed, cur, "claimed") if changes.claimed is not None else claim.claimed_minor
        actual = (
            _money(changes.actual_cost, cur, "actual_cost")
            if changes.actual_cost is not None
            else claim.actual_cost_minor
        )
        summary = (
            validation.text(changes.summary, "summary", max_len=MAX_LONG_TEXT, required=False)
            if changes.summary is not None
            else claim.summary
        )
        req = uow.get(FundRequest, claim.request_id, include_deleted=True)
        _check_claim_amounts(uow, req, claimed, actual, exclude_id=claim.id)
        claim.claimed_minor, claim.actual_cost_minor, claim.summary = claimed, actual, summary
        uow.flush()
        return claim_dto(claim)


def add_cost_line(engine: Engine, actor: Actor, data: CostLineInput, *, replica: bool = True) -> CostLineDTO:
    description = validation.required_text(data.description, "description")
    cur = validation.currency(data.currency)
    amount = _money(data.amount, cur, "amount")
    invoice_ref = validation.text(data.invoice_ref, "invoice_ref", max_len=validation.MAX_SHORT, required=False)
    with UnitOfWork(engine, actor, replica=replica) as uow:
        claim = _ref(uow, Claim, data.claim_id, "claim_id")
        actor.require_partner_access("add_cost_line", claim.partner_id)
        if claim.status not in CLAIM_EDITABLE:
            raise UserError("not_editable", field="status", status=claim.status)
        rules.check_currency(claim.currency, cur)
        line = uow.add(
            CostLine(
                claim_id=claim.id,
                partner_id=claim.partner_id,
                description=description,
                amount_minor=amount,
                currency=cur,
                invoice_ref=invoice_ref,
            )
        )
        uow.flush()
        return cost_line_dto(line)


def submit_claim(engine: Engine, actor: Actor, claim_id: str, *, replica: bool = True) -> ClaimDTO:
    """Submit a claim; refused (evidence_missing, missing=[...]) while required proof is missing."""
    with UnitOfWork(engine, actor, replica=replica) as uow:
        claim = _ref(uow, Claim, claim_id, "claim_id")
        actor.require_partner_access("submit_claim", claim.partner_id)
        target = _step("claim", claim, "submit", actor)
        req = uow.get(FundRequest, claim.request_id, include_deleted=True)
        missing = missing_evidence(req.activity_type, evidence_kinds(uow.session, claim.id))
        if missing:
            raise UserError("evidence_missing", field="evidence", missing=list(missing))
        with uow.command(claim, "submit"):
            claim.status = target
            claim.submitted_at = uow.now
        return claim_dto(claim)


def request_claim_info(engine: Engine, actor: Actor, claim_id: str, reason: str, *, replica: bool = True) -> ClaimDTO:
    text = _reason(reason, required=True)
    with UnitOfWork(engine, actor, replica=replica) as uow:
        claim = _ref(uow, Claim, claim_id, "claim_id")
        target = _step("claim", claim, "request_info", actor)
        with uow.command(claim, "request_info", reason=text):
            claim.status = target
            claim.decision_reason = text
        return claim_dto(claim)


def approve_claim_in(uow: UnitOfWork, actor: Actor, claim_id: str, approved: Decimal | None, note: str | None) -> Claim:
    """Approve inside an open unit of work (also used by the countersigning approval): the state machine,
    approved <= claimed, the request's remaining amount, the participation cap and the approver's limit."""
    claim = _ref(uow, Claim, claim_id, "claim_id")
    target = _step("claim", claim, "approve", actor)
    amount = claim.claimed_minor if approved is None else _money(approved, claim.currency, "approved")
    rules.check_approved_within(claim.claimed_minor, amount)
    req = uow.get(FundRequest, claim.request_id, include_deleted=True)
    _check_claim_amounts(uow, req, amount, claim.actual_cost_minor, exclude_id=claim.id)
    _, program = _program_of_request(uow, req)
    check_approver_limit(uow.session, actor, program, amount, claim.currency)
    with uow.command(claim, "approve", approved_minor=amount):
        claim.status = target
        claim.approved_minor = amount
        claim.decided_at = uow.now
        claim.decided_by = actor.user_id
        claim.decision_reason = note
    return claim


def approve_claim(
    engine: Engine,
    actor: Actor,
    claim_id: str,
    approved: Decimal | None = None,
    *,
    reason: str | None = None,
    replica: bool = True,
) -> ClaimDTO:
    note = _reason(reason, required=False)
    with UnitOfWork(engine, actor, replica=replica) as uow:
        return claim_dto(approve_claim_in(uow, actor, claim_id, approved, note))


def reject_claim(engine: Engine, actor: Actor, claim_id: str, reason: str, *, replica: bool = True) -> ClaimDTO:
    text = _reason(reason, required=True)
    with UnitOfWork(engine, actor, replica=replica) as uow:
        claim = _ref(uow, Claim, claim_id, "claim_id")
        target = _step("claim", claim, "reject", actor)
        with uow.command(claim, "reject", reason=text):
            claim.status = target
            claim.decided_at = uow.now
            claim.decided_by = actor.user_id
            claim.decision_reason = text
        return claim_dto(claim)


def record_payment(engine: Engine, actor: Actor, data: PaymentInput, *, replica: bool = True) -> PaymentDTO:
    """Record one payment of an approved claim; the claim becomes paid once payments reach the approved amount."""
    actor.require_vendor("record_payment")
    cur = validation.currency(data.currency)
    amount = _money(data.amount, cur, "amount")
    reference = validation.required_text(data.reference, "reference", max_len=validation.MAX_SHORT)
    with UnitOfWork(engine, actor, replica=replica) as uow:
        claim = _ref(uow, Claim, data.claim_id, "claim_id")
        if claim.status != ClaimStatus.APPROVED or claim.approved_minor is None:
            raise UserError("claim_not_approved", field="claim_id", status=claim.status)
        rules.check_currency(claim.currency, cur)
        paid = paid_total(uow.session, claim.id)
        rules.check_payment_within(claim.approved_minor, paid, amount)
        payment = uow.add(
            Payment(
                claim_id=claim.id,
                partner_id=claim.partner_id,
                amount_minor=amount,
                currency=cur,
                paid_on=data.paid_on,
                reference=reference,
            )
        )
        uow.flush()
        if paid + amount == claim.approved_minor:
            target = _step("claim", claim, "pay", actor)
            with uow.command(claim, "pay", payment_id=payment.id):
                claim.status = target
        return payment_dto(payment)


# --- approver limits -------------------------------------------------------------------------------


def approval_limit_dto(row: ApprovalLimit) -> ApprovalLimitDTO:
    return ApprovalLimitDTO(
        id=row.id,
        program_id=row.program_id,
        user_id=row.user_id,
        amount_minor=row.amount_minor,
        currency=row.currency,
        version=row.version,
    )


def set_approval_limit(
    engine: Engine,
    actor: Actor,
    program_id: str,
    user_id: str,
    amount: Decimal | None,
    *,
    replica: bool = True,
) -> ApprovalLimitDTO | None:
    """Set (or with amount=None remove) an approver's limit in a program, in the program's currency.
    Admins only."""
    actor.require_role("set_approval_limit", Role.ADMIN)
    user = validation.required_text(user_id, "user_id", max_len=64)
    with UnitOfWork(engine, actor, replica=replica) as uow:
        program = _ref(uow, Program, program_id, "program_id")
        minor = None if amount is None else _money(amount, program.currency, "amount", allow_zero=True)
        row = approver_limit(uow.session, program.id, user)
        if minor is None:
            if row is not None:
                uow.soft_delete(row)
            return None
        if row is None:
            row = uow.add(
                ApprovalLimit(
                    program_id=program.id, user_id=user, amount_minor=minor, currency=program.currency, partner_id=None
                )
            )
        else:
            row.amount_minor, row.currency = minor, program.currency
        uow.flush()
        return approval_limit_dto(row)


# --- row checks: the server re-checks pushed creates and patches -------------------------------------
#
# A laptop writes MDF rows only through the commands above; what reaches the server is the resulting row
# (a generic create or patch op). These functions apply the same rules to such a row, with the pushing
# user as `uow.actor`; sync.server.validators runs them after the op's values were set on `obj` (before
# flush). A refusal raises the command's own UserError code.


def validate_budget_row(uow: UnitOfWork, obj: MdfBudget, created: bool) -> None:
    uow.actor.require_role("create_budget", Role.ADMIN)
    validation.date_range(obj.period_start, obj.period_end, start_field="period_start", end_field="period_end")
    if not created:
        allocated = allocated_total(uow.session, obj.id)
        if obj.amount_minor < allocated:
            raise UserError("budget_below_allocated", field="amount_minor", allocated=allocated)


def validate_allocation_row(uow: UnitOfWork, obj: MdfAllocation, created: bool) -> None:
    uow.actor.require_vendor("allocate")
    budget = _ref(uow, MdfBudget, obj.budget_id, "budget_id")
    rules.check_currency(budget.currency, obj.currency)
    validation.minor_amount(obj.amount_minor, "amount_minor", allow_zero=False)
    rules.check_allocation_within_budget(
        budget.amount_minor, allocated_total(uow.session, budget.id, exclude_id=obj.id), obj.amount_minor
    )


def validate_request_row(uow: UnitOfWork, obj: FundRequest, created: bool) -> None:
    uow.actor.require_partner_access("create_request" if created else "update_request", obj.partner_id)
    allocation = _ref(uow, MdfAllocation, obj.allocation_id, "allocation_id")
    validation.choice(obj.activity_type, ACTIVITY_TYPES, "activity_type")
    validation.date_range(obj.start_date, obj.end_date, start_field="start_date", end_field="end_date")
    rules.check_currency(allocation.currency, obj.currency)
    validation.minor_amount(obj.requested_minor, "requested_minor", allow_zero=False)


def validate_claim_row(uow: UnitOfWork, obj: Claim, created: bool) -> None:
    uow.actor.require_partner_access("create_claim" if created else "update_claim", obj.partner_id)
    req = _ref(uow, FundRequest, obj.request_id, "request_id")
    if created:
        if req.status != RequestStatus.APPROVED:
            raise UserError("request_not_approved", field="request_id", status=req.status)
        if req.claim_due is not None and uow.now.date() > req.claim_due:
            raise UserError("claim_deadline_passed", field="request_id", claim_due=req.claim_due.isoformat())
    rules.check_currency(req.currency, obj.currency)
    validation.minor_amount(obj.claimed_minor, "claimed_minor", allow_zero=False)
    validation.minor_amount(obj.actual_cost_minor, "actual_cost_minor", allow_zero=False)
    _check_claim_amounts(uow, req, obj.claimed_minor, obj.actual_cost_minor, exclude_id=obj.id)


def validate_cost_line_row(uow: UnitOfWork, obj: CostLine, created: bool) -> None:
    claim = _ref(uow, Claim, obj.claim_id, "claim_id")
    uow.actor.require_partner_access("add_cost_line", claim.partner_id)
    if claim.status not in CLAIM_EDITABLE:
        raise UserError("not_editable", field="status", status=claim.status)
    rules.check_currency(claim.currency, obj.currency)
    validation.minor_amount(obj.amount_minor, "amount_minor", allow_zero=False)


def validate_payment_row(uow: UnitOfWork, obj: Payment, created: bool) -> None:
    uow.actor.require_vendor("record_payment")
    claim = _ref(uow, Claim, obj.claim_id, "claim_id")
    if claim.status != ClaimStatus.APPROVED or claim.approved_minor is None:
        raise UserError("claim_not_approved", field="claim_id", status=claim.status)
    rules.check_currency(claim.currency, obj.currency)
    validation.minor_amount(obj.amount_minor, "amount_minor", allow_zero=False)
    paid = uow.session.scalar(
        select(func.coalesce(func.sum(Payment.amount_minor), 0)).where(
            Payment.claim_id == claim.id, Payment.id != obj.id, Payment.deleted_at.is_(None)
        )
    )
    rules.check_payment_within(claim.approved_minor, int(paid or 0), obj.amount_minor)


def validate_approval_limit_row(uow: UnitOfWork, obj: ApprovalLimit, created: bool) -> None:
    uow.actor.require_role("set_approval_limit", Role.ADMIN)
    program = _ref(uow, Program, obj.program_id, "program_id")
    rules.check_currency(program.currency, obj.currency)
    validation.required_text(obj.user_id, "user_id", max_len=64)


ROW_CHECKS: dict[str, Any] = {
    "mdf_budgets": validate_budget_row,
    "mdf_allocations": validate_allocation_row,
    "mdf_requests": validate_request_row,
    "mdf_claims": validate_claim_row,
    "mdf_cost_lines": validate_cost_line_row,
    "mdf_payments": validate_payment_row,
    "mdf_approval_limits": validate_approval_limit_row,
}
