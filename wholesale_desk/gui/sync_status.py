"""The status-bar area that tells the user how fresh their data is and what sync is doing.

The sync controller drives it through its slots; it never calls sync itself, it only emits
`syncNowRequested` when the user clicks "Sync now".

    status.set_online(True)
    status.set_progress(text(...,"Pulling clients"), 120, 500)   # during a sync
    status.finish_progress(); status.set_last_synced(datetime.now(UTC))
    status.set_sync_failed(failure.summary(cause), detail, when)   # shown until clear_failure()
    status.set_pending_changes(outbox.count())

`set_last_synced` only ever moves the time of the last *successful* sync: a failure stays on
screen until the controller calls `clear_failure` after a sync that succeeded.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from datetime import UTC, datetime

from PySide6.QtCore import QEvent, QTimer, Signal, Slot
from PySide6.QtWidgets import QWidget

from wholesale_desk.gui.forms.ui_sync_status import Ui_SyncStatus
from wholesale_desk.gui.sync_vocabulary import concept_name
from wholesale_desk.gui.texts import render
from wholesale_desk.i18n import Text

REFRESH_MS = 30_000
"""How often "synced N min ago" is recomputed."""


class SyncStatusWidget(QWidget):
    """Online/offline, time since the last sync, a sync's stage and progress, pending changes."""

    syncNowRequested = Signal()

    def __init__(
        self, parent: QWidget | None = None, *, clock: Callable[[], datetime] | None = None
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_SyncStatus()
        self.ui.setupUi(self)
        self._clock = clock or (lambda: datetime.now(UTC))
        self.online: bool | None = None
        self.last_synced: datetime | None = None
        self.pending_changes = 0
        self.stage: Text | str = ""
        self.done = 0
        self.total = 0
        self.in_progress = False
        self.error: Text | str | None = None
        self.error_detail: Text | str = ""
        self.failed_at: datetime | None = None
        self.ui.syncNowButton.clicked.connect(self.syncNowRequested)
        self._timer = QTimer(self)
        self._timer.setInterval(REFRESH_MS)
        self._timer.timeout.connect(self._show_last_synced)
        self._timer.start()
        self.retranslateUi()

    # Slots the sync controller calls

    @Slot(bool)
    def set_online(self, online: bool) -> None:
        """Whether 1C answered the last request (None before the first try shows nothing)."""
        self.online = online
        self._show_connection()

    @Slot(object)
    def set_last_synced(self, when: datetime | None) -> None:
        """The end of the last successful sync (aware datetime), or None for never.

        It does not clear a failure: a failed sync stays visible until `clear_failure`."""
        self.last_synced = when
        self._show_last_synced()

    @Slot()
    def clear_failure(self) -> None:
        """A sync succeeded: the failure shown so far is over."""
        self.error, self.error_detail, self.failed_at = None, "", None
        self._show_last_synced()

    @Slot(object, int, int)
    def set_progress(self, stage: Text | str, done: int = 0, total: int = 0) -> None:
        """Show a running sync: its stage and `done` of `total` (0: unknown, a busy bar)."""
        self.in_progress = True
        self.stage, self.done, self.total = stage, done, total
        self.ui.syncNowButton.setEnabled(False)
        self._show_progress()

    @Slot()
    def finish_progress(self) -> None:
        """Hide the progress bar; the sync is over (call `set_last_synced` on success)."""
        self.in_progress = False
        self.stage, self.done, self.total = "", 0, 0
        self.ui.syncNowButton.setEnabled(True)
        self._show_progress()

    def set_sync_failed(
        self, message: Text | str, detail: Text | str = "", when: datetime | None = None
    ) -> None:
        """The last sync stopped: `message` says why in a few words, `detail` what it means and
        1C's own text (the tooltip); shown until `clear_failure`."""
        self.error, self.error_detail = message, detail
        self.failed_at = when or self._clock()
        self.finish_progress()
        self._show_last_synced()

    @Slot(int)
    def set_pending_changes(self, count: int) -> None:
        """How many local changes (outbox entries) are waiting to reach 1C."""
        self.pending_changes = max(0, count)
        self._show_pending()

    # Rendering

    def retranslateUi(self) -> None:
        self.ui.retranslateUi(self)
        self.ui.syncNowButton.setToolTip(self.tr("Send your changes to 1C and fetch fresh data"))
        self._show_connection()
        self._show_last_synced()
        self._show_progress()
        self._show_pending()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)

    def _show_connection(self) -> None:
        label = self.ui.connectionLabel
        if self.online is None:
            label.setVisible(False)
            return
        label.setVisible(True)
        if self.online:
            label.setText("<span style='color:#2e7d32'>●</span> " + self.tr("Online"))
            label.setToolTip(self.tr("1C is reachable"))
        else:
            label.setText("<span style='color:#c62828'>●</span> " + self.tr("Offline"))
            label.setToolTip(
                self.tr("1C is not reachable: you can keep working, changes are sent later")
            )

    def last_synced_text(self) -> str:
        """ "Synced 5 min ago", "Synced at 14:32", "Synced on 05.03.2026 14:32" or "Never synced"."""
        if self.last_synced is None:
            return self.tr("Never synced")
        now = self._clock()
        minutes = int((now - self.last_synced).total_seconds() // 60)
        if minutes < 1:
            return self.tr("Synced just now")
        if minutes < 60:
            return self.tr("Synced %n min ago", "", minutes)
        local = self.last_synced.astimezone()
        time_text = f"{local:%H:%M}"
        if local.date() == now.astimezone().date():
            return self.tr("Synced at {time}").format(time=time_text)
        return self.tr("Synced on {date} {time}").format(date=f"{local:%d.%m.%Y}", time=time_text)

    def last_success_text(self) -> str:
        """ "last successful sync 7 min ago" (or at 14:32, on a date, or never): beside a failure."""
        if self.last_synced is None:
            return self.tr("no successful sync yet")
        now = self._clock()
        minutes = int((now - self.last_synced).total_seconds() // 60)
        if minutes < 1:
            return self.tr("last successful sync just now")
        if minutes < 60:
            return self.tr("last successful sync %n min ago", "", minutes)
        local = self.last_synced.astimezone()
        if local.date() == now.astimezone().date():
            return self.tr("last successful sync at {time}").format(time=f"{local:%H:%M}")
        return self.tr("last successful sync on {date}").format(date=f"{local:%d.%m.%Y %H:%M}")

    @Slot()
    def _show_last_synced(self) -> None:
        label = self.ui.lastSyncLabel
        if self.error is None:
            label.setText(self.last_synced_text())
            label.setToolTip("")
            return
        failed = self.tr("Sync failed: {reason}").format(reason=render(self.error))
        label.setText(
            f"<span style='color:#c62828'>⚠ {html.escape(failed)}</span> · "
            + html.escape(self.last_success_text())
        )
        tip = [failed]
        if self.failed_at is not None:
            tip.append(
                self.tr("Tried at {time}.").format(
                    time=f"{self.failed_at.astimezone():%d.%m.%Y %H:%M}"
                )
            )
        if self.error_detail:
            tip.append(render(self.error_detail))
        label.setToolTip("\n\n".join(tip))

    def _show_progress(self) -> None:
        bar, stage = self.ui.progressBar, self.ui.stageLabel
        bar.setVisible(self.in_progress)
        stage.setVisible(self.in_progress)
        if not self.in_progress:
            return
        # The engine names its stage after a profile concept ("agreement"): show its name.
        stage_text = concept_name(self.stage) if isinstance(self.stage, str) else render(self.stage)
        text = stage_text or self.tr("Synchronising…")
        if self.total > 0:
            bar.setRange(0, self.total)
            bar.setValue(min(self.done, self.total))
            text = self.tr("{stage}: {done} of {total}").format(
                stage=text, done=self.done, total=self.total
            )
        else:
            bar.setRange(0, 0)  # busy indicator: the amount of work is not known yet
        stage.setText(text)

    def _show_pending(self) -> None:
        label = self.ui.pendingLabel
        label.setVisible(self.pending_changes > 0)
        label.setText(self.tr("%n change(s) not sent to 1C", "", self.pending_changes))
