from __future__ import annotations

import sys
import threading
from collections.abc import Callable
from datetime import date
from decimal import Decimal
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from ui.errors import (
    MESSAGES,
    CrashDialog,
    Severity,
    classify,
    database_message,
    install_excepthook,
    register_terms,
    show_error,
    term,
    user_message,
)
from workbench import validation as v
from workbench.errors import Cancelled, DatabaseOpenError, IllegalTransition, NotFound, PermissionDenied, UserError

ALL_CODES = [
    "required",
    "too_long",
    "control_characters",
    "invalid_email",
    "invalid_domain",
    "invalid_country",
    "unknown_currency",
    "money_negative",
    "money_invalid",
    "money_not_decimal",
    "money_too_precise",
    "money_not_integer",
    "money_too_large",
    "money_zero",
    "invalid_choice",
    "end_before_start",
    "out_of_range",
    "not_integer",
    "not_found",
    "unknown_reference",
    "permission_denied",
    "illegal_transition",
    "passphrase_too_short",
]

# each raises the real UserError of the core; the message must contain the listed fragments
CASES: list[tuple[str, Callable[[], Any], list[str]]] = [
    ("required", lambda: v.required_text("  ", "legal_name"), ["Legal name"]),
    ("too_long", lambda: v.text("x" * 300, "legal_name"), ["300", "200"]),
    ("control_characters", lambda: v.text("a\x01b", "city"), ["City"]),
    ("invalid_email", lambda: v.email("not-an-email"), ["not-an-email"]),
    ("invalid_domain", lambda: v.web_domain("exa mple"), ["exa mple"]),
    ("invalid_country", lambda: v.country("Germany"), ["Germany"]),
    ("unknown_currency", lambda: v.currency("XXX"), ["XXX"]),
    ("money_negative", lambda: v.money_to_minor(Decimal("-1"), "EUR", field="budget"), ["Budget"]),
    ("money_invalid", lambda: v.money_to_minor("12,3x", "EUR"), ["12,3x"]),
    ("money_not_decimal", lambda: v.money_to_minor(1.5, "EUR"), ["Amount"]),  # type: ignore[arg-type]
    ("money_too_precise", lambda: v.money_to_minor(Decimal("1.234"), "EUR"), ["2"]),
    ("money_not_integer", lambda: v.minor_amount("5"), ["Amount"]),  # type: ignore[arg-type]
    ("money_too_large", lambda: v.minor_amount(10**16), ["Amount"]),
    ("money_zero", lambda: v.minor_amount(0, allow_zero=False), ["Amount"]),
    ("invalid_choice", lambda: v.choice("purple", {"gold", "silver"}, "tier"), ["purple", "gold, silver", "Tier"]),
    ("end_before_start", lambda: v.date_range(date(2026, 5, 1), date(2026, 4, 1)), ["2026-04-01", "2026-05-01"]),
    ("out_of_range", lambda: v.positive_int(500, "seats", maximum=100), ["Seats", "0", "100", "500"]),
    ("not_integer", lambda: v.positive_int("7", "seats"), ["Seats"]),  # type: ignore[arg-type]
]


def _raise(fn: Callable[[], Any]) -> UserError:
    with pytest.raises(UserError) as info:
        fn()
    return info.value


def test_every_listed_code_has_its_own_message() -> None:
    assert set(ALL_CODES) <= set(MESSAGES)


@pytest.mark.parametrize(("code", "fn", "fragments"), CASES, ids=[c[0] for c in CASES])
def test_validation_errors_map_to_messages_with_params(code: str, fn: Callable[[], Any], fragments: list[str]) -> None:
    exc = _raise(fn)
    assert exc.code == code
    message = user_message(exc)
    for fragment in fragments:
        assert fragment in message, (fragment, message)
    assert "{" not in message and f"({code})" not in message  # fully formatted, not the generic fallback


def test_core_error_classes_map_to_messages() -> None:
    assert user_message(NotFound("partner", "0190-abc")).startswith("The partner 0190-abc was not found")
    msg = user_message(UserError("unknown_reference", field="budget_id", id="p-9"))
    assert "Budget id" in msg and "p-9" in msg
    assert "deal.approve" in user_message(PermissionDenied("deal.approve", role="partner_user"))
    msg = user_message(IllegalTransition("deal", "draft", "won"))
    assert msg == "This deal cannot go from “draft” to “won”."
    assert "info requested" in user_message(IllegalTransition("mdf_claim", "info_requested", "paid"))
    assert "12" in user_message(UserError("passphrase_too_short", field="passphrase", min=12))


def test_registered_terms_replace_codes() -> None:
    register_terms({"legal_name_test": "Company name"})
    assert term("legal_name_test") == "Company name"
    assert user_message(UserError("required", field="legal_name_test")) == "Company name is required."


def test_unknown_code_gets_generic_message_showing_the_code() -> None:
    msg = user_message(UserError("brand_new_rule", field="budget_id", limit=3))
    assert "brand_new_rule" in msg and "Budget id" in msg
    assert "other_rule" in user_message(UserError("other_rule"))


@pytest.mark.parametrize("reason", ["wrong_key", "locked", "corrupt", "missing_key"])
def test_database_open_reasons_have_distinct_messages(reason: str) -> None:
    exc = DatabaseOpenError(reason, "/tmp/r.db", "detail")
    msg = database_message(exc)
    assert msg and reason not in msg
    others = {database_message(DatabaseOpenError(r, "x")) for r in ["wrong_key", "locked", "corrupt", "missing_key"]}
    assert len(others) == 4
    triage = classify(exc)
    assert triage.severity is Severity.USER and triage.message == msg
    assert "weird" in database_message(DatabaseOpenError("weird", "x"))


def test_cancelled_is_silent(qtbot: QtBot) -> None:
    assert classify(Cancelled()).severity is Severity.SILENT
    assert show_error(Cancelled()) is None
    assert not [w for w in QApplication.topLevelWidgets() if w.isVisible()]


def test_user_error_shows_a_message_box(qtbot: QtBot) -> None:
    box = show_error(UserError("invalid_email", field="email", value="bob@"))
    assert isinstance(box, QMessageBox)
    qtbot.waitExposed(box)
    assert "bob@" in box.text()
    box.close()


def _boom() -> None:
    {}["missing"]


def test_unexpected_error_shows_crash_dialog_with_copyable_traceback(
    qtbot: QtBot, caplog: pytest.LogCaptureFixture
) -> None:
    try:
        _boom()
    except KeyError as exc:
        error = exc
    dialog = show_error(error)
    assert isinstance(dialog, CrashDialog)
    qtbot.waitExposed(dialog)
    assert dialog.details.isReadOnly()
    text = dialog.details.toPlainText()
    assert "Traceback" in text and "KeyError" in text and "_boom" in text
    assert "unexpected error" in caplog.text and "KeyError" in caplog.text  # logged with traceback
    QGuiApplication.clipboard().clear()
    qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == text
    dialog.close()


def test_excepthook_routes_gui_and_thread_exceptions_to_crash_dialog(qtbot: QtBot) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    handle = install_excepthook(app)
    try:
        try:
            raise RuntimeError("uncaught in a slot")
        except RuntimeError as exc:
            sys.excepthook(type(exc), exc, exc.__traceback__)
        dialogs = [w for w in app.topLevelWidgets() if isinstance(w, CrashDialog) and w.isVisible()]
        assert len(dialogs) == 1
        assert "uncaught in a slot" in dialogs[0].details.toPlainText()
        dialogs[0].close()

        def worker() -> None:
            raise ValueError("uncaught in a thread")

        t = threading.Thread(target=worker)
        t.start()
        t.join()

        def shown() -> bool:
            return any(
                isinstance(w, CrashDialog) and w.isVisible() and "uncaught in a thread" in w.details.toPlainText()
                for w in app.topLevelWidgets()
            )

        qtbot.waitUntil(shown, timeout=3000)
        for w in app.topLevelWidgets():
            if isinstance(w, CrashDialog):
                w.close()
    finally:
        handle.uninstall()
    assert sys.excepthook is not handle.router  # restored
