"""Saving a document or price list: the file name a person typed gets its type's suffix."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QWidget

from wholesale_desk.gui.documents.preview import ask_save_path


@pytest.mark.parametrize(
    ("typed", "suffix", "saved"),
    [
        ("/tmp/Счет 12", ".pdf", "/tmp/Счет 12.pdf"),
        ("/tmp/Прайс.XLSX", ".xlsx", "/tmp/Прайс.XLSX"),
        ("/tmp/Прайс.v2", ".xlsx", "/tmp/Прайс.v2.xlsx"),
    ],
)
def test_a_typed_name_gets_the_documents_suffix(
    qtbot, monkeypatch: pytest.MonkeyPatch, typed: str, suffix: str, saved: str
) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: (typed, ""))
    assert ask_save_path(parent, "Save", Path("/tmp/x"), "*", suffix) == Path(saved)


def test_cancelling_the_file_dialog_saves_nothing(qtbot, monkeypatch: pytest.MonkeyPatch) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: ("", ""))
    assert ask_save_path(parent, "Save", Path("/tmp/x"), "*", ".pdf") is None
