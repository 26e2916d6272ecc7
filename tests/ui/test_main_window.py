"""The main window lists the replica's partners (rows fetched on the db lane) and filters as you type."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from pytestqt.qtbot import QtBot

from ui.bridge import EventBridge
from ui.context import AppContext
from ui.main_window import MainWindow
from ui.tasks import TaskRunner
from workbench.demo import DemoSizes, seed_demo
from workbench.paths import Workspace
from workbench.search.status import LOCAL_ACTOR
from workbench.security.secrets import MemorySecretStore
from workbench.workspace import open_workspace


def _engine(tmp_path: Path) -> Any:
    engine = open_workspace(Workspace.at(tmp_path / "ws"), MemorySecretStore())
    seed_demo(engine, DemoSizes(partners=60, deals=50, training_events=20, mdf_requests=10))
    return engine


def test_lists_partners_sorted_and_filters(qtbot: QtBot, runner: TaskRunner, tmp_path: Path) -> None:
    engine = _engine(tmp_path)
    main = MainWindow(AppContext(runner, engine, EventBridge(), LOCAL_ACTOR, "test"))
    qtbot.addWidget(main)
    main.show()
    main.go("partners")
    window = main.partners
    qtbot.waitUntil(lambda: window.model.rowCount() == 60 and window.model.is_loaded(0), timeout=10_000)
    names = []
    for row in range(10):
        qtbot.waitUntil(lambda r=row: window.model.is_loaded(r), timeout=5_000)
        names.append(window.model.data(window.model.index(row, 0)))
    assert names == sorted(names, key=lambda n: n.casefold().replace("ä", "ae").replace("ü", "ue").replace("ö", "oe"))
    assert window.count_label.text()

    target = names[3]
    qtbot.keyClicks(window.filter, target.split()[0].lower())
    qtbot.waitUntil(lambda: 0 < window.model.rowCount() < 60, timeout=5_000)
    qtbot.waitUntil(lambda: window.model.is_loaded(0), timeout=5_000)
    shown = [
        window.model.data(window.model.index(r, 0)) for r in range(window.model.rowCount()) if window.model.is_loaded(r)
    ]
    assert target in shown
    assert all(target.split()[0].lower() in s.lower() for s in shown)
    main.close()
    engine.dispose()
