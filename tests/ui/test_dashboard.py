"""The analytics dashboard on a demo workspace (migrated: the deal totals of revision 0003 are in): tiles show
the KPI figures, filters change them, a tile opens the drill-down with the formula and the right records, the
attention list opens partners, CSV and QBR export write files, the models pass qtmodeltester, and QtCharts is
not imported with the shell."""

from __future__ import annotations

import shutil
import subprocess
import sys
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from ui.bridge import EventBridge
from ui.context import AppContext
from ui.dashboard import texts
from ui.dashboard.view import DashboardView, last_complete_quarter, period_for
from ui.tasks import SyncTaskRunner
from workbench.analytics import board, kpis
from workbench.analytics.health import health_scores
from workbench.analytics.types import Kpi, Part, Period, Scope
from workbench.demo import TODAY, DemoSizes, seed_demo
from workbench.paths import Workspace
from workbench.search.status import LOCAL_ACTOR
from workbench.security.secrets import MemorySecretStore
from workbench.workspace import open_workspace


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, MemorySecretStore]:
    root = tmp_path_factory.mktemp("template") / "ws"
    store = MemorySecretStore()
    eng = open_workspace(Workspace.at(root), store)
    seed_demo(eng, DemoSizes(partners=60, deals=900, training_events=200, mdf_requests=60))
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
def ctx(engine: Any, sync_runner: SyncTaskRunner) -> AppContext:
    return AppContext(sync_runner, engine, EventBridge(), LOCAL_ACTOR, "test")


@pytest.fixture
def view(ctx: AppContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> DashboardView:
    monkeypatch.setattr("workbench.clock.today", lambda: TODAY)
    v = DashboardView(ctx)
    qtbot.addWidget(v)
    v.resize(1280, 900)
    v.show()
    qtbot.waitUntil(lambda: v.data is not None and v.health is not None, timeout=10_000)
    return v


def _period() -> Period:
    return period_for("12m", TODAY)


def test_tiles_show_the_kpi_figures(view: DashboardView, engine: Any) -> None:
    assert view.filters().period == Period(date(2025, 12, 1), TODAY)
    expected = kpis.dashboard(engine, _period())
    revenue = expected[Kpi.REVENUE].value
    assert isinstance(revenue, int) and revenue > 0  # the demo has revenue
    for kpi, tile in view.tiles.items():
        assert tile.value.text() == texts.value_text(expected[kpi]), kpi
    # the tiles' figures are the ones read from the deals alone
    assert expected == kpis.dashboard(engine, _period(), use_totals=False)
    assert view.tiles[Kpi.REVENUE].trend.text()  # a trend against the previous 12 months


def test_charts_show_the_figures(view: DashboardView) -> None:
    d = view.data
    assert d is not None
    total = d.figures[Kpi.REVENUE].value
    assert isinstance(total, int) and total > 0
    # the months add up to the period (each month converted and rounded on its own: at most ½ minor unit each)
    assert abs(sum(m.revenue_minor for m in d.revenue_by_month) - total) <= len(d.revenue_by_month) / 2
    assert len(view.revenue_chart.categories()) == len(d.revenue_by_month) == 12
    assert view.funnel_chart.series_values() == [[d.funnel.lost, d.funnel.won, d.funnel.decided, d.funnel.submitted]]
    assert d.funnel.won == d.figures[Kpi.WIN_RATE].numerator
    assert d.funnel.won + d.funnel.lost == d.figures[Kpi.WIN_RATE].denominator
    h = view.health
    assert h is not None
    assert view.health_chart.series_values() == [[float(n) for n in h.buckets]]
    assert sum(h.buckets) == h.partners == 60


def test_filters_change_the_figures(view: DashboardView, engine: Any, qtbot: QtBot) -> None:
    everyone = view.tiles[Kpi.REVENUE].value.text()
    options = board.filter_options(engine)
    assert options.segments and options.regions and options.tiers
    for segment in options.segments:
        scoped = kpis.dashboard(engine, _period(), scope=Scope(segment=segment))
        if texts.value_text(scoped[Kpi.REVENUE]) != everyone:
            break
    view.segment.setCurrentIndex(view.segment.findData(segment))
    qtbot.waitUntil(lambda: view.data is not None and view.data.scope == Scope(segment=segment), timeout=5_000)
    assert view.tiles[Kpi.REVENUE].value.text() == texts.value_text(scoped[Kpi.REVENUE]) != everyone
    assert view.tiles[Kpi.WIN_RATE].value.text() == texts.value_text(scoped[Kpi.WIN_RATE])
    h = view.health
    assert h is not None and h.partners < 60
    # a tier on top narrows further; the period filter moves the dates
    tier_id = options.tiers[0][0]
    view.tier.setCurrentIndex(view.tier.findData(tier_id))
    both = kpis.dashboard(engine, _period(), scope=Scope(segment=segment, tier_id=tier_id))
    assert view.tiles[Kpi.PIPELINE].value.text() == texts.value_text(both[Kpi.PIPELINE])
    view.period.setCurrentIndex(view.period.findData("last_quarter"))
    assert view.data is not None and view.data.period == Period(date(2026, 7, 1), date(2026, 9, 30))
    quarter = kpis.dashboard(engine, view.data.period, scope=Scope(segment=segment, tier_id=tier_id))
    assert view.tiles[Kpi.REVENUE].value.text() == texts.value_text(quarter[Kpi.REVENUE])


def test_drill_down_shows_formula_and_records(view: DashboardView, engine: Any, qtbot: QtBot) -> None:
    qtbot.mouseClick(view.tiles[Kpi.WIN_RATE], Qt.MouseButton.LeftButton)  # type: ignore[no-untyped-call]
    dialog = view._dialogs[-1]
    assert dialog.isVisible() and dialog.loaded
    assert dialog.formula.text() == texts.formula(Kpi.WIN_RATE)
    fig = kpis.dashboard(engine, _period())[Kpi.WIN_RATE]
    won = {r.id for r in kpis.drill_down(engine, fig.drill_part(Part.NUMERATOR))}
    assert {line.id for line in dialog.model.rows} == won
    assert len(won) == fig.numerator
    assert {line.status for line in dialog.model.rows} == {"won"}
    dialog.part.setCurrentIndex(dialog.part.findData(Part.DENOMINATOR))
    assert len(dialog.model.rows) == fig.denominator
    assert {line.status for line in dialog.model.rows} == {"won", "lost"}
    with qtbot.waitSignal(view.open_partner) as opened:
        dialog.view.doubleClicked.emit(dialog.model.index(0, 0))
    assert opened.args == [dialog.model.rows[0].partner_id]


def test_drill_down_by_keyboard_respects_the_filter(view: DashboardView, engine: Any, qtbot: QtBot) -> None:
    region = board.filter_options(engine).regions[0]
    view.region.setCurrentIndex(view.region.findData(region))
    view.tiles[Kpi.REVENUE].setFocus()
    qtbot.keyClick(view.tiles[Kpi.REVENUE], Qt.Key.Key_Return)  # type: ignore[no-untyped-call]
    dialog = view._dialogs[-1]
    fig = kpis.dashboard(engine, _period(), scope=Scope(region=region))[Kpi.REVENUE]
    expected = {r.id for r in kpis.drill_down(engine, fig.drill)}
    assert {line.id for line in dialog.model.rows} == expected
    assert sum(1 for line in dialog.model.rows if line.kind.value == "deal") == len(expected)


def test_attention_list_is_the_weakest_five(view: DashboardView, engine: Any, qtbot: QtBot) -> None:
    rows = view.attention_model.rows
    weakest = health_scores(engine, TODAY)[:5]
    assert [r.partner_id for r in rows] == [h.partner_id for h in weakest]
    assert [r.score for r in rows] == sorted(r.score for r in rows)
    assert all(view._why(r) for r in rows if r.suggestions)  # the reasons are shown
    assert not view.qbr_button.isEnabled()
    view.attention.selectRow(0)
    assert view.qbr_button.isEnabled()
    with qtbot.waitSignal(view.open_partner) as opened:
        view.attention.doubleClicked.emit(view.attention_model.index(0, 0))
    assert opened.args == [rows[0].partner_id]


def test_csv_export_writes_every_table(view: DashboardView, tmp_path: Path, qtbot: QtBot) -> None:
    with qtbot.waitSignal(view.exported) as done:
        view.export_csv(tmp_path / "out")
    files = {p.name for p in done.args[0]}
    assert files == {
        "kpis.csv",
        "kpis_previous_period.csv",
        "revenue_by_month.csv",
        "deal_funnel.csv",
        "mdf_by_region.csv",
        "activation_cohorts.csv",
        "health_distribution.csv",
        "needs_attention.csv",
    }
    text = (tmp_path / "out" / "kpis.csv").read_text("utf-8-sig")
    assert text.splitlines()[0].startswith("kpi,value,numerator")
    assert len(text.splitlines()) == 1 + len(Kpi)
    months = (tmp_path / "out" / "revenue_by_month.csv").read_text("utf-8-sig").splitlines()
    assert len(months) == 13
    attention = (tmp_path / "out" / "needs_attention.csv").read_text("utf-8-sig").splitlines()
    assert len(attention) == 6


def test_qbr_export_writes_a_pdf(view: DashboardView, tmp_path: Path, qtbot: QtBot) -> None:
    assert last_complete_quarter(TODAY) == (2026, 3)
    assert last_complete_quarter(date(2026, 9, 30)) == (2026, 3)
    assert last_complete_quarter(date(2026, 2, 1)) == (2025, 4)
    row = view.attention_model.rows[0]
    target = tmp_path / "qbr.pdf"
    with qtbot.waitSignal(view.exported):
        view.export_qbr(target, row.partner_id)
    data = target.read_bytes()
    assert data.startswith(b"%PDF") and len(data) > 5_000
    assert row.name.encode()[:4] in data or b"/Title" in data


def test_export_before_the_figures_changes_nothing(ctx: AppContext, qtbot: QtBot, tmp_path: Path) -> None:
    v = DashboardView(ctx)  # not shown: nothing loaded yet
    qtbot.addWidget(v)
    v.export_csv(tmp_path / "early")
    assert not (tmp_path / "early").exists()
    assert v.status.text()


def test_models_pass_qtmodeltester(view: DashboardView, qtmodeltester: Any, qtbot: QtBot) -> None:
    qtmodeltester.check(view.attention_model)
    qtbot.mouseClick(view.tiles[Kpi.ACTIVITY_INDEX], Qt.MouseButton.LeftButton)  # type: ignore[no-untyped-call]
    qtmodeltester.check(view._dialogs[-1].model)


def test_shell_does_not_import_qtcharts() -> None:
    code = "import sys, ui.main_window; print('PySide6.QtCharts' in sys.modules, 'ui.dashboard.view' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["False", "False"]


def test_a_filter_change_reuses_the_health_scores(
    view: DashboardView, ctx: AppContext, engine: Any, monkeypatch: pytest.MonkeyPatch, qtbot: QtBot
) -> None:
    segment = board.filter_options(engine).segments[0]
    expected = board.load_health(engine, TODAY, scope=Scope(segment=segment))
    calls: list[date] = []
    real = board.health_table

    def counting(*args: Any, **kwargs: Any) -> Any:
        calls.append(args[1])
        return real(*args, **kwargs)

    monkeypatch.setattr("workbench.analytics.board.health_table", counting)
    view.segment.setCurrentIndex(view.segment.findData(segment))
    assert calls == []  # the same day's scores, filtered to the segment
    h = view.health
    assert h is not None and (h.partners, h.buckets, h.attention) == (
        expected.partners,
        expected.buckets,
        expected.attention,
    )
    assert h.partners < 60
    ctx.changed("deal_registrations")  # data changed: scored again
    qtbot.waitUntil(lambda: calls == [TODAY], timeout=5_000)
