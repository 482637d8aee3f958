"""A manager prints an order's invoice with its payment QR code; it reaches 1C as a
СчетНаОплатуКлиенту; as the client's money arrives in 1C the invoice reads "partly paid", then
"paid", in the Receivables page's Invoices tab, the order list and the client's timeline."""

from __future__ import annotations

import uuid
from datetime import datetime
from decimal import Decimal
from pathlib import Path

from documents.qr_reading import decode_qr
from sqlalchemy import select

from wholesale_desk.documents import payment_qr
from wholesale_desk.gui.documents.actions import last_preview
from wholesale_desk.gui.documents.preview import DocumentPreviewDialog
from wholesale_desk.gui.orders.editor import OrderEditor
from wholesale_desk.models import Invoice, Order
from wholesale_desk.onec.client import OneCClient
from wholesale_desk.services.invoices import PaymentState
from wholesale_desk.workspace import DEMO_PASSWORD

INVOICES = "Document_СчетНаОплатуКлиенту"
BANK = "Document_ПоступлениеБезналичныхДенежныхСредств"


def _pay(desk, invoice_id: str, client_id: str, amount: Decimal) -> None:
    """The office's accountant records the client's bank receipt in 1C against the invoice."""
    ws = desk.workspace
    onec = OneCClient(ws.settings.url, ws.settings.user, DEMO_PASSWORD)
    ref = str(uuid.uuid4())
    onec.create(
        BANK,
        {
            "Ref_Key": ref,
            "Date": datetime.now().replace(microsecond=0).isoformat(),
            "ХозяйственнаяОперация": "ПоступлениеОплатыОтКлиента",
            "Партнер_Key": client_id,
            "СуммаДокумента": amount,
            "РасшифровкаПлатежа": [
                {
                    "LineNumber": "1",
                    "Партнер_Key": client_id,
                    "ОснованиеПлатежа": invoice_id,
                    "ОснованиеПлатежа_Type": f"StandardODATA.{INVOICES}",
                    "Сумма": amount,
                }
            ],
        },
    )
    onec.post_document(BANK, ref)


def _sync(desk) -> None:
    desk.controller.sync_now()
    desk.wait_for_sync(60_000)


def _invoices_status(desk, invoice_id: str) -> str:
    page = desk.show_section("receivables")
    tab = page.invoices
    page.ui.tabs.setCurrentWidget(tab)
    tab.ui.unpaidOnlyCheck.setChecked(False)
    tab.reload()
    desk.settle()
    assert tab.select_invoice(invoice_id), "the invoice is not in the Invoices tab"
    row = tab.selected()
    assert row is not None
    column = tab.model.columnCount() - 1
    return tab.model.index(tab.ui.invoicesView.currentIndex().row(), column).data()


def test_invoice_with_qr_reaches_1c_and_reads_partly_paid_then_paid(desk, tmp_path: Path):
    store = desk.workspace.store
    with store.session() as s:
        order = s.scalars(
            select(Order)
            .where(Order.posted.is_(True), Order.amount > 0, Order.status_1c == "КОтгрузке")
            .order_by(Order.date.desc())
        ).first()
        assert order is not None
        order_id, client_id = order.id, order.client_id

    # the manager opens the order from the list and presses Ctrl+P
    orders_page = desk.show_section("orders")
    editor = orders_page.open_order(
        next(r for r in orders_page.orders.rows if r.order_id == order_id)
    )
    assert isinstance(editor, OrderEditor)
    desk.wait_until(lambda: editor.ui.printButton.isEnabled())
    editor.ui.printButton.click()
    preview = desk.wait_for_dialog(DocumentPreviewDialog)
    assert preview is last_preview()
    desk.screenshot("invoice-preview", preview)

    # the printed page carries the ГОСТ code: our requisites and the total to the kopeck
    data = preview.prepared.data
    fields = payment_qr.parse(decode_qr(preview.prepared.pdf, tmp_path))
    assert fields["header"] == "ST00012"
    assert fields["PersonalAcc"] == data.supplier.bank.account
    assert fields["BIC"] == data.supplier.bank.bik
    assert fields["CorrespAcc"] == data.supplier.bank.correspondent_account
    assert fields["PayeeINN"] == data.supplier.inn
    assert Decimal(fields["Sum"]) / 100 == data.total_due
    preview.reject()
    # the order's title now tells whether its invoice is paid
    desk.wait_until(lambda: "invoice: " in editor.ui.titleLabel.text())
    title = editor.ui.titleLabel.text()
    assert "invoice: unpaid" in title or "invoice: overdue" in title, title
    editor.close()

    with store.session() as s:
        invoice = s.scalars(select(Invoice).where(Invoice.order_id == order_id)).one()
        invoice_id, total = invoice.id, invoice.amount
        assert invoice.number is None  # not in 1C yet

    _sync(desk)
    emulator = desk.workspace.emulator
    in_1c = emulator.base.get(INVOICES, invoice_id)
    assert in_1c is not None and in_1c["ДокументОснование"] == order_id
    with store.session() as s:
        assert s.get(Invoice, invoice_id).number == in_1c["Number"]
    shown = _invoices_status(desk, invoice_id)
    assert shown.startswith("unpaid") or shown.startswith("overdue")

    part = (total / 2).quantize(Decimal("0.01"))
    _pay(desk, invoice_id, client_id, part)
    _sync(desk)
    shown = _invoices_status(desk, invoice_id)
    assert shown.startswith("partly paid (") and shown.count(" of ") == 1
    desk.screenshot("invoices-tab-partly-paid")

    _pay(desk, invoice_id, client_id, total - part)
    _sync(desk)
    assert _invoices_status(desk, invoice_id) == "paid"

    # the order list says so too
    orders_page = desk.show_section("orders")
    orders_page.reload()
    desk.settle()
    row = next(r for r in orders_page.orders.rows if r.order_id == order_id)
    assert row.invoice is not None and row.invoice.state is PaymentState.PAID
    desk.screenshot("orders-invoice-column")

    # and so does the client's timeline
    clients = desk.show_section("clients")
    clients.open_client(client_id)
    desk.settle()
    timeline = clients.card.timeline
    (item,) = [i for i in timeline.items if i.id == invoice_id]
    number = timeline.index(timeline.items.index(item), 3).data()
    assert "paid" in number and "partly" not in number
    desk.screenshot("client-timeline-invoice")


def test_an_unpaid_invoice_is_one_click_from_its_reminder(desk):
    store = desk.workspace.store
    with store.session() as s:
        order = s.scalars(
            select(Order)
            .where(Order.posted.is_(True), Order.amount > 0, Order.status_1c == "КОтгрузке")
            .order_by(Order.date.desc())
        ).first()
        assert order is not None
        order_id = order.id
    from wholesale_desk.gui.documents import actions

    task = actions.open_invoice(desk.window, desk.workspace, order_id)
    desk.wait_until(lambda: task.done)
    preview = desk.wait_for_dialog(DocumentPreviewDialog)
    preview.reject()
    page = desk.show_section("receivables")
    page.ui.tabs.setCurrentWidget(page.invoices)
    page.invoices.reload()
    desk.settle()
    view = page.invoices.ui.invoicesView
    with desk.workspace.store.session() as s:
        invoice = s.scalars(select(Invoice).where(Invoice.order_id == order_id)).one()
    assert page.invoices.select_invoice(invoice.id), "the unpaid invoice is not listed"
    desk.screenshot("invoices-tab")
    desk.double_click_row(view, view.currentIndex().row())
    letter = desk.wait_for_dialog(DocumentPreviewDialog)
    assert letter.prepared.kind == "Напоминание об оплате"
    assert "Счет на оплату" in letter.prepared.data.items[0].document
    desk.screenshot("invoice-reminder", letter)


def test_the_russian_invoices_tab_speaks_russian(russian_desk):
    desk = russian_desk
    with desk.workspace.store.session() as s:
        order = s.scalars(
            select(Order)
            .where(Order.posted.is_(True), Order.amount > 0, Order.status_1c == "КОтгрузке")
            .order_by(Order.date.desc())
        ).first()
        assert order is not None
        order_id = order.id
    from wholesale_desk.gui.documents import actions

    task = actions.open_invoice(desk.window, desk.workspace, order_id)
    desk.wait_until(lambda: task.done)
    desk.wait_for_dialog(DocumentPreviewDialog).reject()
    page = desk.show_section("receivables")
    assert page.ui.tabs.tabText(page.ui.tabs.indexOf(page.invoices)) == "Счета"
    page.ui.tabs.setCurrentWidget(page.invoices)
    page.invoices.reload()
    desk.settle()
    with desk.workspace.store.session() as s:
        invoice = s.scalars(select(Invoice).where(Invoice.order_id == order_id)).one()
    assert page.invoices.select_invoice(invoice.id), "the unpaid invoice is not listed"
    row = page.invoices.ui.invoicesView.currentIndex().row()
    status = page.invoices.model.index(row, page.invoices.model.columnCount() - 1).data()
    assert status.startswith(("не оплачен", "просрочен на")), status
    desk.screenshot("invoices-tab", page)
