"""The MDF area: overview of budgets and allocations with live balances, fund requests, claims, the approver
queue (vendor roles) and payments. Editors open from here; every read and write runs on the db lane."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QTabWidget, QVBoxLayout, QWidget

from ui.bridge import CoreEvent, DataChanged
from ui.context import AppContext
from ui.i18n import format_date, format_money, translate
from ui.labels import label
from ui.mdf.budgets import BudgetsPanel, is_mdf_change
from ui.mdf.claim_editor import ClaimEditor
from ui.mdf.common import activity_label
from ui.mdf.payments import PaymentsPanel
from ui.mdf.request_editor import RequestEditor
from ui.mdf.review import ReviewQueue
from ui.models.paged import ALIGN_RIGHT, Column, PagedTableModel, RowRole
from ui.widgets.common import heading, table
from workbench.mdf.commands import REQUEST_EDITABLE
from workbench.mdf.queries import (
    ClaimRowDTO,
    MdfOverviewDTO,
    RequestRowDTO,
    ReviewItemDTO,
    claim_ids,
    claim_rows_by_ids,
    mdf_overview,
    request_ids,
    request_rows_by_ids,
)
from workbench.mdf.types import RequestStatus


def request_columns() -> list[Column[RequestRowDTO]]:
    return [
        Column(translate("Mdf", "Partner"), lambda r: r.partner_name, width_chars=24),
        Column(translate("Mdf", "Activity"), lambda r: activity_label(r.request.activity_type.value), width_chars=16),
        Column(translate("Mdf", "Title"), lambda r: r.request.title, width_chars=28),
        Column(
            translate("Mdf", "Dates"),
            lambda r: translate("Mdf", "{0} – {1}").format(
                format_date(r.request.start_date), format_date(r.request.end_date)
            ),
            width_chars=17,
        ),
        Column(
            translate("Mdf", "Requested"),
            lambda r: format_money(r.request.requested_minor, r.request.currency),
            ALIGN_RIGHT,
            width_chars=14,
        ),
        Column(
            translate("Mdf", "Approved"),
            lambda r: (
                format_money(r.request.approved_minor, r.request.currency)
                if r.request.approved_minor is not None
                else ""
            ),
            ALIGN_RIGHT,
            width_chars=14,
        ),
        Column(translate("Mdf", "Status"), lambda r: label(r.request.status.value), width_chars=12),
        Column(translate("Mdf", "Claim deadline"), lambda r: format_date(r.request.claim_due), width_chars=12),
    ]


def claim_columns() -> list[Column[ClaimRowDTO]]:
    def money(getter: Any) -> Any:
        return lambda c: format_money(getter(c), c.claim.currency) if getter(c) is not None else ""

    return [
        Column(translate("Mdf", "Partner"), lambda c: c.partner_name, width_chars=28),
        Column(translate("Mdf", "Activity"), lambda c: c.request_title, width_chars=28),
        Column(translate("Mdf", "Claimed"), money(lambda c: c.claim.claimed_minor), ALIGN_RIGHT, width_chars=14),
        Column(
            translate("Mdf", "Actual cost"), money(lambda c: c.claim.actual_cost_minor), ALIGN_RIGHT, width_chars=14
        ),
        Column(translate("Mdf", "Approved"), money(lambda c: c.claim.approved_minor), ALIGN_RIGHT, width_chars=14),
        Column(translate("Mdf", "Status"), lambda c: label(c.claim.status.value), width_chars=12),
        Column(translate("Mdf", "Claim deadline"), lambda c: format_date(c.claim_due), width_chars=12),
    ]


class _ListPanel(QWidget):
    def __init__(
        self, ctx: AppContext, model: Any, buttons: list[QPushButton], stretch: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.model = model
        self.table = table(model, stretch=stretch)
        row = QHBoxLayout()
        for b in buttons:
            row.addWidget(b)
        row.addStretch(1)
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.addLayout(row)
        box.addWidget(self.table, 1)

    def current(self) -> Any:
        """The current row's DTO; None while its page is still on the way (the model then emits dataChanged)."""
        index = self.table.currentIndex()
        return index.data(RowRole) if index.isValid() else None


class MdfView(QWidget):
    """Tabs: Overview, Requests, Claims, Review (vendor roles only), Payments."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("MdfView")
        self.editor: Any = None
        self._loaded: set[Any] = set()
        self.budgets = BudgetsPanel(ctx)

        engine, actor = ctx.engine, ctx.actor
        # Paged, id-based models: the ids are ordered in SQL, rows fetched a page at a time (any number of rows).
        self.requests_model: PagedTableModel[RequestRowDTO] = PagedTableModel(
            ctx.runner,
            request_columns(),
            ids_fn=lambda _query, _sort: request_ids(engine, actor),
            fetch_rows=lambda ids: request_rows_by_ids(engine, actor, ids),
            id_of=lambda r: r.request.id,
            parent=self,
        )
        self.new_request_button = QPushButton(translate("Mdf", "&New request…"))
        self.new_request_button.setObjectName("newRequest")
        self.edit_request_button = QPushButton(translate("Mdf", "&Edit request…"))
        self.claim_button = QPushButton(translate("Mdf", "&File a claim…"))
        self.claim_button.setObjectName("fileClaim")
        self.requests = _ListPanel(
            ctx, self.requests_model, [self.new_request_button, self.edit_request_button, self.claim_button], 2
        )
        self.new_request_button.clicked.connect(self.new_request)
        self.edit_request_button.clicked.connect(self.edit_request)
        self.claim_button.clicked.connect(self.file_claim)
        self.requests.table.doubleClicked.connect(lambda _i: self._open_request())
        self.requests.table.selectionModel().currentRowChanged.connect(lambda *_: self._request_buttons())
        self.requests_model.dataChanged.connect(lambda *_: self._request_buttons())
        self.requests_model.modelReset.connect(self._request_buttons)

        self.claims_model: PagedTableModel[ClaimRowDTO] = PagedTableModel(
            ctx.runner,
            claim_columns(),
            ids_fn=lambda _query, _sort: claim_ids(engine, actor),
            fetch_rows=lambda ids: claim_rows_by_ids(engine, actor, ids),
            id_of=lambda c: c.claim.id,
            parent=self,
        )
        self.open_claim_button = QPushButton(translate("Mdf", "&Open claim…"))
        self.open_claim_button.setObjectName("openClaim")
        self.claims = _ListPanel(ctx, self.claims_model, [self.open_claim_button], 1)
        self.open_claim_button.clicked.connect(self.open_claim)
        self.claims.table.doubleClicked.connect(lambda _i: self.open_claim())

        self.review = ReviewQueue(ctx)
        self.review.open_item.connect(self._open_review_item)
        self.payments = PaymentsPanel(ctx)

        self.tabs = QTabWidget()
        self.tabs.setObjectName("mdfTabs")
        self.tabs.addTab(self.budgets, translate("Mdf", "&Budgets and allocations"))
        self.tabs.addTab(self.requests, translate("Mdf", "Fund &requests"))
        self.tabs.addTab(self.claims, translate("Mdf", "&Claims"))
        if ctx.actor.is_vendor:
            self.tabs.addTab(self.review, translate("Mdf", "Re&view queue"))
        self.tabs.addTab(self.payments, translate("Mdf", "&Payments"))
        self.tabs.currentChanged.connect(lambda _i: self.reload())
        box = QVBoxLayout(self)
        box.addWidget(heading(translate("Mdf", "Market development funds")))
        box.addWidget(self.tabs, 1)
        ctx.bridge.subscribe(CoreEvent.DATA_CHANGED, self._changed, owner=self)
        self._request_buttons()

    def today(self) -> date:
        return date.today()

    def show_tab(self, widget: QWidget) -> None:
        self.tabs.setCurrentWidget(widget)

    # -- loading ----------------------------------------------------------------------------------------------------

    def reload(self) -> None:
        """Load (first time) or refresh the list on the current tab; the other tabs load themselves when shown."""
        current = self.tabs.currentWidget()
        for panel, model in ((self.requests, self.requests_model), (self.claims, self.claims_model)):
            if current is panel:
                if model in self._loaded:
                    model.refresh()
                else:
                    self._loaded.add(model)
                    model.set_query(())

    def _changed(self, payload: DataChanged) -> None:
        if is_mdf_change(payload) and self.isVisible():
            self.reload()

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        self.reload()

    # -- requests ---------------------------------------------------------------------------------------------------

    def _request_buttons(self) -> None:
        row = self.requests.current()
        status = row.request.status if row is not None else None
        self.edit_request_button.setEnabled(status in REQUEST_EDITABLE)
        self.claim_button.setEnabled(status == RequestStatus.APPROVED)

    def _with_allocations(self, then: Any) -> None:
        self.ctx.db(
            mdf_overview, self.ctx.engine, self.ctx.actor, on_success=lambda ov: then(ov), name="mdf-allocations"
        )

    def new_request(self) -> None:
        def show(ov: MdfOverviewDTO) -> None:
            self.editor = RequestEditor(self.ctx, ov.allocations, today=self.today(), parent=self)
            self.editor.saved.connect(lambda _r: self.reload())
            self.editor.open()

        self._with_allocations(show)

    def edit_request(self) -> None:
        row = self.requests.current()
        if row is None or row.request.status not in REQUEST_EDITABLE:
            return

        def show(ov: MdfOverviewDTO) -> None:
            self.editor = RequestEditor(self.ctx, ov.allocations, today=self.today(), request=row.request, parent=self)
            self.editor.saved.connect(lambda _r: self.reload())
            self.editor.open()

        self._with_allocations(show)

    def _open_request(self) -> None:
        row = self.requests.current()
        if row is None:
            return
        if row.request.status in REQUEST_EDITABLE:
            self.edit_request()
        elif row.request.status == RequestStatus.APPROVED:
            self.file_claim()

    # -- claims -----------------------------------------------------------------------------------------------------

    def file_claim(self, request_id: str | None = None) -> None:
        if not request_id:
            row = self.requests.current()
            if row is None or row.request.status != RequestStatus.APPROVED:
                return
            request_id = row.request.id
        self._open_claim_editor(request_id=request_id)

    def open_claim(self, claim_id: str | None = None) -> None:
        if not claim_id:
            row = self.claims.current()
            if row is None:
                return
            claim_id = row.claim.id
        self._open_claim_editor(claim_id=claim_id)

    def _open_claim_editor(self, *, request_id: str | None = None, claim_id: str | None = None) -> None:
        self.editor = ClaimEditor(self.ctx, today=self.today(), request_id=request_id, claim_id=claim_id, parent=self)
        self.editor.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.editor.open()

    def _open_review_item(self, item: ReviewItemDTO) -> None:
        if item.kind == "claim":
            self.open_claim(item.id)
