"""The status bar that always shows online/offline, pending outbox ops, open conflicts and the last sync,
plus the Sync button, a progress bar and Cancel while a sync runs.

Counts are read on the db lane (``sync.client.status.sync_status``) on start, every few seconds, after
every DATA_CHANGED and whenever the sync controller reports a state (SYNC_STATE_CHANGED, which also carries
online/offline and whether a run is under way). SYNC_PROGRESS moves the progress bar. A click on the
conflicts count opens the inbox."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QLabel, QProgressBar, QPushButton, QStatusBar, QWidget

from ui.bridge import CoreEvent, SyncProgress, SyncState
from ui.context import AppContext
from ui.errors import user_message
from ui.i18n import format_datetime, plural, translate
from workbench.errors import Cancelled, UserError

if TYPE_CHECKING:
    from sync.client.status import SyncStatus

REFRESH_MS = 5_000
FIRST_COUNT_POLL_MS = 50  # the first count waits until the db lane is idle (the first page of the list first)
FIRST_COUNT_MAX_WAIT_MS = 3_000


def read_status(engine: Any) -> SyncStatus:
    """db lane: the counts. ``sync.client.status`` (and the sync protocol models it loads) is imported here, on
    the db lane after start-up, not before the window's first page."""
    from sync.client.status import sync_status

    return sync_status(engine)


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
        self.progress = QProgressBar()
        self.progress.setObjectName("statusSyncProgress")
        self.progress.setMaximumWidth(self.fontMetrics().averageCharWidth() * 24)
        self.progress.setTextVisible(True)
        self.progress.hide()
        self.cancel_button = QPushButton(translate("Status", "Cancel"))
        self.cancel_button.setObjectName("statusSyncCancel")
        self.cancel_button.setToolTip(translate("Status", "Stop the sync under way (what was sent stays sent)"))
        self.cancel_button.hide()
        self.sync_button = QPushButton(translate("Status", "Sync"))
        self.sync_button.setObjectName("statusSyncButton")
        self.addPermanentWidget(self.progress)
        self.addPermanentWidget(self.cancel_button)
        for w in (self.online, self.pending, self.conflicts, self.last_sync):
            w.setContentsMargins(6, 0, 6, 0)
            self.addPermanentWidget(w)
        self.addPermanentWidget(self.sync_button)
        sync = ctx.sync
        self.sync_button.clicked.connect(self._sync_now)
        self.cancel_button.clicked.connect(self._cancel)
        if sync is not None:
            self.sync_button.setToolTip(translate("Status", "Send your changes and fetch the latest (Ctrl+Shift+S)"))
        else:
            self.sync_button.setEnabled(False)
            self.sync_button.setToolTip(translate("Status", "This workspace is not signed in to a server."))
        self.is_online = bool(sync is not None and sync.online)
        self.running = bool(sync is not None and sync.running)
        self.status: SyncStatus | None = None
        self._handle: Any = None
        self._stale = False
        self._timer = QTimer(self, interval=REFRESH_MS)
        self._timer.timeout.connect(self._tick)
        self._timer.start()
        ctx.bridge.subscribe(CoreEvent.DATA_CHANGED, lambda _p: self.refresh(), owner=self)
        ctx.bridge.subscribe(CoreEvent.CONFLICTS_CHANGED, lambda _p: self.refresh(), owner=self)
        ctx.bridge.subscribe(CoreEvent.SYNC_STATE_CHANGED, self._on_sync_state, owner=self)
        ctx.bridge.subscribe(CoreEvent.SYNC_PROGRESS, self._on_progress, owner=self)
        self._render()
        self._waited_ms = 0
        self._idle_polls = 0
        self._reported = False
        self._first = QTimer(self, interval=FIRST_COUNT_POLL_MS)
        self._first.timeout.connect(self._first_count)
        self._first.start()

    def _first_count(self) -> None:
        """Idle at two polls in a row (not just between the list's id query and its first page fetch)."""
        self._waited_ms += FIRST_COUNT_POLL_MS
        idle = self.ctx.runner.pending() == 0
        self._idle_polls = self._idle_polls + 1 if idle else 0
        if self._idle_polls >= 2 or self._waited_ms >= FIRST_COUNT_MAX_WAIT_MS:
            self._first.stop()
            if self._handle is None:
                self.refresh()

    def _sync_now(self) -> None:
        if self.ctx.sync is not None:
            self.ctx.sync.sync_now()

    def _cancel(self) -> None:
        if self.ctx.sync is not None:
            self.ctx.sync.cancel()

    def sync_attached(self) -> None:
        """``ctx.sync`` was set after start-up (the user signed in): enable the Sync button."""
        self.sync_button.setEnabled(self.ctx.sync is not None and not self.running)
        self.sync_button.setToolTip(translate("Status", "Send your changes and fetch the latest (Ctrl+Shift+S)"))
        self._render()

    def _tick(self) -> None:
        if self.isVisible():
            self.refresh()

    def stop(self) -> None:
        self._timer.stop()
        self._first.stop()

    def refresh(self) -> None:
        if self.ctx.runner.closed:  # the app is quitting (or a test tore the runner down): nothing to count on
            self.stop()
            return
        if self._handle is not None and not self._handle.done:
            self._stale = True  # the count under way may predate this change: count once more after it
            return
        self._stale = False
        self._handle = self.ctx.db(read_status, self.ctx.engine, on_success=self._on_status, on_error=self._on_error)

    def _on_error(self, exc: BaseException) -> None:
        self._handle = None
        if not isinstance(exc, Cancelled) and not self._reported:
            self._reported = True  # once: the count is retried every few seconds, the dialog is not
            self.ctx.runner.report_error(exc)
        if self._stale:
            self.refresh()

    def _on_status(self, status: SyncStatus) -> None:
        self._handle = None
        self.status = status
        self._render()
        if self._stale:
            self.refresh()

    def _on_sync_state(self, state: SyncState) -> None:
        self.is_online = state.online
        self.running = state.running
        self.progress.setVisible(state.running)
        self.cancel_button.setVisible(state.running)
        self.sync_button.setEnabled(self.ctx.sync is not None and not state.running)
        if state.running:
            self.progress.setRange(0, 0)
            self.progress.setFormat(translate("Status", "Syncing…"))
        self._render()
        self.refresh()

    def _on_progress(self, p: SyncProgress) -> None:
        if not self.running:
            return
        phases = {
            "hello": translate("Status", "Connecting…"),
            "push": translate("Status", "Sending %v of %m…"),
            "pull": translate("Status", "Fetching: %v changes…"),
            "snapshot": translate("Status", "Fetching: %v records…"),
        }
        if p.total:
            self.progress.setRange(0, p.total)
            self.progress.setValue(min(p.done, p.total))
        else:
            self.progress.setRange(0, 0)
            self.progress.setValue(p.done)
        text = phases.get(p.phase, translate("Status", "Syncing…"))
        self.progress.setFormat(text.replace("%v", str(p.done)) if not p.total else text)

    def _render(self) -> None:
        s = self.status
        self.online.setText(
            "● " + translate("Status", "Online") if self.is_online else "○ " + translate("Status", "Offline")
        )
        tip = (
            translate("Status", "Connected to the server.")
            if self.is_online
            else translate("Status", "Working offline: changes are kept locally and sent when the server is reachable.")
        )
        sync = self.ctx.sync
        error = sync.last_error if sync is not None else None
        if isinstance(error, UserError):
            tip += "\n" + translate("Status", "Last attempt: {0}").format(user_message(error))
        elif sync is None and self.ctx.offline_reason:
            tip += "\n" + self.ctx.offline_reason
        self.online.setToolTip(tip)
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
