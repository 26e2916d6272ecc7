"""The Deals area: list with the protection countdown, detail with status history, rejection reason,
duplicates and the extension request, the side-by-side comparison with highlighted matches, CSV export, and
every model under qtmodeltester."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import Engine

from tests.ui import test_deals_support as support
from tests.ui.test_deals_support import CM, World, make_ctx, register
from ui.deals.common import days_left_text, protection_text
from ui.deals.list_view import DealsView
from workbench.deals import commands as dc
from workbench.deals.queries import get_deal
from workbench.deals.sla import ExtensionStatus, extension_requests

engine, world, runner = support.engine, support.world, support.runner


def _area(qtbot: QtBot, engine: Engine, runner: Any, actor: Any, clock: Any = None) -> DealsView:
    view = DealsView(make_ctx(engine, runner, actor), clock) if clock else DealsView(make_ctx(engine, runner, actor))
    qtbot.addWidget(view)
    view.resize(1400, 900)
    view.show()
    qtbot.waitExposed(view)
    return view


def test_protection_countdown_texts() -> None:
    today = datetime(2026, 11, 26, tzinfo=UTC).date()
    assert protection_text(today + timedelta(days=23), "approved", today).startswith("Protected for 23 more days")
    assert protection_text(today + timedelta(days=1), "approved", today).startswith("Protected for 1 more day ")
    assert protection_text(today, "approved", today).startswith("Protection ends today")
    assert protection_text(today - timedelta(days=1), "expired", today).startswith("Protection expired on")
    assert days_left_text(today + timedelta(days=5), "approved", today) == "5 d left"
    assert days_left_text(today - timedelta(days=5), "approved", today) == "expired"
    assert days_left_text(None, "submitted", today) == ""


def test_partner_sees_rejection_reason_history_and_countdown(
    qtbot: QtBot, engine: Engine, world: World, runner: Any, qtmodeltester: Any
) -> None:
    rejected = register(engine, world, customer="Zeta GmbH", domain=None)
    dc.reject_deal(engine, CM, rejected, "Outside your territory")
    approved = register(engine, world, customer="Omega AG", domain=None)
    dc.approve_deal(engine, CM, approved)
    view = _area(qtbot, engine, runner, world.partner_user())
    assert view.queue is None  # partners have no review queue
    qtbot.waitUntil(lambda: view.model.rowCount() == 2 and view.model.is_loaded(0))
    qtmodeltester.check(view.model)
    view.list.select(rejected)
    detail = view.list.detail
    qtbot.waitUntil(lambda: detail.bundle is not None and detail.bundle.deal.id == rejected)
    assert detail.reason.text() == "Reason for the rejection: Outside your territory"
    assert "provisional" in detail.status.text()
    assert [detail.history_model.data(detail.history_model.index(r, 1)) for r in range(3)] == [
        "Created as draft",
        "Submitted",
        "Rejected",
    ]
    qtmodeltester.check(detail.history_model)
    view.list.select(approved)
    qtbot.waitUntil(lambda: detail.bundle is not None and detail.bundle.deal.id == approved)
    assert detail.countdown.text().startswith("Protected for 90 more days")
    row = view.model.row_of(approved)
    assert view.model.data(view.model.index(row, 3)) == "90 d left"
    # Request an extension (keyboard: type the reason, Enter on OK).
    assert detail.extend_button.isVisible()
    qtbot.mouseClick(detail.extend_button, Qt.MouseButton.LeftButton)
    dialog = detail.extension_dialog
    assert dialog is not None and not dialog.ok.isEnabled()
    qtbot.keyClicks(dialog.reason, "The customer's board meets in March")
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "requested, waiting" in detail.reason.text())
    [req] = extension_requests(engine, CM, deal_id=approved)
    assert req.status == ExtensionStatus.REQUESTED and req.reason == "The customer's board meets in March"
    assert not detail.extend_button.isVisible()  # one open request per deal
    assert runner.reported == []


def test_duplicates_in_detail_and_side_by_side_comparison(
    qtbot: QtBot, engine: Engine, world: World, runner: Any, qtmodeltester: Any
) -> None:
    first = register(engine, world, partner=world.partner_b, customer="Müller Systemhaus AG", title="Storage")
    second = register(engine, world, customer="mueller systemhaus gmbh", products=(world.product_1, world.product_2))
    view = _area(qtbot, engine, runner, CM)
    assert view.queue is not None
    view.open_deal(second)
    detail = view.list.detail
    qtbot.waitUntil(lambda: detail.bundle is not None and detail.bundle.deal.id == second)
    assert "Beta IT AG" in detail.duplicates.text() and "registered first" in detail.duplicates.text()
    assert detail.compare_button.isVisible()
    qtbot.mouseClick(detail.compare_button, Qt.MouseButton.LeftButton)
    dialog = view.compare_dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.pair is not None)
    qtmodeltester.check(dialog.model)
    rows = {r.key: r for r in dialog.model.rows}
    assert rows["norm"].same and rows["norm"].left == rows["norm"].right == "mueller systemhaus"
    assert rows["domain"].same and rows["products"].same and not rows["partner"].same
    assert rows["products"].left == "LIC-1 Licence, ✓ SRV-1 Server"
    norm_row = dialog.model.rows.index(rows["norm"])
    assert dialog.model.data(dialog.model.index(norm_row, 1), Qt.ItemDataRole.BackgroundRole) is not None
    partner_row = dialog.model.rows.index(rows["partner"])
    assert dialog.model.data(dialog.model.index(partner_row, 1), Qt.ItemDataRole.BackgroundRole) is None
    assert "Beta IT AG" in dialog.why.text()
    assert get_deal(engine, first).partner_id == world.partner_b


def test_partner_cannot_compare_with_another_partners_registration(
    qtbot: QtBot, engine: Engine, world: World, runner: Any
) -> None:
    register(engine, world, partner=world.partner_b, customer="Müller Systemhaus AG")
    mine = register(engine, world, customer="Mueller Systemhaus")
    view = _area(qtbot, engine, runner, world.partner_user())
    view.open_deal(mine)
    detail = view.list.detail
    qtbot.waitUntil(lambda: detail.bundle is not None)
    assert "another partner" in detail.duplicates.text() and "Beta" not in detail.duplicates.text()
    assert not detail.compare_button.isVisible()


def test_export_writes_a_spreadsheet_friendly_file(
    qtbot: QtBot, engine: Engine, world: World, runner: Any, tmp_path: Path
) -> None:
    register(engine, world, customer='=HYPERLINK("http://x") GmbH', domain=None)
    view = _area(qtbot, engine, runner, CM)
    target = tmp_path / "deals.csv"
    view.list.export(str(target))
    qtbot.waitUntil(lambda: view.list.export_path == str(target))
    data = target.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    assert "'=HYPERLINK" in data.decode("utf-8-sig")
    contacts = tmp_path / "contacts.csv"
    view.list.export(str(contacts), kind="contacts")
    qtbot.waitUntil(lambda: view.list.export_path == str(contacts))
    assert "Adams" in contacts.read_bytes().decode("utf-8-sig")
    assert [a.text() for a in view.list.export_button.menu().actions()] == [
        "Deal registrations…",
        "Contacts…",
        "Partners…",
    ]


def test_partner_sees_the_servers_duplicate_verdict_without_the_competitor(
    qtbot: QtBot, engine: Engine, world: World, runner: Any
) -> None:
    # As on the server (replica=False): B's registration is received first, then A's is checked against it.
    first = register(engine, world, partner=world.partner_b, customer="Müller Systemhaus AG", submit=False)
    dc.submit_deal(engine, world.partner_user(world.partner_b), first, replica=False)
    mine = register(engine, world, customer="mueller systemhaus gmbh", submit=False)
    dc.submit_deal(engine, world.partner_user(), mine, replica=False)
    clear = register(engine, world, customer="Ganz Anders KG", domain=None, submit=False, products=(world.product_2,))
    dc.submit_deal(engine, world.partner_user(), clear, replica=False)
    view = _area(qtbot, engine, runner, world.partner_user())
    view.open_deal(mine)
    detail = view.list.detail
    qtbot.waitUntil(lambda: detail.bundle is not None and detail.bundle.deal.id == mine)
    text = detail.status.text()
    assert "confirmed by the server" in text and "Server check: possible duplicate" in text
    assert "A registration by another partner" in text and "“mueller systemhaus”" in text and "SRV-1" in text
    assert "Beta" not in text
    view.open_deal(clear)
    qtbot.waitUntil(lambda: detail.bundle is not None and detail.bundle.deal.id == clear)
    assert "Server check: no earlier registration" in detail.status.text()
