"""The conflicts inbox: per conflicting field base, mine and theirs side by side with keep mine / keep theirs /
edit, and the ops the server rejected with their reason and resend or discard (discard asks first).

Built on ``workbench.search.conflicts`` (the sync tables of the replica); the sync client fills them."""

from __future__ import annotations

import json
from typing import Any

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

from ui.bridge import CoreEvent, DataChanged
from ui.context import AppContext
from ui.i18n import format_datetime, translate
from ui.labels import label
from ui.models.paged import Column
from ui.models.rows import RowsTableModel
from ui.widgets.common import EmptyState, heading, muted, table
from workbench.search.conflicts import (
    ConflictDTO,
    RejectedOpDTO,
    Resolution,
    discard_rejected,
    list_conflicts,
    list_rejected,
    resend_rejected,
    resolve_conflict,
)


def shown_value(value: Any) -> str:
    if value is None:
        return translate("Conflicts", "(empty)")
    if isinstance(value, str):
        return value
    return json.dumps(value, ensure_ascii=False, default=str)


def _load(engine: Any) -> tuple[list[ConflictDTO], list[RejectedOpDTO]]:
    return list_conflicts(engine), list_rejected(engine)


class ConflictsView(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("ConflictsView")
        self.conflicts_model: RowsTableModel[ConflictDTO] = RowsTableModel(
            [
                Column(translate("Conflicts", "Record"), lambda c: f"{label(c.entity)}: {c.row_title or c.row_id}"),
                Column(translate("Conflicts", "Field"), lambda c: label(c.field)),
                Column(translate("Conflicts", "Since"), lambda c: format_datetime(c.created_at)),
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
        for col, (title, value) in enumerate(
            (
                (translate("Conflicts", "Base (before both changes)"), self.base),
                (translate("Conflicts", "Mine (not applied)"), self.mine),
                (translate("Conflicts", "Theirs (server, now in the record)"), self.theirs),
            )
        ):
            head = QLabel(title)
            head.setWordWrap(True)
            grid.addWidget(head, 0, col)
            grid.addWidget(value, 1, col)
            grid.setColumnStretch(col, 1)
        self.keep_mine = QPushButton(translate("Conflicts", "Keep &mine"))
        self.keep_theirs = QPushButton(translate("Conflicts", "Keep &theirs"))
        self.edit = QPushButton(translate("Conflicts", "&Edit…"))
        self.keep_mine.clicked.connect(lambda: self._resolve(Resolution.MINE))
        self.keep_theirs.clicked.connect(lambda: self._resolve(Resolution.THEIRS))
        self.edit.clicked.connect(self._edit)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        for b in (self.keep_mine, self.keep_theirs, self.edit):
            buttons.addWidget(b)
        grid.addLayout(buttons, 2, 0, 1, 3)

        self.rejected_model: RowsTableModel[RejectedOpDTO] = RowsTableModel(
            [
                Column(translate("Conflicts", "Record"), lambda r: f"{label(r.entity)}: {r.row_title or r.row_id}"),
                Column(translate("Conflicts", "Change"), lambda r: label(r.command or r.kind)),
                Column(translate("Conflicts", "Reason"), lambda r: label(r.reason or "")),
                Column(translate("Conflicts", "Detail"), lambda r: r.detail or ""),
                Column(translate("Conflicts", "Since"), lambda r: format_datetime(r.created_at)),
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

    def _loaded(self, result: tuple[list[ConflictDTO], list[RejectedOpDTO]]) -> None:
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
        return self.conflicts_model.row_at(index.row()) if index.isValid() else None

    def selected_rejected(self) -> RejectedOpDTO | None:
        index = self.rejected_table.currentIndex()
        return self.rejected_model.row_at(index.row()) if index.isValid() else None

    def _show_selected(self) -> None:
        c = self.selected_conflict()
        for widget, value in ((self.base, c and c.base), (self.mine, c and c.mine), (self.theirs, c and c.theirs)):
            widget.setText(shown_value(value) if c is not None else "")
        for b in (self.keep_mine, self.keep_theirs, self.edit):
            b.setEnabled(c is not None)
        has_rejected = self.selected_rejected() is not None
        self.resend.setEnabled(has_rejected)
        self.discard.setEnabled(has_rejected)

    def _done(self, entity: str) -> None:
        self.ctx.changed(entity)
        self.ctx.bridge.publish(CoreEvent.CONFLICTS_CHANGED, None)

    def _resolve(self, how: Resolution, value: Any = None) -> None:
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
                label(c.field), shown_value(c.mine), shown_value(c.theirs)
            ),
            text=start,
        )
        if ok:
            self._resolve(Resolution.EDITED, text)

    def _resend(self) -> None:
        r = self.selected_rejected()
        if r is None:
            return
        fields = {}
        if r.fields:
            field = next(iter(sorted(r.fields)))
            text, ok = QInputDialog.getText(
                self,
                translate("Conflicts", "Fix and resend"),
                translate("Conflicts", "Value of {0} to send again:").format(label(field)),
                text=shown_value(r.fields[field]),
            )
            if not ok:
                return
            if text != shown_value(r.fields[field]):
                fields[field] = text
        self.ctx.db(resend_rejected, self.ctx.engine, r.op_id, fields, on_success=lambda _r: self._done(r.entity))

    def _discard(self) -> None:
        r = self.selected_rejected()
        if r is None:
            return
        answer = QMessageBox.question(
            self,
            translate("Conflicts", "Discard change"),
            translate(
                "Conflicts", "Discard this rejected change to {0}? It will not be sent again and cannot be restored."
            ).format(r.row_title or r.row_id),
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer == QMessageBox.StandardButton.Discard:
            self.ctx.db(discard_rejected, self.ctx.engine, r.op_id, on_success=lambda _r: self._done(r.entity))

    def _on_data_changed(self, _payload: DataChanged) -> None:
        if self.isVisible():
            self.reload()

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        self.reload()
