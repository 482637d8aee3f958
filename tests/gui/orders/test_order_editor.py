"""Typing an order the way a manager does: keyboard only, from an empty editor to 1C's outbox."""

from __future__ import annotations

import json
from datetime import date
from decimal import Decimal

from order_world import World
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QLineEdit
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from wholesale_desk import pricing
from wholesale_desk.gui.operations import wait_all
from wholesale_desk.gui.orders import OrderEditor
from wholesale_desk.gui.orders.lines import COL_PRODUCT, COL_QTY, ProductSearchEdit
from wholesale_desk.models import Order, OrderState, OutboxEntry
from wholesale_desk.services import orders
from wholesale_desk.services.terms import Actor
from wholesale_desk.store import Store

D = Decimal


def open_editor(qtbot: QtBot, w: World, client_id: str, **kwargs: object) -> OrderEditor:
    return open_editor_for(qtbot, w.store, client_id, Actor(w.manager_id), w.today, **kwargs)


def open_editor_for(
    qtbot: QtBot, store: Store, client_id: str, actor: Actor, today: date, **kwargs: object
) -> OrderEditor:
    editor = OrderEditor(store, client_id, actor=actor, today=today, **kwargs)  # type: ignore[arg-type]
    qtbot.addWidget(editor)
    editor.resize(1180, 760)
    editor.show()
    qtbot.waitExposed(editor)
    qtbot.waitUntil(lambda: editor.ui.linesView.currentIndex().column() == COL_PRODUCT)
    return editor


def type_text(qtbot: QtBot, text: str) -> None:
    """Keys go where the focus is, as on a keyboard (the grid opens its editor on the first).

    Each key carries its text, so Cyrillic arrives as typed on a Russian layout.
    """
    for ch in text:
        widget = QApplication.focusWidget()
        assert widget is not None
        if ch.isascii():
            qtbot.keyClick(widget, ch)
            continue
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, ch))
        QApplication.processEvents()


def press(
    qtbot: QtBot, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
) -> None:
    widget = QApplication.focusWidget()
    assert widget is not None
    qtbot.keyClick(widget, key, modifier)


def add_line(qtbot: QtBot, editor: OrderEditor, query: str, qty: str, downs: int = 0) -> None:
    rows_before = len(editor.model.rows)
    type_text(qtbot, query)
    search = QApplication.focusWidget()
    assert isinstance(search, ProductSearchEdit)
    qtbot.waitUntil(search.popup.isVisible)
    for _ in range(downs):
        press(qtbot, Qt.Key.Key_Down)
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(
        lambda: (
            isinstance(QApplication.focusWidget(), QLineEdit)
            and not isinstance(QApplication.focusWidget(), ProductSearchEdit)
        )
    )
    assert editor.ui.linesView.currentIndex().column() == COL_QTY
    press(qtbot, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    type_text(qtbot, qty)
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(
        lambda: (
            len(editor.model.rows) == rows_before + 1
            and editor.ui.linesView.currentIndex().row() == rows_before + 1
        )
    )


def test_manager_types_an_order_and_sends_it(qtbot: QtBot, world: World) -> None:
    editor = open_editor(qtbot, world, world.partner_id)
    add_line(qtbot, editor, "BLT-M8", "100")
    add_line(qtbot, editor, "гайка", "250")
    add_line(qtbot, editor, "профиль пн", "12")

    products = [r.product_id for r in editor.model.rows]
    assert products == [world.products[a] for a in ("BLT-M8-40", "GAI-M8", "PRF-PN-27")]
    assert [r.quantity for r in editor.model.rows] == [D(100), D(250), D(12)]
    first = editor.model.rows[0].priced
    assert first is not None and first.base_price == D("11.10") and first.amount == D("1054.50")
    tip = editor.model.index(0, COL_QTY).data(Qt.ItemDataRole.ToolTipRole)
    assert "Крупный опт" in tip and "Индивидуальное соглашение" in tip and "-55,50" in tip
    assert "15%" in editor.ui.tierHintLabel.text()
    assert "26.11.2026" in editor.ui.creditBanner.text() or "as of" in editor.ui.creditBanner.text()

    qtbot.keyClick(editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: editor.order.state is OrderState.QUEUED)
    wait_all()
    with world.store.session() as s:
        (entry,) = s.scalars(select(OutboxEntry)).all()
        body = json.loads(entry.payload)
        assert len(body["Товары"]) == 3
        order = s.get(Order, entry.ref_key)
        assert order is not None and order.amount == D(str(body["СуммаДокумента"]))
    assert not editor.ui.sendButton.isEnabled()  # on its way: no second send


def test_popup_shows_stock_and_this_clients_price(qtbot: QtBot, world: World) -> None:
    open_editor(qtbot, world, world.partner_id)
    type_text(qtbot, "blt-m8")
    search = QApplication.focusWidget()
    assert isinstance(search, ProductSearchEdit)
    qtbot.waitUntil(search.popup.isVisible)
    first = search.popup.items.item(0).text()
    # Large wholesale (the agreement's price type) less the agreement's 5%.
    assert "BLT-M8-40" in first and "11,10 −5% = 10,55" in first
    assert "Основной склад: 100" in first and "Склад Подольск: 25" in first
    press(qtbot, Qt.Key.Key_Escape)
    assert not search.popup.isVisible()


def test_zero_quantity_is_flagged_at_the_line_and_blocks_sending(
    qtbot: QtBot, world: World
) -> None:
    editor = open_editor(qtbot, world, world.client_id)
    add_line(qtbot, editor, "GAI-M8", "0")
    row = editor.model.rows[0]
    assert row.errors and "greater than zero" in str(row.errors[0])
    assert editor.model.index(0, COL_QTY).data(Qt.ItemDataRole.BackgroundRole) is not None
    assert not editor.ui.sendButton.isEnabled()
    assert "Line 1" in editor.ui.problemsLabel.text()


def test_discount_over_cap_asks_for_approval(qtbot: QtBot, world: World) -> None:
    editor = open_editor(qtbot, world, world.client_id)
    add_line(qtbot, editor, "KLEY", "10")
    editor.ui.orderDiscountEdit.setText("15")
    editor.ui.orderDiscountEdit.editingFinished.emit()
    assert editor.last_check is not None and editor.last_check.needs_approval
    assert "standard model" in editor.ui.problemsLabel.text()
    editor.send()
    qtbot.waitUntil(lambda: editor.order.state is OrderState.NEEDS_APPROVAL)
    assert "approve" in editor.ui.stateBanner.text()


def test_paste_from_excel_and_repeat(qtbot: QtBot, world: World) -> None:
    editor = open_editor(qtbot, world, world.client_id)
    editor.paste_text("BLT-M8-40\t10\nSHB-8\t200\nNOPE\t1\n")
    assert [r.quantity for r in editor.model.rows] == [D(10), D(200)]
    assert "NOPE" in editor.ui.problemsLabel.text()
    editor.save()
    qtbot.waitUntil(lambda: editor.order.order_id is not None)
    wait_all()
    second = open_editor(qtbot, world, world.client_id)
    second.repeat_last_order()
    assert [r.product_id for r in second.model.rows] == [
        world.products["BLT-M8-40"],
        world.products["SHB-8"],
    ]


def test_credit_banner_says_debt_as_of_last_sync(qtbot: QtBot, world: World) -> None:
    editor = open_editor(qtbot, world, world.client_id, credit_mode="block")
    text = editor.ui.creditBanner.text()
    assert "120\u202f000,00" in text and "20\u202f000,00" in text and "09:30" in text
    editor.paste_text("SVR-ELK-3\t400\n")  # 516 000 ₽ over a 500 000 limit
    assert editor.last_check is not None
    assert editor.last_check.priced.credit.status is pricing.CreditStatus.BLOCK
    assert "exceeds the credit limit" in editor.ui.creditBanner.text()
    assert not editor.ui.sendButton.isEnabled()


def test_a_sent_order_shows_what_was_recorded_and_follows_1c(qtbot: QtBot, world: World) -> None:
    from wholesale_desk.gui.orders.editor import refresh_open_editors

    editor = open_editor(qtbot, world, world.partner_id)
    editor.paste_text("PRF-PN-27\t10\n")
    editor.send()
    qtbot.waitUntil(lambda: editor.order.state is OrderState.QUEUED)
    wait_all()
    assert editor.model.read_only and not editor.ui.saveButton.isEnabled()
    line = editor.model.rows[0].priced
    assert line is not None and line.amount == D("902.50")
    tip = editor.model.index(0, COL_QTY).data(Qt.ItemDataRole.ToolTipRole)
    assert "As recorded on the order" in tip and "-47,50" in tip
    with world.store.transaction() as s:
        order = s.get(Order, editor.order.order_id)
        assert order is not None
        order.state, order.number, order.data_version = OrderState.ACCEPTED.value, "ТД-00042", "V1"
    refresh_open_editors()
    assert "ТД-00042" in editor.ui.titleLabel.text()
    # Accepted by 1C: editable again, and changes go to 1C as an update (no local-only save).
    assert editor.ui.sendButton.isEnabled() and not editor.ui.saveButton.isEnabled()


def test_print_invoice_of_a_saved_order(qtbot: QtBot, world: World) -> None:
    editor = open_editor(qtbot, world, world.client_id)
    assert not editor.ui.printButton.isEnabled()  # nothing saved yet
    editor.paste_text("GAI-M8\t10\n")
    editor.save()
    qtbot.waitUntil(lambda: editor.order.order_id is not None)
    wait_all()
    assert editor.ui.printButton.isEnabled()
    task = editor.print_invoice()
    assert task is not None
    wait_all(30)
    from wholesale_desk.gui.documents.actions import last_preview

    preview = last_preview()
    assert preview is not None
    preview.close()


def test_closing_with_typed_lines_keeps_them_as_a_draft(qtbot: QtBot, world: World) -> None:
    editor = open_editor(qtbot, world, world.client_id)
    add_line(qtbot, editor, "SHB-8", "300")
    assert editor.dirty
    editor.close()
    (row,) = orders.list_orders(world.store)
    assert row.state is OrderState.DRAFT and row.lines == 1


def test_ctrl_enter_from_a_cell_being_typed_takes_the_typed_value(
    qtbot: QtBot, world: World
) -> None:
    editor = open_editor(qtbot, world, world.client_id)
    add_line(qtbot, editor, "SHB-8", "300")
    index = editor.model.index(0, COL_QTY)
    editor.ui.linesView.setCurrentIndex(index)
    editor.ui.linesView.edit(index)
    qtbot.waitUntil(lambda: isinstance(QApplication.focusWidget(), QLineEdit))
    press(qtbot, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    type_text(qtbot, "450")
    qtbot.keyClick(editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: editor.order.state is OrderState.QUEUED)
    assert editor.order.lines[0].quantity == D(450)


def test_quitting_the_main_window_keeps_an_open_editors_lines(
    qtbot: QtBot, world: World, main_window: object
) -> None:
    from wholesale_desk.gui.orders import open_order_editor

    editor = open_order_editor(
        world.store,
        world.client_id,
        main_window,
        actor=Actor(world.manager_id),
        today=world.today,  # type: ignore[arg-type]
    )
    editor.paste_text("GAI-M8\t40\n")
    main_window.close()  # type: ignore[attr-defined]
    (row,) = orders.list_orders(world.store)
    assert row.state is OrderState.DRAFT and row.lines == 1
