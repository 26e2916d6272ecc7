"""Pure certification rules: validity and the status shown for a given day."""

from __future__ import annotations

import calendar
from datetime import date

from workbench.training.types import CertificationStatus

EXPIRING_DAYS = 90


def add_months(day: date, months: int) -> date:
    """`day` plus whole months, clamped to the month's last day (31 Jan + 1 month = 28/29 Feb)."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    month += 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def expiry_date(earned_on: date, validity_months: int | None) -> date | None:
    """The day a certification earned on `earned_on` expires; None = never."""
    return None if validity_months is None else add_months(earned_on, validity_months)


def certification_status(earned_on: date, expires_on: date | None, today: date) -> CertificationStatus:
    """active | expiring (expiry within 90 days) | expired (on and after `expires_on`)."""
    if expires_on is None:
        return CertificationStatus.ACTIVE
    days_left = (expires_on - today).days
    if days_left <= 0:
        return CertificationStatus.EXPIRED
    if days_left <= EXPIRING_DAYS:
        return CertificationStatus.EXPIRING
    return CertificationStatus.ACTIVE


def effective_status(
    stored: CertificationStatus | str, earned_on: date | None, expires_on: date | None, today: date
) -> CertificationStatus:
    """The status to show: a superseded (renewed) or unfinished (in_progress) certification keeps its
    stored status; an issued one is computed for `today`."""
    status = CertificationStatus(stored)
    if status in (CertificationStatus.RENEWED, CertificationStatus.IN_PROGRESS) or earned_on is None:
        return status
    return certification_status(earned_on, expires_on, today)
