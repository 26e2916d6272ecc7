"""Deal registration across real sync (uvicorn server in a thread, real client engines): a partner registers a
deal on its laptop (provisional), syncs, and sees the server's verdict — a possible duplicate of an earlier
registration, explained without naming the competing partner; the channel manager rejects it from the review
queue with the keyboard and a reason; after the next sync the partner sees the rejection and its reason."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from argon2 import PasswordHasher
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import Engine

import sync.server.models  # noqa: F401  (the server tables join the shared metadata)
from sync.client.auth import login, signed_in_actor
from sync.client.engine import run_sync
from sync.client.transport import RequestsTransport
from tests.sync.client.helpers import PASSWORD, LiveServer
from tests.ui import test_deals_support as support
from tests.ui.test_deals_support import make_ctx
from ui.deals.list_view import DealsView
from ui.deals.register import RegisterDealDialog
from workbench.db.base import Base
from workbench.db.engine import server_engine
from workbench.db.registry import load_all
from workbench.deals.commands import create_deal, submit_deal
from workbench.deals.queries import get_deal
from workbench.deals.types import ConflictState, DealInput, DealProductInput, DealStatus
from workbench.ids import new_id
from workbench.paths import Workspace
from workbench.security.roles import SYSTEM, Role
from workbench.security.secrets import MemorySecretStore
from workbench.workspace import open_workspace

load_all()
runner = support.runner


@pytest.fixture
def server(tmp_path: Path) -> Iterator[tuple[LiveServer, dict[str, str]]]:
    from sync.server.app import create_app
    from sync.server.auth import create_user
    from sync.server.changelog import server_uow
    from sync.server.settings import ServerSettings
    from workbench.partners.models import Partner
    from workbench.programs.models import Product, Program

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
    cm = create_user(db, settings, email="cm@t", password=PASSWORD, role=Role.CHANNEL_MANAGER)
    ids: dict[str, str] = {}
    with server_uow(db, SYSTEM) as uow:
        program = uow.add(Program(code="P1", name="Program", currency="EUR"))
        uow.flush()
        product = uow.add(Product(program_id=program.id, sku="SRV-1", name="Server", family="hw"))
        for key, name in (("a", "Alpha GmbH"), ("b", "Beta AG")):
            partner = Partner(legal_name=name, name_norm=name.lower(), partner_type="reseller",
                              program_id=program.id, currency="EUR", owner_id=cm)  # fmt: skip
            partner.partner_id = partner.id = new_id()
            uow.add(partner)
            ids[key] = partner.id
        uow.flush()
        ids["program"], ids["product"] = program.id, product.id
    create_user(db, settings, email="a@t", password=PASSWORD, role=Role.PARTNER_USER, partner_id=ids["a"])
    create_user(db, settings, email="b@t", password=PASSWORD, role=Role.PARTNER_USER, partner_id=ids["b"])
    live = LiveServer(create_app(db, settings)).start()
    yield live, ids
    live.stop()
    db.dispose()


def _laptop(tmp_path: Path, live: LiveServer, name: str, email: str) -> tuple[Engine, Any]:
    store = MemorySecretStore()
    engine = open_workspace(Workspace.at(tmp_path / name), store)
    transport = RequestsTransport(live.url)
    login(engine, transport, store, email=email, password=PASSWORD, device_name=name, server_url=live.url)
    run_sync(engine, transport, store)

    def sync() -> None:
        run_sync(engine, transport, store)

    return engine, sync


def test_offline_registration_gets_the_servers_verdict_and_the_rejection_reason(
    qtbot: QtBot, tmp_path: Path, server: tuple[LiveServer, dict[str, str]], runner: Any
) -> None:
    live, ids = server
    b_engine, b_sync = _laptop(tmp_path, live, "beta", "b@t")
    b_actor = signed_in_actor(b_engine)
    assert b_actor is not None
    first = create_deal(
        b_engine, b_actor,
        DealInput(ids["b"], ids["program"], "Müller Systemhaus AG", "Racks", Decimal("9000"), "EUR",
                  date.today() + timedelta(days=40), customer_domain="mueller-systemhaus.de",
                  products=(DealProductInput(ids["product"]),)),
    )  # fmt: skip
    submit_deal(b_engine, b_actor, first.id)
    b_sync()  # Beta's registration reaches the server first

    a_engine, a_sync = _laptop(tmp_path, live, "alpha", "a@t")
    a_actor = signed_in_actor(a_engine)
    assert a_actor is not None and a_actor.partner_id == ids["a"]
    dialog = RegisterDealDialog(make_ctx(a_engine, runner, a_actor))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.customer, "Mueller Systemhaus GmbH")
    qtbot.keyClicks(dialog.domain, "mueller-systemhaus.de")
    qtbot.keyClicks(dialog.title_edit, "Storage")
    qtbot.keyClicks(dialog.amount, "12000")
    dialog.set_products([ids["product"]])
    with qtbot.waitSignal(dialog.saved, timeout=5000) as saved:
        qtbot.mouseClick(dialog.register_button, Qt.MouseButton.LeftButton)
    mine = saved.args[0].id
    assert get_deal(a_engine, mine).provisional  # offline: provisional until the server confirms

    a_sync()
    deal = get_deal(a_engine, mine)
    assert not deal.provisional and deal.conflict_state == ConflictState.POSSIBLE_DUPLICATE
    view = DealsView(make_ctx(a_engine, runner, a_actor))
    qtbot.addWidget(view)
    view.show()
    view.open_deal(mine)
    detail = view.list.detail
    qtbot.waitUntil(lambda: detail.bundle is not None and detail.bundle.deal.id == mine)
    text = detail.status.text()
    assert "confirmed by the server" in text and "Server check: possible duplicate" in text
    assert "A registration by another partner" in text and "Beta" not in text

    cm_engine, cm_sync = _laptop(tmp_path, live, "cm", "cm@t")
    cm_actor = signed_in_actor(cm_engine)
    queue_view = DealsView(make_ctx(cm_engine, runner, cm_actor))
    qtbot.addWidget(queue_view)
    queue_view.show()
    queue = queue_view.queue
    assert queue is not None
    queue_view.tabs.setCurrentWidget(queue)
    qtbot.waitUntil(lambda: queue.model.rowCount() == 2)
    row = next(i for i, item in enumerate(queue.model.rows) if item.deal_id == mine)
    queue.table.setCurrentIndex(queue.model.index(row, 0))
    queue.table.setFocus()
    qtbot.keyClick(queue.table, Qt.Key.Key_R)
    qtbot.keyClicks(queue.dialog.text, "Beta registered this customer first")  # type: ignore[union-attr]
    qtbot.keyClick(queue.dialog.text, Qt.Key.Key_Return)  # type: ignore[union-attr]
    qtbot.waitUntil(lambda: queue.model.rowCount() == 1)
    cm_sync()

    a_sync()
    assert get_deal(a_engine, mine).status == DealStatus.REJECTED
    view.open_deal(mine)
    qtbot.waitUntil(lambda: detail.bundle is not None and detail.bundle.deal.status == DealStatus.REJECTED)
    assert detail.reason.text() == "Reason for the rejection: Beta registered this customer first"
    assert runner.reported == []
    for eng in (a_engine, b_engine, cm_engine):
        eng.dispose()
