"""Fixtures for the desktop framework tests (QT_QPA_PLATFORM=offscreen is set by tests/conftest.py)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from ui.tasks import SyncTaskRunner, TaskRunner


@pytest.fixture(autouse=True)
def _isolated_settings(tmp_path: Path) -> Iterator[None]:
    """Every desktop test reads and writes its own settings file (window state, language), never the user's."""
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "settings"))
    QApplication.setOrganizationName("WorkbenchTests")
    yield


@pytest.fixture
def runner(qtbot: QtBot) -> Iterator[TaskRunner]:
    """A real two-lane runner; shut down (workers joined) after the test."""
    errors: list[BaseException] = []
    r = TaskRunner(io_workers=3)
    r.error_handler = errors.append
    r.reported = errors  # type: ignore[attr-defined]
    yield r
    r.shutdown(wait=True)
    r.deleteLater()


@pytest.fixture
def sync_runner() -> SyncTaskRunner:
    r = SyncTaskRunner()
    errors: list[BaseException] = []
    r.error_handler = errors.append
    r.reported = errors  # type: ignore[attr-defined]
    return r
