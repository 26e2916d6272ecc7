"""Deal registration deadlines (DOMAIN.md "Deal registration"): the review SLA, the protection expiry sweep
and protection extensions.

Review SLA: the vendor answers a submitted registration within `program.review_sla_days` working days
(default 3; Monday to Friday, no holiday calendar). The clock starts on the (UTC) day of the first
submission; a registration submitted on Friday or at the weekend is due on Wednesday. The review is due by
the end of the due day and overdue from the next day on. Only registrations in status `submitted` can be
overdue (`info_requested` waits for the partner).

Protection: an approved registration is protected up to and including `protection_until`. The sweep
`expire_lapsed_deals` moves approved registrations whose protection has run out to `expired` through the
ordinary `expire_deal` command (vendor roles; on the server, or on a channel manager's laptop from where the
command op syncs). Won and lost deals are never touched.

Extension: before `protection_until` the registering partner asks for a later date
(`request_extension`); a vendor grants it (`grant_extension`, optionally with a different date; the deal's
`protection_until` moves through the deal command "extend") or declines it with a reason
(`decline_extension`). One open request per deal."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from enum import StrEnum

from sqlalchemy import CheckConstraint, Engine, ForeignKey, Index, String, Text, func, select
from sqlalchemy.orm import Mapped, Session, mapped_column

from workbench import validation as v
from workbench.db.base import ID, Base, SyncedMixin
from workbench.db.uow import UnitOfWork
from workbench.deals.commands import expire_deal
from workbench.deals.models import DealRegistration
from workbench.deals.types import DealStatus
from workbench.errors import IllegalTransition, UserError
from workbench.programs.models import Program
from workbench.security.roles import Actor

REVIEW_SLA_DAYS = 3
MAX_EXTENSION_DAYS = 180
D = DealRegistration


# --- working days and the review SLA -------------------------------------------------------------------


def is_working_day(day: date) -> bool:
    return day.weekday() < 5


def add_working_days(start: date, days: int) -> date:
    """The `days`-th working day after `start` (`start` itself never counts; 0 -> `start`)."""
    if days < 0:
        raise UserError("out_of_range", field="days", value=days, min=0)
    if days == 0:
        return start
    # Counting from a Saturday or Sunday is counting from the Friday before; whole weeks first, so a long
    # SLA costs no loop (a week from a working day is five working days later).
    day = start - timedelta(days=max(0, start.weekday() - 4))
    weeks, left = divmod(days, 5)
    day += timedelta(weeks=weeks)
    while left:
        day += timedelta(days=1)
        if is_working_day(day):
            left -= 1
    return day


def working_days_between(start: date, end: date) -> int:
    """Working days after `start` up to and including `end` (0 when `end <= start`)."""
    if end <= start:
        return 0
    total = (end - start).days
    weeks, rest = divmod(total, 7)
    count = weeks * 5
    day = start + timedelta(weeks=weeks)
    for _ in range(rest):
        day += timedelta(days=1)
        if is_working_day(day):
            count += 1
    return count


def review_due(submitted_at: datetime | date, sla_days: int = REVIEW_SLA_DAYS) -> date:
    """The day by whose end a registration submitted at `submitted_at` must be answered."""
    day = submitted_at.date() if isinstance(submitted_at, datetime) else submitted_at
    return add_working_days(day, sla_days)


def is_overdue(submitted_at: datetime | date | None, now: datetime | date, sla_days: int = REVIEW_SLA_DAYS) -> bool:
    """True from the day after the review was due (a registration never submitted is never overdue)."""
    if submitted_at is None:
        return False
    today = now.date() if isinstance(now, datetime) else now
    return today > review_due(submitted_at, sla_days)


@dataclass(frozen=True, slots=True)
class ReviewDeadline:
    deal_id: str
    partner_id: str
    customer_name: str
    title: str
    submitted_at: datetime
    due_on: date
    overdue_days: int  # working days past `due_on` (0 = due today or later)
    overdue: bool


def review_deadlines(
    engine: Engine, actor: Actor, now: datetime | date, *, overdue_only: bool = True
) -> list[ReviewDeadline]:
    """Registrations waiting for the vendor (status submitted) with their due day, oldest first; partner
    roles see only their own partner's. With `overdue_only` only those past their due day (the
    pre-filter `submitted_at < today - sla_days` uses the status/submitted index: N working days are at
    least N calendar days)."""
    today = now.date() if isinstance(now, datetime) else now
    stmt = (
        select(D.id, D.partner_id, D.customer_name, D.title, D.submitted_at, Program.review_sla_days)
        .join(Program, Program.id == D.program_id)
        .where(D.status == DealStatus.SUBMITTED.value, D.deleted_at.is_(None), D.submitted_at.is_not(None))
        .order_by(D.submitted_at, D.id)
    )
    if not actor.is_vendor:
        stmt = stmt.where(D.partner_id == (actor.partner_id or ""))
    out: list[ReviewDeadline] = []
    with engine.connect() as conn:
        if overdue_only:
            smallest = conn.scalar(select(func.min(Program.review_sla_days))) or 0
            cutoff = datetime.combine(today - timedelta(days=max(0, smallest)), time.min, tzinfo=UTC)
            stmt = stmt.where(D.submitted_at < cutoff)
        for r in conn.execute(stmt):
            due = review_due(r.submitted_at, r.review_sla_days)
            late = today > due
            if overdue_only and not late:
                continue
            out.append(
                ReviewDeadline(
                    deal_id=r.id,
                    partner_id=r.partner_id,
                    customer_name=r.customer_name,
                    title=r.title,
                    submitted_at=r.submitted_at,
                    due_on=due,
                    overdue_days=working_days_between(due, today) if late else 0,
                    overdue=late,
                )
            )
    return out


# --- protection expiry sweep -----------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class SweepResult:
    expired: tuple[str, ...]
    refused: tuple[tuple[str, str], ...]  # (deal id, error code) of registrations the command refused


def lapsed_deal_ids(engine: Engine, today: date) -> list[str]:
    """Approved registrations whose protection ended before `today`."""
    stmt = (
        select(D.id)
        .where(
            D.status == DealStatus.APPROVED.value,
            D.deleted_at.is_(None),
            D.protection_until.is_not(None),
            D.protection_until < today,
        )
        .order_by(D.protection_until, D.id)
    )
    with engine.connect() as conn:
        return list(conn.scalars(stmt))


def expire_lapsed_deals(engine: Engine, actor: Actor, today: date, *, replica: bool = True) -> SweepResult:
    """Expire every approved registration whose protection ended before `today`, one `expire_deal`
    command (and transaction) each, so one refusal does not hold up the others. Vendor roles only."""
    actor.require_vendor("expire_lapsed_deals")
    expired: list[str] = []
    refused: list[tuple[str, str]] = []
    for deal_id in lapsed_deal_ids(engine, today):
        try:
            expire_deal(engine, actor, deal_id, replica=replica)
        except UserError as exc:  # changed meanwhile (won, lost, extended) or the clock disagrees
            refused.append((deal_id, exc.code))
        else:
            expired.append(deal_id)
    return SweepResult(tuple(expired), tuple(refused))


# --- protection extension ------------------------------------------------------------------------------


class ExtensionStatus(StrEnum):
    REQUESTED = "requested"
    GRANTED = "granted"
    DECLINED = "declined"


class DealExtensionRequest(SyncedMixin, Base):
    """A partner's request to extend a deal's protection; `partner_id` is the deal's partner."""

    __tablename__ = "deal_extension_requests"
    __command_fields__ = frozenset({"status", "decided_at", "decided_by", "decision_reason", "granted_until"})

    deal_id: Mapped[str] = mapped_column(ID, ForeignKey("deal_registrations.id"), nullable=False, index=True)
    partner_id: Mapped[str] = mapped_column(ID, ForeignKey("partners.id"), nullable=False, index=True)
    requested_by: Mapped[str] = mapped_column(String(64), nullable=False)
    current_until: Mapped[date] = mapped_column(nullable=False)
    requested_until: Mapped[date] = mapped_column(nullable=False)
    reason: Mapped[str] = mapped_column(Text, nullable=False)
    status: Mapped[str] = mapped_column(String(16), nullable=False, default=ExtensionStatus.REQUESTED.value)
    decided_at: Mapped[datetime | None] = mapped_column(nullable=True)
    decided_by: Mapped[str | None] = mapped_column(String(64), nullable=True)
    decision_reason: Mapped[str | None] = mapped_column(Text, nullable=True)
    granted_until: Mapped[date | None] = mapped_column(nullable=True)

    __table_args__ = (
        CheckConstraint(
            "status IN (" + ", ".join(repr(s.value) for s in ExtensionStatus) + ")",
            name="status",
        ),
        CheckConstraint("requested_until > current_until", name="later"),
        Index("ix_deal_extension_requests_status", "status", "deleted_at", "created_at"),
    )


@dataclass(frozen=True, slots=True)
class ExtensionRequestDTO:
    id: str
    deal_id: str
    partner_id: str
    requested_by: str
    current_until: date
    requested_until: date
    reason: str
    status: ExtensionStatus
    decided_at: datetime | None
    decided_by: str | None
    decision_reason: str | None
    granted_until: date | None
    created_at: datetime


def _dto(row: DealExtensionRequest) -> ExtensionRequestDTO:
    return ExtensionRequestDTO(
        id=row.id,
        deal_id=row.deal_id,
        partner_id=row.partner_id,
        requested_by=row.requested_by,
        current_until=row.current_until,
        requested_until=row.requested_until,
        reason=row.reason,
        status=ExtensionStatus(row.status),
        decided_at=row.decided_at,
        decided_by=row.decided_by,
        decision_reason=row.decision_reason,
        granted_until=row.granted_until,
        created_at=row.created_at,
    )


def _date_arg(value: date, field: str) -> date:
    if isinstance(value, datetime) or not isinstance(value, date):
        raise UserError("invalid_date", field=field, value=str(value)[:30])
    return value


def _protected_deal(uow: UnitOfWork, deal_id: str) -> tuple[DealRegistration, date]:
    deal = uow.get(DealRegistration, deal_id)
    if deal.status != DealStatus.APPROVED.value:
        raise IllegalTransition("deal_registration", deal.status, "extend")
    if deal.protection_until is None:
        raise UserError("no_protection", field="protection_until")
    if deal.protection_until < uow.now.date():
        raise UserError("protection_over", field="protection_until", protection_until=deal.protection_until.isoformat())
    return deal, deal.protection_until


def _open_request(session: Session, deal_id: str, exclude_id: str | None = None) -> DealExtensionRequest | None:
    stmt = select(DealExtensionRequest).where(
        DealExtensionRequest.deal_id == deal_id,
        DealExtensionRequest.status == ExtensionStatus.REQUESTED.value,
        DealExtensionRequest.deleted_at.is_(None),
    )
    if exclude_id is not None:
        stmt = stmt.where(DealExtensionRequest.id != exclude_id)
    with session.no_autoflush:
        return session.scalars(stmt).first()


def _check_until(new: date, current: date, field: str) -> date:
    if new <= current:
        raise UserError("not_later", field=field, value=new.isoformat(), current=current.isoformat())
    if new > current + timedelta(days=MAX_EXTENSION_DAYS):
        raise UserError("out_of_range", field=field, value=new.isoformat(), max_days=MAX_EXTENSION_DAYS)
    return new


def check_extension_request(
    uow: UnitOfWork, deal_id: str, requested_until: date, *, exclude_id: str | None = None
) -> tuple[DealRegistration, date]:
    """The rules of a new extension request, shared by `request_extension` (laptop and server) and the
    server's check of a pushed `deal_extension_requests` create: the actor may act for the deal's partner,
    the deal is approved and still protected, `requested_until` is later than the current protection (at
    most `MAX_EXTENSION_DAYS` later) and no other request of the deal is open. Returns the deal and its
    current protection end."""
    until = _date_arg(requested_until, "requested_until")
    deal = uow.get(DealRegistration, deal_id)
    uow.actor.require_partner_access("request_extension", deal.partner_id)
    deal, current = _protected_deal(uow, deal_id)
    _check_until(until, current, "requested_until")
    open_request = _open_request(uow.session, deal.id, exclude_id)
    if open_request is not None:
        raise UserError("extension_pending", field="deal_id", id=deal.id)
    return deal, current


def request_extension(
    engine: Engine, actor: Actor, deal_id: str, requested_until: date, reason: str, *, replica: bool = True
) -> ExtensionRequestDTO:
    """The registering partner (or a vendor on its behalf) asks to protect an approved deal until
    `requested_until`, before the current protection ends. At most `MAX_EXTENSION_DAYS` more."""
    until = _date_arg(requested_until, "requested_until")
    why = v.required_text(reason, "reason", max_len=v.MAX_TEXT)
    with UnitOfWork(engine, actor, replica=replica) as uow:
        deal, current = check_extension_request(uow, deal_id, until)
        row = uow.add(
            DealExtensionRequest(
                deal_id=deal.id,
                partner_id=deal.partner_id,
                requested_by=actor.user_id,
                current_until=current,
                requested_until=until,
                reason=why,
                status=ExtensionStatus.REQUESTED.value,
            )
        )
        uow.flush()
        return _dto(row)


def grant_extension(
    engine: Engine, actor: Actor, request_id: str, protection_until: date | None = None, *, replica: bool = True
) -> ExtensionRequestDTO:
    """Vendor: grant the request; the deal is protected until `protection_until` (default: the requested
    date). The deal must still be approved and protected."""
    actor.require_vendor("grant_extension")
    chosen = _date_arg(protection_until, "protection_until") if protection_until is not None else None
    with UnitOfWork(engine, actor, replica=replica) as uow:
        req = uow.get(DealExtensionRequest, request_id)
        if req.status != ExtensionStatus.REQUESTED.value:
            raise IllegalTransition("deal_extension_request", req.status, ExtensionStatus.GRANTED.value)
        deal, current = _protected_deal(uow, req.deal_id)
        until = _check_until(chosen or req.requested_until, current, "protection_until")
        with uow.command(deal, "extend", protection_until=until, request_id=req.id):
            deal.protection_until = until
        with uow.command(req, "grant", granted_until=until):
            req.status = ExtensionStatus.GRANTED.value
            req.decided_at = uow.now
            req.decided_by = actor.user_id
            req.granted_until = until
        return _dto(req)


def decline_extension(
    engine: Engine, actor: Actor, request_id: str, reason: str, *, replica: bool = True
) -> ExtensionRequestDTO:
    """Vendor: decline the request with a reason; the protection stays as it was."""
    actor.require_vendor("decline_extension")
    why = v.required_text(reason, "reason", max_len=v.MAX_TEXT)
    with UnitOfWork(engine, actor, replica=replica) as uow:
        req = uow.get(DealExtensionRequest, request_id)
        if req.status != ExtensionStatus.REQUESTED.value:
            raise IllegalTransition("deal_extension_request", req.status, ExtensionStatus.DECLINED.value)
        with uow.command(req, "decline", reason=why):
            req.status = ExtensionStatus.DECLINED.value
            req.decided_at = uow.now
            req.decided_by = actor.user_id
            req.decision_reason = why
        return _dto(req)


def extension_requests(
    engine: Engine, actor: Actor, *, deal_id: str | None = None, status: ExtensionStatus | str | None = None
) -> list[ExtensionRequestDTO]:
    """Extension requests, oldest first; partner roles see only their own partner's."""
    stmt = select(DealExtensionRequest).where(DealExtensionRequest.deleted_at.is_(None))
    if deal_id is not None:
        stmt = stmt.where(DealExtensionRequest.deal_id == deal_id)
    if status is not None:
        stmt = stmt.where(DealExtensionRequest.status == ExtensionStatus(status).value)
    if not actor.is_vendor:
        stmt = stmt.where(DealExtensionRequest.partner_id == (actor.partner_id or ""))
    with Session(engine) as session:
        rows = session.scalars(stmt.order_by(DealExtensionRequest.created_at, DealExtensionRequest.id))
        return [_dto(r) for r in rows]
