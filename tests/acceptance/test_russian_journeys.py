"""The same journeys in the Russian window: what a Russian-speaking manager reads at each step."""

from __future__ import annotations

from desk import Desk
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from wholesale_desk.gui.clients.interaction_dialog import InteractionDialog
from wholesale_desk.gui.documents.batch import BatchDialog
from wholesale_desk.gui.documents.offer_dialog import OfferDialog
from wholesale_desk.gui.documents.preview import DocumentPreviewDialog


def test_call_card_offer_and_invoices_in_russian(russian_desk: Desk):
    desk = russian_desk
    receivables = desk.show_section("receivables")
    desk.wait_until(lambda: receivables.clients.rowCount() > 0)
    desk.settle()
    view = receivables.ui.clientsView
    name = str(view.model().index(0, 0).data())
    desk.select_row(view, 0)
    desk.qtbot.keyClick(view, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    dialog = desk.wait_for_dialog(InteractionDialog)
    assert dialog.ui.clientLabel.text() == name
    desk.screenshot("receivables-log-call", dialog)
    dialog.reject()

    desk.show_section("receivables")
    desk.double_click_row(view, 0)
    desk.wait_for_card(name)
    card = desk.page("clients").card
    assert card.ui.offerButton.text().replace("&", "") == "Коммерческое предложение…"
    desk.screenshot("card")
    desk.click(card.ui.offerButton)
    chooser = desk.wait_for_dialog(OfferDialog)
    assert chooser.windowTitle() == f"Коммерческое предложение для {name}"
    desk.screenshot("offer-chooser", chooser)
    before = desk.dialogs(DocumentPreviewDialog)
    desk.click(chooser.findChild(QPushButton, "showOfferButton"))
    desk.wait_until(lambda: [d for d in desk.dialogs(DocumentPreviewDialog) if d not in before])
    preview = next(d for d in desk.dialogs(DocumentPreviewDialog) if d not in before)
    assert preview.prepared.client_name == name
    desk.screenshot("offer-from-card", preview)
    preview.close()

    orders = desk.show_section("orders")
    desk.wait_until(lambda: orders.orders.rowCount() > 2)
    desk.settle()
    desk.select_row(orders.ui.ordersView, 0)
    index = orders.ui.ordersView.model().index(1, 0)
    desk.qtbot.mouseClick(
        orders.ui.ordersView.viewport(),
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.ControlModifier,
        orders.ui.ordersView.visualRect(index).center(),
    )
    assert orders.ui.printInvoicesButton.text().replace("&", "") == "Печать счетов (2)…"
    desk.screenshot("order-list")
    desk.click(orders.ui.printInvoicesButton)
    batch = desk.wait_for_dialog(BatchDialog)
    desk.screenshot("batch-invoices", batch)
    batch.close()
