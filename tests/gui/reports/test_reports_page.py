"""The Reports page as a head of sales uses it on Monday: KPIs, periods, managers, clients, export."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "services"))
from test_sales_report import TODAY, store  # noqa: F401 - the shared store fixture

from wholesale_desk.gui.reports.page import ReportsPage
from wholesale_desk.services.sales_report import Period
from wholesale_desk.store import Store


def _wait(qtbot: QtBot, page: ReportsPage) -> None:
    task = page._task
    assert task is not None
    qtbot.waitUntil(lambda: task.done, timeout=10_000)


@pytest.fixture
def page(qtbot: QtBot, store: Store) -> ReportsPage:  # noqa: F811
    widget = ReportsPage(store, today=lambda: TODAY)
    qtbot.addWidget(widget)
    widget.resize(1200, 800)
    widget.show()
    widget.reload()
    _wait(qtbot, widget)
    return widget


def test_page_loads_with_formatted_kpis(page: ReportsPage) -> None:
    assert page.ui.salesValue.text() == "8\u202f600,25"
    assert "1\u202f600,00" in page.ui.salesNote.text()
    assert page.ui.planValue.text() == "57,3\u00a0%"
    assert "15\u202f000,00" in page.ui.planNote.text()
    assert page.ui.ordersValue.text() == "2"
    assert "3\u202f000,01" in page.ui.ordersNote.text()
    assert page.ui.overdueValue.text() == "15,0\u00a0%"
    assert page.ui.periodLabel.text() == "01.11.2026 – 30.11.2026"
    assert [page.clients.index(r, 0).data() for r in range(page.clients.rowCount())] == [
        "Ромашка",
        "Василёк",
        "Одуванчик",
    ]
    assert page.chart.months[-1].net_sales == page.report.kpis.net_sales  # type: ignore[union-attr]


def test_changing_the_period_reloads(page: ReportsPage, qtbot: QtBot) -> None:
    page.set_period(Period.QUARTER)
    _wait(qtbot, page)
    assert page.report is not None and page.report.period is Period.QUARTER
    assert page.ui.salesValue.text() == "10\u202f200,25"  # October and November
    assert page.ui.periodLabel.text() == "01.10.2026 – 31.12.2026"


def test_choosing_a_manager_narrows_the_figures(page: ReportsPage, qtbot: QtBot) -> None:
    combo = page.ui.managerCombo
    assert combo.itemText(0) and combo.count() == 3
    combo.setCurrentIndex(combo.findText("Сидорова Анна"))
    combo.activated.emit(combo.currentIndex())
    _wait(qtbot, page)
    assert page.ui.salesValue.text() == "100,00"
    assert page.managers.rowCount() == 1


def test_a_manager_opens_on_their_own_clients(qtbot: QtBot, store: Store) -> None:  # noqa: F811
    widget = ReportsPage(store, today=lambda: TODAY, own_manager=lambda: "m2")
    qtbot.addWidget(widget)
    widget.reload()
    _wait(qtbot, widget)
    assert widget.ui.salesValue.text() == "100,00"
    assert widget.ui.managerCombo.currentText() == "Сидорова Анна"


def test_double_clicking_a_client_opens_it(page: ReportsPage, qtbot: QtBot) -> None:
    page.ui.tabs.setCurrentWidget(page.ui.clientsTab)
    view = page.ui.clientsView
    index = view.model().index(1, 0)
    center = view.visualRect(index).center()
    with qtbot.waitSignal(page.clientOpened, timeout=2000) as blocker:
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=center)
        qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=center)
    assert blocker.args == ["b"]
    opened: list[str] = []
    page.clientOpened.connect(opened.append)
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=center)
    assert opened == ["b"]  # once per double click


def test_lapsed_clients_tab_counts_them(page: ReportsPage) -> None:
    assert page.ui.tabs.tabText(page.ui.tabs.indexOf(page.ui.lapsedTab)).endswith("(1)")
    assert page.lapsed.index(0, 0).data() == "Лютик"


def test_export_writes_the_visible_table(page: ReportsPage, tmp_path: Path) -> None:
    page.ui.tabs.setCurrentWidget(page.ui.clientsTab)
    saved = page.export(tmp_path / "top.xlsx")
    sheet = load_workbook(saved).active
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0][:3] == ("Client", "Manager", "Net sales")
    assert rows[1][0] == "Ромашка" and float(rows[1][2]) == 4500.25
    csv_path = page.export(tmp_path / "top.csv")
    assert "4500.25" in csv_path.read_text("utf-8-sig")
