"""Reminders while the app runs: a task falling due pops up in the system tray.

A timer asks the tasks service, on the db worker, which tasks fell due since the last look;
each is announced once (the tray balloon, or — without a tray — the `reminded` signal, which
the window shows in its status bar). Snoozing moves a task's due time, so it is announced again.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QSystemTrayIcon

from wholesale_desk.gui.icons import icon
from wholesale_desk.gui.operations import Operation
from wholesale_desk.services import tasks
from wholesale_desk.services.tasks import TaskView
from wholesale_desk.store import Store

CHECK_EVERY_MS = 60_000


class Reminders(QObject):
    reminded = Signal(object)  # TaskView
    clientRequested = Signal(str)

    def __init__(
        self,
        store: Store,
        parent: QObject | None = None,
        *,
        now: Callable[[], datetime] = datetime.now,
        manager_id: Callable[[], str | None] = lambda: None,
        use_tray: bool = True,
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.now = now
        self.manager_id = manager_id
        self.last_check = now()
        self.announced: set[tuple[str, datetime]] = set()
        self.last_client: str | None = None
        self.tray: QSystemTrayIcon | None = None
        if use_tray and QSystemTrayIcon.isSystemTrayAvailable():
            self.tray = QSystemTrayIcon(icon("tasks"), self)
            self.tray.setToolTip(self.tr("Wholesale Desk: reminders"))
            self.tray.messageClicked.connect(self._message_clicked)
            self.tray.show()
        self.timer = QTimer(self)
        self.timer.setInterval(CHECK_EVERY_MS)
        self.timer.timeout.connect(self.check)

    def start(self) -> None:
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()
        if self.tray is not None:
            self.tray.hide()

    def check(self) -> Operation[list[TaskView]]:
        """Announce what fell due since the last check."""
        since, until = self.last_check, self.now()
        self.last_check = until
        manager = self.manager_id()

        def op(_p: object) -> list[TaskView]:
            with self.store.session() as session:
                return tasks.due_between(session, since, until, manager)

        return Operation(self, op=op, success=self._announce).failure(lambda _e: None).run()

    def _announce(self, due: list[TaskView]) -> None:
        for task in due:
            key = (task.id, task.due)
            if key in self.announced:
                continue
            self.announced.add(key)
            self.last_client = task.client_id
            self.reminded.emit(task)
            if self.tray is not None:
                body = f"{task.client_name}: {task.title}" if task.client_name else task.title
                self.tray.showMessage(
                    self.tr("Task due"), body, QSystemTrayIcon.MessageIcon.Information, 15_000
                )

    def _message_clicked(self) -> None:
        if self.last_client:
            self.clientRequested.emit(self.last_client)
