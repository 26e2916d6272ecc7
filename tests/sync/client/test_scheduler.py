"""Backoff with full jitter and the retry timer, with injected timers and random numbers, plus one run on
real threads against the real server."""

from __future__ import annotations

import random
import time
from collections.abc import Callable
from datetime import UTC, datetime

import pytest

from sync.client.engine import SyncReport
from sync.client.errors import AuthRequired, NetworkError, ServerError
from sync.client.scheduler import Backoff, SyncScheduler
from sync.client.status import sync_status
from tests.sync.client.conftest import World
from tests.sync.client.helpers import Client
from workbench.partners.commands import update_partner


class FakeTimers:
    def __init__(self) -> None:
        self.scheduled: list[tuple[float, Callable[[], None]]] = []
        self.cancelled = 0

    def __call__(self, delay: float, fn: Callable[[], None]) -> FakeTimers.Handle:
        return FakeTimers.Handle(self, delay, fn)

    class Handle:
        def __init__(self, owner: FakeTimers, delay: float, fn: Callable[[], None]) -> None:
            self.owner, self.delay, self.fn = owner, delay, fn

        def start(self) -> None:
            self.owner.scheduled.append((self.delay, self.fn))

        def cancel(self) -> None:
            self.owner.cancelled += 1

    def fire(self) -> float:
        delay, fn = self.scheduled.pop(0)
        fn()
        return delay


def report(incomplete: bool = False) -> SyncReport:
    return SyncReport(started_at=datetime.now(UTC), incomplete=incomplete)


def test_backoff_full_jitter_grows_to_the_cap_and_resets() -> None:
    backoff = Backoff(base=1.0, cap=30.0, rng=random.Random(7))
    delays = [backoff.next_delay() for _ in range(12)]
    ceilings = [min(30.0, 2.0**n) for n in range(12)]
    assert all(0.0 <= d <= c for d, c in zip(delays, ceilings, strict=True))
    assert max(delays[6:]) > 8.0  # grows with the attempts (seeded: deterministic)
    assert backoff.ceiling() == 30.0
    again = Backoff(base=1.0, cap=30.0, rng=random.Random(7))
    assert [again.next_delay() for _ in range(12)] == delays
    backoff.reset()
    assert backoff.attempt == 0 and backoff.ceiling() == 1.0
    with pytest.raises(ValueError):
        Backoff(base=0.0)


def test_scheduler_retries_failures_with_backoff_then_runs_periodically() -> None:
    outcomes: list[object] = [NetworkError("x"), ServerError("sync_server_error"), report(), report(True), report()]
    calls: list[int] = []

    def run() -> SyncReport:
        calls.append(1)
        outcome = outcomes.pop(0)
        if isinstance(outcome, BaseException):
            raise outcome
        assert isinstance(outcome, SyncReport)
        return outcome

    timers = FakeTimers()
    errors: list[BaseException] = []
    scheduler = SyncScheduler(
        run, interval=600.0, backoff=Backoff(1.0, 60.0, random.Random(1)), timer=timers, on_error=errors.append
    )
    scheduler.start()
    assert timers.fire() == 0.0  # first run at once: network error
    assert scheduler.online is False and len(errors) == 1
    first_retry = timers.scheduled[0][0]
    assert 0.0 <= first_retry <= 1.0  # attempt 0 of the backoff, no new local edit needed
    timers.fire()  # 5xx
    assert scheduler.online is True and 0.0 <= timers.scheduled[0][0] <= 2.0
    timers.fire()  # success: back to the interval, backoff reset
    assert timers.scheduled[0][0] == 600.0 and scheduler.backoff.attempt == 0
    timers.fire()  # success but the server asked to retry some ops: backoff
    assert timers.scheduled[0][0] <= 1.0
    timers.fire()
    assert timers.scheduled[0][0] == 600.0 and len(calls) == 5
    scheduler.trigger()  # a local edit: run now
    assert timers.scheduled[-1][0] == 0.0
    scheduler.stop()
    assert not scheduler.started and timers.cancelled >= 1
    timers.scheduled[-1][1]()  # a timer that fires after stop does nothing
    assert len(calls) == 5


def test_scheduler_stops_when_the_user_must_sign_in() -> None:
    def run() -> SyncReport:
        raise AuthRequired("token_expired")

    timers = FakeTimers()
    errors: list[BaseException] = []
    scheduler = SyncScheduler(run, timer=timers, on_error=errors.append)
    scheduler.start()
    timers.fire()
    assert timers.scheduled == [] and not scheduler.started
    assert isinstance(errors[0], AuthRequired)


def test_scheduler_honours_retry_after() -> None:
    def run() -> SyncReport:
        raise ServerError("sync_rate_limited", retry_after=42.0)

    timers = FakeTimers()
    scheduler = SyncScheduler(run, timer=timers, backoff=Backoff(1.0, 10.0, random.Random(3)))
    scheduler.start()
    timers.fire()
    assert timers.scheduled[0][0] == 42.0
    scheduler.stop()


def test_scheduler_on_real_threads_syncs_after_the_network_returns(
    new_client: Callable[..., Client], world: World
) -> None:
    pa = new_client("pa").login("pa")
    pa.sync()
    update_partner(pa.engine, pa.actor, world.partner_a, {"city": "Eventually"})
    pa.transport.offline = True
    reports: list[SyncReport] = []
    scheduler = SyncScheduler(
        lambda: pa.sync(), interval=3600.0, backoff=Backoff(0.02, 0.1, random.Random(5)), on_report=reports.append
    )
    scheduler.start()
    try:
        deadline = time.monotonic() + 10
        while scheduler.last_error is None and time.monotonic() < deadline:
            time.sleep(0.01)
        assert scheduler.online is False
        pa.transport.offline = False  # no new edit: the timer alone brings the change home
        while not reports and time.monotonic() < deadline:
            time.sleep(0.02)
    finally:
        scheduler.stop()
    assert reports and reports[0].applied == 1
    assert sync_status(pa.engine).pending_ops == 0 and scheduler.next_delay is None


def test_a_trigger_during_a_run_runs_again_right_after() -> None:
    timers = FakeTimers()
    runs: list[int] = []

    def run() -> SyncReport:
        runs.append(1)
        if len(runs) == 1:
            scheduler.trigger()  # a local edit while the first run is under way
            timers.scheduled.pop()[1]()  # its timer fires during the run
        return report()

    scheduler = SyncScheduler(run, interval=600.0, timer=timers)
    scheduler.start()
    timers.fire()
    assert len(runs) == 1 and timers.scheduled[-1][0] == 0.0  # not the 600 s interval
    timers.fire()
    assert len(runs) == 2 and timers.scheduled[-1][0] == 600.0
    scheduler.stop()
