"""The conflicts inbox: per conflicting field base, mine and theirs side by side with keep mine / keep theirs /
edit, and the ops the server rejected with their reason and resend or discard (discard asks first).

Built on ``sync.client.status`` (open_conflicts, rejected_ops, resolve_conflict, discard_rejected,
retry_rejected): the sync client fills the replica's conflict table and rejected ops, the inbox answers them.
Row titles come from the search index (``workbench.search.conflicts.row_titles``)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from sync.client.status import (
    Choice,
    ConflictDTO,
    RejectedOpDTO,
    discard_rejected,
    open_conflicts,
    rejected_ops,
    resolve_conflict,
    retry_rejected,
)
from ui.bridge import CoreEvent, DataChanged
from ui.context import AppContext
from ui.i18n import format_datetime, translate
from ui.labels import field_label, label
from ui.models.paged import Column
from ui.models.rows import RowsTableModel
from ui.widgets.common import EmptyState, heading, muted, table
from workbench.partners.commands import update_contact, update_partner
from workbench.search.conflicts import row_titles
from workbench.security.roles import Actor

T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class Titled(Generic[T]):
    """A conflict or rejected op with the title of its record (None when the record is not indexed)."""

    item: T
    title: str | None

    def record(self, entity: str, row_id: str) -> str:
        return f"{label(entity)}: {self.title or row_id}"


def shown_value(value: Any) -> str:
    if value is None:
        return translate("Conflicts", "(empty)")
    if isinstance(value, str):
        return value
    return json.dumps(value, ensure_ascii=False, default=str)


def _load(engine: Any) -> tuple[list[Titled[ConflictDTO]], list[Titled[RejectedOpDTO]]]:
    """db lane: the open conflicts and rejected ops with their records' titles."""
    conflicts = open_conflicts(engine)
    rejected = rejected_ops(engine)
    titles = row_titles(engine, sorted({c.row_id for c in conflicts} | {r.row_id for r in rejected}))
    return (
        [Titled(c, titles.get(c.row_id)) for c in conflicts],
        [Titled(r, titles.get(r.row_id)) for r in rejected],
    )


def fix_and_resend(engine: Any, actor: Actor, op: RejectedOpDTO, fields: dict[str, Any]) -> None:
    """db lane: queue a rejected op again, then write the user's corrections as a normal edit (validated
    like the editor), which coalesces into the re-queued op because it is the row's last pending op."""
    retry_rejected(engine, op.op_id)
    if not fields:
        return
    if op.entity == "partners":
        update_partner(engine, actor, op.row_id, fields)
    elif op.entity == "contacts":
        update_contact(engine, actor, op.row_id, fields)


def editable_fields(op: RejectedOpDTO) -> list[str]:
    """The fields the inbox offers to correct before resending (partners and contacts only: their
    commands validate the value like the editor does)."""
    if op.entity not in ("partners", "contacts") or op.kind != "patch":
        return []
    if op.field and op.field in op.fields:
        return [op.field]
    return sorted(op.fields)[:1]


class ConflictsView(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("ConflictsView")
        self.conflicts_model: RowsTableModel[Titled[ConflictDTO]] = RowsTableModel(
            [
                Column(translate("Conflicts", "Record"), lambda c: c.record(c.item.entity, c.item.row_id)),
                Column(translate("Conflicts", "Field"), lambda c: field_label(c.item.field)),
                Column(translate("Conflicts", "Since"), lambda c: format_datetime(c.item.created_at)),
            ],
            self,
        )
        self.conflicts_table = table(self.conflicts_model, stretch=0)
        self.conflicts_table.selectionModel().currentRowChanged.connect(lambda *_: self._show_selected())

        self.base = self._value_label("base")
        self.mine = self._value_label("mine")
        self.theirs = self._value_label("theirs")
        compare = QGroupBox(translate("Conflicts", "Selected conflict"))
        grid = QGridLayout(compare)
        self.heads: list[QLabel] = []
        for col, (title, value) in enumerate(
            (
                (translate("Conflicts", "Base (before both changes)"), self.base),
                (translate("Conflicts", "Mine (not applied)"), self.mine),
                (translate("Conflicts", "Theirs (server, now in the record)"), self.theirs),
            )
        ):
            head = QLabel(title)
            head.setWordWrap(True)
            self.heads.append(head)
            grid.addWidget(head, 0, col)
            grid.addWidget(value, 1, col)
            grid.setColumnStretch(col, 1)
        self.keep_mine = QPushButton(translate("Conflicts", "Keep &mine"))
        self.keep_theirs = QPushButton(translate("Conflicts", "Keep &theirs"))
        self.edit = QPushButton(translate("Conflicts", "&Edit…"))
        self.keep_mine.clicked.connect(lambda: self._resolve("mine"))
        self.keep_theirs.clicked.connect(lambda: self._resolve("theirs"))
        self.edit.clicked.connect(self._edit)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        for b in (self.keep_mine, self.keep_theirs, self.edit):
            buttons.addWidget(b)
        grid.addLayout(buttons, 2, 0, 1, 3)

        self.rejected_model: RowsTableModel[Titled[RejectedOpDTO]] = RowsTableModel(
            [
                Column(translate("Conflicts", "Record"), lambda r: r.record(r.item.entity, r.item.row_id)),
                Column(translate("Conflicts", "Change"), lambda r: label(r.item.command or r.item.kind)),
                Column(translate("Conflicts", "Reason"), lambda r: label(r.item.reason)),
                Column(translate("Conflicts", "Field"), lambda r: field_label(r.item.field)),
                Column(translate("Conflicts", "Since"), lambda r: format_datetime(r.item.created_at)),
            ],
            self,
        )
        self.rejected_table = table(self.rejected_model, stretch=0)
        self.resend = QPushButton(translate("Conflicts", "Fix and &resend…"))
        self.discard = QPushButton(translate("Conflicts", "&Discard…"))
        self.resend.clicked.connect(self._resend)
        self.discard.clicked.connect(self._discard)
        rejected_box = QGroupBox(translate("Conflicts", "Changes the server rejected"))
        rb = QVBoxLayout(rejected_box)
        rb.addWidget(self.rejected_table, 1)
        rbuttons = QHBoxLayout()
        rbuttons.addStretch(1)
        rbuttons.addWidget(self.resend)
        rbuttons.addWidget(self.discard)
        rb.addLayout(rbuttons)

        conflicts_box = QGroupBox(translate("Conflicts", "Open conflicts"))
        cbox = QVBoxLayout(conflicts_box)
        cbox.addWidget(self.conflicts_table, 1)
        cbox.addWidget(compare)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(conflicts_box)
        split.addWidget(rejected_box)
        self.empty = EmptyState(
            translate("Conflicts", "Nothing to resolve"),
            translate(
                "Conflicts",
                "When the server keeps a value you changed too, or refuses a change, it shows up here "
                "with both versions so nothing is lost.",
            ),
        )
        box = QVBoxLayout(self)
        box.addWidget(heading(translate("Conflicts", "Conflicts")))
        box.addWidget(
            muted(
                translate(
                    "Conflicts",
                    "Each conflict keeps both versions until you decide. Rejected changes stay here until you "
                    "resend or discard them.",
                )
            )
        )
        box.addWidget(split, 1)
        box.addWidget(self.empty, 1)
        self.split = split
        ctx.bridge.subscribe(CoreEvent.DATA_CHANGED, self._on_data_changed, owner=self)
        ctx.bridge.subscribe(CoreEvent.CONFLICTS_CHANGED, lambda _n: self.reload(), owner=self)
        self._show_selected()

    def _value_label(self, name: str) -> QLabel:
        value = QLabel()
        value.setObjectName(f"conflict_{name}")
        value.setWordWrap(True)
        value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        value.setFrameShape(QLabel.Shape.StyledPanel)
        value.setMinimumHeight(value.fontMetrics().lineSpacing() * 2 + 8)
        value.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        return value

    def reload(self) -> None:
        self.ctx.db(_load, self.ctx.engine, on_success=self._loaded, name="conflicts-inbox")

    def _loaded(self, result: tuple[list[Titled[ConflictDTO]], list[Titled[RejectedOpDTO]]]) -> None:
        conflicts, rejected = result
        self.conflicts_model.set_rows(conflicts)
        self.rejected_model.set_rows(rejected)
        empty = not conflicts and not rejected
        self.empty.setVisible(empty)
        self.split.setVisible(not empty)
        if conflicts:
            self.conflicts_table.selectRow(0)
        if rejected:
            self.rejected_table.selectRow(0)
        self._show_selected()

    def selected_conflict(self) -> ConflictDTO | None:
        index = self.conflicts_table.currentIndex()
        row = self.conflicts_model.row_at(index.row()) if index.isValid() else None
        return row.item if row is not None else None

    def selected_rejected(self) -> RejectedOpDTO | None:
        index = self.rejected_table.currentIndex()
        row = self.rejected_model.row_at(index.row()) if index.isValid() else None
        return row.item if row is not None else None

    def _selected_rejected_title(self) -> str:
        index = self.rejected_table.currentIndex()
        row = self.rejected_model.row_at(index.row()) if index.isValid() else None
        return (row.title or row.item.row_id) if row is not None else ""

    def _show_selected(self) -> None:
        c = self.selected_conflict()
        for widget, value in ((self.base, c and c.base), (self.mine, c and c.mine), (self.theirs, c and c.theirs)):
            widget.setText(shown_value(value) if c is not None else "")
        # A conflict this user won (the server sent it from the other side): mine is in the record and
        # theirs, the other user's value, was not applied.
        won = c is not None and c.side == "won"
        self.heads[1].setText(
            translate("Conflicts", "Mine (now in the record)") if won else translate("Conflicts", "Mine (not applied)")
        )
        self.heads[2].setText(
            translate("Conflicts", "Theirs (other user, not applied)")
            if won
            else translate("Conflicts", "Theirs (server, now in the record)")
        )
        for b in (self.keep_theirs, self.edit):
            b.setEnabled(c is not None)
        self.keep_mine.setEnabled(c is not None and not c.row_deleted)
        self.edit.setEnabled(c is not None and not c.row_deleted)
        has_rejected = self.selected_rejected() is not None
        self.resend.setEnabled(has_rejected)
        self.discard.setEnabled(has_rejected)

    def _done(self, entity: str) -> None:
        self.ctx.changed(entity)
        self.ctx.bridge.publish(CoreEvent.CONFLICTS_CHANGED, None)

    def _resolve(self, how: Choice, value: Any = None) -> None:
        c = self.selected_conflict()
        if c is None:
            return
        self.ctx.db(
            resolve_conflict,
            self.ctx.engine,
            self.ctx.actor,
            c.id,
            how,
            value,
            on_success=lambda _r: self._done(c.entity),
            name="resolve-conflict",
        )

    def _edit(self) -> None:
        c = self.selected_conflict()
        if c is None:
            return
        start = c.mine if isinstance(c.mine, str) else shown_value(c.mine)
        text, ok = QInputDialog.getText(
            self,
            translate("Conflicts", "Edit value"),
            translate("Conflicts", "New value for {0} (mine: {1}; theirs: {2}):").format(
                field_label(c.field), shown_value(c.mine), shown_value(c.theirs)
            ),
            text=start,
        )
        if ok:
            self._resolve("edited", text)

    def _resend(self) -> None:
        r = self.selected_rejected()
        if r is None:
            return
        fields: dict[str, Any] = {}
        for field in editable_fields(r):
            text, ok = QInputDialog.getText(
                self,
                translate("Conflicts", "Fix and resend"),
                translate("Conflicts", "Value of {0} to send again:").format(field_label(field)),
                text=shown_value(r.fields.get(field)),
            )
            if not ok:
                return
            if text != shown_value(r.fields.get(field)):
                fields[field] = text
        self.ctx.db(
            fix_and_resend,
            self.ctx.engine,
            self.ctx.actor,
            r,
            fields,
            on_success=lambda _r: self._done(r.entity),
            name="resend-rejected",
        )

    def _discard(self) -> None:
        r = self.selected_rejected()
        if r is None:
            return
        answer = QMessageBox.question(
            self,
            translate("Conflicts", "Discard change"),
            translate(
                "Conflicts", "Discard this rejected change to {0}? It will not be sent again and cannot be restored."
            ).format(self._selected_rejected_title()),
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer == QMessageBox.StandardButton.Discard:
            self.ctx.db(
                discard_rejected,
                self.ctx.engine,
                r.op_id,
                on_success=lambda _r: self._done(r.entity),
                name="discard-rejected",
            )

    def _on_data_changed(self, _payload: DataChanged) -> None:
        if self.isVisible():
            self.reload()

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        self.reload()
