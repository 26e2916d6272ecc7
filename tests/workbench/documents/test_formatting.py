"""Money, dates and sizes in the PDF, German and English, from integer minor units."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from workbench.documents.formatting import LABELS, format_date, format_datetime, format_money, format_size
from workbench.documents.types import Lang

NBSP = "\u00a0"


@pytest.mark.parametrize(
    ("minor", "currency", "de", "en"),
    [
        (123456, "EUR", f"1.234,56{NBSP}€", "€1,234.56"),
        (0, "EUR", f"0,00{NBSP}€", "€0.00"),
        (5, "USD", f"0,05{NBSP}$", "$0.05"),
        (-123456789, "GBP", f"-1.234.567,89{NBSP}£", "-£1,234,567.89"),
        (1234567, "JPY", f"1.234.567{NBSP}¥", "¥1,234,567"),
        (1234567, "CHF", f"12.345,67{NBSP}CHF", f"CHF{NBSP}12,345.67"),
        (100000000000001, "EUR", f"1.000.000.000.000,01{NBSP}€", "€1,000,000,000,000.01"),
    ],
)
def test_money(minor: int, currency: str, de: str, en: str) -> None:
    assert format_money(minor, currency, Lang.DE) == de
    assert format_money(minor, currency, Lang.EN) == en


def test_dates_and_sizes() -> None:
    assert format_date(date(2026, 3, 2), Lang.DE) == "02.03.2026"
    assert format_date(date(2026, 3, 2), Lang.EN) == "2026-03-02"
    assert format_datetime(datetime(2026, 3, 2, 7, 5, tzinfo=UTC), Lang.DE) == "02.03.2026 07:05 UTC"
    assert format_size(512, Lang.DE) == "512 B"
    assert format_size(1536, Lang.DE) == "1,5 KB"
    assert format_size(5 * 1024 * 1024, Lang.EN) == "5.0 MB"


def test_both_languages_have_the_same_labels() -> None:
    assert LABELS[Lang.DE].keys() == LABELS[Lang.EN].keys()
    assert LABELS[Lang.DE]["page"].format(page=1, pages=3) == "Seite 1 von 3"
    assert LABELS[Lang.EN]["page"].format(page=1, pages=3) == "Page 1 of 3"
