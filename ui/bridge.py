"""Core events -> queued Qt signals on the GUI thread.

The core has no event module yet, so the typed event enum and its payloads live here for now (move them to
``workbench/events.py`` when the core grows one; the bridge then only re-exports them).

``bridge.publish(CoreEvent.DATA_CHANGED, DataChanged("partner", ids))`` may be called from any thread (db lane,
io lane, GUI). Delivery is always queued: subscribers of the signal ``core_event(CoreEvent, payload)`` are called
on the GUI thread after the publisher's current step, in publish order. (The signal is not called ``event``: that
name is QObject's virtual event handler.) ``bridge.subscribe(CoreEvent.X, callback, owner=widget)``
filters by event and disconnects automatically when ``owner`` is destroyed.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from enum import Enum
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal, Slot


class CoreEvent(Enum):
    DATA_CHANGED = "data_changed"  # payload: DataChanged
    SYNC_STATE_CHANGED = "sync_state_changed"  # payload: SyncState
    SYNC_PROGRESS = "sync_progress"  # payload: SyncProgress
    CONFLICTS_CHANGED = "conflicts_changed"  # payload: int (open conflicts)
    SETTINGS_CHANGED = "settings_changed"  # payload: str (setting key) or None


@dataclass(frozen=True, slots=True)
class DataChanged:
    """Rows of one entity were created, changed or deleted (locally or by a sync pull)."""

    entity: str
    ids: frozenset[str] = field(default_factory=frozenset)  # empty = "anything of this entity may have changed"

    def touches(self, row_id: str) -> bool:
        return not self.ids or row_id in self.ids


@dataclass(frozen=True, slots=True)
class SyncState:
    online: bool
    pending_ops: int = 0
    open_conflicts: int = 0
    rejected_ops: int = 0
    last_sync: datetime | None = None  # UTC
    running: bool = False


@dataclass(frozen=True, slots=True)
class SyncProgress:
    phase: str  # "push" | "pull" | "blobs" ...
    done: int
    total: int | None = None


EventCallback = Callable[[CoreEvent, Any], None]


class EventBridge(QObject):
    """Re-emits published core events as the queued signal ``core_event(object, object)`` on the GUI thread.

    Create it on the GUI thread."""

    core_event = Signal(object, object)
    _posted = Signal(object, object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._posted.connect(self._deliver, Qt.ConnectionType.QueuedConnection)

    def publish(self, event: CoreEvent, payload: Any = None) -> None:
        """Thread-safe. Delivered later (queued) on the GUI thread, never synchronously."""
        if not isinstance(event, CoreEvent):
            raise TypeError(f"not a CoreEvent: {event!r}")
        self._posted.emit(event, payload)

    def subscribe(
        self, event: CoreEvent, callback: Callable[[Any], None], *, owner: QObject | None = None
    ) -> Callable[[], None]:
        """Call ``callback(payload)`` for each ``event``. Returns a function that unsubscribes. With ``owner``,
        the subscription also ends when ``owner`` is destroyed (so a closed view is never called)."""
        receiver = _Subscription(event, callback, owner if owner is not None else self)
        self.core_event.connect(receiver.on_event)
        state = {"connected": True}

        def unsubscribe() -> None:
            if state["connected"]:
                state["connected"] = False
                with contextlib.suppress(RuntimeError, TypeError):  # already gone together with its owner
                    self.core_event.disconnect(receiver.on_event)
                    receiver.deleteLater()

        return unsubscribe

    @Slot(object, object)
    def _deliver(self, event: CoreEvent, payload: Any) -> None:
        self.core_event.emit(event, payload)


class _Subscription(QObject):
    """A receiver parented to the owner: Qt drops the connection when the owner (and so this) is destroyed."""

    def __init__(self, event: CoreEvent, callback: Callable[[Any], None], owner: QObject) -> None:
        super().__init__(owner)
        self._event = event
        self._callback = callback

    @Slot(object, object)
    def on_event(self, event: CoreEvent, payload: Any) -> None:
        if event is self._event:
            self._callback(payload)
