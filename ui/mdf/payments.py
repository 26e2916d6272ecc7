"""Payments per partner and per claim (newest first)."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QVBoxLayout, QWidget

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
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
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
        self.ctx.db(list_payments, self.ctx.engine, self.ctx.actor, on_success=self.model.set_rows, name="mdf-payments")

    def _changed(self, payload: DataChanged) -> None:
        if is_mdf_change(payload) and self.isVisible():
            self.reload()

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        self.reload()
