"""Journeys where the window must tell the truth: 1C taken away, a conflict with 1C, an order held
for approval. Each starts the window as `wholesale-desk --demo` does (tests/acceptance/conftest.py)."""

from __future__ import annotations

import sys
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import Qt
from sqlalchemy import select

from wholesale_desk import pricing
from wholesale_desk.demo.server import EmulatorServer
from wholesale_desk.gui.orders import open_order_editor
from wholesale_desk.gui.session.conflicts_dialog import ConflictsDialog
from wholesale_desk.models import Agreement, Client, Order, OrderState, Price, Product, Warehouse
from wholesale_desk.services import orders
from wholesale_desk.services.terms import Actor

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "gui" / "orders"))
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "services"))
from test_order_editor import add_line

ORDERS = "Document_ЗаказКлиента"


def press_f5(desk) -> None:
    """F5, as a person presses it (the window's Sync now), then wait for that run to end."""
    controller = desk.controller
    desk.wait_until(lambda: controller.sync_task is None or controller.sync_task.done, 60_000)
    before = controller.sync_task
    desk.activate()
    desk.qtbot.keyClick(desk.window, Qt.Key.Key_F5)
    desk.wait_until(lambda: controller.sync_task is not before, 5_000)  # F5 started a new run
    desk.wait_for_sync(90_000)


def status_text(desk) -> str:
    return desk.window.sync_status.ui.lastSyncLabel.text()


def connection_text(desk) -> str:
    return desk.window.sync_status.ui.connectionLabel.text()


def test_with_1c_away_the_failure_stays_in_the_status_bar_until_a_sync_succeeds(desk):
    assert status_text(desk) == "Synced just now"
    ws = desk.workspace
    emulator = ws.emulator
    assert emulator is not None
    port = emulator.port
    emulator.stop()  # 1C goes away (the server is switched off)

    press_f5(desk)
    assert "Sync failed: 1C cannot be reached" in status_text(desk)
    assert "last successful sync" in status_text(desk)
    assert connection_text(desk).endswith("Offline")
    tooltip = desk.window.sync_status.ui.lastSyncLabel.toolTip()
    assert "your changes are kept" in tooltip

    press_f5(desk)  # still away: still the failure, never "Synced …"
    assert "Sync failed" in status_text(desk)

    back = EmulatorServer(emulator.base, port=port).start()  # 1C is back on the same address
    ws.emulator = back
    ws._closers.append(back.stop)
    press_f5(desk)
    assert status_text(desk) == "Synced just now"
    assert connection_text(desk).endswith("Online")


def test_russian_status_bar_after_a_failed_sync(russian_desk):
    desk = russian_desk
    desk.workspace.emulator.stop()
    press_f5(desk)
    assert "Синхронизация не удалась: нет связи с 1С" in status_text(desk)
    assert connection_text(desk).endswith("Нет связи")
    # README's resources/screenshots/status_sync_failed.png is this picture.
    assert desk.screenshot("status-sync-failed").exists()


# --- a conflict ------------------------------------------------------------------------------
def order_in_1c(desk) -> str:
    """An order sent from here and accepted by 1C (set up through the services, then synced)."""
    ws = desk.workspace
    with ws.store.session() as s:
        client_id = s.scalar(
            select(Agreement.client_id)
            .join(Client, Client.id == Agreement.client_id)
            .where(Agreement.is_typical.is_(False), Agreement.status == "Действует")
            .order_by(Client.code)
        )
        products = list(
            s.scalars(
                select(Product.id)
                .join(Price, Price.product_id == Product.id)
                .group_by(Product.id)
                .order_by(Product.code)
                .limit(2)
            )
        )
        warehouse = s.scalar(select(Warehouse.id).order_by(Warehouse.name))
    actor = Actor(ws.user.manager_id, pricing.Role.HEAD_OF_SALES)
    draft = orders.OrderInput(
        client_id=client_id,
        order_date=date.today(),
        shipment_date=date.today() + timedelta(days=2),
        warehouse_id=warehouse,
        lines=[
            orders.LineInput(products[0], Decimal(3)),
            orders.LineInput(products[1], Decimal(5)),
        ],
    )
    sent = orders.send_order(ws.store, draft, orders.OrderPricer(ws.store, client_id, actor))
    assert sent.order_id is not None
    press_f5(desk)
    accepted = orders.load_order(ws.store, sent.order_id)
    assert accepted.number and accepted.data_version, accepted
    return sent.order_id


def make_conflict(desk) -> str:
    """Edit the order here (quantity and comment) while 1C changes it too, then F5."""
    ws = desk.workspace
    order_id = order_in_1c(desk)
    mine = orders.load_order(ws.store, order_id)
    mine.lines[0].quantity = Decimal(7)
    mine.comment = "Клиент просил 7 штук"
    actor = Actor(ws.user.manager_id, pricing.Role.HEAD_OF_SALES)
    pricer = orders.OrderPricer(ws.store, mine.client_id, actor, exclude_order_id=order_id)
    orders.send_order(ws.store, mine, pricer)
    base = ws.emulator.base
    theirs = base.get(ORDERS, order_id)
    theirs["Комментарий"] = "Склад: отгрузка частями"
    theirs["Товары"][1]["Количество"] = 6
    base.put(ORDERS, theirs)
    press_f5(desk)
    return order_id


def test_a_conflict_is_named_and_resolved_in_the_dialog(desk):
    order_id = make_conflict(desk)
    page = desk.show_section("orders")
    desk.wait_until(lambda: any(r.order_id == order_id for r in page.orders.rows))
    row = next(i for i, r in enumerate(page.orders.rows) if r.order_id == order_id)
    assert page.orders.index(row, 4).data() == "Conflict with 1C"
    detail = page.orders.index(row, 4).data(Qt.ItemDataRole.ToolTipRole)
    assert "View → Conflicts with 1C…" in detail

    editor = page.open_order(page.orders.rows[row])
    desk.wait_until(lambda: editor.ui.stateBanner.isVisible())
    assert "Open View → Conflicts with 1C…" in editor.ui.stateBanner.text()
    assert "Conflict with 1C" in editor.ui.titleLabel.text()
    editor.close()

    # The one menu path the banner names: View → Conflicts with 1C…
    view_menu = desk.window.ui.menuView
    action = next(a for a in view_menu.actions() if a.text() == "&Conflicts with 1C…")
    action.trigger()
    dialog = desk.wait_for_dialog(ConflictsDialog)
    assert dialog.list.count() == 1
    assert dialog.list.item(0).text().startswith("Order ")
    fields = {
        dialog.fields.item(r, 0).text(): (
            dialog.fields.item(r, 1).text(),
            dialog.fields.item(r, 2).text(),
        )
        for r in range(dialog.fields.rowCount())
    }
    assert fields["Comment"] == ("Клиент просил 7 штук", "Склад: отгрузка частями")
    assert "agreement_id" not in fields and "Agreement" in fields
    assert not any("-" in v and len(v) == 36 for pair in fields.values() for v in pair)  # no GUIDs
    mine_lines, their_lines = dialog.mine_lines, dialog.their_lines
    assert mine_lines.item(0, 2).text() == "7" and their_lines.item(0, 2).text() == "3"
    assert mine_lines.item(0, 2).font().bold()  # the changed cell is marked
    assert not mine_lines.item(0, 3).font().bold()  # the price did not change
    assert their_lines.item(1, 2).text() == "6" and their_lines.item(1, 2).font().bold()

    desk.click(dialog.take_button)  # take 1C's version
    desk.wait_until(lambda: dialog.list.count() == 0)
    desk.wait_for_sync(90_000)
    dialog.reject()
    with desk.workspace.store.session() as s:
        stored = s.get(Order, order_id)
        assert stored is not None and stored.comment == "Склад: отгрузка частями"
    page.reload()
    desk.settle()
    row = next(i for i, r in enumerate(page.orders.rows) if r.order_id == order_id)
    assert page.orders.index(row, 4).data() != "Conflict with 1C"


def test_russian_conflicts_dialog(russian_desk):
    desk = russian_desk
    make_conflict(desk)
    dialog = desk.controller.show_conflicts()
    assert isinstance(dialog, ConflictsDialog)
    desk.wait_until(dialog.isVisible)
    titles = [dialog.fields.item(r, 0).text() for r in range(dialog.fields.rowCount())]
    assert "Комментарий" in titles and "Соглашение" in titles
    assert all(t.isascii() is False for t in titles)  # no English field name in the Russian UI
    assert dialog.list.item(0).text().startswith("Заказ ")
    dialog.resize(1180, 640)
    desk.settle()
    # README's resources/screenshots/conflicts_dialog.png is this picture.
    assert desk.screenshot("conflicts-dialog", dialog).exists()


# --- an order held for approval --------------------------------------------------------------
def test_a_held_order_is_described_truthfully_and_cannot_be_invoiced(desk):
    ws = desk.workspace
    with ws.store.session() as s:
        client_id, article = s.execute(
            select(Agreement.client_id, Product.article)
            .join(Client, Client.id == Agreement.client_id)
            .join(Price, Price.product_id != "")
            .join(Product, Product.id == Price.product_id)
            .where(Agreement.is_typical.is_(False), Agreement.status == "Действует")
            .where(Product.article != "")
            .order_by(Client.code, Product.code)
            .limit(1)
        ).one()
    desk.show_section("orders")
    editor = open_order_editor(ws.store, client_id, desk.window)
    desk.wait_until(editor.isVisible)
    desk.settle()
    editor.ui.linesView.setFocus()
    add_line(desk.qtbot, editor, article, "4")
    editor.ui.orderDiscountEdit.setText("60")  # far beyond any cooperation model's cap
    editor.ui.orderDiscountEdit.editingFinished.emit()
    assert editor.last_check is not None and editor.last_check.needs_approval
    assert not editor.ui.printButton.isEnabled()

    editor.send()
    desk.wait_until(lambda: editor.order.state is OrderState.NEEDS_APPROVAL)
    said = editor.ui.problemsLabel.text()
    assert "Queued for 1C" not in said
    assert "waits for a head of sales to approve it" in said
    assert "Waiting for a head of sales" in editor.ui.stateBanner.text()
    assert not editor.ui.printButton.isEnabled()
    assert "not approved yet" in editor.ui.printButton.toolTip()
    desk.screenshot("held-order", editor)

    page = desk.page("orders")
    page.reload()
    desk.settle()
    row = next(i for i, r in enumerate(page.orders.rows) if r.order_id == editor.order.order_id)
    desk.select_row(page.ui.ordersView, row)
    assert not page.ui.printInvoicesButton.isEnabled()
    assert "not approved yet" in page.ui.printInvoicesButton.toolTip()
    editor.close()
