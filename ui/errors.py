"""Error triage for the desktop.

* ``Cancelled`` -> silent (the user asked for it).
* ``UserError(code, **params)`` -> a translated message (table below, params formatted in). Unknown codes get a
  generic message that still shows the code, so nothing is ever blank.
* ``DatabaseOpenError`` -> a message per ``reason`` (wrong_key, locked, corrupt, missing_key).
* anything else -> logged with its traceback and shown in a :class:`CrashDialog` with copyable details.

``show_error(exc, parent)`` does the whole triage (use it as ``TaskRunner.error_handler`` and as the default
``on_error``); ``classify(exc)`` is the pure part. ``install_excepthook(app)`` sends uncaught exceptions to the
crash dialog.

Parameter values that are codes (field, entity, action, statuses) are shown through a term table: views
register their labels with ``register_terms({"legal_name": QT_TRANSLATE_NOOP("terms", "Legal name")})``;
unregistered field codes are humanised ("legal_name" -> "Legal name").
"""

from __future__ import annotations

import logging
import platform
import string
import sys
import threading
import traceback
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from enum import StrEnum
from types import TracebackType
from typing import Any

from PySide6 import __version__ as PYSIDE_VERSION
from PySide6.QtCore import QCoreApplication, QObject, Qt, QThread, Signal, Slot
from PySide6.QtGui import QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from ui.i18n import QT_TRANSLATE_NOOP, translate
from workbench.errors import Cancelled, DatabaseOpenError, UserError

log = logging.getLogger(__name__)

CONTEXT = "errors"
TERMS_CONTEXT = "terms"

# code -> English source text. Placeholders are the UserError params; {field} etc. are shown as terms.
MESSAGES: dict[str, str] = {
    # workbench/validation.py
    "required": QT_TRANSLATE_NOOP("errors", "{field} is required."),
    "too_long": QT_TRANSLATE_NOOP("errors", "{field} is too long ({length} characters, at most {max})."),
    "control_characters": QT_TRANSLATE_NOOP("errors", "{field} contains control characters that are not allowed."),
    "invalid_email": QT_TRANSLATE_NOOP("errors", "“{value}” is not a valid e-mail address."),
    "invalid_domain": QT_TRANSLATE_NOOP("errors", "“{value}” is not a valid web domain (for example example.com)."),
    "invalid_country": QT_TRANSLATE_NOOP("errors", "“{value}” is not a two-letter country code (for example DE)."),
    "unknown_currency": QT_TRANSLATE_NOOP("errors", "“{value}” is not a supported currency."),
    "money_negative": QT_TRANSLATE_NOOP("errors", "{field} cannot be negative."),
    "money_invalid": QT_TRANSLATE_NOOP("errors", "“{value}” is not a valid amount."),
    "money_not_decimal": QT_TRANSLATE_NOOP("errors", "{field} must be an exact decimal amount."),
    "money_too_precise": QT_TRANSLATE_NOOP("errors", "{field} allows at most {decimals} decimal places."),
    "money_not_integer": QT_TRANSLATE_NOOP("errors", "{field} must be a whole amount in minor units."),
    "money_too_large": QT_TRANSLATE_NOOP("errors", "{field} is too large."),
    "money_zero": QT_TRANSLATE_NOOP("errors", "{field} must be greater than zero."),
    "invalid_choice": QT_TRANSLATE_NOOP("errors", "“{value}” is not a valid choice for {field} (allowed: {allowed})."),
    "end_before_start": QT_TRANSLATE_NOOP("errors", "The end date {end} is before the start date {start}."),
    "out_of_range": QT_TRANSLATE_NOOP("errors", "{field} must be between {min} and {max} (got {value})."),
    "not_integer": QT_TRANSLATE_NOOP("errors", "{field} must be a whole number."),
    # workbench/errors.py and commands
    "not_found": QT_TRANSLATE_NOOP("errors", "The {entity} {id} was not found. It may have been deleted."),
    "unknown_reference": QT_TRANSLATE_NOOP("errors", "{field} refers to a record that does not exist ({id})."),
    "permission_denied": QT_TRANSLATE_NOOP("errors", "You are not allowed to do this ({action})."),
    "illegal_transition": QT_TRANSLATE_NOOP("errors", "This {entity} cannot go from “{current}” to “{target}”."),
    "passphrase_too_short": QT_TRANSLATE_NOOP("errors", "The passphrase is too short: use at least {min} characters."),
    "invalid_phone": QT_TRANSLATE_NOOP("errors", "“{value}” is not a valid phone number."),
    "invalid_value": QT_TRANSLATE_NOOP("errors", "“{value}” is not a valid value for {field}."),
    "command_field": QT_TRANSLATE_NOOP("errors", "{field} can only be changed through its own action."),
    "unknown_field": QT_TRANSLATE_NOOP("errors", "{field} cannot be changed here."),
    "unknown_entity": QT_TRANSLATE_NOOP("errors", "Records of type {entity} cannot be changed here."),
    # sync.client (sync/client/errors.py, status.py, auth.py)
    "sync_network": QT_TRANSLATE_NOOP("errors", "The server cannot be reached. Your changes are kept and sent later."),
    "sync_server_error": QT_TRANSLATE_NOOP("errors", "The server had a problem ({status}). Sync tries again later."),
    "sync_bad_answer": QT_TRANSLATE_NOOP("errors", "The server sent an answer that cannot be read. Sync tries again."),
    "sync_rate_limited": QT_TRANSLATE_NOOP("errors", "The server is busy. Sync tries again in a moment."),
    "sync_server_busy": QT_TRANSLATE_NOOP("errors", "The server is busy. Sync tries again in a moment."),
    "sync_auth_required": QT_TRANSLATE_NOOP("errors", "Please sign in again ({reason})."),
    "sync_device_revoked": QT_TRANSLATE_NOOP(
        "errors", "This device was signed out by an administrator. Sign in again to continue syncing."
    ),
    "sync_upgrade_required": QT_TRANSLATE_NOOP("errors", "Update Partner Workbench to keep syncing ({reason})."),
    "sync_request_refused": QT_TRANSLATE_NOOP("errors", "The server refused the request ({status} {error})."),
    "sync_other_user": QT_TRANSLATE_NOOP(
        "errors", "This workspace belongs to another user. Use a separate workspace to sign in as someone else."
    ),
    "invalid_credentials": QT_TRANSLATE_NOOP("errors", "The e-mail address or the password is wrong."),
    "already_resolved": QT_TRANSLATE_NOOP("errors", "This conflict was resolved already."),
    "row_deleted": QT_TRANSLATE_NOOP("errors", "The record was deleted on the server; your value cannot be applied."),
    "not_rejected": QT_TRANSLATE_NOOP("errors", "This change is no longer waiting in the rejected list."),
    # ui.demo_server and the --demo startup
    "demo_server_seed_failed": QT_TRANSLATE_NOOP(
        "errors", "The demo server could not be prepared ({detail}). Working offline with local demo data."
    ),
    "demo_server_exited": QT_TRANSLATE_NOOP(
        "errors", "The demo server could not start (exit code {exit_code}). Working offline with local demo data."
    ),
    "demo_server_timeout": QT_TRANSLATE_NOOP(
        "errors", "The demo server did not answer within {seconds} seconds. Working offline with local demo data."
    ),
    "demo_replica_offline": QT_TRANSLATE_NOOP(
        "errors",
        "This demo workspace was filled offline earlier, so it stays offline. Delete the demo workspace to "
        "start over with the demo server.",
    ),
}

GENERIC_MESSAGE = QT_TRANSLATE_NOOP("errors", "The input was refused ({code}).")
GENERIC_FIELD_MESSAGE = QT_TRANSLATE_NOOP("errors", "{field}: the input was refused ({code}).")

DATABASE_MESSAGES: dict[str, str] = {
    "wrong_key": QT_TRANSLATE_NOOP(
        "errors", "The local database could not be unlocked: the key or passphrase is wrong. The file was not changed."
    ),
    "locked": QT_TRANSLATE_NOOP(
        "errors",
        "The local database is in use by another program or another Partner Workbench window. Close it and try again.",
    ),
    "corrupt": QT_TRANSLATE_NOOP(
        "errors",
        "The local database is damaged and cannot be opened. The file was left untouched; "
        "restore a backup or sync a fresh copy from the server.",
    ),
    "missing_key": QT_TRANSLATE_NOOP(
        "errors",
        "The key for the local database is missing from the system keyring. "
        "Enter your passphrase or sync a fresh copy from the server.",
    ),
}
GENERIC_DATABASE_MESSAGE = QT_TRANSLATE_NOOP("errors", "The local database cannot be opened ({reason}).")

# Params whose values are codes to be shown as terms.
TERM_PARAMS = frozenset({"field", "entity", "action", "current", "target", "start_field"})
CAPITALIZED_TERM_PARAMS = frozenset({"field", "start_field"})  # field labels are shown as in the form

_terms: dict[str, str] = {}


def register_terms(terms: Mapping[str, str]) -> None:
    """Register display labels (English source text, translated in context "terms") for codes such as field
    names, entity names, actions and statuses. Later registrations win."""
    _terms.update(terms)


def term(code: str, *, capitalize: bool = True) -> str:
    """The translated label of a code. Unregistered codes are humanised: "legal_name" -> "Legal name" (or
    "legal name" with ``capitalize=False``, used for entities and statuses inside a sentence)."""
    source = _terms.get(code)
    if source is not None:
        return translate(TERMS_CONTEXT, source)
    human = code.replace("_", " ").strip()
    if not human:
        return code
    return human[:1].upper() + human[1:] if capitalize else human


class _Params(dict[str, str]):
    """format_map helper: a placeholder without a param stays visible as {name} instead of raising."""

    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


def _show(value: Any) -> str:
    if isinstance(value, (list, tuple, set, frozenset)):
        items = sorted(value) if isinstance(value, (set, frozenset)) else value
        return ", ".join(str(v) for v in items)
    return str(value)


def _format(template: str, params: Mapping[str, Any]) -> str:
    values = _Params()
    for key, value in params.items():
        if key in TERM_PARAMS and isinstance(value, str):
            values[key] = term(value, capitalize=key in CAPITALIZED_TERM_PARAMS)
        else:
            values[key] = _show(value)
    try:
        return string.Formatter().vformat(template, (), values)
    except (ValueError, IndexError, KeyError):  # a broken translation must not hide the message
        return template


def user_message(exc: UserError) -> str:
    """The translated message for a UserError with its params formatted in."""
    source = MESSAGES.get(exc.code)
    if source is None:
        source = GENERIC_FIELD_MESSAGE if "field" in exc.params else GENERIC_MESSAGE
    params: dict[str, Any] = {"code": exc.code, **exc.params}
    return _format(translate(CONTEXT, source), params)


def database_message(exc: DatabaseOpenError) -> str:
    source = DATABASE_MESSAGES.get(exc.reason, GENERIC_DATABASE_MESSAGE)
    return _format(translate(CONTEXT, source), {"reason": exc.reason, "path": exc.path})


# -- triage -----------------------------------------------------------------------------------------------------


class Severity(StrEnum):
    SILENT = "silent"
    USER = "user"  # a message the user can act on
    CRASH = "crash"  # a bug: log + crash dialog


@dataclass(frozen=True, slots=True)
class Triage:
    severity: Severity
    message: str  # translated; "" for SILENT
    details: str = ""  # traceback and environment, for CRASH


def format_details(exc: BaseException) -> str:
    """Traceback plus versions: what the "Copy details" button puts on the clipboard."""
    lines = traceback.format_exception(type(exc), exc, exc.__traceback__)
    env = (
        f"Python {platform.python_version()} on {platform.platform()}\n"
        f"PySide6 {PYSIDE_VERSION}\n"
        f"Thread: {threading.current_thread().name}\n"
    )
    return "".join(lines) + "\n" + env


def classify(exc: BaseException) -> Triage:
    if isinstance(exc, Cancelled):
        return Triage(Severity.SILENT, "")
    if isinstance(exc, UserError):
        return Triage(Severity.USER, user_message(exc))
    if isinstance(exc, DatabaseOpenError):
        return Triage(Severity.USER, database_message(exc))
    return Triage(
        Severity.CRASH,
        translate(CONTEXT, "Something went wrong. Your data is safe; the action did not complete."),
        format_details(exc),
    )


_open_dialogs: list[QDialog] = []  # keeps non-modal dialogs alive until they close


def _keep(dialog: QDialog) -> None:
    _open_dialogs.append(dialog)
    dialog.finished.connect(lambda _result: _open_dialogs.remove(dialog) if dialog in _open_dialogs else None)


def show_error(exc: BaseException, parent: QWidget | None = None) -> QDialog | None:
    """Triage ``exc`` and show it (GUI thread only). Returns the dialog shown (non-modal, window-modal to
    ``parent``), or None when the error is silent."""
    result = classify(exc)
    if result.severity is Severity.SILENT:
        return None
    if result.severity is Severity.USER:
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            translate(CONTEXT, "Cannot complete the action"),
            result.message,
            QMessageBox.StandardButton.Ok,
            parent,
        )
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.setWindowModality(Qt.WindowModality.WindowModal if parent else Qt.WindowModality.ApplicationModal)
        _keep(box)
        box.open()
        return box
    log.error("unexpected error", exc_info=(type(exc), exc, exc.__traceback__))
    dialog = CrashDialog(result.message, result.details, parent)
    _keep(dialog)
    dialog.open()
    return dialog


class CrashDialog(QDialog):
    """A bug report the user can copy: summary, read-only traceback, "Copy details" and "Close"."""

    def __init__(self, message: str, details: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("CrashDialog")
        self.setWindowTitle(translate("CrashDialog", "Unexpected error"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setModal(True)

        icon = QLabel(self)
        icon.setPixmap(self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxCritical).pixmap(32, 32))
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.message_label = QLabel(message, self)
        self.message_label.setWordWrap(True)
        hint = QLabel(
            translate("CrashDialog", "Please copy the details below and send them to your administrator."), self
        )
        hint.setWordWrap(True)
        text_box = QVBoxLayout()
        text_box.addWidget(self.message_label)
        text_box.addWidget(hint)
        head = QHBoxLayout()
        head.addWidget(icon)
        head.addLayout(text_box, 1)

        self.details = QPlainTextEdit(self)
        self.details.setObjectName("crashDetails")
        self.details.setReadOnly(True)
        self.details.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.details.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.details.setPlainText(details)

        buttons = QDialogButtonBox(self)
        self.copy_button = QPushButton(translate("CrashDialog", "Copy details"), self)
        self.copy_button.setObjectName("copyDetails")
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.close_button = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.close_button.setDefault(True)
        self.copy_button.clicked.connect(self.copy_details)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(head)
        layout.addWidget(self.details, 1)
        layout.addWidget(buttons)
        self.resize(720, 420)

    @Slot()
    def copy_details(self) -> None:
        QGuiApplication.clipboard().setText(self.details.toPlainText())
        self.copy_button.setText(translate("CrashDialog", "Copied"))


# -- uncaught exceptions ----------------------------------------------------------------------------------------

ExceptHook = Callable[[type[BaseException], BaseException, TracebackType | None], Any]


class _ExceptionRouter(QObject):
    """Moves exceptions raised on other threads to the GUI thread (queued) and shows them there."""

    raised = Signal(object)

    def __init__(self, parent_widget: Callable[[], QWidget | None]) -> None:
        super().__init__()
        self._parent_widget = parent_widget
        self.raised.connect(self._show, Qt.ConnectionType.QueuedConnection)

    @Slot(object)
    def _show(self, exc: BaseException) -> None:
        show_error(exc, self._parent_widget())


@dataclass(slots=True)
class ExceptHookHandle:
    previous_hook: ExceptHook
    previous_thread_hook: Callable[[threading.ExceptHookArgs], Any]
    router: _ExceptionRouter

    def uninstall(self) -> None:
        sys.excepthook = self.previous_hook
        threading.excepthook = self.previous_thread_hook


def install_excepthook(
    app: QApplication, parent_widget: Callable[[], QWidget | None] | None = None
) -> ExceptHookHandle:
    """Route uncaught exceptions (GUI thread, e.g. in a slot, and Python threads) to :func:`show_error`.

    ``KeyboardInterrupt`` keeps the previous behaviour. Exceptions from other threads are shown on the GUI thread.
    Returns a handle whose ``uninstall()`` restores the previous hooks."""
    pick_parent = parent_widget or QApplication.activeWindow
    router = _ExceptionRouter(pick_parent)
    router.moveToThread(app.thread())
    router.setParent(app)
    previous = sys.excepthook
    previous_thread = threading.excepthook

    def hook(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            previous(exc_type, exc, tb)
            return
        if exc.__traceback__ is None and tb is not None:
            exc = exc.with_traceback(tb)
        instance = QCoreApplication.instance()
        if instance is not None and QThread.currentThread() is instance.thread():
            show_error(exc, pick_parent())
        else:
            router.raised.emit(exc)

    def thread_hook(args: threading.ExceptHookArgs) -> None:
        if args.exc_value is None or issubclass(args.exc_type, (KeyboardInterrupt, SystemExit)):
            previous_thread(args)
            return
        router.raised.emit(args.exc_value)

    sys.excepthook = hook
    threading.excepthook = thread_hook
    return ExceptHookHandle(previous, previous_thread, router)
