"""German ships complete: every UI string is in workbench_de.ts, translated, and compiled to the .qm; the
window comes up in German with German number and date formats."""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from ui.i18n import TRANSLATIONS_DIR, apply_locale, format_money, load_translations, plural, translate

ROOT = Path(__file__).resolve().parents[2]
TS = TRANSLATIONS_DIR / "workbench_de.ts"
QM = TRANSLATIONS_DIR / "workbench_de.qm"


def _messages(path: Path) -> dict[tuple[str, str], ET.Element]:
    out = {}
    for ctx in ET.parse(path).getroot().iter("context"):
        name = ctx.findtext("name") or ""
        for m in ctx.iter("message"):
            out[(name, m.findtext("source") or "")] = m
    return out


def test_every_ui_string_is_in_the_catalogue_and_translated(tmp_path: Path) -> None:
    fresh = tmp_path / "fresh.ts"
    sources = sorted(str(p) for p in (ROOT / "ui").rglob("*.py"))
    lupdate = Path(sys.executable).parent / "pyside6-lupdate"
    subprocess.run([str(lupdate), *sources, "-ts", str(fresh)], check=True, capture_output=True, timeout=120)
    extracted = set(_messages(fresh))
    shipped = _messages(TS)
    assert extracted - set(shipped) == set(), "run pyside6-lupdate and translate the new strings"
    unfinished = [k for k, m in shipped.items() if k in extracted and m.find("translation").get("type") is not None]
    assert unfinished == []
    assert QM.stat().st_mtime >= TS.stat().st_mtime - 1, "run pyside6-lrelease after editing the .ts"


@pytest.fixture
def german(qtbot: QtBot) -> Iterator[None]:
    app = QApplication.instance()
    assert app is not None
    assert load_translations(app, "de")
    apply_locale("de_DE")
    yield
    load_translations(app, "en")
    apply_locale("en_GB")
    QLocale.setDefault(QLocale("en_US"))


def test_german_texts_and_formats(german: None) -> None:
    assert translate("MainWindow", "Dashboard") == "Übersicht"
    assert translate("errors", "{field} is required.") == "{field} ist erforderlich."
    assert plural(1, translate("Status", "%n conflict"), translate("Status", "%n conflicts")) == "1 Konflikt"
    assert plural(1234, translate("Partners", "%n partner"), translate("Partners", "%n partners")) == "1.234 Partner"
    assert format_money(123456, "EUR") == "1.234,56\u00a0€"
