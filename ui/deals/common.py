"""Shared pieces of the deal screens: the protection countdown, labels of history steps, the explanation of a
possible duplicate (never naming a competing partner to a partner role), a table model that can highlight
cells, and a small dialog asking for a reason."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import UTC, date, datetime
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QEvent, QModelIndex, QObject, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QGuiApplication, QKeyEvent, QPalette
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from ui.i18n import QT_TRANSLATE_NOOP, format_date, format_datetime, format_money, translate
from ui.labels import label
from ui.models.paged import Column
from ui.models.rows import RowsTableModel
from ui.widgets.forms import FieldError
from workbench import validation
from workbench.deals.duplicates import DuplicateMatch, MatchRule, Priority, VendorDuplicateMatch
from workbench.deals.types import ConflictExplanation, ConflictState
from workbench.errors import UserError

T = TypeVar("T")
Index = QModelIndex | QPersistentModelIndex

Clock = Callable[[], datetime]


def utc_clock() -> datetime:
    return datetime.now(UTC)


# History steps (command names) as shown in a registration's status history.
ACTION_LABELS: dict[str, str] = {
    "create": QT_TRANSLATE_NOOP("DealActions", "Created as draft"),
    "submit": QT_TRANSLATE_NOOP("DealActions", "Submitted"),
    "resubmit": QT_TRANSLATE_NOOP("DealActions", "Resubmitted with more information"),
    "server_received": QT_TRANSLATE_NOOP("DealActions", "Received by the server (priority time)"),
    "request_info": QT_TRANSLATE_NOOP("DealActions", "Information requested"),
    "approve": QT_TRANSLATE_NOOP("DealActions", "Approved"),
    "reject": QT_TRANSLATE_NOOP("DealActions", "Rejected"),
    "extend": QT_TRANSLATE_NOOP("DealActions", "Protection extended"),
    "win": QT_TRANSLATE_NOOP("DealActions", "Won"),
    "lose": QT_TRANSLATE_NOOP("DealActions", "Lost"),
    "expire": QT_TRANSLATE_NOOP("DealActions", "Protection expired"),
    "withdraw": QT_TRANSLATE_NOOP("DealActions", "Withdrawn"),
}


def action_label(action: str) -> str:
    source = ACTION_LABELS.get(action)
    return translate("DealActions", source) if source is not None else label(action)


def protection_text(protection_until: date | None, status: str, today: date) -> str:
    """The protection countdown: days left, ends today, or expired (with the date)."""
    if protection_until is None:
        if status == "approved":
            return translate("Deals", "Approved without a protection period.")
        return ""
    days = (protection_until - today).days
    when = format_date(protection_until)
    if status == "expired" or days < 0:
        return translate("Deals", "Protection expired on {0}.").format(when)
    if status in ("won", "lost"):
        return translate("Deals", "Closed; it was protected until {0}.").format(when)
    if days == 0:
        return translate("Deals", "Protection ends today ({0}).").format(when)
    if days == 1:
        return translate("Deals", "Protected for 1 more day (until {0}).").format(when)
    return translate("Deals", "Protected for {0} more days (until {1}).").format(days, when)


def days_left_text(protection_until: date | None, status: str, today: date) -> str:
    """Short form for a table column."""
    if protection_until is None or status not in ("approved", "expired"):
        return ""
    days = (protection_until - today).days
    if status == "expired" or days < 0:
        return translate("Deals", "expired")
    if days == 0:
        return translate("Deals", "ends today")
    return translate("Deals", "{0} d left").format(days)


def explain_match(m: DuplicateMatch) -> str:
    """Why a registration may be a duplicate, in one paragraph. A partner role never learns whose the other
    registration is (the DTO it gets carries no identity); a vendor role sees the partner's name."""
    reasons: list[str] = []
    if MatchRule.NAME in m.rules and m.matched_name:
        reasons.append(
            translate(
                "Duplicates", "the same company name (“{0}” once legal form, case and accents are folded)"
            ).format(m.matched_name)
        )
    if MatchRule.DOMAIN in m.rules and m.matched_domain:
        reasons.append(translate("Duplicates", "the same domain {0}").format(m.matched_domain))
    products = ", ".join(f"{p.sku} {p.name}".strip() for p in m.common_products)
    if products:
        reasons.append(translate("Duplicates", "products in common: {0}").format(products))
    if isinstance(m, VendorDuplicateMatch):
        who = translate("Duplicates", "Registration of {0} (“{1}”, {2})").format(
            m.other_partner_name or m.other_partner_id,
            m.other_title,
            format_money(m.other_amount_minor, m.other_currency) if m.other_currency else "",
        )
    elif m.own_registration:
        who = translate("Duplicates", "One of your own registrations")
    else:
        who = translate("Duplicates", "A registration by another partner")
    when = format_datetime(m.other_registered_at) if m.other_registered_at else ""
    if m.priority == Priority.OTHER_FIRST:
        order = (
            translate("Duplicates", "It was registered first ({0}, confirmed by the server).").format(when)
            if m.other_confirmed
            else translate("Duplicates", "It was registered first ({0}, not yet confirmed by the server).").format(when)
        )
    else:
        order = translate("Duplicates", "This registration came first.")
    status = translate("Duplicates", "Status: {0}.").format(label(m.other_status.value))
    if m.other_protection_until is not None:
        status += " " + translate("Duplicates", "Protected until {0}.").format(format_date(m.other_protection_until))
    return translate("Duplicates", "{0} matches: {1}.").format(who, "; ".join(reasons)) + " " + order + " " + status


def explain_conflict(e: ConflictExplanation) -> str:
    """The server's reason for flagging a registration (it never names the other partner)."""
    reasons: list[str] = []
    if "name" in e.rules and e.matched_name:
        reasons.append(
            translate(
                "Duplicates", "the same company name (“{0}” once legal form, case and accents are folded)"
            ).format(e.matched_name)
        )
    if "domain" in e.rules and e.matched_domain:
        reasons.append(translate("Duplicates", "the same domain {0}").format(e.matched_domain))
    products = ", ".join(f"{sku} {name}".strip() for sku, name in e.common_products)
    if products:
        reasons.append(translate("Duplicates", "products in common: {0}").format(products))
    who = (
        translate("Duplicates", "One of your own registrations")
        if e.own_registration
        else translate("Duplicates", "A registration by another partner")
    )
    when = format_datetime(e.other_registered_at) if e.other_registered_at else ""
    return (
        translate("Duplicates", "{0} matches: {1}.").format(who, "; ".join(reasons))
        + " "
        + translate("Duplicates", "It was registered first ({0}, confirmed by the server).").format(when)
        + " "
        + translate("Duplicates", "Status: {0}.").format(label(e.other_status))
    )


def server_verdict(state: ConflictState | None, detail: Sequence[ConflictExplanation]) -> str:
    """The server's duplicate check of a submitted registration, or "" before it has checked."""
    if state is None:
        return ""
    if state == ConflictState.CLEAR:
        return translate("Duplicates", "Server check: no earlier registration of this customer with these products.")
    text = translate("Duplicates", "Server check: possible duplicate — an earlier registration has priority.")
    return "\n".join([text, *(explain_conflict(e) for e in detail)])


def _colour(light: str, dark: str) -> QColor:
    app = QGuiApplication.instance()
    palette = QGuiApplication.palette() if app is not None else QPalette()
    return QColor(dark if palette.color(QPalette.ColorRole.Window).lightness() < 128 else light)


def match_colour() -> QColor:
    return _colour("#c8e6c9", "#2e5930")


def warning_colour() -> QColor:
    return _colour("#ffe0b2", "#6d4c1f")


class MarkedRowsModel(RowsTableModel[T], Generic[T]):
    """RowsTableModel with a background per cell: ``marker(row, column) -> QColor | None``."""

    def __init__(
        self,
        columns: Sequence[Column[T]],
        marker: Callable[[T, int], QColor | None],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(columns, parent)
        self._marker = marker

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.BackgroundRole:
            row = self.row_at(index.row()) if index.isValid() else None
            if row is None or not 0 <= index.column() < self.columnCount():
                return None
            colour = self._marker(row, index.column())
            return QBrush(colour) if colour is not None else None
        return super().data(index, role)


class ReasonDialog(QDialog):
    """Asks for a reason (rejection, declined extension) or a question (request info). Non-modal use:
    ``dialog.open()`` and connect ``submitted``. OK stays disabled until the text is valid."""

    submitted = Signal(str)

    def __init__(self, title: str, prompt: str, *, required: bool = True, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ReasonDialog")
        self.setWindowTitle(title)
        self.required = required
        self.text = QPlainTextEdit()
        self.text.setObjectName("reasonText")
        self.text.setTabChangesFocus(True)
        self.text.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 12)
        self.text.setMinimumWidth(self.fontMetrics().averageCharWidth() * 56)
        self.error = FieldError(self)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
        prompt_label = QLabel(prompt)
        prompt_label.setWordWrap(True)
        prompt_label.setBuddy(self.text)
        hint = QLabel(translate("Deals", "Enter confirms, Shift+Enter starts a new line."))
        hint.setEnabled(False)
        box = QVBoxLayout(self)
        box.addWidget(prompt_label)
        box.addWidget(self.text)
        box.addWidget(self.error)
        box.addWidget(hint)
        box.addWidget(self.buttons)
        self.text.textChanged.connect(self._check)
        self.text.installEventFilter(self)
        self._check()

    def value(self) -> str | None:
        raw = self.text.toPlainText()
        if self.required:
            return validation.required_text(raw, "reason", max_len=validation.MAX_TEXT)
        return validation.text(raw, "reason", max_len=validation.MAX_TEXT, required=False)

    def _check(self) -> bool:
        try:
            self.value()
        except UserError as exc:
            from ui.errors import user_message

            self.ok.setEnabled(False)
            self.error.set_error(user_message(exc) if self.text.toPlainText() else None)
            return False
        self.ok.setEnabled(True)
        self.error.set_error(None)
        return True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Enter confirms (a reason is usually one line); Shift+Enter starts a new line."""
        if watched is self.text and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            enter = event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            if enter and not event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
                self._accept()
                return True
        return super().eventFilter(watched, event)

    def _accept(self) -> None:
        if not self._check():
            return
        self.submitted.emit(self.value() or "")
        self.accept()
