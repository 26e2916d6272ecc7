"""The channel manager's review queue: registrations waiting for a decision (oldest first, overdue SLA flagged)
and open protection-extension requests, triaged with the keyboard alone.

Keys: A approve (an extension request: grant), R reject with a reason (an extension request: decline), I ask
the partner for information, E grant an extension request, J/K or the arrow keys move, Shift+J/K or
Shift+arrows widen the selection, Ctrl+A selects everything, C compares a registration with its first possible
duplicate, Enter opens the registration. An action applies to every selected row (bulk), each row in its own
transaction on the db lane; the queue then reloads and the cursor stays where the handled rows were."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from PySide6.QtCore import QItemSelectionModel, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QHBoxLayout, QLabel, QTableView, QVBoxLayout, QWidget

from ui.bridge import CoreEvent, DataChanged
from ui.context import AppContext
from ui.deals.common import Clock, MarkedRowsModel, ReasonDialog, utc_clock, warning_colour
from ui.errors import user_message
from ui.i18n import format_date, format_datetime, plural, translate
from ui.models.paged import Column
from ui.widgets.common import heading, muted, setup_table
from workbench.deals.commands import approve_deal, reject_deal, request_deal_info
from workbench.deals.queries import deals_by_ids, partner_names, review_queue
from workbench.deals.sla import ExtensionStatus, decline_extension, extension_requests, grant_extension
from workbench.errors import UserError
from workbench.security.roles import Actor

REGISTRATION = "registration"
RELOAD_DELAY_MS = 600
EXTENSION = "extension"


@dataclass(frozen=True, slots=True)
class QueueItem:
    kind: str  # REGISTRATION or EXTENSION
    id: str  # the deal id, or the extension request id
    deal_id: str
    partner_name: str
    customer_name: str
    title: str
    submitted_at: datetime
    due_on: date | None
    overdue_days: int
    overdue: bool
    requested_until: date | None = None
    reason: str | None = None


@dataclass(frozen=True, slots=True)
class QueueData:
    items: tuple[QueueItem, ...]
    total: int  # registrations waiting in all (the page holds the oldest REVIEW_QUEUE_PAGE)
    overdue: int


def load_queue(engine: Any, actor: Actor, now: datetime) -> QueueData:
    """Db lane: the oldest waiting registrations (one indexed page) and the open extension requests."""
    page = review_queue(engine, actor, now)
    requests = extension_requests(engine, actor, status=ExtensionStatus.REQUESTED)
    deals = {d.id: d for d in deals_by_ids(engine, [r.deal_id for r in requests])}
    names = partner_names(engine, [r.partner_id for r in requests])
    items = [
        QueueItem(REGISTRATION, r.deal_id, r.deal_id, r.partner_name, r.customer_name, r.title, r.submitted_at,
                  r.due_on, r.overdue_days, r.overdue)
        for r in page.rows
    ]  # fmt: skip
    for r in requests:
        deal = deals.get(r.deal_id)
        items.append(
            QueueItem(
                EXTENSION,
                r.id,
                r.deal_id,
                names.get(r.partner_id, ""),
                deal.customer_name if deal else "",
                deal.title if deal else "",
                r.created_at,
                r.current_until,
                0,
                False,
                r.requested_until,
                r.reason,
            )
        )
    return QueueData(tuple(items), page.total, page.overdue)


@dataclass(frozen=True, slots=True)
class TriageResult:
    action: str
    done: tuple[str, ...]
    failed: tuple[tuple[str, UserError], ...] = field(default_factory=tuple)


def apply_triage(engine: Any, actor: Actor, action: str, items: Sequence[QueueItem], text: str | None) -> TriageResult:
    """Db lane: one command (and transaction) per item, so one refusal does not hold up the others."""
    done: list[str] = []
    failed: list[tuple[str, UserError]] = []
    for item in items:
        try:
            if item.kind == REGISTRATION:
                if action == "approve":
                    approve_deal(engine, actor, item.id)
                elif action == "reject":
                    reject_deal(engine, actor, item.id, text or "")
                elif action == "request_info":
                    request_deal_info(engine, actor, item.id, text)
                else:
                    raise UserError("not_for_registration", field="action", action=action)
            elif action in ("approve", "extend"):
                grant_extension(engine, actor, item.id)
            elif action == "reject":
                decline_extension(engine, actor, item.id, text or "")
            else:
                raise UserError("not_for_extension", field="action", action=action)
        except UserError as exc:
            failed.append((item.id, exc))
        else:
            done.append(item.id)
    return TriageResult(action, tuple(done), tuple(failed))


def queue_columns(today: date) -> list[Column[QueueItem]]:
    def due(i: QueueItem) -> str:
        if i.kind == EXTENSION:
            return translate("ReviewQueue", "protected until {0}").format(format_date(i.due_on))
        if i.overdue:
            return plural(
                i.overdue_days,
                translate("ReviewQueue", "OVERDUE by %n working day"),
                translate("ReviewQueue", "OVERDUE by %n working days"),
            )
        if i.due_on == today:
            return translate("ReviewQueue", "due today")
        return translate("ReviewQueue", "due {0}").format(format_date(i.due_on))

    def what(i: QueueItem) -> str:
        if i.kind == EXTENSION:
            return translate("ReviewQueue", "Extension to {0}").format(format_date(i.requested_until))
        return translate("ReviewQueue", "Registration")

    return [
        Column(translate("ReviewQueue", "Review"), due),
        Column(translate("ReviewQueue", "Request"), what),
        Column(translate("ReviewQueue", "Partner"), lambda i: i.partner_name),
        Column(translate("ReviewQueue", "Customer"), lambda i: i.customer_name),
        Column(translate("ReviewQueue", "Deal"), lambda i: i.title, tooltip=lambda i: i.reason),
        Column(translate("ReviewQueue", "Submitted"), lambda i: format_datetime(i.submitted_at)),
    ]


class QueueTable(QTableView):
    """Letters and J/K go to the queue; everything else is the table's usual keyboard handling."""

    key_action = Signal(str)

    MOVES = {Qt.Key.Key_J: Qt.Key.Key_Down, Qt.Key.Key_K: Qt.Key.Key_Up}
    ACTIONS = {
        Qt.Key.Key_A: "approve",
        Qt.Key.Key_R: "reject",
        Qt.Key.Key_I: "request_info",
        Qt.Key.Key_E: "extend",
        Qt.Key.Key_C: "compare",
        Qt.Key.Key_Return: "open",
        Qt.Key.Key_Enter: "open",
    }

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = Qt.Key(event.key())
        mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if key in self.MOVES and mods in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.ShiftModifier):
            super().keyPressEvent(QKeyEvent(event.type(), self.MOVES[key], mods, event.text()))
            return
        if key in self.ACTIONS and mods == Qt.KeyboardModifier.NoModifier:
            self.key_action.emit(self.ACTIONS[key])
            return
        super().keyPressEvent(event)


class ReviewQueueView(QWidget):
    open_deal = Signal(str)
    compare_requested = Signal(str)  # deal id: compare with its first possible duplicate

    def __init__(self, ctx: AppContext, clock: Clock = utc_clock, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.clock = clock
        self.setObjectName("ReviewQueueView")
        self.model: MarkedRowsModel[QueueItem] = MarkedRowsModel(queue_columns(clock().date()), self._marker, self)
        self.table = setup_table(QueueTable(), self.model, stretch=4)
        assert isinstance(self.table, QueueTable)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.key_action.connect(self.act)
        self.table.doubleClicked.connect(lambda _i: self.act("open"))
        self.count = QLabel()
        self.count.setObjectName("queueCount")
        self.feedback = QLabel()
        self.feedback.setObjectName("queueFeedback")
        self.feedback.setWordWrap(True)
        self.dialog: ReasonDialog | None = None
        self.data: QueueData | None = None
        self._reload_timer = QTimer(self, singleShot=True, interval=RELOAD_DELAY_MS)
        self._reload_timer.timeout.connect(self.reload)
        self._pending_row = 0
        top = QHBoxLayout()
        top.addWidget(heading(translate("ReviewQueue", "Review queue")), 1)
        top.addWidget(self.count)
        box = QVBoxLayout(self)
        box.addLayout(top)
        box.addWidget(
            muted(
                translate(
                    "ReviewQueue",
                    "A approve · R reject with reason · I request information · E grant extension · "
                    "J/K move · Shift+J/K select more · Ctrl+A all · C compare with duplicate · Enter open",
                )
            )
        )
        box.addWidget(self.table, 1)
        box.addWidget(self.feedback)
        ctx.bridge.subscribe(CoreEvent.DATA_CHANGED, self._changed, owner=self)

    # -- loading ------------------------------------------------------------------------------------------------

    def reload(self) -> None:
        self.ctx.db(
            load_queue, self.ctx.engine, self.ctx.actor, self.clock(), on_success=self._show, name="review-queue"
        )

    def _show(self, data: QueueData) -> None:
        self.data = data
        self._set_items(list(data.items))

    def _set_items(self, items: list[QueueItem]) -> None:
        self.model.set_rows(items)
        data = self.data
        waiting = data.total if data is not None else len(items)
        text = plural(waiting, translate("ReviewQueue", "%n waiting"), translate("ReviewQueue", "%n waiting"))
        overdue = data.overdue if data is not None else 0
        if overdue:
            text += " · " + plural(
                overdue, translate("ReviewQueue", "%n overdue"), translate("ReviewQueue", "%n overdue")
            )
        shown = sum(1 for i in items if i.kind == REGISTRATION)
        if shown < waiting:
            text += " · " + translate("ReviewQueue", "the oldest {0} shown").format(shown)
        self.count.setText(text)
        if items:
            row = min(self._pending_row, len(items) - 1)
            self.table.setCurrentIndex(self.model.index(row, 0))
            self.table.selectionModel().select(
                self.model.index(row, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
            )
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def showEvent(self, event: object) -> None:
        super().showEvent(event)
        self.reload()

    def _changed(self, payload: DataChanged) -> None:
        if self.isVisible() and payload.entity in ("deal", "deal_registrations", "*"):
            self._reload_timer.start()  # a burst of keyboard triage reloads once, after the burst

    # -- triage -------------------------------------------------------------------------------------------------

    def selected_items(self) -> list[QueueItem]:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        if not rows and self.table.currentIndex().isValid():
            rows = [self.table.currentIndex().row()]
        return [item for r in rows if (item := self.model.row_at(r)) is not None]

    def act(self, action: str) -> None:
        items = self.selected_items()
        if not items:
            return
        if action == "open":
            self.open_deal.emit(items[0].deal_id)
            return
        if action == "compare":
            if items[0].kind == REGISTRATION:
                self.compare_requested.emit(items[0].deal_id)
            return
        if action == "extend":
            items = [i for i in items if i.kind == EXTENSION]
            if not items:
                self.feedback.setText(translate("ReviewQueue", "E grants extension requests; none is selected."))
                return
        if action == "request_info":
            items = [i for i in items if i.kind == REGISTRATION]
            if not items:
                return
        if action in ("reject", "request_info"):
            self._ask(action, items)
            return
        self._run(action, items, None)

    def _ask(self, action: str, items: list[QueueItem]) -> None:
        n = len(items)
        if action == "reject":
            title = translate("ReviewQueue", "Reject")
            prompt = plural(
                n,
                translate("ReviewQueue", "Why is this request refused? The partner sees the reason."),
                translate("ReviewQueue", "Why are these %n requests refused? Each partner sees the reason."),
            )
        else:
            title = translate("ReviewQueue", "Request information")
            prompt = plural(
                n,
                translate("ReviewQueue", "What does the partner need to add?"),
                translate("ReviewQueue", "What do the partners of these %n registrations need to add?"),
            )
        self.dialog = ReasonDialog(title, prompt, required=action == "reject", parent=self)
        self.dialog.submitted.connect(lambda text: self._run(action, items, text))
        self.dialog.finished.connect(lambda _r: self.table.setFocus(Qt.FocusReason.OtherFocusReason))
        self.dialog.open()

    def _run(self, action: str, items: list[QueueItem], text: str | None) -> None:
        rows = [r for r in range(self.model.rowCount()) if self.model.row_at(r) in items]
        self._pending_row = min(rows) if rows else 0
        self.ctx.db(
            apply_triage, self.ctx.engine, self.ctx.actor, action, items, text, on_success=self._done, name="triage"
        )

    def _done(self, result: TriageResult) -> None:
        messages = {
            "approve": translate("ReviewQueue", "Approved or granted: {0}."),
            "reject": translate("ReviewQueue", "Rejected or declined: {0}."),
            "request_info": translate("ReviewQueue", "Information requested: {0}."),
            "extend": translate("ReviewQueue", "Extensions granted: {0}."),
        }
        text = messages[result.action].format(len(result.done))
        if result.failed:
            first = result.failed[0][1]
            text += " " + translate("ReviewQueue", "Refused: {0} ({1})").format(len(result.failed), user_message(first))
        self.feedback.setText(text)
        handled = set(result.done)
        if handled:  # drop the handled rows at once, so the next key acts on what is on screen
            if self.data is not None:
                done = sum(1 for i in self.model.rows if i.id in handled and i.kind == REGISTRATION)
                late = sum(1 for i in self.model.rows if i.id in handled and i.overdue)
                self.data = QueueData(self.data.items, self.data.total - done, self.data.overdue - late)
            self._set_items([i for i in self.model.rows if i.id not in handled])
        self.ctx.changed("deal_registrations", *(i for i in result.done))

    def _marker(self, item: QueueItem, column: int) -> QColor | None:
        return warning_colour() if column == 0 and item.overdue else None
