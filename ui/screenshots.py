"""Render every area of the workbench with demo data to docs/screenshots/*.png (offscreen).

    python -m ui.screenshots [--out docs/screenshots] [--scale 2]

Builds a throw-away demo workspace (encrypted replica, demo data, a few sync conflicts and a rejected change
so the inbox has something to show), opens the real main window on the real two-lane task runner and grabs
each area in English, a few in German, one in the dark colour scheme, and (``--scale 2``) at 200 %.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

OUT = Path(__file__).resolve().parent.parent / "docs" / "screenshots"


def _platform(scale: int) -> None:
    if scale == 1:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        return
    config = Path(tempfile.gettempdir()) / f"workbench-screens-{scale}.json"
    screen = {"name": "big", "x": 0, "y": 0, "width": 2560, "height": 1600, "logicalDpi": 96}
    config.write_text(json.dumps({"screens": [{**screen, "dpr": scale}]}), "utf-8")
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={config}"
    # Qt 6.11's offscreen plugin reports the screen's dpr but does not scale windows by it; the scale factor does.
    os.environ["QT_SCALE_FACTOR"] = str(scale)


def _demo_workspace(root: Path) -> tuple[Any, Any]:
    from sync.client.status import rejected_ops, sync_status
    from workbench.demo import DemoSizes, seed_demo
    from workbench.partners.commands import update_partner
    from workbench.partners.queries import get_partner, list_partner_ids
    from workbench.paths import Workspace
    from workbench.search.conflicts import mark_rejected, ops_for_row, record_conflict
    from workbench.search.status import LOCAL_ACTOR
    from workbench.security.secrets import MemorySecretStore
    from workbench.workspace import open_workspace

    engine = open_workspace(Workspace.at(root), MemorySecretStore())
    seed_demo(engine, DemoSizes())
    ids = list_partner_ids(engine, limit=5)
    first, second = (get_partner(engine, i) for i in ids[:2])
    update_partner(engine, LOCAL_ACTOR, first.id, {"city": "Köln", "phone": "+49 221 555 0100"})
    update_partner(engine, LOCAL_ACTOR, second.id, {"description": "Preferred partner for the public sector."})
    record_conflict(
        engine,
        op_id="demo",
        entity="partners",
        row_id=first.id,
        field="city",
        base=first.city,
        mine="Köln",
        theirs="Düsseldorf",
    )
    record_conflict(
        engine,
        op_id="demo",
        entity="partners",
        row_id=first.id,
        field="phone",
        base=first.phone,
        mine="+49 221 555 0100",
        theirs="+49 211 555 0199",
    )
    assert sync_status(engine).pending_ops >= 2
    op_id = ops_for_row(engine, second.id)[0]
    mark_rejected(engine, op_id, "no_access", "description")
    assert rejected_ops(engine)
    return engine, first.id


def _settle(app: Any, runner: Any, ms: int = 250) -> None:
    """Process events until the task runner is idle and nothing new arrived for ``ms``."""
    deadline = time.monotonic() + 20
    quiet_since = None
    while time.monotonic() < deadline:
        app.processEvents()
        if runner.pending() == 0:
            quiet_since = quiet_since or time.monotonic()
            if time.monotonic() - quiet_since >= ms / 1000:
                break
        else:
            quiet_since = None
        time.sleep(0.01)
    app.processEvents()


def _dashboard_shots(w: Any, prefix: str, grab: Any, *, drill: bool = False) -> None:
    """The whole analytics dashboard (below the fold too) and, with ``drill``, a drill-down dialog."""
    from workbench.analytics.types import Kpi

    board = w.dashboard
    board.attention.selectRow(0)
    grab(board.body, f"{prefix}dashboard-full")
    if drill:
        dialog = board.drill(Kpi.WIN_RATE)
        grab(dialog, f"{prefix}dashboard-drill-down")
        dialog.close()


def _signin_shots(w: Any, prefix: str, grab: Any) -> None:
    """The sign-in dialog: empty, with a wrong password, and opened by a sync after the device was revoked."""
    from PySide6.QtTest import QTest

    from sync.client.errors import AuthRequired, NetworkError, SyncError
    from ui.signin import SignInDialog
    from workbench.security.secrets import MemorySecretStore

    url, email = "https://workbench.example.com", "anna.becker@example.com"
    dialog = SignInDialog(w.ctx, MemorySecretStore(), server_url=url, parent=w)
    dialog.show()
    grab(dialog, f"{prefix}signin")
    QTest.keyClicks(dialog.email, email)
    QTest.keyClicks(dialog.password, "not-my-password")
    dialog.show_error(AuthRequired("invalid_credentials"))
    grab(dialog, f"{prefix}signin-wrong-password")
    dialog.close()
    revoked = SignInDialog(
        w.ctx, MemorySecretStore(), server_url=url, email=email, reason=SyncError("sync_device_revoked")
    )
    revoked.show()
    QTest.keyClicks(revoked.password, "secret")
    revoked.show_error(NetworkError("connection refused"))
    revoked.show_error(SyncError("sync_device_revoked"))
    grab(revoked, f"{prefix}signin-device-revoked")
    revoked.close()


def _signing_key_shots(w: Any, prefix: str, grab: Any) -> None:
    """The signing-key dialog: a certificate enrolled with the server's CA, and no key yet with a refused
    PKCS#12 import (wrong passphrase)."""
    import tempfile

    from PySide6.QtTest import QTest

    from ui.mdf.common import MdfPaths
    from ui.signing_key import SigningKeyDialog
    from workbench.documents import keys
    from workbench.errors import UserError
    from workbench.security.secrets import MemorySecretStore

    root = Path(tempfile.mkdtemp(prefix="workbench-signing-key-"))
    store = MemorySecretStore()
    ca = keys.create_ca("Partner Workbench Enrolment CA")
    identity = keys.issue_identity(ca, "Anna Becker", email="anna.becker@example.com")
    keys.store_identity(identity, root / "enrolled" / keys.IDENTITY_FILE, store)
    enrolled = SigningKeyDialog(w.ctx, MdfPaths(root / "enrolled"), store, parent=w)
    enrolled.show()
    grab(enrolled, f"{prefix}signing-key")
    enrolled.close()
    empty = SigningKeyDialog(w.ctx, MdfPaths(root / "empty"), MemorySecretStore(), parent=w)
    empty.show()
    empty.file.setText(str(Path.home() / "certificates" / "anna-becker.p12"))
    QTest.keyClicks(empty.passphrase, "not-the-passphrase")
    empty._failed(UserError("pkcs12_unreadable", field="pkcs12"))
    grab(empty, f"{prefix}signing-key-import-refused")
    empty.close()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--scale", type=int, default=1, choices=(1, 2))
    args = parser.parse_args(argv)
    _platform(args.scale)

    from PySide6.QtCore import QCoreApplication, QSettings
    from PySide6.QtWidgets import QApplication, QWidget

    from ui.app import apply_language
    from ui.bridge import CoreEvent, EventBridge, SyncProgress, SyncState
    from ui.context import AppContext
    from ui.main_window import MainWindow
    from ui.partners.editor import PartnerEditor
    from ui.settings import SettingsDialog
    from ui.sync_controller import SyncController
    from ui.tasks import TaskRunner
    from ui.theme import dark_palette
    from workbench.search.lookups import filter_choices
    from workbench.search.status import LOCAL_ACTOR
    from workbench.security.secrets import MemorySecretStore

    QCoreApplication.setOrganizationName("PartnerWorkbenchScreenshots")
    QCoreApplication.setApplicationName("Partner Workbench")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    tmp = Path(tempfile.mkdtemp(prefix="workbench-shots-"))
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp / "settings"))
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setStyle("Fusion")
    engine, partner_id = _demo_workspace(tmp / "ws")
    from ui.deals.shots import grab_screens as deal_shots
    from ui.deals.shots import prepare as prepare_deal_shots

    deal_facts = prepare_deal_shots(engine)  # a fresh duplicate, an extension request (deals, training, CSV)
    from ui.mdf.shots import mdf_shots, prepare_mdf_demo

    mdf_demo = prepare_mdf_demo(engine, tmp / "ws", LOCAL_ACTOR)  # evidence, a signing certificate, a signed claim
    runner = TaskRunner()
    bridge = EventBridge(app)
    args.out.mkdir(parents=True, exist_ok=True)
    suffix = "" if args.scale == 1 else f"@{args.scale}x"
    written: list[Path] = []

    def grab(widget: QWidget, name: str) -> None:
        _settle(app, runner)
        path = args.out / f"{name}{suffix}.png"
        widget.grab().save(str(path))
        written.append(path)

    # The status bar as when signed in to a server (no server runs here: automatic sync stays off).
    sync = SyncController(runner, engine, bridge, MemorySecretStore(), "http://127.0.0.1:9", parent=app)

    def online(running: bool = False) -> None:
        bridge.publish(CoreEvent.SYNC_STATE_CHANGED, SyncState(online=True, running=running))

    def window(lang: str) -> MainWindow:
        apply_language(app, lang)
        w = MainWindow(AppContext(runner, engine, bridge, LOCAL_ACTOR, "demo", sync))
        w.resize(1400, 900)
        w.show()
        online()
        _settle(app, runner)
        return w

    w = window("en")
    online(running=True)
    bridge.publish(CoreEvent.SYNC_PROGRESS, SyncProgress("push", 3, 5))
    grab(w.status, "statusbar-syncing")
    online()
    for area in ("dashboard", "partners", "deals", "training", "mdf", "conflicts", "activity"):
        w.go(area)
        grab(w, f"{area}")
    _dashboard_shots(w, "", grab, drill=True)
    w.open_partner(partner_id)
    grab(w, "partner-profile")
    for tab, name in ((1, "contacts"), (2, "deals"), (3, "certifications"), (4, "mdf"), (6, "timeline"), (7, "audit")):
        w.profile.tabs.setCurrentIndex(tab)
        grab(w, f"partner-{name}")
    w.profile.tabs.setCurrentIndex(0)
    w.show_partner_list()
    w.partners.combos["status"].setCurrentIndex(w.partners.combos["status"].findData("active"))
    w.partners.filter.setText("gmbh")
    _settle(app, runner, 400)
    grab(w, "partners-filtered")
    w.search.open_search("mü")
    w.search.move(w.geometry().center() - w.search.rect().center())
    grab(w.search, "search")
    w.search.hide()
    editor = PartnerEditor(w.ctx, filter_choices(engine), None, w)
    editor.show()
    from PySide6.QtTest import QTest

    QTest.keyClicks(editor.legal_name, "Nordlicht Systems GmbH")
    QTest.keyClicks(editor.country, "Germany")
    QTest.keyClicks(editor.email, "info@nordlicht")
    QTest.keyClicks(editor.web_domain, "nordlicht")
    grab(editor, "partner-editor-validation")
    editor.close()
    settings = SettingsDialog(w)
    settings.show()
    grab(settings, "settings")
    settings.close()
    _signin_shots(w, "", grab)
    _signing_key_shots(w, "", grab)
    mdf_shots(w, "", grab, lambda: _settle(app, runner), mdf_demo)
    deal_shots(app, w, grab, deal_facts, "", tmp)
    w.close()

    d = window("de")
    d.go("partners")
    grab(d, "de-partners")
    d.open_partner(partner_id)
    grab(d, "de-partner-profile")
    d.go("conflicts")
    grab(d, "de-conflicts")
    _signin_shots(d, "de-", grab)
    _signing_key_shots(d, "de-", grab)
    d.go("dashboard")
    grab(d, "de-dashboard")
    _dashboard_shots(d, "de-", grab, drill=True)
    mdf_shots(d, "de-", grab, lambda: _settle(app, runner), mdf_demo)
    deal_shots(app, d, grab, deal_facts, "de-", tmp)
    d.close()

    light = app.palette()
    app.setPalette(dark_palette())
    dark = window("en")
    dark.open_partner(partner_id)
    grab(dark, "dark-partner-profile")
    dark.go("conflicts")
    grab(dark, "dark-conflicts")
    dark.go("dashboard")
    grab(dark, "dark-dashboard")
    _dashboard_shots(dark, "dark-", grab)
    dark.close()
    dark_de = window("de")
    dark_de.go("dashboard")
    _dashboard_shots(dark_de, "dark-de-", grab)
    dark_de.close()
    app.setPalette(light)

    runner.shutdown(wait=True)
    engine.dispose()
    for path in written:
        print(path)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
