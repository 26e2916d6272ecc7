"""The signing-key dialog on real parts: enrolment with a live server (uvicorn, SQLite) from a signed-in
encrypted workspace, PKCS#12 import with its passphrase (wrong passphrase and unfit certificates refused with
a message, nothing stored), the current certificate shown, and the button on the claim screen's proof panel."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from argon2 import PasswordHasher
from PySide6.QtCore import QLocale, Qt
from pytestqt.qtbot import QtBot

from sync.client.auth import login, signed_in_actor
from sync.client.transport import RequestsTransport
from tests.sync.client.helpers import PASSWORD, LiveServer
from ui.bridge import EventBridge
from ui.context import AppContext
from ui.mdf.common import MdfPaths
from ui.signing_key import SigningKeyDialog
from ui.sync_controller import SyncController
from ui.tasks import SyncTaskRunner
from workbench.db.base import Base
from workbench.db.engine import server_engine
from workbench.db.registry import load_all
from workbench.documents import keys
from workbench.paths import Workspace
from workbench.security.roles import Actor, Role
from workbench.security.secrets import MemorySecretStore
from workbench.workspace import open_workspace

load_all()
import sync.server.models  # noqa: E402,F401

EMAIL = "anna.becker@ui.test"


@pytest.fixture(autouse=True)
def _english() -> Iterator[None]:
    before = QLocale()
    QLocale.setDefault(QLocale("en_US"))
    yield
    QLocale.setDefault(before)


@pytest.fixture
def live(tmp_path: Path) -> Iterator[LiveServer]:
    from sync.server.app import create_app
    from sync.server.auth import create_user
    from sync.server.settings import ServerSettings

    db = server_engine(f"sqlite:///{tmp_path / 'server.db'}")
    Base.metadata.create_all(db)
    settings = ServerSettings(
        secret=b"s" * 32,
        hasher=PasswordHasher(time_cost=1, memory_cost=8, parallelism=1),
        blob_dir=tmp_path / "server-blobs",
    )
    create_user(db, settings, email=EMAIL, password=PASSWORD, role=Role.CHANNEL_MANAGER, display_name="Anna Becker")
    server = LiveServer(create_app(db, settings)).start()
    yield server
    server.stop()
    db.dispose()


def _offline_ctx(root: Path) -> tuple[AppContext, MemorySecretStore]:
    runner = SyncTaskRunner()
    errors: list[BaseException] = []
    runner.error_handler = errors.append
    ctx = AppContext(runner, None, EventBridge(), Actor("u-1", Role.PARTNER_ADMIN, "dev-1", partner_id="p"), "test")
    return ctx, MemorySecretStore()


def test_enrol_with_the_server_from_the_dialog(qtbot: QtBot, tmp_path: Path, live: LiveServer) -> None:
    store = MemorySecretStore()
    ws = Workspace.at(tmp_path / "ws")
    engine = open_workspace(ws, store)
    try:
        transport = RequestsTransport(live.url)
        login(engine, transport, store, email=EMAIL, password=PASSWORD, device_name="laptop", server_url=live.url)
        transport.close()
        runner = SyncTaskRunner()
        errors: list[BaseException] = []
        runner.error_handler = errors.append
        bridge = EventBridge()
        sync = SyncController(runner, engine, bridge, store, live.url, interval=3600.0, edit_delay=None)
        actor = signed_in_actor(engine)
        assert actor is not None
        ctx = AppContext(runner, engine, bridge, actor, "test", sync)
        dialog = SigningKeyDialog(ctx, MdfPaths(ws.root), store)
        qtbot.addWidget(dialog)
        assert dialog.none_label.text() == "There is no signing key on this computer yet."
        assert dialog.enrol_button.isEnabled()
        changed: list[Any] = []
        dialog.changed.connect(changed.append)
        qtbot.mouseClick(dialog.enrol_button, Qt.MouseButton.LeftButton)
        assert errors == [] and dialog.error.message == "", dialog.error.message
        assert dialog.status.text() == "The new key is certified and stored."
        assert dialog.fields["name"].text() == "Anna Becker" and dialog.fields["email"].text() == EMAIL
        assert dialog.fields["issuer"].text() == "Partner Workbench Enrolment CA"
        assert dialog.fields["usages"].text() == "digitalSignature, nonRepudiation"
        assert dialog.fields["status"].text() == "Ready for signing proofs."
        assert len(changed) == 1 and changed[0].email == EMAIL
        stored = keys.load_stored_identity(ws.root / keys.IDENTITY_FILE, store)
        assert stored.certificate.serial_number == int(changed[0].serial, 16)
        sync.deleteLater()
    finally:
        engine.dispose()


def test_import_a_pkcs12_file(qtbot: QtBot, tmp_path: Path) -> None:
    ctx, store = _offline_ctx(tmp_path)
    paths = MdfPaths(tmp_path / "ws")
    dialog = SigningKeyDialog(ctx, paths, store)
    qtbot.addWidget(dialog)
    assert not dialog.enrol_button.isEnabled()
    assert "not connected to a server" in dialog.enrol_text.text()
    assert not dialog.fields["name"].isVisibleTo(dialog) and dialog.none_label.isVisibleTo(dialog)

    ca = keys.create_ca("Company CA")
    p12 = tmp_path / "joerg.p12"
    p12.write_bytes(keys.export_pkcs12(keys.issue_identity(ca, "Jörg Müller", email="joerg@example.com"), b"s3cret"))
    # Nothing chosen yet; then the wrong passphrase: a message, nothing stored.
    dialog.import_pkcs12()
    assert dialog.error.message == "Choose a PKCS#12 file first."
    dialog.file.setText(str(p12))
    dialog.import_pkcs12()
    assert dialog.error.message == "Enter the file's passphrase."
    qtbot.keyClicks(dialog.passphrase, "wrong")
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert "the passphrase is wrong" in dialog.error.message
    assert not paths.identity_file.exists()

    # A certificate without nonRepudiation cannot sign proofs.
    key, csr = keys.generate_key_and_csr("No NR")
    unfit = keys.Identity(key, keys.issue_certificate(ca, csr, key_usage_non_repudiation=False), (ca.certificate,))
    bad = tmp_path / "unfit.p12"
    bad.write_bytes(keys.export_pkcs12(unfit, b"pw"))
    dialog.file.setText(str(bad))
    dialog.passphrase.setText("pw")
    dialog.import_pkcs12()
    assert dialog.error.message == (
        "This certificate cannot sign proofs (non-repudiation not allowed). Nothing was imported."
    )
    assert not paths.identity_file.exists()

    dialog.file.setText(str(p12))
    dialog.passphrase.setText("s3cret")
    dialog.import_pkcs12()
    assert dialog.error.message == "" and dialog.status.text() == "The certificate is imported."
    assert dialog.passphrase.text() == ""
    assert dialog.fields["name"].text() == "Jörg Müller" and dialog.fields["email"].text() == "joerg@example.com"
    assert dialog.fields["name"].isVisibleTo(dialog) and not dialog.none_label.isVisibleTo(dialog)
    assert keys.load_stored_identity(paths.identity_file, store).certificate.subject.rfc4514_string().count("Jörg")
    # A new dialog shows the stored certificate.
    again = SigningKeyDialog(ctx, paths, store)
    qtbot.addWidget(again)
    assert again.fields["name"].text() == "Jörg Müller" and again.fields["status"].text() == "Ready for signing proofs."


def test_the_proof_panel_opens_the_dialog(qtbot: QtBot, tmp_path: Path) -> None:
    from ui.mdf.proof import ProofPanel

    ctx, store = _offline_ctx(tmp_path)
    ctx.secrets = store  # type: ignore[attr-defined]
    panel = ProofPanel(ctx, MdfPaths(tmp_path / "ws"))
    qtbot.addWidget(panel)
    assert panel.key_button.isEnabled()
    dialog = panel.open_signing_key()
    assert isinstance(dialog, SigningKeyDialog) and dialog.isVisible()
    assert dialog.none_label.text() == "There is no signing key on this computer yet."
    dialog.close()
    assert not ProofPanel(ctx, None).key_button.isEnabled()


def test_demo_start_enrols_a_signing_key(
    qtbot: QtBot, tmp_path: Path, live: LiveServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`--demo` against a (here in-process) demo server: after the sign-in the workspace holds a signing key
    certified by that server's CA, its passphrase in the demo workspace's secrets file."""
    import sys
    import threading

    from PySide6.QtCore import QEventLoop, QSettings, QTimer
    from PySide6.QtWidgets import QApplication

    import ui.app as app_module
    import ui.demo_server
    from ui.main_window import MainWindow
    from workbench.security.secrets import FileSecretStore

    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "settings"))

    class InProcessServer(ui.demo_server.DemoServer):
        def start(self, timeout: float = 60.0) -> str:
            self.url, self.email, self.password = live.url, EMAIL, PASSWORD
            return self.url

    monkeypatch.setattr(ui.demo_server, "DemoServer", InProcessServer)
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # run_app installs its own; restored afterwards
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)
    app = QApplication.instance()
    assert app is not None
    root = tmp_path / "demo"
    identity_file = root / keys.IDENTITY_FILE
    seen: dict[str, Any] = {}

    def look() -> None:
        windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]
        if windows and identity_file.exists() and windows[0].ctx.runner.pending() == 0:
            seen["sync"] = windows[0].ctx.sync is not None
            windows[0].close()
            app.quit()

    poll = QTimer()
    poll.timeout.connect(look)
    poll.start(100)
    QTimer.singleShot(60_000, app.quit)
    try:
        assert app_module.run_app(root, demo=True, lang="en") == 0
    finally:
        poll.stop()
        loop = QEventLoop()  # clears the "quit now" flag app.quit() leaves (see tests/ui/test_sync.py)
        QTimer.singleShot(0, loop.quit)
        loop.exec()
    assert seen == {"sync": True}, "no signed-in demo window with a signing key appeared"
    identity = keys.load_stored_identity(identity_file, FileSecretStore(root / "demo-secrets.json"))
    assert EMAIL in identity.certificate.subject.rfc4514_string()
    assert keys.certificate_problems(identity.certificate) == ()
    assert identity.chain and identity.chain[0].subject.rfc4514_string() == "CN=Partner Workbench Enrolment CA"
