"""The receivables view as a manager uses it: totals, filters, drill-down, call list, actions."""

from __future__ import annotations

import sys
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path
from types import SimpleNamespace

import pytest
from PySide6.QtCore import QDate, Qt
from pytestqt.qtbot import QtBot

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "services"))
from test_receivables import TODAY, store  # noqa: F401 - the shared store fixture

from wholesale_desk.gui import operations
from wholesale_desk.gui.clients.workspace import install
from wholesale_desk.gui.main_window import MainWindow
from wholesale_desk.gui.receivables import page as page_module
from wholesale_desk.gui.receivables.page import ReceivablesPage
from wholesale_desk.models import Interaction
from wholesale_desk.store import Store
from wholesale_desk.workspace import CurrentUser


@pytest.fixture
def page(qtbot: QtBot, store: Store) -> ReceivablesPage:  # noqa: F811
    widget = ReceivablesPage(store, today=lambda: TODAY)
    qtbot.addWidget(widget)
    widget.resize(1200, 700)
    widget.show()
    task = widget.reload()
    qtbot.waitUntil(lambda: task.done, timeout=5000)
    return widget


def visible_clients(page: ReceivablesPage) -> list[str]:
    proxy = page.proxy
    return [proxy.index(r, 0).data() for r in range(proxy.rowCount())]


def test_totals_and_as_of_are_stated(page: ReceivablesPage) -> None:
    shown = datetime(2026, 11, 26, 8, 30, tzinfo=UTC).astimezone().strftime("%d.%m.%Y %H:%M")
    assert shown in page.ui.asOfLabel.text()
    assert "91\u202f760,65" in page.ui.totalsLabel.text()
    assert "91\u202f500,10" in page.ui.totalsLabel.text()
    # sorted by overdue, largest first
    assert visible_clients(page) == ["Василёк", "Ромашка", "Лютик"]


def test_filters_by_text_manager_and_overdue(page: ReceivablesPage, qtbot: QtBot) -> None:
    page.ui.searchEdit.insert("василек")  # ё typed as е still finds it (QTest types ASCII only)
    assert visible_clients(page) == ["Василёк"]
    page.ui.searchEdit.clear()
    page.ui.overdueOnlyCheck.setChecked(True)
    assert "Лютик" not in visible_clients(page)
    page.ui.overdueOnlyCheck.setChecked(False)
    page.ui.managerCombo.setCurrentIndex(page.ui.managerCombo.findText("Сидорова Анна"))
    assert visible_clients(page) == ["Лютик"]


def test_selecting_a_client_shows_its_documents(page: ReceivablesPage, qtbot: QtBot) -> None:
    assert page.select_client("a")
    qtbot.waitUntil(lambda: page.documents.rowCount() == 3, timeout=5000)
    first = [page.documents.index(0, c).data() for c in range(page.documents.columnCount())]
    assert "ТД00-000101" in first[0]
    assert first[2] == "18.08.2026" and first[5] == "100"


def test_call_list_and_shortcut_ask_to_log_a_call(page: ReceivablesPage, qtbot: QtBot) -> None:
    assert [page.calls.rows[i].client_id for i in range(page.calls.rowCount())] == ["b", "a"]
    page.select_client("a")
    with qtbot.waitSignal(page.callRequested) as sig:
        qtbot.keyClick(page, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert sig.args == ["a"]
    page.ui.tabs.setCurrentWidget(page.ui.callListTab)
    page.ui.callListView.setCurrentIndex(page.calls.index(0, 0))
    with qtbot.waitSignal(page.reminderRequested) as sig:
        page.ui.reminderButton.click()
    assert sig.args == ["b"]


def test_screenshot(page: ReceivablesPage, tmp_path: Path) -> None:
    page.select_client("a")
    assert page.grab().save(str(tmp_path / "receivables.png"))
    assert date.today()  # the page never reads the wall clock for figures: `today` is injected


def cell(page: ReceivablesPage, client: str, header: str) -> str:
    """What the clients list shows for `client` under column `header`."""
    proxy = page.proxy
    columns = [proxy.headerData(c, Qt.Orientation.Horizontal) for c in range(proxy.columnCount())]
    for r in range(proxy.rowCount()):
        if proxy.index(r, 0).data() == client:
            return proxy.index(r, columns.index(header)).data()
    raise LookupError(client)


def open_page(qtbot: QtBot, store: Store) -> ReceivablesPage:  # noqa: F811
    widget = ReceivablesPage(store, today=lambda: TODAY)
    qtbot.addWidget(widget)
    widget.resize(1200, 700)
    widget.show()
    task = widget.reload()
    qtbot.waitUntil(lambda: task.done, timeout=5000)
    return widget


def test_rows_below_the_first_screen_show_limit_and_payment_once_painted(
    qtbot: QtBot,
    store: Store,  # noqa: F811
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(page_module, "FIRST_SCREEN", 1)  # only Василёк's details come with the list
    page = open_page(qtbot, store)
    assert page.clients.rows[1].client_id == "a" and page.clients.rows[1].details is None
    page.ui.clientsView.viewport().repaint()
    qtbot.waitUntil(lambda: cell(page, "Ромашка", "Credit limit") == "1\u202f500,00", timeout=5000)
    assert cell(page, "Ромашка", "Last payment") == "20.11.2026"
    assert cell(page, "Ромашка", "Limit used") == "116,7\u00a0%"


def test_sorting_by_last_payment_reads_every_clients_payment_first(
    qtbot: QtBot,
    store: Store,  # noqa: F811
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(page_module, "FIRST_SCREEN", 0)
    page = open_page(qtbot, store)
    column = [c.header for c in page.clients.columns].index("Last payment")
    page.ui.clientsView.sortByColumn(column, Qt.SortOrder.DescendingOrder)
    qtbot.waitUntil(lambda: visible_clients(page)[0] == "Ромашка", timeout=5000)  # paid 20.11
    page.reload()  # a refresh keeps the order, reading everyone's details with the figures
    qtbot.waitUntil(lambda: not page._reading and all(r.details for r in page.clients.rows))
    assert visible_clients(page)[0] == "Ромашка"


def test_a_promise_saved_for_a_client_shows_on_its_row_at_once(
    page: ReceivablesPage,
    qtbot: QtBot,
    store: Store,  # noqa: F811
) -> None:
    assert cell(page, "Ромашка", "Promised to pay") == ""
    with store.transaction() as db:
        db.add(
            Interaction(
                client_id="a",
                start=datetime(2026, 11, 26, 11),
                subject="Звонок",
                promised_payment_date=date(2026, 12, 1),
                promised_amount=Decimal("1500.10"),
            )
        )
    page.client_changed("a")
    qtbot.waitUntil(
        lambda: cell(page, "Ромашка", "Promised to pay") == "01.12.2026 (1\u202f500,10)",
        timeout=5000,
    )


def test_a_refresh_brings_the_details_of_the_first_screen_in_the_lists_order(
    qtbot: QtBot,
    store: Store,  # noqa: F811
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(page_module, "FIRST_SCREEN", 1)
    page = open_page(qtbot, store)
    page.ui.clientsView.sortByColumn(0, Qt.SortOrder.DescendingOrder)  # by name: Ромашка first
    arrived: dict[str, object] = {}
    show = page.show_report

    def spy(report: object, calls: object = None) -> None:
        arrived.update({r.client_id: r.details for r in report.rows})  # type: ignore[attr-defined]
        show(report, calls)  # type: ignore[arg-type]

    page.show_report = spy  # type: ignore[method-assign]
    task = page.reload()
    qtbot.waitUntil(lambda: task.done, timeout=5000)
    assert visible_clients(page)[0] == "Ромашка"
    assert arrived["a"] is not None  # with the figures, before any row was painted
    assert cell(page, "Ромашка", "Credit limit") == "1\u202f500,00"


def test_a_promise_logged_with_a_call_from_the_view_shows_on_the_clients_row(
    qtbot: QtBot,
    main_window: MainWindow,
    store: Store,  # noqa: F811
) -> None:
    page = ReceivablesPage(store, today=lambda: TODAY)
    main_window.set_page("receivables", page)
    parts, _pages, _refresh = install(
        main_window,
        SimpleNamespace(store=store, user=CurrentUser("Иванов")),  # type: ignore[arg-type]
    )
    task = page.reload()
    qtbot.waitUntil(lambda: task.done, timeout=5000)
    main_window.show_page("receivables")
    assert page.select_client("a")
    page.ui.callButton.click()
    qtbot.waitUntil(lambda: parts.clients.dialog is not None and parts.clients.dialog.isVisible())
    dialog = parts.clients.dialog
    assert dialog.ui.promiseBox.isChecked()
    dialog.ui.subjectEdit.setText("Долг за август")
    dialog.ui.promiseDateEdit.setDate(QDate(2026, 12, 3))
    dialog.ui.promiseAmountEdit.setText("700")
    dialog.save()
    qtbot.waitUntil(
        lambda: cell(page, "Ромашка", "Promised to pay") == "03.12.2026 (700,00)", timeout=5000
    )
    parts.reminders.stop()
    operations.wait_all()
