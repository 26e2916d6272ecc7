"""Desktop entry: QApplication, translations, the task runner, opening the replica on the db lane
(with a passphrase dialog where no keyring works), the sync controller, then the main window.

``--demo``: a local sync server (``ui.demo_server.DemoServer``, a ``main.py serve`` subprocess with demo data)
starts on the io lane while the replica opens on the db lane; the workbench signs in as a demo channel
manager (tokens in the demo workspace's FileSecretStore) and the first sync pulls the data. When the server
cannot start the replica is seeded locally and the workbench works offline. The server stops on quit.

A normal workspace that was signed in before (``main.py sync`` or an earlier session) syncs with its server
in the background; one that never signed in works offline."""

from __future__ import annotations

import gc
import logging
import socket
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

# The data layer first: once PySide6 is imported, its ``__feature__`` import hook reads the source of every
# module imported after it (about 0.1 s of CPU for SQLAlchemy and the models at start-up). The sync client is
# not imported at start-up at all (the status bar loads it on the db lane once the first page is shown).
import workbench.partners.queries  # noqa: F401

# isort: split
from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import QApplication, QInputDialog, QLineEdit, QMessageBox, QProgressDialog

from ui.bridge import CoreEvent, EventBridge, SyncProgress
from ui.context import AppContext
from ui.errors import database_message, install_excepthook, show_error, user_message
from ui.i18n import apply_locale, load_translations, translate
from ui.main_window import MainWindow
from ui.settings import effective_language, locale_name
from ui.tasks import FULL_GC_INTERVAL_S, CancelToken, Lane, TaskRunner, settle_heap, tune_for_gui
from workbench.errors import Cancelled, DatabaseOpenError, UserError
from workbench.partners.queries import count_partners
from workbench.paths import Workspace, default_workspace_dir
from workbench.search.status import desktop_actor
from workbench.security.secrets import FileSecretStore, KeyringSecretStore, SecretStore, SecretStoreUnavailable
from workbench.workspace import MIN_PASSPHRASE, open_workspace, passphrase_needed

if TYPE_CHECKING:  # imported where used: a workspace that is not signed in never loads the sync client
    from ui.sync_controller import SyncController, SyncOutcome

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
    """Runs on the db lane: open (and upgrade) the replica; who acts. (A demo replica is filled later: by
    the first sync, or by ``_seed_offline`` when the demo server cannot start.)"""
    engine = open_workspace(ws, store, (lambda _confirm: passphrase) if passphrase is not None else None)
    return engine, desktop_actor(engine)


@dataclass(frozen=True, slots=True)
class Started:
    """What the startup hands the window: who acts, where to sync (None: offline) and why not."""

    actor: Any
    server_url: str | None
    offline_reason: str = ""
    sign_in_needed: bool = False  # signed in before, but no tokens now (not remembered, expired): ask


def _seed_offline(engine: Any) -> Any:
    """db lane: the fallback of ``--demo`` without a server: demo data seeded into the replica itself."""
    from workbench.demo import DemoSizes, seed_demo

    if count_partners(engine) == 0:
        seed_demo(engine, DemoSizes())
    return desktop_actor(engine)


def demo_sign_in(
    engine: Any, store: SecretStore, server_url: str, email: str, password: str, bridge: Any, token: CancelToken
) -> tuple[Any, SyncOutcome | None]:
    """db lane (SQLite and HTTP interleave, like run_sync): sign the demo replica in (unless it already holds
    tokens for this server) and, for an empty replica, run the first sync that pulls the demo data.

    A replica that holds data but never signed in was seeded offline by an earlier fallback: it is not
    connected (its locally made demo rows would be pushed as duplicates), it stays an offline demo."""
    from sync.client.auth import has_tokens, login, signed_in
    from sync.client.transport import RequestsTransport
    from ui.sync_controller import sync_task

    who = signed_in(engine)
    if who is None and count_partners(engine) > 0:
        raise UserError("demo_replica_offline")
    transport = RequestsTransport(server_url)
    try:
        if who is None or who.server_url != server_url or not has_tokens(engine, store):
            login(
                engine,
                transport,
                store,
                email=email,
                password=password,
                device_name=socket.gethostname() or "workbench",
                server_url=server_url,
            )
        outcome = None
        if count_partners(engine) == 0:
            outcome = sync_task(engine, transport, store, None, bridge, token)
    finally:
        transport.close()
    return desktop_actor(engine), outcome


def apply_language(app: QApplication, choice: str | None = None) -> str:
    """Install the translations and the locale for the chosen (or stored, or system) language."""
    language = effective_language(choice)
    load_translations(app, language)
    apply_locale(locale_name(language))
    return language


def run_app(
    workspace_dir: Path | None = None,
    *,
    demo: bool = False,
    lang: str | None = None,
    argv: list[str] | None = None,
    secret_store: SecretStore | None = None,
    on_window: Callable[[MainWindow], None] | None = None,
) -> int:
    """Run the desktop. ``secret_store`` replaces the system keyring (benchmarks, tests); ``on_window`` is called with
    each main window right after it is shown."""
    QCoreApplication.setOrganizationName("PartnerWorkbench")
    QCoreApplication.setApplicationName("Partner Workbench")
    app = QApplication.instance() or QApplication(argv if argv is not None else sys.argv)
    assert isinstance(app, QApplication)
    app.setStyle("Fusion")  # follows the system's light/dark colour scheme on every platform
    apply_language(app, lang)
    install_excepthook(app)

    if demo:
        ws = Workspace.at(workspace_dir or default_workspace_dir() / "demo")
        store: SecretStore = secret_store or FileSecretStore(ws.root / "demo-secrets.json")
    else:
        ws = Workspace.at(workspace_dir)
        store = secret_store or KeyringSecretStore()
    need = passphrase_needed(ws, store)
    passphrase: str | None = None
    if need is not None:
        passphrase = _ask_passphrase(confirm=need == "new")
        if passphrase is None:
            return 1

    tune_for_gui()
    heap_timer = QTimer(app, interval=int(FULL_GC_INTERVAL_S * 1000))
    heap_timer.timeout.connect(lambda: gc.collect())  # full collections only now and then (see ui.tasks) ...
    heap_timer.start()
    app.applicationStateChanged.connect(  # ... and when the user switches to another application
        lambda state: gc.collect() if state != Qt.ApplicationState.ApplicationActive else None
    )
    runner = TaskRunner()
    progress = QProgressDialog(translate("Startup", "Opening the workspace…"), "", 0, 0)
    progress.setCancelButton(None)
    progress.setMinimumDuration(400)
    windows: list[MainWindow] = []
    bridge = EventBridge(app)
    server = None
    if demo:
        from ui.demo_server import DemoServer

        server = DemoServer(ws.root)
    state: dict[str, Any] = {}

    def show_window(ctx: AppContext) -> None:
        window = MainWindow(ctx, secret_store=store, blob_dir=ws.blobs_dir)
        window.language_changed.connect(lambda choice: relaunch(window, choice))
        windows.append(window)
        window.show()  # before the old window/progress dialog closes, or closing the last window would quit
        if on_window is not None:
            on_window(window)

    def relaunch(old: MainWindow, choice: str | None) -> None:
        """Rebuild the window in the new language (every label is created translated)."""
        apply_language(app, choice)
        old.save_state()
        show_window(old.ctx)
        old.close()
        old.deleteLater()
        windows.remove(old)

    def start(started: Started) -> None:
        engine = state["engine"]
        sync: SyncController | None = None
        if started.server_url:
            from ui.sync_controller import SyncController

            sync = SyncController(runner, engine, bridge, store, started.server_url, blob_dir=ws.blobs_dir, parent=app)
            state["sync"] = sync
        ctx = AppContext(
            runner,
            engine,
            bridge,
            started.actor,
            str(ws.root),
            sync,
            started.offline_reason,
            workspace_root=str(ws.root),
            secrets=store,
        )
        show_window(ctx)
        progress.close()
        settle_heap()  # the start-up heap is never walked again by the garbage collector
        if started.sign_in_needed and windows:
            from sync.client.errors import AuthRequired

            windows[-1].show_sign_in(reason=AuthRequired("not_signed_in"))
        if sync is not None:
            sync.online = True  # signed in just now (demo) or assumed until the first run says otherwise
            sync.start(delay=0.5)

    def go_offline(reason: str) -> None:
        """--demo without a server: seed the replica locally and work offline (never a crash)."""
        log.warning("demo server unavailable: working offline", extra={"reason": reason})
        progress.setLabelText(translate("Startup", "Preparing the offline demo data…"))
        runner.submit(
            Lane.DB,
            _seed_offline,
            state["engine"],
            on_success=lambda actor: start(Started(actor, None, reason)),
            on_error=failed,
            name="demo-seed-offline",
        )

    def reason_of(exc: BaseException) -> str:
        if isinstance(exc, UserError):
            return user_message(exc)
        return f"{type(exc).__name__}: {exc}"

    def demo_ready() -> None:
        """Both the replica and the server (or its failure) are there: sign in and pull, or go offline."""
        if "engine" not in state or "server" not in state:
            return
        url = state["server"]
        if isinstance(url, BaseException):
            go_offline(reason_of(url))
            return
        assert server is not None
        progress.setLabelText(translate("Startup", "Signing in to the demo server and fetching the demo data…"))

        def on_progress(p: SyncProgress) -> None:
            if p.phase in ("pull", "snapshot"):
                progress.setLabelText(translate("Startup", "Fetching the demo data: {0} records…").format(p.done))

        state["unsubscribe"] = bridge.subscribe(CoreEvent.SYNC_PROGRESS, on_progress, owner=progress)

        def signed(result: tuple[Any, SyncOutcome | None]) -> None:
            state.pop("unsubscribe")()
            runner.submit(Lane.DB, server.ensure_signing_key, state["engine"], store, ws.root, name="demo-signing-key")
            start(Started(result[0], url))

        def sign_in_failed(exc: BaseException) -> None:
            state.pop("unsubscribe")()
            if isinstance(exc, Cancelled):
                app.quit()
                return
            if not isinstance(exc, UserError):
                log.error("demo sign-in failed", exc_info=(type(exc), exc, exc.__traceback__))
            if isinstance(exc, UserError) and exc.code == "demo_replica_offline":
                start(Started(state["actor"], None, reason_of(exc)))
                return
            go_offline(reason_of(exc))

        runner.submit(
            Lane.DB,
            demo_sign_in,
            state["engine"],
            store,
            url,
            server.email,
            server.password,
            bridge,
            on_success=signed,
            on_error=sign_in_failed,
            name="demo-sign-in",
        )

    def server_started(url: str) -> None:
        state["server"] = url
        demo_ready()

    def server_failed(exc: BaseException) -> None:
        if not isinstance(exc, UserError):
            log.error("demo server failed", exc_info=(type(exc), exc, exc.__traceback__))
        state["server"] = exc
        demo_ready()

    def opened(result: tuple[Any, Any]) -> None:
        engine, actor = result
        state["engine"], state["actor"] = engine, actor
        if demo:
            progress.setLabelText(translate("Startup", "Starting the demo server…"))
            demo_ready()
            return
        runner.submit(
            Lane.DB,
            _sync_target,
            engine,
            store,
            on_success=lambda target: start(Started(actor, target[0], sign_in_needed=target[1])),
            on_error=lambda _exc: start(Started(actor, None)),
            name="sync-target",
        )

    def failed(exc: BaseException) -> None:
        progress.close()
        if isinstance(exc, DatabaseOpenError):
            QMessageBox.critical(None, translate("Startup", "Cannot open the workspace"), database_message(exc))
        else:
            show_error(exc)
        app.quit()

    def quitting() -> None:
        sync = state.get("sync")
        if sync is not None:
            sync.stop()
        runner.shutdown(wait=True)
        if server is not None:
            server.stop()
        engine = state.get("engine")
        if engine is not None:
            engine.dispose()

    if server is not None:
        runner.submit(Lane.IO, server.start, on_success=server_started, on_error=server_failed, name="demo-server")
    runner.submit(
        Lane.DB, _open, ws, store, passphrase, demo, on_success=opened, on_error=failed, name="open-workspace"
    )
    app.aboutToQuit.connect(quitting)
    return int(app.exec())


def _sync_target(engine: Any, store: SecretStore) -> tuple[str | None, bool]:
    """db lane: (the server of a workspace that was signed in and still holds its tokens, else None; whether it
    was signed in before but holds no tokens now, so the user is asked to sign in). A replica that never signed
    in is told by one meta read, without loading the sync client (HTTP, protocol models)."""
    from sync.client import meta

    if not meta.read(engine, meta.SERVER_URL) or not meta.read(engine, meta.USER_ID):
        return None, False
    url = _signed_in_url(engine, store)
    return url, url is None


def _signed_in_url(engine: Any, store: SecretStore) -> str | None:
    from sync.client.auth import has_tokens, signed_in

    who = signed_in(engine)
    if who is None or not who.server_url:
        return None
    try:
        return who.server_url if has_tokens(engine, store) else None
    except SecretStoreUnavailable:
        return None
