"""Sync on screen: one controller per app that runs ``sync.client.engine.run_sync`` and tells the views.

* ``sync_now()`` (the Sync button, Ctrl+Shift+S) queues one run on the **db lane** (run_sync writes the
  replica between its HTTP requests, so it belongs on the lane that owns SQLite; the GUI thread never
  waits for it). The task gets the runner's ``CancelToken`` as ``cancel``; ``cancel()`` stops it between
  batches and pages.
* While ``auto`` is on, runs are scheduled with a GUI-thread ``QTimer``: every ``interval`` seconds after a
  success, after a backoff delay with full jitter (``sync.client.scheduler.Backoff``) after a retryable
  failure (network, server, rate limit: at least the server's Retry-After), a few seconds after a local
  edit, and not at all after a failure that needs the user (sign in again, upgrade).
* Events on the bridge: ``SYNC_STATE_CHANGED`` (``SyncState``: online, counts, running) at the start and
  end of every run, ``SYNC_PROGRESS`` during it, and after a run ``DATA_CHANGED("*")`` (pulled rows) and
  ``CONFLICTS_CHANGED`` so lists, the status bar and the conflicts inbox refresh.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from sync.client.engine import SyncReport, run_sync
from sync.client.errors import SyncError
from sync.client.scheduler import Backoff
from sync.client.status import SyncStatus, sync_status
from sync.client.transport import RequestsTransport, Transport
from ui.bridge import CoreEvent, DataChanged, EventBridge, SyncProgress, SyncState
from ui.tasks import CancelToken, Lane, Runner, TaskHandle
from workbench.errors import Cancelled
from workbench.security.secrets import SecretStore

log = logging.getLogger(__name__)

DEFAULT_INTERVAL_S = 60.0
EDIT_DELAY_S = 3.0
OFFLINE_CODES = frozenset(
    {"sync_network", "sync_server_error", "sync_rate_limited", "sync_server_busy", "sync_bad_answer"}
)


@dataclass(frozen=True, slots=True)
class SyncOutcome:
    """What one run on the db lane hands back to the GUI thread."""

    report: SyncReport
    status: SyncStatus


def sync_task(
    engine: Any,
    transport: Transport,
    store: SecretStore,
    blob_dir: Path | None,
    bridge: EventBridge,
    token: CancelToken,
) -> SyncOutcome:
    """One sync run (db lane): hello, blobs, push, pull; then the counts for the status bar."""

    def progress(phase: str, done: int, total: int | None) -> None:
        bridge.publish(CoreEvent.SYNC_PROGRESS, SyncProgress(str(phase), done, total))

    report = run_sync(engine, transport, store, progress=progress, cancel=token, blob_dir=blob_dir)
    return SyncOutcome(report, sync_status(engine))


def read_status(engine: Any) -> SyncStatus:
    return sync_status(engine)


class SyncController(QObject):
    """Runs syncs for one replica against one server. Create it on the GUI thread."""

    finished = Signal(object)  # SyncOutcome
    failed = Signal(object)  # BaseException (Cancelled included)
    running_changed = Signal(bool)

    def __init__(
        self,
        runner: Runner,
        engine: Any,
        bridge: EventBridge,
        store: SecretStore,
        server_url: str,
        *,
        transport: Transport | None = None,
        blob_dir: Path | None = None,
        interval: float = DEFAULT_INTERVAL_S,
        edit_delay: float | None = EDIT_DELAY_S,
        backoff: Backoff | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.runner = runner
        self.engine = engine
        self.bridge = bridge
        self.store = store
        self.server_url = server_url
        self.transport: Transport = transport if transport is not None else RequestsTransport(server_url)
        self.blob_dir = blob_dir
        self.interval = interval
        self.edit_delay = edit_delay
        self.backoff = backoff if backoff is not None else Backoff(base=2.0, cap=300.0)
        self.auto = False
        self.online = False
        self.last_error: BaseException | None = None
        self.last_outcome: SyncOutcome | None = None
        self.needs_user = False  # a failure only the user can fix (sign in, upgrade): no automatic retries
        self._handle: TaskHandle | None = None
        self._again = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._fire)
        self._status: SyncStatus | None = None
        bridge.subscribe(CoreEvent.DATA_CHANGED, self._on_data_changed, owner=self)

    # -- public API -----------------------------------------------------------------------------------------------

    @property
    def running(self) -> bool:
        return self._handle is not None and not self._handle.done

    def start(self, delay: float = 0.0) -> None:
        """Turn automatic background sync on (first run after ``delay`` seconds)."""
        self.auto = True
        self.needs_user = False
        self._schedule(delay)

    def stop(self) -> None:
        """Turn automatic sync off and cancel a run under way (quit, window closed)."""
        self.auto = False
        self._timer.stop()
        self.cancel()

    def sync_now(self) -> TaskHandle | None:
        """Run now (a run under way runs again once when it ends). Returns the run's handle."""
        if self.running:
            self._again = True
            return self._handle
        self._timer.stop()
        self.backoff.reset()
        self.needs_user = False
        self._again = False
        self._publish_state(running=True)
        self.running_changed.emit(True)
        self._handle = self.runner.submit(
            Lane.DB,
            sync_task,
            self.engine,
            self.transport,
            self.store,
            self.blob_dir,
            self.bridge,
            on_success=self._on_success,
            on_error=self._on_error,
            name="sync",
        )
        return self._handle

    def reconnect(self, server_url: str, store: SecretStore, transport: Transport | None = None) -> None:
        """After a new sign-in: sync with ``server_url`` using the tokens in ``store`` (automatic runs resume)."""
        self.cancel()
        old = self.transport
        if transport is None and server_url == self.server_url:
            transport = old
        if transport is not old and isinstance(old, RequestsTransport) and not self.running:
            old.close()  # (a run still finishing keeps its session; it is dropped with it)
        self.server_url = server_url
        self.store = store
        self.transport = transport if transport is not None else RequestsTransport(server_url)
        self.needs_user = False
        self.last_error = None
        self.backoff.reset()

    def cancel(self) -> None:
        self._again = False
        if self._handle is not None and not self._handle.done:
            self._handle.cancel()

    def next_run_in(self) -> float | None:
        """Seconds until the next automatic run (None: none scheduled)."""
        return self._timer.remainingTime() / 1000 if self._timer.isActive() else None

    # -- internals ------------------------------------------------------------------------------------------------

    def _schedule(self, delay: float) -> None:
        if not self.auto or self.needs_user:
            return
        self._timer.start(max(0, int(delay * 1000)))

    def _fire(self) -> None:
        if self.auto and not self.running:
            self._run_scheduled()

    def _run_scheduled(self) -> None:
        backoff_attempt = self.backoff.attempt
        self.sync_now()
        self.backoff.attempt = backoff_attempt  # a timed retry keeps climbing the backoff ladder

    def _on_data_changed(self, payload: DataChanged) -> None:
        """A local edit: send it soon (a pull publishes "*", which does not count)."""
        if payload.entity == "*" or self.edit_delay is None or not self.auto or not self.online:
            return
        remaining = self.next_run_in()
        if self.running:
            self._again = True
        elif remaining is None or remaining > self.edit_delay:
            self._schedule(self.edit_delay)

    def _finish_run(self) -> bool:
        self._handle = None
        self.running_changed.emit(False)
        again, self._again = self._again, False
        return again

    def _on_success(self, outcome: SyncOutcome) -> None:
        again = self._finish_run()
        self.online = True
        self.last_error = None
        self.last_outcome = outcome
        self._status = outcome.status
        self._publish_state(running=False)
        self.bridge.publish(CoreEvent.DATA_CHANGED, DataChanged("*"))
        self.bridge.publish(CoreEvent.CONFLICTS_CHANGED, outcome.status.open_conflicts)
        self.finished.emit(outcome)
        if again:
            self._schedule(0)
        elif outcome.report.incomplete:
            self._schedule(self.backoff.next_delay())
        else:
            self.backoff.reset()
            self._schedule(self.interval)

    def _on_error(self, exc: BaseException) -> None:
        again = self._finish_run()
        if isinstance(exc, Cancelled):
            self._refresh_after_failure(data_changed=True)  # pages pulled before the cancel are in
            self.failed.emit(exc)
            self._schedule(self.interval)
            return
        self.last_error = exc
        retryable = bool(getattr(exc, "retryable", False))
        if isinstance(exc, SyncError):
            self.online = exc.code not in OFFLINE_CODES
            if not retryable:
                self.needs_user = True
                log.warning("sync needs the user", extra={"code": exc.code})
        else:
            log.error("sync failed", exc_info=(type(exc), exc, exc.__traceback__))
        self._refresh_after_failure()
        self.failed.emit(exc)
        if again and not self.needs_user:
            self._schedule(0)
        elif not self.needs_user:
            retry_after = getattr(exc, "retry_after", None) or 0.0
            self._schedule(max(self.backoff.next_delay(), float(retry_after)))

    def _refresh_after_failure(self, *, data_changed: bool = False) -> None:
        """A failed or cancelled run may still have pushed some batches: recount, then tell the views."""
        self._publish_state(running=False)

        def got(status: SyncStatus) -> None:
            self._on_status(status)
            if data_changed:
                self.bridge.publish(CoreEvent.DATA_CHANGED, DataChanged("*"))

        self.runner.submit(
            Lane.DB,
            read_status,
            self.engine,
            on_success=got,
            on_error=lambda _exc: None,
            name="sync-status",
        )

    def _on_status(self, status: SyncStatus) -> None:
        self._status = status
        self._publish_state(running=self.running)

    def _publish_state(self, *, running: bool) -> None:
        s = self._status
        last: datetime | None = s.last_sync if s is not None else None
        self.bridge.publish(
            CoreEvent.SYNC_STATE_CHANGED,
            SyncState(
                online=self.online,
                pending_ops=s.pending_ops if s else 0,
                open_conflicts=s.open_conflicts if s else 0,
                rejected_ops=s.rejected_ops if s else 0,
                last_sync=last,
                running=running,
            ),
        )
