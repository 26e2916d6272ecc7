"""An id-based, paged table model that stays light at 1,000,000 rows.

The model holds the ordered ids of a query (``ids_fn(query, sort)`` runs on the db lane: filter and sort in
SQL, FTS5 for search) and fetches the rows of a page of ids through ``fetch_rows(ids)`` (db lane) only when a
view asks for one of them. Until a page arrives its cells show a placeholder ("…"); when it arrives the model
emits ``dataChanged`` for the page (in blocks small enough for a view to repaint only the visible ones). Pages are
kept in an LRU cache of ``max_pages`` pages; ids of fixed width (UUID text) are packed into one string (1 byte per
character instead of a str object per id).

Show it in a ``PagedTableView`` with a ``PagedItemDelegate`` (``ui.widgets.common.table(model)`` sets both up): a
scroll waits up to two frames for the pages it needs and paints once, and a plain cell is painted in one Python
call (docs/architecture.md, "Paged tables").

Wiring in a view::

    model = PagedTableModel(runner, columns, ids_fn=partner_ids, fetch_rows=partners_by_ids)
    model.set_query(PartnerFilter(tier="gold"))   # loads ids on the db lane, then resets the model
    bridge.subscribe(CoreEvent.DATA_CHANGED, lambda p: p.entity == "partner" and model.refresh(), owner=view)

``ids_fn`` and ``fetch_rows`` run on the db lane: they must open their own unit of work / connection there.
"""

from __future__ import annotations

import functools
import operator
from collections import OrderedDict
from collections.abc import Callable, Collection, Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar, overload

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractTableModel,
    QModelIndex,
    QModelRoleData,
    QObject,
    QPersistentModelIndex,
    QPointF,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QFontMetricsF, QGuiApplication, QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from ui.tasks import Lane, Runner, TaskHandle
from workbench.errors import Cancelled

T = TypeVar("T")
Index = QModelIndex | QPersistentModelIndex

PLACEHOLDER = "…"
DEFAULT_PAGE_SIZE = 200
DEFAULT_MAX_PAGES = 50  # 10,000 cached rows
MAX_INFLIGHT = 2  # pages queued on the db lane at once; later wishes wait in a newest-first stack
MAX_WANTED = 16  # pages remembered beyond that; the oldest wishes (scrolled past) are dropped
# QAbstractItemView.dataChanged repaints just the changed cells' rectangle (nothing if they are out of view) for
# a range of at most 200 cells, and its whole viewport for a larger one (Qt 6.11, measured): a page's dataChanged
# is sent in blocks of that size, so a page arriving repaints only its visible rows.
UPDATE_CELLS = 200
REFETCH_RECENT = 4
# After a scroll to rows that are not loaded, PagedTableView holds its repaint this long for their pages: a page
# that comes in time is painted once (no frame of placeholders, and one paint instead of two on the GUI thread).
PLACEHOLDER_HOLD_MS = 32  # on refresh, the most recently used pages are refetched in place (no flicker)

RowIdRole = int(Qt.ItemDataRole.UserRole) + 1  # the row's id (always available, no fetch)
RowRole = int(Qt.ItemDataRole.UserRole) + 2  # the row's DTO, or None while not loaded
LoadedRole = int(Qt.ItemDataRole.UserRole) + 3  # True once the row's page has arrived

_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_ALIGN = int(Qt.ItemDataRole.TextAlignmentRole)
_FOREGROUND = int(Qt.ItemDataRole.ForegroundRole)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
_ROLES = frozenset({_DISPLAY, _ALIGN, _FOREGROUND, _TOOLTIP, RowIdRole, RowRole, LoadedRole})

ALIGN_LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
ALIGN_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
ALIGN_CENTER = Qt.AlignmentFlag.AlignCenter


@dataclass(frozen=True, slots=True)
class Column(Generic[T]):
    """One column: header ``title`` (already translated), ``getter(dto)`` -> shown value (str, or anything
    str() can show; None shows empty), ``alignment``, and the SQL ``sort_key`` passed to ``ids_fn`` (None: the
    column is not sortable)."""

    title: str
    getter: Callable[[T], Any]
    alignment: Qt.AlignmentFlag = ALIGN_LEFT
    sort_key: str | None = None
    tooltip: Callable[[T], str | None] | None = None
    width_chars: int | None = None  # initial width in average characters (paged tables do not size to contents)


@dataclass(frozen=True, slots=True)
class SortSpec:
    key: str
    descending: bool = False


ID_CHUNK = 1 << 15  # ids per packed string


def _aligned_find(text: str, row_id: str, width: int) -> int | None:
    """Index (in ids) of ``row_id`` in ``text``, a run of ids of ``width`` characters each."""
    start = 0
    while True:
        pos = text.find(row_id, start)
        if pos < 0:
            return None
        if pos % width == 0:
            return pos // width
        start = pos + 1


class IdList(Sequence[str]):
    """An immutable ordered list of ids. Fixed-width ids (UUID text) are packed into strings of ID_CHUNK ids each
    (1 byte per character instead of a str object per id).

    Packing works chunk by chunk: a C-level call over a million ids (``"".join``, ``min(map(len, ...))``) keeps
    the GIL for its whole length - measured 140 ms during which the GUI thread could not run, when the db lane
    built the list of a million deals. Over 32,768 ids each call takes well under a millisecond, and the GIL
    changes hands between them."""

    __slots__ = ("_list", "_chunks", "_width", "_len")

    def __init__(self, ids: Iterable[str] = ()) -> None:
        items = ids if isinstance(ids, list) else list(ids)
        self._len = len(items)
        self._width = len(items[0]) if items else 0
        self._chunks: list[str] | None = None
        self._list: list[str] | None = None
        if items and self._width > 0 and self._uniform(items):
            self._chunks = ["".join(items[s : s + ID_CHUNK]) for s in range(0, self._len, ID_CHUNK)]
        else:
            self._list = items

    def _uniform(self, items: list[str]) -> bool:
        w = self._width
        for s in range(0, len(items), ID_CHUNK):
            chunk = items[s : s + ID_CHUNK]
            if min(map(len, chunk)) != w or max(map(len, chunk)) != w:
                return False
        return True

    def __len__(self) -> int:
        return self._len

    @overload
    def __getitem__(self, i: int) -> str: ...
    @overload
    def __getitem__(self, i: slice) -> list[str]: ...
    def __getitem__(self, i: int | slice) -> str | list[str]:
        if isinstance(i, slice):
            return [self[j] for j in range(*i.indices(self._len))]
        if i < 0:
            i += self._len
        if not 0 <= i < self._len:
            raise IndexError(i)
        if self._chunks is not None:
            c, r = divmod(i, ID_CHUNK)
            w = self._width
            return self._chunks[c][r * w : (r + 1) * w]
        assert self._list is not None
        return self._list[i]

    def __iter__(self) -> Iterator[str]:
        return (self[i] for i in range(self._len))

    @property
    def packed(self) -> bool:
        """True when the ids are kept packed (all of one width)."""
        return self._chunks is not None

    def any_in_range(self, start: int, stop: int, row_ids: Collection[str]) -> bool:
        """Whether one of ``row_ids`` sits at a position in [start, stop) - a scan of that range only."""
        start, stop = max(0, start), min(stop, self._len)
        if start >= stop:
            return False
        if self._chunks is None:
            wanted = set(row_ids)
            return any(self[i] in wanted for i in range(start, stop))
        w = self._width
        parts = []
        for c in range(start // ID_CHUNK, (stop - 1) // ID_CHUNK + 1):
            lo = max(start - c * ID_CHUNK, 0)
            hi = min(stop - c * ID_CHUNK, ID_CHUNK)
            parts.append(self._chunks[c][lo * w : hi * w])
        text = "".join(parts)
        return any(_aligned_find(text, row_id, w) is not None for row_id in row_ids if len(row_id) == w)

    def index_of(self, row_id: str) -> int | None:
        """Position of ``row_id`` or None (C-speed scans of each chunk: a few ms for 1,000,000 UUIDs)."""
        if self._chunks is not None:
            w = self._width
            if len(row_id) != w:
                return None
            for c, chunk in enumerate(self._chunks):
                pos = _aligned_find(chunk, row_id, w)
                if pos is not None:
                    return c * ID_CHUNK + pos
            return None
        assert self._list is not None
        try:
            return self._list.index(row_id)
        except ValueError:
            return None

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, IdList):
            return NotImplemented
        if self._len != other._len:
            return False
        if self._chunks is not None and other._chunks is not None:
            return all(a == b for a, b in zip(self._chunks, other._chunks, strict=True))
        return list(self) == list(other)

    def __hash__(self) -> int:
        return hash((self._len, tuple(self._chunks) if self._chunks is not None else tuple(self._list or ())))


def _load_page(
    fetch: Callable[[Sequence[str]], Sequence[Any]], id_of: Callable[[Any], str], ids: list[str]
) -> list[Any]:
    """Db lane: the rows of one page in id order; None where a row vanished since the id query."""
    by_id = {id_of(r): r for r in fetch(ids)}
    return [by_id.get(i) for i in ids]


IdsFn = Callable[[Any, SortSpec | None], Sequence[str]]
FetchRowsFn = Callable[[Sequence[str]], Sequence[T]]


class PagedTableModel(QAbstractTableModel, Generic[T]):
    """See the module docstring. All methods are for the GUI thread."""

    loading_changed = Signal(bool)  # True while the ids of a query are being loaded
    ids_loaded = Signal(int)  # number of rows after a (re)load
    failed = Signal(object)  # an exception from ids_fn / fetch_rows (also sent to runner.report_error)

    def __init__(
        self,
        runner: Runner,
        columns: Sequence[Column[T]],
        *,
        ids_fn: IdsFn,
        fetch_rows: FetchRowsFn[T],
        id_of: Callable[[T], str] = operator.attrgetter("id"),
        page_size: int = DEFAULT_PAGE_SIZE,
        max_pages: int = DEFAULT_MAX_PAGES,
        placeholder: str = PLACEHOLDER,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        if page_size < 1 or max_pages < 2:
            raise ValueError("page_size must be >= 1 and max_pages >= 2")
        self._runner = runner
        self._columns: list[Column[T]] = list(columns)
        self._ids_fn = ids_fn
        self._fetch_rows = fetch_rows
        self._id_of = id_of
        self.page_size = page_size
        self.max_pages = max_pages
        self.placeholder = placeholder
        self._query: Any = None
        self._sort: SortSpec | None = None
        self._ids = IdList()
        self._count = 0  # len(self._ids), kept as an int: rowCount/data are called ~10 times per painted cell
        self._aligns = [int(c.alignment.value) for c in self._columns]  # enum .value is a slow descriptor
        self._pages: OrderedDict[int, list[T | None]] = OrderedDict()
        self._stale: set[int] = set()
        self._failed: set[int] = set()
        self._inflight: dict[int, TaskHandle | None] = {}
        self._wanted: list[int] = []  # newest last
        self._generation = 0
        self._ids_handle: TaskHandle | None = None
        self._loading = False
        self._in_data = False
        self.page_fetches = 0  # statistics for tests and benchmarks
        self._texts: dict[int, tuple[Any, dict[int, tuple[str, ...]]]] = {}  # page -> (its rows, shown strings)

    # -- query ------------------------------------------------------------------------------------------------

    @property
    def query(self) -> Any:
        return self._query

    @property
    def sort_spec(self) -> SortSpec | None:
        return self._sort

    @property
    def is_loading(self) -> bool:
        return self._loading

    def set_query(self, query: Any, sort: SortSpec | None = None) -> TaskHandle:
        """Load the ids of ``query`` (``ids_fn(query, sort)`` on the db lane). The old rows stay visible until the
        new ids arrive; then the model resets (or, if the ids are unchanged, refreshes its rows in place)."""
        self._query = query
        if sort is not None:
            self._sort = sort
        return self.refresh()

    def refresh(self) -> TaskHandle:
        """Reload ids with the current query and sort (e.g. after a DataChanged event)."""
        self._generation += 1
        generation = self._generation
        self._cancel_pending()
        if self._ids_handle is not None:
            self._ids_handle.cancel()
        self._set_loading(True)
        ids_fn, query, sort = self._ids_fn, self._query, self._sort

        def load_ids() -> IdList:
            return IdList(ids_fn(query, sort))

        handle = self._runner.submit(
            Lane.DB,
            load_ids,
            name="PagedTableModel.ids",
            on_success=lambda ids: self._on_ids(generation, ids),
            on_error=lambda exc: self._on_ids_error(generation, exc),
        )
        if generation == self._generation and not handle.done:
            self._ids_handle = handle
        return handle

    def invalidate(self, ids: Iterable[str] | None = None) -> None:
        """Rows changed but the id list did not: refetch the affected pages. Recently used pages are refetched in
        place (old values stay until the new ones arrive); other cached pages are dropped."""
        if ids is None:
            pages = set(self._pages)
            self._failed.clear()
        else:
            # Only cached (or failed) pages matter - the others are fetched fresh anyway. Scanning those ranges
            # costs ~1 ms; locating each id in a million (index_of) ~6 ms per id on the GUI thread.
            wanted = set(ids)
            size = self.page_size
            pages = {
                p for p in set(self._pages) | self._failed if self._ids.any_in_range(p * size, (p + 1) * size, wanted)
            }
        self._failed -= pages
        recent = [p for p in reversed(self._pages) if p in pages][:REFETCH_RECENT]
        for page in pages & set(self._pages):
            if page not in recent:
                del self._pages[page]
        for page in reversed(recent):
            self._stale.add(page)
            self._inflight.pop(page, None)
            self._want(page)

    # -- rows -------------------------------------------------------------------------------------------------

    def id_at(self, row: int) -> str:
        return self._ids[row]

    def row_of(self, row_id: str) -> int | None:
        return self._ids.index_of(row_id)

    def row_at(self, row: int) -> T | None:
        """The DTO of ``row`` if its page is cached (no fetch)."""
        page = self._pages.get(row // self.page_size)
        return None if page is None else page[row % self.page_size]

    def is_loaded(self, row: int) -> bool:
        return row // self.page_size in self._pages

    def want_rows(self, first: int, last: int) -> None:
        """Fetch the pages of rows ``first``..``last`` that are not cached (the first row's page first), as a
        paint of those rows would; for a view that wants them before it paints."""
        size = self.page_size
        for page in range(min(last, self._count - 1) // size, max(first, 0) // size - 1, -1):
            if page not in self._pages and page not in self._failed:
                self._want(page)

    @property
    def ids(self) -> IdList:
        return self._ids

    @property
    def cached_pages(self) -> int:
        return len(self._pages)

    @property
    def columns(self) -> list[Column[T]]:
        return list(self._columns)

    # -- QAbstractTableModel ----------------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else self._count

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._columns)

    # No flags() override: QAbstractTableModel's own answers Enabled | Selectable | NeverHasChildren for a valid
    # index (NoItemFlags otherwise) in C++, where a Python override cost a call into Python per painted cell.

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # Hot path: ints only, unused roles answered first, and the shown strings of a row are formatted once per
        # page arrival (money and dates go through QLocale). Views paint through multiData (below).
        role = int(role)
        if role not in _ROLES or not index.isValid():
            return None
        row, col = index.row(), index.column()
        if not (0 <= row < self._count and 0 <= col < len(self._aligns)):
            return None
        if role == _ALIGN:
            return self._aligns[col]
        if role == RowIdRole:
            return self._ids[row]
        loaded, dto = self._row(row)
        return self._value(row, col, role, loaded, dto)

    def multiData(self, index: Index, roleDataSpan: Any) -> None:
        """All roles a delegate asks for one cell (QStyledItemDelegate asks 7 per painted cell) in one call into
        Python: the same answers as ``data`` role by role, for an eighth of the Python calls per repaint."""
        row, col = index.row(), index.column()
        valid = index.isValid() and 0 <= row < self._count and 0 <= col < len(self._aligns)
        state: tuple[bool, T | None] | None = None
        slots = (roleDataSpan,) if isinstance(roleDataSpan, QModelRoleData) else roleDataSpan  # Python callers
        for slot in slots:
            role = slot.role()
            if not valid or role not in _ROLES:
                slot.setData(None)
            elif role == _ALIGN:
                slot.setData(self._aligns[col])
            elif role == RowIdRole:
                slot.setData(self._ids[row])
            else:
                if state is None:
                    state = self._row(row)
                slot.setData(self._value(row, col, role, *state))

    def shown(self, row: int, col: int) -> tuple[str, int, bool]:
        """The display text, alignment and loaded state of an in-range cell in one call (for
        ``PagedItemDelegate``): what ``data`` answers for DisplayRole, TextAlignmentRole and LoadedRole."""
        loaded, dto = self._row(row)
        if not loaded:
            return self.placeholder, self._aligns[col], False
        return "" if dto is None else self._texts_of(row, dto)[col], self._aligns[col], True

    def _value(self, row: int, col: int, role: int, loaded: bool, dto: T | None) -> Any:
        """A role of a row that is in range, given ``_row(row)``: display, loaded, DTO, foreground, tooltip."""
        if role == _DISPLAY:
            if not loaded:
                return self.placeholder
            if dto is None:  # deleted between the id query and the page fetch
                return ""
            return self._texts_of(row, dto)[col]
        if role == LoadedRole:
            return loaded
        if role == RowRole:
            return dto
        if role == _FOREGROUND:
            return None if loaded else QGuiApplication.palette().brush(QPalette.ColorRole.PlaceholderText)
        if not loaded or dto is None:  # tooltip
            return None
        column = self._columns[col]
        return column.tooltip(dto) if column.tooltip is not None else None

    def _texts_of(self, row: int, dto: T) -> tuple[str, ...]:
        page_no, offset = divmod(row, self.page_size)
        page = self._pages.get(page_no)
        entry = self._texts.get(page_no)
        if entry is None or entry[0] is not page:
            if len(self._texts) > 2 * self.max_pages:
                self._texts.clear()
            entry = (page, {})
            self._texts[page_no] = entry
        texts = entry[1].get(offset)
        if texts is None:
            values = (c.getter(dto) for c in self._columns)
            texts = tuple("" if v is None else v if isinstance(v, str) else str(v) for v in values)
            entry[1][offset] = texts
        return texts

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self._columns):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._columns[section].title
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(self._columns[section].alignment.value)
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sorting is done in SQL: a sortable column reloads the ids with its ``sort_key``."""
        if not 0 <= column < len(self._columns):
            return
        key = self._columns[column].sort_key
        if key is None:
            return
        spec = SortSpec(key, order == Qt.SortOrder.DescendingOrder)
        if spec != self._sort:
            self._sort = spec
            self.refresh()

    # -- paging -----------------------------------------------------------------------------------------------

    def _row(self, row: int) -> tuple[bool, T | None]:
        page_no = row // self.page_size
        page = self._pages.get(page_no)
        if page is not None:
            self._pages.move_to_end(page_no)
            if page_no in self._stale:
                self._want(page_no)
            return True, page[row % self.page_size]
        if page_no in self._failed:
            return True, None
        self._in_data = True
        try:
            self._want(page_no)  # a SyncTaskRunner delivers right here
        finally:
            self._in_data = False
        page = self._pages.get(page_no)
        return (True, page[row % self.page_size]) if page is not None else (False, None)

    def _want(self, page: int) -> None:
        if page in self._inflight:
            return
        if page in self._wanted:
            self._wanted.remove(page)
        self._wanted.append(page)
        if len(self._wanted) > MAX_WANTED:
            del self._wanted[0]
        self._pump()

    def _pump(self) -> None:
        while self._wanted and len(self._inflight) < MAX_INFLIGHT:
            page = self._wanted.pop()
            start = page * self.page_size
            if start >= len(self._ids):
                continue
            page_ids = self._ids[start : start + self.page_size]
            generation = self._generation
            self._inflight[page] = None
            self.page_fetches += 1
            handle = self._runner.submit(
                Lane.DB,
                _load_page,
                self._fetch_rows,
                self._id_of,
                page_ids,
                name="PagedTableModel.page",
                on_success=functools.partial(self._on_page, generation, page),
                on_error=functools.partial(self._on_page_error, generation, page),
            )
            if page in self._inflight and self._inflight[page] is None and not handle.done:
                self._inflight[page] = handle

    def _on_page(self, generation: int, page: int, rows: list[T | None]) -> None:
        if generation != self._generation:
            return
        self._inflight.pop(page, None)
        self._stale.discard(page)
        self._pages[page] = rows
        self._pages.move_to_end(page)
        while len(self._pages) > self.max_pages:
            old, _ = self._pages.popitem(last=False)
            self._stale.discard(old)
        if not self._in_data and rows and self._columns:
            first = page * self.page_size
            last = min(first + len(rows), len(self._ids)) - 1
            self._rows_changed(first, last)
        if not self._in_data:
            self._pump()

    def _rows_changed(self, first: int, last: int) -> None:
        """``dataChanged`` for rows ``first``..``last`` in blocks of at most UPDATE_CELLS cells, so that a view
        repaints only the rows it shows (none when the page is scrolled away), not its whole viewport."""
        cols = len(self._columns)
        step = max(1, UPDATE_CELLS // cols)
        for start in range(first, last + 1, step):
            self.dataChanged.emit(self.index(start, 0), self.index(min(start + step - 1, last), cols - 1))

    def _on_page_error(self, generation: int, page: int, exc: BaseException) -> None:
        if generation != self._generation:
            return
        self._inflight.pop(page, None)
        if isinstance(exc, Cancelled):
            return
        if page in self._pages:  # a refetch failed: keep showing the old rows, do not retry on every paint
            self._stale.discard(page)
        else:
            self._failed.add(page)
        self._report(exc)
        self._pump()

    def _on_ids(self, generation: int, ids: IdList) -> None:
        if generation != self._generation:
            return
        self._ids_handle = None
        if ids == self._ids:
            self._set_loading(False)
            self.invalidate()
        else:
            self.beginResetModel()
            self._ids = ids
            self._count = len(ids)
            self._pages.clear()
            self._stale.clear()
            self._failed.clear()
            self._wanted.clear()
            self._inflight.clear()
            self.endResetModel()
            self._set_loading(False)
        self.ids_loaded.emit(len(ids))

    def _on_ids_error(self, generation: int, exc: BaseException) -> None:
        if generation != self._generation:
            return
        self._ids_handle = None
        self._set_loading(False)
        if not isinstance(exc, Cancelled):
            self._report(exc)

    def _report(self, exc: BaseException) -> None:
        self.failed.emit(exc)
        self._runner.report_error(exc)

    def _cancel_pending(self) -> None:
        for handle in self._inflight.values():
            if handle is not None:
                handle.cancel()
        self._inflight.clear()
        self._wanted.clear()

    def _set_loading(self, loading: bool) -> None:
        if loading != self._loading:
            self._loading = loading
            self.loading_changed.emit(loading)


# Plain ints: a PySide6 flag enum's & costs ~2 us, and the fast path below runs for every painted cell.
_FANCY_STATES = (
    QStyle.StateFlag.State_Selected | QStyle.StateFlag.State_HasFocus | QStyle.StateFlag.State_Editing
).value
_ENABLED = QStyle.StateFlag.State_Enabled.value
_ACTIVE = QStyle.StateFlag.State_Active.value
_RIGHT = Qt.AlignmentFlag.AlignRight.value
_NOT_LEFT = _RIGHT | Qt.AlignmentFlag.AlignHCenter.value
_LTR = Qt.LayoutDirection.LeftToRight
_TEXT_MARGIN_METRIC = QStyle.PixelMetric.PM_FocusFrameHMargin
_TEXT = QPalette.ColorRole.Text
_PLACEHOLDER_TEXT = QPalette.ColorRole.PlaceholderText
_ACTIVE_GROUP = QPalette.ColorGroup.Active
_GROUPS = {  # state & (enabled | active) -> colour group, as QCommonStyle picks it for an item's text
    _ENABLED | _ACTIVE: QPalette.ColorGroup.Normal,
    _ENABLED: QPalette.ColorGroup.Inactive,
    _ACTIVE: QPalette.ColorGroup.Disabled,
    0: QPalette.ColorGroup.Disabled,
}


class PagedItemDelegate(QStyledItemDelegate):
    """Paints the plain cells of a ``PagedTableModel`` - not selected, not the focused cell, left-to-right text - as
    one elided line of text in the palette's text colour (the placeholder colour while the row's page is on the way),
    at the position and with the margins QStyledItemDelegate uses for a text-only cell; every other cell is painted
    by QStyledItemDelegate itself.

    Why: QStyledItemDelegate lays out each cell's text twice with QTextLayout (once to size it, once to draw it); at
    ~30 rows x 7 columns a repaint of the deal table was ~4.5 ms of GUI-thread CPU, with this delegate ~3 ms. A
    scroll jump repaints twice (placeholders, then the arrived page), so this is the largest part of the GUI
    thread's longest gap while scrolling (docs/architecture.md)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._margin: int | None = None

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        model = index.model()
        state = option.state.value
        if state & _FANCY_STATES or not isinstance(model, PagedTableModel) or option.direction is not _LTR:
            super().paint(painter, option, index)
            return
        text, alignment, loaded = model.shown(index.row(), index.column())
        if not text:
            return
        if self._margin is None:
            widget = option.widget
            style = widget.style() if widget is not None else QApplication.style()
            self._margin = style.pixelMetric(_TEXT_MARGIN_METRIC, None, widget) + 1
        if loaded:
            painter.setPen(option.palette.color(_GROUPS[state & (_ENABLED | _ACTIVE)], _TEXT))
        else:  # data() answers the application palette's (active) placeholder brush as ForegroundRole
            painter.setPen(option.palette.color(_ACTIVE_GROUP, _PLACEHOLDER_TEXT))
        m = self._margin
        x, y, width, height = option.rect.getRect()
        metrics = option.fontMetrics
        width -= 2 * m
        elided = metrics.elidedText(text, option.textElideMode, width)
        # where QStyledItemDelegate puts the text: the line box centred vertically in whole pixels, and
        # horizontally at the text's exact (fractional) width
        y += (height - metrics.height()) // 2 + metrics.ascent()
        if alignment & _NOT_LEFT:
            spare = width - QFontMetricsF(option.font).horizontalAdvance(elided)
            painter.drawText(QPointF(x + m + (spare if alignment & _RIGHT else spare / 2), y), elided)
        else:
            painter.drawText(x + m, y, elided)


class PagedTableView(QTableView):
    """A QTableView for a ``PagedTableModel`` (``ui.widgets.common.table`` makes one for a paged model).

    A vertical scroll to rows whose pages are not cached asks the model for those pages right away and holds the
    scroll of the rows - the view keeps showing (and repainting, if asked) the rows it showed, the scroll bar
    already at its new place - until they are in, for at most PLACEHOLDER_HOLD_MS; then it scrolls and paints
    once: the rows, or the placeholders of pages still on the way. Without the hold every jump painted twice on
    the GUI thread (placeholders, then the rows a few milliseconds later), and the two paints of one jump were the
    longest gaps of the event loop while scrolling (docs/architecture.md). A hold never outlasts its timer, a model
    reset or a fetch error; ``held`` tells whether one is on (``rowAt`` and friends answer for the rows shown)."""

    def __init__(self, parent: QWidget | None = None, *, hold_ms: int = PLACEHOLDER_HOLD_MS) -> None:
        super().__init__(parent)
        self._hold = QTimer(self)
        self._hold.setSingleShot(True)
        self._hold.setInterval(hold_ms)
        self._hold.timeout.connect(self._release)
        self._held = False
        self._pending_dy = 0  # the vertical scroll not yet applied during a hold
        self.holds = 0  # statistics: scrolls whose rows waited for their pages

    @property
    def held(self) -> bool:
        """True while a scroll waits for the pages of the rows scrolled to."""
        return self._held

    def setModel(self, model: QAbstractItemModel | None) -> None:
        self._release()
        super().setModel(model)
        if isinstance(model, PagedTableModel):
            model.dataChanged.connect(self._rows_arrived)
            model.modelReset.connect(self._release)
            model.failed.connect(self._release)

    def scrollContentsBy(self, dx: int, dy: int) -> None:
        model = self.model()
        if dy and isinstance(model, PagedTableModel) and self.isVisible() and model.rowCount() > 0:
            first, last = self._rows_at_scroll_bar()
            if self._held or not (model.is_loaded(first) and model.is_loaded(last)):
                model.want_rows(first, last)
                if not self._held:  # a later scroll during a hold keeps the first deadline
                    self._held = True
                    self.holds += 1
                    self._hold.start()
                self._pending_dy += dy
                if dx:
                    super().scrollContentsBy(dx, 0)
                self._rows_arrived()  # delivered at once (synchronous runner)
                return
        super().scrollContentsBy(dx, dy)

    def _rows_at_scroll_bar(self) -> tuple[int, int]:
        """First and last row shown once the scroll bar's position is applied (rows of the default height)."""
        count = self.model().rowCount()
        value = self.verticalScrollBar().value()
        height = max(1, self.verticalHeader().defaultSectionSize())
        per_item = self.verticalScrollMode() == QAbstractItemView.ScrollMode.ScrollPerItem
        first = min(max(0, value if per_item else value // height), count - 1)
        return first, min(count - 1, first + self.viewport().height() // height)

    def _rows_arrived(self, *_: object) -> None:
        model = self.model()
        if self._held and isinstance(model, PagedTableModel):
            first, last = self._rows_at_scroll_bar()
            if model.is_loaded(first) and model.is_loaded(last):
                self._release()

    def _release(self, *_: object) -> None:
        self._hold.stop()
        if self._held:
            self._held = False
            dy, self._pending_dy = self._pending_dy, 0
            if dy:
                super().scrollContentsBy(0, dy)
