"""The Clients workspace in Russian inside the main window.

Set WD_SCREENSHOTS=1 to refresh resources/screenshots/clients_list.png and client_card.png.
"""

from __future__ import annotations

import os
from datetime import datetime
from pathlib import Path
from types import SimpleNamespace

from factories import TODAY, populate
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from wholesale_desk.gui import operations
from wholesale_desk.gui.clients.workspace import install
from wholesale_desk.gui.main_window import MainWindow
from wholesale_desk.store import Store
from wholesale_desk.workspace import CurrentUser

SCREENSHOTS = Path(__file__).resolve().parents[3] / "resources" / "screenshots"


def settle(qtbot: QtBot) -> None:
    for _ in range(5):
        QApplication.processEvents()
    qtbot.wait(50)


def test_clients_workspace_speaks_russian(
    qtbot: QtBot, main_window: MainWindow, russian: object, tmp_path: Path
) -> None:
    store = Store(tmp_path / "company.sqlite")
    company = populate(store, clients=400, managers=6, seed=11, busy_items=120)
    ws = SimpleNamespace(store=store, user=CurrentUser("Иванов"))
    parts, _pages, _refresh = install(main_window, ws)  # type: ignore[arg-type]
    parts.clients.today = lambda: TODAY
    parts.clients.now = lambda: datetime(2026, 11, 26, 10, 30)
    parts.reminders.stop()
    main_window.resize(1440, 860)
    main_window.show_page("clients")
    parts.clients.reload()
    qtbot.waitUntil(lambda: parts.clients.model.total() == 400)
    page = parts.clients
    assert page.ui.titleLabel.text() == "Клиенты"
    assert page.model.headerData(0, Qt.Orientation.Horizontal) == "Клиент"
    assert page.ui.countLabel.text() == "400 клиентов"
    assert page.ui.overdueCheck.text() == "С просрочкой"
    page.model.sort(5, Qt.SortOrder.DescendingOrder)  # the biggest debtors first
    page.ui.clientsView.horizontalHeader().setSortIndicator(5, Qt.SortOrder.DescendingOrder)
    qtbot.waitUntil(lambda: page.model.row(0).debt >= page.model.row(1).debt > 0)  # type: ignore[union-attr]
    settle(qtbot)
    if os.environ.get("WD_SCREENSHOTS"):
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        assert main_window.grab().save(str(SCREENSHOTS / "clients_list.png"))

    assert company.busy_client is not None
    page.open_client(company.busy_client)
    qtbot.waitUntil(lambda: page.card.card is not None and page.card.card.loyalty is not None)
    card = page.card
    assert card.ui.tabs.tabText(0) == "Обзор"
    assert "ИНН" in card.ui.headerLabel.text()
    assert "Просрочка 1–30 дн." in card.ui.receivablesLabel.text()
    settle(qtbot)
    if os.environ.get("WD_SCREENSHOTS"):
        assert main_window.grab().save(str(SCREENSHOTS / "client_card.png"))
    operations.wait_all()
    store.close()
