"""Every error in the user's language: the box says what failed in words; the technical text is
in the log and behind "Show Details…", never the message itself."""

from __future__ import annotations

import logging

from PySide6.QtWidgets import QMessageBox

from wholesale_desk.gui.error_dialog import show_error
from wholesale_desk.i18n import QT_TRANSLATE_NOOP, UserError, text


def raised(exc: BaseException) -> BaseException:
    try:
        raise exc
    except BaseException as caught:
        return caught


def test_a_fault_shows_words_and_keeps_the_technical_text_for_details(qtbot, caplog):
    exc = raised(KeyError("agreement_id"))
    with caplog.at_level(logging.ERROR):
        box = show_error(None, exc, "The order was not saved.")
    qtbot.addWidget(box)
    assert box.text().startswith("The order was not saved.")
    assert "agreement_id" not in box.text() and "KeyError" not in box.text()
    assert "Help → Open log folder" in box.text()
    assert "KeyError: 'agreement_id'" in box.detailedText()
    assert "agreement_id" in caplog.text


def test_russian_box_has_no_english(qtbot, russian):
    box = show_error(None, raised(RuntimeError("database is locked")))
    qtbot.addWidget(box)
    assert box.text().startswith("Что-то пошло не так.")
    assert "Справка → Открыть папку журнала" in box.text()
    assert "database is locked" not in box.text()
    assert box.icon() is QMessageBox.Icon.Warning


def test_a_file_that_cannot_be_written_is_named(qtbot, russian):
    exc = raised(PermissionError(13, "Permission denied", "/data/sales.xlsx"))
    box = show_error(None, exc, "Таблица не сохранена.")
    qtbot.addWidget(box)
    assert "Нет прав на запись или чтение /data/sales.xlsx" in box.text()
    assert "Permission denied" not in box.text()


def test_a_user_error_says_its_own_words_without_details(qtbot, russian):
    exc = UserError(text("Orders", QT_TRANSLATE_NOOP("Orders", "Conflict with 1C")))
    box = show_error(None, exc)
    qtbot.addWidget(box)
    assert box.text() == "Конфликт с 1С"
    assert box.detailedText() == ""
