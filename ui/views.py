"""The other areas of the shell: dashboard, activity, and an honest empty state for areas whose screens arrive
with their own feature. The Deals area lives in :mod:`ui.deals` (re-exported here for the shell)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QVBoxLayout, QWidget

from ui.bridge import CoreEvent
from ui.context import AppContext
from ui.deals.list_view import DealQuery, DealsView, deal_columns  # noqa: F401 - the shell imports the Deals area here
from ui.i18n import format_date, format_datetime, format_number, translate
from ui.labels import label
from ui.models.paged import ALIGN_RIGHT, Column
from ui.models.rows import RowsTableModel
from ui.widgets.common import EmptyState, heading, muted, table
from workbench.deals.types import DealStatus
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
