"""The status bar that always shows online/offline, pending outbox ops, open conflicts and the last sync.

Counts are read on the db lane (``workbench.search.status.sync_status``) on start, every few seconds, after
every DATA_CHANGED and whenever the sync client reports a state (SYNC_STATE_CHANGED, which also carries
online/offline). A click on the conflicts count opens the inbox."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QLabel, QStatusBar, QWidget

from ui.bridge import CoreEvent, SyncState
from ui.context import AppContext
from ui.i18n import format_datetime, plural, translate
from workbench.search.status import SyncStatusDTO, sync_status

REFRESH_MS = 5_000


class ClickableLabel(QLabel):
    clicked = Signal()

    def mouseReleaseEvent(self, event: Any) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.clicked.emit()
        super().mouseReleaseEvent(event)


class SyncStatusBar(QStatusBar):
    open_conflicts = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("SyncStatusBar")
        self.online = QLabel()
        self.online.setObjectName("statusOnline")
        self.pending = QLabel()
        self.pending.setObjectName("statusPending")
        self.conflicts = ClickableLabel()
        self.conflicts.setObjectName("statusConflicts")
        self.conflicts.setCursor(Qt.CursorShape.PointingHandCursor)
        self.conflicts.clicked.connect(self.open_conflicts.emit)
        self.last_sync = QLabel()
        self.last_sync.setObjectName("statusLastSync")
        for w in (self.online, self.pending, self.conflicts, self.last_sync):
            w.setContentsMargins(6, 0, 6, 0)
            self.addPermanentWidget(w)
        self.is_online = False
        self.status: SyncStatusDTO | None = None
        self._handle: Any = None
        self._timer = QTimer(self, interval=REFRESH_MS)
        self._timer.timeout.connect(self._tick)
        self._timer.start()
        ctx.bridge.subscribe(CoreEvent.DATA_CHANGED, lambda _p: self.refresh(), owner=self)
        ctx.bridge.subscribe(CoreEvent.CONFLICTS_CHANGED, lambda _p: self.refresh(), owner=self)
        ctx.bridge.subscribe(CoreEvent.SYNC_STATE_CHANGED, self._on_sync_state, owner=self)
        self._render()
        self.refresh()

    def _tick(self) -> None:
        if self.isVisible():
            self.refresh()

    def stop(self) -> None:
        self._timer.stop()

    def refresh(self) -> None:
        if self._handle is not None and not self._handle.done:
            return
        self._handle = self.ctx.db(sync_status, self.ctx.engine, on_success=self._on_status, on_error=self._on_error)

    def _on_error(self, exc: BaseException) -> None:
        self._handle = None

    def _on_status(self, status: SyncStatusDTO) -> None:
        self._handle = None
        self.status = status
        self._render()

    def _on_sync_state(self, state: SyncState) -> None:
        self.is_online = state.online
        self.refresh()

    def _render(self) -> None:
        s = self.status
        self.online.setText(
            "● " + translate("Status", "Online") if self.is_online else "○ " + translate("Status", "Offline")
        )
        self.online.setToolTip(
            translate("Status", "Connected to the server.")
            if self.is_online
            else translate("Status", "Working offline: changes are kept locally and sent when the server is reachable.")
        )
        pending = s.pending_ops if s else 0
        self.pending.setText(
            plural(pending, translate("Status", "%n pending change"), translate("Status", "%n pending changes"))
        )
        conflicts = s.open_conflicts if s else 0
        rejected = s.rejected_ops if s else 0
        text = plural(conflicts, translate("Status", "%n conflict"), translate("Status", "%n conflicts"))
        if rejected:
            text += " · " + plural(rejected, translate("Status", "%n rejected"), translate("Status", "%n rejected"))
        self.conflicts.setText(text)
        self.conflicts.setToolTip(translate("Status", "Open the conflicts inbox"))
        last = s.last_sync if s else None
        self.last_sync.setText(
            translate("Status", "Last sync: {0}").format(format_datetime(last))
            if last
            else translate("Status", "Never synced")
        )
