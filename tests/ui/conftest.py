"""Fixtures for the desktop framework tests (QT_QPA_PLATFORM=offscreen is set by tests/conftest.py)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot

from ui.tasks import SyncTaskRunner, TaskRunner


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
