"""Tasks, birthdays, reminders and Ctrl+K search, driven through their widgets."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from pathlib import Path
from types import SimpleNamespace

import pytest
from factories import make_client, populate
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from wholesale_desk.gui import operations
from wholesale_desk.gui.clients.workspace import install
from wholesale_desk.gui.main_window import MainWindow
from wholesale_desk.gui.search.dialog import GlobalSearchDialog
from wholesale_desk.gui.tasks_page.page import TasksPage
from wholesale_desk.gui.tasks_page.reminders import Reminders
from wholesale_desk.models import Contact, Task
from wholesale_desk.services import tasks
from wholesale_desk.services.global_search import HitKind
from wholesale_desk.store import Store
from wholesale_desk.workspace import CurrentUser

NOW = datetime(2026, 11, 26, 10, 30)


def type_text(widget: object, text: str) -> None:
    for ch in text:
        QTest.sendKeyEvent(
            QTest.KeyAction.Click, widget, Qt.Key.Key_unknown, ch, Qt.KeyboardModifier.NoModifier
        )


@pytest.fixture
def store(tmp_path: Path) -> Store:
    store = Store(tmp_path / "s.sqlite")
    with store.transaction() as session:
        client = make_client(session, name="Ромашка")
        session.add(
            Contact(client_id=client.id, name="Соколова Ольга", birthday=date(1980, 11, 28))
        )
        tasks.add(session, "Старое дело", NOW - timedelta(days=1), client_id=client.id)
        tasks.add(session, "Позвонить", NOW + timedelta(hours=1), client_id=client.id)
        tasks.add(session, "Отправить КП", NOW + timedelta(days=3), client_id=client.id)
    yield store
    operations.wait_all()
    store.close()


def task_titles(page: TasksPage) -> list[list[str]]:
    tree = page.ui.tasksTree
    return [
        [tree.topLevelItem(g).child(i).text(0) for i in range(tree.topLevelItem(g).childCount())]
        for g in range(tree.topLevelItemCount())
    ]


def test_tasks_page_groups_marks_done_and_snoozes(qtbot: QtBot, store: Store) -> None:
    page = TasksPage(store, now=lambda: NOW)
    qtbot.addWidget(page)
    page.show()
    page.reload()
    qtbot.waitUntil(lambda: task_titles(page) == [["Старое дело"], ["Позвонить"], ["Отправить КП"]])
    assert "Соколова Ольга" in page.ui.birthdaysList.item(0).text()
    assert page.current_task().title == "Старое дело"  # type: ignore[union-attr]
    page.ui.tasksTree.setFocus()
    qtbot.keyClick(page.ui.tasksTree, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: task_titles(page) == [[], ["Позвонить"], ["Отправить КП"]])
    page.ui.tasksTree.setCurrentItem(page.ui.tasksTree.topLevelItem(1).child(0))
    page.snooze_menu.actions()[2].trigger()  # until tomorrow 9:00
    qtbot.waitUntil(lambda: task_titles(page) == [[], [], ["Позвонить", "Отправить КП"]])
    with store.session() as session:
        snoozed = session.scalars(select(Task).where(Task.title == "Позвонить")).one()
    assert snoozed.snoozed_until == datetime(2026, 11, 27, 9, 0)
    with qtbot.waitSignal(page.clientRequested):
        page.ui.tasksTree.setCurrentItem(page.ui.tasksTree.topLevelItem(2).child(0))
        page.open_client()


def test_reminder_announces_a_task_falling_due_once(qtbot: QtBot, store: Store) -> None:
    clock = [NOW]
    reminders = Reminders(store, now=lambda: clock[0], use_tray=False)
    seen: list[str] = []
    reminders.reminded.connect(lambda task: seen.append(task.title))
    clock[0] = NOW + timedelta(hours=2)
    reminders.check()
    qtbot.waitUntil(lambda: seen == ["Позвонить"])
    reminders.check()
    operations.wait_all()
    assert seen == ["Позвонить"]


def test_ctrl_k_search_finds_a_client_and_enter_opens_its_card(
    qtbot: QtBot, main_window: MainWindow, tmp_path: Path
) -> None:
    store = Store(tmp_path / "company.sqlite")
    populate(store, clients=30, seed=2)
    ws = SimpleNamespace(store=store, user=CurrentUser("Иванов"))
    parts, _pages, _refresh = install(main_window, ws)  # type: ignore[arg-type]
    assert main_window.page("clients") is parts.clients
    qtbot.waitUntil(lambda: parts.clients.model.total() == 30)
    main_window.show_page("tasks")
    qtbot.keyClick(main_window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: parts.search.isVisible())
    type_text(parts.search.ui.searchEdit, "ромаш")
    qtbot.waitUntil(lambda: bool(parts.search.hits))
    assert parts.search.hits[0].kind is HitKind.CLIENT
    qtbot.keyClick(parts.search.ui.searchEdit, Qt.Key.Key_Return)
    qtbot.waitUntil(
        lambda: (
            parts.clients.card.card is not None
            and parts.clients.card.card.name.startswith("Ромашка")
        )
    )
    assert main_window.current_key() == "clients"
    assert not parts.search.isVisible()
    parts.reminders.stop()
    operations.wait_all()
    store.close()


def test_search_finds_orders_by_number(qtbot: QtBot, tmp_path: Path) -> None:
    store = Store(tmp_path / "c.sqlite")
    populate(store, clients=10, seed=4, docs_per_client=(2, 3))
    dialog = GlobalSearchDialog(store)
    qtbot.addWidget(dialog)
    dialog.popup()
    type_text(dialog.ui.searchEdit, "ЗК-000001")
    qtbot.waitUntil(lambda: any(h.kind is HitKind.ORDER for h in dialog.hits))
    with qtbot.waitSignal(dialog.hitChosen) as chosen:
        qtbot.keyClick(dialog.ui.searchEdit, Qt.Key.Key_Return)
    assert chosen.args[0].kind is HitKind.ORDER
    operations.wait_all()
    store.close()
