"""Desktop entry: QApplication, translations, the task runner, opening the replica on the db lane
(with a passphrase dialog where no keyring works), demo seeding, then the main window."""

from __future__ import annotations

import logging
import sys
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QInputDialog, QLineEdit, QMessageBox, QProgressDialog

from ui.bridge import EventBridge
from ui.context import AppContext
from ui.errors import database_message, install_excepthook, show_error
from ui.i18n import apply_locale, load_translations, translate
from ui.main_window import MainWindow
from ui.settings import effective_language, locale_name
from ui.tasks import Lane, TaskRunner, tune_for_gui
from workbench.demo import DemoSizes, seed_demo
from workbench.errors import DatabaseOpenError
from workbench.partners.queries import count_partners
from workbench.paths import Workspace, default_workspace_dir
from workbench.search.status import desktop_actor
from workbench.security.secrets import FileSecretStore, KeyringSecretStore, SecretStore
from workbench.workspace import MIN_PASSPHRASE, open_workspace, passphrase_needed

log = logging.getLogger(__name__)


def _ask_passphrase(confirm: bool) -> str | None:
    prompt = (
        translate(
            "Startup",
            "No system keyring is available. Choose a passphrase (at least {0} characters) to encrypt this workspace:",
        ).format(MIN_PASSPHRASE)
        if confirm
        else translate("Startup", "Passphrase for this workspace:")
    )
    while True:
        text, ok = QInputDialog.getText(
            None, translate("Startup", "Partner Workbench"), prompt, QLineEdit.EchoMode.Password
        )
        if not ok:
            return None
        if not confirm:
            return str(text)
        if len(text) < MIN_PASSPHRASE:
            QMessageBox.warning(
                None,
                translate("Startup", "Passphrase"),
                translate("Startup", "The passphrase needs at least {0} characters.").format(MIN_PASSPHRASE),
            )
            continue
        again, ok = QInputDialog.getText(
            None,
            translate("Startup", "Partner Workbench"),
            translate("Startup", "Repeat the passphrase:"),
            QLineEdit.EchoMode.Password,
        )
        if ok and again == text:
            return str(text)
        QMessageBox.warning(None, translate("Startup", "Passphrase"), translate("Startup", "The passphrases differ."))


def _open(ws: Workspace, store: SecretStore, passphrase: str | None, demo: bool) -> tuple[Any, Any]:
    """Runs on the db lane: open (and upgrade) the replica; seed a fresh demo workspace; who acts."""
    engine = open_workspace(ws, store, (lambda _confirm: passphrase) if passphrase is not None else None)
    if demo and count_partners(engine) == 0:
        seed_demo(engine, DemoSizes())
    return engine, desktop_actor(engine)


def apply_language(app: QApplication, choice: str | None = None) -> str:
    """Install the translations and the locale for the chosen (or stored, or system) language."""
    language = effective_language(choice)
    load_translations(app, language)
    apply_locale(locale_name(language))
    return language


def run_app(
    workspace_dir: Path | None = None, *, demo: bool = False, lang: str | None = None, argv: list[str] | None = None
) -> int:
    QCoreApplication.setOrganizationName("PartnerWorkbench")
    QCoreApplication.setApplicationName("Partner Workbench")
    app = QApplication.instance() or QApplication(argv if argv is not None else sys.argv)
    assert isinstance(app, QApplication)
    app.setStyle("Fusion")  # follows the system's light/dark colour scheme on every platform
    apply_language(app, lang)
    install_excepthook(app)

    if demo:
        ws = Workspace.at(workspace_dir or default_workspace_dir() / "demo")
        store: SecretStore = FileSecretStore(ws.root / "demo-secrets.json")
    else:
        ws = Workspace.at(workspace_dir)
        store = KeyringSecretStore()
    need = passphrase_needed(ws, store)
    passphrase: str | None = None
    if need is not None:
        passphrase = _ask_passphrase(confirm=need == "new")
        if passphrase is None:
            return 1

    tune_for_gui()
    runner = TaskRunner()
    progress = QProgressDialog(translate("Startup", "Opening the workspace…"), "", 0, 0)
    progress.setCancelButton(None)
    progress.setMinimumDuration(400)
    windows: list[MainWindow] = []

    bridge = EventBridge(app)

    def show_window(ctx: AppContext) -> None:
        window = MainWindow(ctx)
        window.language_changed.connect(lambda choice: relaunch(window, choice))
        windows.append(window)
        window.show()  # before the old window/progress dialog closes, or closing the last window would quit

    def relaunch(old: MainWindow, choice: str | None) -> None:
        """Rebuild the window in the new language (every label is created translated)."""
        apply_language(app, choice)
        old.save_state()
        show_window(old.ctx)
        old.close()
        old.deleteLater()
        windows.remove(old)

    def opened(result: tuple[Any, Any]) -> None:
        engine, actor = result
        show_window(AppContext(runner, engine, bridge, actor, str(ws.root)))
        progress.close()

    def failed(exc: BaseException) -> None:
        progress.close()
        if isinstance(exc, DatabaseOpenError):
            QMessageBox.critical(None, translate("Startup", "Cannot open the workspace"), database_message(exc))
        else:
            show_error(exc)
        app.quit()

    runner.submit(
        Lane.DB, _open, ws, store, passphrase, demo, on_success=opened, on_error=failed, name="open-workspace"
    )
    app.aboutToQuit.connect(lambda: runner.shutdown(wait=True))
    return int(app.exec())
