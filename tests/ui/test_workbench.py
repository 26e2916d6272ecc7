"""The workbench views on a demo replica: shell navigation and shortcuts, status bar, partner list filters,
create/edit with validation messages next to the field, the 360° profile, global search, the conflicts inbox,
the models under qtmodeltester, and no SQL on the GUI thread with the real task runner."""

from __future__ import annotations

import shutil
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QDialogButtonBox, QInputDialog, QMessageBox
from pytestqt.qtbot import QtBot

from sync.client.status import rejected_ops, sync_status
from ui.bridge import EventBridge
from ui.context import AppContext
from ui.main_window import AREAS, LazyArea, MainWindow
from ui.models.paged import Column
from ui.models.rows import RowsTableModel
from ui.partners.editor import PartnerEditor
from ui.tasks import SyncTaskRunner, TaskRunner
from ui.widgets.common import EmptyState
from workbench.demo import DemoSizes, seed_demo
from workbench.partners.commands import update_partner
from workbench.partners.queries import get_partner, list_partner_ids
from workbench.paths import Workspace
from workbench.search import conflicts as inbox
from workbench.search.lookups import filter_choices
from workbench.search.status import LOCAL_ACTOR
from workbench.security.secrets import MemorySecretStore
from workbench.workspace import open_workspace


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, MemorySecretStore]:
    """One seeded workspace per module; each test works on its own copy (seeding is the slow part)."""
    root = tmp_path_factory.mktemp("template") / "ws"
    store = MemorySecretStore()
    eng = open_workspace(Workspace.at(root), store)
    seed_demo(eng, DemoSizes(partners=40, deals=150, training_events=150, mdf_requests=20))
    eng.dispose()
    return root, store


@pytest.fixture
def engine(tmp_path: Path, template: tuple[Path, MemorySecretStore]) -> Iterator[Any]:
    root, store = template
    shutil.copytree(root, tmp_path / "ws")
    eng = open_workspace(Workspace.at(tmp_path / "ws"), store)
    yield eng
    eng.dispose()


@pytest.fixture
def ctx(engine: Any, sync_runner: SyncTaskRunner, qtbot: QtBot) -> AppContext:
    return AppContext(sync_runner, engine, EventBridge(), LOCAL_ACTOR, "test")


@pytest.fixture
def window(ctx: AppContext, qtbot: QtBot) -> MainWindow:
    w = MainWindow(ctx)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    w.activateWindow()
    return w


def _wait_rows(qtbot: QtBot, model: Any) -> None:
    qtbot.waitUntil(lambda: model.rowCount() > 0 and model.is_loaded(0), timeout=5_000)


def test_shell_has_every_area_and_keyboard_navigation(qtbot: QtBot, window: MainWindow) -> None:
    assert [window.nav.item(i).data(Qt.ItemDataRole.UserRole) for i in range(window.nav.count())] == list(AREAS)
    for i, area in enumerate(AREAS, start=1):
        qtbot.keyClick(window, Qt.Key(Qt.Key.Key_0 + i), Qt.KeyboardModifier.ControlModifier)
        assert window.current_area() == area
        assert window.stack.currentWidget() is window.areas[area]
        # a lazily built area has its real screen by now (built when shown)
        page = window.areas[area]
        assert not isinstance(page, LazyArea) or page.widget is not None
    # Areas without their screens yet say so honestly.
    placeholders = [window.area(k) for k in ("training", "mdf") if isinstance(window.area(k), EmptyState)]
    assert all("arrive" in p.body.text() for p in placeholders)
    shortcuts = {a.objectName(): a.shortcut().toString() for a in window.actions()}
    assert shortcuts["actSearch"] == "Ctrl+K" and shortcuts["actNew"] == "Ctrl+N"


def test_window_state_is_remembered(qtbot: QtBot, ctx: AppContext) -> None:
    w = MainWindow(ctx)
    qtbot.addWidget(w)
    w.show()
    w.resize(1111, 777)
    qtbot.waitUntil(lambda: w.width() == 1111)
    w.go("deals")
    w.close()
    again = MainWindow(ctx)
    qtbot.addWidget(again)
    again.show()
    assert again.current_area() == "deals"
    saved = QSettings().value("main/geometry")
    assert saved is not None and not saved.isEmpty()  # (the offscreen screen is too small to check the size)


def test_status_bar_shows_pending_conflicts_and_offline(qtbot: QtBot, window: MainWindow, ctx: AppContext) -> None:
    bar = window.status
    assert "Offline" in bar.online.text()
    assert "Never synced" in bar.last_sync.text()
    pid = list_partner_ids(ctx.engine, limit=1)[0]
    update_partner(ctx.engine, LOCAL_ACTOR, pid, {"city": "Trier"})
    inbox.record_conflict(
        ctx.engine, op_id="x", entity="partners", row_id=pid, field="city", base="A", mine="Trier", theirs="B"
    )
    ctx.changed("partner", pid)
    qtbot.waitUntil(lambda: bar.status is not None and bar.status.open_conflicts == 1, timeout=3_000)
    assert bar.pending.text().startswith("1 ") and bar.conflicts.text().startswith("1 ")
    qtbot.mouseClick(bar.conflicts, Qt.MouseButton.LeftButton)
    assert window.current_area() == "conflicts"


def test_partner_list_filters_in_sql(qtbot: QtBot, window: MainWindow, ctx: AppContext) -> None:
    view = window.partners
    _wait_rows(qtbot, view.model)
    assert view.model.rowCount() == 40
    qtbot.waitUntil(lambda: view.choices is not None, timeout=3_000)  # loaded after the first page
    tier = filter_choices(ctx.engine).tiers[1]
    combo = view.combos["tier_id"]
    combo.setCurrentIndex(combo.findData(tier.id))
    status = view.combos["status"]
    status.setCurrentIndex(status.findData("active"))
    expected = list_partner_ids(ctx.engine, tier_id=tier.id, status="active")
    qtbot.waitUntil(lambda: view.model.rowCount() == len(expected), timeout=3_000)
    assert list(view.model.ids) == expected
    for key in ("region", "segment", "owner_id"):
        assert view.combos[key].count() > 1
    region = view.combos["region"].itemData(1)
    view.combos["region"].setCurrentIndex(1)
    assert view.model.query.region == region
    qtbot.keyClicks(view.filter, "zzzz-nothing")
    qtbot.waitUntil(lambda: view.model.rowCount() == 0, timeout=3_000)
    assert view.count_label.text().startswith("0 ")


def test_create_partner_with_messages_next_to_fields(qtbot: QtBot, window: MainWindow, ctx: AppContext) -> None:
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    editor = window.editor
    assert isinstance(editor, PartnerEditor)
    qtbot.addWidget(editor)
    save = editor.buttons.button(QDialogButtonBox.StandardButton.Save)
    assert not save.isEnabled()  # legal name missing
    assert editor.form.binding("legal_name").label.message == ""  # not red before the user typed
    qtbot.keyClicks(editor.legal_name, "Qzwyx Systems GmbH")
    qtbot.keyClicks(editor.email, "info@qzwyx")
    assert "not a valid e-mail" in editor.form.binding("email").label.message
    assert not save.isEnabled()
    qtbot.keyClicks(editor.email, ".de")
    assert editor.form.binding("email").label.message == ""
    qtbot.keyClicks(editor.country, "Germany")
    assert "two-letter" in editor.form.binding("country").label.message
    editor.country.clear()
    qtbot.keyClicks(editor.country, "de")
    assert save.isEnabled()
    published: list[Any] = []
    ctx.bridge.core_event.connect(lambda e, p: published.append(p))
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    assert not editor.isVisible()
    hits = list_partner_ids(ctx.engine, name_filter="qzwyx")
    assert len(hits) == 1
    created = get_partner(ctx.engine, hits[0])
    assert (created.country, created.email, created.status) == ("DE", "info@qzwyx.de", "prospect")
    qtbot.waitUntil(lambda: any(getattr(p, "entity", None) == "partner" for p in published), timeout=2_000)
    assert window.profile.partner_id == created.id  # the new partner's profile is open


def test_edit_partner_and_a_refused_field_shows_next_to_it(qtbot: QtBot, window: MainWindow, ctx: AppContext) -> None:
    pid = list_partner_ids(ctx.engine, limit=1)[0]
    window.open_partner(pid)
    qtbot.waitUntil(lambda: window.profile.bundle is not None, timeout=3_000)
    qtbot.keyClick(window, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    editor = window.editor
    assert isinstance(editor, PartnerEditor) and editor.partner is not None
    qtbot.addWidget(editor)
    editor.city.clear()
    qtbot.keyClicks(editor.city, "Luebeck")
    editor.phone.clear()
    qtbot.keyClicks(editor.phone, "call me maybe")  # only the command knows the phone rule
    editor.submit()
    assert "phone" in editor.form.errors() or editor.form.binding("phone").label.message
    assert editor.isVisible()
    assert get_partner(ctx.engine, pid).city != "Luebeck"  # nothing written
    editor.phone.clear()
    qtbot.keyClicks(editor.phone, "+49 451 1234")
    editor.submit()
    assert not editor.isVisible()
    assert get_partner(ctx.engine, pid).city == "Luebeck"
    qtbot.waitUntil(lambda: window.profile.master.values["location"].text().startswith("Luebeck"), timeout=3_000)


def test_profile_shows_the_whole_partner(qtbot: QtBot, window: MainWindow, ctx: AppContext) -> None:
    pid = list_partner_ids(ctx.engine, limit=1)[0]
    update_partner(ctx.engine, LOCAL_ACTOR, pid, {"city": "Trier"})  # demo rows are bulk-loaded without audit
    window.open_partner(pid)
    qtbot.waitUntil(lambda: window.profile.bundle is not None, timeout=3_000)
    p = window.profile
    partner = get_partner(ctx.engine, pid)
    assert p.title.text() == partner.legal_name
    assert p.contacts_model.rowCount() == len(partner.contacts)
    assert p.compliance_model.rowCount() == 3
    assert p.audit_model.rowCount() >= 1 and p.timeline_model.rowCount() >= 1
    assert p.tabs.count() == 8
    assert set(p.onboarding.values) == {
        "onboarding_agreement_signed",
        "onboarding_kyc_done",
        "onboarding_first_training",
        "onboarding_portal_access",
    }
    qtbot.keyClick(window, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)  # Back
    assert window.partner_stack.currentWidget() is window.partners


def test_global_search_as_you_type_and_enter_opens(qtbot: QtBot, window: MainWindow, ctx: AppContext) -> None:
    partners = [get_partner(ctx.engine, i) for i in list_partner_ids(ctx.engine, limit=10)]
    target = next(p for p in partners if p.legal_name.split()[0].isascii())  # QTest types ASCII only
    qtbot.keyClick(window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    dialog = window.search
    assert dialog.isVisible()
    shown: list[tuple[str, int]] = []
    dialog.results_shown.connect(lambda q, n: shown.append((q, n)))
    word = target.legal_name.split()[0]
    qtbot.keyClicks(dialog.input, word[:2])
    assert [q for q, _ in shown] == [word[:1], word[:2]]  # answered at every keystroke
    qtbot.keyClicks(dialog.input, word[2:])
    titles = [dialog.results.item(i).text() for i in range(dialog.results.count())]
    assert target.legal_name in titles
    while dialog.results.currentItem().text() != target.legal_name:
        qtbot.keyClick(dialog.input, Qt.Key.Key_Down)
    qtbot.keyClick(dialog.input, Qt.Key.Key_Return)
    assert not dialog.isVisible()
    assert window.profile.partner_id == target.id


def test_conflicts_inbox_keep_mine_theirs_edit_and_rejected(
    qtbot: QtBot, window: MainWindow, ctx: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    pid = list_partner_ids(ctx.engine, limit=1)[0]
    update_partner(ctx.engine, LOCAL_ACTOR, pid, {"city": "Köln"})
    for mine in ("Köln", "Bonn", "Essen"):
        inbox.record_conflict(
            ctx.engine, op_id="o", entity="partners", row_id=pid, field="city", base="Paris", mine=mine, theirs="Lyon"
        )
    assert rejected_ops(ctx.engine) == []
    view = window.conflicts
    window.go("conflicts")
    view.reload()
    assert view.conflicts_model.rowCount() == 3
    assert (view.base.text(), view.mine.text(), view.theirs.text()) == ("Paris", "Köln", "Lyon")
    qtbot.mouseClick(view.keep_theirs, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.conflicts_model.rowCount() == 2, timeout=2_000)
    view.conflicts_table.selectRow(0)
    assert view.mine.text() == "Bonn"
    qtbot.mouseClick(view.keep_mine, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.conflicts_model.rowCount() == 1, timeout=2_000)
    assert get_partner(ctx.engine, pid).city == "Bonn"
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Düren", True))
    qtbot.mouseClick(view.edit, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.conflicts_model.rowCount() == 0, timeout=2_000)
    assert get_partner(ctx.engine, pid).city == "Düren"

    # A rejected change: discard asks first; Cancel keeps it, Discard removes it.
    with ctx.engine.connect() as conn:
        from sqlalchemy import text

        ops = [r[0] for r in conn.execute(text("SELECT op_id FROM outbox_ops WHERE row_id = :r"), {"r": pid})]
    inbox.mark_rejected(ctx.engine, ops[0], "no_access")
    view.reload()
    assert view.rejected_model.rowCount() == 1 and view.discard.isEnabled()
    answers = [QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Discard]
    asked: list[str] = []

    def question(*args: Any, **kwargs: Any) -> QMessageBox.StandardButton:
        asked.append(args[2])
        return answers.pop(0)

    monkeypatch.setattr(QMessageBox, "question", question)
    qtbot.mouseClick(view.discard, Qt.MouseButton.LeftButton)
    assert len(asked) == 1 and view.rejected_model.rowCount() == 1
    qtbot.mouseClick(view.discard, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.rejected_model.rowCount() == 0, timeout=2_000)
    assert sync_status(ctx.engine).rejected_ops == 0


def test_rejected_change_can_be_fixed_and_resent(
    qtbot: QtBot, window: MainWindow, ctx: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    pid = list_partner_ids(ctx.engine, limit=1)[0]
    update_partner(ctx.engine, LOCAL_ACTOR, pid, {"city": "Kiel"})
    with ctx.engine.connect() as conn:
        from sqlalchemy import text

        op = conn.execute(text("SELECT op_id FROM outbox_ops WHERE row_id = :r"), {"r": pid}).scalar_one()
    inbox.mark_rejected(ctx.engine, op, "invalid_value", "city")
    view = window.conflicts
    view.reload()
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Kiel-Holtenau", True))
    qtbot.mouseClick(view.resend, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.rejected_model.rowCount() == 0, timeout=2_000)
    status = sync_status(ctx.engine)
    assert (status.rejected_ops, status.pending_ops) == (0, 1)
    with ctx.engine.connect() as conn:
        from sqlalchemy import text

        fields = conn.execute(text("SELECT fields FROM outbox_ops WHERE row_id = :r"), {"r": pid}).scalar_one()
    assert "Kiel-Holtenau" in fields and get_partner(ctx.engine, pid).city == "Kiel-Holtenau"


def test_models_pass_qtmodeltester(qtbot: QtBot, qtmodeltester: Any, window: MainWindow, ctx: AppContext) -> None:
    _wait_rows(qtbot, window.partners.model)
    qtmodeltester.check(window.partners.model)
    window.go("deals")
    _wait_rows(qtbot, window.deals.model)
    qtmodeltester.check(window.deals.model)
    window.open_partner(list_partner_ids(ctx.engine, limit=1)[0])
    qtbot.waitUntil(lambda: window.profile.bundle is not None, timeout=3_000)
    p = window.profile
    for model in (
        p.compliance_model,
        p.contacts_model,
        p.deals_model,
        p.certs_model,
        p.requests_model,
        p.claims_model,
        p.notes_model,
        p.timeline_model,
        p.audit_model,
        window.activity.model,
        *window.dashboard.models(),
        window.conflicts.conflicts_model,
        window.conflicts.rejected_model,
    ):
        qtmodeltester.check(model)
    empty: RowsTableModel[str] = RowsTableModel([Column("x", lambda s: s)])
    qtmodeltester.check(empty)


def test_settings_language_switch_emits(qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    from ui.settings import SettingsDialog, effective_language, stored_language

    chosen: list[Any] = []
    window.language_changed.connect(chosen.append)

    def fake_exec(self: SettingsDialog) -> int:
        self.language.setCurrentIndex(self.language.findData("de"))
        return 1

    monkeypatch.setattr(SettingsDialog, "exec", fake_exec)
    qtbot.keyClick(window, Qt.Key.Key_Comma, Qt.KeyboardModifier.ControlModifier)
    assert chosen == ["de"] and stored_language() == "de" and effective_language() == "de"


def test_no_sql_on_the_gui_thread(qtbot: QtBot, engine: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    """Every statement of a whole UI flow (start, list, profile, search, create, conflicts, status bar) runs on
    the db lane of the real TaskRunner; a statement on the GUI thread fails the test."""
    from sqlalchemy import event

    threads: list[threading.Thread] = []

    def record(*_args: Any) -> None:
        threads.append(threading.current_thread())

    event.listen(engine, "before_cursor_execute", record)
    runner = TaskRunner(io_workers=1)
    try:
        ctx = AppContext(runner, engine, EventBridge(), LOCAL_ACTOR, "t")
        w = MainWindow(ctx)
        qtbot.addWidget(w)
        w.show()
        _wait_rows(qtbot, w.partners.model)
        pid = w.partners.model.id_at(0)
        w.open_partner(pid)
        qtbot.waitUntil(lambda: w.profile.bundle is not None, timeout=5_000)
        w.search.open_search()
        qtbot.keyClicks(w.search.input, "ab")
        qtbot.waitUntil(lambda: w.search.status.text() != "", timeout=5_000)
        w.new_partner()
        qtbot.waitUntil(lambda: w.editor is not None, timeout=5_000)
        assert w.editor is not None
        qtbot.keyClicks(w.editor.legal_name, "Threaded GmbH")
        w.editor.submit()
        qtbot.waitUntil(lambda: not w.editor.isVisible(), timeout=5_000)
        for area in AREAS:
            w.go(area)
        qtbot.wait(200)
        qtbot.waitUntil(lambda: runner.pending() == 0, timeout=5_000)
        w.close()
    finally:
        runner.shutdown(wait=True)
        event.remove(engine, "before_cursor_execute", record)
    assert threads, "the flow ran no SQL at all"
    assert threading.main_thread() not in threads
    assert {t.name for t in threads} == {"workbench-db"}
