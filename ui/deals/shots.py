"""Screenshots of the deal registration, training, notification and CSV import screens (called by
``ui.screenshots``; ``python -m ui.deals.shots`` renders only these)."""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QWidget

SALESFORCE_SAMPLE = (
    "Opportunity Name,End Customer,Amount,CurrencyIsoCode,CloseDate,Website,Product Code,Partner Account\n"
    "Rollout Nord,Nordlicht GmbH,12500.00,EUR,2027-03-31,nordlicht.de,{sku},{partner}\n"
    'Lizenzen,"=HYPERLINK(""http://x"")","1.234,56",EUR,2027-04-30,,{sku},{partner}\n'
    "Speicher,Südwind AG,abc,EUR,2027-04-30,suedwind.de,{sku},{partner}\n"
    "Netz,Ostsee KG,100,EUR,31.05.2027,,NOPE-1,Nobody Ltd\n"
)


def prepare(engine: Any) -> dict[str, str]:
    """Make the demo replica show every feature: a fresh duplicate of an open registration of another partner,
    an approved deal with an extension request, a rejected one with its reason, reminders due."""
    from workbench.deals.commands import create_deal, submit_deal
    from workbench.deals.queries import deal_form_choices, deals_by_ids, get_deal, list_deal_ids
    from workbench.deals.sla import request_extension
    from workbench.deals.types import DealInput, DealProductInput
    from workbench.search.status import LOCAL_ACTOR

    choices = deal_form_choices(engine, LOCAL_ACTOR)
    submitted = list_deal_ids(engine, status="submitted", sort="oldest", limit=50)
    other = get_deal(engine, submitted[0])
    partner = next(p.id for p in choices.partners if p.id != other.partner_id)
    dup = create_deal(
        engine,
        LOCAL_ACTOR,
        DealInput(
            partner_id=partner,
            program_id=other.program_id,
            customer_name=other.customer_name.upper(),
            title="Rechenzentrum Erweiterung",
            amount=Decimal("84000"),
            currency=other.currency,
            expected_close=datetime.now(UTC).date() + timedelta(days=75),
            customer_domain=other.customer_domain,
            products=tuple(DealProductInput(p.product_id) for p in other.products),
        ),
    )
    submit_deal(engine, LOCAL_ACTOR, dup.id)
    approved = list_deal_ids(engine, status="approved", sort="oldest", limit=200)
    today = datetime.now(UTC).date()
    live = [r for r in deals_by_ids(engine, approved) if r.protection_until and r.protection_until >= today]
    ext = live[0].id
    until = live[0].protection_until
    assert until is not None
    request_extension(engine, LOCAL_ACTOR, ext, until + timedelta(days=30), "Vorstandssitzung des Kunden im März")
    rejected = list_deal_ids(engine, status="rejected", limit=1)[0]
    return {
        "duplicate": dup.id,
        "original": other.id,
        "approved": live[-1].id,
        "rejected": rejected,
        "partner": partner,
        "partner_name": next(p.name for p in choices.partners if p.id == partner),
        "customer": other.customer_name,
        "domain": other.customer_domain or "",
        "product": other.products[0].product_id if other.products else "",
        "sku": other.products[0].sku if other.products else "",
    }


def grab_screens(
    app: Any, window: Any, grab: Callable[[QWidget, str], None], facts: dict[str, str], prefix: str, tmp: Path
) -> None:
    """Deals list + detail (approved with countdown, rejected with reason), register form with the duplicate
    warning, review queue, side-by-side comparison, training, notifications and the CSV import preview."""
    from PySide6.QtTest import QTest

    deals = window.area("deals")
    window.go("deals")
    deals.open_deal(facts["approved"])
    grab(window, f"{prefix}deal-detail-approved")
    deals.open_deal(facts["rejected"])
    grab(window, f"{prefix}deal-detail-rejected")
    deals.open_deal(facts["duplicate"])
    grab(window, f"{prefix}deal-detail-duplicate")
    compare = deals.compare(facts["duplicate"], facts["original"])
    grab(compare, f"{prefix}deal-compare")
    compare.close()
    dialog = deals.register()
    grab(dialog, f"{prefix}deal-register")  # (waits until the form's choices have arrived)
    partner = dialog.partner.findData(facts["partner"])
    dialog.partner.setCurrentIndex(max(partner, 0))
    QTest.keyClicks(dialog.customer, facts["customer"].lower())
    if facts["domain"]:
        QTest.keyClicks(dialog.domain, "www." + facts["domain"])
    QTest.keyClicks(dialog.title_edit, "Speichererweiterung")
    QTest.keyClicks(dialog.amount, "48500")
    dialog.set_products([facts["product"]])
    dialog.check_duplicates()
    grab(dialog, f"{prefix}deal-register-duplicate")
    dialog.close()
    if deals.queue is not None:
        deals.tabs.setCurrentWidget(deals.queue)
        grab(window, f"{prefix}deal-review-queue")
        deals.tabs.setCurrentIndex(0)
    window.go("training")
    view = window.area("training")
    grab(window, f"{prefix}training")
    row = next((i for i, r in enumerate(view.people_model.rows) if r.expiring or r.expired or r.active), 0)
    view.people.setCurrentIndex(view.people_model.index(row, 0))
    grab(window, f"{prefix}training-person")
    window.go("partners")
    window.show_notifications()
    window.notifier.refresh()
    grab(window, f"{prefix}notifications")
    window.notifications_dock.hide()
    csv = tmp / f"{prefix}opportunities.csv"
    csv.write_text(SALESFORCE_SAMPLE.format(sku=facts["sku"], partner=facts["partner_name"]), "utf-8")
    window.go("deals")
    wizard = deals.import_csv()
    wizard.source_page.path.setText(str(csv))
    wizard.next()
    grab(wizard, f"{prefix}csv-import-mapping")
    wizard.next()
    grab(wizard, f"{prefix}csv-import-preview")
    wizard.reject()


def main() -> int:  # pragma: no cover - a developer tool
    import os

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QCoreApplication, QSettings
    from PySide6.QtWidgets import QApplication

    from ui import screenshots
    from ui.app import apply_language
    from ui.bridge import EventBridge
    from ui.context import AppContext
    from ui.main_window import MainWindow
    from ui.tasks import TaskRunner
    from workbench.search.status import LOCAL_ACTOR

    QCoreApplication.setOrganizationName("PartnerWorkbenchScreenshots")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    tmp = Path(tempfile.mkdtemp(prefix="workbench-deal-shots-"))
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp / "settings"))
    app = QApplication.instance() or QApplication([])
    assert isinstance(app, QApplication)
    app.setStyle("Fusion")
    engine, _pid = screenshots._demo_workspace(tmp / "ws")
    facts = prepare(engine)
    runner = TaskRunner()
    bridge = EventBridge(app)
    out = screenshots.OUT

    def grab(widget: QWidget, name: str) -> None:
        screenshots._settle(app, runner)
        widget.grab().save(str(out / f"{name}.png"))
        print(out / f"{name}.png")

    for lang, prefix in (("en", ""), ("de", "de-")):
        apply_language(app, lang)
        w = MainWindow(AppContext(runner, engine, bridge, LOCAL_ACTOR, "demo"))
        w.resize(1400, 900)
        w.show()
        screenshots._settle(app, runner)
        grab_screens(app, w, grab, facts, prefix, tmp)
        w.close()
    runner.shutdown(wait=True)
    engine.dispose()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
