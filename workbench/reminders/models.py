"""Local-only reminder state. Not synced (plain `Base`, no `SyncedMixin`): snoozing or dismissing a
reminder is a personal view setting of one user on one laptop, so it writes no audit entry and no outbox
op. Rows are keyed by the deterministic reminder id (kind, row id, threshold), so a dismissed reminder
stays dismissed however often the reminders are recomputed, and the next threshold of the same row (a new
id) still appears."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import String
from sqlalchemy.orm import Mapped, mapped_column

from workbench.db.base import Base


class ReminderState(Base):
    __tablename__ = "reminder_states"

    user_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    reminder_id: Mapped[str] = mapped_column(String(120), primary_key=True)
    snoozed_until: Mapped[date | None] = mapped_column(nullable=True)
    dismissed_at: Mapped[datetime | None] = mapped_column(nullable=True)
    updated_at: Mapped[datetime] = mapped_column(nullable=False)
