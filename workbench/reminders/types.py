"""Reminder DTOs and kinds."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum


class ReminderKind(StrEnum):
    PROTECTION_EXPIRY = "protection_expiry"  # deal_registrations.protection_until (approved deals)
    CLAIM_DEADLINE = "claim_deadline"  # mdf_requests.claim_due (approved requests without a claim)
    FUND_EXPIRY = "fund_expiry"  # mdf_allocations: unrequested funds lapse at the budget's period_end
    CERTIFICATION_EXPIRY = "certification_expiry"  # certifications.expires_on (active ones)
    REVIEW_OVERDUE = "review_overdue"  # submitted deal registrations past the review SLA (vendor roles)


# Days before the deadline at which a reminder becomes due (one reminder per threshold).
THRESHOLDS: dict[ReminderKind, tuple[int, ...]] = {
    ReminderKind.PROTECTION_EXPIRY: (14, 7, 1),
    ReminderKind.CLAIM_DEADLINE: (14, 7, 1),
    ReminderKind.FUND_EXPIRY: (30, 7),
    ReminderKind.CERTIFICATION_EXPIRY: (90, 30),
    ReminderKind.REVIEW_OVERDUE: (0,),
}

# Order in the notifications list: the most urgent kinds first on the same day.
KIND_ORDER: dict[ReminderKind, int] = {
    ReminderKind.REVIEW_OVERDUE: 0,
    ReminderKind.PROTECTION_EXPIRY: 1,
    ReminderKind.CLAIM_DEADLINE: 2,
    ReminderKind.FUND_EXPIRY: 3,
    ReminderKind.CERTIFICATION_EXPIRY: 4,
}


def reminder_id(kind: ReminderKind, row_id: str, threshold: int) -> str:
    """Deterministic id: the same row and threshold always give the same reminder."""
    return f"{kind.value}:{row_id}:{threshold}"


def parse_reminder_id(value: str) -> tuple[ReminderKind, str, int]:
    """(kind, row id, threshold) of a reminder id; ValueError if it is not one."""
    kind, row_id, threshold = value.split(":")
    parsed = ReminderKind(kind)
    days = int(threshold)
    if not row_id or days not in THRESHOLDS[parsed]:
        raise ValueError(value)
    return parsed, row_id, days


@dataclass(frozen=True, slots=True)
class Reminder:
    """One due reminder. `deadline` is the date it is about (last protected day, claim due day, budget
    end, certification expiry, review due day); `days_left` counts calendar days from today (negative
    for overdue reviews); `subject` is a short data label (customer, activity title, path title), never
    UI text."""

    id: str
    kind: ReminderKind
    row_id: str
    threshold_days: int
    deadline: date
    days_left: int
    partner_id: str | None
    subject: str
    snoozed_until: date | None = None  # set only when listing snoozed reminders too
