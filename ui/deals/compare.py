"""Side-by-side comparison of a suspected duplicate pair: field by field, the cells that match highlighted.
Only pairs the user may see in full are compared: a vendor role any pair, a partner role two of its own
partner's registrations (another partner's registration never reaches a partner's screen)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtGui import QColor
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from ui.context import AppContext
from ui.deals.common import MarkedRowsModel, explain_match, match_colour
from ui.i18n import format_date, format_datetime, format_money, translate
from ui.labels import label
from ui.models.paged import Column
from ui.widgets.common import heading, table
from workbench.deals.duplicates import DuplicateMatch, find_duplicates_of_deal, registered_at
from workbench.deals.normalize import normalize_company
from workbench.deals.queries import get_deal, partner_names
from workbench.deals.types import DealDTO
from workbench.security.roles import Actor


@dataclass(frozen=True)
class ComparePair:
    left: DealDTO
    right: DealDTO
    left_partner: str
    right_partner: str
    match: DuplicateMatch | None  # why the right one matches the left one


def load_pair(engine: Any, actor: Actor, left_id: str, right_id: str) -> ComparePair:
    """Db lane. A partner role may compare only its own partner's registrations."""
    left, right = get_deal(engine, left_id), get_deal(engine, right_id)
    for d in (left, right):
        actor.require_partner_access("compare_deals", d.partner_id)
    names = partner_names(engine, [left.partner_id, right.partner_id])
    match = next((m for m in find_duplicates_of_deal(engine, actor, left_id) if m.other_deal_id == right_id), None)
    return ComparePair(left, right, names.get(left.partner_id, ""), names.get(right.partner_id, ""), match)


@dataclass(frozen=True)
class FieldRow:
    key: str
    title: str
    left: str
    right: str
    same: bool


def _domain(d: DealDTO) -> str:
    return (d.customer_domain or "").removeprefix("www.")


def field_rows(p: ComparePair) -> list[FieldRow]:
    a, b = p.left, p.right
    a_products = {x.product_id: f"{x.sku} {x.name}" for x in a.products}
    b_products = {x.product_id: f"{x.sku} {x.name}" for x in b.products}
    common = set(a_products) & set(b_products)

    def products(own: dict[str, str]) -> str:
        return ", ".join(
            ("✓ " if pid in common else "") + text for pid, text in sorted(own.items(), key=lambda kv: kv[1])
        )

    def email_domain(d: DealDTO) -> str:
        return (d.customer_email or "").rpartition("@")[2].lower()

    rows = [
        FieldRow("partner", translate("CompareDeals", "Partner"), p.left_partner, p.right_partner,
                 a.partner_id == b.partner_id),
        FieldRow("customer", translate("CompareDeals", "Customer"), a.customer_name, b.customer_name,
                 a.customer_name == b.customer_name),
        FieldRow("norm", translate("CompareDeals", "Folded company name"), normalize_company(a.customer_name),
                 normalize_company(b.customer_name), a.customer_name_norm == b.customer_name_norm),
        FieldRow("domain", translate("CompareDeals", "Web domain"), a.customer_domain or "", b.customer_domain or "",
                 bool(_domain(a)) and _domain(a) == _domain(b)),
        FieldRow("email", translate("CompareDeals", "E-mail"), a.customer_email or "", b.customer_email or "",
                 bool(email_domain(a)) and email_domain(a) == email_domain(b)),
        FieldRow("country", translate("CompareDeals", "Country"), a.customer_country or "", b.customer_country or "",
                 bool(a.customer_country) and a.customer_country == b.customer_country),
        FieldRow("products", translate("CompareDeals", "Products"), products(a_products), products(b_products),
                 bool(common)),
        FieldRow("title", translate("CompareDeals", "Deal"), a.title, b.title, a.title == b.title),
        FieldRow("amount", translate("CompareDeals", "Amount"), format_money(a.amount_minor, a.currency),
                 format_money(b.amount_minor, b.currency),
                 (a.amount_minor, a.currency) == (b.amount_minor, b.currency)),
        FieldRow("close", translate("CompareDeals", "Expected close"), format_date(a.expected_close),
                 format_date(b.expected_close), a.expected_close == b.expected_close),
        FieldRow("status", translate("CompareDeals", "Status"), label(a.status.value), label(b.status.value),
                 a.status == b.status),
        FieldRow("registered", translate("CompareDeals", "Registered (priority time)"),
                 format_datetime(registered_at(a.server_received_at, a.submitted_at)),
                 format_datetime(registered_at(b.server_received_at, b.submitted_at)), False),
        FieldRow("protection", translate("CompareDeals", "Protected until"), format_date(a.protection_until),
                 format_date(b.protection_until), False),
    ]  # fmt: skip
    return rows


class CompareDealsDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("CompareDealsDialog")
        self.setWindowTitle(translate("CompareDeals", "Compare possible duplicates"))
        self.pair: ComparePair | None = None
        self.model: MarkedRowsModel[FieldRow] = MarkedRowsModel(
            [
                Column(translate("CompareDeals", "Field"), lambda r: r.title),
                Column(translate("CompareDeals", "This registration"), lambda r: r.left),
                Column(translate("CompareDeals", "Possible duplicate"), lambda r: r.right),
            ],
            self._marker,
            self,
        )
        self.table = table(self.model, stretch=None)
        self.why = QLabel()
        self.why.setObjectName("compareWhy")
        self.why.setWordWrap(True)
        self.legend = QLabel(translate("CompareDeals", "Highlighted: the values that match."))
        self.legend.setEnabled(False)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        box = QVBoxLayout(self)
        box.addWidget(heading(translate("CompareDeals", "Side by side"), level=2))
        box.addWidget(self.why)
        box.addWidget(self.table, 1)
        box.addWidget(self.legend)
        box.addWidget(buttons)
        self.resize(self.fontMetrics().averageCharWidth() * 140, self.fontMetrics().lineSpacing() * 40)

    def compare(self, left_id: str, right_id: str) -> None:
        self.ctx.db(
            load_pair, self.ctx.engine, self.ctx.actor, left_id, right_id, on_success=self._show, name="compare-deals"
        )

    def _show(self, pair: ComparePair) -> None:
        self.pair = pair
        self.model.set_rows(field_rows(pair))
        self.why.setText(
            explain_match(pair.match)
            if pair.match
            else translate("CompareDeals", "These registrations no longer match (closed, or the data changed).")
        )

    def _marker(self, row: FieldRow, column: int) -> QColor | None:
        return match_colour() if row.same and column > 0 else None
