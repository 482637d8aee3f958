"""The receivables view as a manager uses it: totals, filters, drill-down, call list, actions."""

from __future__ import annotations

import sys
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "services"))
from test_receivables import TODAY, store  # noqa: F401 - the shared store fixture

from wholesale_desk.gui.receivables.page import ReceivablesPage
from wholesale_desk.store import Store


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
