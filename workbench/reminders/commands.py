"""Snooze and dismiss (local-only state of one user; no audit entry, no outbox op: a personal view
setting, not business data). Both are idempotent upserts keyed by the deterministic reminder id."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Engine
from sqlalchemy.orm import Session

from workbench.clock import utcnow
from workbench.errors import UserError
from workbench.reminders.models import ReminderState
from workbench.reminders.types import parse_reminder_id
from workbench.security.roles import Actor

MAX_SNOOZE_DAYS = 365


def _checked_id(value: str) -> str:
    try:
        parse_reminder_id(value)
    except (ValueError, AttributeError):
        raise UserError("invalid_reminder_id", field="reminder_id", value=str(value)[:120]) from None
    return value


def _state(session: Session, actor: Actor, reminder_id: str, now: datetime) -> ReminderState:
    state = session.get(ReminderState, (actor.user_id, reminder_id))
    if state is None:
        state = ReminderState(user_id=actor.user_id, reminder_id=reminder_id, updated_at=now)
        session.add(state)
    return state


def snooze_reminder(engine: Engine, actor: Actor, reminder_id: str, until: date, *, today: date | None = None) -> None:
    """Hide the reminder until `until` (it shows again on that day). `until` must be after today and at
    most a year ahead."""
    rid = _checked_id(reminder_id)
    now = utcnow()
    day = today if today is not None else now.date()
    if isinstance(until, datetime) or not isinstance(until, date):
        raise UserError("invalid_date", field="until", value=str(until)[:30])
    if until <= day:
        raise UserError("not_later", field="until", value=until.isoformat(), current=day.isoformat())
    if (until - day).days > MAX_SNOOZE_DAYS:
        raise UserError("out_of_range", field="until", value=until.isoformat(), max_days=MAX_SNOOZE_DAYS)
    with Session(engine) as session, session.begin():
        state = _state(session, actor, rid, now)
        state.snoozed_until = until
        state.updated_at = now


def dismiss_reminder(engine: Engine, actor: Actor, reminder_id: str) -> None:
    """Dismiss for good (the same row's next threshold is a different reminder and still appears)."""
    rid = _checked_id(reminder_id)
    now = utcnow()
    with Session(engine) as session, session.begin():
        state = _state(session, actor, rid, now)
        if state.dismissed_at is None:
            state.dismissed_at = now
        state.updated_at = now


def restore_reminder(engine: Engine, actor: Actor, reminder_id: str) -> None:
    """Undo snooze and dismiss."""
    rid = _checked_id(reminder_id)
    with Session(engine) as session, session.begin():
        state = session.get(ReminderState, (actor.user_id, rid))
        if state is not None:
            session.delete(state)
