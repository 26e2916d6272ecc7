"""The other areas of the shell: activity, and an honest empty state for areas whose screens arrive with their
own feature. The Deals area lives in :mod:`ui.deals` (re-exported here for the shell); the dashboard in
:mod:`ui.dashboard` (QtCharts, built when first shown)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QVBoxLayout, QWidget

from ui.bridge import CoreEvent
from ui.context import AppContext
from ui.deals.list_view import DealQuery, DealsView, deal_columns  # noqa: F401 - the shell imports the Deals area here
from ui.i18n import format_datetime, translate
from ui.labels import label
from ui.models.paged import Column
from ui.models.rows import RowsTableModel
from ui.widgets.common import EmptyState, heading, muted, table
from workbench.search.activity import AuditEntryDTO, recent_activity


class PlaceholderView(EmptyState):
    """An area whose screens are not built yet: says so, shows no fake data."""


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
