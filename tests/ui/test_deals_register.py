"""The register-deal form: validation as you type, the live duplicate warning (why two registrations match,
never naming the competing partner to a partner user; the vendor sees it), provisional until the server
confirms, and bad input that changes nothing."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import Engine

from tests.ui import test_deals_support as support
from tests.ui.test_deals_support import CM, World, make_ctx, register
from ui.deals.register import RegisterDealDialog
from workbench.deals.queries import count_deals, get_deal, list_deal_ids
from workbench.deals.types import DealStatus

engine, world, runner = support.engine, support.world, support.runner


def _dialog(qtbot: QtBot, engine: Engine, runner: Any, actor: Any) -> RegisterDealDialog:
    dialog = RegisterDealDialog(make_ctx(engine, runner, actor))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def _fill(qtbot: QtBot, d: RegisterDealDialog, world: World, customer: str, domain: str = "") -> None:
    qtbot.keyClicks(d.customer, customer)
    if domain:
        qtbot.keyClicks(d.domain, domain)
    qtbot.keyClicks(d.title_edit, "Storage expansion")
    qtbot.keyClicks(d.amount, "48,500.00")
    d.set_products([world.product_1])


def test_partner_sees_why_it_collides_but_not_with_whom(
    qtbot: QtBot, engine: Engine, world: World, runner: Any
) -> None:
    register(engine, world, partner=world.partner_b, customer="Müller Systemhaus AG", domain="mueller-systemhaus.de")
    d = _dialog(qtbot, engine, runner, world.partner_user())
    assert d.partner.count() == 1 and not d.partner.isEnabled()  # a partner registers for itself only
    with qtbot.waitSignal(d.duplicates_shown, timeout=3000, check_params_cb=lambda n: n == 1):
        _fill(qtbot, d, world, "mueller systemhaus gmbh", "www.mueller-systemhaus.de")
    assert d.warning.isVisible()
    text = d.warning_text.text()
    assert "another partner" in text
    assert "“mueller systemhaus”" in text and "mueller-systemhaus.de" in text and "SRV-1 Server" in text
    assert "registered first" in text and "confirmed by the server" in text
    assert "Beta" not in text and "Datacenter refresh" not in text  # no identity, no title of the other deal
    # A different product: no overlap, no warning.
    with qtbot.waitSignal(d.duplicates_shown, timeout=3000, check_params_cb=lambda n: n == 0):
        d.set_products([world.product_2])
    assert not d.warning.isVisible()
    with qtbot.waitSignal(d.saved, timeout=3000) as saved:
        qtbot.mouseClick(d.register_button, Qt.MouseButton.LeftButton)
    deal = get_deal(engine, saved.args[0].id)
    assert deal.status == DealStatus.SUBMITTED and deal.provisional and deal.server_received_at is None
    assert deal.amount_minor == 4_850_000 and deal.partner_id == world.partner_a
    assert runner.reported == []


def test_vendor_sees_the_competing_partner(qtbot: QtBot, engine: Engine, world: World, runner: Any) -> None:
    register(engine, world, partner=world.partner_b, customer="Müller Systemhaus AG", domain=None)
    d = _dialog(qtbot, engine, runner, CM)
    assert d.partner.count() == 2
    with qtbot.waitSignal(d.duplicates_shown, timeout=3000, check_params_cb=lambda n: n == 1):
        _fill(qtbot, d, world, "Mueller Systemhaus")
    assert "Beta IT AG" in d.warning_text.text() and "Datacenter refresh" in d.warning_text.text()


def test_bad_input_is_explained_and_writes_nothing(qtbot: QtBot, engine: Engine, world: World, runner: Any) -> None:
    d = _dialog(qtbot, engine, runner, world.partner_user())
    _fill(qtbot, d, world, "Nordlicht GmbH", "nordlicht")
    assert "not a valid web domain" in d.form.binding("customer_domain").message
    assert not d.register_button.isEnabled()
    d.domain.clear()
    qtbot.keyClicks(d.domain, "nordlicht.de")
    d.amount.clear()
    qtbot.keyClicks(d.amount, "-5")
    assert "cannot be negative" in d.form.binding("amount").message
    d.amount.clear()
    qtbot.keyClicks(d.amount, "10")
    d.set_products([])
    d.save(submit=True)
    assert "at least one product" in d.products_error.message
    # The command's own check (expected close in the past) comes back next to the form, nothing written.
    d.set_products([world.product_1])
    d.expected_close.setDate(d.expected_close.date().addDays(-400))
    d.save(submit=True)
    assert d.general_error.message and d.isVisible()
    assert count_deals(engine) == 0 and list_deal_ids(engine) == []
