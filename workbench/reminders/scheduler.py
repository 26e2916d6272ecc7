"""The local scheduler core (Qt-free; the desktop shell calls `tick` from a timer on its db lane and
shows `new` reminders as a tray notification, `current` in the notifications list).

Works offline: it only reads the replica. It remembers which reminder ids it has already announced in
this session, so a tray notification is shown once per reminder even though every tick recomputes the
list; a snoozed reminder that comes back after its snooze is announced again."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from sqlalchemy import Engine

from workbench.reminders.queries import due_list
from workbench.reminders.types import Reminder
from workbench.security.roles import Actor

TICK_INTERVAL = timedelta(minutes=15)


@dataclass(frozen=True, slots=True)
class Tick:
    current: tuple[Reminder, ...]  # the whole notifications list
    new: tuple[Reminder, ...]  # not announced before in this session: show as desktop notification
    reviews_overdue: int = 0  # all overdue reviews (vendor roles); the longest waiting are in `current`


@dataclass
class ReminderScheduler:
    engine: Engine
    actor: Actor
    _announced: set[str] = field(default_factory=set)
    last_tick: datetime | None = None

    def tick(self, now: datetime) -> Tick:
        today: date = now.date()
        listed = due_list(self.engine, self.actor, today)
        current = listed.reminders
        ids = {r.id for r in current}
        new = tuple(r for r in current if r.id not in self._announced)
        # Forget what is no longer listed (snoozed, dismissed, done), so it is announced if it returns.
        self._announced = (self._announced & ids) | {r.id for r in new}
        self.last_tick = now
        return Tick(tuple(current), new, listed.reviews_overdue)

    def due(self, now: datetime) -> bool:
        """Whether the next tick is due (first tick immediately, then every `TICK_INTERVAL`)."""
        return self.last_tick is None or now - self.last_tick >= TICK_INTERVAL
