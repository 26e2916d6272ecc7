"""Notifications: the reminders list (protection expiry, overdue review, certification expiry) with snooze and
dismiss, the scheduler driven by a QTimer with a fake clock, desktop notifications through the system tray
where one exists and an honest note where none does (offscreen)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QSystemTrayIcon
from pytestqt.qtbot import QtBot
from sqlalchemy import Engine, update

from tests.ui import test_deals_support as support
from tests.ui.test_deals_support import CM, World, make_ctx, register
from ui.notifications import NotificationsView, ReminderNotifier
from workbench.deals import commands as dc
from workbench.deals.models import DealRegistration
from workbench.reminders.queries import due_reminders
from workbench.reminders.types import ReminderKind

engine, world, runner = support.engine, support.world, support.runner


class Clock:
    def __init__(self, start: datetime) -> None:
        self.now = start

    def __call__(self) -> datetime:
        return self.now


class RecordingTray(QSystemTrayIcon):
    """A real tray icon that also records what it was asked to show."""

    def __init__(self) -> None:
        super().__init__()
        self.messages: list[tuple[str, str]] = []

    def showMessage(self, title: str, msg: str, *args: Any) -> None:  # type: ignore[override]
        self.messages.append((title, msg))


def _data(engine: Engine, world: World, today: datetime) -> tuple[str, str]:
    protected = register(engine, world, customer="Schutz GmbH", domain=None)
    dc.approve_deal(engine, CM, protected)
    waiting = register(engine, world, customer="Warte AG", domain=None)
    with engine.begin() as conn:
        conn.execute(
            update(DealRegistration)
            .where(DealRegistration.id == protected)
            .values(protection_until=today.date() + timedelta(days=5))
        )
        conn.execute(
            update(DealRegistration)
            .where(DealRegistration.id == waiting)
            .values(submitted_at=today - timedelta(days=10))
        )
    return protected, waiting


def _setup(
    qtbot: QtBot, engine: Engine, runner: Any, clock: Clock, **kw: Any
) -> tuple[ReminderNotifier, NotificationsView]:
    ctx = make_ctx(engine, runner, CM)
    notifier = ReminderNotifier(ctx, clock, check_ms=20, **kw)
    view = NotificationsView(ctx, notifier)
    qtbot.addWidget(view)
    view.resize(1000, 600)
    view.show()
    qtbot.waitExposed(view)
    return notifier, view


def test_list_snooze_dismiss_and_timer_with_fake_clock(
    qtbot: QtBot, engine: Engine, world: World, runner: Any, qtmodeltester: Any
) -> None:
    now = datetime.now(UTC).replace(hour=9, minute=0, second=0, microsecond=0)
    protected, waiting = _data(engine, world, now)
    clock = Clock(now)
    notifier, view = _setup(qtbot, engine, runner, clock, tray_available=lambda: False)
    assert not notifier.tray_available and "no system tray" in view.tray_note.text()
    notifier.start()
    qtbot.waitUntil(lambda: view.model.rowCount() == 2)
    qtmodeltester.check(view.model)
    kinds = {r.kind for r in view.model.rows}
    assert kinds == {ReminderKind.PROTECTION_EXPIRY, ReminderKind.REVIEW_OVERDUE}
    assert notifier.missed == 2  # honest: no tray, nothing shown on the desktop
    first_tick = notifier.scheduler.last_tick
    qtbot.wait(100)  # the timer fires, but the next tick is not due for 15 minutes of the fake clock
    assert notifier.scheduler.last_tick == first_tick
    clock.now = now + timedelta(minutes=15)
    qtbot.waitUntil(lambda: notifier.scheduler.last_tick == clock.now)
    assert notifier.missed == 2  # nothing new: announced once per session
    # Snooze the protection reminder for a day with the keyboard, dismiss the overdue review.
    row = next(i for i, r in enumerate(view.model.rows) if r.row_id == protected)
    view.table.setCurrentIndex(view.model.index(row, 0))
    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_S)
    qtbot.waitUntil(lambda: view.model.rowCount() == 1)
    assert view.model.row_at(0).row_id == waiting
    view.table.setCurrentIndex(view.model.index(0, 0))
    qtbot.keyClick(view.table, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: view.model.rowCount() == 0)
    assert due_reminders(engine, CM, now.date()) == []
    # The next day the snoozed reminder is back and announced again.
    clock.now = now + timedelta(days=1)
    qtbot.waitUntil(lambda: view.model.rowCount() == 1)
    assert view.model.row_at(0).row_id == protected and notifier.missed == 3
    assert runner.reported == []


def test_tray_shows_new_reminders_once(qtbot: QtBot, engine: Engine, world: World, runner: Any) -> None:
    now = datetime.now(UTC).replace(hour=9, minute=0, second=0, microsecond=0)
    _data(engine, world, now)
    tray = RecordingTray()
    clock = Clock(now)
    notifier, view = _setup(qtbot, engine, runner, clock, tray=tray, tray_available=lambda: True)
    assert "system tray" in view.tray_note.text() and "no system tray" not in view.tray_note.text()
    notifier.start()
    qtbot.waitUntil(lambda: len(tray.messages) == 1)
    title, body = tray.messages[0]
    assert title == "2 new reminders"
    assert "Deal protection ends: Schutz GmbH" in body and "in 5 days" in body
    assert "Deal review overdue: Warte AG" in body
    clock.now = now + timedelta(minutes=30)
    qtbot.waitUntil(lambda: notifier.scheduler.last_tick == clock.now)
    assert len(tray.messages) == 1 and notifier.missed == 0
    notifier.stop()


def test_bad_snooze_is_refused_with_a_message(qtbot: QtBot, engine: Engine, world: World, runner: Any) -> None:
    now = datetime.now(UTC).replace(hour=9, minute=0, second=0, microsecond=0)
    _data(engine, world, now)
    notifier, view = _setup(qtbot, engine, runner, Clock(now), tray_available=lambda: False)
    notifier.refresh()
    qtbot.waitUntil(lambda: view.model.rowCount() == 2)
    from ui.notifications import _snooze

    view.ctx.db(_snooze, engine, CM, ["garbage"], now.date() + timedelta(days=1), now.date(),
                on_success=lambda _n: view._done(["garbage"]), on_error=view._failed)  # fmt: skip
    assert "invalid_reminder_id" in view.feedback.message
    assert view.model.rowCount() == 2


def test_a_certification_about_to_lapse_shows_up_in_time(
    qtbot: QtBot, engine: Engine, world: World, runner: Any
) -> None:
    from workbench.security.roles import Actor, Role
    from workbench.training import commands as tc
    from workbench.training.rules import add_months
    from workbench.training.types import CourseInput, LearningPathInput, PathCourseInput, TrainingEventInput

    admin = Actor("u-admin", Role.ADMIN, "dev-a")
    course = tc.create_course(engine, admin, CourseInput("SEC-1", "Security basics", "technical", 60)).id
    tc.create_learning_path(
        engine, admin, LearningPathInput("SEC", "Security associate", "technical", 12, (PathCourseInput(course),))
    )
    passed = datetime(2025, 12, 1, 10, tzinfo=UTC)
    tc.record_training_event(engine, CM, TrainingEventInput(world.contact_a, course, "exam_passed", passed, 90))
    expires = add_months(passed.date(), 12)
    clock = Clock(datetime(expires.year, expires.month, expires.day, 9, tzinfo=UTC) - timedelta(days=95))
    notifier, view = _setup(qtbot, engine, runner, clock, tray_available=lambda: False)
    notifier.start()
    qtbot.waitUntil(lambda: notifier.last is not None)
    assert view.model.rowCount() == 0  # 95 days ahead: not yet
    clock.now += timedelta(days=6)  # 89 days ahead: the 90-day reminder is due
    qtbot.waitUntil(lambda: view.model.rowCount() == 1)
    reminder = view.model.row_at(0)
    assert reminder.kind == ReminderKind.CERTIFICATION_EXPIRY and reminder.subject == "Security associate"
    assert view.model.data(view.model.index(0, 0)) == "Certification expires"
    assert view.model.data(view.model.index(0, 3)) == "in 89 days"
    notifier.stop()


def test_main_window_notifications_dock(qtbot: QtBot, engine: Engine, world: World, runner: Any) -> None:
    from ui.main_window import MainWindow

    now = datetime.now(UTC).replace(hour=9, minute=0, second=0, microsecond=0)
    _data(engine, world, now)
    window = MainWindow(make_ctx(engine, runner, CM))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert not window.notifications_dock.isVisible()
    assert window.notifications_action.shortcut().toString() == "Ctrl+Shift+N"
    window.notifications_action.trigger()
    assert window.notifications_dock.isVisible()
    qtbot.waitUntil(lambda: window.notifications.model.rowCount() == 2)
    # the overdue-reviews line opens the deal review queue
    qtbot.waitUntil(lambda: not window.notifications.open_queue.isHidden())
    qtbot.mouseClick(window.notifications.open_queue, Qt.MouseButton.LeftButton)
    assert window.current_area() == "deals"
    assert window.deals.queue is not None and window.deals.tabs.currentWidget() is window.deals.queue
    window.close()
    assert not window.notifier.timer.isActive()


def test_many_overdue_reviews_are_counted_and_open_the_review_queue(
    qtbot: QtBot, engine: Engine, world: World, runner: Any, monkeypatch: Any
) -> None:
    now = datetime.now(UTC).replace(hour=9, minute=0, second=0, microsecond=0)
    waiting = [register(engine, world, customer=f"Warte {i} AG", domain=None) for i in range(5)]
    with engine.begin() as conn:  # submitted 10..14 days ago: all overdue, the first the longest
        for i, deal_id in enumerate(waiting):
            conn.execute(
                update(DealRegistration)
                .where(DealRegistration.id == deal_id)
                .values(submitted_at=now - timedelta(days=14 - i))
            )
    monkeypatch.setattr("workbench.reminders.queries.MAX_LISTED_REVIEWS", 3)
    notifier, view = _setup(qtbot, engine, runner, Clock(now), tray_available=lambda: False)
    notifier.refresh()
    qtbot.waitUntil(lambda: view.model.rowCount() == 3)
    assert [r.row_id for r in view.model.rows] == waiting[:3]  # the most overdue
    assert notifier.last is not None and notifier.last.reviews_overdue == 5
    assert not view.reviews_note.isHidden() and not view.open_queue.isHidden()
    assert view.reviews_note.text() == (
        "5 deal reviews overdue. The 3 most overdue are listed; all are in the review queue."
    )
    with qtbot.waitSignal(view.open_review_queue, timeout=1000):
        qtbot.mouseClick(view.open_queue, Qt.MouseButton.LeftButton)
    view.table.setCurrentIndex(view.model.index(0, 0))
    view.table.setFocus()
    with qtbot.waitSignal(view.open_review_queue, timeout=1000):
        qtbot.keyClick(view.table, Qt.Key.Key_Return)
    # dismissing a listed one brings in the next; the count stays (the registrations still wait)
    qtbot.keyClick(view.table, Qt.Key.Key_D)
    qtbot.waitUntil(lambda: [r.row_id for r in view.model.rows] == waiting[1:4])
    assert notifier.last.reviews_overdue == 5
    assert runner.reported == []
