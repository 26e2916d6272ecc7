"""Small building blocks shared by the views: headings, an honest empty state, table setup, key/value grids."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QAbstractItemModel, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QFrame,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ui.models.paged import PagedItemDelegate, PagedTableModel, PagedTableView


def heading(text: str, *, level: int = 1) -> QLabel:
    label = QLabel(text)
    label.setObjectName("Heading" if level == 1 else "Subheading")
    font = QFont(label.font())
    font.setPointSizeF(font.pointSizeF() * (1.5 if level == 1 else 1.15))
    font.setWeight(QFont.Weight.DemiBold)
    label.setFont(font)
    label.setWordWrap(True)
    label.setAccessibleName(text)
    return label


def muted(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setEnabled(False)  # the palette's disabled text colour: readable in light and dark themes
    return label


class EmptyState(QWidget):
    """A centred title and explanation where a view has nothing (yet) to show."""

    def __init__(self, title: str, body: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        box = QVBoxLayout(self)
        box.addStretch(1)
        self.title = heading(title)
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.body = muted(body)
        self.body.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.body.setMaximumWidth(self.fontMetrics().averageCharWidth() * 70)
        box.addWidget(self.title)
        box.addWidget(self.body, 0, Qt.AlignmentFlag.AlignHCenter)
        box.addStretch(2)


def table(model: QAbstractItemModel, *, stretch: int | None = 0, sortable: bool = False) -> QTableView:
    """A set-up table view; a ``PagedTableView`` (repaint held briefly for pages scrolled to) for a paged model."""
    view = PagedTableView() if isinstance(model, PagedTableModel) else QTableView()
    return setup_table(view, model, stretch=stretch, sortable=sortable)


def setup_table(
    view: QTableView, model: QAbstractItemModel, *, stretch: int | None = 0, sortable: bool = False
) -> QTableView:
    """Row selection, read-only, alternating rows, column ``stretch`` takes the spare width (None: the last)."""
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.verticalHeader().setVisible(False)
    view.setSortingEnabled(sortable)
    header = view.horizontalHeader()
    header.setHighlightSections(False)
    header.setResizeContentsPrecision(0)  # size to the visible rows only, never to a thousand rows
    header.setStretchLastSection(stretch is None)
    paged = isinstance(model, PagedTableModel)  # no ResizeToContents (it re-measures on every page)
    if paged:  # one drawText per plain cell instead of QStyledItemDelegate's two text layouts (same pixels)
        view.setItemDelegate(PagedItemDelegate(view))
    chars = view.fontMetrics().averageCharWidth()
    for col in range(model.columnCount()):
        if col == stretch:
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Stretch)
        elif paged:
            title = str(model.headerData(col, Qt.Orientation.Horizontal) or "")
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Interactive)
            columns = getattr(model, "columns", None)
            hint = columns[col].width_chars if columns is not None and columns[col].width_chars else 12
            # averageCharWidth is narrow for proportional fonts: 1.3x plus padding fits "System integrator" in 19
            width = max(view.fontMetrics().horizontalAdvance(title) + 4 * chars, int(hint * chars * 1.3) + 2 * chars)
            header.resizeSection(col, width)
        else:
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
    return view


class FactGrid(QFrame):
    """Label/value pairs in a form layout; values are selectable and word-wrapped."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.form = QFormLayout(self)
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.values: dict[str, QLabel] = {}

    def set_rows(self, rows: Sequence[tuple[str, str, str]]) -> None:
        """``(key, label, value)`` triples; replaces what was shown."""
        while self.form.rowCount():
            self.form.removeRow(0)
        self.values.clear()
        for key, title, value in rows:
            shown = QLabel(value or "—")
            shown.setWordWrap(True)
            shown.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            shown.setObjectName(f"fact_{key}")
            self.values[key] = shown
            self.form.addRow(QLabel(title), shown)


def fit_rows(view: QTableView, *, max_rows: int = 12) -> None:
    """Make a short table exactly as tall as its rows (no empty area, no scrolling up to ``max_rows``)."""
    model = view.model()
    rows = min(model.rowCount(), max_rows) if model is not None else 0
    row = view.verticalHeader().defaultSectionSize()
    height = view.horizontalHeader().sizeHint().height() + 2 * view.frameWidth() + row * max(rows, 1)
    view.setFixedHeight(height)
