from __future__ import annotations

import threading
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QObject, QThread
from pytestqt.qtbot import QtBot

from ui.bridge import CoreEvent, DataChanged, EventBridge, SyncState


def test_publish_from_worker_thread_is_delivered_on_gui_thread(qtbot: QtBot) -> None:
    bridge = EventBridge()
    got: list[tuple[Any, Any, bool]] = []
    app = QCoreApplication.instance()
    assert app is not None
    bridge.core_event.connect(lambda e, p: got.append((e, p, QThread.currentThread() is app.thread())))

    payload = DataChanged("partner", frozenset({"p1"}))
    worker = threading.Thread(target=bridge.publish, args=(CoreEvent.DATA_CHANGED, payload))
    worker.start()
    worker.join()
    assert got == []  # queued, not delivered on the publishing thread
    qtbot.waitUntil(lambda: len(got) == 1, timeout=2000)
    assert got == [(CoreEvent.DATA_CHANGED, payload, True)]


def test_publish_on_gui_thread_is_queued_and_ordered(qtbot: QtBot) -> None:
    bridge = EventBridge()
    got: list[Any] = []
    bridge.core_event.connect(lambda e, p: got.append(p))
    for i in range(5):
        bridge.publish(CoreEvent.CONFLICTS_CHANGED, i)
    assert got == []
    qtbot.waitUntil(lambda: len(got) == 5, timeout=2000)
    assert got == [0, 1, 2, 3, 4]


def test_subscribe_filters_and_unsubscribes(qtbot: QtBot) -> None:
    bridge = EventBridge()
    data: list[Any] = []
    unsubscribe = bridge.subscribe(CoreEvent.DATA_CHANGED, data.append)
    bridge.publish(CoreEvent.SYNC_STATE_CHANGED, SyncState(online=True))
    bridge.publish(CoreEvent.DATA_CHANGED, DataChanged("deal"))
    qtbot.waitUntil(lambda: len(data) == 1, timeout=2000)
    assert data[0].entity == "deal" and data[0].touches("anything")
    unsubscribe()
    unsubscribe()  # idempotent
    with qtbot.waitSignal(bridge.core_event, timeout=2000):
        bridge.publish(CoreEvent.DATA_CHANGED, DataChanged("deal"))
    assert len(data) == 1


def test_subscription_ends_with_its_owner(qtbot: QtBot) -> None:
    bridge = EventBridge()
    owner = QObject()
    calls: list[Any] = []
    bridge.subscribe(CoreEvent.DATA_CHANGED, calls.append, owner=owner)
    with qtbot.waitSignal(owner.destroyed, timeout=2000):
        owner.deleteLater()
    with qtbot.waitSignal(bridge.core_event, timeout=2000):
        bridge.publish(CoreEvent.DATA_CHANGED, DataChanged("partner"))
    assert calls == []


def test_publish_refuses_non_events() -> None:
    bridge = EventBridge()
    with pytest.raises(TypeError):
        bridge.publish("data_changed", None)  # type: ignore[arg-type]
