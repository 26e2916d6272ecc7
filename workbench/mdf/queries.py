"""MDF reads: live balances (computed in SQL), requests and claims per partner, claim detail.
Partner roles see only their own partner's rows; budgets are vendor-wide and visible to everyone."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import Engine, case, func, select
from sqlalchemy.orm import Session

from workbench.errors import UserError
from workbench.mdf.evidence import PROOF_KIND, missing_evidence, required_evidence
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
from workbench.partners.models import Partner
from workbench.programs.models import Program
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


# --- screens: live balances, the review queue, claim context, payments -----------------------------------
# Read-only queries for the MDF screens; every figure is summed in SQL, every result a frozen DTO.


@dataclass(frozen=True, slots=True)
class AllocationOverviewDTO:
    """One allocation with its live balance: allocated, requested (submitted, awaiting a decision), approved,
    claimed (non-rejected claims), paid, available (allocated - approved)."""

    id: str
    budget_id: str
    budget_name: str
    partner_id: str
    partner_name: str
    currency: str
    allocated_minor: int
    requested_minor: int
    approved_minor: int
    claimed_minor: int
    paid_minor: int
    available_minor: int


@dataclass(frozen=True, slots=True)
class BudgetOverviewDTO:
    budget: BudgetDTO
    allocated_minor: int
    requested_minor: int
    approved_minor: int
    claimed_minor: int
    paid_minor: int
    unallocated_minor: int


@dataclass(frozen=True, slots=True)
class CurrencyTotalsDTO:
    currency: str
    budget_minor: int
    allocated_minor: int
    requested_minor: int
    approved_minor: int
    claimed_minor: int
    paid_minor: int
    available_minor: int  # allocated - approved


@dataclass(frozen=True, slots=True)
class MdfOverviewDTO:
    budgets: tuple[BudgetOverviewDTO, ...]
    allocations: tuple[AllocationOverviewDTO, ...]
    totals: tuple[CurrencyTotalsDTO, ...]


def _only(column: Any, partner_id: str | None) -> tuple[Any, ...]:
    return () if partner_id is None else (column == partner_id,)


def _allocation_sums(partner_id: str | None = None) -> Any:
    """Per allocation: requested (awaiting decision), approved, claimed, paid — one grouped subquery each
    (limited to one partner's rows when `partner_id` is given, so a partner's overview sums only its own)."""
    pending = (RequestStatus.SUBMITTED, RequestStatus.INFO_REQUESTED)
    req = (
        select(
            FundRequest.allocation_id.label("aid"),
            func.coalesce(
                func.sum(case((FundRequest.status.in_(pending), FundRequest.requested_minor), else_=0)), 0
            ).label("requested"),
            func.coalesce(
                func.sum(case((FundRequest.status == RequestStatus.APPROVED, FundRequest.approved_minor), else_=0)), 0
            ).label("approved"),
        )
        .where(FundRequest.deleted_at.is_(None), *_only(FundRequest.partner_id, partner_id))
        .group_by(FundRequest.allocation_id)
        .subquery()
    )
    claimed = (
        select(
            FundRequest.allocation_id.label("aid"),
            func.coalesce(func.sum(func.coalesce(Claim.approved_minor, Claim.claimed_minor)), 0).label("claimed"),
        )
        .join(FundRequest, FundRequest.id == Claim.request_id)
        .where(
            Claim.deleted_at.is_(None),
            Claim.status.not_in((ClaimStatus.REJECTED, ClaimStatus.DRAFT)),
            *_only(Claim.partner_id, partner_id),
        )
        .group_by(FundRequest.allocation_id)
        .subquery()
    )
    paid = (
        select(FundRequest.allocation_id.label("aid"), func.coalesce(func.sum(Payment.amount_minor), 0).label("paid"))
        .join(Claim, Claim.id == Payment.claim_id)
        .join(FundRequest, FundRequest.id == Claim.request_id)
        .where(Payment.deleted_at.is_(None), *_only(Payment.partner_id, partner_id))
        .group_by(FundRequest.allocation_id)
        .subquery()
    )
    return req, claimed, paid


def mdf_overview(
    engine: Engine, actor: Actor, *, budget_id: str | None = None, partner_id: str | None = None
) -> MdfOverviewDTO:
    """Budgets and allocations with live balances, and totals per currency. Partner roles see only their own
    allocations (and the budgets those come from); claimed counts submitted and later claims, not drafts."""
    scope = partner_id if actor.is_vendor else actor.partner_id
    req, claimed, paid = _allocation_sums(scope)
    stmt = (
        select(
            MdfAllocation,
            MdfBudget.name,
            Partner.legal_name,
            func.coalesce(req.c.requested, 0),
            func.coalesce(req.c.approved, 0),
            func.coalesce(claimed.c.claimed, 0),
            func.coalesce(paid.c.paid, 0),
        )
        .join(MdfBudget, MdfBudget.id == MdfAllocation.budget_id)
        .join(Partner, Partner.id == MdfAllocation.partner_id)
        .outerjoin(req, req.c.aid == MdfAllocation.id)
        .outerjoin(claimed, claimed.c.aid == MdfAllocation.id)
        .outerjoin(paid, paid.c.aid == MdfAllocation.id)
        .where(MdfAllocation.deleted_at.is_(None), MdfBudget.deleted_at.is_(None))
        .order_by(MdfBudget.period_start.desc(), MdfBudget.name, Partner.legal_name, MdfAllocation.id)
    )
    if not actor.is_vendor:
        stmt = stmt.where(MdfAllocation.partner_id == actor.partner_id)
    if partner_id is not None:
        stmt = stmt.where(MdfAllocation.partner_id == partner_id)
    if budget_id is not None:
        stmt = stmt.where(MdfAllocation.budget_id == budget_id)
    budget_stmt = select(MdfBudget).where(MdfBudget.deleted_at.is_(None))
    if budget_id is not None:
        budget_stmt = budget_stmt.where(MdfBudget.id == budget_id)
    budget_stmt = budget_stmt.order_by(MdfBudget.period_start.desc(), MdfBudget.name, MdfBudget.id)
    with Session(engine) as s:
        allocations = tuple(
            AllocationOverviewDTO(
                id=a.id,
                budget_id=a.budget_id,
                budget_name=bname,
                partner_id=str(a.partner_id),
                partner_name=pname,
                currency=a.currency,
                allocated_minor=a.amount_minor,
                requested_minor=int(r),
                approved_minor=int(ap),
                claimed_minor=int(c),
                paid_minor=int(p),
                available_minor=a.amount_minor - int(ap),
            )
            for a, bname, pname, r, ap, c, p in s.execute(stmt)
        )
        budgets_rows = list(s.scalars(budget_stmt))
    if not actor.is_vendor or partner_id is not None:
        shown = {a.budget_id for a in allocations}
        budgets_rows = [b for b in budgets_rows if b.id in shown]
    budgets: list[BudgetOverviewDTO] = []
    for b in budgets_rows:
        mine = [a for a in allocations if a.budget_id == b.id]
        allocated = sum(a.allocated_minor for a in mine)
        budgets.append(
            BudgetOverviewDTO(
                budget=budget_dto(b),
                allocated_minor=allocated,
                requested_minor=sum(a.requested_minor for a in mine),
                approved_minor=sum(a.approved_minor for a in mine),
                claimed_minor=sum(a.claimed_minor for a in mine),
                paid_minor=sum(a.paid_minor for a in mine),
                unallocated_minor=b.amount_minor - allocated,
            )
        )
    totals: list[CurrencyTotalsDTO] = []
    for cur in sorted({b.budget.currency for b in budgets} | {a.currency for a in allocations}):
        bs = [b for b in budgets if b.budget.currency == cur]
        als = [a for a in allocations if a.currency == cur]
        totals.append(
            CurrencyTotalsDTO(
                currency=cur,
                budget_minor=sum(b.budget.amount_minor for b in bs) if actor.is_vendor else 0,
                allocated_minor=sum(a.allocated_minor for a in als),
                requested_minor=sum(a.requested_minor for a in als),
                approved_minor=sum(a.approved_minor for a in als),
                claimed_minor=sum(a.claimed_minor for a in als),
                paid_minor=sum(a.paid_minor for a in als),
                available_minor=sum(a.available_minor for a in als),
            )
        )
    return MdfOverviewDTO(budgets=tuple(budgets), allocations=allocations, totals=tuple(totals))


@dataclass(frozen=True, slots=True)
class ReviewItemDTO:
    """A request or claim waiting for a vendor decision (status submitted)."""

    kind: str  # "request" | "claim"
    id: str
    request_id: str
    partner_id: str
    partner_name: str
    activity_type: ActivityType
    title: str
    amount_minor: int  # requested (request) or claimed (claim)
    currency: str
    submitted_at: datetime | None
    due: date | None  # a claim's deadline (its request's claim_due); a request's activity start
    missing_evidence: tuple[str, ...]  # claims only: required kinds not attached (should be empty once submitted)
    has_proof: bool = False  # claims only: a signed proof-of-execution PDF is attached


def review_queue(engine: Engine, actor: Actor, *, limit: int = 1000) -> tuple[ReviewItemDTO, ...]:
    """Requests and claims awaiting review, oldest submission first (at most `limit`). Only vendor roles review:
    a partner role gets an empty queue. Plain column reads (no ORM objects): the queue is re-read after every
    decision."""
    if not actor.is_vendor:
        return ()
    items: list[ReviewItemDTO] = []
    with engine.connect() as conn:
        rstmt = (
            select(
                FundRequest.id,
                FundRequest.partner_id,
                FundRequest.activity_type,
                FundRequest.title,
                FundRequest.requested_minor,
                FundRequest.currency,
                FundRequest.submitted_at,
                FundRequest.start_date,
                Partner.legal_name,
            )
            .join(Partner, Partner.id == FundRequest.partner_id)
            .where(FundRequest.deleted_at.is_(None), FundRequest.status == RequestStatus.SUBMITTED)
            .order_by(FundRequest.submitted_at, FundRequest.id)
            .limit(limit)
        )
        for r in conn.execute(rstmt):
            items.append(
                ReviewItemDTO(
                    kind="request",
                    id=r.id,
                    request_id=r.id,
                    partner_id=str(r.partner_id),
                    partner_name=r.legal_name,
                    activity_type=ActivityType(r.activity_type),
                    title=r.title,
                    amount_minor=r.requested_minor,
                    currency=r.currency,
                    submitted_at=r.submitted_at,
                    due=r.start_date,
                    missing_evidence=(),
                )
            )
        cstmt = (
            select(
                Claim.id,
                Claim.partner_id,
                Claim.claimed_minor,
                Claim.currency,
                Claim.submitted_at,
                FundRequest.id.label("request_id"),
                FundRequest.activity_type,
                FundRequest.title,
                FundRequest.claim_due,
                Partner.legal_name,
            )
            .join(FundRequest, FundRequest.id == Claim.request_id)
            .join(Partner, Partner.id == Claim.partner_id)
            .where(Claim.deleted_at.is_(None), Claim.status == ClaimStatus.SUBMITTED)
            .order_by(Claim.submitted_at, Claim.id)
            .limit(limit)
        )
        claims = list(conn.execute(cstmt))
        kinds_of: dict[str, set[str]] = {}
        for owner_id, kind in conn.execute(
            select(Attachment.owner_id, Attachment.evidence_kind)
            .distinct()
            .where(
                Attachment.owner_entity == Claim.__tablename__,
                Attachment.owner_id.in_([c.id for c in claims]),
                Attachment.evidence_kind.is_not(None),
                Attachment.deleted_at.is_(None),
            )
        ):
            kinds_of.setdefault(owner_id, set()).add(str(kind))
        for c in claims:
            kinds = kinds_of.get(c.id, set())
            items.append(
                ReviewItemDTO(
                    kind="claim",
                    id=c.id,
                    request_id=c.request_id,
                    partner_id=str(c.partner_id),
                    partner_name=c.legal_name,
                    activity_type=ActivityType(c.activity_type),
                    title=c.title,
                    amount_minor=c.claimed_minor,
                    currency=c.currency,
                    submitted_at=c.submitted_at,
                    due=c.claim_due,
                    missing_evidence=missing_evidence(c.activity_type, kinds),
                    has_proof=PROOF_KIND in kinds,
                )
            )
    far = datetime.max
    items.sort(key=lambda i: (i.submitted_at.replace(tzinfo=None) if i.submitted_at else far, i.kind, i.id))
    return tuple(items[:limit])


@dataclass(frozen=True, slots=True)
class ClaimContextDTO:
    """What a claim editor shows and checks while typing: the approved request, the program's participation
    rate and claim deadline, and how much of the request is still claimable (without `claim_id`)."""

    request: RequestDTO
    partner_name: str
    participation_rate_bp: int
    claim_deadline_days: int
    already_claimed_minor: int
    remaining_minor: int
    required_evidence: tuple[str, ...]


def claim_context(engine: Engine, actor: Actor, request_id: str, *, claim_id: str | None = None) -> ClaimContextDTO:
    with Session(engine) as s:
        r = s.get(FundRequest, request_id)
        if r is None or r.deleted_at is not None or not _visible(actor, r.partner_id):
            raise UserError("unknown_reference", field="request_id", id=request_id)
        program = s.execute(
            select(Program.participation_rate_bp, Program.claim_deadline_days)
            .join(MdfBudget, MdfBudget.program_id == Program.id)
            .join(MdfAllocation, MdfAllocation.budget_id == MdfBudget.id)
            .where(MdfAllocation.id == r.allocation_id)
        ).one()
        partner_name = s.scalar(select(Partner.legal_name).where(Partner.id == r.partner_id)) or ""
        already = claimed_total(s, r.id, exclude_id=claim_id)
        return ClaimContextDTO(
            request=request_dto(r),
            partner_name=partner_name,
            participation_rate_bp=int(program[0]),
            claim_deadline_days=int(program[1]),
            already_claimed_minor=already,
            remaining_minor=(r.approved_minor or 0) - already,
            required_evidence=required_evidence(r.activity_type),
        )


@dataclass(frozen=True, slots=True)
class PaymentRowDTO:
    id: str
    claim_id: str
    partner_id: str
    partner_name: str
    request_title: str
    amount_minor: int
    currency: str
    paid_on: date
    reference: str
    claim_approved_minor: int | None
    claim_status: ClaimStatus


def list_payments(
    engine: Engine,
    actor: Actor,
    *,
    partner_id: str | None = None,
    claim_id: str | None = None,
    limit: int = 1000,
) -> tuple[PaymentRowDTO, ...]:
    """Payments, newest first, per partner or per claim; a partner role sees only its own."""
    stmt = (
        select(Payment, Claim, FundRequest.title, Partner.legal_name)
        .join(Claim, Claim.id == Payment.claim_id)
        .join(FundRequest, FundRequest.id == Claim.request_id)
        .join(Partner, Partner.id == Payment.partner_id)
        .where(Payment.deleted_at.is_(None))
        .order_by(Payment.paid_on.desc(), Payment.id)
        .limit(limit)
    )
    if not actor.is_vendor:
        stmt = stmt.where(Payment.partner_id == actor.partner_id)
    if partner_id is not None:
        stmt = stmt.where(Payment.partner_id == partner_id)
    if claim_id is not None:
        stmt = stmt.where(Payment.claim_id == claim_id)
    with Session(engine) as s:
        return tuple(
            PaymentRowDTO(
                id=p.id,
                claim_id=p.claim_id,
                partner_id=str(p.partner_id),
                partner_name=pname,
                request_title=title,
                amount_minor=p.amount_minor,
                currency=p.currency,
                paid_on=p.paid_on,
                reference=p.reference,
                claim_approved_minor=c.approved_minor,
                claim_status=ClaimStatus(c.status),
            )
            for p, c, title, pname in s.execute(stmt)
        )


@dataclass(frozen=True, slots=True)
class ClaimRowDTO:
    """A claim as listed on the claims screen, with its request's title, activity and deadline."""

    claim: ClaimDTO
    partner_name: str
    request_title: str
    activity_type: ActivityType
    claim_due: date | None


def list_claim_rows(
    engine: Engine, actor: Actor, *, partner_id: str | None = None, limit: int = 1000
) -> tuple[ClaimRowDTO, ...]:
    stmt = (
        select(Claim, FundRequest, Partner.legal_name)
        .join(FundRequest, FundRequest.id == Claim.request_id)
        .join(Partner, Partner.id == Claim.partner_id)
        .where(Claim.deleted_at.is_(None))
        .order_by(Claim.created_at.desc(), Claim.id)
        .limit(limit)
    )
    if not actor.is_vendor:
        stmt = stmt.where(Claim.partner_id == actor.partner_id)
    if partner_id is not None:
        stmt = stmt.where(Claim.partner_id == partner_id)
    with Session(engine) as s:
        return tuple(
            ClaimRowDTO(
                claim=claim_dto(c),
                partner_name=pname,
                request_title=r.title,
                activity_type=ActivityType(r.activity_type),
                claim_due=r.claim_due,
            )
            for c, r, pname in s.execute(stmt)
        )


@dataclass(frozen=True, slots=True)
class RequestRowDTO:
    request: RequestDTO
    partner_name: str


def list_request_rows(
    engine: Engine, actor: Actor, *, partner_id: str | None = None, limit: int = 1000
) -> tuple[RequestRowDTO, ...]:
    stmt = (
        select(FundRequest, Partner.legal_name)
        .join(Partner, Partner.id == FundRequest.partner_id)
        .where(FundRequest.deleted_at.is_(None))
        .order_by(FundRequest.start_date.desc(), FundRequest.id)
        .limit(limit)
    )
    if not actor.is_vendor:
        stmt = stmt.where(FundRequest.partner_id == actor.partner_id)
    if partner_id is not None:
        stmt = stmt.where(FundRequest.partner_id == partner_id)
    with Session(engine) as s:
        return tuple(RequestRowDTO(request=request_dto(r), partner_name=pname) for r, pname in s.execute(stmt))


# --- paged lists: ordered ids in SQL, rows for a page of ids ----------------------------------------------

MAX_PAGE = 1000


def _page(ids: Sequence[str]) -> list[str]:
    if len(ids) > MAX_PAGE:
        raise UserError("page_too_large", field="ids", max=MAX_PAGE)
    return list(ids)


def _scoped(stmt: Any, column: Any, actor: Actor, partner_id: str | None) -> Any:
    if not actor.is_vendor:
        stmt = stmt.where(column == actor.partner_id)
    if partner_id is not None:
        stmt = stmt.where(column == partner_id)
    return stmt


def request_ids(engine: Engine, actor: Actor, *, partner_id: str | None = None) -> list[str]:
    """Ids of the fund requests the actor may see, newest activity first."""
    stmt = select(FundRequest.id).where(FundRequest.deleted_at.is_(None))
    stmt = _scoped(stmt, FundRequest.partner_id, actor, partner_id)
    with engine.connect() as conn:
        # start_date alone walks its index (an id tie-breaker costs a sort of every row); the id list is read
        # once per refresh, so equal dates keep one order within it.
        return list(conn.scalars(stmt.order_by(FundRequest.start_date.desc())))


def request_rows_by_ids(engine: Engine, actor: Actor, ids: Sequence[str]) -> list[RequestRowDTO]:
    """Rows for a page of ids, in the given order (ids gone or not visible are left out)."""
    wanted = _page(ids)
    stmt = (
        select(FundRequest, Partner.legal_name)
        .join(Partner, Partner.id == FundRequest.partner_id)
        .where(FundRequest.id.in_(wanted), FundRequest.deleted_at.is_(None))
    )
    stmt = _scoped(stmt, FundRequest.partner_id, actor, None)
    with Session(engine) as s:
        found = {r.id: RequestRowDTO(request=request_dto(r), partner_name=p) for r, p in s.execute(stmt)}
    return [found[i] for i in wanted if i in found]


def claim_ids(engine: Engine, actor: Actor, *, partner_id: str | None = None) -> list[str]:
    """Ids of the claims the actor may see, newest first."""
    stmt = select(Claim.id).where(Claim.deleted_at.is_(None))
    stmt = _scoped(stmt, Claim.partner_id, actor, partner_id)
    with engine.connect() as conn:
        return list(conn.scalars(stmt.order_by(Claim.created_at.desc(), Claim.id)))


def claim_rows_by_ids(engine: Engine, actor: Actor, ids: Sequence[str]) -> list[ClaimRowDTO]:
    wanted = _page(ids)
    stmt = (
        select(Claim, FundRequest, Partner.legal_name)
        .join(FundRequest, FundRequest.id == Claim.request_id)
        .join(Partner, Partner.id == Claim.partner_id)
        .where(Claim.id.in_(wanted), Claim.deleted_at.is_(None))
    )
    stmt = _scoped(stmt, Claim.partner_id, actor, None)
    with Session(engine) as s:
        found = {
            c.id: ClaimRowDTO(
                claim=claim_dto(c),
                partner_name=p,
                request_title=r.title,
                activity_type=ActivityType(r.activity_type),
                claim_due=r.claim_due,
            )
            for c, r, p in s.execute(stmt)
        }
    return [found[i] for i in wanted if i in found]


def _payment_filter(stmt: Any, text: str | None) -> Any:
    needle = (text or "").strip().lower()
    if not needle:
        return stmt
    pattern = "%" + needle.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
    return stmt.where(
        func.lower(Partner.legal_name).like(pattern, escape="\\")
        | func.lower(FundRequest.title).like(pattern, escape="\\")
        | func.lower(Payment.reference).like(pattern, escape="\\")
    )


def _payments_joined(stmt: Any) -> Any:
    return (
        stmt.join(Claim, Claim.id == Payment.claim_id)
        .join(FundRequest, FundRequest.id == Claim.request_id)
        .join(Partner, Partner.id == Payment.partner_id)
        .where(Payment.deleted_at.is_(None))
    )


def payment_ids(engine: Engine, actor: Actor, *, partner_id: str | None = None, text: str | None = None) -> list[str]:
    """Ids of the payments the actor may see, newest first; `text` matches partner, activity or reference."""
    stmt = _payment_filter(_payments_joined(select(Payment.id)), text)
    stmt = _scoped(stmt, Payment.partner_id, actor, partner_id)
    with engine.connect() as conn:
        return list(conn.scalars(stmt.order_by(Payment.paid_on.desc(), Payment.id)))


def payment_totals(
    engine: Engine, actor: Actor, *, partner_id: str | None = None, text: str | None = None
) -> dict[str, int]:
    """The sum of those payments per currency."""
    stmt = _payment_filter(_payments_joined(select(Payment.currency, func.sum(Payment.amount_minor))), text)
    stmt = _scoped(stmt, Payment.partner_id, actor, partner_id).group_by(Payment.currency)
    with engine.connect() as conn:
        return {str(cur): int(total) for cur, total in conn.execute(stmt)}


def payment_rows_by_ids(engine: Engine, actor: Actor, ids: Sequence[str]) -> list[PaymentRowDTO]:
    wanted = _page(ids)
    stmt = _payments_joined(select(Payment, Claim, FundRequest.title, Partner.legal_name)).where(Payment.id.in_(wanted))
    stmt = _scoped(stmt, Payment.partner_id, actor, None)
    with Session(engine) as s:
        found = {
            p.id: PaymentRowDTO(
                id=p.id,
                claim_id=p.claim_id,
                partner_id=str(p.partner_id),
                partner_name=pname,
                request_title=title,
                amount_minor=p.amount_minor,
                currency=p.currency,
                paid_on=p.paid_on,
                reference=p.reference,
                claim_approved_minor=c.approved_minor,
                claim_status=ClaimStatus(c.status),
            )
            for p, c, title, pname in s.execute(stmt)
        }
    return [found[i] for i in wanted if i in found]
