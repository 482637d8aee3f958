"""The Reports page in Russian inside the main window, on a company with a year of documents.

Set WD_SCREENSHOTS=1 to refresh resources/screenshots/reports.png.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import text

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
from factories import TODAY, populate

from wholesale_desk.gui import operations
from wholesale_desk.gui.main_window import MainWindow
from wholesale_desk.gui.reports.page import ReportsPage
from wholesale_desk.store import Store

SCREENSHOTS = Path(__file__).resolve().parents[3] / "resources" / "screenshots"


def _add_lines_plans_and_costs(store: Store) -> None:
    """The factory's company has no shipment lines, plans or purchase prices: add them."""
    with store.transaction() as db:
        db.execute(
            text(
                "INSERT INTO shipment_lines (shipment_id, line_no, product_id, quantity, price,"
                " amount, vat_amount, total)"
                " SELECT s.id, l.line_no, l.product_id, l.quantity, l.price, l.amount, 0, l.total"
                " FROM shipments s JOIN order_lines l ON l.order_id = s.order_id"
            )
        )
        db.execute(text("INSERT INTO price_types (id, name, includes_vat, deletion_mark,"
                        " removed_in_1c) VALUES ('purchase', 'Закупочная', 1, 0, 0)"))  # fmt: skip
        db.execute(
            text(
                "INSERT INTO prices (price_type_id, product_id, price)"
                " SELECT 'purchase', product_id, CAST(SUM(amount) * 1000 * 0.78 / SUM(quantity) AS INTEGER)"
                " FROM shipment_lines GROUP BY product_id"
            )
        )
        # Plans: each manager's monthly sales of the year, rounded up to 100,000 and 10 % more.
        db.execute(
            text(
                "INSERT INTO sales_plans (manager_id, month, amount)"
                " SELECT c.manager_id, substr(s.date, 1, 7) || '-01',"
                " (CAST(SUM(s.amount) * 1.1 / 10000000 AS INTEGER) + 1) * 10000000"
                " FROM shipments s JOIN clients c ON c.id = s.client_id"
                " WHERE c.manager_id IS NOT NULL AND s.date >= '2026-03-01'"
                " GROUP BY c.manager_id, substr(s.date, 1, 7)"
            )
        )


def test_reports_page_speaks_russian(
    qtbot: QtBot, main_window: MainWindow, russian: object, tmp_path: Path
) -> None:
    store = Store(tmp_path / "company.sqlite")
    populate(store, clients=400, managers=6, seed=11)
    _add_lines_plans_and_costs(store)
    page = ReportsPage(store, today=lambda: TODAY)
    main_window.set_page("reports", page)
    main_window.resize(1440, 900)
    main_window.show_page("reports")
    page.reload()
    qtbot.waitUntil(lambda: page.report is not None, timeout=10_000)
    assert page.ui.titleLabel.text() == "Отчёт о продажах"
    assert page.ui.periodCombo.currentText() == "Этот месяц"
    assert page.ui.managerCombo.currentText() == "Все менеджеры"
    assert page.ui.tabs.tabText(0) == "По менеджерам"
    assert page.report.kpis.gross_margin is not None  # type: ignore[union-attr]
    for _ in range(5):
        QApplication.processEvents()
    qtbot.wait(100)
    if os.environ.get("WD_SCREENSHOTS"):
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        assert main_window.grab().save(str(SCREENSHOTS / "reports.png"))
        if os.environ.get("WD_SCREENSHOTS_EXTRA"):  # the other tabs, for a look while styling
            for i in range(1, page.ui.tabs.count()):
                page.ui.tabs.setCurrentIndex(i)
                QApplication.processEvents()
                main_window.grab().save(str(tmp_path.parent / f"reports_tab{i}.png"))
    operations.wait_all()
    store.close()
