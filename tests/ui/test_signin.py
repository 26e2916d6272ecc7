"""The sign-in dialog against the real sync server (uvicorn in a thread, the fixture of test_sync): bad input
is refused next to its field without a request; a wrong password, an unreachable server and a revoked device
are shown next to their fields and change nothing; a good sign-in attaches sync to a window that had none and
the first sync pulls the server's partner; "remember this device" decides whether the tokens reach the keyring;
a sync that fails because the device was revoked opens the dialog by itself; no SQL or HTTP on the GUI thread."""

from __future__ import annotations

import socket
import threading
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
import requests  # type: ignore[import-untyped]
from PySide6.QtCore import QSettings, Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import Engine, event, update
from sqlalchemy.orm import Session

from sync.client import meta
from sync.client.auth import has_tokens, load_tokens, signed_in
from sync.server.models import Device
from tests.sync.client.helpers import PASSWORD, LiveServer
from tests.ui.test_sync import CM, server  # noqa: F401 - the live server fixture
from ui.app import _sync_target
from ui.bridge import EventBridge
from ui.context import AppContext
from ui.main_window import MainWindow
from ui.signin import SignInDialog, clean_server_url
from ui.tasks import TaskRunner
from workbench.errors import UserError
from workbench.paths import Workspace
from workbench.search.status import LOCAL_ACTOR
from workbench.security.secrets import MemorySecretStore
from workbench.workspace import open_workspace

Server = tuple[LiveServer, Engine, str]


@pytest.fixture
def laptop(tmp_path: Path) -> Iterator[Any]:
    """A fresh workspace that never signed in."""
    engine = open_workspace(Workspace.at(tmp_path / "laptop"), MemorySecretStore())
    yield engine
    engine.dispose()


@pytest.fixture
def runner() -> Iterator[TaskRunner]:
    r = TaskRunner(io_workers=1)
    yield r
    r.shutdown(wait=True)


def _window(qtbot: QtBot, runner: TaskRunner, engine: Any, keyring: MemorySecretStore) -> MainWindow:
    w = MainWindow(AppContext(runner, engine, EventBridge(), LOCAL_ACTOR, "signin-test"), secret_store=keyring)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    return w


def _open_dialog(qtbot: QtBot, w: MainWindow) -> SignInDialog:
    action = next(a for a in w.actions() if a.objectName() == "actSignIn")
    action.trigger()
    dialog = w.sign_in_dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible, timeout=5_000)
    return dialog


def _fill(qtbot: QtBot, dialog: SignInDialog, url: str, email: str, password: str) -> None:
    for field, value in ((dialog.server_url, url), (dialog.email, email), (dialog.password, password)):
        field.clear()
        qtbot.keyClicks(field, value)


def _submit_and_wait(qtbot: QtBot, dialog: SignInDialog) -> None:
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.is_busy, timeout=15_000)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def test_server_url_is_checked() -> None:
    assert clean_server_url(" https://sync.example.com:8443/ ") == "https://sync.example.com:8443"
    for bad, code in (("", "required"), ("sync.example.com", "signin_url_scheme"), ("ftp://x", "signin_url_invalid")):
        with pytest.raises(UserError) as caught:
            clean_server_url(bad)
        assert caught.value.code == code and caught.value.params["field"] == "server_url"
    with pytest.raises(UserError):
        clean_server_url("http://host:99999")


def test_bad_input_is_shown_next_to_each_field_and_sends_nothing(qtbot: QtBot, runner: TaskRunner, laptop: Any) -> None:
    w = _window(qtbot, runner, laptop, MemorySecretStore())
    dialog = _open_dialog(qtbot, w)
    _fill(qtbot, dialog, "sync.example.com", "not-an-address", "")
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    assert not dialog.is_busy  # no request was made
    assert "https://" in dialog.errors["server_url"].message
    assert "not-an-address" in dialog.errors["email"].message
    assert dialog.errors["password"].message
    assert dialog.isVisible()
    # typing in a field clears its message
    qtbot.keyClicks(dialog.password, "x")
    assert dialog.errors["password"].message == ""
    assert dialog.errors["email"].message
    qtbot.waitUntil(lambda: runner.pending() == 0, timeout=5_000)
    assert meta.read(laptop, meta.SERVER_URL) is None


def test_wrong_password_and_unreachable_server_are_shown_at_their_fields(
    qtbot: QtBot,
    runner: TaskRunner,
    laptop: Any,
    server: Server,  # noqa: F811
) -> None:
    live, _db, _pid = server
    keyring = MemorySecretStore()
    w = _window(qtbot, runner, laptop, keyring)
    dialog = _open_dialog(qtbot, w)

    _fill(qtbot, dialog, live.url, CM, "wrong-password")
    _submit_and_wait(qtbot, dialog)
    assert dialog.errors["password"].message == "The e-mail address or the password is wrong."
    assert dialog.errors["server_url"].message == "" and dialog.errors["email"].message == ""
    assert dialog.isVisible() and w.ctx.sync is None

    _fill(qtbot, dialog, f"http://127.0.0.1:{_free_port()}", CM, PASSWORD)
    _submit_and_wait(qtbot, dialog)
    assert "cannot be reached" in dialog.errors["server_url"].message
    assert dialog.errors["password"].message == ""
    assert dialog.isVisible() and w.ctx.sync is None

    _fill(qtbot, dialog, live.url + "/nothing-here", CM, PASSWORD)
    _submit_and_wait(qtbot, dialog)
    assert "No sync server answers" in dialog.errors["server_url"].message

    # nothing was stored by the failed attempts
    assert signed_in(laptop) is None and not has_tokens(laptop, keyring)
    dialog.reject()


def test_sign_in_attaches_sync_and_pulls_and_remembers_the_device(
    qtbot: QtBot,
    runner: TaskRunner,
    laptop: Any,
    server: Server,  # noqa: F811
) -> None:
    live, _db, partner_id = server
    keyring = MemorySecretStore()
    w = _window(qtbot, runner, laptop, keyring)
    assert w.ctx.sync is None and not w.sync_action.isEnabled() and not w.status.sync_button.isEnabled()
    sql_threads: list[str] = []
    http_threads: list[str] = []
    original = requests.Session.request

    def record_sql(*_args: Any) -> None:
        sql_threads.append(threading.current_thread().name)

    def record_http(self: requests.Session, *args: Any, **kwargs: Any) -> Any:
        http_threads.append(threading.current_thread().name)
        return original(self, *args, **kwargs)

    event.listen(laptop, "before_cursor_execute", record_sql)
    try:
        with pytest.MonkeyPatch.context() as mp:
            mp.setattr(requests.Session, "request", record_http)
            dialog = _open_dialog(qtbot, w)
            assert dialog.remember.isChecked()
            _fill(qtbot, dialog, live.url + "/", CM, PASSWORD)
            _submit_and_wait(qtbot, dialog)
            qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=5_000)
            sync = w.ctx.sync
            assert sync is not None and sync.server_url == live.url
            qtbot.waitUntil(lambda: sync.last_outcome is not None, timeout=15_000)
            qtbot.waitUntil(lambda: runner.pending() == 0, timeout=5_000)
    finally:
        event.remove(laptop, "before_cursor_execute", record_sql)
    assert w.sync_action.isEnabled() and w.status.sync_button.isEnabled()
    assert w.ctx.actor.user_id != LOCAL_ACTOR.user_id  # the signed-in user acts now
    who = signed_in(laptop)
    assert who is not None and who.server_url == live.url
    assert has_tokens(laptop, keyring)  # remembered: the tokens are in the keyring
    qtbot.waitUntil(lambda: w.partners.model.row_of(partner_id) is not None, timeout=10_000)
    assert _sync_target(laptop, keyring) == (live.url, False)  # the next start syncs without asking
    assert QSettings().value("sync/server_url") == live.url and QSettings().value("sync/email") == CM
    assert sql_threads and threading.main_thread().name not in sql_threads
    assert http_threads and threading.main_thread().name not in http_threads
    w.ctx.sync.stop()


def test_without_remember_the_tokens_stay_out_of_the_keyring(
    qtbot: QtBot,
    runner: TaskRunner,
    laptop: Any,
    server: Server,  # noqa: F811
) -> None:
    live, _db, _pid = server
    keyring = MemorySecretStore()
    w = _window(qtbot, runner, laptop, keyring)
    dialog = _open_dialog(qtbot, w)
    _fill(qtbot, dialog, live.url, CM, PASSWORD)
    dialog.remember.setChecked(False)
    _submit_and_wait(qtbot, dialog)
    result = dialog.result_value
    assert result is not None and not result.remember
    assert not has_tokens(laptop, keyring)
    assert load_tokens(laptop, result.store) is not None  # the session's own store holds them
    sync = w.ctx.sync
    assert sync is not None and sync.store is result.store
    qtbot.waitUntil(lambda: sync.last_outcome is not None, timeout=15_000)
    sync.stop()
    qtbot.waitUntil(lambda: runner.pending() == 0, timeout=5_000)
    # next start: signed in before, no tokens -> the workbench asks for a sign-in
    assert _sync_target(laptop, keyring) == (None, True)


def test_a_revoked_device_opens_the_dialog_and_a_new_sign_in_continues(
    qtbot: QtBot,
    runner: TaskRunner,
    laptop: Any,
    server: Server,  # noqa: F811
) -> None:
    live, db, _pid = server
    keyring = MemorySecretStore()
    w = _window(qtbot, runner, laptop, keyring)
    dialog = _open_dialog(qtbot, w)
    _fill(qtbot, dialog, live.url, CM, PASSWORD)
    _submit_and_wait(qtbot, dialog)
    sync = w.ctx.sync
    assert sync is not None
    qtbot.waitUntil(lambda: sync.last_outcome is not None, timeout=15_000)
    first_device = meta.read(laptop, meta.DEVICE_ID)
    with Session(db) as s, s.begin():  # an administrator revokes the laptop
        s.execute(update(Device).where(Device.id == first_device).values(revoked_at=datetime.now(UTC)))
    sync.sync_now()
    qtbot.waitUntil(lambda: w.sign_in_dialog is not dialog and w.sign_in_dialog is not None, timeout=15_000)
    again = w.sign_in_dialog
    assert again is not None
    qtbot.waitUntil(again.isVisible, timeout=5_000)
    assert isinstance(sync.last_error, UserError) and sync.last_error.code == "sync_device_revoked"
    assert "administrator" in again.reason.text() and again.reason.isVisible()
    assert again.server_url.text() == live.url and again.email.text() == CM  # prefilled
    assert again.password.hasFocus()
    qtbot.keyClicks(again.password, PASSWORD)
    _submit_and_wait(qtbot, again)
    qtbot.waitUntil(lambda: not again.isVisible(), timeout=5_000)
    assert meta.read(laptop, meta.DEVICE_ID) != first_device  # a new device was registered
    qtbot.waitUntil(lambda: sync.last_error is None and not sync.running, timeout=15_000)
    assert w.ctx.sync is sync and not sync.needs_user
    sync.stop()
    qtbot.waitUntil(lambda: runner.pending() == 0, timeout=5_000)
