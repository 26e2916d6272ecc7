from __future__ import annotations

import threading
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import pytest
from PySide6.QtCore import QModelIndex, QModelRoleData, QModelRoleDataSpan, QRect, Qt
from PySide6.QtGui import QImage, QPaintEvent
from PySide6.QtWidgets import QApplication, QStyledItemDelegate, QTableView
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from ui.models.paged import (
    ALIGN_CENTER,
    ALIGN_RIGHT,
    PLACEHOLDER,
    UPDATE_CELLS,
    Column,
    IdList,
    LoadedRole,
    PagedItemDelegate,
    PagedTableModel,
    PagedTableView,
    RowIdRole,
    RowRole,
    SortSpec,
)
from ui.tasks import SyncTaskRunner, TaskRunner
from ui.widgets.common import setup_table


def _uuid(i: int) -> str:
    return f"00000000-0000-7000-8000-{i:012x}"


@dataclass(frozen=True, slots=True)
class Row:
    id: str
    name: str
    amount: int


class FakeStore:
    """Stands in for a queries module: ids by filter/sort, rows by ids. Records the threads it runs on."""

    def __init__(self, n: int, width_ids: bool = False) -> None:
        self.ids = [_uuid(i) if width_ids else f"id-{i}" for i in range(n)]
        self.deleted: set[str] = set()
        self.renamed: dict[str, str] = {}
        self.threads: set[threading.Thread] = set()
        self.fetches: list[int] = []
        self.sorts: list[SortSpec | None] = []
        self.fail_rows = False

    def ids_fn(self, query: Any, sort: SortSpec | None) -> list[str]:
        self.threads.add(threading.current_thread())
        self.sorts.append(sort)
        ids = self.ids if query is None else [i for i in self.ids if i.endswith(str(query))]
        return list(reversed(ids)) if sort is not None and sort.descending else ids

    def fetch_rows(self, ids: Sequence[str]) -> list[Row]:
        self.threads.add(threading.current_thread())
        self.fetches.append(len(ids))
        if self.fail_rows:
            raise RuntimeError("disk on fire")
        return [
            Row(i, self.renamed.get(i, f"Partner {i}"), n * 100) for n, i in enumerate(ids) if i not in self.deleted
        ]


COLUMNS: list[Column[Row]] = [
    Column("Name", lambda r: r.name, sort_key="name"),
    Column("Amount", lambda r: r.amount, alignment=ALIGN_RIGHT),
    Column("Id", lambda r: r.id),
]


def make(runner: Any, store: FakeStore, **kw: Any) -> PagedTableModel[Row]:
    return PagedTableModel(runner, COLUMNS, ids_fn=store.ids_fn, fetch_rows=store.fetch_rows, **kw)


def text(model: PagedTableModel[Row], row: int, col: int = 0) -> Any:
    return model.data(model.index(row, col), Qt.ItemDataRole.DisplayRole)


def test_modeltester_with_10000_ids_sync_runner(qtmodeltester: ModelTester, sync_runner: SyncTaskRunner) -> None:
    store = FakeStore(10_000)
    model = make(sync_runner, store)
    model.set_query(None)
    assert model.rowCount() == 10_000 and model.columnCount() == 3
    qtmodeltester.check(model)
    assert text(model, 9_999) == "Partner id-9999"
    assert model.data(model.index(5, 1), Qt.ItemDataRole.TextAlignmentRole) == int(ALIGN_RIGHT.value)
    assert model.headerData(1, Qt.Orientation.Horizontal) == "Amount"
    assert model.rowCount(model.index(0, 0)) == 0


def test_modeltester_with_real_threads_placeholders_then_data(
    qtbot: QtBot, qtmodeltester: ModelTester, runner: TaskRunner
) -> None:
    store = FakeStore(10_000)
    model = make(runner, store)
    qtmodeltester.check(model)  # stays attached: checks the reset and every dataChanged below
    with qtbot.waitSignal(model.ids_loaded, timeout=5000):
        model.set_query(None)
    assert model.rowCount() == 10_000
    changes: list[tuple[int, int, int]] = []
    model.dataChanged.connect(lambda a, b, *_: changes.append((a.row(), b.row(), b.column())))
    assert text(model, 4321) == PLACEHOLDER  # not fetched yet: placeholder, and a request is queued
    assert model.data(model.index(4321, 0), LoadedRole) is False
    assert model.data(model.index(4321, 0), RowIdRole) == "id-4321"  # ids need no fetch
    assert model.data(model.index(4321, 0), Qt.ItemDataRole.ForegroundRole) is not None
    qtbot.waitUntil(lambda: any(a <= 4321 <= b for a, b, _ in changes), timeout=5000)
    assert all(col == 2 for *_, col in changes)
    assert text(model, 4321) == "Partner id-4321"
    assert model.data(model.index(4321, 0), RowRole) == Row("id-4321", "Partner id-4321", 121 * 100)
    assert store.threads == {runner.db_thread}  # all "SQL" on the one db-lane thread
    qtmodeltester.check(model)


def test_view_scrolls_and_fetches_only_visible_pages(qtbot: QtBot, runner: TaskRunner) -> None:
    store = FakeStore(1_000_000, width_ids=True)
    model = make(runner, store)
    with qtbot.waitSignal(model.ids_loaded, timeout=20000):
        model.set_query(None)
    view = QTableView()
    qtbot.addWidget(view)
    view.verticalHeader().setSectionResizeMode(view.verticalHeader().ResizeMode.Fixed)
    view.setModel(model)
    view.resize(600, 400)
    view.show()
    qtbot.waitUntil(lambda: model.is_loaded(0) and text(model, 0) != PLACEHOLDER, timeout=5000)
    view.scrollToBottom()
    qtbot.waitUntil(lambda: model.is_loaded(999_999), timeout=5000)
    assert text(model, 999_999) == f"Partner {_uuid(999_999)}"
    assert len(store.fetches) <= 4  # top and bottom page(s), not the million rows
    assert all(n <= model.page_size for n in store.fetches)


def test_lru_cap_keeps_a_million_ids_light(sync_runner: SyncTaskRunner) -> None:
    store = FakeStore(1_000_000, width_ids=True)
    model = make(sync_runner, store, page_size=100, max_pages=10)
    model.set_query(None)
    assert model.rowCount() == 1_000_000
    assert model.ids.packed  # compact strings, not a million str objects
    for row in range(0, 1_000_000, 10_007):
        assert text(model, row) == f"Partner {_uuid(row)}"
    assert model.cached_pages == 10
    assert model.row_of(_uuid(777_777)) == 777_777
    assert model.row_of("not-there") is None


def test_sort_reloads_ids_in_sql_order(qtbot: QtBot, sync_runner: SyncTaskRunner) -> None:
    store = FakeStore(50)
    model = make(sync_runner, store)
    model.set_query(None)
    with qtbot.waitSignal(model.modelReset, timeout=1000):
        model.sort(0, Qt.SortOrder.DescendingOrder)
    assert store.sorts[-1] == SortSpec("name", descending=True)
    assert text(model, 0) == "Partner id-49"
    calls = len(store.sorts)
    model.sort(1, Qt.SortOrder.AscendingOrder)  # not sortable: no reload
    assert len(store.sorts) == calls


def test_set_query_resets_and_refresh_with_same_ids_updates_in_place(qtbot: QtBot, sync_runner: SyncTaskRunner) -> None:
    store = FakeStore(1000)
    model = make(sync_runner, store)
    model.set_query(None)
    assert text(model, 7) == "Partner id-7"
    store.renamed["id-7"] = "Renamed"
    resets: list[int] = []
    model.modelReset.connect(lambda: resets.append(1))
    with qtbot.waitSignal(model.dataChanged, timeout=1000):
        model.refresh()
    assert resets == []  # same ids: no reset (selection and scroll survive)
    assert text(model, 7) == "Renamed"
    model.set_query("7")  # ids ending in 7
    assert resets == [1]
    assert model.rowCount() == 100 and text(model, 0) == "Renamed" and text(model, 1) == "Partner id-17"


def test_invalidate_refetches_changed_rows(qtbot: QtBot, sync_runner: SyncTaskRunner) -> None:
    store = FakeStore(1000)
    model = make(sync_runner, store, page_size=100)
    model.set_query(None)
    assert text(model, 250) == "Partner id-250"
    store.renamed["id-250"] = "Changed"
    with qtbot.waitSignal(model.dataChanged, timeout=1000) as blocker:
        model.invalidate(["id-250"])
    assert blocker.args[0].row() == 200
    assert text(model, 250) == "Changed"


def test_row_deleted_after_id_query_shows_empty(sync_runner: SyncTaskRunner) -> None:
    store = FakeStore(10)
    model = make(sync_runner, store)
    model.set_query(None)
    store.deleted.add("id-3")
    model.invalidate()
    assert text(model, 3) == "" and model.data(model.index(3, 0), RowRole) is None
    assert text(model, 4) == "Partner id-4"


def test_fetch_error_is_reported_once_not_retried_forever(sync_runner: SyncTaskRunner) -> None:
    store = FakeStore(500)
    model = make(sync_runner, store)
    failures: list[BaseException] = []
    model.failed.connect(failures.append)
    model.set_query(None)
    store.fail_rows = True
    model.invalidate()
    for _ in range(5):
        text(model, 1)
    assert len(failures) == 1 and isinstance(failures[0], RuntimeError)
    assert len(sync_runner.reported) == 1  # type: ignore[attr-defined]
    store.fail_rows = False
    model.refresh()
    assert text(model, 1) == "Partner id-1"


def test_stale_results_of_a_replaced_query_are_dropped(qtbot: QtBot, runner: TaskRunner) -> None:
    gate = threading.Event()
    store = FakeStore(100)
    slow_ids = store.ids_fn

    def ids_fn(query: Any, sort: SortSpec | None) -> list[str]:
        if query == "slow":
            gate.wait(5)
        return slow_ids(query, sort)

    model = PagedTableModel(runner, COLUMNS, ids_fn=ids_fn, fetch_rows=store.fetch_rows)
    model.set_query("slow")
    handle = model.set_query("9")
    gate.set()
    qtbot.waitUntil(lambda: handle.done, timeout=5000)
    qtbot.wait(50)
    assert model.rowCount() == 10 and model.data(model.index(0, 0), RowIdRole) == "id-9"


def test_id_list_packs_fixed_width_ids() -> None:
    ids = IdList(["aa", "bb", "cc"])
    assert list(ids) == ["aa", "bb", "cc"] and ids[-1] == "cc" and ids[1:] == ["bb", "cc"]
    assert ids.index_of("bc") is None  # straddles two ids
    assert ids.index_of("cc") == 2
    mixed = IdList(["a", "bb"])
    assert mixed.index_of("bb") == 1 and list(mixed) == ["a", "bb"]
    assert IdList(["aa"]) == IdList(["aa"]) and IdList(["aa"]) != IdList(["ab"])
    with pytest.raises(IndexError):
        ids[3]


def test_invalid_index_and_parent(sync_runner: SyncTaskRunner) -> None:
    model = make(sync_runner, FakeStore(3))
    model.set_query(None)
    assert model.data(QModelIndex()) is None
    assert model.flags(QModelIndex()) == Qt.ItemFlag.NoItemFlags
    assert model.headerData(0, Qt.Orientation.Vertical) is None


def test_failed_refetch_keeps_old_rows_and_does_not_loop(sync_runner: SyncTaskRunner) -> None:
    store = FakeStore(500)
    model = make(sync_runner, store)
    failures: list[BaseException] = []
    model.failed.connect(failures.append)
    model.set_query(None)
    assert text(model, 1) == "Partner id-1"
    store.fail_rows = True
    model.invalidate()
    for _ in range(5):
        assert text(model, 1) == "Partner id-1"
    assert len(failures) == 1


def test_id_list_ranges_and_positions_across_packed_chunks() -> None:
    from ui.models.paged import ID_CHUNK

    ids = [f"{i:036d}" for i in range(ID_CHUNK * 2 + 10)]
    packed = IdList(ids)
    assert packed.packed and len(packed) == len(ids)
    edge = ID_CHUNK - 3  # a range spanning the first two chunks
    assert packed[ID_CHUNK] == ids[ID_CHUNK] and packed[-1] == ids[-1]
    assert packed.any_in_range(edge, edge + 10, {ids[ID_CHUNK + 2]})
    assert not packed.any_in_range(edge, edge + 10, {ids[edge + 10], ids[edge - 1]})
    straddling = ids[edge][1:] + ids[edge + 1][:1]  # matches the text across two ids, not an id
    assert not packed.any_in_range(edge, edge + 10, {straddling})
    assert packed.index_of(straddling) is None
    assert packed.index_of(ids[2 * ID_CHUNK + 5]) == 2 * ID_CHUNK + 5
    assert packed == IdList(list(ids)) and packed != IdList(ids[:-1])
    mixed = IdList(["a", "bb", "c"])
    assert not mixed.packed and mixed.any_in_range(0, 2, {"bb"}) and not mixed.any_in_range(2, 3, {"bb"})


class GatedStore(FakeStore):
    """Page fetches wait until ``gate`` is set: placeholders stay on screen as long as a test needs them."""

    def __init__(self, n: int) -> None:
        super().__init__(n)
        self.gate = threading.Event()

    def fetch_rows(self, ids: Sequence[str]) -> list[Row]:
        assert self.gate.wait(10), "test never opened the gate"
        return super().fetch_rows(ids)


LONG_COLUMNS: list[Column[Row]] = [
    Column("Name", lambda r: r.name + " with a long tail that cannot fit a narrow column", sort_key="name"),
    Column("Amount", lambda r: f"{r.amount:,} €", alignment=ALIGN_RIGHT),
    Column("Centre", lambda r: r.id[-3:], alignment=ALIGN_CENTER),
    Column("Id", lambda r: r.id),
]

ROLES = [
    Qt.ItemDataRole.DisplayRole,
    Qt.ItemDataRole.TextAlignmentRole,
    Qt.ItemDataRole.ForegroundRole,
    Qt.ItemDataRole.ToolTipRole,
    Qt.ItemDataRole.DecorationRole,  # not answered: None
    Qt.ItemDataRole.FontRole,
    RowIdRole,
    RowRole,
    LoadedRole,
]


def _multi(model: PagedTableModel[Row], index: QModelIndex) -> list[Any]:
    """multiData role by role, through a span (as views call it) and with a bare QModelRoleData (Python callers)."""
    answers = []
    for role in ROLES:
        spanned, bare = QModelRoleData(int(role)), QModelRoleData(int(role))
        spanned.setData("stale")  # a role the model does not answer must come back empty, not keep this
        bare.setData("stale")
        model.multiData(index, QModelRoleDataSpan(spanned))
        model.multiData(index, bare)
        assert spanned.data() == bare.data()
        answers.append(spanned.data())
    return answers


def test_multidata_answers_what_data_answers_for_placeholders_and_rows(qtbot: QtBot, runner: TaskRunner) -> None:
    store = GatedStore(1_000)
    model = PagedTableModel(runner, LONG_COLUMNS, ids_fn=store.ids_fn, fetch_rows=store.fetch_rows)
    with qtbot.waitSignal(model.ids_loaded, timeout=5000):
        model.set_query(None)
    cells = [model.index(row, col) for row in (0, 3, 999) for col in range(4)]
    expected = [[model.data(i, role) for role in ROLES] for i in cells]
    assert expected[0][0] == PLACEHOLDER and expected[0][-1] is False  # the gate is shut: placeholders
    assert [_multi(model, i) for i in cells] == expected
    store.gate.set()
    qtbot.waitUntil(lambda: model.is_loaded(0) and model.is_loaded(999), timeout=5000)
    expected = [[model.data(i, role) for role in ROLES] for i in cells]
    assert expected[4][0].startswith("Partner id-3 with a long tail") and expected[4][-1] is True
    assert expected[5][0] == "300 €" and expected[5][1] == int(ALIGN_RIGHT.value)
    assert [_multi(model, i) for i in cells] == expected
    assert _multi(model, QModelIndex()) == [None] * len(ROLES)
    assert _multi(model, model.index(1_000, 0)) == [None] * len(ROLES)  # past the end (invalid index)
    assert model.shown(3, 1) == ("300 €", int(ALIGN_RIGHT.value), True)


class PaintLog(QTableView):
    """A table view that records the rectangle of every paint of its viewport."""

    def __init__(self) -> None:
        super().__init__()
        self.painted: list[QRect] = []

    def paintEvent(self, event: QPaintEvent) -> None:
        self.painted.append(event.rect())
        super().paintEvent(event)


def test_page_arrival_repaints_only_its_visible_rows(qtbot: QtBot, runner: TaskRunner) -> None:
    store = GatedStore(2_000)
    store.gate.set()
    model = PagedTableModel(runner, LONG_COLUMNS, ids_fn=store.ids_fn, fetch_rows=store.fetch_rows)
    blocks: list[tuple[int, int, int, int]] = []
    model.dataChanged.connect(lambda a, b, *_: blocks.append((a.row(), b.row(), a.column(), b.column())))
    with qtbot.waitSignal(model.ids_loaded, timeout=5000):
        model.set_query(None)
    view = setup_table(PaintLog(), model, stretch=None)
    qtbot.addWidget(view)
    view.resize(700, 400)
    view.show()
    qtbot.waitExposed(view)
    qtbot.waitUntil(lambda: model.is_loaded(0), timeout=5000)
    store.gate.clear()
    view.painted.clear()
    view.verticalScrollBar().setValue(190)  # rows 190-199 (page 0, cached) on top, then page 1 (on its way)
    qtbot.waitUntil(lambda: view.rowAt(0) == 190, timeout=5000)
    assert model.data(model.index(195, 0)).startswith("Partner id-195")
    assert model.data(model.index(205, 0)) == PLACEHOLDER
    qtbot.waitUntil(lambda: len(view.painted) > 0, timeout=5000)  # the scroll's own (full) repaint is done
    for _ in range(5):
        QApplication.processEvents()
    view.painted.clear()
    blocks.clear()
    store.gate.set()
    qtbot.waitUntil(lambda: model.is_loaded(205) and len(view.painted) > 0, timeout=5000)
    QApplication.processEvents()
    assert model.data(model.index(205, 1)) == "500 €"  # (205 - 200) * 100: the second page's own numbering
    # page 1 (rows 200-399) is sent as consecutive blocks of at most UPDATE_CELLS cells covering the page ...
    assert blocks[0][0] == 200 and blocks[-1][1] == 399
    assert all(b[0] == a[1] + 1 for a, b in zip(blocks, blocks[1:], strict=False))
    assert all((b[1] - b[0] + 1) * (b[3] - b[2] + 1) <= UPDATE_CELLS and b[2:] == (0, 3) for b in blocks)
    # ... so the view repaints the rows of page 1 it shows, not the rows 190-199 above them
    first_new = view.rowViewportPosition(200)
    assert first_new > 0
    assert all(r.top() >= first_new for r in view.painted), (first_new, view.painted)
    # a page arriving far out of view repaints nothing
    view.painted.clear()
    assert model.data(model.index(1_500, 0)) == PLACEHOLDER
    qtbot.waitUntil(lambda: model.is_loaded(1_500), timeout=5000)
    for _ in range(5):
        QApplication.processEvents()
    assert view.painted == []


def _grab(view: QTableView, delegate: QStyledItemDelegate) -> QImage:
    view.setItemDelegate(delegate)
    QApplication.processEvents()
    return view.grab().toImage()


def test_paged_delegate_paints_the_same_pixels_as_the_styled_delegate(qtbot: QtBot, runner: TaskRunner) -> None:
    store = GatedStore(300)
    model = PagedTableModel(runner, LONG_COLUMNS, ids_fn=store.ids_fn, fetch_rows=store.fetch_rows)
    with qtbot.waitSignal(model.ids_loaded, timeout=5000):
        model.set_query(None)
    view = setup_table(QTableView(), model, stretch=None)
    qtbot.addWidget(view)
    assert isinstance(view.itemDelegate(), PagedItemDelegate)  # setup_table gives paged tables this delegate
    view.horizontalHeader().resizeSection(0, 120)  # too narrow for the names: elided
    view.resize(700, 300)
    view.show()
    qtbot.waitExposed(view)
    styled, paged = QStyledItemDelegate(view), PagedItemDelegate(view)
    assert model.data(model.index(0, 0)) == PLACEHOLDER
    placeholders = _grab(view, styled)
    assert _grab(view, paged) == placeholders
    store.gate.set()
    qtbot.waitUntil(lambda: model.is_loaded(0), timeout=5000)
    rows = _grab(view, styled)
    assert rows != placeholders
    assert _grab(view, paged) == rows
    view.selectRow(2)  # a selected row (and the current cell) is painted by QStyledItemDelegate itself
    assert _grab(view, paged) == _grab(view, styled)
    view.setEnabled(False)
    assert _grab(view, paged) == _grab(view, styled)


def test_setup_table_keeps_the_styled_delegate_for_small_models(sync_runner: SyncTaskRunner) -> None:
    from ui.models.rows import RowsTableModel

    view = setup_table(QTableView(), RowsTableModel(COLUMNS))
    assert not isinstance(view.itemDelegate(), PagedItemDelegate)


class HoldLog(PagedTableView):
    """Records, for every paint of the viewport, whether the top row shown was loaded."""

    def __init__(self, hold_ms: int) -> None:
        super().__init__(hold_ms=hold_ms)
        self.painted_loaded: list[bool] = []

    def paintEvent(self, event: QPaintEvent) -> None:
        model = self.model()
        assert isinstance(model, PagedTableModel)
        self.painted_loaded.append(model.is_loaded(max(0, self.rowAt(0))))
        super().paintEvent(event)


def _held_view(qtbot: QtBot, runner: TaskRunner, store: FakeStore, hold_ms: int) -> HoldLog:
    model = PagedTableModel(runner, LONG_COLUMNS, ids_fn=store.ids_fn, fetch_rows=store.fetch_rows)
    with qtbot.waitSignal(model.ids_loaded, timeout=5000):
        model.set_query(None)
    view = setup_table(HoldLog(hold_ms), model, stretch=None)
    qtbot.addWidget(view)
    view.resize(700, 400)
    view.show()
    qtbot.waitExposed(view)
    qtbot.waitUntil(lambda: model.is_loaded(0), timeout=5000)
    QApplication.processEvents()
    view.painted_loaded.clear()
    return view


def test_scroll_to_missing_rows_paints_once_when_their_page_comes_in_time(qtbot: QtBot, runner: TaskRunner) -> None:
    store = GatedStore(5_000)
    store.gate.set()
    view = _held_view(qtbot, runner, store, hold_ms=10_000)  # a hold that cannot run out during the test
    model = view.model()
    assert isinstance(model, PagedTableModel)
    store.gate.clear()
    shown = view.viewport().grab().toImage()
    view.painted_loaded.clear()
    view.verticalScrollBar().setValue(3_000)
    assert view.held and view.holds == 1
    assert not model.is_loaded(3_000)
    for _ in range(10):  # the page is asked for before any paint, and nothing is painted while it is on the way
        QApplication.processEvents()
    assert view.painted_loaded == []
    assert view.rowAt(0) == 0  # the rows shown stay those of before the scroll, and they still paint as before
    assert view.viewport().grab().toImage() == shown
    view.painted_loaded.clear()
    store.gate.set()
    qtbot.waitUntil(lambda: not view.held, timeout=5000)
    assert view.rowAt(0) == 3_000
    qtbot.waitUntil(lambda: len(view.painted_loaded) > 0, timeout=5000)
    QApplication.processEvents()
    assert all(view.painted_loaded)  # the rows, never a frame of placeholders
    assert model.data(model.index(3_001, 0)).startswith("Partner id-3001")
    # scrolling within cached rows holds nothing
    view.verticalScrollBar().setValue(3_005)
    assert not view.held and view.holds == 1


def test_hold_runs_out_and_shows_placeholders_while_the_page_is_late(qtbot: QtBot, runner: TaskRunner) -> None:
    store = GatedStore(5_000)
    store.gate.set()
    view = _held_view(qtbot, runner, store, hold_ms=20)
    store.gate.clear()
    view.verticalScrollBar().setValue(3_000)
    assert view.held
    qtbot.waitUntil(lambda: not view.held and len(view.painted_loaded) > 0, timeout=5000)
    QApplication.processEvents()
    assert view.painted_loaded[0] is False  # placeholders painted after the hold, the page still not in
    store.gate.set()
    qtbot.waitUntil(lambda: view.painted_loaded[-1] is True, timeout=5000)


def test_hold_ends_at_a_fetch_error_and_at_a_reset(qtbot: QtBot, runner: TaskRunner) -> None:
    store = GatedStore(5_000)
    store.gate.set()
    view = _held_view(qtbot, runner, store, hold_ms=10_000)
    model = view.model()
    assert isinstance(model, PagedTableModel)
    store.fail_rows = True
    view.verticalScrollBar().setValue(3_000)
    assert view.held
    qtbot.waitUntil(lambda: not view.held, timeout=5000)  # failed: shown (empty) now, not after 10 s
    qtbot.waitUntil(lambda: len(view.painted_loaded) > 0, timeout=5000)
    store.fail_rows = False
    store.gate.clear()
    view.verticalScrollBar().setValue(4_000)
    assert view.held
    model.set_query("7")  # other ids: the page on its way is dropped when it comes, then the model resets
    assert view.held
    at_reset: list[bool] = []
    model.modelReset.connect(lambda: at_reset.append(view.held))  # runs after the view's own handler
    with qtbot.waitSignal(model.modelReset, timeout=5000):
        store.gate.set()
    assert at_reset == [False]
    qtbot.waitUntil(lambda: not view.held and model.is_loaded(max(0, view.rowAt(0))), timeout=5000)
    top = view.rowAt(0)
    assert model.data(model.index(top, 3)) == f"id-{top * 10 + 7}"


def test_table_makes_a_paged_view_for_paged_models_only(sync_runner: SyncTaskRunner) -> None:
    from ui.models.rows import RowsTableModel
    from ui.widgets.common import table

    assert isinstance(table(make(sync_runner, FakeStore(3))), PagedTableView)
    assert type(table(RowsTableModel(COLUMNS))) is QTableView
