"""MDF reads: live balances (computed in SQL), requests and claims per partner, claim detail.
Partner roles see only their own partner's rows; budgets are vendor-wide and visible to everyone."""

from __future__ import annotations

from sqlalchemy import Engine, func, select
from sqlalchemy.orm import Session

from workbench.errors import UserError
from workbench.mdf.evidence import missing_evidence
from workbench.mdf.models import Claim, CostLine, FundRequest, MdfAllocation, MdfBudget, Payment
from workbench.mdf.types import (
    ActivityType,
    AllocationBalanceDTO,
    AllocationDTO,
    BudgetBalanceDTO,
    BudgetDTO,
    ClaimDetailDTO,
    ClaimDTO,
    ClaimStatus,
    CostLineDTO,
    PaymentDTO,
    RequestDTO,
    RequestStatus,
)
from workbench.records.models import Attachment
from workbench.security.roles import Actor

# --- DTO conversion ------------------------------------------------------------------------------


def budget_dto(b: MdfBudget) -> BudgetDTO:
    return BudgetDTO(
        id=b.id,
        program_id=b.program_id,
        name=b.name,
        period_start=b.period_start,
        period_end=b.period_end,
        amount_minor=b.amount_minor,
        currency=b.currency,
        version=b.version,
    )


def allocation_dto(a: MdfAllocation) -> AllocationDTO:
    assert a.partner_id is not None
    return AllocationDTO(
        id=a.id,
        budget_id=a.budget_id,
        partner_id=a.partner_id,
        amount_minor=a.amount_minor,
        currency=a.currency,
        version=a.version,
    )


def request_dto(r: FundRequest) -> RequestDTO:
    assert r.partner_id is not None
    return RequestDTO(
        id=r.id,
        allocation_id=r.allocation_id,
        partner_id=r.partner_id,
        activity_type=ActivityType(r.activity_type),
        title=r.title,
        description=r.description,
        start_date=r.start_date,
        end_date=r.end_date,
        requested_minor=r.requested_minor,
        approved_minor=r.approved_minor,
        currency=r.currency,
        status=RequestStatus(r.status),
        submitted_at=r.submitted_at,
        decided_at=r.decided_at,
        decided_by=r.decided_by,
        decision_reason=r.decision_reason,
        claim_due=r.claim_due,
        version=r.version,
    )


def claim_dto(c: Claim) -> ClaimDTO:
    assert c.partner_id is not None
    return ClaimDTO(
        id=c.id,
        request_id=c.request_id,
        partner_id=c.partner_id,
        claimed_minor=c.claimed_minor,
        actual_cost_minor=c.actual_cost_minor,
        approved_minor=c.approved_minor,
        currency=c.currency,
        status=ClaimStatus(c.status),
        submitted_at=c.submitted_at,
        decided_at=c.decided_at,
        decided_by=c.decided_by,
        decision_reason=c.decision_reason,
        summary=c.summary,
        version=c.version,
    )


def cost_line_dto(line: CostLine) -> CostLineDTO:
    assert line.partner_id is not None
    return CostLineDTO(
        id=line.id,
        claim_id=line.claim_id,
        partner_id=line.partner_id,
        description=line.description,
        amount_minor=line.amount_minor,
        currency=line.currency,
        invoice_ref=line.invoice_ref,
    )


def payment_dto(p: Payment) -> PaymentDTO:
    assert p.partner_id is not None
    return PaymentDTO(
        id=p.id,
        claim_id=p.claim_id,
        partner_id=p.partner_id,
        amount_minor=p.amount_minor,
        currency=p.currency,
        paid_on=p.paid_on,
        reference=p.reference,
    )


# --- sums shared with the commands ---------------------------------------------------------------


def allocated_total(session: Session, budget_id: str, *, exclude_id: str | None = None) -> int:
    stmt = select(func.coalesce(func.sum(MdfAllocation.amount_minor), 0)).where(
        MdfAllocation.budget_id == budget_id, MdfAllocation.deleted_at.is_(None)
    )
    if exclude_id is not None:
        stmt = stmt.where(MdfAllocation.id != exclude_id)
    return int(session.scalar(stmt) or 0)


def approved_total(session: Session, allocation_id: str, *, exclude_id: str | None = None) -> int:
    """Approved amounts of the allocation's approved requests (rejected and expired ones release funds)."""
    stmt = select(func.coalesce(func.sum(FundRequest.approved_minor), 0)).where(
        FundRequest.allocation_id == allocation_id,
        FundRequest.status == RequestStatus.APPROVED,
        FundRequest.deleted_at.is_(None),
    )
    if exclude_id is not None:
        stmt = stmt.where(FundRequest.id != exclude_id)
    return int(session.scalar(stmt) or 0)


def claimed_total(session: Session, request_id: str, *, exclude_id: str | None = None) -> int:
    """What the request's non-rejected claims claim (approved amount once a claim is approved)."""
    amount = func.coalesce(Claim.approved_minor, Claim.claimed_minor)
    stmt = select(func.coalesce(func.sum(amount), 0)).where(
        Claim.request_id == request_id, Claim.status != ClaimStatus.REJECTED, Claim.deleted_at.is_(None)
    )
    if exclude_id is not None:
        stmt = stmt.where(Claim.id != exclude_id)
    return int(session.scalar(stmt) or 0)


def paid_total(session: Session, claim_id: str) -> int:
    stmt = select(func.coalesce(func.sum(Payment.amount_minor), 0)).where(
        Payment.claim_id == claim_id, Payment.deleted_at.is_(None)
    )
    return int(session.scalar(stmt) or 0)


def evidence_kinds(session: Session, claim_id: str) -> tuple[str, ...]:
    stmt = (
        select(Attachment.evidence_kind)
        .distinct()
        .where(
            Attachment.owner_entity == Claim.__tablename__,
            Attachment.owner_id == claim_id,
            Attachment.evidence_kind.is_not(None),
            Attachment.deleted_at.is_(None),
        )
        .order_by(Attachment.evidence_kind)
    )
    return tuple(k for k in session.scalars(stmt) if k is not None)


# --- queries -------------------------------------------------------------------------------------


def _visible(actor: Actor, partner_id: str | None) -> bool:
    return actor.is_vendor or (partner_id is not None and partner_id == actor.partner_id)


def budget_balance(engine: Engine, actor: Actor, budget_id: str) -> BudgetBalanceDTO:
    """The budget (vendor-wide, visible to everyone) with its live balance: allocated and remaining."""
    with Session(engine) as s:
        budget = s.get(MdfBudget, budget_id)
        if budget is None or budget.deleted_at is not None:
            raise UserError("unknown_reference", field="budget_id", id=budget_id)
        allocated = allocated_total(s, budget_id)
        return BudgetBalanceDTO(
            budget=budget_dto(budget), allocated_minor=allocated, remaining_minor=budget.amount_minor - allocated
        )


def list_budgets(engine: Engine, actor: Actor, *, program_id: str | None = None) -> tuple[BudgetBalanceDTO, ...]:
    alloc = (
        select(MdfAllocation.budget_id, func.sum(MdfAllocation.amount_minor).label("total"))
        .where(MdfAllocation.deleted_at.is_(None))
        .group_by(MdfAllocation.budget_id)
        .subquery()
    )
    stmt = (
        select(MdfBudget, func.coalesce(alloc.c.total, 0))
        .outerjoin(alloc, alloc.c.budget_id == MdfBudget.id)
        .where(MdfBudget.deleted_at.is_(None))
        .order_by(MdfBudget.period_start.desc(), MdfBudget.name)
    )
    if program_id is not None:
        stmt = stmt.where(MdfBudget.program_id == program_id)
    with Session(engine) as s:
        return tuple(
            BudgetBalanceDTO(
                budget=budget_dto(b), allocated_minor=int(total), remaining_minor=b.amount_minor - int(total)
            )
            for b, total in s.execute(stmt)
        )


def allocation_balance(engine: Engine, actor: Actor, allocation_id: str) -> AllocationBalanceDTO:
    with Session(engine) as s:
        a = s.get(MdfAllocation, allocation_id)
        if a is None or a.deleted_at is not None or not _visible(actor, a.partner_id):
            raise UserError("unknown_reference", field="allocation_id", id=allocation_id)
        approved = approved_total(s, allocation_id)
        amount = func.coalesce(Claim.approved_minor, Claim.claimed_minor)
        claimed = int(
            s.scalar(
                select(func.coalesce(func.sum(amount), 0))
                .join(FundRequest, FundRequest.id == Claim.request_id)
                .where(
                    FundRequest.allocation_id == allocation_id,
                    Claim.status != ClaimStatus.REJECTED,
                    Claim.deleted_at.is_(None),
                )
            )
            or 0
        )
        return AllocationBalanceDTO(
            allocation=allocation_dto(a),
            approved_minor=approved,
            claimed_minor=claimed,
            remaining_minor=a.amount_minor - approved,
        )


def list_allocations(
    engine: Engine, actor: Actor, *, partner_id: str | None = None, budget_id: str | None = None
) -> tuple[AllocationDTO, ...]:
    stmt = select(MdfAllocation).where(MdfAllocation.deleted_at.is_(None))
    if not actor.is_vendor:
        stmt = stmt.where(MdfAllocation.partner_id == actor.partner_id)
    if partner_id is not None:
        stmt = stmt.where(MdfAllocation.partner_id == partner_id)
    if budget_id is not None:
        stmt = stmt.where(MdfAllocation.budget_id == budget_id)
    with Session(engine) as s:
        return tuple(allocation_dto(a) for a in s.scalars(stmt.order_by(MdfAllocation.created_at, MdfAllocation.id)))


def list_requests(
    engine: Engine,
    actor: Actor,
    partner_id: str | None = None,
    *,
    status: RequestStatus | None = None,
    limit: int = 500,
    offset: int = 0,
) -> tuple[RequestDTO, ...]:
    """Fund requests, newest activity first; a partner role always gets only its own."""
    stmt = select(FundRequest).where(FundRequest.deleted_at.is_(None))
    if not actor.is_vendor:
        stmt = stmt.where(FundRequest.partner_id == actor.partner_id)
    if partner_id is not None:
        stmt = stmt.where(FundRequest.partner_id == partner_id)
    if status is not None:
        stmt = stmt.where(FundRequest.status == status)
    stmt = stmt.order_by(FundRequest.start_date.desc(), FundRequest.id).limit(limit).offset(offset)
    with Session(engine) as s:
        return tuple(request_dto(r) for r in s.scalars(stmt))


def list_claims(
    engine: Engine,
    actor: Actor,
    partner_id: str | None = None,
    *,
    request_id: str | None = None,
    status: ClaimStatus | None = None,
    limit: int = 500,
    offset: int = 0,
) -> tuple[ClaimDTO, ...]:
    stmt = select(Claim).where(Claim.deleted_at.is_(None))
    if not actor.is_vendor:
        stmt = stmt.where(Claim.partner_id == actor.partner_id)
    if partner_id is not None:
        stmt = stmt.where(Claim.partner_id == partner_id)
    if request_id is not None:
        stmt = stmt.where(Claim.request_id == request_id)
    if status is not None:
        stmt = stmt.where(Claim.status == status)
    stmt = stmt.order_by(Claim.created_at.desc(), Claim.id).limit(limit).offset(offset)
    with Session(engine) as s:
        return tuple(claim_dto(c) for c in s.scalars(stmt))


def get_request(engine: Engine, actor: Actor, request_id: str) -> RequestDTO:
    with Session(engine) as s:
        r = s.get(FundRequest, request_id)
        if r is None or r.deleted_at is not None or not _visible(actor, r.partner_id):
            raise UserError("unknown_reference", field="request_id", id=request_id)
        return request_dto(r)


def claim_detail(engine: Engine, actor: Actor, claim_id: str) -> ClaimDetailDTO:
    with Session(engine) as s:
        c = s.get(Claim, claim_id)
        if c is None or c.deleted_at is not None or not _visible(actor, c.partner_id):
            raise UserError("unknown_reference", field="claim_id", id=claim_id)
        request = s.get(FundRequest, c.request_id)
        assert request is not None
        lines = tuple(
            cost_line_dto(line)
            for line in s.scalars(
                select(CostLine)
                .where(CostLine.claim_id == claim_id, CostLine.deleted_at.is_(None))
                .order_by(CostLine.created_at, CostLine.id)
            )
        )
        payments = tuple(
            payment_dto(p)
            for p in s.scalars(
                select(Payment)
                .where(Payment.claim_id == claim_id, Payment.deleted_at.is_(None))
                .order_by(Payment.paid_on, Payment.id)
            )
        )
        kinds = evidence_kinds(s, claim_id)
        paid = sum(p.amount_minor for p in payments)
        return ClaimDetailDTO(
            claim=claim_dto(c),
            cost_lines=lines,
            payments=payments,
            cost_lines_total_minor=sum(line.amount_minor for line in lines),
            paid_minor=paid,
            outstanding_minor=(c.approved_minor - paid) if c.approved_minor is not None else 0,
            evidence_kinds=kinds,
            missing_evidence=missing_evidence(request.activity_type, kinds),
        )
