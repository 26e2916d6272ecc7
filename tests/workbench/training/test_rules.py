from __future__ import annotations

from datetime import date, timedelta

import pytest

from workbench.training.rules import add_months, certification_status, effective_status, expiry_date
from workbench.training.types import CertificationStatus as CS

EXPIRES = date(2026, 6, 30)


@pytest.mark.parametrize(
    ("days_before_expiry", "expected"),
    [
        (365, CS.ACTIVE),
        (91, CS.ACTIVE),
        (90, CS.EXPIRING),
        (89, CS.EXPIRING),
        (1, CS.EXPIRING),
        (0, CS.EXPIRED),
        (-1, CS.EXPIRED),
        (-400, CS.EXPIRED),
    ],
)
def test_expiry_boundaries(days_before_expiry: int, expected: CS) -> None:
    today = EXPIRES - timedelta(days=days_before_expiry)
    assert certification_status(date(2024, 6, 30), EXPIRES, today) == expected


def test_never_expires() -> None:
    assert certification_status(date(2000, 1, 1), None, date(2100, 1, 1)) == CS.ACTIVE


def test_renewed_and_in_progress_keep_their_status() -> None:
    assert effective_status(CS.RENEWED, date(2020, 1, 1), date(2021, 1, 1), date(2026, 1, 1)) == CS.RENEWED
    assert effective_status("in_progress", None, None, date(2026, 1, 1)) == CS.IN_PROGRESS
    assert effective_status("active", date(2020, 1, 1), date(2021, 1, 1), date(2026, 1, 1)) == CS.EXPIRED


@pytest.mark.parametrize(
    ("day", "months", "expected"),
    [
        (date(2025, 1, 31), 1, date(2025, 2, 28)),
        (date(2024, 2, 29), 12, date(2025, 2, 28)),
        (date(2024, 2, 29), 48, date(2028, 2, 29)),
        (date(2025, 11, 15), 24, date(2027, 11, 15)),
        (date(2025, 12, 31), 36, date(2028, 12, 31)),
    ],
)
def test_add_months(day: date, months: int, expected: date) -> None:
    assert add_months(day, months) == expected


def test_expiry_date() -> None:
    assert expiry_date(date(2025, 3, 10), 12) == date(2026, 3, 10)
    assert expiry_date(date(2025, 3, 10), None) is None
