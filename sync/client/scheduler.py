"""When to sync: a periodic run while online and retries after failures with exponential backoff and full
jitter, without waiting for a new local edit. Qt-free: timers are `threading.Timer`s (injectable)."""

from __future__ import annotations

import logging
import random
import threading
from collections.abc import Callable
from typing import Protocol

from sqlalchemy.exc import OperationalError

from sync.client.engine import SyncReport
from sync.client.errors import SyncError
from workbench.errors import Cancelled

log = logging.getLogger("sync.client.scheduler")


class Backoff:
    """Full jitter (AWS architecture blog): delay n is uniform in [0, min(cap, base * 2**n)]."""

    def __init__(self, base: float = 2.0, cap: float = 300.0, rng: random.Random | None = None) -> None:
        if base <= 0 or cap < base:
            raise ValueError("need 0 < base <= cap")
        self.base = base
        self.cap = cap
        self.rng = rng if rng is not None else random.Random()
        self.attempt = 0

    def ceiling(self) -> float:
        return min(self.cap, self.base * float(1 << min(self.attempt, 62)))

    def next_delay(self) -> float:
        delay = self.rng.uniform(0.0, self.ceiling())
        self.attempt += 1
        return delay

    def reset(self) -> None:
        self.attempt = 0


class TimerHandle(Protocol):
    def start(self) -> None: ...

    def cancel(self) -> None: ...


TimerFactory = Callable[[float, Callable[[], None]], TimerHandle]


def thread_timer(delay: float, fn: Callable[[], None]) -> TimerHandle:
    timer = threading.Timer(delay, fn)
    timer.daemon = True
    return timer


class SyncScheduler:
    """Runs `run` (typically `lambda: run_sync(engine, transport, store)`) now and then:

    * after a success: again after `interval` (or, if the run left ops the server asked to retry, after
      a backoff delay);
    * after a retryable failure (network, 5xx, rate limit, a locked replica): after the next backoff delay
      (at least the server's Retry-After);
    * after a failure that needs the user (sign in again, upgrade): it stops and reports it.
    `trigger()` runs soon (a local edit was made, the network came back). Runs never overlap."""

    def __init__(
        self,
        run: Callable[[], SyncReport],
        *,
        interval: float = 300.0,
        backoff: Backoff | None = None,
        timer: TimerFactory = thread_timer,
        on_report: Callable[[SyncReport], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
    ) -> None:
        self._run = run
        self.interval = interval
        self.backoff = backoff if backoff is not None else Backoff()
        self._timer_factory = timer
        self._on_report = on_report
        self._on_error = on_error
        self._lock = threading.Lock()
        self._run_lock = threading.Lock()
        self._timer: TimerHandle | None = None
        self._started = False
        self._again = False  # a trigger arrived while a run was under way
        self.online: bool | None = None  # None until the first run
        self.next_delay: float | None = None
        self.last_error: BaseException | None = None

    @property
    def started(self) -> bool:
        return self._started

    def start(self, delay: float = 0.0) -> None:
        with self._lock:
            self._started = True
        self._schedule(delay)

    def stop(self) -> None:
        with self._lock:
            self._started = False
            timer, self._timer = self._timer, None
            self.next_delay = None
        if timer is not None:
            timer.cancel()

    def trigger(self) -> None:
        """Run soon (a local edit, the network is back), resetting the backoff."""
        self.backoff.reset()
        self._schedule(0.0)

    def _schedule(self, delay: float) -> None:
        with self._lock:
            if not self._started:
                return
            if self._timer is not None:
                self._timer.cancel()
            self.next_delay = delay
            self._timer = self._timer_factory(delay, self._fire)
            self._timer.start()

    def _fire(self) -> None:
        with self._lock:
            if not self._started:
                return
            self._timer = None
        if not self._run_lock.acquire(blocking=False):
            self._again = True  # a run is under way: it runs again at once when it ends
            return
        delay: float | None = None
        self._again = False
        try:
            delay = self._run_once()
        finally:
            self._run_lock.release()
            if self._again and delay is not None and delay >= 0:
                delay = 0.0
            if delay is None:
                # An unexpected error escaped (it goes on to threading.excepthook): keep trying, slower.
                delay = self.backoff.next_delay()
            if delay >= 0:
                self._schedule(delay)
            else:
                self.stop()

    def _run_once(self) -> float:
        """Run and return the delay until the next run (negative: stop)."""
        try:
            report = self._run()
        except SyncError as exc:
            self.last_error = exc
            self.online = exc.code != "sync_network"
            if self._on_error is not None:
                self._on_error(exc)
            if not exc.retryable:
                log.warning("sync stopped: needs the user", extra={"code": exc.code})
                return -1.0
            return max(self.backoff.next_delay(), exc.retry_after or 0.0)
        except OperationalError as exc:  # the replica was busy (locked) for too long
            self.last_error = exc
            if self._on_error is not None:
                self._on_error(exc)
            return self.backoff.next_delay()
        except Cancelled:
            return self.interval
        self.online = True
        self.last_error = None
        if self._on_report is not None:
            self._on_report(report)
        if report.incomplete:
            return self.backoff.next_delay()
        self.backoff.reset()
        return self.interval
