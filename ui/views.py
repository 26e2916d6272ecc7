"""The other areas of the shell: dashboard, deals list, activity, and an honest empty state for areas whose
screens arrive with their own feature."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QComboBox, QFrame, QGridLayout, QHBoxLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from ui.bridge import CoreEvent, DataChanged
from ui.context import AppContext
from ui.i18n import format_date, format_datetime, format_money, format_number, plural, translate
from ui.labels import label
from ui.models.paged import ALIGN_RIGHT, Column, PagedTableModel, SortSpec
from ui.models.rows import RowsTableModel
from ui.widgets.common import EmptyState, heading, muted, table
from workbench.deals.queries import deals_by_ids, list_deal_ids
from workbench.deals.types import DealRow, DealStatus
from workbench.search.activity import AuditEntryDTO, DashboardDTO, dashboard, recent_activity


class PlaceholderView(EmptyState):
    """An area whose screens are not built yet: says so, shows no fake data."""


class Card(QFrame):
    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        box = QVBoxLayout(self)
        self.value = heading("—")
        self.value.setObjectName("CardValue")
        self.caption = QLabel(title)
        self.caption.setWordWrap(True)
        box.addWidget(self.value)
        box.addWidget(self.caption)


class DashboardView(QWidget):
    open_area = Signal(str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("DashboardView")
        self.cards = {
            "partners": Card(translate("Dashboard", "Partners")),
            "active": Card(translate("Dashboard", "Active partners")),
            "review": Card(translate("Dashboard", "Deal registrations awaiting review")),
            "approved": Card(translate("Dashboard", "Approved (protected) deals")),
            "expiring": Card(translate("Dashboard", "Certifications expiring in 90 days")),
            "claims": Card(translate("Dashboard", "MDF claims awaiting review")),
        }
        grid = QGridLayout()
        for i, card in enumerate(self.cards.values()):
            grid.addWidget(card, i // 3, i % 3)
        self.deals_model: RowsTableModel[tuple[str, int]] = RowsTableModel(
            [
                Column(translate("Dashboard", "Deal status"), lambda r: label(r[0])),
                Column(translate("Dashboard", "Deals"), lambda r: format_number(r[1]), ALIGN_RIGHT),
            ],
            self,
        )
        box = QVBoxLayout(self)
        box.addWidget(heading(translate("Dashboard", "Dashboard")))
        self.as_of = muted("")
        box.addWidget(self.as_of)
        box.addLayout(grid)
        box.addWidget(QLabel(translate("Dashboard", "Deal registrations by status")))
        box.addWidget(table(self.deals_model, stretch=0), 1)
        box.addWidget(
            muted(
                translate(
                    "Dashboard",
                    "Partner health scores, win rates and MDF ROI arrive with the analytics screens.",
                )
            )
        )
        ctx.bridge.subscribe(CoreEvent.DATA_CHANGED, lambda _p: self.isVisible() and self.reload(), owner=self)

    def showEvent(self, event: Any) -> None:  # loaded when shown: the db lane serves the visible area first
        super().showEvent(event)
        self.reload()

    def reload(self) -> None:
        self.ctx.db(dashboard, self.ctx.engine, on_success=self._show, name="dashboard")

    def _show(self, d: DashboardDTO) -> None:
        values = {
            "partners": d.partners,
            "active": d.partners_by_status.get("active", 0),
            "review": d.deals_awaiting_review,
            "approved": d.deals_by_status.get("approved", 0),
            "expiring": d.certifications_expiring_90d,
            "claims": d.claims_awaiting_review,
        }
        for key, value in values.items():
            self.cards[key].value.setText(format_number(value))
        self.as_of.setText(translate("Dashboard", "As of {0}, from the local replica.").format(format_date(d.today)))
        order = [s.value for s in DealStatus]
        self.deals_model.set_rows(
            sorted(d.deals_by_status.items(), key=lambda kv: order.index(kv[0]) if kv[0] in order else 99)
        )


@dataclass(frozen=True)
class DealQuery:
    text: str | None = None
    status: str | None = None


def deal_columns() -> list[Column[DealRow]]:
    return [
        Column(translate("Deals", "Customer"), lambda d: d.customer_name, sort_key="customer", width_chars=26),
        Column(translate("Deals", "Deal"), lambda d: d.title, width_chars=34),
        Column(translate("Deals", "Status"), lambda d: label(d.status), width_chars=14),
        Column(
            translate("Deals", "Amount"),
            lambda d: format_money(d.amount_minor, d.currency),
            ALIGN_RIGHT,
            "amount",
            width_chars=16,
        ),
        Column(
            translate("Deals", "Expected close"), lambda d: format_date(d.expected_close), sort_key="expected_close"
        ),
        Column(translate("Deals", "Protected until"), lambda d: format_date(d.protection_until)),
        Column(
            translate("Deals", "Submitted"),
            lambda d: format_datetime(d.submitted_at),
            sort_key="submitted",
            width_chars=17,
        ),
    ]


class DealsView(QWidget):
    """All deal registrations of the replica (paged: smooth at 1,000,000 rows). Registering, reviewing and the
    duplicate check arrive with the deal registration screens."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("DealsView")
        engine = ctx.engine

        def ids_fn(query: DealQuery, sort: SortSpec | None) -> Sequence[str]:
            key = sort.key if sort else "newest"
            return list_deal_ids(engine, text=query.text, status=query.status, sort=key)

        self.model: PagedTableModel[DealRow] = PagedTableModel(
            ctx.runner, deal_columns(), ids_fn=ids_fn, fetch_rows=lambda ids: deals_by_ids(engine, ids), parent=self
        )
        self.table = table(self.model, stretch=1)
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(translate("Deals", "Filter by customer…"))
        self.filter.setClearButtonEnabled(True)
        self.status = QComboBox()
        self.status.addItem(translate("Deals", "Any status"), None)
        for s in DealStatus:
            self.status.addItem(label(s.value), s.value)
        self._debounce = QTimer(self, singleShot=True, interval=150)
        self._debounce.timeout.connect(self.apply)
        self.filter.textChanged.connect(lambda _t: self._debounce.start())
        self.status.currentIndexChanged.connect(lambda _i: self.apply())
        self.count = QLabel()
        top = QHBoxLayout()
        top.addWidget(heading(translate("Deals", "Deal registrations")), 1)
        top.addWidget(self.count)
        filters = QHBoxLayout()
        filters.addWidget(self.filter, 2)
        filters.addWidget(self.status, 1)
        box = QVBoxLayout(self)
        box.addLayout(top)
        box.addWidget(
            muted(translate("Deals", "Registering and reviewing deals arrives with the deal registration screens."))
        )
        box.addLayout(filters)
        box.addWidget(self.table, 1)
        self.model.ids_loaded.connect(
            lambda n: self.count.setText(plural(n, translate("Deals", "%n deal"), translate("Deals", "%n deals")))
        )
        ctx.bridge.subscribe(CoreEvent.DATA_CHANGED, self._changed, owner=self)
        self._started = False

    def showEvent(self, event: Any) -> None:  # the id list of a million deals is loaded when first shown
        super().showEvent(event)
        if not self._started:
            self._started = True
            self.model.set_query(DealQuery(), SortSpec("newest"))

    def apply(self) -> None:
        self._started = True
        query = DealQuery(self.filter.text().strip() or None, self.status.currentData())
        if query != self.model.query:
            self.model.set_query(query, self.model.sort_spec)

    def _changed(self, payload: DataChanged) -> None:
        if self._started and payload.entity in ("deal", "deal_registrations", "*"):
            self.model.refresh()


class ActivityView(QWidget):
    open_partner = Signal(str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("ActivityView")
        self.model: RowsTableModel[AuditEntryDTO] = RowsTableModel(
            [
                Column(translate("Activity", "When"), lambda e: format_datetime(e.occurred_at)),
                Column(translate("Activity", "Partner"), lambda e: e.partner_name or ""),
                Column(translate("Activity", "Record"), lambda e: label(e.entity)),
                Column(translate("Activity", "Action"), lambda e: label(e.action)),
                Column(translate("Activity", "By"), lambda e: e.actor_id),
            ],
            self,
        )
        self.table = table(self.model, stretch=1)
        self.table.doubleClicked.connect(self._open)
        box = QVBoxLayout(self)
        box.addWidget(heading(translate("Activity", "Recent activity")))
        box.addWidget(
            muted(translate("Activity", "Every change recorded in the tamper-evident audit log, newest first."))
        )
        box.addWidget(self.table, 1)
        ctx.bridge.subscribe(CoreEvent.DATA_CHANGED, lambda _p: self.isVisible() and self.reload(), owner=self)

    def reload(self) -> None:
        self.ctx.db(recent_activity, self.ctx.engine, on_success=self.model.set_rows, name="activity")

    def _open(self, index: Any) -> None:
        entry = self.model.row_at(index.row())
        if entry is not None and entry.partner_id:
            self.open_partner.emit(entry.partner_id)

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        self.reload()
