"""The cost lines of a claim (the proof's cost table): listed with their total, added one at a time while the
claim can be edited, each field checked as you type."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGridLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from ui.context import AppContext
from ui.errors import show_error
from ui.i18n import format_money, translate
from ui.mdf.common import announcing, localized, money_validator, run_for
from ui.models.paged import ALIGN_RIGHT, Column
from ui.models.rows import RowsTableModel
from ui.tasks import Lane
from ui.widgets.common import fit_rows, table
from ui.widgets.forms import FieldError, FormState, bind_validator
from workbench import validation
from workbench.errors import UserError
from workbench.mdf.commands import add_cost_line
from workbench.mdf.types import CostLineDTO, CostLineInput


class CostLinesPanel(QWidget):
    changed = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("CostLines")
        self.claim_id: str | None = None
        self.currency = "EUR"
        self.model: RowsTableModel[CostLineDTO] = RowsTableModel(
            [
                Column(translate("ClaimEditor", "Cost"), lambda c: c.description),
                Column(translate("ClaimEditor", "Invoice"), lambda c: c.invoice_ref or ""),
                Column(
                    translate("ClaimEditor", "Amount"), lambda c: format_money(c.amount_minor, c.currency), ALIGN_RIGHT
                ),
            ],
            self,
        )
        self.table = table(self.model, stretch=0)
        self.total = QLabel()
        self.total.setObjectName("costTotal")
        self.description = QLineEdit()
        self.description.setPlaceholderText(translate("ClaimEditor", "Cost, e.g. booth rent"))
        self.invoice = QLineEdit()
        self.invoice.setPlaceholderText(translate("ClaimEditor", "Invoice no."))
        self.amount = QLineEdit()
        self.amount.setPlaceholderText(translate("ClaimEditor", "Amount"))
        self.add_button = QPushButton(translate("ClaimEditor", "Add &cost"))
        self.add_button.setObjectName("addCost")
        self.form = FormState(self)
        self.errors = [FieldError(self), FieldError(self), FieldError(self)]
        bind_validator(
            self.description,
            lambda v: validation.required_text(v, "description"),
            error_label=self.errors[0],
            form=self.form,
            name="description",
        )
        bind_validator(
            self.invoice,
            lambda v: validation.text(v, "invoice_ref", max_len=validation.MAX_SHORT, required=False),
            error_label=self.errors[1],
            form=self.form,
            name="invoice_ref",
        )
        bind_validator(
            self.amount,
            money_validator(lambda: self.currency, "amount"),
            error_label=self.errors[2],
            form=self.form,
            name="amount",
        )
        self.form.bind_button(self.add_button)
        self.add_button.clicked.connect(self.add)
        self.amount.returnPressed.connect(self.add)
        grid = QGridLayout()
        grid.setContentsMargins(0, 0, 0, 0)
        for col, widget in enumerate((self.description, self.invoice, self.amount)):
            grid.addWidget(widget, 0, col)
            grid.addWidget(self.errors[col], 1, col)
        grid.addWidget(self.add_button, 0, 3)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(2, 1)
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.table)
        box.addWidget(self.total)
        box.addLayout(grid)
        self.set_claim(None, "EUR", (), editable=False)

    def set_claim(self, claim_id: str | None, currency: str, lines: Sequence[CostLineDTO], *, editable: bool) -> None:
        self.claim_id, self.currency = claim_id, currency
        self.model.set_rows(lines)
        fit_rows(self.table, max_rows=4)
        usable = editable and claim_id is not None
        for w in (self.description, self.invoice, self.amount):
            w.setEnabled(usable)
        self.add_button.setVisible(usable)
        self._total()

    def _total(self) -> None:
        total = sum(line.amount_minor for line in self.model.rows)
        self.total.setText(
            translate("ClaimEditor", "Total of the cost lines: {0}").format(format_money(total, self.currency))
        )

    def add(self) -> None:
        if self.claim_id is None or not self.form.show_all():
            return
        v = self.form.values()
        data = CostLineInput(self.claim_id, v["description"], v["amount"], self.currency, v["invoice_ref"])
        self.add_button.setEnabled(False)
        run_for(
            self,
            self.ctx,
            Lane.DB,
            announcing(self.ctx, "mdf_claims", add_cost_line, lambda c: c.claim_id),
            self.ctx.engine,
            self.ctx.actor,
            data,
            on_success=self._added,
            on_error=self._failed,
            name="mdf-add-cost",
        )

    def _added(self, line: CostLineDTO) -> None:
        self.model.set_rows([*self.model.rows, line])
        fit_rows(self.table, max_rows=4)
        self._total()
        for w in (self.description, self.invoice, self.amount):
            w.clear()
        for name in ("description", "invoice_ref", "amount"):
            binding = self.form.binding(name)
            binding.touched = False
            binding.validate()
        self.description.setFocus()
        self.changed.emit()

    def _failed(self, exc: BaseException) -> None:
        self.form.revalidate()
        if isinstance(exc, UserError):
            field = str(exc.params.get("field", ""))
            target = field if field in self.form.bindings else "description"
            self.form.binding(target).show_error(localized(exc, self.currency))
            return
        show_error(exc, self)
