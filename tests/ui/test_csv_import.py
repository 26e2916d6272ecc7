"""The CSV import wizard: a Salesforce deal export with broken rows is previewed with every row's error before
anything is written; with errors nothing is imported unless "only the valid rows" is chosen; the mapping is
editable; a file missing a required column cannot go on; a non-UTF-8 file is flagged. Models under
qtmodeltester."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QWizard
from pytestqt.qtbot import QtBot
from sqlalchemy import Engine

from tests.ui import test_deals_support as support
from tests.ui.test_deals_support import CM, World, make_ctx
from ui.csv_import import CsvImportWizard
from ui.tasks import TaskRunner
from workbench.deals.queries import count_deals, get_deal, list_deal_ids

engine, world, runner = support.engine, support.world, support.runner

SALESFORCE = (
    "Opportunity Name,End Customer,Amount,CurrencyIsoCode,CloseDate,Website,Product Code,Partner Account\n"
    "Rollout,Nordlicht GmbH,12500.00,EUR,2027-03-31,nordlicht.de,SRV-1,Alpha Systems GmbH\n"
    'Licences,"=HYPERLINK(""http://evil"")","1.234,56",EUR,2027-04-30,,LIC-1,Alpha Systems GmbH\n'
    "Broken,Südwind AG,abc,EUR,2027-04-30,suedwind.de,SRV-1,Alpha Systems GmbH\n"
    "Unknown partner,Ostsee KG,100,EUR,31.05.2027,,SRV-1,Nobody Ltd\n"
)


def _wizard(qtbot: QtBot, engine: Engine, runner: Any, actor: Any = CM) -> CsvImportWizard:
    w = CsvImportWizard(make_ctx(engine, runner, actor))
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    return w


def _to_preview(qtbot: QtBot, w: CsvImportWizard, path: Path) -> None:
    w.source_page.path.setText(str(path))
    w.next()
    qtbot.waitUntil(lambda: w.currentPage() is w.mapping_page)


def test_preview_lists_every_rows_errors_and_only_valid_rows_are_imported(
    qtbot: QtBot, engine: Engine, world: World, runner: Any, tmp_path: Path, qtmodeltester: Any
) -> None:
    path = tmp_path / "opportunities.csv"
    path.write_text(SALESFORCE, "utf-8")
    w = _wizard(qtbot, engine, runner)
    _to_preview(qtbot, w, path)
    assert "Salesforce" in w.mapping_page.info.text()
    assert w.mapping_page.combos["customer_name"].currentData() == "End Customer"
    w.next()
    page = w.preview_page
    qtbot.waitUntil(lambda: w.preview is not None)
    qtmodeltester.check(page.model)
    assert w.preview.total == 4 and w.preview.valid_count == 2  # type: ignore[union-attr]
    assert "4 rows: 2 valid, 2 with errors" in page.summary.text()
    lines = {r.line: r for r in page.model.rows}
    assert lines[4].errors.startswith("“abc” is not a valid amount")
    assert "Nobody Ltd" in lines[5].errors
    assert lines[2].ok and lines[3].ok
    # With errors, Import stays disabled and nothing is written.
    assert not w.button(QWizard.WizardButton.FinishButton).isEnabled()
    assert count_deals(engine) == 0
    page.only_valid.setChecked(True)
    assert w.button(QWizard.WizardButton.FinishButton).isEnabled()
    with qtbot.waitSignal(w.imported, timeout=5000) as got:
        w.button(QWizard.WizardButton.FinishButton).click()
    result = got.args[0]
    assert (result.created, result.skipped) == (2, 2)
    names = sorted(get_deal(engine, i).customer_name for i in list_deal_ids(engine))
    assert names == ['=HYPERLINK("http://evil")', "Nordlicht GmbH"]  # stored as text, never evaluated
    assert runner.reported == []


def test_mapping_is_editable_and_required_fields_are_enforced(
    qtbot: QtBot, engine: Engine, world: World, runner: Any, tmp_path: Path
) -> None:
    path = tmp_path / "custom.csv"
    path.write_text("Deal;Kunde;Wert;Abschluss;Artikel\nServer;Nordlicht GmbH;1.000,00;31.03.2027;SRV-1\n", "utf-8")
    w = _wizard(qtbot, engine, runner)
    w.source_page.partner.setCurrentIndex(w.source_page.partner.findData(world.partner_a))
    _to_preview(qtbot, w, path)
    page = w.mapping_page
    assert not page.isComplete() and "required" in page.error.message.lower()
    for fld, header in (
        ("title", "Deal"),
        ("customer_name", "Kunde"),
        ("amount", "Wert"),
        ("expected_close", "Abschluss"),
        ("products", "Artikel"),
    ):
        page.combos[fld].setCurrentIndex(page.combos[fld].findData(header))
    assert page.isComplete()
    w.next()
    qtbot.waitUntil(lambda: w.preview is not None)
    assert w.preview.valid_count == 1 and not w.preview.has_errors  # type: ignore[union-attr]
    with qtbot.waitSignal(w.imported, timeout=5000):
        w.button(QWizard.WizardButton.FinishButton).click()
    [deal_id] = list_deal_ids(engine)
    deal = get_deal(engine, deal_id)
    assert (deal.amount_minor, deal.partner_id, deal.status.value) == (100_000, world.partner_a, "draft")


def test_missing_file_and_windows_encoding(
    qtbot: QtBot, engine: Engine, world: World, runner: Any, tmp_path: Path
) -> None:
    w = _wizard(qtbot, engine, runner)
    w.source_page.path.setText(str(tmp_path / "nope.csv"))
    w.next()
    assert w.currentPage() is w.source_page and w.source_page.error.message
    path = tmp_path / "win.csv"
    path.write_bytes(SALESFORCE.replace("Südwind", "Südwind").encode("cp1252"))
    _to_preview(qtbot, w, path)
    assert "not UTF-8" in w.mapping_page.info.text()
    w.next()
    qtbot.waitUntil(lambda: w.preview is not None)
    assert any("Südwind" in r.values for r in w.preview_page.model.rows)
    w.reject()
    assert count_deals(engine) == 0  # cancelled after the preview: nothing written


def test_the_import_can_be_cancelled_while_it_writes_and_writes_nothing(
    qtbot: QtBot, engine: Engine, world: World, runner: Any, tmp_path: Path, monkeypatch: Any
) -> None:
    import threading

    from ui import csv_import

    path = tmp_path / "opportunities.csv"
    path.write_text(SALESFORCE, "utf-8")
    started, release = threading.Event(), threading.Event()
    real = csv_import.run_import

    def held(*args: Any, progress: Any, **kw: Any) -> Any:
        def wait_then_report(done: int, total: int) -> None:
            started.set()
            release.wait(10)
            progress(done, total)

        return real(*args, progress=wait_then_report, **kw)

    monkeypatch.setattr(csv_import, "run_import", held)
    threaded = TaskRunner(io_workers=1)  # the write on a real db lane, so the user can click while it runs
    try:
        w = _wizard(qtbot, engine, threaded)
        _to_preview(qtbot, w, path)
        w.next()
        page = w.preview_page
        qtbot.waitUntil(lambda: w.preview is not None)
        page.only_valid.setChecked(True)
        w.button(QWizard.WizardButton.FinishButton).click()
        qtbot.waitUntil(started.is_set)
        assert page.cancel.isVisible() and page.cancel.text() == "&Cancel import"
        page.cancel.click()
        release.set()
        qtbot.waitUntil(lambda: "Import cancelled" in page.status.text())
        assert count_deals(engine) == 0 and w.result is None and w.isVisible()
        assert w.button(QWizard.WizardButton.CancelButton).isEnabled()
        # the user can still import afterwards
        monkeypatch.setattr(csv_import, "run_import", real)
        with qtbot.waitSignal(w.imported, timeout=10000):
            w.button(QWizard.WizardButton.FinishButton).click()
        assert count_deals(engine) == 2
    finally:
        release.set()
        threaded.shutdown()
