"""Reaching a client and their orders: Ctrl+K search, the sales report, the card's timeline."""

from __future__ import annotations

from desk import Desk
from PySide6.QtCore import Qt

from wholesale_desk.gui.orders.editor import OrderEditor
from wholesale_desk.gui.search.dialog import HIT_ROLE, GlobalSearchDialog
from wholesale_desk.services.timeline import ItemKind


def _a_client_name(desk: Desk) -> str:
    """A client on the Clients list, as a person reads its name there."""
    page = desk.show_section("clients")
    desk.wait_until(lambda: page.model.rowCount() > 3)
    desk.settle()
    return str(page.model.index(3, 0).data())


def test_ctrl_k_finds_a_client_and_enter_opens_the_card(desk: Desk):
    name = _a_client_name(desk)
    desk.show_section("receivables")  # Ctrl+K works from any section
    desk.shortcut("Ctrl+K")
    search = desk.wait_for_dialog(GlobalSearchDialog)
    desk.type_text(search.ui.searchEdit, name[:12])
    desk.wait_until(lambda: any(h.title == name for h in search.hits))
    # The first hit is current; walk down to the client a person is looking for, then Enter.
    while search.ui.resultsList.currentItem().data(HIT_ROLE).title != name:
        desk.key(search.ui.searchEdit, Qt.Key.Key_Down)
    desk.screenshot("search", search)
    desk.key(search.ui.searchEdit, Qt.Key.Key_Return)
    desk.wait_until(lambda: not search.isVisible())
    desk.wait_for_card(name)
    desk.screenshot("card-from-search")


def test_double_click_in_the_sales_report_opens_the_client(desk: Desk):
    reports = desk.show_section("reports")
    desk.wait_until(lambda: reports.clients.rowCount() > 0)
    desk.settle()
    reports.ui.tabs.setCurrentWidget(reports.ui.clientsTab)
    view = reports.ui.clientsView
    name = str(view.model().index(0, 0).data())
    desk.double_click_row(view, 0)
    desk.wait_for_card(name)


def test_an_order_on_the_timeline_opens_in_the_order_editor(desk: Desk):
    name = _a_client_name(desk)
    page = desk.page("clients")
    desk.double_click_row(page.ui.clientsView, 3)
    desk.wait_for_card(name)
    card = page.card
    desk.key(card, Qt.Key.Key_3, Qt.KeyboardModifier.AltModifier)  # the Timeline tab
    desk.wait_until(lambda: card.ui.tabs.currentIndex() == 2)
    desk.wait_until(lambda: any(i.kind is ItemKind.ORDER for i in card.timeline.items))
    row = next(r for r, i in enumerate(card.timeline.items) if i.kind is ItemKind.ORDER)
    order = card.timeline.items[row]
    desk.double_click_row(card.ui.timelineView, row)
    editor = desk.wait_for_dialog(OrderEditor)
    assert not desk.message_boxes(), "the order opens in the editor, not in a message box"
    assert editor.order.order_id == order.id
    assert name in editor.ui.titleLabel.text()
    assert order.number in editor.ui.titleLabel.text()
    desk.screenshot("order-from-timeline", editor)
    editor.close()
