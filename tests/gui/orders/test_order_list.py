"""The order list and the head of sales' approval queue, as they are clicked through."""

from __future__ import annotations

from decimal import Decimal

from order_world import World
from pytestqt.qtbot import QtBot

from wholesale_desk import pricing
from wholesale_desk.gui.operations import wait_all
from wholesale_desk.gui.orders import OrderListPage
from wholesale_desk.gui.orders.order_list import FILTERS
from wholesale_desk.models import OrderState
from wholesale_desk.services import orders
from wholesale_desk.services.orders import LineInput, OrderPricer
from wholesale_desk.services.terms import Actor

D = Decimal


def send(w: World, client_id: str, article: str, qty: str, discount: str | None = None) -> str:
    pricer = OrderPricer(w.store, client_id, Actor(w.manager_id), on=w.today)
    order = pricer.new_order()
    order.lines = [LineInput(w.products[article], D(qty), D(discount) if discount else None)]
    return orders.send_order(w.store, order, pricer).order_id or ""


def page_for(qtbot: QtBot, w: World, actor: Actor) -> OrderListPage:
    page = OrderListPage(w.store, actor=actor)
    qtbot.addWidget(page)
    page.show()
    page.reload()
    wait_all()
    return page


def test_head_of_sales_approves_from_the_queue(qtbot: QtBot, world: World) -> None:
    send(world, world.client_id, "GAI-M8", "100")
    waiting = send(world, world.client_id, "KLEY-PL-1", "10", "15")  # over the 10% cap
    head = Actor(world.head_id, pricing.Role.HEAD_OF_SALES)
    page = page_for(qtbot, world, head)
    assert len(page.orders.rows) == 2
    assert [r.order_id for r in page.queue.rows] == [waiting]
    assert "(1)" in page.ui.tabs.tabText(1)
    page.ui.tabs.setCurrentIndex(1)
    page.ui.approvalView.setCurrentIndex(page.queue.index(0, 0))
    assert "standard model" in page.ui.reasonsLabel.text()
    assert page.ui.approveButton.isEnabled()
    page.approve_selected("Разовая акция")  # the button asks for this comment first
    wait_all()
    qtbot.waitUntil(lambda: page.queue.rows == [])
    # On its way to 1C as Согласован: 1C decides whether this user may approve.
    assert orders.load_order(world.store, waiting).state is OrderState.QUEUED


def test_head_rejects_with_a_reason_the_manager_sees(qtbot: QtBot, world: World) -> None:
    waiting = send(world, world.client_id, "KLEY-PL-1", "10", "15")
    page = page_for(qtbot, world, Actor(world.head_id, pricing.Role.HEAD_OF_SALES))
    page.ui.approvalView.setCurrentIndex(page.queue.index(0, 0))
    page.reject_selected("Скидка 15% только от 100 мешков")
    wait_all()
    qtbot.waitUntil(lambda: page.queue.rows == [])
    manager_page = page_for(qtbot, world, Actor(world.manager_id))
    (row,) = manager_page.orders.rows
    assert row.order_id == waiting and row.state is OrderState.DRAFT
    assert "100 мешков" in manager_page.orders.data(
        manager_page.orders.index(0, 4),
        3,  # ToolTipRole
    )
    assert not manager_page.ui.approveButton.isEnabled()


def test_status_filter_and_search(qtbot: QtBot, world: World) -> None:
    send(world, world.client_id, "GAI-M8", "100")
    send(world, world.partner_id, "GAI-M8", "100")
    page = page_for(qtbot, world, Actor(world.manager_id))
    assert len(page.orders.rows) == 2
    drafts = next(i for i, (title, _) in enumerate(FILTERS) if title == "Drafts")
    page.ui.stateCombo.setCurrentIndex(drafts)
    wait_all()
    qtbot.waitUntil(lambda: page.orders.rows == [])
    page.ui.stateCombo.setCurrentIndex(0)
    page.ui.searchEdit.setText("Строй")
    qtbot.waitUntil(
        lambda: [r.client_name for r in page.orders.rows] == ["Стройторг"], timeout=3000
    )


def test_new_order_from_the_orders_page_asks_for_the_client(qtbot: QtBot, world: World) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    from wholesale_desk.gui.orders.editor import OrderEditor

    page = page_for(qtbot, world, Actor(world.manager_id))
    picker = page.new_order()
    qtbot.waitExposed(picker)
    picker.search.setText("Строй")
    assert picker.list.count() == 1 and picker.list.item(0).text() == "Стройторг"
    qtbot.keyClick(picker.search, Qt.Key.Key_Return)
    editors = [w for w in QApplication.topLevelWidgets() if isinstance(w, OrderEditor)]
    assert editors and editors[-1].pricer.ctx.client_id == world.partner_id
    for editor in editors:
        editor.close()
