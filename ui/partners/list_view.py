"""The partner list: paged id-based model (filter and sort in SQL on the db lane) with filters for name,
tier, region, segment, owner and status. Enter or double-click opens the 360° profile."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from ui.bridge import CoreEvent, DataChanged
from ui.context import AppContext
from ui.i18n import plural, translate
from ui.labels import label
from ui.models.paged import Column, PagedTableModel, PagedTableView, SortSpec
from ui.widgets.common import heading, setup_table
from workbench.partners.queries import list_partner_ids, partners_by_ids
from workbench.partners.types import PartnerRow, PartnerStatus
from workbench.search.lookups import FilterChoices, filter_choices


@dataclass(frozen=True)
class PartnerQuery:
    name_filter: str | None = None
    tier_id: str | None = None
    region: str | None = None
    segment: str | None = None
    owner_id: str | None = None
    status: str | None = None


def partner_columns() -> list[Column[PartnerRow]]:
    return [
        Column(translate("Partners", "Name"), lambda r: r.legal_name, sort_key="name"),
        Column(translate("Partners", "Tier"), lambda r: r.tier_name or "", sort_key="tier", width_chars=11),
        Column(translate("Partners", "Country"), lambda r: r.country or "", sort_key="country", width_chars=6),
        Column(translate("Partners", "Type"), lambda r: label(r.partner_type), width_chars=19),
        Column(translate("Partners", "Status"), lambda r: label(r.status), width_chars=12),
        Column(translate("Partners", "Channel manager"), lambda r: r.owner_id or "", width_chars=21),
    ]


class PartnerTable(PagedTableView):
    activated_row = Signal(str)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            model = self.model()
            assert isinstance(model, PagedTableModel)
            self.activated_row.emit(model.id_at(self.currentIndex().row()))
            return
        super().keyPressEvent(event)


class PartnersView(QWidget):
    open_partner = Signal(str)
    new_partner = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("PartnersView")
        self.choices: FilterChoices | None = None
        engine = ctx.engine

        def ids_fn(query: PartnerQuery, sort: SortSpec | None) -> Sequence[str]:
            return list_partner_ids(
                engine,
                name_filter=query.name_filter,
                tier_id=query.tier_id,
                region=query.region,
                segment=query.segment,
                owner_id=query.owner_id,
                status=query.status,
                sort=sort.key if sort else "name",
                descending=bool(sort and sort.descending),
            )

        self.model: PagedTableModel[PartnerRow] = PagedTableModel(
            ctx.runner,
            partner_columns(),
            ids_fn=ids_fn,
            fetch_rows=lambda ids: partners_by_ids(engine, ids),
            parent=self,
        )
        self.table = setup_table(PartnerTable(), self.model, stretch=0, sortable=True)
        assert isinstance(self.table, PartnerTable)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.doubleClicked.connect(self._open_index)
        self.table.activated_row.connect(self.open_partner.emit)

        self.filter = QLineEdit()
        self.filter.setObjectName("partnerNameFilter")
        self.filter.setPlaceholderText(translate("Partners", "Filter by name…"))
        self.filter.setClearButtonEnabled(True)
        self.filter.setAccessibleName(translate("Partners", "Filter by name"))
        self._debounce = QTimer(self, singleShot=True, interval=150)
        self._debounce.timeout.connect(self.apply_filters)
        self.filter.textChanged.connect(lambda _t: self._debounce.start())

        self.combos: dict[str, QComboBox] = {}
        filters = QHBoxLayout()
        filters.addWidget(self.filter, 2)
        for key, title, any_text in (
            ("tier_id", translate("Partners", "Tier"), translate("Partners", "Any tier")),
            ("region", translate("Partners", "Region"), translate("Partners", "Any region")),
            ("segment", translate("Partners", "Segment"), translate("Partners", "Any segment")),
            ("owner_id", translate("Partners", "Channel manager"), translate("Partners", "Any channel manager")),
            ("status", translate("Partners", "Status"), translate("Partners", "Any status")),
        ):
            combo = QComboBox()
            combo.setObjectName(f"filter_{key}")
            combo.setAccessibleName(title)
            combo.setToolTip(title)
            combo.addItem(any_text, None)
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            combo.currentIndexChanged.connect(lambda _i: self.apply_filters())
            self.combos[key] = combo
            filters.addWidget(combo, 1)
        for status in PartnerStatus:
            self.combos["status"].addItem(label(status.value), status.value)

        self.new_button = QPushButton(translate("Partners", "&New partner…"))
        self.new_button.clicked.connect(self.new_partner.emit)
        self.count_label = QLabel()
        self.count_label.setObjectName("partnerCount")
        top = QHBoxLayout()
        top.addWidget(heading(translate("Partners", "Partners")), 1)
        top.addWidget(self.count_label)
        top.addWidget(self.new_button)
        box = QVBoxLayout(self)
        box.addLayout(top)
        box.addLayout(filters)
        box.addWidget(self.table, 1)
        self.model.ids_loaded.connect(self._on_count)
        ctx.bridge.subscribe(CoreEvent.DATA_CHANGED, self._on_data_changed, owner=self)
        # The filter choices (distinct owners, segments, regions over 100,000 partners) wait for the first page:
        # queued before it on the one db lane they delayed the first rows of the window.
        self._choices_pending = True
        self.model.dataChanged.connect(self._first_page_in)
        self.model.failed.connect(self._first_page_in)
        self.model.ids_loaded.connect(self._no_rows)
        self.model.set_query(PartnerQuery(), SortSpec("name"))

    def _no_rows(self, count: int) -> None:
        if count == 0:  # no first page will come
            self._first_page_in()
        elif self._choices_pending:  # a page delivered inside data() (synchronous runner) emits no dataChanged
            QTimer.singleShot(300, self._first_page_in)

    def _first_page_in(self, *_: object) -> None:
        if self.ctx.runner.closed:  # the delayed call came after the window closed and the lanes stopped
            return
        if self._choices_pending:
            self._choices_pending = False
            self.load_choices()

    def load_choices(self) -> None:
        self.ctx.db(filter_choices, self.ctx.engine, on_success=self._fill_choices, name="partner-filter-choices")

    def _fill_choices(self, choices: FilterChoices) -> None:
        self.choices = choices
        fills = {
            "tier_id": [(t.id, t.name) for t in choices.tiers],
            "region": [(r, r) for r in choices.regions],
            "segment": [(s, s) for s in choices.segments],
            "owner_id": [(o, o) for o in choices.owners],
        }
        for key, items in fills.items():
            combo = self.combos[key]
            current = combo.currentData()
            combo.blockSignals(True)
            while combo.count() > 1:
                combo.removeItem(1)
            for value, text in items:
                combo.addItem(text, value)
            idx = combo.findData(current) if current is not None else 0
            combo.setCurrentIndex(max(idx, 0))
            combo.blockSignals(False)

    def query(self) -> PartnerQuery:
        text = self.filter.text().strip() or None
        values = {key: combo.currentData() for key, combo in self.combos.items()}
        return replace(PartnerQuery(name_filter=text), **values)

    def apply_filters(self) -> None:
        query = self.query()
        if query != self.model.query:
            self.model.set_query(query, self.model.sort_spec)

    def focus_filter(self) -> None:
        self.filter.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.filter.selectAll()

    def selected_id(self) -> str | None:
        index = self.table.currentIndex()
        return self.model.id_at(index.row()) if index.isValid() else None

    def _open_index(self, index: QModelIndex) -> None:
        if index.isValid():
            self.open_partner.emit(self.model.id_at(index.row()))

    def _on_count(self, n: int) -> None:
        self.count_label.setText(plural(n, translate("Partners", "%n partner"), translate("Partners", "%n partners")))

    def _on_data_changed(self, payload: DataChanged) -> None:
        if payload.entity in ("partner", "partners", "*"):
            self.model.refresh()
            if payload.entity != "partner" or not payload.ids:
                self.load_choices()
