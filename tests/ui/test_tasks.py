from __future__ import annotations

import threading
import time
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QThread
from pytestqt.qtbot import QtBot

from ui.tasks import CancelToken, Lane, SyncTaskRunner, TaskRunner, TaskState, accepts_token
from workbench.errors import Cancelled, UserError


def _on_gui_thread() -> bool:
    app = QCoreApplication.instance()
    assert app is not None
    return QThread.currentThread() is app.thread()


def test_success_callback_runs_on_gui_thread_and_fn_on_worker(qtbot: QtBot, runner: TaskRunner) -> None:
    seen: dict[str, Any] = {}

    def work(x: int, y: int) -> int:
        seen["worker_thread"] = threading.current_thread()
        seen["worker_is_gui"] = _on_gui_thread()
        return x + y

    def done(result: int) -> None:
        seen["result"] = result
        seen["callback_is_gui"] = _on_gui_thread()

    handle = runner.submit(Lane.DB, work, 2, 3, on_success=done)
    qtbot.waitUntil(lambda: handle.done, timeout=5000)
    assert seen["result"] == 5
    assert seen["callback_is_gui"] is True
    assert seen["worker_is_gui"] is False
    assert seen["worker_thread"] is runner.db_thread
    assert handle.state is TaskState.SUCCEEDED


def test_error_callback_runs_on_gui_thread(qtbot: QtBot, runner: TaskRunner) -> None:
    seen: dict[str, Any] = {}

    def fail() -> None:
        raise UserError("required", field="legal_name")

    def on_error(exc: BaseException) -> None:
        seen["exc"] = exc
        seen["gui"] = _on_gui_thread()

    handle = runner.submit(Lane.IO, fail, on_error=on_error)
    qtbot.waitUntil(lambda: handle.done, timeout=5000)
    assert isinstance(seen["exc"], UserError) and seen["exc"].code == "required"
    assert seen["gui"] is True
    assert handle.state is TaskState.FAILED
    assert runner.reported == []  # type: ignore[attr-defined]


def test_failure_without_on_error_goes_to_error_handler(qtbot: QtBot, runner: TaskRunner) -> None:
    handle = runner.submit(Lane.IO, lambda: 1 / 0)
    qtbot.waitUntil(lambda: handle.done, timeout=5000)
    assert [type(e) for e in runner.reported] == [ZeroDivisionError]  # type: ignore[attr-defined]


def test_progress_is_delivered_on_gui_thread(qtbot: QtBot, runner: TaskRunner) -> None:
    reports: list[tuple[int, int | None, str, bool]] = []

    def work(token: CancelToken) -> str:
        for i in range(1, 6):
            token.report(i, 5, f"step {i}")
            time.sleep(0.01)
        return "ok"

    handle = runner.submit(Lane.IO, work, progress=lambda d, t, m: reports.append((d, t, m, _on_gui_thread())))
    qtbot.waitUntil(lambda: handle.done, timeout=5000)
    assert reports, "no progress delivered"
    assert all(gui for *_, gui in reports)
    assert reports[-1][:3] == (5, 5, "step 5")  # coalesced, but the latest always arrives
    assert [d for d, *_ in reports] == sorted(d for d, *_ in reports)


def test_cancel_token_stops_a_running_task(qtbot: QtBot, runner: TaskRunner) -> None:
    started = threading.Event()
    steps: list[int] = []
    outcome: dict[str, Any] = {}

    def long_task(token: CancelToken) -> str:
        started.set()
        for i in range(10_000):
            token.raise_if_cancelled()
            steps.append(i)
            time.sleep(0.001)
        return "finished"

    handle = runner.submit(
        Lane.DB,
        long_task,
        on_success=lambda r: outcome.setdefault("success", r),
        on_error=lambda e: outcome.setdefault("error", e),
    )
    assert started.wait(5)
    handle.cancel()
    qtbot.waitUntil(lambda: handle.done, timeout=5000)
    assert "success" not in outcome
    assert isinstance(outcome["error"], Cancelled)
    assert handle.state is TaskState.CANCELLED
    assert len(steps) < 10_000
    # the lane is free again
    after = runner.submit(Lane.DB, lambda: "next", on_success=lambda r: outcome.setdefault("next", r))
    qtbot.waitUntil(lambda: after.done, timeout=5000)
    assert outcome["next"] == "next"


def test_cancelled_queued_task_never_runs(qtbot: QtBot, runner: TaskRunner) -> None:
    gate = threading.Event()
    ran: list[str] = []
    blocker = runner.submit(Lane.DB, gate.wait, 5)
    queued = runner.submit(Lane.DB, lambda: ran.append("queued"), on_error=lambda e: ran.append(type(e).__name__))
    queued.cancel()
    gate.set()
    qtbot.waitUntil(lambda: blocker.done and queued.done, timeout=5000)
    assert ran == ["Cancelled"]


def test_result_of_a_task_cancelled_late_is_not_delivered(qtbot: QtBot, runner: TaskRunner) -> None:
    """A task that ignores its token still has its on_success suppressed after cancel()."""
    gate = threading.Event()
    outcome: list[Any] = []
    handle = runner.submit(Lane.IO, lambda: gate.wait(5) and "late", on_success=outcome.append, on_error=outcome.append)
    handle.cancel()
    gate.set()
    qtbot.waitUntil(lambda: handle.done, timeout=5000)
    assert len(outcome) == 1 and isinstance(outcome[0], Cancelled)


def test_db_lane_is_one_thread_and_serial(qtbot: QtBot, runner: TaskRunner) -> None:
    threads: set[int] = set()
    active = [0]
    peak = [0]
    lock = threading.Lock()

    def work() -> None:
        with lock:
            active[0] += 1
            peak[0] = max(peak[0], active[0])
            threads.add(threading.get_ident())
        time.sleep(0.002)
        with lock:
            active[0] -= 1

    handles = [runner.submit(Lane.DB, work) for _ in range(30)]
    qtbot.waitUntil(lambda: all(h.done for h in handles), timeout=10000)
    assert len(threads) == 1
    assert peak[0] == 1


def test_io_lane_runs_in_parallel(qtbot: QtBot, runner: TaskRunner) -> None:
    barrier = threading.Barrier(2, timeout=5)
    results: list[int] = []
    handles = [runner.submit(Lane.IO, barrier.wait, on_success=results.append) for _ in range(2)]
    qtbot.waitUntil(lambda: all(h.done for h in handles), timeout=6000)
    assert sorted(results) == [0, 1]  # both passed the barrier together: two io threads at once


def test_shutdown_cancels_and_joins_workers(qtbot: QtBot) -> None:
    runner = TaskRunner(io_workers=2)
    started = threading.Event()

    def long_task(token: CancelToken) -> None:
        started.set()
        while True:
            token.raise_if_cancelled()
            time.sleep(0.001)

    runner.submit(Lane.IO, long_task)
    queued = runner.submit(Lane.DB, time.sleep, 0)
    assert started.wait(5)
    runner.shutdown(wait=True)
    assert not any(t.is_alive() for ts in runner._threads.values() for t in ts)
    assert queued.wait(0)
    with pytest.raises(RuntimeError):
        runner.submit(Lane.DB, time.sleep, 0)
    runner.deleteLater()


def test_accepts_token_by_parameter_name() -> None:
    def a(x: int, token: CancelToken) -> None: ...
    def b(x: int, *, progress: CancelToken) -> None: ...
    def c(x: int) -> None: ...

    assert accepts_token(a) == "token"
    assert accepts_token(b) == "progress"
    assert accepts_token(c) is None


def test_sync_runner_same_interface_inline(sync_runner: SyncTaskRunner) -> None:
    out: list[Any] = []

    def work(n: int, token: CancelToken) -> int:
        token.report(1, 2, "half")
        return n * 2

    handle = sync_runner.submit(Lane.DB, work, 21, on_success=out.append, progress=lambda *a: out.append(a))
    assert out == [(1, 2, "half"), 42]
    assert handle.done and handle.state is TaskState.SUCCEEDED

    def cancel_self(token: CancelToken) -> None:
        token.cancel()
        token.raise_if_cancelled()

    sync_runner.submit(Lane.IO, cancel_self, on_error=out.append)
    assert isinstance(out[-1], Cancelled)
    sync_runner.submit(Lane.IO, lambda: 1 / 0)
    assert [type(e) for e in sync_runner.reported] == [ZeroDivisionError]  # type: ignore[attr-defined]
    sync_runner.submit(Lane.IO, cancel_self)  # Cancelled without on_error: silent
    assert len(sync_runner.reported) == 1  # type: ignore[attr-defined]
