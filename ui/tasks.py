"""Two lanes of background work with callbacks on the GUI thread.

* The **db lane** is exactly one worker thread: every SQLite read and write of the desktop runs there, one
  after the other, so the replica never sees two writers and no SQL ever runs on the GUI thread.
* The **io lane** is a small pool for HTTP (sync), the OS keyring and PDF rendering/signing.

``runner.submit(Lane.DB, fn, *args, on_success=..., on_error=..., progress=...)`` queues ``fn(*args)`` on
the lane's worker and returns a :class:`TaskHandle`. If ``fn`` has a parameter called ``token`` (or
``progress``) it is given a :class:`CancelToken` through that keyword: the task calls
``token.raise_if_cancelled()`` between steps and ``token.report(done, total, message)`` to report progress.

Callbacks (``on_success(result)``, ``on_error(exc)``, ``progress(done, total, message)``) always run on the GUI
thread, delivered through a queued Qt signal. After ``handle.cancel()`` no ``on_success`` is delivered; the
task ends with ``on_error(Cancelled())`` (which :mod:`ui.errors` treats as silent) so callers can clean up.
Without ``on_error`` a failure goes to ``runner.error_handler`` (the app sets it to ``ui.errors.show_error``).

:class:`SyncTaskRunner` has the same interface and runs everything inline on the calling thread (tests).
"""

from __future__ import annotations

import functools
import gc
import inspect
import itertools
import logging
import queue
import sys
import threading
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from typing import Any, Protocol

from PySide6.QtCore import QCoreApplication, QObject, Qt, QThread, Signal, Slot

from workbench.errors import Cancelled

log = logging.getLogger(__name__)

SuccessCallback = Callable[[Any], None]
ErrorCallback = Callable[[BaseException], None]
ProgressCallback = Callable[[int, "int | None", str], None]

TOKEN_PARAMETERS = ("token", "progress")
DEFAULT_IO_WORKERS = 4
# How long a Python thread may keep the GIL while another waits (CPython's default is 5 ms). A db-lane task
# building DTOs in Python holds the GIL while the GUI thread paints, and every cell of a repaint calls into
# Python (model.data): with 5 ms slices a repaint during a page fetch took ~45 ms instead of ~7 ms (measured),
# with 0.2 ms ~16 ms. The GUI's responsiveness is worth the extra switching on the workers.
GUI_SWITCH_INTERVAL_S = 0.0002
# Garbage collection holds the GIL, so a collection on either lane stalls the GUI thread too. Young generations
# are cheap (< 5 ms CPU measured); a full collection walks the whole heap (SQLAlchemy's mappers, Qt wrappers,
# cached pages): 30-60 ms CPU, 150-370 ms wall on a loaded machine, in the middle of a scroll. So no automatic
# full collections: the start-up heap is frozen once the window is up (``settle_heap``) and full collections
# run when the application goes to the background or every FULL_GC_INTERVAL_S (``ui.app``).
GC_THRESHOLDS = (700, 10, 1_000_000)
FULL_GC_INTERVAL_S = 600.0


def tune_for_gui() -> None:
    """Shorten the GIL switch interval and turn off automatic full garbage collections for a process with a GUI
    thread and worker lanes (call once at start)."""
    sys.setswitchinterval(GUI_SWITCH_INTERVAL_S)
    gc.set_threshold(*GC_THRESHOLDS)


def settle_heap() -> None:
    """Move everything alive now (modules, mappers, the first window) to the permanent generation, so later
    collections never walk it. Call once the main window is shown."""
    gc.freeze()


class Lane(StrEnum):
    DB = "db"
    IO = "io"


class TaskState(StrEnum):
    QUEUED = "queued"
    RUNNING = "running"
    SUCCEEDED = "succeeded"
    FAILED = "failed"
    CANCELLED = "cancelled"


class CancelToken:
    """Handed to a running task: cancellation flag plus progress reporter. Thread-safe."""

    def __init__(self, on_report: Callable[[int, int | None, str], None] | None = None) -> None:
        self._event = threading.Event()
        self._on_report = on_report

    @property
    def is_cancelled(self) -> bool:
        return self._event.is_set()

    def cancel(self) -> None:
        self._event.set()

    def raise_if_cancelled(self) -> None:
        if self._event.is_set():
            raise Cancelled()

    def report(self, done: int, total: int | None = None, message: str = "") -> None:
        """Report progress (``done`` of ``total`` steps; ``total`` None = unknown). Also a cancellation point."""
        self.raise_if_cancelled()
        if self._on_report is not None:
            self._on_report(done, total, message)


class TaskHandle:
    """What ``submit`` returns: state of one task and a way to cancel it."""

    _ids = itertools.count(1)

    def __init__(self, lane: Lane, name: str, token: CancelToken) -> None:
        self.id = next(self._ids)
        self.lane = lane
        self.name = name
        self.token = token
        self._state = TaskState.QUEUED
        self._lock = threading.Lock()
        self._finished = threading.Event()
        self._delivered = False

    @property
    def state(self) -> TaskState:
        return self._state

    @property
    def is_cancelled(self) -> bool:
        return self.token.is_cancelled

    @property
    def done(self) -> bool:
        """True once the task's final callback (``on_success`` or ``on_error``) has run on the GUI thread."""
        return self._delivered

    def cancel(self) -> None:
        """Ask the task to stop. A queued task never starts; a running one stops at its next cancellation point.
        Either way no ``on_success`` is delivered afterwards."""
        self.token.cancel()

    def wait(self, timeout: float | None = None) -> bool:
        """Block until the worker finished the task (its callbacks may still be queued). Never on the GUI thread
        with a task that needs the GUI thread; meant for tests and shutdown."""
        return self._finished.wait(timeout)

    def _set_state(self, state: TaskState) -> None:
        with self._lock:
            self._state = state

    def __repr__(self) -> str:
        return f"<TaskHandle #{self.id} {self.name} on {self.lane} {self._state}>"


class Runner(Protocol):
    """The interface both runners share (views depend on this, tests pass a SyncTaskRunner)."""

    error_handler: ErrorCallback | None

    def submit(
        self,
        lane: Lane,
        fn: Callable[..., Any],
        *args: Any,
        on_success: SuccessCallback | None = None,
        on_error: ErrorCallback | None = None,
        progress: ProgressCallback | None = None,
        name: str | None = None,
    ) -> TaskHandle: ...

    def report_error(self, exc: BaseException) -> None: ...

    def shutdown(self, wait: bool = True) -> None: ...

    def pending(self) -> int: ...

    @property
    def closed(self) -> bool: ...


def accepts_token(fn: Callable[..., Any]) -> str | None:
    """The keyword through which ``fn`` wants a CancelToken, or None."""
    try:
        params = inspect.signature(fn).parameters
    except (TypeError, ValueError):
        return None
    for name in TOKEN_PARAMETERS:
        param = params.get(name)
        if param is not None and param.kind in (param.POSITIONAL_OR_KEYWORD, param.KEYWORD_ONLY):
            return name
    return None


def _log_error(exc: BaseException) -> None:
    if not isinstance(exc, Cancelled):
        log.error("background task failed", exc_info=(type(exc), exc, exc.__traceback__))


@dataclass(slots=True)
class _Job:
    handle: TaskHandle
    fn: Callable[..., Any]
    args: tuple[Any, ...]
    on_success: SuccessCallback | None
    on_error: ErrorCallback | None
    progress: ProgressCallback | None


class _Dispatcher(QObject):
    """Lives on the GUI thread; runs posted callables there. ``post`` may be called from any thread."""

    _posted = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._posted.connect(self._run, Qt.ConnectionType.QueuedConnection)

    def post(self, call: Callable[[], None]) -> None:
        self._posted.emit(call)

    @Slot(object)
    def _run(self, call: Callable[[], None]) -> None:
        call()


_STOP = object()


class TaskRunner(QObject):
    """The desktop's runner: one db-lane thread, a small io-lane pool. Create it on the GUI thread."""

    def __init__(self, parent: QObject | None = None, *, io_workers: int = DEFAULT_IO_WORKERS) -> None:
        super().__init__(parent)
        if io_workers < 1:
            raise ValueError("io_workers must be >= 1")
        self.error_handler: ErrorCallback | None = _log_error
        self._dispatcher = _Dispatcher(self)
        self._queues: dict[Lane, queue.SimpleQueue[Any]] = {Lane.DB: queue.SimpleQueue(), Lane.IO: queue.SimpleQueue()}
        self._live: set[TaskHandle] = set()
        self._live_lock = threading.Lock()
        self._closed = False
        self._threads: dict[Lane, list[threading.Thread]] = {
            Lane.DB: [self._start_worker(Lane.DB, "workbench-db")],
            Lane.IO: [self._start_worker(Lane.IO, f"workbench-io-{i}") for i in range(io_workers)],
        }

    # -- public API ---------------------------------------------------------------------------------------------

    @property
    def db_thread(self) -> threading.Thread:
        """The one db-lane thread (e.g. to assert in tests that SQL runs there and nowhere else)."""
        return self._threads[Lane.DB][0]

    def is_db_thread(self) -> bool:
        return threading.current_thread() is self.db_thread

    def submit(
        self,
        lane: Lane,
        fn: Callable[..., Any],
        *args: Any,
        on_success: SuccessCallback | None = None,
        on_error: ErrorCallback | None = None,
        progress: ProgressCallback | None = None,
        name: str | None = None,
    ) -> TaskHandle:
        if self._closed:
            raise RuntimeError("TaskRunner is shut down")
        lane = Lane(lane)
        job = _Job(
            TaskHandle(lane, name or str(getattr(fn, "__qualname__", repr(fn))), CancelToken()),
            fn,
            args,
            on_success,
            on_error,
            progress,
        )
        if progress is not None:
            job.handle.token._on_report = self._progress_forwarder(job)
        with self._live_lock:
            self._live.add(job.handle)
        self._queues[lane].put(job)
        return job.handle

    def report_error(self, exc: BaseException) -> None:
        """Send an error to the app-wide handler (GUI thread only)."""
        if self.error_handler is not None:
            self.error_handler(exc)

    def pending(self) -> int:
        """Tasks submitted and not yet finished on their worker."""
        with self._live_lock:
            return len(self._live)

    def attach(self, app: QCoreApplication) -> None:
        """Shut down (cancel and wait for the workers) when the application is about to quit."""
        app.aboutToQuit.connect(self.shutdown)

    @property
    def closed(self) -> bool:
        """True once shut down (submit raises)."""
        return self._closed

    def shutdown(self, wait: bool = True) -> None:
        """Cancel everything queued or running, stop the workers and (by default) wait for them. Idempotent."""
        if self._closed:
            return
        self._closed = True
        with self._live_lock:
            live = list(self._live)
        for handle in live:
            handle.cancel()
        for lane, threads in self._threads.items():
            for _ in threads:
                self._queues[lane].put(_STOP)
        if wait:
            for threads in self._threads.values():
                for thread in threads:
                    thread.join()

    # -- worker side --------------------------------------------------------------------------------------------

    def _start_worker(self, lane: Lane, name: str) -> threading.Thread:
        thread = threading.Thread(target=self._work, args=(self._queues[lane],), name=name, daemon=True)
        thread.start()
        return thread

    def _work(self, jobs: queue.SimpleQueue[Any]) -> None:
        while True:
            job = jobs.get()
            if job is _STOP:
                return
            self._execute(job)

    def _execute(self, job: _Job) -> None:
        handle = job.handle
        try:
            if handle.is_cancelled:
                raise Cancelled()
            handle._set_state(TaskState.RUNNING)
            kwargs: dict[str, Any] = {}
            keyword = accepts_token(job.fn)
            if keyword is not None:
                kwargs[keyword] = handle.token
            result = job.fn(*job.args, **kwargs)
            if handle.is_cancelled:
                raise Cancelled()
        except Exception as exc:  # noqa: BLE001 - the task boundary: every failure goes to the GUI thread
            handle._set_state(TaskState.CANCELLED if isinstance(exc, Cancelled) else TaskState.FAILED)
            self._finish(handle)
            self._dispatcher.post(functools.partial(self._deliver_error, job, exc))
        else:
            handle._set_state(TaskState.SUCCEEDED)
            self._finish(handle)
            self._dispatcher.post(functools.partial(self._deliver_success, job, result))

    def _finish(self, handle: TaskHandle) -> None:
        with self._live_lock:
            self._live.discard(handle)
        handle._finished.set()

    def _progress_forwarder(self, job: _Job) -> Callable[[int, int | None, str], None]:
        """Coalesce progress: at most one report is in flight to the GUI thread; the latest one wins."""
        latest: list[tuple[int, int | None, str] | None] = [None]
        lock = threading.Lock()

        def deliver() -> None:
            with lock:
                value, latest[0] = latest[0], None
            if value is not None and job.progress is not None and not job.handle.is_cancelled:
                job.progress(*value)

        def forward(done: int, total: int | None, message: str) -> None:
            with lock:
                scheduled = latest[0] is not None
                latest[0] = (done, total, message)
            if not scheduled:
                self._dispatcher.post(deliver)

        return forward

    # -- GUI side -----------------------------------------------------------------------------------------------

    def _deliver_success(self, job: _Job, result: Any) -> None:
        try:
            if job.handle.is_cancelled:
                job.handle._set_state(TaskState.CANCELLED)
                self._deliver_error(job, Cancelled())
                return
            if job.on_success is not None:
                job.on_success(result)
        finally:
            job.handle._delivered = True

    def _deliver_error(self, job: _Job, exc: BaseException) -> None:
        try:
            if job.on_error is not None:
                job.on_error(exc)
            elif not isinstance(exc, Cancelled):
                self.report_error(exc)
        finally:
            job.handle._delivered = True


class SyncTaskRunner:
    """Same interface as :class:`TaskRunner`, but runs each task inline and calls the callbacks right away.

    For tests (deterministic, no event loop needed). ``submit`` is still expected from the GUI thread."""

    def __init__(self) -> None:
        self.error_handler: ErrorCallback | None = _log_error
        self.submitted: list[TaskHandle] = []
        self._closed = False

    def is_db_thread(self) -> bool:
        app = QCoreApplication.instance()
        return app is None or QThread.currentThread() is app.thread()

    def submit(
        self,
        lane: Lane,
        fn: Callable[..., Any],
        *args: Any,
        on_success: SuccessCallback | None = None,
        on_error: ErrorCallback | None = None,
        progress: ProgressCallback | None = None,
        name: str | None = None,
    ) -> TaskHandle:
        if self._closed:
            raise RuntimeError("TaskRunner is shut down")
        handle = TaskHandle(Lane(lane), name or str(getattr(fn, "__qualname__", repr(fn))), CancelToken(progress))
        self.submitted.append(handle)
        handle._set_state(TaskState.RUNNING)
        kwargs: dict[str, Any] = {}
        keyword = accepts_token(fn)
        if keyword is not None:
            kwargs[keyword] = handle.token
        try:
            result = fn(*args, **kwargs)
            if handle.is_cancelled:
                raise Cancelled()
        except Exception as exc:  # noqa: BLE001 - the task boundary: handed to on_error / error_handler
            handle._set_state(TaskState.CANCELLED if isinstance(exc, Cancelled) else TaskState.FAILED)
            handle._finished.set()
            handle._delivered = True
            if on_error is not None:
                on_error(exc)
            elif not isinstance(exc, Cancelled):
                self.report_error(exc)
        else:
            handle._set_state(TaskState.SUCCEEDED)
            handle._finished.set()
            handle._delivered = True
            if on_success is not None:
                on_success(result)
        return handle

    def report_error(self, exc: BaseException) -> None:
        if self.error_handler is not None:
            self.error_handler(exc)

    def pending(self) -> int:
        return 0

    @property
    def closed(self) -> bool:
        return self._closed

    def attach(self, app: QCoreApplication) -> None:
        app.aboutToQuit.connect(self.shutdown)

    def shutdown(self, wait: bool = True) -> None:
        self._closed = True
