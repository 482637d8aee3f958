"""The sync commands beside "Sync now": refresh everything from 1C, cancel the running sync, and
what the window does when another sync (a scheduled `wholesale-desk sync`) holds the lock.

Kept apart from the session controller, which only calls `busy()` and `started()` and asks for a
full sync through `sync_now(full=True)`.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Slot
from PySide6.QtGui import QAction

from wholesale_desk import settings_defaults

if TYPE_CHECKING:
    from wholesale_desk.gui.session.controller import SessionController

log = logging.getLogger(__name__)

BUSY_RETRY_MS = 15_000
"""How soon the window tries again when another sync holds the lock."""


class SyncActions(QObject):
    """File → Refresh everything from 1C, File → Cancel sync; retry after a busy lock."""

    def __init__(self, controller: SessionController) -> None:
        super().__init__(controller)
        self.controller = controller
        window = controller.window
        self.full_action = QAction(window)
        self.full_action.setObjectName("actionRefreshEverything")
        self.full_action.triggered.connect(self.refresh_everything)
        self.cancel_action = QAction(window)
        self.cancel_action.setObjectName("actionCancelSync")
        self.cancel_action.triggered.connect(self.cancel)
        self.cancel_action.setEnabled(False)
        menu = window.ui.menuFile
        actions = menu.actions()
        sync_now = window.ui.actionSyncNow
        after = actions.index(sync_now) + 1 if sync_now in actions else len(actions)
        before = actions[after] if after < len(actions) else None
        menu.insertAction(before, self.full_action)  # type: ignore[arg-type]
        menu.insertAction(before, self.cancel_action)  # type: ignore[arg-type]
        self.retry_timer = QTimer(self)
        self.retry_timer.setSingleShot(True)
        self.retry_timer.setInterval(BUSY_RETRY_MS)
        self.retry_timer.timeout.connect(self._retry)
        self._full_after = False  # a full refresh asked for while a sync was running
        self._busy_full = False
        controller.syncFinished.connect(self._finished)
        controller.settings.changed.connect(self._on_setting_changed)
        self.retranslateUi()

    def _on_setting_changed(self, key: str) -> None:
        if key == settings_defaults.LANGUAGE.key:
            self.retranslateUi()

    def retranslateUi(self) -> None:
        self.full_action.setText(self.tr("Refresh &everything from 1C"))
        self.full_action.setStatusTip(
            self.tr("Read every client, product, document and balance from 1C again (slower)")
        )
        self.cancel_action.setText(self.tr("&Cancel sync"))

    # --- commands -----------------------------------------------------------------------------
    @Slot()
    def refresh_everything(self) -> None:
        if self.controller.syncing:
            self._full_after = True
            self._say(self.tr("Everything will be read from 1C again when this sync ends"))
            return
        self.controller.sync_now(full=True)

    @Slot()
    def cancel(self) -> None:
        self._full_after = False
        if self.retry_timer.isActive():  # only waiting for another sync: stop waiting
            self.retry_timer.stop()
            self._busy_full = False
            self.cancelled()
            return
        self.controller.cancel_sync()
        self._say(self.tr("Stopping the sync…"))

    # --- what the controller tells us ---------------------------------------------------------
    def started(self) -> None:
        self.cancel_action.setEnabled(True)

    def busy(self, full: bool) -> None:
        """Another sync (the command line, a scheduler) holds the lock: try again soon, say so."""
        log.info("Another sync is running; the window tries again in %d s", BUSY_RETRY_MS // 1000)
        self._busy_full = self._busy_full or full
        message = self.tr(
            "Another sync with 1C is running (from the command line or a scheduler): "
            "trying again in {seconds} s"
        ).format(seconds=BUSY_RETRY_MS // 1000)
        self._say(message, BUSY_RETRY_MS)
        # the status bar shows the window waiting to sync, as it shows a sync (truthfully: the
        # data is being brought up to date, by the other sync, and this one follows)
        self.controller.window.sync_status.set_progress(message, 0, 0)
        self.cancel_action.setEnabled(True)  # Cancel also stops waiting
        self.retry_timer.start()

    def cancelled(self) -> None:
        """The sync stopped on Cancel (before it began, or between two requests): what it
        committed stays, the pages show it, the status bar leaves its progress."""
        self.cancel_action.setEnabled(False)
        self.controller.window.sync_status.finish_progress()
        self._say(self.tr("Sync cancelled"))
        self.controller._show_status()
        self.controller._refresh()

    @Slot(object)
    def _finished(self, _result: object) -> None:
        self.cancel_action.setEnabled(False)
        if self._full_after and not self.retry_timer.isActive():
            self._full_after = False
            QTimer.singleShot(0, self.refresh_everything)

    @Slot()
    def _retry(self) -> None:
        full, self._busy_full = self._busy_full, False
        self.controller.sync_now(full=full)

    def _say(self, message: str, timeout_ms: int = 8000) -> None:
        self.controller.window.statusBar().showMessage(message, timeout_ms)
