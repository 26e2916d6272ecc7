"""The Deals area: the registrations list (paged: smooth at 1,000,000 rows) with the selected registration's
detail beside it, the register form, CSV import and export, and (vendor roles) the review queue."""

from __future__ import annotations

import functools
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QLocale, QModelIndex, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ui.bridge import CoreEvent, DataChanged
from ui.context import AppContext
from ui.deals.common import Clock, days_left_text, utc_clock
from ui.deals.compare import CompareDealsDialog
from ui.deals.detail import DealDetail
from ui.deals.register import RegisterDealDialog
from ui.deals.review import ReviewQueueView
from ui.i18n import format_date, format_datetime, format_money, plural, translate
from ui.labels import label
from ui.models.paged import ALIGN_RIGHT, Column, PagedTableModel, SortSpec
from ui.tasks import Lane
from ui.widgets.common import heading, table
from workbench.csvio.exporter import export_csv
from workbench.deals.duplicates import find_duplicates_of_deal
from workbench.deals.queries import deals_by_ids, list_deal_ids
from workbench.deals.types import DealRow, DealStatus


@dataclass(frozen=True)
class DealQuery:
    text: str | None = None
    status: str | None = None
    partner_id: str | None = None


def deal_columns(clock: Clock = utc_clock) -> list[Column[DealRow]]:
    def protection(d: DealRow) -> str:
        return days_left_text(d.protection_until, d.status.value, clock().date())

    def status(d: DealRow) -> str:
        text = label(d.status)
        return text + " " + translate("Deals", "(provisional)") if d.provisional and d.submitted_at else text

    return [
        Column(translate("Deals", "Customer"), lambda d: d.customer_name, sort_key="customer", width_chars=26),
        Column(translate("Deals", "Deal"), lambda d: d.title, width_chars=30),
        Column(translate("Deals", "Status"), status, width_chars=20),
        Column(
            translate("Deals", "Protection"),
            protection,
            width_chars=11,
            tooltip=lambda d: format_date(d.protection_until) or None,
        ),  # fmt: skip
        Column(
            translate("Deals", "Amount"),
            lambda d: format_money(d.amount_minor, d.currency),
            ALIGN_RIGHT,
            "amount",
            width_chars=14,
        ),
        Column(
            translate("Deals", "Expected close"), lambda d: format_date(d.expected_close), sort_key="expected_close"
        ),
        Column(
            translate("Deals", "Submitted"),
            lambda d: format_datetime(d.submitted_at),
            sort_key="submitted",
            width_chars=17,
        ),
    ]


def _write(path: str, data: bytes) -> str:
    Path(path).write_bytes(data)
    return path


class DealListView(QWidget):
    register_requested = Signal()
    import_requested = Signal()

    def __init__(self, ctx: AppContext, clock: Clock = utc_clock, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.clock = clock
        self.setObjectName("DealListView")
        engine = ctx.engine
        own = None if ctx.actor.is_vendor else (ctx.actor.partner_id or "")

        def ids_fn(query: DealQuery, sort: SortSpec | None) -> Sequence[str]:
            key = sort.key if sort else "newest"
            return list_deal_ids(engine, partner_id=own, text=query.text, status=query.status, sort=key)

        self.model: PagedTableModel[DealRow] = PagedTableModel(
            ctx.runner, deal_columns(clock), ids_fn=ids_fn, fetch_rows=lambda ids: deals_by_ids(engine, ids),
            parent=self,
        )  # fmt: skip
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
        self.count.setObjectName("dealCount")
        self.register_button = QPushButton(translate("Deals", "&Register deal…"))
        self.register_button.setObjectName("registerDeal")
        self.register_button.clicked.connect(self.register_requested.emit)
        self.import_button = QPushButton(translate("Deals", "&Import CSV…"))
        self.import_button.clicked.connect(self.import_requested.emit)
        self.export_button = QPushButton(translate("Deals", "E&xport CSV"))
        export_menu = QMenu(self.export_button)
        kinds = [("deals", translate("Deals", "Deal registrations…")), ("contacts", translate("Deals", "Contacts…"))]
        if ctx.actor.is_vendor:
            kinds.append(("partners", translate("Deals", "Partners…")))
        for kind, text in kinds:
            export_menu.addAction(text, lambda k=kind: self.export(kind=k))
        self.export_button.setMenu(export_menu)
        self.detail = DealDetail(ctx, clock)
        top = QHBoxLayout()
        top.addWidget(heading(translate("Deals", "Deal registrations")), 1)
        top.addWidget(self.count)
        top.addWidget(self.register_button)
        top.addWidget(self.import_button)
        top.addWidget(self.export_button)
        filters = QHBoxLayout()
        filters.addWidget(self.filter, 2)
        filters.addWidget(self.status, 1)
        left = QWidget()
        lbox = QVBoxLayout(left)
        lbox.setContentsMargins(0, 0, 0, 0)
        lbox.addLayout(filters)
        lbox.addWidget(self.table, 1)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        box = QVBoxLayout(self)
        box.addLayout(top)
        box.addWidget(self.splitter, 1)
        self.model.ids_loaded.connect(
            lambda n: self.count.setText(plural(n, translate("Deals", "%n deal"), translate("Deals", "%n deals")))
        )
        self.table.selectionModel().currentRowChanged.connect(self._current)
        ctx.bridge.subscribe(CoreEvent.DATA_CHANGED, self._changed, owner=self)
        self._started = False
        self.export_path: str | None = None

    def showEvent(self, event: Any) -> None:  # the id list of a million deals is loaded when first shown
        super().showEvent(event)
        self.start()

    def start(self) -> None:
        if not self._started:
            self._started = True
            self.model.set_query(DealQuery(), SortSpec("newest"))

    def apply(self) -> None:
        self._started = True
        query = DealQuery(self.filter.text().strip() or None, self.status.currentData())
        if query != self.model.query:
            self.model.set_query(query, self.model.sort_spec)

    def select(self, deal_id: str) -> None:
        self.detail.show_deal(deal_id)
        row = self.model.row_of(deal_id)
        if row is not None:
            self.table.setCurrentIndex(self.model.index(row, 0))

    def _current(self, index: QModelIndex, _prev: QModelIndex) -> None:
        if index.isValid():
            self.detail.show_deal(self.model.id_at(index.row()))

    def _changed(self, payload: DataChanged) -> None:
        if self._started and payload.entity in ("deal", "deal_registrations", "*"):
            self.model.refresh()
            if self.detail.deal_id and (not payload.ids or self.detail.deal_id in payload.ids):
                self.detail.reload()

    def export(self, path: str | None = None, *, kind: str = "deals") -> None:
        """Export deals, contacts or partners (UTF-8 with BOM, the locale's separator, formula cells
        neutralised: ``workbench.csvio.exporter``) to a file chosen by the user."""
        if path is None:
            path, _ = QFileDialog.getSaveFileName(
                self, translate("Deals", "Export CSV"), f"{kind}.csv", translate("Deals", "CSV files (*.csv)")
            )
        if not path:
            return
        locale = QLocale().name()[:2]

        def written(p: str) -> None:
            self.export_path = p
            self.count.setText(translate("Deals", "Exported to {0}").format(Path(p).name))

        def got(data: bytes) -> None:
            self.ctx.runner.submit(Lane.IO, _write, path, data, on_success=written, name="write-export")

        exporter = functools.partial(export_csv, locale=locale)
        self.ctx.db(exporter, self.ctx.engine, self.ctx.actor, kind, on_success=got, name=f"export-{kind}")


class DealsView(QWidget):
    """The Deals area: registrations (list + detail) and, for vendor roles, the review queue."""

    def __init__(self, ctx: AppContext, clock: Clock = utc_clock, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("DealsView")
        self.list = DealListView(ctx, clock)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.list, translate("Deals", "Registrations"))
        self.queue: ReviewQueueView | None = None
        if ctx.actor.is_vendor:
            self.queue = ReviewQueueView(ctx, clock)
            self.tabs.addTab(self.queue, translate("Deals", "Review queue"))
            self.queue.open_deal.connect(self.open_deal)
            self.queue.compare_requested.connect(self.compare_first_duplicate)
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.tabs)
        self.list.register_requested.connect(self.register)
        self.list.import_requested.connect(self.import_csv)
        self.list.detail.compare_requested.connect(self.compare)
        self.register_dialog: RegisterDealDialog | None = None
        self.compare_dialog: CompareDealsDialog | None = None
        self.import_wizard: Any = None
        # kept for callers of the former ui.views.DealsView
        self.model = self.list.model
        self.table = self.list.table
        self.filter = self.list.filter
        self.status = self.list.status
        self.count = self.list.count

    def register(self) -> RegisterDealDialog:
        self.register_dialog = RegisterDealDialog(self.ctx, parent=self)
        self.register_dialog.saved.connect(lambda d: self.open_deal(d.id))
        self.register_dialog.open()
        return self.register_dialog

    def import_csv(self) -> Any:
        from ui.csv_import import CsvImportWizard

        self.import_wizard = CsvImportWizard(self.ctx, parent=self)
        self.import_wizard.open()
        return self.import_wizard

    def open_deal(self, deal_id: str) -> None:
        self.tabs.setCurrentWidget(self.list)
        self.list.start()
        self.list.select(deal_id)

    def compare(self, left: str, right: str) -> CompareDealsDialog:
        self.compare_dialog = CompareDealsDialog(self.ctx, self)
        self.compare_dialog.compare(left, right)
        self.compare_dialog.open()
        return self.compare_dialog

    def compare_first_duplicate(self, deal_id: str) -> None:
        def got(matches: list[Any]) -> None:
            other = next((m.other_deal_id for m in matches if m.other_deal_id), None)
            if other is not None:
                self.compare(deal_id, other)
            elif self.queue is not None:
                self.queue.feedback.setText(translate("Deals", "No possible duplicate to compare with."))

        self.ctx.db(find_duplicates_of_deal, self.ctx.engine, self.ctx.actor, deal_id, on_success=got, name="dups")
