"""From Receivables: log a call with a promise to pay, see the task, open the client.

A collections manager's morning: the overdue list, a call, the promise written down, and the
follow-up task on Tasks that leads back to the client's card.
"""

from __future__ import annotations

from datetime import date, timedelta

from desk import Desk
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from wholesale_desk.gui.clients.interaction_dialog import InteractionDialog


def _receivables(desk: Desk):
    page = desk.show_section("receivables")
    desk.wait_until(lambda: page.clients.rowCount() > 0)
    desk.settle()
    return page


def _pick_first_client(desk: Desk, page) -> str:
    """Click the first row of the overdue list; returns the client's name as shown."""
    view = page.ui.clientsView
    desk.select_row(view, 0)
    desk.wait_until(lambda: page.ui.callButton.isEnabled())
    return str(view.model().index(0, 0).data())


def test_log_call_button_promise_then_task_then_client(desk: Desk):
    page = _receivables(desk)
    name = _pick_first_client(desk, page)
    assert name

    desk.click(page.ui.callButton)  # "Log call…"
    dialog = desk.wait_for_dialog(InteractionDialog)
    assert dialog.ui.clientLabel.text() == name
    assert dialog.ui.promiseBox.isChecked(), "a call about a debt asks for the promise"
    promised = date.today() + timedelta(days=3)
    dialog.ui.promiseDateEdit.setDate(promised)
    desk.qtbot.keyClicks(dialog.ui.subjectEdit, "Called about the overdue invoices")
    desk.qtbot.keyClicks(dialog.ui.promiseAmountEdit, "15 000")
    desk.screenshot("receivables-log-call", dialog)
    desk.click(dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save))
    desk.wait_until(lambda: not dialog.isVisible())
    desk.settle()

    # The receivables view shows the promise on the client's row.
    page = _receivables(desk)
    desk.wait_until(lambda: f"{promised:%d.%m.%Y}" in _cell(page.ui.clientsView, name, "Promised"))
    assert "15" in _cell(page.ui.clientsView, name, "Promised")

    # Tasks: the follow-up the morning after the promised day, for this client.
    tasks = desk.show_section("tasks")
    title = f"Check the payment promised by {promised:%d.%m.%Y}"
    item = _wait_for_task(desk, tasks, title, name)
    tasks.ui.tasksTree.setCurrentItem(item)
    desk.screenshot("tasks-promise")
    assert tasks.ui.openClientButton.isEnabled()
    desk.click(tasks.ui.openClientButton)  # "Open client"
    desk.wait_for_card(name)
    desk.screenshot("card-from-task")


def _cell(view, name: str, title_start: str) -> str:
    """The text a person reads in `view` on the row of `name`, in the column titled so."""
    model = view.model()
    columns = [
        c
        for c in range(model.columnCount())
        if str(model.headerData(c, Qt.Orientation.Horizontal))
        .replace("\n", " ")
        .startswith(title_start)
    ]
    assert columns, f"no column {title_start!r}"
    for row in range(model.rowCount()):
        if model.index(row, 0).data() == name:
            return str(model.index(row, columns[0]).data() or "")
    return ""


def _wait_for_task(desk: Desk, tasks, title: str, client: str):
    found = []

    def shown() -> bool:
        tree = tasks.ui.tasksTree
        for group in range(tree.topLevelItemCount()):
            top = tree.topLevelItem(group)
            for child in range(top.childCount()):
                item = top.child(child)
                if item.text(0) == title and item.text(1) == client:
                    found[:] = [item]
                    return True
        return False

    desk.wait_until(shown)
    return found[0]


def test_ctrl_l_logs_a_call_for_the_selected_client(desk: Desk):
    page = _receivables(desk)
    name = _pick_first_client(desk, page)
    desk.qtbot.keyClick(page.ui.clientsView, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    dialog = desk.wait_for_dialog(InteractionDialog)
    assert dialog.ui.clientLabel.text() == name
    dialog.reject()


def test_enter_and_double_click_in_the_call_list_log_a_call(desk: Desk):
    page = _receivables(desk)
    page.ui.tabs.setCurrentWidget(page.ui.callListTab)
    desk.wait_until(lambda: page.calls.rowCount() > 0)
    view = page.ui.callListView
    name = str(view.model().index(0, 0).data())

    desk.select_row(view, 0)
    desk.key(view, Qt.Key.Key_Return)
    dialog = desk.wait_for_dialog(InteractionDialog)
    assert dialog.ui.clientLabel.text() == name
    dialog.reject()
    desk.wait_until(lambda: not desk.dialogs(InteractionDialog))

    desk.show_section("receivables")
    page.ui.tabs.setCurrentWidget(page.ui.callListTab)
    desk.double_click_row(view, 0)
    dialog = desk.wait_for_dialog(InteractionDialog)
    assert dialog.ui.clientLabel.text() == name
    dialog.reject()


def test_double_click_on_a_debtor_opens_the_card(desk: Desk):
    page = _receivables(desk)
    view = page.ui.clientsView
    name = str(view.model().index(1, 0).data())
    desk.double_click_row(view, 1)
    desk.wait_for_card(name)
