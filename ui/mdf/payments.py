"""Payments per partner and per claim (newest first)."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from ui.bridge import CoreEvent, DataChanged
from ui.context import AppContext
from ui.i18n import format_date, format_money, translate
from ui.labels import label
from ui.mdf.budgets import is_mdf_change
from ui.models.paged import ALIGN_RIGHT, Column
from ui.models.rows import RowsTableModel
from ui.widgets.common import muted, table
from workbench.mdf.queries import PaymentRowDTO, list_payments


def payment_columns(*, per_claim: bool = False) -> list[Column[PaymentRowDTO]]:
    cols: list[Column[PaymentRowDTO]] = [
        Column(translate("Mdf", "Paid on"), lambda p: format_date(p.paid_on)),
        Column(translate("Mdf", "Amount"), lambda p: format_money(p.amount_minor, p.currency), ALIGN_RIGHT),
        Column(translate("Mdf", "Reference"), lambda p: p.reference),
    ]
    if not per_claim:
        cols[1:1] = [
            Column(translate("Mdf", "Partner"), lambda p: p.partner_name),
            Column(translate("Mdf", "Activity"), lambda p: p.request_title),
        ]
        cols.append(
            Column(
                translate("Mdf", "Claim approved"),
                lambda p: (
                    format_money(p.claim_approved_minor, p.currency) if p.claim_approved_minor is not None else ""
                ),
                ALIGN_RIGHT,
            )
        )
        cols.append(Column(translate("Mdf", "Claim status"), lambda p: label(p.claim_status.value)))
    return cols


class PaymentsPanel(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("MdfPayments")
        self.model: RowsTableModel[PaymentRowDTO] = RowsTableModel(payment_columns(), self)
        self.table = table(self.model, stretch=2)
        self.rows: tuple[PaymentRowDTO, ...] = ()
        self.filter = QLineEdit()
        self.filter.setObjectName("paymentsFilter")
        self.filter.setPlaceholderText(translate("Mdf", "Filter by partner, activity or reference…"))
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(lambda _t: self._apply())
        self.total = QLabel()
        self.total.setObjectName("paymentsTotal")
        top = QHBoxLayout()
        top.addWidget(self.filter, 1)
        top.addWidget(self.total)
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.addLayout(top)
        box.addWidget(
            muted(
                translate(
                    "Mdf",
                    "Payments of approved claims, newest first. A claim is paid once its payments reach the "
                    "approved amount.",
                )
            )
        )
        box.addWidget(self.table, 1)
        ctx.bridge.subscribe(CoreEvent.DATA_CHANGED, self._changed, owner=self)

    def reload(self) -> None:
        self.ctx.db(list_payments, self.ctx.engine, self.ctx.actor, on_success=self._loaded, name="mdf-payments")

    def _loaded(self, rows: tuple[PaymentRowDTO, ...]) -> None:
        self.rows = rows
        self._apply()

    def _apply(self) -> None:
        """Payments per partner (or activity, reference): filtered as you type, with the total per currency."""
        needle = self.filter.text().strip().casefold()
        rows = [
            p
            for p in self.rows
            if not needle or any(needle in v.casefold() for v in (p.partner_name, p.request_title, p.reference))
        ]
        self.model.set_rows(rows)
        totals: dict[str, int] = {}
        for p in rows:
            totals[p.currency] = totals.get(p.currency, 0) + p.amount_minor
        self.total.setText(
            translate("Mdf", "Total: {0}").format(", ".join(format_money(v, c) for c, v in sorted(totals.items())))
            if totals
            else ""
        )

    def _changed(self, payload: DataChanged) -> None:
        if is_mdf_change(payload) and self.isVisible():
            self.reload()

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        self.reload()
