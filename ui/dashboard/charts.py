"""QtCharts for the dashboard, drawn with the application palette (light and dark) and locale-formatted labels.

Imported only by ui.dashboard.view, which the shell builds the first time the dashboard is shown."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QMargins, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPalette
from PySide6.QtWidgets import QApplication, QSizePolicy, QWidget

R = QPalette.ColorRole

# Series colours: readable on light and dark backgrounds (mid saturation, mid lightness).
SERIES = ("#4e79a7", "#f28e2b", "#59a14f", "#e15759", "#76b7b2")


def _palette() -> QPalette:
    return QApplication.palette()


def is_dark() -> bool:
    return _palette().color(R.Window).lightness() < 128


class ChartView(QChartView):
    """A chart with a title, the palette's colours and no animation (screenshots and tests see the final
    state)."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        chart = QChart()
        chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        chart.setMargins(QMargins(4, 4, 4, 4))
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        super().__init__(chart, parent)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumHeight(self.fontMetrics().height() * 17)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAccessibleName(title)
        self.title = title
        self._style()

    def _style(self) -> None:
        chart = self.chart()
        pal = _palette()
        chart.setBackgroundBrush(pal.color(R.Base))
        chart.setBackgroundRoundness(4)
        chart.setPlotAreaBackgroundVisible(False)
        font = QFont(self.font())
        font.setBold(True)
        chart.setTitleFont(font)
        chart.setTitleBrush(pal.color(R.Text))
        chart.setTitle(self.title)
        chart.legend().setLabelColor(pal.color(R.Text))
        chart.legend().setFont(self.font())
        self.setBackgroundBrush(pal.color(R.Window))

    def clear(self) -> None:
        chart = self.chart()
        chart.removeAllSeries()
        for axis in chart.axes():
            chart.removeAxis(axis)

    def _axis_style(self, axis: QValueAxis | QBarCategoryAxis) -> None:
        pal = _palette()
        axis.setLabelsColor(pal.color(R.Text))
        axis.setLabelsFont(self.font())
        grid = QColor(pal.color(R.Mid))
        axis.setGridLineColor(grid)
        axis.setLinePenColor(grid)
        axis.setTitleBrush(pal.color(R.Text))

    def bars(
        self,
        categories: Sequence[str],
        sets: Sequence[tuple[str, Sequence[float]]],
        *,
        horizontal: bool = False,
        unit: str = "",
        label_format: str = "%.0f",
        maximum: float | None = None,
        show_legend: bool = True,
        labels: bool = False,
    ) -> None:
        """Grouped bars: one QBarSet per (name, values), values per category."""
        self.clear()
        chart = self.chart()
        series: QBarSeries | QHorizontalBarSeries = QHorizontalBarSeries() if horizontal else QBarSeries()
        top = 0.0
        for i, (name, values) in enumerate(sets):
            bar = QBarSet(name)
            bar.setColor(QColor(SERIES[i % len(SERIES)]))
            bar.setBorderColor(QColor(SERIES[i % len(SERIES)]))
            bar.setLabelColor(_palette().color(R.Text))
            bar.append([float(v) for v in values])
            top = max([top, *(float(v) for v in values)])
            series.append(bar)
        if labels:
            series.setLabelsVisible(True)
            series.setLabelsFormat("@value")
            series.setLabelsPosition(QBarSeries.LabelsPosition.LabelsOutsideEnd)
        chart.addSeries(series)
        cats = QBarCategoryAxis()
        cats.append(list(categories))
        values_axis = QValueAxis()
        values_axis.setLabelFormat(label_format)
        values_axis.setRange(0, maximum if maximum is not None else _nice(top * (1.15 if labels else 1.0)))
        values_axis.setTickCount(5)
        # the unit goes into the title: a vertical axis title is cut short in a low chart
        chart.setTitle(f"{self.title} ({unit})" if unit else self.title)
        self._axis_style(cats)
        self._axis_style(values_axis)
        if not horizontal and len(categories) > 8:
            cats.setLabelsAngle(-45)  # long month or region names stay readable instead of being cut
        if horizontal:
            chart.addAxis(cats, Qt.AlignmentFlag.AlignLeft)
            chart.addAxis(values_axis, Qt.AlignmentFlag.AlignBottom)
        else:
            chart.addAxis(cats, Qt.AlignmentFlag.AlignBottom)
            chart.addAxis(values_axis, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(cats)
        series.attachAxis(values_axis)
        chart.legend().setVisible(show_legend and len(sets) > 1)

    def series_values(self) -> list[list[float]]:
        """The values of every bar set (tests read the figures a chart shows)."""
        out: list[list[float]] = []
        for series in self.chart().series():
            if isinstance(series, QBarSeries | QHorizontalBarSeries):
                for bar in series.barSets():
                    out.append([bar.at(i) for i in range(bar.count())])
        return out

    def categories(self) -> list[str]:
        for axis in self.chart().axes():
            if isinstance(axis, QBarCategoryAxis):
                return list(axis.categories())
        return []


def _nice(top: float) -> float:
    """A round axis maximum at or above `top` (1, 2, 2.5 or 5 times a power of ten)."""
    if top <= 0:
        return 1.0
    power = 10 ** (len(str(int(top))) - 1) if top >= 1 else 1
    for step in (1, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10):
        if step * power >= top:
            return float(step * power)
    return float(10 * power)
