"""The session controller: opens a company (demo or 1C), builds the pages, schedules syncs.

Syncs run off the GUI thread on start, every N minutes, on "Sync now" (F5) and when the network
comes back; never two at once. The status bar follows each run; a banner appears when 1C refuses
the credentials, and offers to enter the password again.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import UTC

from PySide6.QtCore import QObject, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtNetwork import QNetworkInformation
from PySide6.QtWidgets import QInputDialog, QLabel, QLineEdit, QMessageBox, QToolBar, QWidget

from wholesale_desk import credentials, settings_defaults, workspace
from wholesale_desk.gui.main_window import MainWindow
from wholesale_desk.gui.operations import Operation, Progress
from wholesale_desk.gui.session.connect_dialog import Choice, ConnectDialog
from wholesale_desk.gui.session.pages import SessionPages, build_pages
from wholesale_desk.gui.settings import Settings
from wholesale_desk.gui.texts import render
from wholesale_desk.i18n import UserError
from wholesale_desk.sync.engine import SyncResult
from wholesale_desk.workspace import Workspace

log = logging.getLogger(__name__)


class SessionController(QObject):
    """Owns the opened `Workspace` and everything that follows from it in the window."""

    workspaceOpened = Signal(object)
    syncFinished = Signal(object)  # SyncResult
    dataChanged = Signal()  # the store changed under the pages (after a sync)

    def __init__(self, window: MainWindow, settings: Settings) -> None:
        super().__init__(window)
        self.window = window
        self.settings = settings
        self.workspace: Workspace | None = None
        self.sync_task: Operation[SyncResult] | None = None
        self.open_task: Operation[Workspace] | None = None
        self.pages: dict[str, QWidget] = {}
        self.session_pages: SessionPages | None = None  # keeps every page's connections alive
        self._refresh_pages: list[Callable[[], object]] = []
        window.openDemoRequested.connect(self.open_demo)
        window.connectRequested.connect(self.show_connect_dialog)
        window.syncNowRequested.connect(self.sync_now)
        self.window.ui.actionSyncNow.setShortcut(QKeySequence(QKeySequence.StandardKey.Refresh))

        self.timer = QTimer(self)
        self.timer.timeout.connect(self.sync_now)
        self._apply_interval()
        settings.changed.connect(self._on_setting_changed)

        self.banner = self._make_banner()
        self._add_menu_actions()
        self._watch_network()

    # --- opening a company --------------------------------------------------------------------
    def start(self, *, demo: bool) -> None:
        """What the app does at start: the demo if asked, the last 1C connection, or ask."""
        if demo:
            self.open_demo()
        elif workspace.has_connection():
            self.open_connected()
        else:
            # The store a 1C connection will fill: created and migrated now, off the GUI thread,
            # so a broken data folder shows up at once rather than after connecting.
            Operation(self.window, op=lambda _p: workspace.prepare_store(), kind="db").run()
            QTimer.singleShot(0, self.show_connect_dialog)

    @Slot()
    def open_demo(self) -> Operation[Workspace] | None:
        if self.open_task is not None and not self.open_task.done:
            return self.open_task
        self.window.sync_status.set_progress(self.tr("Starting the demo company"), 0, 0)
        self.open_task = (
            Operation(
                self.window,
                op=lambda _p: workspace.open_demo(),
                success=self.attach,
                kind="network",
            )
            .failure(self._open_failed)
            .run()
        )
        return self.open_task

    def open_connected(
        self, password: str | None = None, head_of_sales: bool | None = None
    ) -> Operation[Workspace]:
        head = (
            self.settings.get(settings_defaults.HEAD_OF_SALES)
            if head_of_sales is None
            else head_of_sales
        )

        def op(_p: Progress) -> Workspace:
            return workspace.open_connected(password=password, head_of_sales=bool(head))

        self.open_task = (
            Operation(self.window, op=op, success=self.attach, kind="network")
            .failure(self._open_failed)
            .run()
        )
        return self.open_task

    @Slot()
    def show_connect_dialog(self) -> ConnectDialog:
        current = self.workspace.settings if self.workspace else None
        dialog = ConnectDialog(self.window, current)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def chosen() -> None:
            if dialog.choice is Choice.DEMO:
                self.open_demo()
            elif dialog.choice is Choice.CONNECT:
                self.settings.set(settings_defaults.HEAD_OF_SALES, dialog.head_of_sales)
                if not dialog.password_in_keyring:
                    self.window.statusBar().showMessage(
                        self.tr(
                            "No password store on this computer: the password is kept "
                            "for this session only"
                        ),
                        15000,
                    )
                self.open_connected(dialog.password, dialog.head_of_sales)

        dialog.accepted.connect(chosen)
        dialog.open()
        self.connect_dialog = dialog
        return dialog

    def attach(self, ws: Workspace) -> None:
        """Make `ws` the open company: pages, status bar, the first sync."""
        if self.workspace is not None and self.workspace is not ws:
            self.workspace.close()
        self.workspace = ws
        self.window.sync_status.finish_progress()
        self.window.attach_session(ws)
        self.session_pages = build_pages(self.window, ws, self)
        self.pages = self.session_pages.widgets
        self._refresh_pages = self.session_pages.refreshers
        self._show_status()
        self.workspaceOpened.emit(ws)
        self.timer.start()
        self.sync_now()

    def _open_failed(self, exc: BaseException) -> None:
        self.window.sync_status.finish_progress()
        message = render(exc.message) if isinstance(exc, UserError) else str(exc)
        log.error("Could not open the company: %s", exc, exc_info=exc)
        QMessageBox.warning(self.window, self.tr("Could not open the company"), message)

    # --- syncing ------------------------------------------------------------------------------
    @property
    def syncing(self) -> bool:
        return self.sync_task is not None and not self.sync_task.done

    @Slot()
    def sync_now(self) -> Operation[SyncResult] | None:
        """Start a sync unless one is running (or no company is open)."""
        ws = self.workspace
        if ws is None or self.syncing:
            return self.sync_task
        engine = ws.engine

        def op(progress: Progress) -> SyncResult:
            return engine.run(progress=progress.update, cancelled=lambda: progress.cancelled)

        self.window.sync_status.set_progress(self.tr("Synchronising with 1C"), 0, 0)
        self.sync_task = (
            Operation(self.window, op=op, success=self._synced, kind="network")
            .on_progress(self.window.sync_status.set_progress)
            .failure(self._sync_crashed)
            .run()
        )
        return self.sync_task

    def cancel_sync(self) -> None:
        if self.sync_task is not None:
            self.sync_task.cancel()

    def _synced(self, result: SyncResult) -> None:
        status = self.window.sync_status
        status.finish_progress()
        if result.status == "busy":
            return
        if result.credentials_refused:
            self._show_banner()
        else:
            self.banner.hide()
        if result.ok:
            status.set_online(True)
        elif result.errors:
            status.set_sync_failed(result.errors[0])
        if self.workspace is not None:
            self.workspace.refresh_user()
        self._show_status()
        self._refresh()
        self.syncFinished.emit(result)

    def _sync_crashed(self, exc: BaseException) -> None:
        log.error("Sync crashed: %s", exc, exc_info=exc)
        self.window.sync_status.finish_progress()
        message = render(exc.message) if isinstance(exc, UserError) else str(exc)
        self.window.sync_status.set_sync_failed(message)
        self._show_status()

    def _show_status(self) -> None:
        ws = self.workspace
        if ws is None:
            return
        state = ws.engine.status()
        last = state.last_sync_at  # naive UTC, as the store keeps it
        self.window.sync_status.set_last_synced(last.replace(tzinfo=UTC) if last else None)
        self.window.sync_status.set_pending_changes(state.pending)

    def _refresh(self) -> None:
        for refresh in self._refresh_pages:
            refresh()
        self.dataChanged.emit()

    # --- the credentials banner ---------------------------------------------------------------
    def _make_banner(self) -> QToolBar:
        bar = QToolBar(self.window)
        bar.setObjectName("credentialsBanner")
        bar.setMovable(False)
        bar.setStyleSheet("QToolBar { background: #fdecea; border-bottom: 1px solid #e0b4b4; }")
        self.banner_label = QLabel(bar)
        bar.addWidget(self.banner_label)
        self.banner_action = QAction(bar)
        self.banner_action.triggered.connect(self.ask_password)
        bar.addAction(self.banner_action)
        self.window.addToolBar(Qt.ToolBarArea.TopToolBarArea, bar)
        bar.hide()
        return bar

    def _show_banner(self) -> None:
        user = self.workspace.settings.user if self.workspace else ""
        self.banner_label.setText(
            self.tr("1C refused the password of {user}. Nothing was sent or lost.").format(
                user=user
            )
            + "  "
        )
        self.banner_action.setText(self.tr("Enter password…"))
        self.banner.show()

    @Slot()
    def ask_password(self) -> None:
        ws = self.workspace
        if ws is None:
            return
        password, ok = QInputDialog.getText(
            self.window,
            self.tr("1C password"),
            self.tr("Password of {user}:").format(user=ws.settings.user),
            QLineEdit.EchoMode.Password,
        )
        if not ok:
            return
        ws.engine.set_password(password)
        if not ws.is_demo:
            credentials.save_password(ws.settings.url, ws.settings.user, password)
        self.banner.hide()
        self.sync_now()

    # --- menus, timer, network ----------------------------------------------------------------
    def _add_menu_actions(self) -> None:
        from wholesale_desk.gui.session.sync_log_dialog import ConflictsDialog, SyncLogDialog

        def show_log() -> None:
            if self.workspace is not None:
                SyncLogDialog(self.workspace, self.window).open()

        def show_conflicts() -> None:
            if self.workspace is not None:
                dialog = ConflictsDialog(self.workspace, self.window)
                dialog.resolved.connect(self.sync_now)
                dialog.open()

        self.sync_log_action = QAction(self.window)
        self.sync_log_action.triggered.connect(show_log)
        self.conflicts_action = QAction(self.window)
        self.conflicts_action.triggered.connect(show_conflicts)
        self.window.ui.menuView.addSeparator()
        self.window.ui.menuView.addAction(self.sync_log_action)
        self.window.ui.menuView.addAction(self.conflicts_action)
        self.retranslateUi()

    def retranslateUi(self) -> None:
        self.sync_log_action.setText(self.tr("Sync &log"))
        self.conflicts_action.setText(self.tr("&Conflicts with 1C…"))

    def _apply_interval(self) -> None:
        minutes = int(self.settings.get(settings_defaults.SYNC_INTERVAL_MINUTES))
        self.timer.setInterval(max(1, minutes) * 60_000)

    def _on_setting_changed(self, key: str) -> None:
        if key == settings_defaults.SYNC_INTERVAL_MINUTES.key:
            self._apply_interval()
        elif key == settings_defaults.LANGUAGE.key:
            self.retranslateUi()

    def _watch_network(self) -> None:
        """Sync when the network comes back, where the platform can tell (QNetworkInformation)."""
        try:
            if not QNetworkInformation.loadDefaultBackend():
                return
        except Exception:  # a platform without any backend
            return
        info = QNetworkInformation.instance()
        if info is None:
            return
        self._reachability = info.reachability()
        info.reachabilityChanged.connect(self._reachability_changed)

    def _reachability_changed(self, reachability: QNetworkInformation.Reachability) -> None:
        online = reachability == QNetworkInformation.Reachability.Online
        was_online = self._reachability == QNetworkInformation.Reachability.Online
        self._reachability = reachability
        self.window.sync_status.set_online(online)
        if online and not was_online:
            log.info("The network is back: syncing")
            self.sync_now()
