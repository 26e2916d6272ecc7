"""Notifications: the reminders of ``workbench.reminders`` (protection expiry, claim deadlines, fund expiry,
certification expiry, overdue reviews) in a list with snooze and dismiss, and as desktop notifications while
the app runs.

:class:`ReminderNotifier` drives the Qt-free ``ReminderScheduler`` from a ``QTimer``: every ``check_ms`` it asks
the scheduler (with the injected clock) whether a tick is due; the tick itself reads the replica on the db lane,
so reminders work offline. Reminders not announced before in this session go to the system tray with
``QSystemTrayIcon.showMessage`` — only where a tray exists (``QSystemTrayIcon.isSystemTrayAvailable()``; not on
the offscreen platform or a desktop without a notification area). Without one, ``tray_available`` is False, the
list says so, and ``missed`` counts the notifications that could not be shown on the desktop.

Overdue reviews (vendor roles) come aggregated: the list holds the longest-waiting ones (at most
``workbench.reminders.queries.MAX_LISTED_REVIEWS``) and a line above it gives the number of all of them with
a button that opens the deal review queue (``NotificationsView.open_review_queue``; activating an
overdue-review row does the same)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QIcon, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStyle,
    QSystemTrayIcon,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ui.context import AppContext
from ui.deals.common import Clock, MarkedRowsModel, utc_clock, warning_colour
from ui.errors import show_error, user_message
from ui.i18n import QT_TRANSLATE_NOOP, format_date, plural, translate
from ui.models.paged import Column
from ui.widgets.common import heading, muted, setup_table
from ui.widgets.forms import FieldError
from workbench.errors import UserError
from workbench.reminders.commands import dismiss_reminder, snooze_reminder
from workbench.reminders.scheduler import ReminderScheduler, Tick
from workbench.reminders.types import Reminder, ReminderKind

CHECK_MS = 60_000  # how often the timer asks whether a scheduler tick is due (the tick interval is 15 min)

KIND_LABELS: dict[str, str] = {
    ReminderKind.PROTECTION_EXPIRY.value: QT_TRANSLATE_NOOP("Notifications", "Deal protection ends"),
    ReminderKind.CLAIM_DEADLINE.value: QT_TRANSLATE_NOOP("Notifications", "MDF claim deadline"),
    ReminderKind.FUND_EXPIRY.value: QT_TRANSLATE_NOOP("Notifications", "MDF funds lapse"),
    ReminderKind.CERTIFICATION_EXPIRY.value: QT_TRANSLATE_NOOP("Notifications", "Certification expires"),
    ReminderKind.REVIEW_OVERDUE.value: QT_TRANSLATE_NOOP("Notifications", "Deal review overdue"),
}


def kind_label(kind: ReminderKind) -> str:
    return translate("Notifications", KIND_LABELS[kind.value])


def when_text(r: Reminder) -> str:
    if r.kind == ReminderKind.REVIEW_OVERDUE:
        days = -r.days_left
        return plural(days, translate("Notifications", "due %n day ago"), translate("Notifications", "due %n days ago"))
    if r.days_left == 0:
        return translate("Notifications", "today")
    return plural(r.days_left, translate("Notifications", "in %n day"), translate("Notifications", "in %n days"))


def message_for(r: Reminder) -> str:
    return translate("Notifications", "{0}: {1} ({2}, {3})").format(
        kind_label(r.kind), r.subject, format_date(r.deadline), when_text(r)
    )


class ReminderNotifier(QObject):
    """Runs the reminder scheduler while the app runs and announces new reminders on the desktop."""

    ticked = Signal(object)  # Tick
    announced = Signal(list)  # the reminders shown (or, without a tray, not shown) as desktop notifications

    def __init__(
        self,
        ctx: AppContext,
        clock: Clock = utc_clock,
        *,
        check_ms: int = CHECK_MS,
        tray: QSystemTrayIcon | None = None,
        tray_available: Callable[[], bool] = QSystemTrayIcon.isSystemTrayAvailable,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.clock = clock
        self.scheduler = ReminderScheduler(ctx.engine, ctx.actor)
        self.tray_available = bool(tray_available())
        self.tray: QSystemTrayIcon | None = None
        if self.tray_available:
            self.tray = tray if tray is not None else QSystemTrayIcon(self._icon(), self)
            self.tray.setToolTip(translate("Notifications", "Partner Workbench reminders"))
            self.tray.show()
        self.missed = 0
        self.last: Tick | None = None
        self._running = False
        self.timer = QTimer(self)
        self.timer.setInterval(check_ms)
        self.timer.timeout.connect(self.check)
        self._stopped = False

    def start_later(self, delay_ms: int) -> None:
        """Start after ``delay_ms`` (the app lets the first screen load first); nothing if stopped meanwhile."""
        QTimer.singleShot(delay_ms, self, self._start_if_running)

    def _start_if_running(self) -> None:
        if not self._stopped:
            self.start()

    @staticmethod
    def _icon() -> QIcon:
        from PySide6.QtWidgets import QApplication

        app = QApplication.instance()
        style = app.style() if isinstance(app, QApplication) else None
        return style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxInformation) if style else QIcon()

    def start(self) -> None:
        self._stopped = False
        self.timer.start()
        self.check()

    def stop(self) -> None:
        self._stopped = True
        self.timer.stop()
        if self.tray is not None:
            self.tray.hide()

    def check(self) -> None:
        """Timer slot: tick when the scheduler says one is due."""
        if not self._running and self.scheduler.due(self.clock()):
            self.refresh()

    def refresh(self) -> None:
        """Tick now (after snooze or dismiss, or on demand)."""
        if self._stopped and self.last is not None:
            return
        self._running = True
        self.ctx.db(self.scheduler.tick, self.clock(), on_success=self._ticked, on_error=self._failed, name="reminders")

    def _failed(self, exc: BaseException) -> None:
        self._running = False
        show_error(exc)

    def _ticked(self, tick: Tick) -> None:
        self._running = False
        self.last = tick
        self.ticked.emit(tick)
        if tick.new:
            self._announce(list(tick.new))

    def _announce(self, new: list[Reminder]) -> None:
        if self.tray is None:
            self.missed += len(new)
        else:
            title = plural(
                len(new),
                translate("Notifications", "%n new reminder"),
                translate("Notifications", "%n new reminders"),
            )
            body = "\n".join(message_for(r) for r in new[:5])
            if len(new) > 5:
                body += "\n" + translate("Notifications", "… and {0} more").format(len(new) - 5)
            self.tray.showMessage(title, body, QSystemTrayIcon.MessageIcon.Information, 10_000)
        self.announced.emit(new)


def _snooze(engine: Any, actor: Any, ids: list[str], until: date, today: date) -> int:
    for rid in ids:
        snooze_reminder(engine, actor, rid, until, today=today)
    return len(ids)


def _dismiss(engine: Any, actor: Any, ids: list[str]) -> int:
    for rid in ids:
        dismiss_reminder(engine, actor, rid)
    return len(ids)


class ReminderTable(QTableView):
    key_action = Signal(str)
    KEYS = {Qt.Key.Key_S: "snooze_day", Qt.Key.Key_W: "snooze_week", Qt.Key.Key_D: "dismiss",
            Qt.Key.Key_Delete: "dismiss"}  # fmt: skip

    def keyPressEvent(self, event: QKeyEvent) -> None:
        action = self.KEYS.get(Qt.Key(event.key()))
        if action is not None and event.modifiers() == Qt.KeyboardModifier.NoModifier:
            self.key_action.emit(action)
            return
        super().keyPressEvent(event)


class NotificationsView(QWidget):
    open_review_queue = Signal()  # the user asked for the deal review queue (all overdue reviews)

    def __init__(self, ctx: AppContext, notifier: ReminderNotifier, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.notifier = notifier
        self.setObjectName("NotificationsView")
        self.model: MarkedRowsModel[Reminder] = MarkedRowsModel(
            [
                Column(translate("Notifications", "Reminder"), lambda r: kind_label(r.kind)),
                Column(translate("Notifications", "About"), lambda r: r.subject),
                Column(translate("Notifications", "Date"), lambda r: format_date(r.deadline)),
                Column(translate("Notifications", "When"), when_text),
            ],
            self._marker,
            self,
        )
        self.table = setup_table(ReminderTable(), self.model, stretch=1)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 80)
        assert isinstance(self.table, ReminderTable)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.key_action.connect(self.act)
        self.count = QLabel()
        self.count.setObjectName("notificationCount")
        self.tray_note = muted(
            translate("Notifications", "Desktop notifications appear in the system tray while the workbench runs.")
            if notifier.tray_available
            else translate(
                "Notifications",
                "This desktop has no system tray, so reminders are not shown as desktop notifications; they are "
                "listed here.",
            )
        )
        self.tray_note.setObjectName("trayNote")
        self.reviews_note = QLabel()
        self.reviews_note.setObjectName("reviewsOverdue")
        self.reviews_note.setWordWrap(True)
        self.open_queue = QPushButton(translate("Notifications", "Open review &queue"))
        self.open_queue.setObjectName("openReviewQueue")
        self.open_queue.clicked.connect(self.open_review_queue)
        self.reviews_note.hide()
        self.open_queue.hide()
        self.table.activated.connect(self._activated)
        self.snooze_day = QPushButton(translate("Notifications", "&Snooze 1 day"))
        self.snooze_week = QPushButton(translate("Notifications", "Snooze 1 &week"))
        self.dismiss = QPushButton(translate("Notifications", "&Dismiss"))
        self.snooze_day.clicked.connect(lambda: self.act("snooze_day"))
        self.snooze_week.clicked.connect(lambda: self.act("snooze_week"))
        self.dismiss.clicked.connect(lambda: self.act("dismiss"))
        self.feedback = FieldError(self)
        top = QHBoxLayout()
        top.addWidget(heading(translate("Notifications", "Notifications")), 1)
        top.addWidget(self.count)
        buttons = QHBoxLayout()
        for b in (self.snooze_day, self.snooze_week, self.dismiss):
            buttons.addWidget(b)
        buttons.addStretch(1)
        box = QVBoxLayout(self)
        box.addLayout(top)
        box.addWidget(self.tray_note)
        reviews = QHBoxLayout()
        reviews.addWidget(self.reviews_note, 1)
        reviews.addWidget(self.open_queue)
        box.addLayout(reviews)
        box.addWidget(
            muted(translate("Notifications", "S snooze for a day · W snooze for a week · D or Delete dismiss"))
        )
        box.addWidget(self.table, 1)
        box.addLayout(buttons)
        box.addWidget(self.feedback)
        notifier.ticked.connect(self._show)
        if notifier.last is not None:
            self._show(notifier.last)

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        self.notifier.refresh()

    def _show(self, tick: Tick) -> None:
        self.model.set_rows(list(tick.current))
        self.count.setText(
            plural(
                len(tick.current), translate("Notifications", "%n reminder"), translate("Notifications", "%n reminders")
            )
        )
        if tick.current and not self.table.currentIndex().isValid():
            self.table.setCurrentIndex(self.model.index(0, 0))
        self._show_reviews(tick)

    def _show_reviews(self, tick: Tick) -> None:
        total = tick.reviews_overdue
        listed = sum(1 for r in tick.current if r.kind == ReminderKind.REVIEW_OVERDUE)
        self.reviews_note.setVisible(total > 0)
        self.open_queue.setVisible(total > 0)
        if total == 0:
            return
        text = plural(
            total,
            translate("Notifications", "%n deal review overdue."),
            translate("Notifications", "%n deal reviews overdue."),
        )
        if listed < total:
            text += " " + plural(
                listed,
                translate("Notifications", "The most overdue one is listed; all are in the review queue."),
                translate("Notifications", "The %n most overdue are listed; all are in the review queue."),
            )
        self.reviews_note.setText(text)

    def _activated(self, index: Any) -> None:
        r = self.model.row_at(index.row())
        if r is not None and r.kind == ReminderKind.REVIEW_OVERDUE:
            self.open_review_queue.emit()

    def selected(self) -> list[Reminder]:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        if not rows and self.table.currentIndex().isValid():
            rows = [self.table.currentIndex().row()]
        return [r for i in rows if (r := self.model.row_at(i)) is not None]

    def act(self, action: str) -> None:
        chosen = [r.id for r in self.selected()]
        if not chosen:
            return
        today = self.notifier.clock().date()
        if action == "dismiss":
            self.ctx.db(_dismiss, self.ctx.engine, self.ctx.actor, chosen,
                        on_success=lambda _n: self._done(chosen), on_error=self._failed, name="dismiss")  # fmt: skip
        else:
            until = today + timedelta(days=1 if action == "snooze_day" else 7)
            self.ctx.db(_snooze, self.ctx.engine, self.ctx.actor, chosen, until, today,
                        on_success=lambda _n: self._done(chosen), on_error=self._failed, name="snooze")  # fmt: skip

    def _done(self, handled: list[str]) -> None:
        """Drop the handled reminders at once (the next key acts on what is on screen), then recompute."""
        self.feedback.set_error(None)
        row = min((i for i, r in enumerate(self.model.rows) if r.id in handled), default=0)
        left = [r for r in self.model.rows if r.id not in set(handled)]
        self.model.set_rows(left)
        if left:
            self.table.setCurrentIndex(self.model.index(min(row, len(left) - 1), 0))
        self.notifier.refresh()

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, UserError):
            self.feedback.set_error(user_message(exc))
        else:
            show_error(exc, self)

    def _marker(self, r: Reminder, column: int) -> QColor | None:
        urgent = r.kind == ReminderKind.REVIEW_OVERDUE or r.days_left <= 7
        return warning_colour() if column == 3 and urgent else None
