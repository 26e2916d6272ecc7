"""One registration in detail: status (provisional until the server confirms), the protection countdown, the
reason of a rejection or the vendor's question, the status history, possible duplicates with the reason they
match, and the partner's actions (submit, withdraw, request a protection extension)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ui.context import AppContext
from ui.deals.common import Clock, action_label, explain_match, protection_text, server_verdict, utc_clock
from ui.errors import show_error, user_message
from ui.i18n import format_date, format_datetime, format_money, translate
from ui.labels import label
from ui.models.paged import Column
from ui.models.rows import RowsTableModel
from ui.widgets.common import FactGrid, heading, table
from ui.widgets.forms import FieldError
from workbench import validation
from workbench.deals.commands import submit_deal, withdraw_deal
from workbench.deals.duplicates import DuplicateMatch, find_duplicates_of_deal
from workbench.deals.queries import DealHistoryEntry, deal_history, get_deal, partner_names
from workbench.deals.sla import ExtensionRequestDTO, ExtensionStatus, extension_requests, request_extension
from workbench.deals.states import allowed_actions
from workbench.deals.types import DealAction, DealDTO, DealStatus
from workbench.errors import UserError
from workbench.security.roles import Actor

CHECKED_STATUSES = frozenset({DealStatus.DRAFT, DealStatus.SUBMITTED, DealStatus.INFO_REQUESTED, DealStatus.APPROVED})


@dataclass(frozen=True)
class DealBundle:
    deal: DealDTO
    partner_name: str
    history: tuple[DealHistoryEntry, ...]
    duplicates: tuple[DuplicateMatch, ...]
    extensions: tuple[ExtensionRequestDTO, ...]
    today: date


def load_deal(engine: Any, actor: Actor, deal_id: str, today: date) -> DealBundle:
    """Db lane: everything the detail shows, in one task."""
    deal = get_deal(engine, deal_id)
    dups: list[DuplicateMatch] = []
    if deal.status in CHECKED_STATUSES and deal.products:
        dups = find_duplicates_of_deal(engine, actor, deal_id, today=today)
    return DealBundle(
        deal,
        partner_names(engine, [deal.partner_id]).get(deal.partner_id, ""),
        deal_history(engine, deal_id),
        tuple(dups),
        tuple(extension_requests(engine, actor, deal_id=deal_id)),
        today,
    )


class ExtensionDialog(QDialog):
    """Ask for protection until a later date, with a reason (both checked as typed)."""

    submitted = Signal(object, str)  # date, reason

    def __init__(self, current_until: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ExtensionDialog")
        self.setWindowTitle(translate("DealDetail", "Request a protection extension"))
        self.current_until = current_until
        self.until = QDateEdit()
        self.until.setCalendarPopup(True)
        start = QDate(current_until.year, current_until.month, current_until.day)
        self.until.setDate(start.addDays(30))
        self.until.setMinimumDate(start.addDays(1))
        self.until.setMaximumDate(start.addDays(180))
        self.reason = QPlainTextEdit()
        self.reason.setTabChangesFocus(True)
        self.reason.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 10)
        self.reason.setMinimumWidth(self.fontMetrics().averageCharWidth() * 50)
        self.error = FieldError(self)
        form = QFormLayout()
        form.addRow(
            QLabel(translate("DealDetail", "Protected until")), QLabel(format_date(current_until, style="long"))
        )
        until_label = QLabel(translate("DealDetail", "&New end"))
        until_label.setBuddy(self.until)
        form.addRow(until_label, self.until)
        reason_label = QLabel(translate("DealDetail", "&Reason"))
        reason_label.setBuddy(self.reason)
        form.addRow(reason_label, self.reason)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        box = QVBoxLayout(self)
        box.addLayout(form)
        box.addWidget(self.error)
        box.addWidget(buttons)
        self.reason.textChanged.connect(self._check)
        self._check()

    def chosen(self) -> date:
        q = self.until.date()
        return date(q.year(), q.month(), q.day())

    def _check(self) -> bool:
        try:
            validation.required_text(self.reason.toPlainText(), "reason", max_len=validation.MAX_TEXT)
        except UserError as exc:
            self.ok.setEnabled(False)
            self.error.set_error(user_message(exc) if self.reason.toPlainText() else None)
            return False
        self.ok.setEnabled(True)
        self.error.set_error(None)
        return True

    def _accept(self) -> None:
        if self._check():
            self.submitted.emit(self.chosen(), self.reason.toPlainText().strip())
            self.accept()


class DealDetail(QWidget):
    compare_requested = Signal(str, str)  # deal id, other deal id

    def __init__(self, ctx: AppContext, clock: Clock = utc_clock, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.clock = clock
        self.setObjectName("DealDetail")
        self.bundle: DealBundle | None = None
        self.deal_id: str | None = None
        self.title = heading(translate("DealDetail", "No registration selected"), level=2)
        self.status = QLabel()
        self.status.setObjectName("dealStatus")
        self.status.setWordWrap(True)
        self.countdown = QLabel()
        self.countdown.setObjectName("protectionCountdown")
        self.countdown.setWordWrap(True)
        self.reason = QLabel()
        self.reason.setObjectName("decisionReason")
        self.reason.setWordWrap(True)
        self.reason.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.facts = FactGrid()
        self.history_model: RowsTableModel[DealHistoryEntry] = RowsTableModel(
            [
                Column(translate("DealDetail", "When"), lambda e: format_datetime(e.occurred_at)),
                Column(translate("DealDetail", "Step"), lambda e: action_label(e.action)),
                Column(translate("DealDetail", "Status"), lambda e: label(e.status.value) if e.status else ""),
                Column(translate("DealDetail", "Note"), lambda e: e.note or "", tooltip=lambda e: e.note),
            ],
            self,
        )
        self.history = table(self.history_model, stretch=3)
        self.history.setWordWrap(True)
        self.duplicates = QLabel()
        self.duplicates.setObjectName("dealDuplicates")
        self.duplicates.setWordWrap(True)
        self.duplicates.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.feedback = FieldError(self)
        self.submit_button = QPushButton(translate("DealDetail", "&Submit"))
        self.withdraw_button = QPushButton(translate("DealDetail", "&Withdraw"))
        self.extend_button = QPushButton(translate("DealDetail", "Request e&xtension…"))
        self.extend_button.setObjectName("extendButton")
        self.compare_button = QPushButton(translate("DealDetail", "&Compare with duplicate"))
        self.submit_button.clicked.connect(lambda: self._command(submit_deal))
        self.withdraw_button.clicked.connect(lambda: self._command(withdraw_deal))
        self.extend_button.clicked.connect(self.ask_extension)
        self.compare_button.clicked.connect(self._compare)
        self.extension_dialog: ExtensionDialog | None = None
        buttons = QHBoxLayout()
        for b in (self.submit_button, self.withdraw_button, self.extend_button, self.compare_button):
            buttons.addWidget(b)
            b.setVisible(False)
        buttons.addStretch(1)
        inner = QWidget()
        box = QVBoxLayout(inner)
        box.addWidget(self.title)
        box.addWidget(self.status)
        box.addWidget(self.countdown)
        box.addWidget(self.reason)
        box.addLayout(buttons)
        box.addWidget(self.feedback)
        box.addWidget(self.facts)
        box.addWidget(heading(translate("DealDetail", "Possible duplicates"), level=2))
        box.addWidget(self.duplicates)
        box.addWidget(heading(translate("DealDetail", "Status history"), level=2))
        box.addWidget(self.history)
        box.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(inner)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)

    def show_deal(self, deal_id: str | None) -> None:
        self.deal_id = deal_id
        if deal_id is None:
            return
        self.ctx.db(
            load_deal, self.ctx.engine, self.ctx.actor, deal_id, self.clock().date(),
            on_success=self._show, name="deal-detail",
        )  # fmt: skip

    def reload(self) -> None:
        self.show_deal(self.deal_id)

    def _show(self, b: DealBundle) -> None:
        if b.deal.id != self.deal_id:
            return
        self.bundle = b
        d = b.deal
        self.title.setText(f"{d.customer_name} — {d.title}")
        state = label(d.status.value)
        if d.provisional:
            state = translate("DealDetail", "{0} · provisional: not yet confirmed by the server").format(state)
        elif d.server_received_at is not None:
            state = translate("DealDetail", "{0} · confirmed by the server on {1}").format(
                state, format_datetime(d.server_received_at)
            )
        verdict = server_verdict(d.conflict_state, d.conflict_detail)
        self.status.setText(state + ("\n" + verdict if verdict else ""))
        self.countdown.setText(protection_text(d.protection_until, d.status.value, b.today))
        self.countdown.setVisible(bool(self.countdown.text()))
        reason = ""
        if d.status == DealStatus.REJECTED and d.decision_reason:
            reason = translate("DealDetail", "Reason for the rejection: {0}").format(d.decision_reason)
        elif d.status == DealStatus.INFO_REQUESTED:
            reason = translate("DealDetail", "The channel manager asks: {0}").format(
                d.decision_reason or translate("DealDetail", "(no question given)")
            )
        pending = [e for e in b.extensions if e.status == ExtensionStatus.REQUESTED]
        declined = [e for e in b.extensions if e.status == ExtensionStatus.DECLINED]
        if pending:
            reason += ("\n" if reason else "") + translate(
                "DealDetail", "Extension to {0} requested, waiting for the channel manager."
            ).format(format_date(pending[-1].requested_until))
        elif declined and d.status == DealStatus.APPROVED:
            reason += ("\n" if reason else "") + translate("DealDetail", "Extension declined: {0}").format(
                declined[-1].decision_reason or ""
            )
        self.reason.setText(reason)
        self.reason.setVisible(bool(reason))
        products = ", ".join(f"{p.sku} {p.name} × {p.quantity}" for p in d.products)
        rows = [
            ("partner", translate("DealDetail", "Partner"), b.partner_name),
            ("amount", translate("DealDetail", "Amount"), format_money(d.amount_minor, d.currency)),
            ("close", translate("DealDetail", "Expected close"), format_date(d.expected_close)),
            ("products", translate("DealDetail", "Products"), products),
            ("domain", translate("DealDetail", "Customer domain"), d.customer_domain or ""),
            ("email", translate("DealDetail", "Customer e-mail"), d.customer_email or ""),
            ("country", translate("DealDetail", "Country"), d.customer_country or ""),
            ("submitted", translate("DealDetail", "Submitted"), format_datetime(d.submitted_at)),
            ("received", translate("DealDetail", "Received by the server"), format_datetime(d.server_received_at)),
            ("description", translate("DealDetail", "Description"), d.description or ""),
        ]
        self.facts.set_rows(rows)
        if b.duplicates:
            self.duplicates.setText("\n\n".join(explain_match(m) for m in b.duplicates))
        else:
            self.duplicates.setText(translate("DealDetail", "No open registration matches this customer and products."))
        self.history_model.set_rows(list(b.history))
        self.history.resizeRowsToContents()
        rows = sum(self.history.rowHeight(r) for r in range(min(self.history_model.rowCount(), 12)))
        header = self.history.horizontalHeader().sizeHint().height()
        self.history.setFixedHeight(header + 2 * self.history.frameWidth() + max(rows, 24) + 2)
        actions = allowed_actions(d.status, self.ctx.actor.role)
        own = self.ctx.actor.is_vendor or self.ctx.actor.partner_id == d.partner_id
        self.submit_button.setVisible(own and (DealAction.SUBMIT in actions or DealAction.RESUBMIT in actions))
        self.withdraw_button.setVisible(own and DealAction.WITHDRAW in actions)
        protected = d.protection_until is not None and d.protection_until >= b.today
        self.extend_button.setVisible(own and d.status == DealStatus.APPROVED and protected and not pending)
        comparable = [m for m in b.duplicates if m.other_deal_id]
        self.compare_button.setVisible(bool(comparable))
        self.feedback.set_error(None)

    def _command(self, fn: Any) -> None:
        if self.bundle is None:
            return
        deal_id = self.bundle.deal.id
        self.ctx.db(
            fn, self.ctx.engine, self.ctx.actor, deal_id,
            on_success=lambda _d: self._changed(deal_id), on_error=self._failed, name="deal-command",
        )  # fmt: skip

    def _changed(self, deal_id: str) -> None:
        self.ctx.changed("deal_registrations", deal_id)
        self.reload()

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, UserError):
            self.feedback.set_error(user_message(exc))
        else:
            show_error(exc, self)

    def ask_extension(self) -> None:
        if self.bundle is None or self.bundle.deal.protection_until is None:
            return
        deal_id = self.bundle.deal.id
        self.extension_dialog = ExtensionDialog(self.bundle.deal.protection_until, self)

        def send(until: date, why: str) -> None:
            self.ctx.db(
                request_extension, self.ctx.engine, self.ctx.actor, deal_id, until, why,
                on_success=lambda _r: self._changed(deal_id), on_error=self._failed, name="request-extension",
            )  # fmt: skip

        self.extension_dialog.submitted.connect(send)
        self.extension_dialog.open()

    def _compare(self) -> None:
        if self.bundle is None:
            return
        other = next((m.other_deal_id for m in self.bundle.duplicates if m.other_deal_id), None)
        if other is not None:
            self.compare_requested.emit(self.bundle.deal.id, other)
