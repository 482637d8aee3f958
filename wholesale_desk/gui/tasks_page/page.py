"""My tasks grouped as overdue, today and upcoming; done and snooze; birthdays this week.

Keyboard: Enter opens the task's client, Ctrl+D (or Space) marks it done, Ctrl+Shift+S snoozes
it by an hour, F5 refreshes. Everything is read and written on the db worker.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, time, timedelta

from PySide6.QtCore import QEvent, Qt, Signal, Slot
from PySide6.QtGui import QAction, QBrush, QColor, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import QHeaderView, QListWidgetItem, QMenu, QTreeWidgetItem, QWidget

from wholesale_desk.gui.clients import vocabulary
from wholesale_desk.gui.forms.ui_tasks_page import Ui_TasksPage
from wholesale_desk.gui.operations import Operation
from wholesale_desk.services import tasks
from wholesale_desk.services.tasks import Birthday, TaskBuckets, TaskView
from wholesale_desk.store import Store

TASK_ROLE = Qt.ItemDataRole.UserRole + 1
OVERDUE_COLOR = "#c62828"


class TasksPage(QWidget):
    clientRequested = Signal(str)
    changed = Signal()  # a task was done or snoozed

    def __init__(
        self,
        store: Store,
        parent: QWidget | None = None,
        *,
        now: Callable[[], datetime] = datetime.now,
        manager_id: Callable[[], str | None] = lambda: None,
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.now = now
        self.manager_id = manager_id
        self.buckets = TaskBuckets([], [], [])
        self.birthdays: list[Birthday] = []
        self.ui = Ui_TasksPage()
        self.ui.setupUi(self)
        font = self.ui.titleLabel.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.ui.titleLabel.setFont(font)
        tree = self.ui.tasksTree
        tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        tree.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        tree.header().setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        tree.itemActivated.connect(lambda _item, _col: self.open_client())
        self.ui.splitter.setStretchFactor(0, 2)
        self.ui.splitter.setStretchFactor(1, 1)
        self.ui.doneButton.clicked.connect(self.mark_done)
        self.ui.openClientButton.clicked.connect(self.open_client)
        self.ui.birthdaysList.itemActivated.connect(self._birthday_activated)
        self.ui.birthdaysList.setWordWrap(True)
        self.ui.birthdaysList.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.ui.birthdaysList.setSpacing(2)
        tree.currentItemChanged.connect(lambda *_a: self._update_buttons())
        self.snooze_menu = QMenu(self)
        self.ui.snoozeButton.setMenu(self.snooze_menu)

        def shortcut(keys: str, slot: Callable[[], object]) -> None:
            sc = QShortcut(QKeySequence(keys), self, slot)
            sc.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)

        shortcut("Ctrl+D", self.mark_done)
        shortcut("Space", self.mark_done)
        shortcut("Ctrl+Shift+S", lambda: self.snooze(timedelta(hours=1)))
        shortcut("F5", self.reload)
        self.retranslateUi()

    # loading

    def reload(self) -> Operation[tuple[TaskBuckets, list[Birthday]]]:
        now = self.now()
        manager = self.manager_id()

        def op(_p: object) -> tuple[TaskBuckets, list[Birthday]]:
            with self.store.session() as session:
                return (
                    tasks.open_tasks(session, now, manager),
                    tasks.birthdays(session, now.date(), 7, manager),
                )

        def done(result: tuple[TaskBuckets, list[Birthday]]) -> None:
            self.buckets, self.birthdays = result
            self._fill()

        return Operation(self, op=op, success=done).run()

    def _fill(self) -> None:
        tree = self.ui.tasksTree
        selected = self.current_task()
        tree.clear()
        groups = (
            (self.tr("Overdue"), self.buckets.overdue, True),
            (self.tr("Today"), self.buckets.today, False),
            (self.tr("Upcoming"), self.buckets.upcoming, False),
        )
        first: QTreeWidgetItem | None = None
        for title, items, late in groups:
            group = QTreeWidgetItem([f"{title} ({len(items)})"])
            font = group.font(0)
            font.setBold(True)
            group.setFont(0, font)
            group.setFlags(Qt.ItemFlag.ItemIsEnabled)
            tree.addTopLevelItem(group)
            for view in items:
                item = QTreeWidgetItem([view.title, view.client_name, vocabulary.moment(view.due)])
                item.setData(0, TASK_ROLE, view)
                if late:
                    item.setForeground(2, QBrush(QColor(OVERDUE_COLOR)))
                group.addChild(item)
                if selected is not None and view.id == selected.id:
                    first = item
                first = first or item
            group.setExpanded(True)
        tree.setRootIsDecorated(False)
        if first is not None:
            tree.setCurrentItem(first)
        self.ui.birthdaysList.clear()
        today = self.now().date()
        for birthday in self.birthdays:
            when = self.tr("today") if birthday.day == today else vocabulary.day(birthday.day)
            # Two lines, wrapped to the panel: a long name never hides the client or the phone.
            text = f"{when} — {birthday.name}\n{birthday.client_name}"
            if birthday.phone:
                text += ", " + birthday.phone.replace(" ", "\u00a0")  # a number never breaks
            entry = QListWidgetItem(text)
            entry.setToolTip(text)
            entry.setData(TASK_ROLE, birthday)
            self.ui.birthdaysList.addItem(entry)
        if not self.birthdays:
            empty = QListWidgetItem(self.tr("No birthdays this week"))
            empty.setFlags(Qt.ItemFlag.NoItemFlags)
            self.ui.birthdaysList.addItem(empty)
        self._update_buttons()

    def current_task(self) -> TaskView | None:
        item = self.ui.tasksTree.currentItem()
        value = item.data(0, TASK_ROLE) if item is not None else None
        return value if isinstance(value, TaskView) else None

    def _update_buttons(self) -> None:
        task = self.current_task()
        self.ui.doneButton.setEnabled(task is not None)
        self.ui.snoozeButton.setEnabled(task is not None)
        self.ui.openClientButton.setEnabled(task is not None and bool(task.client_id))

    # actions

    @Slot()
    def mark_done(self) -> Operation[None] | None:
        task = self.current_task()
        if task is None:
            return None
        now = self.now()

        def op(_p: object) -> None:
            with self.store.transaction() as session:
                tasks.complete(session, task.id, now)

        return Operation(self, op=op, success=lambda _r: self._after_change()).run()

    def snooze(
        self, delay: timedelta | None = None, until: datetime | None = None
    ) -> Operation[None] | None:
        task = self.current_task()
        if task is None:
            return None
        when = until or (self.now() + (delay or timedelta(hours=1)))

        def op(_p: object) -> None:
            with self.store.transaction() as session:
                tasks.snooze(session, task.id, when)

        return Operation(self, op=op, success=lambda _r: self._after_change()).run()

    def _after_change(self) -> None:
        self.changed.emit()
        self.reload()

    @Slot()
    def open_client(self) -> None:
        task = self.current_task()
        if task is not None and task.client_id:
            self.clientRequested.emit(task.client_id)

    @Slot(QListWidgetItem)
    def _birthday_activated(self, item: QListWidgetItem) -> None:
        birthday = item.data(TASK_ROLE)
        if isinstance(birthday, Birthday):
            self.clientRequested.emit(birthday.client_id)

    # translation

    def retranslateUi(self) -> None:
        self.ui.retranslateUi(self)
        self.snooze_menu.clear()
        tomorrow = datetime.combine(self.now().date() + timedelta(days=1), time(9))
        next_monday = datetime.combine(
            self.now().date() + timedelta(days=7 - self.now().weekday()), time(9)
        )
        for title, delay, until in (
            (self.tr("For an hour"), timedelta(hours=1), None),
            (self.tr("For three hours"), timedelta(hours=3), None),
            (self.tr("Until tomorrow 9:00"), None, tomorrow),
            (self.tr("Until Monday 9:00"), None, next_monday),
        ):
            action = QAction(title, self.snooze_menu)
            action.triggered.connect(lambda _c=False, d=delay, u=until: self.snooze(d, u))
            self.snooze_menu.addAction(action)
        self.ui.doneButton.setToolTip(self.tr("Mark the task done (Ctrl+D)"))
        self.ui.snoozeButton.setToolTip(self.tr("Remind me later (Ctrl+Shift+S: an hour)"))
        self.ui.openClientButton.setToolTip(self.tr("Open the client's card (Enter)"))
        if self.buckets.overdue or self.buckets.today or self.buckets.upcoming or self.birthdays:
            self._fill()

    def showEvent(self, event: QShowEvent) -> None:
        """Fresh on every visit: a next step logged a minute ago is already listed."""
        super().showEvent(event)
        self.reload()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)


__all__ = ["TasksPage"]
