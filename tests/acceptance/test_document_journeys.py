"""Paper for clients: a commercial offer from the card and from an order; invoices in a batch."""

from __future__ import annotations

import io
from pathlib import Path

from desk import Desk
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from wholesale_desk.gui.documents.batch import BatchDialog, Mode
from wholesale_desk.gui.documents.offer_dialog import OfferDialog
from wholesale_desk.gui.documents.preview import DocumentPreviewDialog
from wholesale_desk.gui.orders.editor import OrderEditor

OFFER = "Коммерческое предложение"


def pdf_text(pdf: bytes) -> str:
    text = "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)
    return " ".join(text.replace("\u202f", " ").replace("\u00a0", " ").split())


def _new_preview(desk: Desk, before: list[DocumentPreviewDialog]) -> DocumentPreviewDialog:
    """The preview window that appeared after `before` was taken."""
    found: list[DocumentPreviewDialog] = []

    def appeared() -> bool:
        found[:] = [d for d in desk.dialogs(DocumentPreviewDialog) if d not in before]
        return bool(found)

    desk.wait_until(appeared, 30_000)
    return found[-1]


def _orders(desk: Desk):
    page = desk.show_section("orders")
    desk.wait_until(lambda: page.orders.rowCount() > 3)
    desk.settle()
    return page


def test_a_commercial_offer_from_the_client_card(desk: Desk):
    receivables = desk.show_section("receivables")
    desk.wait_until(lambda: receivables.clients.rowCount() > 0)
    view = receivables.ui.clientsView
    name = str(view.model().index(0, 0).data())
    desk.double_click_row(view, 0)
    desk.wait_for_card(name)
    card = desk.page("clients").card

    before = desk.dialogs(DocumentPreviewDialog)
    desk.click(card.ui.offerButton)
    chooser = desk.wait_for_dialog(OfferDialog)
    assert name in chooser.windowTitle()
    table = chooser.table
    assert table.rowCount() > 0, "the client has bought something: it is offered again"
    first_product = chooser.items[0].name
    for row in range(1, table.rowCount()):  # offer only the most often bought product
        table.item(row, 0).setCheckState(Qt.CheckState.Unchecked)
    desk.screenshot("offer-chooser", chooser)
    desk.click(chooser.findChild(QPushButton, "showOfferButton"))
    preview = _new_preview(desk, before)
    assert preview.prepared.client_name == name
    assert preview.windowTitle().startswith(OFFER)
    text = pdf_text(preview.prepared.pdf)
    assert first_product.split()[0] in text
    assert preview.prepared.counterparty_name.split()[0] in text
    desk.screenshot("offer-from-card", preview)
    preview.close()


def test_a_commercial_offer_from_the_order_editor(desk: Desk):
    page = _orders(desk)
    row = page.orders.rows[0]
    desk.double_click_row(page.ui.ordersView, 0)
    editor = desk.wait_for_dialog(OrderEditor)
    assert editor.order.order_id == row.order_id
    desk.settle()
    before = desk.dialogs(DocumentPreviewDialog)
    desk.click(editor.ui.offerButton)
    preview = _new_preview(desk, before)
    assert preview.prepared.client_id == row.client_id
    assert preview.prepared.client_name == row.client_name
    assert preview.windowTitle().startswith(OFFER)
    products = [editor.model.products[line.product_id].name for line in editor.order.lines]
    text = pdf_text(preview.prepared.pdf)
    assert products and all(p.split()[0] in text for p in products)
    desk.screenshot("offer-from-editor", preview)
    preview.close()
    editor.close()


def test_a_commercial_offer_from_the_order_list(desk: Desk):
    page = _orders(desk)
    desk.select_row(page.ui.ordersView, 1)
    row = page.orders.rows[1]
    assert page.ui.offerButton.isEnabled()
    before = desk.dialogs(DocumentPreviewDialog)
    desk.click(page.ui.offerButton)
    preview = _new_preview(desk, before)
    assert preview.prepared.client_id == row.client_id
    assert preview.windowTitle().startswith(OFFER)
    preview.close()


def test_invoices_of_the_selected_orders_saved_as_pdf_files(desk: Desk, tmp_path: Path):
    page = _orders(desk)
    page.ui.stateCombo.setCurrentIndex(4)  # "In 1C": orders 1C has taken
    desk.wait_until(lambda: page.orders.rowCount() >= 3 and page.ui.stateCombo.currentIndex() == 4)
    desk.settle()
    view = page.ui.ordersView
    desk.select_row(view, 0)
    for row in (1, 2):  # Ctrl+click adds to the selection, as in any list
        index = view.model().index(row, 0)
        desk.qtbot.mouseClick(
            view.viewport(),
            Qt.MouseButton.LeftButton,
            Qt.KeyboardModifier.ControlModifier,
            view.visualRect(index).center(),
        )
    chosen = page.orders.rows[:3]
    assert [r.order_id for r in page.selected_rows()] == [r.order_id for r in chosen]
    assert page.ui.printInvoicesButton.text().replace("&", "") == "Print invoices (3)…"

    desk.click(page.ui.printInvoicesButton)
    batch = desk.wait_for_dialog(BatchDialog)
    assert batch.ui.countLabel.text() == "3 orders selected"
    desk.qtbot.waitExposed(batch)
    desk.click(batch.ui.saveRadio)
    # Only then start: printing would open the system's print dialog.
    assert batch.mode is Mode.SAVE, "Save as PDF files is chosen"
    folder = tmp_path / "invoices"
    folder.mkdir()
    batch.ui.folderEdit.clear()
    desk.qtbot.keyClicks(batch.ui.folderEdit, str(folder))
    desk.click(batch.ui.startButton)
    desk.wait_until(lambda: batch.result_ is not None, 60_000)
    desk.screenshot("batch-invoices", batch)
    assert batch.ui.logView.toPlainText() == "Saved 3 invoices to the folder."
    files = sorted(folder.glob("*.pdf"))
    assert len(files) == 3
    texts = [pdf_text(f.read_bytes()) for f in files]
    for order in chosen:
        assert any(order.number in t for t in texts), f"no invoice for order {order.number}"
    batch.close()
