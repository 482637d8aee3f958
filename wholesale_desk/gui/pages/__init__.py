"""The main window's sections, in navigation order.

Each section starts as an honest empty state; a later feature replaces it with its real page by
`MainWindow.set_page(key, widget)`.
"""

from __future__ import annotations

from dataclasses import dataclass

from wholesale_desk.gui.pages.empty_state import EmptyStatePage
from wholesale_desk.i18n import QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class Section:
    """A navigation entry: its key, English title (translated in context "Navigation"), icon.

    Until a feature attaches its real page, the section shows `EmptyStatePage(title, icon)`."""

    key: str
    title: str
    icon: str


SECTIONS: tuple[Section, ...] = (
    Section("clients", QT_TRANSLATE_NOOP("Navigation", "Clients"), "clients"),
    Section("orders", QT_TRANSLATE_NOOP("Navigation", "Orders"), "orders"),
    Section("receivables", QT_TRANSLATE_NOOP("Navigation", "Receivables"), "receivables"),
    Section("tasks", QT_TRANSLATE_NOOP("Navigation", "Tasks"), "tasks"),
    Section("reports", QT_TRANSLATE_NOOP("Navigation", "Reports"), "reports"),
)

__all__ = ["SECTIONS", "EmptyStatePage", "Section"]
