"""Global search (Ctrl+K): answers as you type from the FTS5 index (``workbench.search.fts``) on the db lane.
Each keystroke cancels the previous query; results are grouped partners, contacts, deals, claims. Up/Down
move through the results, Enter opens one, Escape closes."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QDialog, QLabel, QLineEdit, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from ui.context import AppContext
from ui.i18n import plural, translate
from ui.labels import label
from workbench.errors import Cancelled
from workbench.search.fts import SearchHit, search

HitRole = int(Qt.ItemDataRole.UserRole) + 10


class SearchDialog(QDialog):
    hit_chosen = Signal(object)  # SearchHit
    results_shown = Signal(str, int)  # query, number of hits (tests and the benchmark listen)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("SearchDialog")
        self.setWindowTitle(translate("Search", "Search"))
        self.setModal(False)
        self.input = QLineEdit()
        self.input.setObjectName("searchInput")
        self.input.setPlaceholderText(translate("Search", "Search partners, contacts, deals and claims…"))
        self.input.setClearButtonEnabled(True)
        self.input.setAccessibleName(translate("Search", "Search"))
        self.results = QListWidget()
        self.results.setObjectName("searchResults")
        self.results.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.results.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.results.itemActivated.connect(self._activate)
        self.status = QLabel()
        self.status.setObjectName("searchStatus")
        box = QVBoxLayout(self)
        box.addWidget(self.input)
        box.addWidget(self.results, 1)
        box.addWidget(self.status)
        self.input.textChanged.connect(self._query)
        self.input.installEventFilter(self)
        self._handle: Any = None
        self._seq = 0
        width = self.fontMetrics().averageCharWidth() * 80
        self.resize(width, int(width * 0.7))

    def open_search(self, text: str = "") -> None:
        self.show()
        self.raise_()
        self.activateWindow()
        self.input.setFocus(Qt.FocusReason.ShortcutFocusReason)
        if text:
            self.input.setText(text)
        self.input.selectAll()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.input and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            key = event.key()
            if key in (Qt.Key.Key_Down, Qt.Key.Key_Up):
                self._move(1 if key == Qt.Key.Key_Down else -1)
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                item = self.results.currentItem()
                if item is not None:
                    self._activate(item)
                return True
        return super().eventFilter(watched, event)

    def _move(self, step: int) -> None:
        n = self.results.count()
        row = self.results.currentRow()
        for _ in range(n):
            row = (row + step) % n if n else -1
            item = self.results.item(row)
            if item is not None and item.data(HitRole) is not None:
                self.results.setCurrentRow(row)
                return

    def _query(self, text: str) -> None:
        if self._handle is not None:
            self._handle.cancel()
        self._seq += 1
        seq = self._seq
        if not text.strip():
            self.results.clear()
            self.status.setText("")
            self._handle = None
            return
        self._handle = self.ctx.db(
            search,
            self.ctx.engine,
            text,
            on_success=lambda hits: self._show(seq, text, hits),
            on_error=lambda exc: self._failed(seq, exc),
            name="global-search",
        )

    def _failed(self, seq: int, exc: BaseException) -> None:
        """A stale query cancelled by the next keystroke is silent; anything else is a bug worth reporting."""
        if seq == self._seq:
            self._handle = None
        if isinstance(exc, Cancelled):
            return
        if seq == self._seq:
            self.status.setText(translate("Search", "The search failed."))
        self.ctx.runner.report_error(exc)

    def _show(self, seq: int, text: str, hits: list[SearchHit]) -> None:
        if seq != self._seq:
            return
        self._handle = None
        self.results.clear()
        current = None
        for entity in ("partner", "contact", "deal", "claim"):
            group = [h for h in hits if h.entity == entity]
            if not group:
                continue
            header = QListWidgetItem(label(entity).upper())
            header.setFlags(Qt.ItemFlag.NoItemFlags)
            self.results.addItem(header)
            for hit in group:
                shown = hit.title if not hit.partner_name else f"{hit.title}  —  {hit.partner_name}"
                item = QListWidgetItem(shown)
                item.setData(HitRole, hit)
                item.setToolTip(shown)
                self.results.addItem(item)
                if current is None:
                    current = item
        if current is not None:
            self.results.setCurrentItem(current)
        if hits:
            self.status.setText(plural(len(hits), translate("Search", "%n result"), translate("Search", "%n results")))
        else:
            self.status.setText(translate("Search", "No matches."))
        self.results_shown.emit(text, len(hits))

    def _activate(self, item: QListWidgetItem) -> None:
        hit = item.data(HitRole)
        if hit is not None:
            self.hit_chosen.emit(hit)
            self.hide()
