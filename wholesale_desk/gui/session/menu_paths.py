"""Where a menu item is, said the way the menus say it ("View → Conflicts with 1C…").

A message that sends the user to a menu must name the menu the item is really under, in the
UI's language; it is built here from the same source strings the menus are built from.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from wholesale_desk.i18n import QT_TRANSLATE_NOOP

VIEW_MENU = ("MainWindow", "&View")  # ui/main_window.ui: menuView's title
CONFLICTS_ITEM = (
    "SessionController",
    QT_TRANSLATE_NOOP("SessionController", "&Conflicts with 1C…"),
)
SYNC_LOG_ITEM = ("SessionController", QT_TRANSLATE_NOOP("SessionController", "Sync &log"))


def plain(context: str, source: str) -> str:
    """A menu text in the UI's language without its mnemonic ampersand."""
    return (
        QCoreApplication.translate(context, source)
        .replace("&&", "\0")
        .replace("&", "")
        .replace("\0", "&")
    )


def conflicts_path() -> str:
    """ "View → Conflicts with 1C…" in the UI's language."""
    return f"{plain(*VIEW_MENU)} → {plain(*CONFLICTS_ITEM)}"
