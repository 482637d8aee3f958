"""The preview in Russian showing an invoice: captions translated, the page drawn.

Set WD_SCREENSHOTS=1 to refresh resources/screenshots/invoice_preview.png from this test.
"""

from __future__ import annotations

import os
from pathlib import Path

from document_world import Company
from PySide6.QtGui import QColor
from pytestqt.qtbot import QtBot

from wholesale_desk.gui.documents import prepared as prep
from wholesale_desk.gui.documents.preview import DocumentPreviewDialog
from wholesale_desk.gui.settings import Settings

SCREENSHOT = (
    Path(__file__).resolve().parents[3] / "resources" / "screenshots" / "invoice_preview.png"
)


def test_preview_speaks_russian_and_draws_the_invoice(
    qtbot: QtBot, company: Company, settings: Settings, russian: object, tmp_path: Path
) -> None:
    with company.store.session() as session:
        document = prep.invoice(session, company.order_ids[0])
    dialog = DocumentPreviewDialog(document, company.store, settings=settings)
    qtbot.addWidget(dialog)
    dialog.resize(900, 1000)
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.wait(300)  # QtPdf renders pages asynchronously

    assert dialog.ui.printButton.text() == "&Печать…"
    assert dialog.ui.saveButton.text() == "&Сохранить PDF…"
    assert dialog.ui.sendButton.text() == "Отправить по &почте…"
    assert dialog.ui.zoomCombo.itemText(0) == "По ширине"
    assert dialog.ui.pageCountLabel.text() == f"из {dialog.page_count}"

    image = dialog.grab().toImage()
    view = dialog.view.geometry().translated(dialog.ui.viewHost.pos())
    centre = image.pixelColor(view.center())
    assert centre != QColor(0, 0, 0), "the page is drawn, not a black box"
    image.save(str(tmp_path / "invoice_preview.png"))
    if os.environ.get("WD_SCREENSHOTS"):
        SCREENSHOT.parent.mkdir(parents=True, exist_ok=True)
        image.save(str(SCREENSHOT))
