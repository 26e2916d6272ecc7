"""The workbench shell: navigation (Dashboard, Partners, Deals, Training, MDF, Conflicts, Activity), menus
with keyboard shortcuts for the frequent actions, global search (Ctrl+K), remembered window state, the About
box and the sync status bar. Areas are built from an :class:`AppContext`; other features add theirs with
``add_area``."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QByteArray, QSettings, QSize, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ui.context import AppContext
from ui.i18n import translate
from ui.icons import icon
from ui.partners.list_view import PartnersView
from ui.search import SearchDialog
from ui.statusbar import SyncStatusBar
from workbench import __version__
from workbench.errors import UserError
from workbench.partners.types import PartnerDTO
from workbench.search.fts import SearchHit
from workbench.search.lookups import FilterChoices, filter_choices
from workbench.security.roles import Actor, Role
from workbench.security.secrets import MemorySecretStore, SecretStore

if TYPE_CHECKING:
    from ui.conflicts import ConflictsView
    from ui.dashboard.view import DashboardView
    from ui.mdf.view import MdfView
    from ui.partners.editor import PartnerEditor
    from ui.partners.profile import PartnerProfile
    from ui.signin import SignInDialog, SignInResult
    from ui.views import ActivityView, DealsView

SIGN_IN_CODES = frozenset({"sync_auth_required", "sync_device_revoked"})  # sync failures a new sign-in fixes
AREAS = ("dashboard", "partners", "deals", "training", "mdf", "conflicts", "activity")


class LazyArea(QWidget):
    """A navigation area built on first use: the window starts with only the partner list (imports, widgets and
    their first queries of the other areas cost start-up time and compete with the first page)."""

    def __init__(self, factory: Callable[[], QWidget]) -> None:
        super().__init__()
        self._factory = factory
        self.widget: QWidget | None = None
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)

    def build(self) -> QWidget:
        if self.widget is None:
            self.widget = self._factory()
            layout = self.layout()
            assert layout is not None
            layout.addWidget(self.widget)
        return self.widget


def _dashboard(ctx: AppContext) -> DashboardView:
    from ui.dashboard.view import DashboardView  # QtCharts: imported the first time the dashboard is shown

    return DashboardView(ctx)


def _deals(ctx: AppContext) -> DealsView:
    from ui.views import DealsView

    return DealsView(ctx)


def _training(ctx: AppContext) -> QWidget:
    from ui.training.view import TrainingView

    return TrainingView(ctx)


def _mdf(ctx: AppContext) -> MdfView:
    from ui.mdf.view import MdfView

    return MdfView(ctx)


def _conflicts(ctx: AppContext) -> ConflictsView:
    from ui.conflicts import ConflictsView

    return ConflictsView(ctx)


def _activity(ctx: AppContext) -> ActivityView:
    from ui.views import ActivityView

    return ActivityView(ctx)


class MainWindow(QMainWindow):
    language_changed = Signal(object)  # str | None (None = system language)

    def __init__(
        self, ctx: AppContext, *, secret_store: SecretStore | None = None, blob_dir: Path | None = None
    ) -> None:
        """``secret_store``: where a sign-in remembers its tokens (the system keyring in the app; None: tokens for
        this session only); ``blob_dir``: the workspace's blob directory for a sync started by a sign-in."""
        super().__init__()
        self.ctx = ctx
        self.secret_store = secret_store
        self.blob_dir = blob_dir
        self.sign_in_dialog: SignInDialog | None = None
        self.setObjectName("MainWindow")
        title = translate("MainWindow", "Partner Workbench")
        if ctx.workspace_label:
            title = translate("MainWindow", "Partner Workbench — {0}").format(ctx.workspace_label)
        self.setWindowTitle(title)
        self.setMinimumSize(960, 600)

        self.nav = QListWidget()
        self.nav.setObjectName("navigation")
        self.nav.setAccessibleName(translate("MainWindow", "Navigation"))
        self.nav.setIconSize(QSize(20, 20))
        self.stack = QStackedWidget()
        self.areas: dict[str, QWidget] = {}

        self.partners = PartnersView(ctx)
        self._profile: PartnerProfile | None = None
        self.partner_stack = QStackedWidget()
        self.partner_stack.addWidget(self.partners)
        names = {
            "dashboard": translate("MainWindow", "Dashboard"),
            "partners": translate("MainWindow", "Partners"),
            "deals": translate("MainWindow", "Deals"),
            "training": translate("MainWindow", "Training"),
            "mdf": translate("MainWindow", "MDF"),
            "conflicts": translate("MainWindow", "Conflicts"),
            "activity": translate("MainWindow", "Activity"),
        }
        widgets: dict[str, QWidget | Callable[[], QWidget]] = {
            "dashboard": lambda: self._dashboard_built(_dashboard(ctx)),
            "partners": self.partner_stack,
            "deals": lambda: _deals(ctx),
            "training": lambda: _training(ctx),
            "mdf": lambda: _mdf(ctx),
            "conflicts": lambda: _conflicts(ctx),
            "activity": lambda: self._activity_built(_activity(ctx)),
        }
        for key in AREAS:
            self.add_area(key, names[key], widgets[key])
        self.nav.currentRowChanged.connect(self._show_row)
        width = max(self.nav.sizeHintForColumn(0), 0) + self.fontMetrics().averageCharWidth() * 4 + 28
        self.nav.setFixedWidth(max(width, self.fontMetrics().averageCharWidth() * 18))

        body = QHBoxLayout()
        body.setContentsMargins(0, 0, 0, 0)
        body.addWidget(self.nav)
        body.addWidget(self.stack, 1)
        central = QWidget()
        central.setLayout(body)
        self.setCentralWidget(central)

        self.status = SyncStatusBar(ctx, self)
        self.setStatusBar(self.status)
        self._build_notifications(ctx)
        self.status.open_conflicts.connect(lambda: self.go("conflicts"))

        self.search = SearchDialog(ctx, self)
        self.search.hit_chosen.connect(self.open_hit)
        self.partners.open_partner.connect(self.open_partner)
        self.partners.new_partner.connect(self.new_partner)
        self.choices: FilterChoices | None = None
        self.editor: PartnerEditor | None = None
        self._build_menus()
        self._restore()
        self.go(str(QSettings().value("main/area", "partners")))

    # -- areas ----------------------------------------------------------------------------------------------------

    def add_area(self, key: str, title: str, widget: QWidget | Callable[[], QWidget]) -> None:
        """Add (or replace) a navigation area: a widget, or a factory called the first time the area is shown
        (or asked for through ``area``) - import the area's module inside the factory to keep start-up fast."""
        page = widget if isinstance(widget, QWidget) else LazyArea(widget)
        old = self.areas.get(key)
        if old is not None:
            index = self.stack.indexOf(old)
            self.stack.insertWidget(index, page)
            self.stack.removeWidget(old)
            old.deleteLater()
            self.nav.item(index).setText(title)
            self.nav.item(index).setToolTip(title)
        else:
            item = QListWidgetItem(icon(key), title)
            item.setData(Qt.ItemDataRole.UserRole, key)
            item.setToolTip(title)
            self.nav.addItem(item)
            self.stack.addWidget(page)
        self.areas[key] = page

    def area(self, key: str) -> QWidget:
        """The widget of area ``key``, built now if it was added as a factory."""
        page = self.areas[key]
        return page.build() if isinstance(page, LazyArea) else page

    def _show_row(self, row: int) -> None:
        page = self.stack.widget(row)
        if isinstance(page, LazyArea):
            page.build()
        self.stack.setCurrentIndex(row)

    @property
    def dashboard(self) -> DashboardView:
        return self.area("dashboard")  # type: ignore[return-value]

    @property
    def deals(self) -> DealsView:
        return self.area("deals")  # type: ignore[return-value]

    @property
    def mdf(self) -> MdfView:
        return self.area("mdf")  # type: ignore[return-value]

    @property
    def conflicts(self) -> ConflictsView:
        return self.area("conflicts")  # type: ignore[return-value]

    @property
    def activity(self) -> ActivityView:
        return self.area("activity")  # type: ignore[return-value]

    def _dashboard_built(self, view: DashboardView) -> DashboardView:
        view.open_partner.connect(self.open_partner)
        return view

    def _activity_built(self, view: ActivityView) -> ActivityView:
        view.open_partner.connect(self.open_partner)
        return view

    @property
    def profile(self) -> PartnerProfile:
        """The 360° profile, built the first time a partner is opened."""
        if self._profile is None:
            from ui.partners.profile import PartnerProfile

            self._profile = PartnerProfile(self.ctx)
            self._profile.back_requested.connect(self.show_partner_list)
            self._profile.edit_requested.connect(self.edit_partner)
            self.partner_stack.addWidget(self._profile)
        return self._profile

    def current_area(self) -> str:
        item = self.nav.currentItem()
        return str(item.data(Qt.ItemDataRole.UserRole)) if item is not None else ""

    def go(self, key: str) -> None:
        keys = list(self.areas)
        self.nav.setCurrentRow(keys.index(key) if key in keys else keys.index("partners"))

    def show_partner_list(self) -> None:
        self.go("partners")
        self.partner_stack.setCurrentWidget(self.partners)
        self.partners.table.setFocus()

    def open_partner(self, partner_id: str) -> None:
        self.go("partners")
        self.partner_stack.setCurrentWidget(self.profile)
        self.profile.show_partner(partner_id)

    def open_hit(self, hit: SearchHit) -> None:
        if hit.entity == "partner":
            self.open_partner(hit.row_id)
        elif hit.partner_id:
            self.open_partner(hit.partner_id)
            tab = {"contact": 1, "deal": 2, "claim": 4}.get(hit.entity)
            if tab is not None:
                self.profile.tabs.setCurrentIndex(tab)

    # -- partner dialogs ---------------------------------------------------------------------------------------------

    def _with_choices(self, then: Any) -> None:
        if self.choices is not None:
            then(self.choices)
            return

        def got(choices: FilterChoices) -> None:
            self.choices = choices
            then(choices)

        self.ctx.db(filter_choices, self.ctx.engine, on_success=got, name="editor-choices")

    def new_partner(self) -> None:
        def show(choices: FilterChoices) -> None:
            from ui.partners.editor import PartnerEditor

            self.editor = PartnerEditor(self.ctx, choices, None, self)
            self.editor.saved.connect(lambda p: self.open_partner(p.id))
            self.editor.open()

        self._with_choices(show)

    def edit_partner(self, partner: PartnerDTO | None = None) -> None:
        if partner is None:
            profile = self._profile
            if profile is not None and self.partner_stack.currentWidget() is profile and profile.bundle is not None:
                partner = profile.bundle.partner
            else:
                return

        def show(choices: FilterChoices) -> None:
            from ui.partners.editor import PartnerEditor

            self.editor = PartnerEditor(self.ctx, choices, partner, self)
            self.editor.open()

        self._with_choices(show)

    # -- menus ------------------------------------------------------------------------------------------------------

    def _action(self, text: str, shortcut: Any, slot: Any, menu: Any, name: str) -> QAction:
        action = QAction(text, self)
        action.setObjectName(name)
        if shortcut is not None:
            if isinstance(shortcut, list):
                action.setShortcuts(shortcut)
            else:
                action.setShortcut(shortcut)
        action.triggered.connect(lambda _checked=False: slot())
        menu.addAction(action)
        self.addAction(action)  # shortcuts work even while the menu bar is hidden
        return action

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(translate("MainWindow", "&File"))
        self.new_action = self._action(
            translate("MainWindow", "&New partner…"),
            QKeySequence.StandardKey.New,
            self.new_partner,
            file_menu,
            "actNew",
        )
        self.edit_action = self._action(
            translate("MainWindow", "&Edit partner…"), QKeySequence("Ctrl+E"), self.edit_partner, file_menu, "actEdit"
        )
        file_menu.addSeparator()
        self._action(
            translate("MainWindow", "&Settings…"), QKeySequence("Ctrl+,"), self.show_settings, file_menu, "actSettings"
        )
        file_menu.addSeparator()
        self._action(translate("MainWindow", "&Quit"), QKeySequence.StandardKey.Quit, self.close, file_menu, "actQuit")

        go_menu = bar.addMenu(translate("MainWindow", "&Go"))
        self.search_action = self._action(
            translate("MainWindow", "&Search…"), [QKeySequence("Ctrl+K")], self.search.open_search, go_menu, "actSearch"
        )
        self._action(
            translate("MainWindow", "&Find partner"),
            QKeySequence.StandardKey.Find,
            self._find_partner,
            go_menu,
            "actFind",
        )
        go_menu.addSeparator()
        for i, key in enumerate(self.areas, start=1):
            item = self.nav.item(i - 1)
            self._action(item.text(), QKeySequence(f"Ctrl+{i}"), lambda k=key: self.go(k), go_menu, f"actGo_{key}")
        self._action(
            translate("MainWindow", "&Back to the partner list"),
            QKeySequence(QKeySequence.StandardKey.Back),
            self.show_partner_list,
            go_menu,
            "actBack",
        )
        self._action(
            translate("MainWindow", "&Reload"), QKeySequence.StandardKey.Refresh, self.reload, go_menu, "actReload"
        )

        sync_menu = bar.addMenu(translate("MainWindow", "S&ync"))
        self.sync_action = self._action(
            translate("MainWindow", "&Sync now"), QKeySequence("Ctrl+Shift+S"), self.sync_now, sync_menu, "actSync"
        )
        self.cancel_sync_action = self._action(
            translate("MainWindow", "C&ancel sync"), None, self.cancel_sync, sync_menu, "actCancelSync"
        )
        self.cancel_sync_action.setEnabled(False)
        if self.ctx.sync is None:
            self.sync_action.setEnabled(False)
            self.sync_action.setToolTip(translate("MainWindow", "This workspace is not signed in to a server."))
        else:
            self._wire_sync(self.ctx.sync)
        self.sign_in_action = self._action(
            translate("MainWindow", "Sign &in…"), None, self.show_sign_in, sync_menu, "actSignIn"
        )
        self._action(
            translate("MainWindow", "&Conflicts inbox"),
            QKeySequence("Ctrl+Shift+C"),
            lambda: self.go("conflicts"),
            sync_menu,
            "actConflicts",
        )
        self.notifications_action = self._action(
            translate("MainWindow", "&Notifications"),
            QKeySequence("Ctrl+Shift+N"),
            self.show_notifications,
            go_menu,
            "actNotifications",
        )

        help_menu = bar.addMenu(translate("MainWindow", "&Help"))
        self._action(
            translate("MainWindow", "&Keyboard shortcuts"),
            QKeySequence.StandardKey.HelpContents,
            self.show_shortcuts,
            help_menu,
            "actShortcuts",
        )
        self._action(translate("MainWindow", "&About Partner Workbench"), None, self.about, help_menu, "actAbout")

    def _find_partner(self) -> None:
        self.show_partner_list()
        self.partners.focus_filter()

    def sync_now(self) -> None:
        if self.ctx.sync is not None:
            self.ctx.sync.sync_now()

    def cancel_sync(self) -> None:
        if self.ctx.sync is not None:
            self.ctx.sync.cancel()

    # -- sign-in ----------------------------------------------------------------------------------------------------

    def show_sign_in(self, reason: UserError | None = None) -> SignInDialog:
        """The sign-in dialog (one at a time), prefilled with the last server and e-mail; ``reason``: why a sync
        needs it."""
        from ui.signin import SignInDialog

        if self.sign_in_dialog is not None and self.sign_in_dialog.isVisible():
            return self.sign_in_dialog
        settings = QSettings()
        sync = self.ctx.sync
        url = sync.server_url if sync is not None else str(settings.value("sync/server_url", ""))
        dialog = SignInDialog(
            self.ctx,
            self.secret_store if self.secret_store is not None else MemorySecretStore(),
            server_url=url,
            email=str(settings.value("sync/email", "")),
            reason=reason,
            parent=self,
        )
        dialog.signed_in.connect(self._signed_in)
        self.sign_in_dialog = dialog
        dialog.open()
        return dialog

    def _signed_in(self, result: SignInResult) -> None:
        from ui.sync_controller import SyncController

        settings = QSettings()
        settings.setValue("sync/server_url", result.server_url)
        if self.sign_in_dialog is not None:
            settings.setValue("sync/email", self.sign_in_dialog.email.text().strip())
        who = result.who
        self.ctx.actor = Actor(
            user_id=who.user_id,
            role=Role(who.role),
            device_id=who.device_id,
            partner_id=who.partner_id,
            name=who.display_name,
        )
        self.ctx.offline_reason = ""
        sync = self.ctx.sync
        if sync is None:
            sync = SyncController(
                self.ctx.runner,
                self.ctx.engine,
                self.ctx.bridge,
                result.store,
                result.server_url,
                blob_dir=self.blob_dir,
            )
            sync.setParent(self)
            self.ctx.sync = sync
            self._wire_sync(sync)
            self.sync_action.setEnabled(True)
            self.sync_action.setToolTip("")
            self.status.sync_attached()
        else:
            sync.reconnect(result.server_url, result.store)
        sync.online = True
        sync.start()

    def _wire_sync(self, sync: Any) -> None:
        sync.running_changed.connect(self._sync_running)
        sync.failed.connect(self._sync_failed)

    def _sync_failed(self, exc: BaseException) -> None:
        """A sync that only a new sign-in can fix opens the sign-in dialog (once; the user may cancel it)."""
        if isinstance(exc, UserError) and exc.code in SIGN_IN_CODES:
            self.show_sign_in(reason=exc)

    def _sync_running(self, running: bool) -> None:
        self.sync_action.setEnabled(not running)
        self.cancel_sync_action.setEnabled(running)

    def reload(self) -> None:
        self.ctx.changed("*")

    def about(self) -> None:
        QMessageBox.about(
            self,
            translate("MainWindow", "About Partner Workbench"),
            translate(
                "MainWindow",
                "<h3>Partner Workbench {0}</h3><p>Offline-first partner relationship management: partners, deal "
                "registration, training and market development funds, synced with the central server.</p>"
                "<p>Workspace: {1}<br>Signed in as: {2} ({3})</p>",
            ).format(__version__, self.ctx.workspace_label or "—", self.ctx.actor.user_id, self.ctx.actor.role),
        )

    def show_shortcuts(self) -> None:
        lines = []
        for action in self.actions():
            seq = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            if seq:
                lines.append(f"<tr><td><b>{seq}</b></td><td>{action.text().replace('&', '')}</td></tr>")
        QMessageBox.information(
            self, translate("MainWindow", "Keyboard shortcuts"), "<table cellpadding=3>" + "".join(lines) + "</table>"
        )

    def show_settings(self) -> None:
        from ui.settings import SettingsDialog

        dialog = SettingsDialog(self)
        if dialog.exec():
            dialog.save()
            self.language_changed.emit(dialog.chosen_language())

    # -- state ------------------------------------------------------------------------------------------------------

    def _restore(self) -> None:
        settings = QSettings()
        geometry = settings.value("main/geometry")
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        else:
            self.resize(1280, 800)
        state = settings.value("main/state")
        if isinstance(state, QByteArray):
            self.restoreState(state)

    def save_state(self) -> None:
        settings = QSettings()
        settings.setValue("main/geometry", self.saveGeometry())
        settings.setValue("main/state", self.saveState())
        settings.setValue("main/area", self.current_area())

    # -- notifications (reminders list in a dock, desktop notifications through the tray) ----------------------------

    def _build_notifications(self, ctx: AppContext) -> None:
        from PySide6.QtWidgets import QDockWidget

        from ui.notifications import NotificationsView, ReminderNotifier

        self.notifier = ReminderNotifier(ctx, parent=self)
        self.notifications = NotificationsView(ctx, self.notifier)
        self.notifications_dock = QDockWidget(translate("MainWindow", "Notifications"), self)
        self.notifications_dock.setObjectName("notificationsDock")
        self.notifications_dock.setWidget(self.notifications)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.notifications_dock)
        self.notifications_dock.hide()
        self.notifications.open_review_queue.connect(self.show_review_queue)
        self.notifier.start_later(2000)  # after the first page of the partner list

    def show_notifications(self) -> None:
        self.notifications_dock.show()
        self.notifications_dock.raise_()
        self.notifications.table.setFocus()

    def show_review_queue(self) -> None:
        """The deal review queue (vendor roles), e.g. from the overdue-reviews line of the notifications."""
        self.go("deals")
        deals = self.deals
        if deals.queue is not None:
            deals.tabs.setCurrentWidget(deals.queue)
            deals.queue.setFocus()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_state()
        self.status.stop()
        self.notifier.stop()
        self.search.close()
        super().closeEvent(event)
