"""Budgets and allocations with live balances: per budget, per allocation and in total per currency
(allocated, requested, approved, claimed, paid, available). Summed in SQL on the db lane; refreshed whenever
MDF rows change (locally or by a sync pull)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QSplitter, QVBoxLayout, QWidget

from ui.bridge import CoreEvent, DataChanged
from ui.context import AppContext
from ui.i18n import format_date, format_money, translate
from ui.models.paged import ALIGN_RIGHT, Column
from ui.models.rows import RowsTableModel
from ui.widgets.common import fit_rows, muted, table
from workbench.mdf.queries import (
    AllocationOverviewDTO,
    BudgetOverviewDTO,
    CurrencyTotalsDTO,
    MdfOverviewDTO,
    mdf_overview,
)

MDF_ENTITIES = frozenset(
    {"*", "mdf_budgets", "mdf_allocations", "mdf_requests", "mdf_claims", "mdf_payments", "mdf_cost_lines", "claim"}
)


def is_mdf_change(payload: DataChanged) -> bool:
    return payload.entity in MDF_ENTITIES


def _money(getter: Any) -> Any:
    return lambda row: format_money(getter(row), row_currency(row))


def row_currency(row: Any) -> str:
    if isinstance(row, BudgetOverviewDTO):
        return row.budget.currency
    return str(row.currency)


def totals_columns() -> list[Column[CurrencyTotalsDTO]]:
    return [
        Column(translate("Mdf", "Currency"), lambda t: t.currency),
        Column(
            translate("Mdf", "Budget"),
            lambda t: format_money(t.budget_minor, t.currency) if t.budget_minor else "—",
            ALIGN_RIGHT,
        ),
        Column(translate("Mdf", "Allocated"), _money(lambda t: t.allocated_minor), ALIGN_RIGHT),
        Column(translate("Mdf", "Requested"), _money(lambda t: t.requested_minor), ALIGN_RIGHT),
        Column(translate("Mdf", "Approved"), _money(lambda t: t.approved_minor), ALIGN_RIGHT),
        Column(translate("Mdf", "Claimed"), _money(lambda t: t.claimed_minor), ALIGN_RIGHT),
        Column(translate("Mdf", "Paid"), _money(lambda t: t.paid_minor), ALIGN_RIGHT),
        Column(translate("Mdf", "Available"), _money(lambda t: t.available_minor), ALIGN_RIGHT),
    ]


def budget_columns() -> list[Column[BudgetOverviewDTO]]:
    return [
        Column(translate("Mdf", "Budget"), lambda b: b.budget.name),
        Column(
            translate("Mdf", "Period"),
            lambda b: translate("Mdf", "{0} – {1}").format(
                format_date(b.budget.period_start), format_date(b.budget.period_end)
            ),
        ),
        Column(
            translate("Mdf", "Amount"), lambda b: format_money(b.budget.amount_minor, b.budget.currency), ALIGN_RIGHT
        ),
        Column(translate("Mdf", "Allocated"), _money(lambda b: b.allocated_minor), ALIGN_RIGHT),
        Column(translate("Mdf", "Approved"), _money(lambda b: b.approved_minor), ALIGN_RIGHT),
        Column(translate("Mdf", "Claimed"), _money(lambda b: b.claimed_minor), ALIGN_RIGHT),
        Column(translate("Mdf", "Paid"), _money(lambda b: b.paid_minor), ALIGN_RIGHT),
        Column(translate("Mdf", "Unallocated"), _money(lambda b: b.unallocated_minor), ALIGN_RIGHT),
    ]


def allocation_columns() -> list[Column[AllocationOverviewDTO]]:
    return [
        Column(translate("Mdf", "Partner"), lambda a: a.partner_name),
        Column(translate("Mdf", "Budget"), lambda a: a.budget_name),
        Column(translate("Mdf", "Allocated"), _money(lambda a: a.allocated_minor), ALIGN_RIGHT),
        Column(translate("Mdf", "Requested"), _money(lambda a: a.requested_minor), ALIGN_RIGHT),
        Column(translate("Mdf", "Approved"), _money(lambda a: a.approved_minor), ALIGN_RIGHT),
        Column(translate("Mdf", "Claimed"), _money(lambda a: a.claimed_minor), ALIGN_RIGHT),
        Column(translate("Mdf", "Paid"), _money(lambda a: a.paid_minor), ALIGN_RIGHT),
        Column(
            translate("Mdf", "Available"),
            _money(lambda a: a.available_minor),
            ALIGN_RIGHT,
            tooltip=lambda a: translate("Mdf", "Allocated minus approved requests"),
        ),
    ]


class BudgetsPanel(QWidget):
    """Totals per currency, budgets, and every allocation with its live balance."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("MdfBudgets")
        self.overview: MdfOverviewDTO | None = None
        self.totals_model: RowsTableModel[CurrencyTotalsDTO] = RowsTableModel(totals_columns(), self)
        self.budgets_model: RowsTableModel[BudgetOverviewDTO] = RowsTableModel(budget_columns(), self)
        self.allocations_model: RowsTableModel[AllocationOverviewDTO] = RowsTableModel(allocation_columns(), self)
        self.totals = table(self.totals_model, stretch=len(totals_columns()))  # no column stretches
        self.budgets = table(self.budgets_model, stretch=0)
        self.allocations = table(self.allocations_model, stretch=0)
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(QLabel(translate("Mdf", "Totals per currency")))
        box.addWidget(self.totals)
        split = QSplitter(Qt.Orientation.Vertical)
        top = QWidget()
        tb = QVBoxLayout(top)
        tb.setContentsMargins(0, 0, 0, 0)
        tb.addWidget(QLabel(translate("Mdf", "Budgets")))
        tb.addWidget(self.budgets, 1)
        bottom = QWidget()
        bb = QVBoxLayout(bottom)
        bb.setContentsMargins(0, 0, 0, 0)
        bb.addWidget(QLabel(translate("Mdf", "Allocations (live balances)")))
        bb.addWidget(self.allocations, 1)
        split.addWidget(top)
        split.addWidget(bottom)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 2)
        box.addWidget(split, 1)
        box.addWidget(
            muted(
                translate(
                    "Mdf",
                    "Requested: submitted requests awaiting a decision. Claimed: submitted and later claims. "
                    "Available: allocated minus approved requests.",
                )
            )
        )
        fit_rows(self.totals, max_rows=5)
        self.budgets.selectionModel().currentRowChanged.connect(self._budget_chosen)
        ctx.bridge.subscribe(CoreEvent.DATA_CHANGED, self._changed, owner=self)
        self.budget_filter: str | None = None

    def reload(self) -> None:
        self.ctx.db(mdf_overview, self.ctx.engine, self.ctx.actor, on_success=self._show, name="mdf-overview")

    def _changed(self, payload: DataChanged) -> None:
        if is_mdf_change(payload) and self.isVisible():
            self.reload()

    def _show(self, overview: MdfOverviewDTO) -> None:
        self.overview = overview
        self.totals_model.set_rows(overview.totals)
        fit_rows(self.totals, max_rows=5)
        self.budgets_model.set_rows(overview.budgets)
        self._fill_allocations()

    def _budget_chosen(self, current: Any, _previous: Any) -> None:
        row = self.budgets_model.row_at(current.row()) if current.isValid() else None
        self.budget_filter = row.budget.id if row is not None else None
        self._fill_allocations()

    def _fill_allocations(self) -> None:
        if self.overview is None:
            return
        rows = self.overview.allocations
        if self.budget_filter is not None:
            rows = tuple(a for a in rows if a.budget_id == self.budget_filter)
        self.allocations_model.set_rows(rows)

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        self.reload()
