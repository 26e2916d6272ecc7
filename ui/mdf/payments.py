"""Payments per partner and per claim (newest first)."""

from __future__ import annotations

import functools
from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from ui.bridge import CoreEvent, DataChanged
from ui.context import AppContext
from ui.i18n import format_date, format_money, translate
from ui.labels import label
from ui.mdf.budgets import is_mdf_change
from ui.models.paged import ALIGN_RIGHT, Column, PagedTableModel
from ui.widgets.common import muted, table
from workbench.mdf.queries import PaymentRowDTO, payment_ids, payment_rows_by_ids, payment_totals


def payment_columns(*, per_claim: bool = False) -> list[Column[PaymentRowDTO]]:
    cols: list[Column[PaymentRowDTO]] = [
        Column(translate("Mdf", "Paid on"), lambda p: format_date(p.paid_on), width_chars=10),
        Column(
            translate("Mdf", "Amount"), lambda p: format_money(p.amount_minor, p.currency), ALIGN_RIGHT, width_chars=14
        ),
        Column(translate("Mdf", "Reference"), lambda p: p.reference, width_chars=18),
    ]
    if not per_claim:
        cols[1:1] = [
            Column(translate("Mdf", "Partner"), lambda p: p.partner_name, width_chars=30),
            Column(translate("Mdf", "Activity"), lambda p: p.request_title, width_chars=28),
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
        cols.append(Column(translate("Mdf", "Claim status"), lambda p: label(p.claim_status.value), width_chars=12))
    return cols


class PaymentsPanel(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("MdfPayments")
        engine, actor = ctx.engine, ctx.actor
        self.model: PagedTableModel[PaymentRowDTO] = PagedTableModel(
            ctx.runner,
            payment_columns(),
            ids_fn=lambda text, _sort: payment_ids(engine, actor, text=text),
            fetch_rows=lambda ids: payment_rows_by_ids(engine, actor, ids),
            parent=self,
        )
        self.table = table(self.model, stretch=2)
        self._started = False
        self._debounce = QTimer(self, singleShot=True, interval=150)
        self._debounce.timeout.connect(self._apply)
        self.filter = QLineEdit()
        self.filter.setObjectName("paymentsFilter")
        self.filter.setPlaceholderText(translate("Mdf", "Filter by partner, activity or reference…"))
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(lambda _t: self._debounce.start())
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
        if self._started:
            self.model.refresh()
        else:
            self._apply()
        self._load_totals()

    def _text(self) -> str | None:
        return self.filter.text().strip() or None

    def _apply(self) -> None:
        """Payments per partner (or activity, reference): filtered in SQL as you type, totals per currency."""
        self._started = True
        text = self._text()
        if text != self.model.query or self.model.rowCount() == 0:
            self.model.set_query(text)
        self._load_totals()

    def _load_totals(self) -> None:
        work = functools.partial(payment_totals, text=self._text())
        self.ctx.db(work, self.ctx.engine, self.ctx.actor, on_success=self._show_totals, name="mdf-payment-totals")

    def _show_totals(self, totals: dict[str, int]) -> None:
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
