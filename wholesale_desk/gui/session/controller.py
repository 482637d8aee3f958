"""The session controller: opens a company (demo or 1C), builds the pages, schedules syncs.

Syncs run off the GUI thread on start, every N minutes, on "Sync now" (F5) and when the network
comes back; never two at once. The status bar follows each run; a banner appears when 1C refuses
the credentials, and offers to enter the password again.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import UTC, datetime

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtNetwork import QNetworkInformation
from PySide6.QtWidgets import QDialog, QInputDialog, QLabel, QLineEdit, QToolBar, QWidget

from wholesale_desk import credentials, settings_defaults, workspace
from wholesale_desk.gui.error_dialog import show_error
from wholesale_desk.gui.main_window import MainWindow
from wholesale_desk.gui.operations import Operation, Progress
from wholesale_desk.gui.session import menu_paths
from wholesale_desk.gui.session.connect_dialog import Choice, ConnectDialog
from wholesale_desk.gui.session.pages import SessionPages, build_pages
from wholesale_desk.gui.session.sync_actions import SyncActions
from wholesale_desk.gui.settings import Settings
from wholesale_desk.gui.texts import render
from wholesale_desk.i18n import UserError
from wholesale_desk.sync import failure
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
        self.sync_actions = SyncActions(self)  # refresh everything, cancel, retry when busy
        self._sync_full = False
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
        show_error(
            self.window,
            exc,
            None if isinstance(exc, UserError) else self.tr("The company could not be opened."),
            title=self.tr("Could not open the company"),
        )

    # --- syncing ------------------------------------------------------------------------------
    @property
    def syncing(self) -> bool:
        return self.sync_task is not None and not self.sync_task.done

    @Slot()
    def sync_now(self, full: bool = False) -> Operation[SyncResult] | None:
        """Start a sync unless one is running (or no company is open); `full` re-reads all."""
        ws = self.workspace
        if ws is None or self.syncing:
            return self.sync_task
        engine = ws.engine
        self._sync_full = full

        def op(progress: Progress) -> SyncResult:
            return engine.run(
                progress=progress.update, cancelled=lambda: progress.cancelled, full=full
            )

        self.window.sync_status.set_progress(self.tr("Synchronising with 1C"), 0, 0)
        self.sync_task = (
            Operation(self.window, op=op, success=self._synced, kind="network")
            .on_progress(self.window.sync_status.set_progress)
            .failure(self._sync_crashed)
            .on_cancelled(self.sync_actions.cancelled)
            .run()
        )
        self.sync_actions.started()
        return self.sync_task

    def cancel_sync(self) -> None:
        if self.sync_task is not None:
            self.sync_task.cancel()

    def _synced(self, result: SyncResult) -> None:
        status = self.window.sync_status
        status.finish_progress()
        if result.status == "busy":
            self.sync_actions.busy(self._sync_full)  # tries again soon, and says so
            return
        if result.credentials_refused:
            self._show_banner()
        else:
            self.banner.hide()
        if result.ok:
            status.set_online(True)
            status.clear_failure()
        elif result.status == "failed":
            cause = result.cause or failure.Cause.ERROR
            status.set_online(cause is not failure.Cause.UNREACHABLE)
            self._show_failure(cause, [render(e) for e in result.errors])
        if self.workspace is not None:
            self.workspace.refresh_user()
        self._show_status()
        self._refresh()
        self.syncFinished.emit(result)

    def _sync_crashed(self, exc: BaseException) -> None:
        log.error("Sync crashed: %s", exc, exc_info=exc)
        self.window.sync_status.finish_progress()
        # The technical text is in the log; the status bar says what it means for the user.
        details = [render(exc.message)] if isinstance(exc, UserError) else []
        self._show_failure(failure.Cause.ERROR, details)
        self._show_status()

    def _show_failure(
        self, cause: failure.Cause, details: list[str], when: datetime | None = None
    ) -> None:
        """The status bar's failure: a few words, then what to do and 1C's own text (tooltip)."""
        detail = "\n".join([render(failure.advice(cause)), *details])
        self.window.sync_status.set_sync_failed(failure.summary(cause), detail, when)

    def _show_status(self) -> None:
        ws = self.workspace
        if ws is None:
            return
        state = ws.engine.status()
        last = state.last_sync_at  # naive UTC, as the store keeps it
        status = self.window.sync_status
        status.set_last_synced(last.replace(tzinfo=UTC) if last else None)
        status.set_pending_changes(state.pending)
        stored = state.last_failure
        if stored is not None and status.error is None and not self.syncing:
            # A failure from before this window opened (kept in the store until a sync succeeds).
            status.set_online(not stored.offline)
            self._show_failure(stored.cause, [stored.detail], stored.at.replace(tzinfo=UTC))

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
    @Slot()
    def show_sync_log(self) -> QDialog | None:
        from wholesale_desk.gui.session.sync_log_dialog import SyncLogDialog

        if self.workspace is None:
            return None
        dialog = SyncLogDialog(self.workspace, self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    @Slot()
    def show_conflicts(self) -> QDialog | None:
        """View → Conflicts with 1C…: both versions side by side; a choice syncs at once."""
        from wholesale_desk.gui.session.conflicts_dialog import ConflictsDialog

        if self.workspace is None:
            return None
        dialog = ConflictsDialog(self.workspace, self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.resolved.connect(self.sync_now)
        dialog.open()
        self.conflicts_dialog = dialog
        return dialog

    def _add_menu_actions(self) -> None:
        self.sync_log_action = QAction(self.window)
        self.sync_log_action.setObjectName("actionSyncLog")
        self.sync_log_action.triggered.connect(self.show_sync_log)
        self.conflicts_action = QAction(self.window)
        self.conflicts_action.setObjectName("actionConflicts")
        self.conflicts_action.triggered.connect(self.show_conflicts)
        self.window.ui.menuView.addSeparator()
        self.window.ui.menuView.addAction(self.sync_log_action)
        self.window.ui.menuView.addAction(self.conflicts_action)
        self.retranslateUi()

    def retranslateUi(self) -> None:
        self.sync_log_action.setText(QCoreApplication.translate(*menu_paths.SYNC_LOG_ITEM))
        self.conflicts_action.setText(QCoreApplication.translate(*menu_paths.CONFLICTS_ITEM))

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
