"""The main pages in Russian on a 1366×768 laptop, as a manager sees them: names readable,
titles unclipped, numbers written the Russian way, no English left in the window's chrome."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from types import SimpleNamespace

import pytest
from factories import TODAY, populate
from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QGroupBox,
    QLabel,
    QTableView,
    QTabWidget,
    QTreeView,
    QWidget,
)
from pytestqt.qtbot import QtBot

from wholesale_desk.gui import operations
from wholesale_desk.gui.clients.workspace import ClientsWorkspace, install
from wholesale_desk.gui.header_titles import title_width
from wholesale_desk.gui.main_window import MainWindow
from wholesale_desk.gui.receivables.page import ReceivablesPage
from wholesale_desk.gui.reports.page import ReportsPage
from wholesale_desk.store import Store
from wholesale_desk.workspace import CurrentUser

LAPTOP = (1366, 768)
READABLE_NAME = 180
"""Pixels a client's name needs to be told apart from its neighbours ("Бета (Красногорск) 2")."""

ALLOWED_LATIN = {
    # Names and notations Russian UIs keep in Latin letters.
    "Wholesale", "Desk", "PDF", "Excel", "CSV", "SMTP", "STARTTLS", "TLS", "PEM", "HoReCa",
    "Enter", "Esc", "Ctrl", "Shift", "Alt", "Tab", "Del", "Space", "mail", "E-mail",
    "English",  # the language list names each language in itself
}  # fmt: skip
WORD = re.compile(r"[A-Za-z]{3,}")
ADDRESS = re.compile(r"\S+@\S+|https?://\S+|<[^>]+>|--[a-z-]+")
"""E-mail addresses, links, markup and command-line options are not words to translate."""


class Pages(SimpleNamespace):
    window: MainWindow
    clients: ClientsWorkspace
    receivables: ReceivablesPage
    reports: ReportsPage


def settle(qtbot: QtBot) -> None:
    operations.wait_all()
    for _ in range(5):
        QApplication.processEvents()
    qtbot.wait(50)


@pytest.fixture
def pages(
    qtbot: QtBot, main_window: MainWindow, russian: object, tmp_path: Path
) -> Iterator[Pages]:
    store = Store(tmp_path / "company.sqlite")
    populate(store, clients=120, managers=5, seed=7, busy_items=40)
    ws = SimpleNamespace(store=store, user=CurrentUser("Иванов"))
    parts, _pages, _refresh = install(main_window, ws)  # type: ignore[arg-type]
    parts.reminders.stop()
    receivables = ReceivablesPage(store, today=lambda: TODAY)
    main_window.set_page("receivables", receivables)
    reports = ReportsPage(store, today=lambda: TODAY)
    main_window.set_page("reports", reports)
    main_window.resize(*LAPTOP)
    receivables.reload()
    reports.reload()
    parts.clients.reload()
    qtbot.waitUntil(lambda: parts.clients.model.total() == 120)
    qtbot.waitUntil(lambda: reports.report is not None and receivables.report is not None)
    settle(qtbot)
    yield Pages(window=main_window, clients=parts, receivables=receivables, reports=reports)
    operations.wait_all()
    store.close()


def unclipped(view: QAbstractItemView) -> list[str]:
    """The column titles of `view` that do not fit their column (on two lines at most)."""
    header = view.horizontalHeader()  # type: ignore[attr-defined]
    model = view.model()
    clipped = []
    for column in range(model.columnCount()):
        title = str(model.headerData(column, Qt.Orientation.Horizontal))
        if header.sectionSize(column) < title_width(header, title) - 2:
            clipped.append(f"{title!r}: {header.sectionSize(column)} px")
    return clipped


def test_client_names_stay_readable_beside_the_figures_on_a_laptop(pages: Pages) -> None:
    pages.window.show_page("clients")
    settle_view = pages.clients.clients.ui.clientsView
    QApplication.processEvents()
    header = settle_view.horizontalHeader()
    assert header.sectionSize(0) >= READABLE_NAME, (
        f"the client column is {header.sectionSize(0)} px: names are cut to a few letters"
    )
    assert (
        header.sectionViewportPosition(header.count() - 1) + header.sectionSize(header.count() - 1)
        <= settle_view.viewport().width()
    ), "the figures need a horizontal scroll"
    assert unclipped(settle_view) == []


def test_report_and_receivables_titles_fit_their_columns(pages: Pages, qtbot: QtBot) -> None:
    for key, page in (("reports", pages.reports), ("receivables", pages.receivables)):
        pages.window.show_page(key)
        for tab in range(page.ui.tabs.count()):
            page.ui.tabs.setCurrentIndex(tab)
            settle(qtbot)
            for view in page.ui.tabs.currentWidget().findChildren(QTableView):
                assert unclipped(view) == [], f"{key}: {view.objectName()}"
    assert unclipped(pages.receivables.ui.documentsView) == []


def test_kpi_notes_wrap_instead_of_being_cut(pages: Pages) -> None:
    pages.window.show_page("reports")
    QApplication.processEvents()
    ui = pages.reports.ui
    for note in (ui.salesNote, ui.planNote, ui.ordersNote, ui.marginNote, ui.overdueNote):
        assert note.wordWrap()
        needed = note.heightForWidth(note.width())
        assert note.height() >= needed, f"{note.objectName()}: {note.text()!r} is cut"


def test_chart_axes_write_thousands_the_russian_way(pages: Pages) -> None:
    for view in (pages.reports.chart,):
        chart = view.chart()
        assert chart.localizeNumbers()
        assert chart.locale().language() == QLocale.Language.Russian
        assert chart.locale().toString(50000.0, "f", 0) == "50\u00a0000"


def chrome_texts(root: QWidget) -> Iterator[tuple[str, str]]:
    """(widget, text) for every label, button, group box, tab, combo item and column title."""
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisibleTo(root.window()):
            continue
        name = widget.objectName() or type(widget).__name__
        if isinstance(widget, QLabel | QAbstractButton):
            yield name, widget.text()
            yield name, widget.toolTip()
        elif isinstance(widget, QGroupBox):
            yield name, widget.title()
        elif isinstance(widget, QTabWidget):
            for i in range(widget.count()):
                yield name, widget.tabText(i)
        elif isinstance(widget, QComboBox):
            for i in range(widget.count()):
                yield name, widget.itemText(i)
        elif isinstance(widget, QTableView | QTreeView) and widget.model() is not None:
            model = widget.model()
            for column in range(model.columnCount()):
                yield name, str(model.headerData(column, Qt.Orientation.Horizontal) or "")


def english_words(root: QWidget) -> list[str]:
    found = []
    for name, text in chrome_texts(root):
        plain = ADDRESS.sub(" ", text)
        words = [w for w in WORD.findall(plain) if w not in ALLOWED_LATIN]
        if words:
            found.append(f"{name}: {text!r}")
    return found


def test_no_english_left_in_the_russian_window(pages: Pages, qtbot: QtBot) -> None:
    window = pages.window
    for key in window.keys():
        window.show_page(key)
        settle(qtbot)
        assert english_words(window) == [], key
    clients = pages.clients.clients
    clients.open_client(pages.clients.clients.model.client_id(0) or "")
    qtbot.waitUntil(lambda: clients.card.card is not None)
    settle(qtbot)
    for tab in range(clients.card.ui.tabs.count()):
        clients.card.ui.tabs.setCurrentIndex(tab)
        settle(qtbot)
        assert english_words(window) == [], f"card tab {tab}"
    for dialog in (
        window.show_settings(),
        clients.new_client(),
        clients.log_interaction(promise=True),
    ):
        assert dialog is not None
        settle(qtbot)
        assert english_words(dialog) == [], type(dialog).__name__
        dialog.close()


def test_every_page_fits_a_laptop_screen_beside_the_navigation(pages: Pages) -> None:
    """A page wider than the screen is squeezed under its minimum: buttons overlap and clip."""
    window = pages.window
    navigation = window.ui.navigation.minimumWidth()
    for key in window.keys():
        needed = navigation + window.page(key).minimumSizeHint().width()
        assert needed <= LAPTOP[0], f"{key} needs {needed} px"
    nav = window.ui.navigation
    for row in range(nav.count()):
        text = nav.item(row).text()  # "Дебиторская задолженность" is the longest
        room = nav.width() - nav.iconSize().width() - 24  # icon, padding, spacing
        assert nav.fontMetrics().horizontalAdvance(text) <= room, text


def test_counts_group_their_thousands_in_russian(russian: object) -> None:
    """ "20000 клиентов" read as a different number from "20 000": plural forms use %Ln."""
    counted = QCoreApplication.translate("ClientsPage", "%n client(s)", "", 20000)
    assert counted == "20\u00a0000 клиентов"
    ts = Path(__file__).resolve().parents[2] / "resources/translations/wholesale_desk_ru.ts"
    forms = re.findall(r"<numerusform>(.*?)</numerusform>", ts.read_text(), re.S)
    assert forms and [f for f in forms if re.search(r"%n", f)] == []
