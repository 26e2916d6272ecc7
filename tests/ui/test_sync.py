"""Sync on screen against the real server (uvicorn in a thread, as in tests/sync/client): a partner edit made
in the UI is a pending op, the Sync button sends it and the pending count falls to zero, the server holds the
change; two replicas editing the same field end with the conflict in the inbox (and keep mine resolves it);
no SQL and no HTTP on the GUI thread; ``--demo`` falls back to an offline, locally seeded workspace when the
demo server cannot start; the demo server subprocess is seeded, started, found healthy and stopped."""

from __future__ import annotations

import sys
import textwrap
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
import requests  # type: ignore[import-untyped]
from argon2 import PasswordHasher
from PySide6.QtCore import QEventLoop, Qt, QTimer
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import Engine, event, select
from sqlalchemy.orm import Session

import sync.server.models  # noqa: F401  (the server tables join the shared metadata)
from sync.client.auth import login, signed_in_actor
from sync.client.engine import run_sync
from sync.client.scheduler import Backoff
from sync.client.status import open_conflicts, sync_status
from sync.client.transport import RequestsTransport
from tests.sync.client.helpers import PASSWORD, LiveServer, Switchable
from ui.bridge import EventBridge
from ui.context import AppContext
from ui.demo_server import DemoServer, DemoServerError, channel_manager_from_seed_output
from ui.i18n import load_translations
from ui.main_window import MainWindow
from ui.partners.editor import PartnerEditor
from ui.sync_controller import SyncController
from ui.tasks import TaskRunner
from workbench.db.base import Base
from workbench.db.engine import server_engine
from workbench.db.outbox import SyncConflict
from workbench.db.registry import load_all
from workbench.ids import new_id
from workbench.partners.commands import update_partner
from workbench.partners.models import Partner
from workbench.paths import Workspace
from workbench.security.roles import SYSTEM, Role
from workbench.security.secrets import MemorySecretStore
from workbench.workspace import open_workspace

load_all()

CM = "cm@ui.test"
ADMIN = "admin@ui.test"


@pytest.fixture
def server(tmp_path: Path) -> Iterator[tuple[LiveServer, Engine, str]]:
    """The real server app on a SQLite database with a program, one partner owned by the channel manager
    ``cm`` and the users cm and admin. Yields (server, its database, the partner's id)."""
    from sync.server.app import create_app
    from sync.server.auth import create_user
    from sync.server.changelog import server_uow
    from sync.server.settings import ServerSettings
    from workbench.programs.models import Program

    db = server_engine(f"sqlite:///{tmp_path / 'server.db'}")
    Base.metadata.create_all(db)
    settings = ServerSettings(
        secret=b"s" * 32,
        hasher=PasswordHasher(time_cost=1, memory_cost=8, parallelism=1),
        rate_per_second=1000.0,
        rate_burst=10_000,
        login_rate_per_second=1000.0,
        login_burst=10_000,
        blob_dir=tmp_path / "server-blobs",
    )
    cm = create_user(db, settings, email=CM, password=PASSWORD, role=Role.CHANNEL_MANAGER)
    create_user(db, settings, email=ADMIN, password=PASSWORD, role=Role.ADMIN)
    with server_uow(db, SYSTEM) as uow:
        program = uow.add(Program(code="P1", name="Program", currency="EUR"))
        uow.flush()
        partner = Partner(
            legal_name="Alpha GmbH",
            name_norm="alpha gmbh",
            partner_type="reseller",
            program_id=program.id,
            currency="EUR",
            owner_id=cm,
            city="Munich",
        )
        partner.partner_id = partner.id = new_id()
        uow.add(partner)
        partner_id = partner.id
    live = LiveServer(create_app(db, settings)).start()
    yield live, db, partner_id
    live.stop()
    db.dispose()


Replica = tuple[Any, MemorySecretStore]


@pytest.fixture
def replica(tmp_path: Path, server: tuple[LiveServer, Engine, str]) -> Callable[[str, str], Replica]:
    """A workspace replica (migrated, encrypted) signed in as ``email`` with the first sync done."""
    made: list[Any] = []

    def make(name: str, email: str) -> Replica:
        store = MemorySecretStore()
        engine = open_workspace(Workspace.at(tmp_path / name), store)
        made.append(engine)
        transport = RequestsTransport(server[0].url)
        login(engine, transport, store, email=email, password=PASSWORD, device_name=name, server_url=server[0].url)
        run_sync(engine, transport, store)
        transport.close()
        return engine, store

    yield make  # type: ignore[misc]
    for engine in made:
        engine.dispose()


def _server_city(db: Engine, partner_id: str) -> str | None:
    with Session(db) as s:
        return s.scalar(select(Partner.city).where(Partner.id == partner_id))


def _window(
    qtbot: QtBot, runner: TaskRunner, engine: Any, store: MemorySecretStore, url: str, actor: Any = None
) -> MainWindow:
    bridge = EventBridge()
    sync = SyncController(runner, engine, bridge, store, url, interval=3600.0, edit_delay=None)
    actor = actor or signed_in_actor(engine)
    assert actor is not None
    w = MainWindow(AppContext(runner, engine, bridge, actor, "sync-test", sync))
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    return w


def _edit_city_in_ui(qtbot: QtBot, w: MainWindow, partner_id: str, city: str) -> None:
    w.open_partner(partner_id)
    qtbot.waitUntil(lambda: w.profile.bundle is not None and w.profile.bundle.partner.id == partner_id, timeout=5_000)
    w.activateWindow()
    w.edit_partner()
    qtbot.waitUntil(lambda: isinstance(w.editor, PartnerEditor) and w.editor.isVisible(), timeout=5_000)
    editor = w.editor
    assert isinstance(editor, PartnerEditor)
    editor.city.clear()
    qtbot.keyClicks(editor.city, city)
    editor.submit()
    qtbot.waitUntil(lambda: not editor.isVisible(), timeout=5_000)


def _settle(qtbot: QtBot, runner: TaskRunner) -> None:
    """Let queued reloads finish before the runner shuts down."""
    for _ in range(3):
        qtbot.waitUntil(lambda: runner.pending() == 0, timeout=5_000)
        qtbot.wait(100)


def _pending(w: MainWindow) -> int | None:
    return w.status.status.pending_ops if w.status.status is not None else None


def test_edit_in_the_ui_is_pending_and_sync_sends_it(
    qtbot: QtBot, runner: TaskRunner, server: tuple[LiveServer, Engine, str], replica: Callable[[str, str], Replica]
) -> None:
    live, db, partner_id = server
    engine, store = replica("laptop", CM)
    w = _window(qtbot, runner, engine, store, live.url)
    qtbot.waitUntil(lambda: _pending(w) == 0, timeout=5_000)
    assert w.status.sync_button.isEnabled() and w.sync_action.isEnabled()

    _edit_city_in_ui(qtbot, w, partner_id, "Leipzig")
    qtbot.waitUntil(lambda: _pending(w) == 1, timeout=5_000)
    assert w.status.pending.text().startswith("1 ")
    assert _server_city(db, partner_id) == "Munich"

    seen_running: list[bool] = []
    w.ctx.sync.running_changed.connect(seen_running.append)
    qtbot.mouseClick(w.status.sync_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: w.ctx.sync.last_outcome is not None and _pending(w) == 0, timeout=10_000)
    # the run's end reaches the status bar through the event bridge (queued): wait for it to be rendered
    qtbot.waitUntil(lambda: "Online" in w.status.online.text(), timeout=5_000)
    assert seen_running[:2] == [True, False]
    assert w.status.pending.text().startswith("0 ")
    assert "Last sync" in w.status.last_sync.text()
    assert _server_city(db, partner_id) == "Leipzig"
    assert not w.status.progress.isVisible() and not w.status.cancel_button.isVisible()

    # The menu action (Ctrl+Shift+S) syncs too: a change made on the server arrives.
    from sync.server.changelog import server_uow

    with server_uow(db, SYSTEM) as uow:
        uow.get(Partner, partner_id).phone = "+49 341 1"
    before = w.ctx.sync.last_outcome
    w.activateWindow()
    w.sync_action.trigger()
    qtbot.waitUntil(lambda: w.ctx.sync.last_outcome is not before, timeout=10_000)
    assert w.ctx.sync.last_outcome.report.pulled >= 1
    assert runner.reported == []  # type: ignore[attr-defined]
    w.close()
    _settle(qtbot, runner)


def test_cancel_stops_a_sync_and_the_count_stays(
    qtbot: QtBot, runner: TaskRunner, server: tuple[LiveServer, Engine, str], replica: Callable[[str, str], Replica]
) -> None:
    live, db, partner_id = server
    engine, store = replica("laptop", CM)
    update_partner(engine, signed_in_actor(engine), partner_id, {"city": "Halle"})  # type: ignore[arg-type]
    w = _window(qtbot, runner, engine, store, live.url)
    gate = threading.Event()
    original = requests.Session.request

    def slow(self: requests.Session, *args: Any, **kwargs: Any) -> Any:
        gate.wait(5)
        return original(self, *args, **kwargs)

    failures: list[BaseException] = []
    w.ctx.sync.failed.connect(failures.append)
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(requests.Session, "request", slow)
        w.sync_now()
        qtbot.waitUntil(lambda: w.status.cancel_button.isVisible(), timeout=5_000)
        assert w.cancel_sync_action.isEnabled() and not w.sync_action.isEnabled()
        qtbot.mouseClick(w.status.cancel_button, Qt.MouseButton.LeftButton)
        gate.set()
        qtbot.waitUntil(lambda: bool(failures), timeout=10_000)
    assert type(failures[0]).__name__ == "Cancelled"
    qtbot.waitUntil(lambda: not w.status.cancel_button.isVisible() and _pending(w) == 1, timeout=5_000)
    assert _server_city(db, partner_id) == "Munich"
    assert runner.reported == []  # type: ignore[attr-defined]
    w.close()
    _settle(qtbot, runner)


def test_same_field_on_two_replicas_is_a_conflict_in_the_inbox(
    qtbot: QtBot, runner: TaskRunner, server: tuple[LiveServer, Engine, str], replica: Callable[[str, str], Replica]
) -> None:
    live, db, partner_id = server
    mine, mine_store = replica("laptop", CM)
    theirs, theirs_store = replica("office", ADMIN)
    # Both edit the city; the other replica syncs first.
    update_partner(theirs, signed_in_actor(theirs), partner_id, {"city": "Dresden"})  # type: ignore[arg-type]
    w = _window(qtbot, runner, mine, mine_store, live.url)
    _edit_city_in_ui(qtbot, w, partner_id, "Leipzig")
    transport = RequestsTransport(live.url)
    run_sync(theirs, transport, theirs_store)
    assert _server_city(db, partner_id) == "Dresden"

    w.sync_now()
    qtbot.waitUntil(lambda: w.ctx.sync.last_outcome is not None, timeout=10_000)
    assert w.ctx.sync.last_outcome.report.conflicts == 1
    qtbot.waitUntil(lambda: w.status.status is not None and w.status.status.open_conflicts == 1, timeout=5_000)
    assert w.status.conflicts.text().startswith("1 ")
    qtbot.mouseClick(w.status.conflicts, Qt.MouseButton.LeftButton)
    assert w.current_area() == "conflicts"
    view = w.conflicts
    qtbot.waitUntil(lambda: view.conflicts_model.rowCount() == 1, timeout=5_000)
    view.conflicts_table.selectRow(0)
    assert (view.mine.text(), view.theirs.text()) == ("Leipzig", "Dresden")
    assert "Alpha GmbH" in view.conflicts_model.data(view.conflicts_model.index(0, 0))
    assert view.conflicts_model.data(view.conflicts_model.index(0, 1)) == "City"
    # The field is named in the user's language (ui.labels.field_label), not as the column code.
    app = QApplication.instance()
    assert app is not None and load_translations(app, "de")
    try:
        assert view.conflicts_model.data(view.conflicts_model.index(0, 1)) == "Ort"
    finally:
        load_translations(app, "en")

    assert view.heads[1].text() == "Mine (not applied)"

    # Keep mine: a new edit goes out with the next sync; nothing typed is lost.
    qtbot.mouseClick(view.keep_mine, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.conflicts_model.rowCount() == 0, timeout=5_000)
    assert open_conflicts(mine) == [] and sync_status(mine).pending_ops == 1
    before = w.ctx.sync.last_outcome
    w.sync_now()
    qtbot.waitUntil(lambda: w.ctx.sync.last_outcome is not before and _pending(w) == 0, timeout=10_000)
    assert _server_city(db, partner_id) == "Leipzig"
    run_sync(theirs, transport, theirs_store)
    transport.close()

    # A conflict this user won (sent by the server from the other side): mine is in the record, theirs was not
    # applied, and the inbox says so.
    with Session(mine) as session, session.begin():
        session.add(
            SyncConflict(
                id=new_id(),
                op_id=new_id(),
                entity="partners",
                row_id=partner_id,
                field="city",
                base="Munich",
                mine="Leipzig",
                theirs="Dresden",
                server_version=3,
                side="won",
            )
        )
    view.reload()
    qtbot.waitUntil(lambda: view.conflicts_model.rowCount() == 1, timeout=5_000)
    view.conflicts_table.selectRow(0)
    assert (view.mine.text(), view.theirs.text()) == ("Leipzig", "Dresden")
    assert view.heads[1].text() == "Mine (now in the record)"
    assert view.heads[2].text() == "Theirs (other user, not applied)"
    assert runner.reported == []  # type: ignore[attr-defined]
    w.close()
    _settle(qtbot, runner)


def test_no_sql_or_http_on_the_gui_thread_with_sync(
    qtbot: QtBot, server: tuple[LiveServer, Engine, str], replica: Callable[[str, str], Replica]
) -> None:
    """The whole flow with sync wired (edit, sync, status bar, inbox): every statement runs on the db lane,
    every HTTP request of the workbench off the GUI thread."""
    live, _db, partner_id = server
    engine, store = replica("laptop", CM)
    actor = signed_in_actor(engine)  # (the test's own setup, before the recording starts)
    sql_threads: list[str] = []
    http_threads: list[str] = []
    original = requests.Session.request

    def record_sql(*_args: Any) -> None:
        sql_threads.append(threading.current_thread().name)

    def record_http(self: requests.Session, *args: Any, **kwargs: Any) -> Any:
        http_threads.append(threading.current_thread().name)
        return original(self, *args, **kwargs)

    event.listen(engine, "before_cursor_execute", record_sql)
    runner = TaskRunner(io_workers=1)
    try:
        with pytest.MonkeyPatch.context() as mp:
            mp.setattr(requests.Session, "request", record_http)
            w = _window(qtbot, runner, engine, store, live.url, actor)
            _edit_city_in_ui(qtbot, w, partner_id, "Jena")
            w.sync_now()
            qtbot.waitUntil(lambda: w.ctx.sync.last_outcome is not None and _pending(w) == 0, timeout=10_000)
            w.go("conflicts")
            qtbot.wait(100)
            qtbot.waitUntil(lambda: runner.pending() == 0, timeout=5_000)
            w.close()
    finally:
        runner.shutdown(wait=True)
        event.remove(engine, "before_cursor_execute", record_sql)
    assert sql_threads and http_threads
    assert set(sql_threads) == {"workbench-db"}
    assert threading.main_thread().name not in http_threads
    assert set(http_threads) <= {"workbench-db", "workbench-io-0"}


def test_background_sync_goes_offline_backs_off_and_comes_back(
    qtbot: QtBot, runner: TaskRunner, server: tuple[LiveServer, Engine, str], replica: Callable[[str, str], Replica]
) -> None:
    """Automatic sync: a run at start, offline on a network failure (status bar says so) with a retry
    after a backoff delay that needs no new edit, online again when the server answers; a local edit
    is sent a moment later without pressing Sync."""
    live, db, partner_id = server
    engine, store = replica("laptop", CM)
    actor = signed_in_actor(engine)
    bridge = EventBridge()
    net = Switchable(live.url)
    sync = SyncController(
        runner,
        engine,
        bridge,
        store,
        live.url,
        transport=net,
        interval=3600.0,
        edit_delay=0.2,
        backoff=Backoff(base=0.2, cap=0.4),
    )
    w = MainWindow(AppContext(runner, engine, bridge, actor, "auto", sync))
    qtbot.addWidget(w)
    w.show()
    outcomes: list[Any] = []
    failures: list[BaseException] = []
    sync.finished.connect(outcomes.append)
    sync.failed.connect(failures.append)

    net.offline = True
    sync.start()
    qtbot.waitUntil(lambda: len(failures) >= 2, timeout=10_000)  # the retry came by itself
    assert getattr(failures[0], "code", None) == "sync_network" and not sync.online
    qtbot.waitUntil(lambda: "Offline" in w.status.online.text(), timeout=5_000)
    assert "cannot be reached" in w.status.online.toolTip()
    net.offline = False
    qtbot.waitUntil(lambda: bool(outcomes), timeout=10_000)
    assert sync.online and sync.next_run_in() is not None  # the next periodic run is scheduled
    qtbot.waitUntil(lambda: "Online" in w.status.online.text(), timeout=5_000)

    count = len(outcomes)
    update_partner(engine, actor, partner_id, {"city": "Erfurt"})  # type: ignore[arg-type]
    w.ctx.changed("partner", partner_id)  # what the editor does after a save
    qtbot.waitUntil(lambda: len(outcomes) > count and _pending(w) == 0, timeout=10_000)
    assert _server_city(db, partner_id) == "Erfurt"
    sync.stop()
    assert not sync.auto and sync.next_run_in() is None
    w.close()
    _settle(qtbot, runner)


# --- --demo ----------------------------------------------------------------------------------------------------


FAKE_MAIN = textwrap.dedent(
    """
    import sys, http.server, pathlib
    args = sys.argv[1:]
    db = pathlib.Path(args[args.index("--db") + 1].removeprefix("sqlite:///"))
    if args[0] == "server-admin":
        if "{mode}" == "seed_fails":
            print("error: cannot seed", file=sys.stderr)
            sys.exit(3)
        db.write_text("seeded")
        print("demo users (password: as given with --password):")
        print("  admin            admin@demo.example.com")
        print("  channel_manager  jonas.weiss@demo.example.com")
        sys.exit(0)
    if "{mode}" == "serve_fails":
        sys.exit(4)
    port = int(args[args.index("--port") + 1])

    class Health(http.server.BaseHTTPRequestHandler):
        def do_GET(self):
            self.send_response(200 if self.path == "/health" else 404)
            self.end_headers()

        def log_message(self, *a):
            pass

    http.server.HTTPServer(("127.0.0.1", port), Health).serve_forever()
    """
)


def _fake_main(tmp_path: Path, mode: str) -> Path:
    path = tmp_path / f"fake_main_{mode}.py"
    path.write_text(FAKE_MAIN.replace("{mode}", mode), "utf-8")
    return path


def test_demo_server_is_seeded_started_and_stopped(tmp_path: Path) -> None:
    server = DemoServer(tmp_path / "ws", main_py=_fake_main(tmp_path, "ok"), python=sys.executable)
    url = server.start(timeout=20)
    try:
        assert server.running and requests.get(url + "/health", timeout=5).status_code == 200
        assert server.email == "jonas.weiss@demo.example.com"  # the first channel manager of the seed listing
        assert server.db_path.exists()
    finally:
        server.stop()
    assert not server.running
    server.stop()  # idempotent


@pytest.mark.parametrize(
    ("mode", "code"), [("seed_fails", "demo_server_seed_failed"), ("serve_fails", "demo_server_exited")]
)
def test_demo_server_failures_are_user_errors(tmp_path: Path, mode: str, code: str) -> None:
    server = DemoServer(tmp_path / "ws", main_py=_fake_main(tmp_path, mode), python=sys.executable)
    with pytest.raises(DemoServerError) as caught:
        server.start(timeout=20)
    assert caught.value.code == code and not server.running
    if mode == "seed_fails":
        assert not server.db_path.exists()  # seeded again next time


def test_seed_listing_names_the_channel_manager() -> None:
    listing = "demo users (password: 'x'):\n  admin            a@d.example\n  channel_manager  anna@d.example\n"
    assert channel_manager_from_seed_output(listing) == "anna@d.example"
    assert channel_manager_from_seed_output("nothing") is None


def test_demo_falls_back_to_offline_when_the_server_cannot_start(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import ui.app as app_module
    from workbench.demo import DemoSizes
    from workbench.partners.queries import count_partners

    class BrokenServer(DemoServer):
        def start(self, timeout: float = 60.0) -> str:
            raise DemoServerError("demo_server_exited", exit_code=1)

    import ui.demo_server
    import workbench.demo

    # ui.app imports both where they are used (not at start-up): patch them in their modules
    monkeypatch.setattr(ui.demo_server, "DemoServer", BrokenServer)
    monkeypatch.setattr(
        workbench.demo, "DemoSizes", lambda: DemoSizes(partners=8, deals=20, training_events=20, mdf_requests=4)
    )
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # run_app installs its own; restored afterwards
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)
    app = QApplication.instance()
    assert app is not None
    seen: dict[str, Any] = {}

    def look() -> None:
        windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]
        if windows and windows[0].partners.model.rowCount() > 0 and windows[0].status.status is not None:
            w = windows[0]
            seen.update(
                online=w.status.online.text(),
                tip=w.status.online.toolTip(),
                sync=w.ctx.sync,
                button=w.status.sync_button.isEnabled(),
                partners=count_partners(w.ctx.engine),  # (test thread; the app is idle here)
            )
            w.close()
            app.quit()

    poll = QTimer()
    poll.timeout.connect(look)
    poll.start(100)
    QTimer.singleShot(30_000, app.quit)
    try:
        assert app_module.run_app(tmp_path / "demo", demo=True, lang="en") == 0
    finally:
        poll.stop()
        # app.quit() leaves the GUI thread's "quit now" flag set, which stops later tests' waits from
        # delivering posted events; a nested event loop clears it when it starts.
        loop = QEventLoop()
        QTimer.singleShot(0, loop.quit)
        loop.exec()
    assert seen, "no window appeared"
    assert "Offline" in seen["online"] and seen["sync"] is None and not seen["button"]
    assert seen["partners"] == 8
    assert "could not" in seen["tip"] or "demo_server_exited" in seen["tip"]
