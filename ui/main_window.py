"""The main window: navigation on the left, the partner list (paged, filtered in SQL on the db lane),
and a status bar. The desktop issue grows this shell into the full workbench."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any as EngineHandle  # the engine is passed through untouched; ui never imports sqlalchemy

from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QMainWindow,
    QMessageBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ui.i18n import tr
from ui.models.paged import Column, PagedTableModel, SortSpec
from ui.tasks import Runner
from workbench import __version__
from workbench.partners.queries import list_partner_ids, partners_by_ids
from workbench.partners.types import PartnerRow


@dataclass(frozen=True)
class PartnerQuery:
    name_filter: str | None = None


def partner_columns() -> list[Column[PartnerRow]]:
    return [
        Column(tr("Partners", "Name"), lambda r: r.legal_name, sort_key="name"),
        Column(tr("Partners", "Tier"), lambda r: r.tier_name or "", sort_key="tier"),
        Column(tr("Partners", "Country"), lambda r: r.country or "", sort_key="country"),
        Column(tr("Partners", "Type"), lambda r: r.partner_type.replace("_", " ")),
        Column(tr("Partners", "Status"), lambda r: r.status),
        Column(tr("Partners", "Channel manager"), lambda r: r.owner_id or ""),
    ]


class MainWindow(QMainWindow):
    def __init__(self, runner: Runner, engine: EngineHandle, workspace_label: str) -> None:
        super().__init__()
        self.runner = runner
        self.engine = engine
        self.setWindowTitle(tr("MainWindow", "Partner Workbench — {0}").format(workspace_label))
        self.setMinimumSize(900, 560)

        self.nav = QListWidget()
        self.nav.addItems([tr("MainWindow", "Partners")])
        self.nav.setCurrentRow(0)
        self.nav.setFixedWidth(170)

        self.filter = QLineEdit()
        self.filter.setPlaceholderText(tr("Partners", "Filter by name…"))
        self.filter.setClearButtonEnabled(True)
        self._debounce = QTimer(self, singleShot=True, interval=150)
        self._debounce.timeout.connect(self._apply_filter)
        self.filter.textChanged.connect(lambda _t: self._debounce.start())

        def ids_fn(query: PartnerQuery, sort: SortSpec | None) -> Sequence[str]:
            return list_partner_ids(
                engine,
                name_filter=query.name_filter,
                sort=sort.key if sort else "name",
                descending=bool(sort and sort.descending),
            )

        self.model: PagedTableModel[PartnerRow] = PagedTableModel(
            runner,
            partner_columns(),
            ids_fn=ids_fn,
            fetch_rows=lambda ids: partners_by_ids(engine, ids),
            parent=self,
        )
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for col in range(1, self.model.columnCount()):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)

        title = QLabel(tr("Partners", "Partners"))
        title.setStyleSheet("font-size: 16pt; font-weight: 600;")
        right = QVBoxLayout()
        right.addWidget(title)
        right.addWidget(self.filter)
        right.addWidget(self.table)
        body = QHBoxLayout()
        body.addWidget(self.nav)
        body.addLayout(right, 1)
        central = QWidget()
        central.setLayout(body)
        self.setCentralWidget(central)

        self.count_label = QLabel()
        self.statusBar().addPermanentWidget(self.count_label)
        self.model.ids_loaded.connect(self._on_count)
        self._build_menus()
        self._restore()
        self.model.set_query(PartnerQuery(), SortSpec("name"))

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(tr("MainWindow", "&File"))
        quit_action = QAction(tr("MainWindow", "&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)
        find = QAction(tr("MainWindow", "&Find partner"), self)
        find.setShortcut(QKeySequence.StandardKey.Find)
        find.triggered.connect(lambda: (self.filter.setFocus(), self.filter.selectAll()))
        self.addAction(find)
        file_menu.addAction(find)
        help_menu = self.menuBar().addMenu(tr("MainWindow", "&Help"))
        about = QAction(tr("MainWindow", "&About Partner Workbench"), self)
        about.triggered.connect(self._about)
        help_menu.addAction(about)

    def _about(self) -> None:
        QMessageBox.about(
            self,
            tr("MainWindow", "About Partner Workbench"),
            tr("MainWindow", "Partner Workbench {0}\nOffline-first partner relationship management.").format(
                __version__
            ),
        )

    def _apply_filter(self) -> None:
        text = self.filter.text().strip()
        self.model.set_query(PartnerQuery(text or None), self.model.sort_spec)

    def _on_count(self, n: int) -> None:
        self.count_label.setText(tr("MainWindow", "%n partner(s)", "", n))

    def _restore(self) -> None:
        settings = QSettings()
        geometry = settings.value("main/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(1200, 760)

    def closeEvent(self, event: object) -> None:
        QSettings().setValue("main/geometry", self.saveGeometry())
        super().closeEvent(event)  # type: ignore[arg-type]
