from __future__ import annotations

import shutil
import subprocess
import sys
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale
from pytestqt.qtbot import QtBot

from ui.errors import user_message
from ui.i18n import (
    format_date,
    format_datetime,
    format_money,
    format_number,
    load_translations,
    parse_decimal,
    tr,
    translate,
)
from workbench.errors import UserError

DE = QLocale("de_DE")
EN = QLocale("en_US")
NBSP = "\u00a0"


@pytest.mark.parametrize(
    ("minor", "currency", "locale", "expected"),
    [
        (123456, "EUR", DE, f"1.234,56{NBSP}€"),
        (123456, "EUR", EN, "€1,234.56"),
        (5, "EUR", DE, f"0,05{NBSP}€"),
        (-5, "USD", DE, f"-0,05{NBSP}$"),
        (100000, "JPY", DE, f"100.000{NBSP}¥"),  # no decimals
        (1234, "KWD", DE, f"1,234{NBSP}KWD"),  # three decimals
        (1234, "KWD", EN, f"KWD{NBSP}1.234"),
        (0, "GBP", EN, "£0.00"),
        (10**15 + 1, "EUR", DE, f"10.000.000.000.000,01{NBSP}€"),  # exact, a float would drop the cent
        (2**63 + 7, "EUR", EN, "€92,233,720,368,547,758.15"),  # beyond QLocale's integer range
    ],
)
def test_format_money(minor: int, currency: str, locale: QLocale, expected: str) -> None:
    assert format_money(minor, currency, locale) == expected


def test_format_money_refuses_floats_and_unknown_currencies() -> None:
    with pytest.raises(TypeError):
        format_money(1.5, "EUR", DE)  # type: ignore[arg-type]
    with pytest.raises(KeyError):
        format_money(1, "XXX", DE)


def test_format_number_and_parse_round_trip() -> None:
    assert format_number(1234567, DE) == "1.234.567"
    assert format_number(Decimal("-1234.5"), EN) == "-1,234.5"
    assert format_number(Decimal("2.345"), DE, decimals=2) == "2,34"  # half-even, exact
    assert format_number(Decimal("0.0001"), EN) == "0.0001"
    assert parse_decimal("1.234,56", DE) == Decimal("1234.56")
    assert parse_decimal("1,234.56", EN) == Decimal("1234.56")
    assert parse_decimal("12a", EN) is None
    assert parse_decimal("", EN) is None


def test_format_dates() -> None:
    assert format_date(date(2026, 3, 4), DE) == "04.03.26"
    assert format_date(date(2026, 3, 4), EN) == "3/4/26"
    assert "2026" in format_date(date(2026, 3, 4), DE, style="long")
    assert format_date(None, DE) == ""
    assert "04.03.26" in format_datetime(datetime(2026, 3, 4, 10, 0, tzinfo=UTC), DE)
    assert format_datetime(None) == ""


def test_tr_and_german_catalogue(qtbot: QtBot, tmp_path: Path) -> None:
    app = QCoreApplication.instance()
    assert app is not None
    lrelease = shutil.which("pyside6-lrelease", path=str(Path(sys.executable).parent))
    assert lrelease is not None
    (tmp_path / "workbench_de.ts").write_text(
        """<?xml version="1.0" encoding="utf-8"?><!DOCTYPE TS><TS version="2.1" language="de_DE">
<context><name>errors</name><message><source>{field} is required.</source>
<translation>{field} ist erforderlich.</translation></message></context>
<context><name>Sample</name><message><source>Hello</source><translation>Hallo</translation></message></context>
</TS>""",
        encoding="utf-8",
    )
    subprocess.run([lrelease, str(tmp_path / "workbench_de.ts")], check=True, capture_output=True)
    try:
        assert load_translations(app, "de", tmp_path) is True
        assert tr("Sample", "Hello") == "Hallo"
        assert translate("Sample", "Hello") == "Hallo"
        assert user_message(UserError("required", field="fax")) == "Fax ist erforderlich."
        assert load_translations(app, "en", tmp_path) is False  # source language: no catalogue needed
        assert tr("Sample", "Hello") == "Hello"
    finally:
        load_translations(app, "en", tmp_path)
