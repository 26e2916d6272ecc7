"""The approver queue for channel managers: requests and claims awaiting review, triaged from the keyboard.

Keys (on the table): A approve, R reject (asks for the reason), I request information (asks what is needed),
J / K or the arrow keys move, Shift/Ctrl select several. A decision on several items asks once for
confirmation (decisions cannot be undone). Each item is decided by its own command on the db lane; items the
rules refuse stay in the queue and the refusal is listed."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QEvent, QItemSelectionModel, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from ui.bridge import CoreEvent, DataChanged
from ui.context import AppContext
from ui.errors import show_error
from ui.i18n import QT_TRANSLATE_NOOP, format_date, format_datetime, format_money, plural, translate
from ui.mdf.budgets import is_mdf_change
from ui.mdf.common import activity_label, evidence_label, mdf_message, mdf_paths
from ui.mdf.proof import Signer, load_signer, secret_store
from ui.models.paged import ALIGN_RIGHT, Column
from ui.models.rows import RowsTableModel
from ui.tasks import Lane
from ui.widgets.common import muted, table
from ui.widgets.forms import FieldError, FormState, bind_validator
from workbench import validation
from workbench.documents.claims import approve_claim_and_countersign
from workbench.errors import UserError
from workbench.mdf import commands as mdf_commands
from workbench.mdf.queries import ReviewItemDTO, review_queue

KIND_LABELS = {
    "request": QT_TRANSLATE_NOOP("MdfReview", "Request"),
    "claim": QT_TRANSLATE_NOOP("MdfReview", "Claim"),
}
ACTION_TITLES = {
    "approve": QT_TRANSLATE_NOOP("MdfReview", "Approve"),
    "reject": QT_TRANSLATE_NOOP("MdfReview", "Reject"),
    "request_info": QT_TRANSLATE_NOOP("MdfReview", "Request information"),
}


@dataclass(frozen=True)
class TriageResult:
    action: str
    decided: tuple[str, ...]
    refused: tuple[tuple[ReviewItemDTO, UserError], ...] = field(default=())


def _decide(
    engine: Any, actor: Any, item: ReviewItemDTO, action: str, reason: str | None, signer: Signer | None, blob_dir: Any
) -> None:
    if item.kind == "request":
        if action == "approve":
            mdf_commands.approve_request(engine, actor, item.id)
        elif action == "reject":
            mdf_commands.reject_request(engine, actor, item.id, reason or "")
        else:
            mdf_commands.request_request_info(engine, actor, item.id, reason or "")
    elif action == "approve":
        # Approving a claim countersigns its proof (one step: verified, approved, signed, recorded together).
        if signer is None or blob_dir is None:
            raise UserError("signing_identity_missing", field="identity")
        approve_claim_and_countersign(engine, actor, item.id, signer.identity, blob_dir, signer.roots)
    elif action == "reject":
        mdf_commands.reject_claim(engine, actor, item.id, reason or "")
    else:
        mdf_commands.request_claim_info(engine, actor, item.id, reason or "")


def triage(
    engine: Any,
    actor: Any,
    items: Sequence[ReviewItemDTO],
    action: str,
    reason: str | None = None,
    signer: Signer | None = None,
    blob_dir: Any = None,
) -> TriageResult:
    """db lane: decide every item with its own command (one transaction each; approving a claim countersigns
    its proof with ``signer``). A refusal of one item (a UserError: amount rule, state, permission, missing or
    doctored proof) is collected and the others still go ahead."""
    decided: list[str] = []
    refused: list[tuple[ReviewItemDTO, UserError]] = []
    for item in items:
        try:
            _decide(engine, actor, item, action, reason, signer, blob_dir)
        except UserError as exc:  # refused by the rules: reported per item, nothing written for it
            refused.append((item, exc))
        else:
            decided.append(item.id)
    return TriageResult(action, tuple(decided), tuple(refused))


def review_columns() -> list[Column[ReviewItemDTO]]:
    def evidence(i: ReviewItemDTO) -> str:
        if i.kind != "claim":
            return ""
        if not i.missing_evidence:
            if i.has_proof:
                return translate("MdfReview", "Complete, signed proof")
            return translate("MdfReview", "Complete, no signed proof")
        return translate("MdfReview", "Missing: {0}").format(", ".join(evidence_label(k) for k in i.missing_evidence))

    return [
        Column(translate("MdfReview", "Kind"), lambda i: translate("MdfReview", KIND_LABELS[i.kind])),
        Column(translate("MdfReview", "Partner"), lambda i: i.partner_name),
        Column(translate("MdfReview", "Activity"), lambda i: activity_label(i.activity_type.value)),
        Column(translate("MdfReview", "Title"), lambda i: i.title),
        Column(translate("MdfReview", "Amount"), lambda i: format_money(i.amount_minor, i.currency), ALIGN_RIGHT),
        Column(translate("MdfReview", "Submitted"), lambda i: format_datetime(i.submitted_at)),
        Column(
            translate("MdfReview", "Due"),
            lambda i: format_date(i.due),
            tooltip=lambda i: translate("MdfReview", "Claims: claim deadline. Requests: activity start."),
        ),
        Column(translate("MdfReview", "Evidence"), evidence, tooltip=evidence),
    ]


class ReasonDialog(QDialog):
    """Asks for the reason of a rejection or what information is needed; OK only with a valid text."""

    def __init__(self, title: str, prompt: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ReasonDialog")
        self.setWindowTitle(title)
        self.text = QPlainTextEdit()
        self.text.setObjectName("reasonText")
        self.text.setTabChangesFocus(True)
        self.error = FieldError(self)
        self.form = FormState(self)
        bind_validator(
            self.text,
            lambda v: validation.text(v, "reason", max_len=validation.MAX_TEXT, required=True),
            error_label=self.error,
            form=self.form,
            name="reason",
        )
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.form.bind_button(self.ok_button)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.ok_button.setToolTip(translate("MdfReview", "Ctrl+Enter"))
        self.text.installEventFilter(self)  # keyboard triage: type the reason, Ctrl+Enter sends it
        box = QVBoxLayout(self)
        prompt_label = QLabel(prompt)
        prompt_label.setWordWrap(True)
        box.addWidget(prompt_label)
        box.addWidget(self.text)
        box.addWidget(self.error)
        box.addWidget(self.buttons)
        self.text.setFocus()

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if (
            obj is self.text
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and event.modifiers() & Qt.KeyboardModifier.ControlModifier
        ):
            if self.ok_button.isEnabled():
                self.accept()
            return True
        return super().eventFilter(obj, event)

    @property
    def reason(self) -> str:
        return str(self.form.values()["reason"] or "")


class _Keys(QObject):
    """Event filter on the queue table: the triage keys."""

    def __init__(self, queue: ReviewQueue) -> None:
        super().__init__(queue)
        self.queue = queue

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return False
        if event.modifiers() & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier):
            return False
        key = event.key()
        actions: dict[int, Callable[[], None]] = {
            Qt.Key.Key_A: lambda: self.queue.start("approve"),
            Qt.Key.Key_R: lambda: self.queue.start("reject"),
            Qt.Key.Key_I: lambda: self.queue.start("request_info"),
            Qt.Key.Key_J: lambda: self.queue.move_cursor(1, event.modifiers()),
            Qt.Key.Key_K: lambda: self.queue.move_cursor(-1, event.modifiers()),
            Qt.Key.Key_Return: self.queue.open_current,
            Qt.Key.Key_Enter: self.queue.open_current,
        }
        action = actions.get(key)
        if action is None:
            return False
        action()
        return True


class ReviewQueue(QWidget):
    """Requests and claims awaiting review (vendor roles)."""

    decided = Signal(object)  # TriageResult
    open_item = Signal(object)  # ReviewItemDTO

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("ReviewQueue")
        self.model: RowsTableModel[ReviewItemDTO] = RowsTableModel(review_columns(), self)
        self.table = table(self.model, stretch=3)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setObjectName("reviewTable")
        evidence_column = self.model.columnCount() - 1  # long "missing" lists are elided; the tooltip has them all
        self.table.horizontalHeader().setSectionResizeMode(evidence_column, QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().resizeSection(evidence_column, self.fontMetrics().averageCharWidth() * 34)
        self._keys = _Keys(self)
        self.table.installEventFilter(self._keys)
        self.table.doubleClicked.connect(lambda _i: self.open_current())
        self.count = QLabel()
        self.count.setObjectName("reviewCount")
        self.result = QLabel()
        self.result.setObjectName("reviewResult")
        self.result.setWordWrap(True)
        self.refusals = FieldError(self)
        self.refusals.setObjectName("reviewRefusals")
        self.reason_dialog: ReasonDialog | None = None
        self.confirm_box: QMessageBox | None = None
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(
            muted(
                translate(
                    "MdfReview",
                    "Keys: A approve · R reject with a reason · I request information · J/K or arrows move · "
                    "Shift/Ctrl+click or Shift+J/K select several · Enter opens. Approving a claim countersigns "
                    "its proof with your certificate.",
                )
            )
        )
        box.addWidget(self.count)
        box.addWidget(self.table, 1)
        box.addWidget(self.result)
        box.addWidget(self.refusals)
        ctx.bridge.subscribe(CoreEvent.DATA_CHANGED, self._changed, owner=self)

    # -- data -------------------------------------------------------------------------------------------------------

    def reload(self) -> None:
        self.ctx.db(review_queue, self.ctx.engine, self.ctx.actor, on_success=self._show, name="mdf-review-queue")

    def _show(self, items: tuple[ReviewItemDTO, ...]) -> None:
        current = self.table.currentIndex().row()
        self.model.set_rows(items)
        self.count.setText(
            plural(
                len(items),
                translate("MdfReview", "%n item awaits review"),
                translate("MdfReview", "%n items await review"),
            )
        )
        if items:
            row = min(max(current, 0), len(items) - 1)
            self.table.setCurrentIndex(self.model.index(row, 0))
            self.table.selectRow(row)

    def _changed(self, payload: DataChanged) -> None:
        if is_mdf_change(payload) and self.isVisible():
            self.reload()

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        self.reload()
        self.table.setFocus()

    # -- keyboard ---------------------------------------------------------------------------------------------------

    def selected_items(self) -> list[ReviewItemDTO]:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        if not rows and self.table.currentIndex().isValid():
            rows = [self.table.currentIndex().row()]
        return [item for r in rows if (item := self.model.row_at(r)) is not None]

    def move_cursor(self, step: int, modifiers: Any = Qt.KeyboardModifier.NoModifier) -> None:
        count = self.model.rowCount()
        if count == 0:
            return
        row = min(max(self.table.currentIndex().row() + step, 0), count - 1)
        index = self.model.index(row, 0)
        rows = QItemSelectionModel.SelectionFlag.Rows
        if modifiers & Qt.KeyboardModifier.ShiftModifier:
            flags = QItemSelectionModel.SelectionFlag.Select | rows
        else:
            flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | rows
        self.table.selectionModel().setCurrentIndex(index, flags)

    def open_current(self) -> None:
        items = self.selected_items()
        if items:
            self.open_item.emit(items[0])

    # -- decisions --------------------------------------------------------------------------------------------------

    def start(self, action: str) -> None:
        items = self.selected_items()
        if not items:
            return
        title = translate("MdfReview", ACTION_TITLES[action])
        if action in ("reject", "request_info"):
            prompt = (
                translate("MdfReview", "Why are these items rejected? The partner sees this reason.")
                if action == "reject"
                else translate("MdfReview", "What information is needed? The partner sees this text.")
            )
            dialog = ReasonDialog(title, prompt, self)
            dialog.setWindowModality(Qt.WindowModality.WindowModal)
            dialog.accepted.connect(lambda: self._confirm(action, items, dialog.reason))
            dialog.finished.connect(lambda _r: self.table.setFocus())
            self.reason_dialog = dialog
            dialog.open()
        else:
            self._confirm(action, items, None)

    def _confirm(self, action: str, items: list[ReviewItemDTO], reason: str | None) -> None:
        if len(items) == 1:
            self.perform(action, items, reason)
            return
        verb = translate("MdfReview", ACTION_TITLES[action])
        box = QMessageBox(
            QMessageBox.Icon.Question,
            verb,
            translate("MdfReview", "{0}: {1} items. This cannot be undone.").format(verb, len(items)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            self,
        )
        box.setDefaultButton(QMessageBox.StandardButton.Yes)
        box.setWindowModality(Qt.WindowModality.WindowModal)
        box.accepted.connect(lambda: self.perform(action, items, reason))
        box.finished.connect(lambda _r: self.table.setFocus())
        self.confirm_box = box
        box.open()

    def perform(self, action: str, items: Sequence[ReviewItemDTO], reason: str | None) -> None:
        """Decide ``items``. Approving claims first loads this computer's signing certificate (io lane) for the
        countersignature; without one those claims are refused with that reason and the rest go ahead."""
        self.refusals.set_error(None)
        chosen = tuple(items)
        paths = mdf_paths(self.ctx)

        def run(signer: Signer | None) -> None:
            self.ctx.db(
                triage,
                self.ctx.engine,
                self.ctx.actor,
                chosen,
                action,
                reason,
                signer,
                paths.blob_dir if paths is not None else None,
                on_success=self._done,
                name=f"mdf-triage-{action}",
            )

        def no_signer(exc: BaseException) -> None:
            if isinstance(exc, UserError):
                run(None)
            else:
                show_error(exc, self)

        if action == "approve" and paths is not None and any(i.kind == "claim" for i in chosen):
            self.ctx.runner.submit(
                Lane.IO,
                load_signer,
                paths,
                secret_store(self.ctx),
                on_success=run,
                on_error=no_signer,
                name="mdf-load-identity",
            )
        else:
            run(None)

    def _done(self, result: TriageResult) -> None:
        texts = {
            "approve": (translate("MdfReview", "%n item approved."), translate("MdfReview", "%n items approved.")),
            "reject": (translate("MdfReview", "%n item rejected."), translate("MdfReview", "%n items rejected.")),
            "request_info": (
                translate("MdfReview", "Information requested for %n item."),
                translate("MdfReview", "Information requested for %n items."),
            ),
        }
        one, other = texts[result.action]
        self.result.setText(plural(len(result.decided), one, other))
        if result.refused:
            lines = [
                translate("MdfReview", "{0} — {1}: {2}").format(
                    item.partner_name, item.title, mdf_message(exc, item.currency)
                )
                for item, exc in result.refused
            ]
            self.refusals.set_error("\n".join(lines))
        for kind in ("mdf_requests", "mdf_claims"):
            self.ctx.changed(kind, *result.decided)
        self.decided.emit(result)
        self.reload()
