"""The one error box of the window: a message in the user's language, the technical text only in
the log and behind "Show Details…".

    show_error(self, exc)                                  # a UserError says its own words
    show_error(self, exc, self.tr("The file was not saved."))   # what failed, in words

A `UserError` carries a message meant for the user (translated `Text`); any other exception is a
fault: the box says what could not be done and where the details are, never `str(exc)` alone.
"""

from __future__ import annotations

import errno
import logging
import traceback

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from wholesale_desk.gui.texts import render
from wholesale_desk.i18n import UserError

log = logging.getLogger(__name__)


def user_message(exc: BaseException, what_failed: str | None = None) -> str:
    """What the box says: the `UserError`'s own words, else what failed and where to look."""
    if isinstance(exc, UserError):
        message = render(exc.message)
        return f"{what_failed}\n\n{message}" if what_failed else message
    first = what_failed or QCoreApplication.translate("ErrorDialog", "Something went wrong.")
    reason = _file_reason(exc)
    if reason:
        return f"{first}\n\n{reason}"
    return (
        first
        + "\n\n"
        + QCoreApplication.translate(
            "ErrorDialog",
            "Nothing you typed is lost. If it happens again, send the log file to your "
            "administrator ({menu_path}).",
        ).format(menu_path=log_folder_path())
    )


def log_folder_path() -> str:
    """ "Help → Open log folder", as the menus say it in the UI's language."""
    from wholesale_desk.gui.session.menu_paths import plain

    return f"{plain('MainWindow', '&Help')} → {plain('MainWindow', 'Open &log folder')}"


def _file_reason(exc: BaseException) -> str:
    """A file that could not be written or read, said in words (the path included)."""
    if not isinstance(exc, OSError):
        return ""
    where = str(exc.filename or "")
    if isinstance(exc, PermissionError):
        return QCoreApplication.translate(
            "ErrorDialog", "There is no permission to write or read {path}. Choose another folder."
        ).format(path=where)
    if isinstance(exc, FileNotFoundError):
        return QCoreApplication.translate(
            "ErrorDialog", "{path} does not exist (the folder may have been moved or removed)."
        ).format(path=where)
    if exc.errno == errno.ENOSPC:
        return QCoreApplication.translate(
            "ErrorDialog", "The disk is full: free some space and try again."
        )
    return ""


def technical_text(exc: BaseException) -> str:
    """The exception as a developer reads it, for the log and the Details expander."""
    lines = traceback.format_exception(type(exc), exc, exc.__traceback__)
    return "".join(lines).strip()


def show_error(
    parent: QWidget | None,
    exc: BaseException,
    what_failed: str | None = None,
    *,
    title: str | None = None,
) -> QMessageBox:
    """Log `exc` and show a non-blocking warning box in the user's language (Details: the
    technical text, for a fault; a user error needs none)."""
    if isinstance(exc, UserError):
        log.info("User error: %s", exc)
    else:
        log.error(
            "%s", what_failed or "Unexpected error", exc_info=(type(exc), exc, exc.__traceback__)
        )
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        title or QCoreApplication.translate("ErrorDialog", "Wholesale Desk"),
        user_message(exc, what_failed),
        QMessageBox.StandardButton.Ok,
        parent,
    )
    if not isinstance(exc, UserError):
        box.setDetailedText(technical_text(exc))
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box
