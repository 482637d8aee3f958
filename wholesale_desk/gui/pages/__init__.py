"""The main window's sections, in navigation order.

Each section starts as an honest empty state; a later feature replaces it with its real page by
`MainWindow.set_page(key, widget)`.
"""

from __future__ import annotations

from dataclasses import dataclass

from wholesale_desk.gui.pages.clients import ClientsPage
from wholesale_desk.gui.pages.empty_state import EmptyStatePage
from wholesale_desk.gui.pages.orders import OrdersPage
from wholesale_desk.gui.pages.receivables import ReceivablesPage
from wholesale_desk.gui.pages.reports import ReportsPage
from wholesale_desk.gui.pages.tasks import TasksPage
from wholesale_desk.i18n import QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class Section:
    """A navigation entry: its key, English title (translated in context "Navigation"), icon."""

    key: str
    title: str
    icon: str
    empty_page: type[EmptyStatePage]


SECTIONS: tuple[Section, ...] = (
    Section("clients", QT_TRANSLATE_NOOP("Navigation", "Clients"), "clients", ClientsPage),
    Section("orders", QT_TRANSLATE_NOOP("Navigation", "Orders"), "orders", OrdersPage),
    Section(
        "receivables",
        QT_TRANSLATE_NOOP("Navigation", "Receivables"),
        "receivables",
        ReceivablesPage,
    ),
    Section("tasks", QT_TRANSLATE_NOOP("Navigation", "Tasks"), "tasks", TasksPage),
    Section("reports", QT_TRANSLATE_NOOP("Navigation", "Reports"), "reports", ReportsPage),
)

__all__ = ["SECTIONS", "EmptyStatePage", "Section"]
