"""The channel manager's review queue: 50 registrations cleared with the keyboard alone, the reason dialog,
bulk selection, overdue SLA flags, extension requests, and the model under qtmodeltester."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import Engine, update

from tests.ui import test_deals_support as support
from tests.ui.test_deals_support import CM, World, make_ctx, register
from ui.deals.review import ReviewQueueView
from workbench.deals import commands as dc
from workbench.deals.models import DealRegistration
from workbench.deals.queries import get_deal
from workbench.deals.sla import ExtensionStatus, extension_requests, request_extension
from workbench.deals.types import DealStatus

engine, world, runner = support.engine, support.world, support.runner


def _queue(qtbot: QtBot, engine: Engine, runner: Any, clock: Any = None) -> ReviewQueueView:
    ctx = make_ctx(engine, runner, CM)
    view = ReviewQueueView(ctx, clock) if clock else ReviewQueueView(ctx)
    qtbot.addWidget(view)
    view.resize(1200, 700)
    view.show()
    qtbot.waitExposed(view)
    view.table.setFocus()
    return view


def _key(
    qtbot: QtBot, view: ReviewQueueView, key: Qt.Key, mods: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
) -> None:
    qtbot.keyClick(view.table, key, mods)


def test_fifty_registrations_cleared_with_the_keyboard_alone(
    qtbot: QtBot, engine: Engine, world: World, runner: Any, qtmodeltester: Any
) -> None:
    ids = [register(engine, world, customer=f"Kunde {i:02d} GmbH", domain=None) for i in range(50)]
    view = _queue(qtbot, engine, runner)
    qtbot.waitUntil(lambda: view.model.rowCount() == 50)
    qtmodeltester.check(view.model)
    assert view.count.text().startswith("50 waiting")
    # 20 one at a time: A approves the current row, the cursor stays on the next one.
    for _ in range(20):
        _key(qtbot, view, Qt.Key.Key_A)
    qtbot.waitUntil(lambda: view.model.rowCount() == 30)
    # J/K move; R asks for a reason, typed and confirmed with Enter.
    _key(qtbot, view, Qt.Key.Key_J)
    _key(qtbot, view, Qt.Key.Key_J)
    _key(qtbot, view, Qt.Key.Key_K)
    target = view.selected_items()[0].deal_id
    assert target == view.model.row_at(1).deal_id
    _key(qtbot, view, Qt.Key.Key_R)
    assert view.dialog is not None and view.dialog.isVisible()
    qtbot.keyClicks(view.dialog.text, "Registered earlier by another partner")
    qtbot.keyClick(view.dialog.text, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: view.model.rowCount() == 29)
    # I: request information for the current row (question optional, Enter confirms).
    _key(qtbot, view, Qt.Key.Key_I)
    qtbot.keyClicks(view.dialog.text, "Which site?")
    qtbot.keyClick(view.dialog.text, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: view.model.rowCount() == 28)
    # Bulk: Shift+J widens the selection, then R rejects all selected with one reason.
    _key(qtbot, view, Qt.Key.Key_Home)
    for _ in range(4):
        _key(qtbot, view, Qt.Key.Key_J, Qt.KeyboardModifier.ShiftModifier)
    assert len(view.selected_items()) == 5
    _key(qtbot, view, Qt.Key.Key_R)
    qtbot.keyClicks(view.dialog.text, "Customer outside the territory")
    qtbot.keyClick(view.dialog.text, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: view.model.rowCount() == 23)
    # The rest at once: Ctrl+A, A.
    _key(qtbot, view, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    _key(qtbot, view, Qt.Key.Key_A)
    qtbot.waitUntil(lambda: view.model.rowCount() == 0)
    assert view.count.text().startswith("0 waiting")
    statuses = [get_deal(engine, i).status for i in ids]
    assert statuses.count(DealStatus.APPROVED) == 43
    assert statuses.count(DealStatus.REJECTED) == 6
    assert statuses.count(DealStatus.INFO_REQUESTED) == 1
    rejected = get_deal(engine, target)
    assert (
        rejected.status == DealStatus.REJECTED and rejected.decision_reason == "Registered earlier by another partner"
    )
    assert runner.reported == []


def test_reject_needs_a_reason_and_cancel_changes_nothing(
    qtbot: QtBot, engine: Engine, world: World, runner: Any
) -> None:
    deal_id = register(engine, world)
    view = _queue(qtbot, engine, runner)
    qtbot.waitUntil(lambda: view.model.rowCount() == 1)
    _key(qtbot, view, Qt.Key.Key_R)
    dialog = view.dialog
    assert dialog is not None and not dialog.ok.isEnabled()
    qtbot.keyClicks(dialog.text, "   ")
    qtbot.keyClick(dialog.text, Qt.Key.Key_Return)  # blank: refused, the dialog stays open
    assert dialog.isVisible() and "required" in dialog.error.message
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert get_deal(engine, deal_id).status == DealStatus.SUBMITTED
    assert view.model.rowCount() == 1


def test_overdue_reviews_are_flagged(qtbot: QtBot, engine: Engine, world: World, runner: Any) -> None:
    old = register(engine, world, customer="Alt GmbH", domain=None)
    register(engine, world, customer="Neu GmbH", domain=None)
    monday = datetime(2026, 11, 2, 9, tzinfo=UTC)
    with engine.begin() as conn:  # submitted on a Monday: due Thursday, overdue from Friday
        conn.execute(update(DealRegistration).where(DealRegistration.id == old).values(submitted_at=monday))
    view = _queue(qtbot, engine, runner, clock=lambda: datetime(2026, 11, 10, 12, tzinfo=UTC))
    qtbot.waitUntil(lambda: view.model.rowCount() == 2)
    first = view.model.row_at(0)
    assert first.deal_id == old and first.overdue and first.overdue_days == 3
    assert view.model.data(view.model.index(0, 0)) == "OVERDUE by 3 working days"
    assert view.model.data(view.model.index(0, 0), Qt.ItemDataRole.BackgroundRole) is not None
    assert view.model.data(view.model.index(1, 0), Qt.ItemDataRole.BackgroundRole) is None
    assert "1 overdue" in view.count.text()


def test_extension_requests_are_granted_with_e(qtbot: QtBot, engine: Engine, world: World, runner: Any) -> None:
    deal_id = register(engine, world)
    dc.approve_deal(engine, CM, deal_id)
    until = get_deal(engine, deal_id).protection_until
    assert until is not None
    request_extension(engine, world.partner_user(), deal_id, until + timedelta(days=30), "Customer board meets late")
    view = _queue(qtbot, engine, runner)
    qtbot.waitUntil(lambda: view.model.rowCount() == 1)
    assert view.model.data(view.model.index(0, 1)).startswith("Extension to")
    _key(qtbot, view, Qt.Key.Key_I)  # not for extension requests: nothing happens
    assert view.dialog is None
    _key(qtbot, view, Qt.Key.Key_E)
    qtbot.waitUntil(lambda: view.model.rowCount() == 0)
    assert get_deal(engine, deal_id).protection_until == until + timedelta(days=30)
    assert extension_requests(engine, CM)[0].status == ExtensionStatus.GRANTED
