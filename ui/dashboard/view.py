"""The analytics dashboard: filters, KPI tiles with trend (click: formula and records), revenue by month,
deal funnel, health distribution, MDF spend vs. attributed revenue, activation cohorts, the five partners that
need attention and why, QBR PDF and CSV export. Everything is read on the db lane; files are written on the io
lane."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, QLocale, Qt, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ui.bridge import CoreEvent
from ui.context import AppContext
from ui.dashboard import texts
from ui.dashboard.charts import ChartView
from ui.dashboard.drill import DrillDialog
from ui.i18n import format_date, format_number, minor_to_decimal, translate
from ui.models.paged import ALIGN_RIGHT, Column
from ui.models.rows import RowsTableModel
from ui.tasks import Lane
from ui.widgets.common import heading, muted, table
from workbench import clock
from workbench.analytics import board
from workbench.analytics.board import AttentionRow, DashboardData, FilterOptions, HealthData
from workbench.analytics.export import CsvFormat, export_figures, write_csv
from workbench.analytics.forecast import add_months
from workbench.analytics.qbr import qbr_data, render_qbr
from workbench.analytics.types import Kpi, KpiFigure, Period, Scope

PERIODS = ("12m", "ytd", "last_quarter", "90d", "last_year")


def period_for(code: str, today: date) -> Period:
    if code == "ytd":
        return Period(date(today.year, 1, 1), today)
    if code == "last_quarter":
        first = date(today.year, (today.month - 1) // 3 * 3 + 1, 1)
        start = add_months(first, -3)
        return Period(start, first - timedelta(days=1))
    if code == "90d":
        return Period(today - timedelta(days=89), today)
    if code == "last_year":
        return Period(date(today.year - 1, 1, 1), date(today.year - 1, 12, 31))
    return Period(add_months(today.replace(day=1), -11), today)  # 12 months: this month and the 11 before


def last_complete_quarter(day: date) -> tuple[int, int]:
    """The last quarter that ended on or before `day`."""
    q = (day.month - 1) // 3 + 1
    end_of_q = add_months(date(day.year, (q - 1) * 3 + 1, 1), 3) - timedelta(days=1)
    if day == end_of_q:
        return day.year, q
    return (day.year, q - 1) if q > 1 else (day.year - 1, 4)


def month_labels(months: list[date]) -> list[str]:
    """Short month names; the year only on the first month and on January (long labels get cut in charts)."""
    loc = QLocale()
    return [
        loc.toString(QDate(m.year, m.month, 1), "MMM yy" if i == 0 or m.month == 1 else "MMM")
        for i, m in enumerate(months)
    ]


class Tile(QFrame):
    """A KPI: name, value, trend; click or Enter opens the drill-down."""

    clicked = Signal(object)  # Kpi

    def __init__(self, kpi: Kpi, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kpi = kpi
        self.setObjectName("KpiTile")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        box = QVBoxLayout(self)
        box.setSpacing(2)
        self.name = QLabel(texts.name(kpi))
        self.name.setWordWrap(True)
        self.value = heading("—", level=2)
        self.trend = muted("")
        for w in (self.name, self.value, self.trend):
            box.addWidget(w)
        self.setToolTip(texts.formula(kpi))
        self.setAccessibleName(texts.name(kpi))

    def show_figure(self, fig: KpiFigure, previous: KpiFigure | None) -> None:
        self.value.setText(texts.value_text(fig))
        self.trend.setText(texts.trend_text(fig, previous))
        self.setAccessibleDescription(f"{texts.value_text(fig)} {self.trend.text()}")

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.clicked.emit(self.kpi)
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.clicked.emit(self.kpi)
            return
        super().keyPressEvent(event)


@dataclass(frozen=True)
class Filters:
    period: Period
    scope: Scope


class DashboardView(QWidget):
    open_partner = Signal(str)
    loaded = Signal()  # figures and charts shown
    health_loaded = Signal()
    exported = Signal(object)  # list[Path]

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("DashboardView")
        self.data: DashboardData | None = None
        self.health: HealthData | None = None
        self.options: FilterOptions | None = None
        self.today = clock.today()
        self._dialogs: list[DrillDialog] = []
        self._generation = 0

        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        top.setContentsMargins(9, 9, 9, 0)
        top.addWidget(heading(translate("AnalyticsDashboard", "Partner performance")), 1)
        self.csv_button = QPushButton(translate("AnalyticsDashboard", "Export CSV…"))
        self.csv_button.setToolTip(
            translate("AnalyticsDashboard", "Every table of the dashboard as CSV files in a folder")
        )
        self.qbr_button = QPushButton(translate("AnalyticsDashboard", "QBR PDF…"))
        self.qbr_button.setToolTip(
            translate("AnalyticsDashboard", "Quarterly business review of the partner selected below")
        )
        self.qbr_button.setEnabled(False)
        top.addWidget(self.csv_button)
        top.addWidget(self.qbr_button)
        outer.addLayout(top)

        self.period = QComboBox()
        for code, text in zip(
            PERIODS,
            (
                translate("AnalyticsDashboard", "Last 12 months"),
                translate("AnalyticsDashboard", "Year to date"),
                translate("AnalyticsDashboard", "Last complete quarter"),
                translate("AnalyticsDashboard", "Last 90 days"),
                translate("AnalyticsDashboard", "Previous year"),
            ),
            strict=True,
        ):
            self.period.addItem(text, code)
        self.segment = QComboBox()
        self.region = QComboBox()
        self.tier = QComboBox()
        self.owner = QComboBox()
        bar = QHBoxLayout()
        bar.setContentsMargins(9, 0, 9, 0)
        for text, combo in (
            (translate("AnalyticsDashboard", "Period"), self.period),
            (translate("AnalyticsDashboard", "Segment"), self.segment),
            (translate("AnalyticsDashboard", "Region"), self.region),
            (translate("AnalyticsDashboard", "Tier"), self.tier),
            (translate("AnalyticsDashboard", "Owner"), self.owner),
        ):
            caption = QLabel(text)
            caption.setBuddy(combo)
            combo.setAccessibleName(text)
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            bar.addWidget(caption)
            bar.addWidget(combo)
        bar.addStretch(1)
        outer.addLayout(bar)
        self.status = muted("")
        self.status.setContentsMargins(9, 0, 9, 0)
        outer.addWidget(self.status)

        body = QWidget()
        body.setObjectName("DashboardBody")
        self.body = body
        grid = QVBoxLayout(body)
        tiles = QGridLayout()
        self.tiles: dict[Kpi, Tile] = {}
        for i, kpi in enumerate(Kpi):
            tile = Tile(kpi)
            tile.clicked.connect(self.drill)
            self.tiles[kpi] = tile
            tiles.addWidget(tile, i // 5, i % 5)
        for col in range(5):
            tiles.setColumnStretch(col, 1)
        grid.addLayout(tiles)

        self.revenue_chart = ChartView(translate("AnalyticsDashboard", "Revenue by month"))
        self.funnel_chart = ChartView(translate("AnalyticsDashboard", "Deal funnel"))
        self.health_chart = ChartView(translate("AnalyticsDashboard", "Health score distribution"))
        self.mdf_chart = ChartView(translate("AnalyticsDashboard", "MDF spend vs. attributed revenue by region"))
        self.cohort_chart = ChartView(translate("AnalyticsDashboard", "Activation by approval month"))
        charts = QGridLayout()
        charts.addWidget(self.revenue_chart, 0, 0, 1, 2)
        charts.addWidget(self.funnel_chart, 0, 2)
        charts.addWidget(self.cohort_chart, 1, 0, 1, 2)
        charts.addWidget(self.health_chart, 1, 2)
        mdf_box = QWidget()
        mdf_layout = QVBoxLayout(mdf_box)
        mdf_layout.setContentsMargins(0, 0, 0, 0)
        mdf_layout.addWidget(self.mdf_chart)
        self.mdf_roi = muted("")
        self.mdf_roi.setObjectName("MdfRoi")
        mdf_layout.addWidget(self.mdf_roi)
        charts.addWidget(mdf_box, 2, 0, 1, 3)
        for col in range(3):
            charts.setColumnStretch(col, 1)
        grid.addLayout(charts)

        grid.addWidget(heading(translate("AnalyticsDashboard", "Partners that need attention"), level=2))
        self.attention_model: RowsTableModel[AttentionRow] = RowsTableModel(
            [
                Column(translate("AnalyticsDashboard", "Partner"), lambda r: r.name),
                Column(translate("AnalyticsDashboard", "Health"), lambda r: format_number(r.score), ALIGN_RIGHT),
                Column(translate("AnalyticsDashboard", "Why"), self._why, tooltip=self._why_all),
            ],
            self,
        )
        self.attention = table(self.attention_model, stretch=2)
        self.attention.setMinimumHeight(self.fontMetrics().height() * 9)
        self.attention.doubleClicked.connect(self._open_attention)
        self.attention.selectionModel().selectionChanged.connect(self._selection)
        grid.addWidget(self.attention)
        grid.addWidget(
            muted(
                translate(
                    "AnalyticsDashboard",
                    "Double-click a partner to open it; click a figure for its formula and records.",
                )
            )
        )

        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(body)
        outer.addWidget(scroll, 1)

        for combo in (self.period, self.segment, self.region, self.tier, self.owner):
            combo.currentIndexChanged.connect(self.reload)
        self.csv_button.clicked.connect(self._ask_csv)
        self.qbr_button.clicked.connect(self._ask_qbr)
        ctx.bridge.subscribe(CoreEvent.DATA_CHANGED, self._changed, owner=self)
        self._options_requested = False
        self._scores_valid = False  # self.health.table may be reused for another filter of the same day

    # -- loading --------------------------------------------------------------------------------------------

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        if not self._options_requested:
            self._options_requested = True
            self.ctx.db(board.filter_options, self.ctx.engine, on_success=self._set_options, name="dashboard filters")
        self.reload()

    def _changed(self, _payload: Any) -> None:
        self._scores_valid = False  # data changed: score every partner again
        if self.isVisible():
            self.reload()

    def _set_options(self, options: FilterOptions) -> None:
        self.options = options
        any_ = translate("AnalyticsDashboard", "All")
        for combo, values in (
            (self.segment, [(v, v) for v in options.segments]),
            (self.region, [(v, v) for v in options.regions]),
            (self.tier, [(name, tid) for tid, name in options.tiers]),
            (self.owner, [(v, v) for v in options.owners]),
        ):
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(any_, "")
            for text, value in values:
                combo.addItem(text, value)
            combo.blockSignals(False)

    def filters(self) -> Filters:
        scope = board.scope_of(
            self.segment.currentData(), self.region.currentData(), self.tier.currentData(), self.owner.currentData()
        )
        return Filters(period_for(str(self.period.currentData()), self.today), scope)

    def reload(self) -> None:
        f = self.filters()
        self._generation += 1
        gen = self._generation
        self.status.setText(translate("AnalyticsDashboard", "Calculating…"))
        self.ctx.db(
            _load_dashboard,
            self.ctx.engine,
            f.period,
            f.scope,
            on_success=lambda d: self._show(gen, d),
            name="dashboard figures",
        )
        cached = self.health.table if self.health is not None and self.health.as_of == f.period.end else None
        self.ctx.db(
            _load_health,
            self.ctx.engine,
            f.period.end,
            f.scope,
            cached if self._scores_valid else None,
            on_success=lambda h: self._show_health(gen, h),
            name="dashboard health",
        )

    def _show(self, gen: int, d: DashboardData) -> None:
        if gen != self._generation:
            return  # an older filter's answer
        self.data = d
        for kpi, tile in self.tiles.items():
            tile.show_figure(d.figures[kpi], d.previous_figures.get(kpi))
        p = d.period
        self.status.setText(
            translate(
                "AnalyticsDashboard", "{0} to {1}, compared with {2} to {3}. Figures from the local replica, in {4}."
            ).format(
                format_date(p.start),
                format_date(p.end),
                format_date(d.previous.start),
                format_date(d.previous.end),
                d.currency,
            )
        )
        cur = d.currency
        self.revenue_chart.bars(
            month_labels([m.month for m in d.revenue_by_month]),
            [
                (
                    translate("AnalyticsDashboard", "Revenue"),
                    [_major(m.revenue_minor, cur) / 1000 for m in d.revenue_by_month],
                )
            ],
            unit=translate("AnalyticsDashboard", "thousand {0}").format(cur),
            label_format="%.0f",
        )
        fun = d.funnel
        self.funnel_chart.bars(
            [
                translate("AnalyticsDashboard", "Lost"),
                translate("AnalyticsDashboard", "Won"),
                translate("AnalyticsDashboard", "Reviewed"),
                translate("AnalyticsDashboard", "Submitted"),
            ],
            [(translate("AnalyticsDashboard", "Deals"), [fun.lost, fun.won, fun.decided, fun.submitted])],
            horizontal=True,
            labels=True,
        )
        self.mdf_chart.bars(
            [self._mdf_label(b) for b in d.mdf]
            or [translate("AnalyticsDashboard", "No MDF activity ended in the period")],
            [
                (
                    translate("AnalyticsDashboard", "Reimbursed"),
                    [_major(b.reimbursed_minor, cur) / 1000 for b in d.mdf] or [0],
                ),
                (
                    translate("AnalyticsDashboard", "Attributed revenue"),
                    [_major(b.attributed_minor, cur) / 1000 for b in d.mdf] or [0],
                ),
            ],
            unit=translate("AnalyticsDashboard", "thousand {0}").format(cur),
        )
        self.mdf_roi.setText(self._mdf_roi_text(d.mdf))
        self.cohort_chart.bars(
            month_labels([c.month for c in d.cohorts]),
            [
                (
                    translate("AnalyticsDashboard", "Revenue within 60 days"),
                    [_share(c.active_60, c.approved) for c in d.cohorts],
                ),
                (
                    translate("AnalyticsDashboard", "Revenue within 90 days"),
                    [_share(c.active_90, c.approved) for c in d.cohorts],
                ),
            ],
            unit=translate("AnalyticsDashboard", "% of the partners approved"),
            maximum=100,
        )
        self.loaded.emit()

    def _mdf_label(self, bar: board.MdfBar) -> str:
        return bar.region or translate("AnalyticsDashboard", "no region")

    def _mdf_roi_text(self, bars: tuple[board.MdfBar, ...]) -> str:
        parts = [
            f"{self._mdf_label(b)} "
            + (texts.not_available() if b.roi is None else format_number(b.roi, decimals=1) + " ×")
            for b in bars
        ]
        if not parts:
            return ""
        return translate("AnalyticsDashboard", "MDF ROI (attributed revenue ÷ reimbursed): {0}").format(
            "; ".join(parts)
        )

    def _show_health(self, gen: int, h: HealthData) -> None:
        if gen != self._generation:
            return
        self.health = h
        self._scores_valid = True
        bands = ["0–19", "20–39", "40–59", "60–79", "≥ 80"]
        self.health_chart.bars(
            bands,
            [(translate("AnalyticsDashboard", "Partners"), list(h.buckets))],
            unit=translate("AnalyticsDashboard", "partners"),
            labels=True,
        )
        self.attention_model.set_rows(list(h.attention))
        self.attention.resizeColumnToContents(0)
        self._selection()
        self.health_loaded.emit()

    # -- attention --------------------------------------------------------------------------------------

    def _why(self, row: AttentionRow) -> str:
        return "; ".join(texts.suggestion_text(s, row.currency) for s in row.suggestions[:2])

    def _why_all(self, row: AttentionRow) -> str:
        comps = row.components
        head = translate(
            "AnalyticsDashboard", "Activity {0}, pipeline {1}, certification {2}, marketing {3} (of 100)"
        ).format(comps.activity, comps.pipeline, comps.certification, comps.marketing)
        return "\n".join([head, *(texts.suggestion_text(s, row.currency) for s in row.suggestions)])

    def selected_partner(self) -> AttentionRow | None:
        rows = self.attention.selectionModel().selectedRows()
        return self.attention_model.row_at(rows[0].row()) if rows else None

    def _selection(self, *_args: Any) -> None:
        self.qbr_button.setEnabled(self.selected_partner() is not None)

    def _open_attention(self, index: Any) -> None:
        row = self.attention_model.row_at(index.row())
        if row is not None:
            self.open_partner.emit(row.partner_id)

    # -- drill-down -------------------------------------------------------------------------------------

    def drill(self, kpi: Kpi) -> DrillDialog | None:
        if self.data is None:
            return None
        dialog = DrillDialog(self.ctx, self.data.figures[kpi], self)
        dialog.open_partner.connect(self.open_partner)
        dialog.open_partner.connect(lambda _pid: dialog.accept())
        dialog.finished.connect(lambda _r: self._dialogs.remove(dialog) if dialog in self._dialogs else None)
        self._dialogs.append(dialog)
        dialog.show()
        return dialog

    # -- export -----------------------------------------------------------------------------------------

    def _ask_csv(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, translate("AnalyticsDashboard", "Export the dashboard tables to")
        )
        if folder:
            self.export_csv(Path(folder))

    def export_csv(self, folder: Path) -> None:
        if self.data is None or self.health is None:
            self.status.setText(translate("AnalyticsDashboard", "Wait until the figures are shown, then export."))
            return
        fmt = CsvFormat.for_locale(QLocale().name())
        self.ctx.runner.submit(
            Lane.IO,
            write_tables,
            folder,
            self.data,
            self.health,
            fmt,
            on_success=self._exported,
            name="dashboard CSV export",
        )

    def _ask_qbr(self) -> None:
        row = self.selected_partner()
        if row is None:
            return
        year, quarter = last_complete_quarter(self.filters().period.end)
        suggested = f"QBR {row.name} Q{quarter} {year}.pdf".replace("/", "-")
        path, _ = QFileDialog.getSaveFileName(
            self, translate("AnalyticsDashboard", "Save the QBR as"), suggested, "PDF (*.pdf)"
        )
        if path:
            self.export_qbr(Path(path), row.partner_id)

    def export_qbr(self, path: Path, partner_id: str) -> None:
        """Gather on the db lane, render and write on the io lane."""
        year, quarter = last_complete_quarter(self.filters().period.end)
        lang = "de" if QLocale().language() == QLocale.Language.German else "en"
        self.status.setText(translate("AnalyticsDashboard", "Writing the QBR…"))

        def render(data: Any) -> None:
            self.ctx.runner.submit(Lane.IO, _write_pdf, path, data, lang, on_success=self._exported, name="QBR PDF")

        self.ctx.db(_qbr, self.ctx.engine, partner_id, year, quarter, self.today, on_success=render, name="QBR data")

    def _exported(self, paths: list[Path] | Path) -> None:
        files = paths if isinstance(paths, list) else [paths]
        self.status.setText(translate("AnalyticsDashboard", "Saved: {0}").format(", ".join(p.name for p in files)))
        self.exported.emit(files)

    def models(self) -> list[Any]:
        return [self.attention_model]


def _load_dashboard(engine: Any, period: Period, scope: Scope) -> DashboardData:
    return board.load_dashboard(engine, period, scope=scope)


def _load_health(engine: Any, as_of: date, scope: Scope, table: Any) -> HealthData:
    return board.load_health(engine, as_of, scope=scope, table=table)


def _qbr(engine: Any, partner_id: str, year: int, quarter: int, today: date) -> Any:
    return qbr_data(engine, partner_id, year, quarter, generated_on=today)


def _write_pdf(path: Path, data: Any, lang: str) -> Path:
    path.write_bytes(render_qbr(data, lang))
    return path


def _major(minor: int, currency: str) -> float:
    return float(minor_to_decimal(minor, currency))


def _share(part: int, whole: int) -> float:
    return round(100.0 * part / whole, 1) if whole else 0.0


def write_tables(folder: Path, d: DashboardData, h: HealthData, fmt: CsvFormat) -> list[Path]:
    """Every table of the dashboard, one CSV each (codes as column names, amounts in major units)."""
    from workbench.analytics.export import money

    folder.mkdir(parents=True, exist_ok=True)
    cur = d.currency
    out: list[Path] = []

    def put(name: str, header: list[str], rows: list[list[object]]) -> None:
        path = folder / name
        write_csv(path, header, rows, fmt)
        out.append(path)

    path = folder / "kpis.csv"
    export_figures(path, d.figures, fmt)
    out.append(path)
    put(
        "kpis_previous_period.csv",
        ["kpi", "value", "period_start", "period_end"],
        [[k, f.value, d.previous.start, d.previous.end] for k, f in d.previous_figures.items()],
    )
    put(
        "revenue_by_month.csv",
        ["month", "revenue", "currency"],
        [[m.month, money(m.revenue_minor, cur), cur] for m in d.revenue_by_month],
    )
    f = d.funnel
    put(
        "deal_funnel.csv",
        ["stage", "deals"],
        [["submitted", f.submitted], ["decided", f.decided], ["won", f.won], ["lost", f.lost]],
    )
    put(
        "mdf_by_region.csv",
        ["region", "reimbursed", "attributed_revenue", "roi", "currency"],
        [[b.region, money(b.reimbursed_minor, cur), money(b.attributed_minor, cur), b.roi, cur] for b in d.mdf],
    )
    put(
        "activation_cohorts.csv",
        ["approval_month", "approved", "revenue_within_60_days", "revenue_within_90_days"],
        [[c.month, c.approved, c.active_60, c.active_90] for c in d.cohorts],
    )
    bands = ["0-19", "20-39", "40-59", "60-79", "80-100"]
    put("health_distribution.csv", ["band", "partners"], [[b, n] for b, n in zip(bands, h.buckets, strict=True)])
    put(
        "needs_attention.csv",
        ["partner_id", "partner", "score", "activity", "pipeline", "certification", "marketing", "reasons"],
        [
            [
                r.partner_id,
                r.name,
                r.score,
                r.components.activity,
                r.components.pipeline,
                r.components.certification,
                r.components.marketing,
                " | ".join(s.code for s in r.suggestions),
            ]
            for r in h.attention
        ],
    )
    return out
