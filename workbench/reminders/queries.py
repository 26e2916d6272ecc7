"""Which reminders are due for a user on a day. Pure reads of the local replica, so they work offline:
each kind is one indexed range query on its deadline column (today .. today + largest threshold), then
the threshold rule below, then the user's local snooze/dismiss state.

Threshold rule: a row whose deadline is `days_left` days away (0 = the deadline is today) has the
reminder of the smallest threshold `t` with `days_left <= t`; e.g. protection ending in 10 days -> the
14-day reminder, in 5 days -> the 7-day one, on its last day -> the 1-day one. Each threshold has its own
id, so dismissing the 14-day reminder does not silence the 7-day one. Past the deadline there is no
reminder (the expiry itself shows in the lists), except overdue reviews, which are reminded from the day
after the review was due until answered.

Scope: partner roles get their own partner's rows; vendor roles everything on the replica (which holds only
the partners they may see). Overdue reviews go to vendor roles only.

Overdue reviews are aggregated for the notifications list (`due_list`): a channel manager may have
thousands of them (13,936 on the 1,000,000-deal replica), and a list of thousands of lines is neither
cheap to build every tick nor useful. The list holds the MAX_LISTED_REVIEWS longest-waiting ones that are
not dismissed or snoozed (one reminder per deal, as before, so snooze and dismiss keep their meaning) and
the count of all overdue reviews, from which the user opens the review queue. The count is one index range
per review SLA (`submitted_at` before the first submission day whose review is not yet overdue, see
`_review_boundary`), the listed ones the head of the same range in `submitted_at` order: neither reads
every overdue registration."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from sqlalchemy import ColumnElement, Engine, and_, func, or_, select
from sqlalchemy.engine import Connection

from workbench.deals.models import DealRegistration
from workbench.deals.sla import review_deadlines, review_due
from workbench.deals.types import DealStatus
from workbench.mdf.models import Claim, FundRequest, MdfAllocation, MdfBudget
from workbench.mdf.types import ClaimStatus, RequestStatus
from workbench.programs.models import Program
from workbench.reminders.models import ReminderState
from workbench.reminders.types import KIND_ORDER, THRESHOLDS, Reminder, ReminderKind, reminder_id
from workbench.security.roles import Actor
from workbench.training.models import Certification, LearningPath
from workbench.training.types import CertificationStatus


def threshold_for(days_left: int, thresholds: Iterable[int]) -> int | None:
    """The threshold whose reminder is due `days_left` days before the deadline, or None."""
    if days_left < 0:
        return None
    hits = [t for t in thresholds if days_left <= t]
    return min(hits) if hits else None


def _scope(actor: Actor, partner_col: Any) -> list[ColumnElement[bool]]:
    return [] if actor.is_vendor else [partner_col == (actor.partner_id or "")]


def _collect(kind: ReminderKind, rows: Iterable[Any], today: date) -> list[Reminder]:
    """Rows of (id, deadline, partner_id, subject) -> due reminders (`threshold_for` by bisection over the
    kind's sorted thresholds: a vendor's tick may build thousands)."""
    ordered = sorted(THRESHOLDS[kind])
    out = []
    for row_id, deadline, partner_id, subject in rows:
        if deadline is None:
            continue
        days_left = (deadline - today).days
        i = bisect_left(ordered, days_left)
        if days_left < 0 or i == len(ordered):
            continue
        threshold = ordered[i]  # the smallest with days_left <= threshold
        out.append(
            Reminder(
                reminder_id(kind, row_id, threshold), kind, row_id, threshold, deadline, days_left, partner_id, subject
            )
        )
    return out


def _window(today: date, kind: ReminderKind) -> date:
    return today + timedelta(days=max(THRESHOLDS[kind]))


def _protection(conn: Connection, actor: Actor, today: date) -> list[Reminder]:
    D = DealRegistration
    kind = ReminderKind.PROTECTION_EXPIRY
    stmt = select(D.id, D.protection_until, D.partner_id, D.customer_name).where(
        D.status == DealStatus.APPROVED.value,
        D.deleted_at.is_(None),
        D.protection_until >= today,
        D.protection_until <= _window(today, kind),
    )
    return _collect(kind, conn.execute(stmt.where(*_scope(actor, D.partner_id))), today)


_CLAIMED = [s.value for s in ClaimStatus if s not in (ClaimStatus.DRAFT, ClaimStatus.REJECTED)]


def _claims(conn: Connection, actor: Actor, today: date) -> list[Reminder]:
    """Approved requests whose claim is still to be filed (no claim beyond draft or rejected)."""
    R = FundRequest
    kind = ReminderKind.CLAIM_DEADLINE
    filed = (
        select(Claim.id)
        .where(Claim.request_id == R.id, Claim.deleted_at.is_(None), Claim.status.in_(_CLAIMED))
        .exists()
    )
    stmt = select(R.id, R.claim_due, R.partner_id, R.title).where(
        R.status == RequestStatus.APPROVED.value,
        R.deleted_at.is_(None),
        R.claim_due >= today,
        R.claim_due <= _window(today, kind),
        ~filed,
    )
    return _collect(kind, conn.execute(stmt.where(*_scope(actor, R.partner_id))), today)


_COMMITTED = [RequestStatus.SUBMITTED.value, RequestStatus.INFO_REQUESTED.value, RequestStatus.APPROVED.value]


def _funds(conn: Connection, actor: Actor, today: date) -> list[Reminder]:
    """Allocations with funds not yet requested (allocation minus approved and pending requests) when the
    budget period ends."""
    A, B, R = MdfAllocation, MdfBudget, FundRequest
    kind = ReminderKind.FUND_EXPIRY
    committed = (
        select(func.coalesce(func.sum(func.coalesce(R.approved_minor, R.requested_minor)), 0))
        .where(R.allocation_id == A.id, R.deleted_at.is_(None), R.status.in_(_COMMITTED))
        .scalar_subquery()
    )
    # the budgets ending in the window first (a handful), then their allocations by the budget index: joined
    # plainly SQLite walked every allocation with the committed-funds subquery (~19 ms at 49,336)
    ending = select(B.id).where(B.deleted_at.is_(None), B.period_end >= today, B.period_end <= _window(today, kind))
    stmt = (
        select(A.id, B.period_end, A.partner_id, B.name)
        .join(B, B.id == A.budget_id)
        .where(A.budget_id.in_(ending), A.deleted_at.is_(None), A.amount_minor > committed)
    )
    return _collect(kind, conn.execute(stmt.where(*_scope(actor, A.partner_id))), today)


def _certifications(conn: Connection, actor: Actor, today: date) -> list[Reminder]:
    C = Certification
    kind = ReminderKind.CERTIFICATION_EXPIRY
    stmt = (
        select(C.id, C.expires_on, C.partner_id, LearningPath.title)
        .join(LearningPath, LearningPath.id == C.path_id)
        .where(
            C.status == CertificationStatus.ACTIVE.value,
            C.deleted_at.is_(None),
            C.expires_on >= today,
            C.expires_on <= _window(today, kind),
        )
    )
    return _collect(kind, conn.execute(stmt.where(*_scope(actor, C.partner_id))), today)


def _reviews(engine: Engine, actor: Actor, today: date) -> list[Reminder]:
    if not actor.is_vendor:
        return []
    kind = ReminderKind.REVIEW_OVERDUE
    return [
        Reminder(
            reminder_id(kind, d.deal_id, 0),
            kind,
            d.deal_id,
            0,
            d.due_on,
            (d.due_on - today).days,
            d.partner_id,
            d.customer_name,
        )
        for d in review_deadlines(engine, actor, today, overdue_only=True)
    ]


MAX_LISTED_REVIEWS = 20  # overdue reviews listed one by one in the notifications list (the oldest)


@dataclass(frozen=True, slots=True)
class DueList:
    """The notifications list: `reminders` (deadline order) and `reviews_overdue`, the number of ALL
    registrations past their review day (vendor roles; 0 for partner roles), of which at most
    MAX_LISTED_REVIEWS, the longest waiting that are not dismissed or snoozed, are among `reminders`."""

    reminders: list[Reminder]
    reviews_overdue: int


def _deadline_reminders(engine: Engine, actor: Actor, today: date) -> list[Reminder]:
    with engine.connect() as conn:
        found = _protection(conn, actor, today) + _claims(conn, actor, today)
        found += _funds(conn, actor, today) + _certifications(conn, actor, today)
    return found


def _sorted(found: list[Reminder]) -> list[Reminder]:
    found.sort(key=lambda r: (r.deadline, KIND_ORDER[r.kind], r.id))
    return found


def all_reminders(engine: Engine, actor: Actor, today: date) -> list[Reminder]:
    """Every reminder due on `today`, ignoring snooze and dismiss (deadline order), with every overdue
    review (uncapped: its cost grows with their number; the notifications list uses `due_list`)."""
    return _sorted(_deadline_reminders(engine, actor, today) + _reviews(engine, actor, today))


def _review_boundary(today: date, sla_days: int) -> date:
    """The first submission day whose review is not overdue on `today`: a registration is overdue exactly
    when it was submitted before this day (the review day never moves back when the submission day moves
    on, so the overdue ones are a prefix in `submitted_at` order)."""
    day = today  # its review day is today or later: never overdue
    while review_due(day - timedelta(days=1), sla_days) >= today:
        day -= timedelta(days=1)
    return day


def _day_start(day: date) -> datetime:
    return datetime.combine(day, time.min, tzinfo=UTC)


def _overdue_reviews(
    engine: Engine, today: date, states: dict[str, tuple[date | None, bool]], include_snoozed: bool, limit: int
) -> tuple[list[Reminder], int]:
    """(the `limit` longest-waiting overdue reviews that are not hidden, the number of all overdue)."""
    D = DealRegistration
    kind = ReminderKind.REVIEW_OVERDUE
    with engine.connect() as conn:
        slas: dict[int, list[str]] = {}
        for pid, sla in conn.execute(select(Program.id, Program.review_sla_days)):
            slas.setdefault(int(sla), []).append(pid)
        if not slas:
            return [], 0
        bounds = {sla: _day_start(_review_boundary(today, sla)) for sla in slas}
        live = [D.status == DealStatus.SUBMITTED.value, D.deleted_at.is_(None), D.submitted_at.is_not(None)]
        if len(slas) == 1:
            # one SLA (the usual case): a range of the (status, submitted_at, deleted_at, id) index, no row read
            overdue: ColumnElement[bool] = D.submitted_at < next(iter(bounds.values()))
        else:
            overdue = or_(*(and_(D.program_id.in_(ids), D.submitted_at < bounds[sla]) for sla, ids in slas.items()))
        count = int(conn.scalar(select(func.count()).select_from(D).where(*live, overdue)) or 0)
        listed: list[Reminder] = []
        if count == 0 or limit <= 0:
            return listed, count
        # the `limit` most overdue (earliest review day): within one SLA that is submission order, so per SLA
        # the head of its range, merged
        for sla, ids in slas.items():
            stmt = (
                select(D.id, D.partner_id, D.customer_name, D.submitted_at)
                .where(*live, D.submitted_at < bounds[sla])
                .order_by(D.submitted_at, D.id)
            )
            if len(slas) > 1:
                stmt = stmt.where(D.program_id.in_(ids))
            taken = 0
            for row_id, partner_id, customer, submitted_at in conn.execute(stmt):
                if submitted_at is None:  # excluded by the query; for the type
                    continue
                due = review_due(submitted_at, sla)
                rem = Reminder(
                    reminder_id(kind, row_id, 0), kind, row_id, 0, due, (due - today).days, partner_id, customer
                )
                shown = _shown(rem, states, today, include_snoozed)
                if shown is not None:
                    listed.append(shown)
                    taken += 1
                    if taken >= limit:
                        break
    listed.sort(key=lambda r: (r.deadline, r.id))
    del listed[limit:]
    return listed, count


def _states(engine: Engine, user_id: str) -> dict[str, tuple[date | None, bool]]:
    stmt = select(ReminderState.reminder_id, ReminderState.snoozed_until, ReminderState.dismissed_at).where(
        ReminderState.user_id == user_id
    )
    with engine.connect() as conn:
        return {r.reminder_id: (r.snoozed_until, r.dismissed_at is not None) for r in conn.execute(stmt)}


def _shown(
    rem: Reminder, states: dict[str, tuple[date | None, bool]], today: date, include_snoozed: bool
) -> Reminder | None:
    """`rem` as the list shows it: None when dismissed or snoozed beyond `today` (unless `include_snoozed`,
    which keeps it with `snoozed_until` set)."""
    snoozed_until, dismissed = states.get(rem.id, (None, False))
    if dismissed:
        return None
    if snoozed_until is not None and snoozed_until > today:
        return _with_snooze(rem, snoozed_until) if include_snoozed else None
    return rem


def due_list(
    engine: Engine,
    actor: Actor,
    today: date,
    *,
    include_snoozed: bool = False,
    review_limit: int | None = None,
) -> DueList:
    """The notifications list for `actor` on `today`: due reminders minus dismissed ones, minus those
    snoozed beyond `today` (unless `include_snoozed`, which lists them with `snoozed_until` set); of the
    overdue reviews the `review_limit` (default MAX_LISTED_REVIEWS) longest waiting, and the count of all
    of them."""
    states = _states(engine, actor.user_id)
    out = [
        shown
        for rem in _deadline_reminders(engine, actor, today)
        if (shown := _shown(rem, states, today, include_snoozed)) is not None
    ]
    reviews: list[Reminder] = []
    count = 0
    if actor.is_vendor:
        limit = MAX_LISTED_REVIEWS if review_limit is None else review_limit
        reviews, count = _overdue_reviews(engine, today, states, include_snoozed, limit)
    return DueList(_sorted(out + reviews), count)


def due_reminders(engine: Engine, actor: Actor, today: date, *, include_snoozed: bool = False) -> list[Reminder]:
    """The reminders of `due_list` (at most MAX_LISTED_REVIEWS overdue reviews among them)."""
    return due_list(engine, actor, today, include_snoozed=include_snoozed).reminders


def _with_snooze(rem: Reminder, until: date) -> Reminder:
    return Reminder(
        rem.id,
        rem.kind,
        rem.row_id,
        rem.threshold_days,
        rem.deadline,
        rem.days_left,
        rem.partner_id,
        rem.subject,
        until,
    )
