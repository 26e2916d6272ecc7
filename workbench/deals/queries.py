"""Deal registration reads. Lists are two-step for smooth table models over 1,000,000 rows: ordered ids
from one indexed SQL query (`list_deal_ids`), then rows for the visible page (`deals_by_ids`)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from sqlalchemy import ColumnElement, Engine, func, select
from sqlalchemy.orm import Session

from workbench.audit.models import AuditEvent
from workbench.deals.models import DealProduct, DealRegistration
from workbench.deals.normalize import normalize_text
from workbench.deals.types import (
    ConflictExplanation,
    ConflictState,
    DealDTO,
    DealProductDTO,
    DealRow,
    DealSort,
    DealStatus,
    TextMatch,
)
from workbench.errors import NotFound, UserError
from workbench.partners.models import Partner
from workbench.programs.models import Product, Program
from workbench.security.roles import Actor

MAX_PAGE = 10_000
D = DealRegistration


def _filters(
    partner_id: str | None,
    status: DealStatus | str | Sequence[DealStatus | str] | None,
    text: str | None,
    match: TextMatch | str,
) -> list[ColumnElement[bool]]:
    conds: list[ColumnElement[bool]] = [D.deleted_at.is_(None)]
    if partner_id is not None:
        conds.append(D.partner_id == partner_id)
    if status is not None:
        statuses = [status] if isinstance(status, str) else list(status)
        values = []
        for s in statuses:
            try:
                values.append(DealStatus(s).value)
            except ValueError:
                raise UserError("invalid_choice", field="status", value=str(s)[:50]) from None
        conds.append(D.status == values[0] if len(values) == 1 else D.status.in_(values))
    needle = normalize_text(text) if text else ""
    if needle:
        escaped = needle.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        if TextMatch(match) == TextMatch.PREFIX:
            # A range instead of LIKE so the customer_name_norm index serves it on SQLite and PostgreSQL.
            conds.append(D.customer_name_norm >= needle)
            conds.append(D.customer_name_norm < needle + "\U0010ffff")
        else:
            conds.append(D.customer_name_norm.like(f"%{escaped}%", escape="\\"))
    return conds


_ORDER: dict[DealSort, tuple[Any, ...]] = {
    DealSort.NEWEST: (D.id.desc(),),
    DealSort.OLDEST: (D.id.asc(),),
    DealSort.SUBMITTED: (D.submitted_at.desc(), D.id.desc()),
    DealSort.CUSTOMER: (D.customer_name_norm.asc(), D.id.asc()),
    DealSort.AMOUNT: (D.amount_minor.desc(), D.id.desc()),
    DealSort.EXPECTED_CLOSE: (D.expected_close.asc(), D.id.asc()),
}


def list_deal_ids(
    engine: Engine,
    *,
    partner_id: str | None = None,
    status: DealStatus | str | Sequence[DealStatus | str] | None = None,
    text: str | None = None,
    match: TextMatch | str = TextMatch.CONTAINS,
    sort: DealSort | str = DealSort.NEWEST,
    offset: int = 0,
    limit: int | None = None,
) -> list[str]:
    """Ids of live deals, filtered and ordered in SQL. `text` is normalised like customer names and
    matched as a prefix of, or a substring in, `customer_name_norm`."""
    order = _ORDER[DealSort(sort)]
    stmt = select(D.id).where(*_filters(partner_id, status, text, match)).order_by(*order)
    if offset:
        stmt = stmt.offset(max(0, offset))
    if limit is not None:
        stmt = stmt.limit(max(0, limit))
    with engine.connect() as conn:
        return list(conn.scalars(stmt))


def count_deals(
    engine: Engine,
    *,
    partner_id: str | None = None,
    status: DealStatus | str | Sequence[DealStatus | str] | None = None,
    text: str | None = None,
    match: TextMatch | str = TextMatch.CONTAINS,
) -> int:
    stmt = select(func.count()).select_from(D).where(*_filters(partner_id, status, text, match))
    with engine.connect() as conn:
        return int(conn.scalar(stmt) or 0)


def deals_by_ids(engine: Engine, ids: Sequence[str]) -> list[DealRow]:
    """List rows for `ids` in the given order (ids that no longer exist are left out)."""
    if not ids:
        return []
    if len(ids) > MAX_PAGE:
        raise UserError("page_too_large", field="ids", max=MAX_PAGE)
    stmt = select(
        D.id,
        D.partner_id,
        D.customer_name,
        D.customer_domain,
        D.title,
        D.status,
        D.amount_minor,
        D.currency,
        D.expected_close,
        D.submitted_at,
        D.protection_until,
        D.provisional,
    ).where(D.id.in_(list(ids)), D.deleted_at.is_(None))
    with engine.connect() as conn:
        rows = {r.id: r for r in conn.execute(stmt)}
    return [
        DealRow(
            id=r.id,
            partner_id=r.partner_id,
            customer_name=r.customer_name,
            customer_domain=r.customer_domain,
            title=r.title,
            status=DealStatus(r.status),
            amount_minor=r.amount_minor,
            currency=r.currency,
            expected_close=r.expected_close,
            submitted_at=r.submitted_at,
            protection_until=r.protection_until,
            provisional=bool(r.provisional),
        )
        for i in ids
        if (r := rows.get(i)) is not None
    ]


def get_deal(engine: Engine, deal_id: str) -> DealDTO:
    with Session(engine) as session:
        deal = session.get(DealRegistration, deal_id)
        if deal is None or deal.deleted_at is not None:
            raise NotFound("deal_registrations", deal_id)
        return deal_dto(session, deal)


def deal_products(session: Session, deal_id: str) -> tuple[DealProductDTO, ...]:
    stmt = (
        select(DealProduct.id, DealProduct.product_id, Product.sku, Product.name, DealProduct.quantity)
        .join(Product, Product.id == DealProduct.product_id)
        .where(DealProduct.deal_id == deal_id, DealProduct.deleted_at.is_(None))
        .order_by(Product.sku, DealProduct.id)
    )
    return tuple(
        DealProductDTO(id=r.id, product_id=r.product_id, sku=r.sku, name=r.name, quantity=r.quantity)
        for r in session.execute(stmt)
    )


def deal_dto(session: Session, deal: DealRegistration) -> DealDTO:
    return DealDTO(
        id=deal.id,
        version=deal.version,
        partner_id=deal.partner_id,
        program_id=deal.program_id,
        registered_by=deal.registered_by,
        customer_name=deal.customer_name,
        customer_name_norm=deal.customer_name_norm,
        customer_domain=deal.customer_domain,
        customer_email=deal.customer_email,
        customer_country=deal.customer_country,
        title=deal.title,
        description=deal.description,
        amount_minor=deal.amount_minor,
        currency=deal.currency,
        expected_close=deal.expected_close,
        status=DealStatus(deal.status),
        submitted_at=deal.submitted_at,
        server_received_at=deal.server_received_at,
        decided_at=deal.decided_at,
        decided_by=deal.decided_by,
        decision_reason=deal.decision_reason,
        protection_until=deal.protection_until,
        provisional=deal.provisional,
        closed_at=deal.closed_at,
        won_amount_minor=deal.won_amount_minor,
        created_at=deal.created_at,
        updated_at=deal.updated_at,
        products=deal_products(session, deal.id),
        conflict_state=ConflictState(deal.conflict_state) if deal.conflict_state else None,
        conflict_detail=conflict_explanations(deal.conflict_detail),
    )


def conflict_explanations(detail: list[dict[str, Any]] | None) -> tuple[ConflictExplanation, ...]:
    """The server's duplicate explanations as stored on a registration (`duplicates.explanation`)."""
    out: list[ConflictExplanation] = []
    for item in detail or []:
        when = item.get("other_registered_at")
        out.append(
            ConflictExplanation(
                rules=tuple(str(r) for r in item.get("rules", [])),
                matched_name=item.get("matched_name"),
                matched_domain=item.get("matched_domain"),
                common_products=tuple(
                    (str(p.get("sku", "")), str(p.get("name", ""))) for p in item.get("common_products", [])
                ),
                other_status=str(item.get("other_status", "")),
                other_registered_at=datetime.fromisoformat(when) if isinstance(when, str) else None,
                own_registration=bool(item.get("own_registration", False)),
                other_deal_id=item.get("other_deal_id") if item.get("own_registration") else None,
            )
        )
    return tuple(out)


# --- screens: form choices, status history, partner names ----------------------------------------------

MAX_PARTNER_CHOICES = 2_000


@dataclass(frozen=True, slots=True)
class ProgramOption:
    id: str
    name: str
    currency: str
    protection_days: int | None


@dataclass(frozen=True, slots=True)
class ProductOption:
    id: str
    program_id: str
    sku: str
    name: str


@dataclass(frozen=True, slots=True)
class PartnerOption:
    id: str
    name: str


@dataclass(frozen=True, slots=True)
class DealFormChoices:
    """What the register-deal form offers: programs, their products, and the partners the actor may register
    for (a partner role: its own partner only; a vendor role: the first `MAX_PARTNER_CHOICES` by name)."""

    programs: tuple[ProgramOption, ...]
    products: tuple[ProductOption, ...]
    partners: tuple[PartnerOption, ...]


def deal_form_choices(engine: Engine, actor: Actor) -> DealFormChoices:
    programs = select(Program.id, Program.name, Program.currency, Program.protection_days).where(
        Program.deleted_at.is_(None)
    )
    products = select(Product.id, Product.program_id, Product.sku, Product.name).where(Product.deleted_at.is_(None))
    partners = select(Partner.id, Partner.legal_name).where(Partner.deleted_at.is_(None))
    if not actor.is_vendor:
        partners = partners.where(Partner.id == (actor.partner_id or ""))
    with engine.connect() as conn:
        return DealFormChoices(
            programs=tuple(ProgramOption(*r) for r in conn.execute(programs.order_by(Program.name, Program.id))),
            products=tuple(ProductOption(*r) for r in conn.execute(products.order_by(Product.sku, Product.id))),
            partners=tuple(
                PartnerOption(*r)
                for r in conn.execute(partners.order_by(Partner.legal_name, Partner.id).limit(MAX_PARTNER_CHOICES))
            ),
        )


@dataclass(frozen=True, slots=True)
class DealHistoryEntry:
    """One step of a registration's history. `action` is a command name (create, submit, resubmit,
    request_info, approve, reject, extend, win, lose, expire, withdraw) or `server_received` for the server's
    receipt; `status` the status after the step (None when the step did not change it); `note` the reason
    or question given with it; `recorded` is False for steps known only from the registration's own
    timestamps (rows pulled from the server carry no local audit entries)."""

    occurred_at: datetime
    action: str
    status: DealStatus | None
    actor_id: str | None
    note: str | None
    recorded: bool


def _note(args: Any) -> str | None:
    if not isinstance(args, dict):
        return None
    for key in ("reason", "question"):
        value = args.get(key)
        if isinstance(value, str) and value:
            return value
    return None


_STATUS_VALUES = frozenset(s.value for s in DealStatus)


def deal_history(engine: Engine, deal_id: str) -> tuple[DealHistoryEntry, ...]:
    """The registration's status history, oldest first: every audited step on this database, plus the
    submission, server receipt and decision from the row itself where no audit entry covers them."""
    stmt = (
        select(AuditEvent.occurred_at, AuditEvent.action, AuditEvent.actor_id, AuditEvent.changes)
        .where(AuditEvent.entity == D.__tablename__, AuditEvent.row_id == deal_id)
        .order_by(AuditEvent.seq)
    )
    with Session(engine) as session:
        deal = session.get(DealRegistration, deal_id)
        if deal is None or deal.deleted_at is not None:
            raise NotFound("deal_registrations", deal_id)
        out: list[DealHistoryEntry] = []
        for occurred_at, action, actor_id, changes in session.execute(stmt):
            status_change = changes.get("status") if isinstance(changes, dict) else None
            status = None
            if isinstance(status_change, list) and len(status_change) == 2 and status_change[1] in _STATUS_VALUES:
                status = DealStatus(status_change[1])
            elif action == "create":
                status = DealStatus.DRAFT
            if action == "update" and status is None:
                continue  # descriptive edits belong to the audit log, not to the status history
            out.append(
                DealHistoryEntry(
                    occurred_at, action, status, actor_id, _note(changes.get("args") if changes else None), True
                )
            )
        seen = {e.action for e in out}
        derived: list[DealHistoryEntry] = []
        if "create" not in seen:
            derived.append(
                DealHistoryEntry(deal.created_at, "create", DealStatus.DRAFT, deal.registered_by, None, False)
            )
        if deal.submitted_at is not None and "submit" not in seen:
            derived.append(DealHistoryEntry(deal.submitted_at, "submit", DealStatus.SUBMITTED, None, None, False))
        if deal.server_received_at is not None:
            derived.append(DealHistoryEntry(deal.server_received_at, "server_received", None, None, None, False))
        decision = {DealStatus.APPROVED.value: "approve", DealStatus.REJECTED.value: "reject"}.get(deal.status)
        if deal.decided_at is not None and decision is not None and decision not in seen:
            reason = deal.decision_reason if decision == "reject" else None
            derived.append(
                DealHistoryEntry(deal.decided_at, decision, DealStatus(deal.status), deal.decided_by, reason, False)
            )
    return tuple(sorted(out + derived, key=lambda e: e.occurred_at))


def partner_names(engine: Engine, ids: Sequence[str]) -> dict[str, str]:
    """Legal names of partners by id (vendor screens; a partner role's replica holds only its own)."""
    wanted = sorted({i for i in ids if i})
    if not wanted:
        return {}
    if len(wanted) > MAX_PAGE:
        raise UserError("page_too_large", field="ids", max=MAX_PAGE)
    with engine.connect() as conn:
        return dict(conn.execute(select(Partner.id, Partner.legal_name).where(Partner.id.in_(wanted))).all())


# --- screens: the channel manager's review queue ---------------------------------------------------------

REVIEW_QUEUE_PAGE = 500


@dataclass(frozen=True, slots=True)
class ReviewQueueRow:
    deal_id: str
    partner_id: str
    partner_name: str
    customer_name: str
    title: str
    submitted_at: datetime
    due_on: date
    overdue_days: int  # working days past `due_on` (0 = not overdue)
    overdue: bool


@dataclass(frozen=True, slots=True)
class ReviewQueuePage:
    """The oldest `limit` registrations waiting for the vendor, and how many wait (and are overdue) in all."""

    rows: tuple[ReviewQueueRow, ...]
    total: int
    overdue: int


def review_queue(
    engine: Engine, actor: Actor, now: datetime | date, *, limit: int = REVIEW_QUEUE_PAGE
) -> ReviewQueuePage:
    """Registrations in status submitted, oldest submission first, with their review due day (program SLA in
    working days, `workbench.deals.sla`). One page from the status/submitted index plus two counts, so the
    queue stays quick with a large backlog; partner roles see only their own partner's."""
    from workbench.deals.sla import add_working_days, review_due, working_days_between

    today = now.date() if isinstance(now, datetime) else now
    conds: list[ColumnElement[bool]] = [
        D.status == DealStatus.SUBMITTED.value,
        D.deleted_at.is_(None),
        D.submitted_at.is_not(None),
    ]
    if not actor.is_vendor:
        conds.append(D.partner_id == (actor.partner_id or ""))
    page = (
        select(
            D.id, D.partner_id, Partner.legal_name, D.customer_name, D.title, D.submitted_at, Program.review_sla_days
        )
        .join(Program, Program.id == D.program_id)
        .outerjoin(Partner, Partner.id == D.partner_id)
        .where(*conds)
        .order_by(D.submitted_at, D.id)
        .limit(max(0, limit))
    )
    rows: list[ReviewQueueRow] = []
    with engine.connect() as conn:
        for r in conn.execute(page):
            due = review_due(r.submitted_at, r.review_sla_days)
            late = today > due
            rows.append(
                ReviewQueueRow(
                    r.id, r.partner_id, r.legal_name or "", r.customer_name, r.title, r.submitted_at, due,
                    working_days_between(due, today) if late else 0, late,
                )
            )  # fmt: skip
        total = int(conn.scalar(select(func.count()).select_from(D).where(*conds)) or 0)
        overdue = 0
        slas = list(conn.scalars(select(Program.review_sla_days).distinct()))
        for sla in slas:
            # The last submission day whose review was due before today: every earlier one is overdue too.
            last = today - timedelta(days=1)
            while add_working_days(last, sla) >= today:
                last -= timedelta(days=1)
            cutoff = datetime.combine(last + timedelta(days=1), time.min, tzinfo=UTC)
            overdue_stmt = select(func.count()).select_from(D).where(*conds, D.submitted_at < cutoff)
            if len(slas) > 1:  # programs differ: count per program SLA (one SLA: the covering index alone)
                overdue_stmt = overdue_stmt.join(Program, Program.id == D.program_id).where(
                    Program.review_sla_days == sla
                )
            overdue += int(conn.scalar(overdue_stmt) or 0)
    return ReviewQueuePage(tuple(rows), total, overdue)
