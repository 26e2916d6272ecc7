"""The evidence drop zone of the claim editor: drop files (or pick them), each is hashed and stored as claim
evidence on the db lane; image thumbnails are read and scaled on the io lane (QImageReader); the checklist of
the activity type's required proof ticks itself and says exactly which item is still missing."""

from __future__ import annotations

import functools
from collections.abc import Sequence
from decimal import Decimal
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QIcon, QImage, QImageReader, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ui.context import AppContext
from ui.errors import show_error
from ui.i18n import format_number, translate
from ui.mdf.common import announcing, evidence_label, mdf_message, run_for
from ui.tasks import Lane
from ui.widgets.forms import FieldError
from workbench.errors import UserError
from workbench.mdf.evidence import PROOF_KIND, missing_evidence
from workbench.records.commands import EVIDENCE_OWNER, add_attachment
from workbench.records.queries import attachment_file
from workbench.records.types import AttachmentDTO

THUMB = 96


def load_thumbnail(path: Path | str, size: int = THUMB) -> QImage | None:
    """Read an image scaled to fit ``size`` x ``size`` (io lane: QImage, never QPixmap, off the GUI thread).
    None when the file is not an image Qt can read."""
    reader = QImageReader(str(path))
    reader.setAutoTransform(True)
    if not reader.canRead():
        return None
    original = reader.size()
    if original.isValid() and (original.width() > size or original.height() > size):
        reader.setScaledSize(original.scaled(size, size, Qt.AspectRatioMode.KeepAspectRatio))
    image = reader.read()
    return None if image.isNull() else image


def format_size(size: int) -> str:
    if size < 1024:
        return translate("Mdf", "{0} bytes").format(format_number(size))
    if size < 1024 * 1024:
        return translate("Mdf", "{0} KB").format(format_number((size + 512) // 1024))
    return translate("Mdf", "{0} MB").format(format_number(Decimal(size) / (1024 * 1024), decimals=1))


class DropArea(QFrame):
    """A dashed frame that accepts local files."""

    files_dropped = Signal(list)  # list[Path]

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("EvidenceDropArea")
        self.setAcceptDrops(True)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet("#EvidenceDropArea { border: 2px dashed palette(mid); border-radius: 6px; }")
        self.label = QLabel(translate("Mdf", "Drop evidence files here"))
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.label.setWordWrap(True)
        box = QVBoxLayout(self)
        box.addWidget(self.label)
        self.setMinimumHeight(self.fontMetrics().lineSpacing() * 3)

    @staticmethod
    def local_files(event: Any) -> list[Path]:
        mime = event.mimeData()
        if not mime.hasUrls():
            return []
        return [Path(u.toLocalFile()) for u in mime.urls() if u.isLocalFile()]

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self.isEnabled() and self.local_files(event):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: Any) -> None:
        if self.isEnabled() and self.local_files(event):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        files = self.local_files(event)
        if files and self.isEnabled():
            event.acceptProposedAction()
            self.files_dropped.emit(files)


class EvidencePanel(QWidget):
    """Evidence files of one claim plus the checklist of its activity type."""

    changed = Signal()  # evidence added (checklist may have changed)

    COLUMNS = ("file", "kind", "type", "size", "sha256")

    def __init__(self, ctx: AppContext, blob_dir: Path | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.blob_dir = blob_dir
        self.claim_id: str | None = None
        self.activity_type: str | None = None
        self.required: tuple[str, ...] = ()
        self.attachments: list[AttachmentDTO] = []
        self.thumbnails: dict[str, QImage] = {}
        self.editable = False
        self.setObjectName("EvidencePanel")

        self.drop = DropArea(self)
        self.drop.files_dropped.connect(self.add_files)
        self.kind = QComboBox()
        self.kind.setObjectName("evidenceKind")
        self.pick = QPushButton(translate("Mdf", "Add &files…"))
        self.pick.setObjectName("addEvidence")
        self.pick.clicked.connect(self.pick_files)
        row = QHBoxLayout()
        kind_label = QLabel(translate("Mdf", "Attach as:"))
        kind_label.setBuddy(self.kind)
        row.addWidget(kind_label)
        row.addWidget(self.kind, 1)
        row.addWidget(self.pick)

        self.files = QTableWidget(0, len(self.COLUMNS))
        self.files.setObjectName("evidenceFiles")
        self.files.setHorizontalHeaderLabels(
            [
                translate("Mdf", "File"),
                translate("Mdf", "Proves"),
                translate("Mdf", "Type"),
                translate("Mdf", "Size"),
                translate("Mdf", "SHA-256"),
            ]
        )
        self.files.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.files.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.files.verticalHeader().setVisible(False)
        self.files.setIconSize(QSize(48, 48))
        self.files.verticalHeader().setDefaultSectionSize(52)
        self.files.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.files.setWordWrap(False)
        header = self.files.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(0, self.fontMetrics().averageCharWidth() * 34)
        for col in range(1, 4):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)

        self.checklist = QListWidget()
        self.checklist.setObjectName("evidenceChecklist")
        self.checklist.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.checklist.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.missing_label = FieldError(self)
        self.missing_label.setObjectName("evidenceMissing")
        self.error = FieldError(self)

        left = QVBoxLayout()
        left.addWidget(self.drop)
        left.addLayout(row)
        left.addWidget(self.files, 1)
        left.addWidget(self.error)
        right = QVBoxLayout()
        right.addWidget(QLabel(translate("Mdf", "Required proof")))
        right.addWidget(self.checklist)
        right.addWidget(self.missing_label)
        right.addStretch(1)
        box = QHBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.addLayout(left, 3)
        box.addLayout(right, 2)
        self.set_editable(False)

    # -- state ------------------------------------------------------------------------------------------------------

    def set_claim(
        self,
        claim_id: str | None,
        activity_type: str,
        required: Sequence[str],
        attachments: Sequence[AttachmentDTO],
        *,
        editable: bool,
    ) -> None:
        self.claim_id = claim_id
        self.activity_type = activity_type
        self.required = tuple(required)
        self.attachments = list(attachments)
        self.kind.clear()
        for kind in self.required:
            self.kind.addItem(evidence_label(kind), kind)
        self.files.setRowCount(0)
        for att in self.attachments:
            self._add_row(att)
            self._thumbnail_for(att)
        self.set_editable(editable)
        self._refresh_checklist()

    def set_editable(self, editable: bool) -> None:
        self.editable = editable
        usable = editable and self.claim_id is not None and self.blob_dir is not None
        for w in (self.drop, self.kind, self.pick):
            w.setEnabled(usable)
        if self.blob_dir is None:
            self.drop.label.setText(translate("Mdf", "Evidence needs a workspace folder on this computer."))
        elif self.claim_id is None:
            self.drop.label.setText(translate("Mdf", "Save the claim as a draft, then drop evidence files here."))
        elif not editable:
            self.drop.label.setText(translate("Mdf", "This claim can no longer be changed."))
        else:
            self.drop.label.setText(translate("Mdf", "Drop evidence files here, or use “Add files…”."))

    @property
    def has_proof(self) -> bool:
        return any(a.evidence_kind == PROOF_KIND for a in self.attachments)

    def present_kinds(self) -> set[str]:
        return {a.evidence_kind for a in self.attachments if a.evidence_kind}

    def missing(self) -> tuple[str, ...]:
        if self.activity_type is None:
            return ()
        return missing_evidence(self.activity_type, self.present_kinds())

    @property
    def complete(self) -> bool:
        return self.activity_type is not None and not self.missing()

    def _refresh_checklist(self) -> None:
        present = self.present_kinds()
        self.checklist.clear()
        for kind in self.required:
            item = QListWidgetItem(evidence_label(kind))
            item.setData(Qt.ItemDataRole.UserRole, kind)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if kind in present else Qt.CheckState.Unchecked)
            self.checklist.addItem(item)
        count = self.checklist.count()
        row = self.checklist.sizeHintForRow(0) if count else self.fontMetrics().lineSpacing() + 4
        self.checklist.setFixedHeight(row * max(count, 1) + 2 * self.checklist.frameWidth() + 4)
        missing = self.missing()
        if missing:
            self.missing_label.set_error(
                translate("Mdf", "Cannot submit yet. Missing: {0}.").format(
                    ", ".join(evidence_label(k) for k in missing)
                )
            )
            idx = self.kind.findData(missing[0])
            if idx >= 0:
                self.kind.setCurrentIndex(idx)
        else:
            self.missing_label.set_error(None)

    def checked_kinds(self) -> list[str]:
        out = []
        for i in range(self.checklist.count()):
            item = self.checklist.item(i)
            if item.checkState() == Qt.CheckState.Checked:
                out.append(str(item.data(Qt.ItemDataRole.UserRole)))
        return out

    # -- adding files ------------------------------------------------------------------------------------------------

    def pick_files(self) -> None:
        names, _ = QFileDialog.getOpenFileNames(self, translate("Mdf", "Add evidence files"))
        if names:
            self.add_files([Path(n) for n in names])

    def add_files(self, paths: list[Path]) -> None:
        if not self.editable or self.claim_id is None or self.blob_dir is None:
            return
        self.error.set_error(None)
        for path in paths:
            kind = str(self.kind.currentData()) if self.kind.currentData() else None
            run_for(
                self,
                self.ctx,
                Lane.DB,
                announcing(self.ctx, EVIDENCE_OWNER, add_attachment, lambda a: a.owner_id),
                self.ctx.engine,
                self.ctx.actor,
                EVIDENCE_OWNER,
                self.claim_id,
                path,
                self.blob_dir,
                kind,
                on_success=self._added,
                on_error=self._failed,
                name="mdf-add-evidence",
            )

    def _added(self, att: AttachmentDTO) -> None:
        self.attachments.append(att)
        self._add_row(att)
        self._thumbnail_for(att)
        self._refresh_checklist()
        self.changed.emit()

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, UserError):
            self.error.set_error(mdf_message(exc))
            return
        show_error(exc, self)

    def _add_row(self, att: AttachmentDTO) -> None:
        row = self.files.rowCount()
        self.files.insertRow(row)
        name = QTableWidgetItem(att.file_name)
        name.setData(Qt.ItemDataRole.UserRole, att.id)
        name.setToolTip(att.file_name)
        values = [
            name,
            QTableWidgetItem(evidence_label(att.evidence_kind) if att.evidence_kind else "—"),
            QTableWidgetItem(att.mime_type),
            QTableWidgetItem(format_size(att.size_bytes)),
            QTableWidgetItem(att.sha256),
        ]
        values[3].setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        values[4].setToolTip(att.sha256)
        for col, item in enumerate(values):
            self.files.setItem(row, col, item)

    def _thumbnail_for(self, att: AttachmentDTO) -> None:
        if self.blob_dir is None or not att.mime_type.startswith("image/"):
            return
        path = attachment_file(self.blob_dir, att)
        run_for(
            self,
            self.ctx,
            Lane.IO,
            load_thumbnail,
            path,
            on_success=functools.partial(self._show_thumbnail, att),
            name="mdf-thumbnail",
        )

    def _show_thumbnail(self, att: AttachmentDTO, image: QImage | None) -> None:
        if image is None:
            return
        self.thumbnails[att.id] = image
        for row in range(self.files.rowCount()):
            item = self.files.item(row, 0)
            if item is not None and item.data(Qt.ItemDataRole.UserRole) == att.id:
                item.setIcon(QIcon(QPixmap.fromImage(image)))
