"""The drill-down dialog: a figure's formula, its numerator and denominator, and the records behind either."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from ui.context import AppContext
from ui.dashboard import texts
from ui.i18n import format_date, format_money, format_number, translate
from ui.labels import label
from ui.models.paged import ALIGN_RIGHT, Column
from ui.models.rows import RowsTableModel
from ui.widgets.common import heading, muted, table
from workbench.analytics.board import RecordLine, describe_records
from workbench.analytics.kpis import NO_DENOMINATOR, drill_down
from workbench.analytics.types import KpiFigure, Part, RecordKind

LIMIT = 500


def kind_text(kind: RecordKind) -> str:
    texts_ = {
        RecordKind.DEAL: translate("AnalyticsDashboard", "Deal"),
        RecordKind.PARTNER: translate("AnalyticsDashboard", "Partner"),
        RecordKind.CONTACT: translate("AnalyticsDashboard", "Contact"),
        RecordKind.TRAINING_EVENT: translate("AnalyticsDashboard", "Training event"),
        RecordKind.MDF_ALLOCATION: translate("AnalyticsDashboard", "MDF allocation"),
        RecordKind.MDF_REQUEST: translate("AnalyticsDashboard", "MDF activity"),
        RecordKind.MDF_CLAIM: translate("AnalyticsDashboard", "MDF claim"),
    }
    return texts_[kind]


def _load(engine: Any, fig: KpiFigure, part: Part) -> tuple[list[RecordLine], bool]:
    refs = drill_down(engine, fig.drill_part(part), limit=LIMIT + 1)
    return describe_records(engine, refs[:LIMIT]), len(refs) > LIMIT


class DrillDialog(QDialog):
    """Opened from a KPI tile; double-click a record to open its partner."""

    open_partner = Signal(str)

    def __init__(self, ctx: AppContext, fig: KpiFigure, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.fig = fig
        self.setObjectName("DrillDialog")
        self.setWindowTitle(
            translate("AnalyticsDashboard", "How this figure is made — {0}").format(texts.name(fig.kpi))
        )
        box = QVBoxLayout(self)
        box.addWidget(heading(f"{texts.name(fig.kpi)}: {texts.value_text(fig)}", level=2))
        self.formula = QLabel(texts.formula(fig.kpi))
        self.formula.setObjectName("Formula")
        self.formula.setWordWrap(True)
        box.addWidget(self.formula)
        form = QFormLayout()
        p = fig.drill.period
        form.addRow(
            translate("AnalyticsDashboard", "Period"),
            QLabel(translate("AnalyticsDashboard", "{0} to {1}").format(format_date(p.start), format_date(p.end))),
        )
        self.numerator = QLabel(texts.part_text(fig, Part.NUMERATOR))
        form.addRow(
            translate("AnalyticsDashboard", "Sum")
            if fig.kpi in NO_DENOMINATOR
            else translate("AnalyticsDashboard", "Numerator"),
            self.numerator,
        )
        self.denominator: QLabel | None = None
        self.part = QComboBox()
        self.part.addItem(translate("AnalyticsDashboard", "Records in the numerator"), Part.NUMERATOR)
        if fig.kpi not in NO_DENOMINATOR:
            self.denominator = QLabel(texts.part_text(fig, Part.DENOMINATOR))
            form.addRow(translate("AnalyticsDashboard", "Denominator"), self.denominator)
            self.part.addItem(translate("AnalyticsDashboard", "Records in the denominator"), Part.DENOMINATOR)
        box.addLayout(form)
        box.addWidget(self.part)
        self.model: RowsTableModel[RecordLine] = RowsTableModel(
            [
                Column(translate("AnalyticsDashboard", "Record"), lambda r: kind_text(r.kind)),
                Column(translate("AnalyticsDashboard", "Partner"), lambda r: r.partner),
                Column(translate("AnalyticsDashboard", "Title"), lambda r: r.title),
                Column(translate("AnalyticsDashboard", "Status"), lambda r: label(r.status) if r.status else ""),
                Column(translate("AnalyticsDashboard", "Date"), lambda r: format_date(r.day)),
                Column(
                    translate("AnalyticsDashboard", "Amount"),
                    lambda r: (
                        format_money(r.amount_minor, r.currency) if r.amount_minor is not None and r.currency else ""
                    ),
                    ALIGN_RIGHT,
                ),
            ],
            self,
        )
        self.view = table(self.model, stretch=2)
        self.view.doubleClicked.connect(self._open)
        box.addWidget(self.view, 1)
        self.count = muted("")
        box.addWidget(self.count)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        box.addWidget(buttons)
        chars = self.fontMetrics().averageCharWidth()
        self.resize(chars * 160, self.fontMetrics().height() * 40)
        self.loaded = False
        self.part.currentIndexChanged.connect(self.reload)
        self.reload()

    def reload(self) -> None:
        self.loaded = False
        part = Part(self.part.currentData())
        self.count.setText(translate("AnalyticsDashboard", "Loading…"))
        self.ctx.db(_load, self.ctx.engine, self.fig, part, on_success=self._show, name="dashboard drill-down")

    def _show(self, result: tuple[list[RecordLine], bool]) -> None:
        lines, more = result
        self.model.set_rows(lines)
        if more:
            text = translate("AnalyticsDashboard", "The first {0} records (more exist).").format(format_number(LIMIT))
        else:
            text = translate("AnalyticsDashboard", "{0} records.").format(format_number(len(lines)))
        self.count.setText(text + " " + translate("AnalyticsDashboard", "Double-click a record to open its partner."))
        self.loaded = True

    def _open(self, index: Any) -> None:
        line = self.model.row_at(index.row())
        if line is not None and line.partner_id:
            self.open_partner.emit(line.partner_id)
