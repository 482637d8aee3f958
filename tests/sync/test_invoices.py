"""Invoices printed from an order reach 1C as СчетНаОплатуКлиенту once, come back with 1C's
number, and read "partly paid" / "paid" as the office records the client's money in 1C."""

from __future__ import annotations

import uuid
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

from sqlalchemy import select

from sync.helpers import make_engine, settings_for
from sync.seed import HEAD, HEAD_PASSWORD
from sync.test_push import created
from wholesale_desk.demo.base import EmulatorBase
from wholesale_desk.demo.server import EmulatorServer
from wholesale_desk.models import Invoice, Order, OutboxEntry
from wholesale_desk.onec.client import OneCClient
from wholesale_desk.services import documents, invoices
from wholesale_desk.services.invoices import PaymentState
from wholesale_desk.store import Store

INVOICES = "Document_СчетНаОплатуКлиенту"
BANK = "Document_ПоступлениеБезналичныхДенежныхСредств"


def _an_open_order(store: Store) -> str:
    with store.session() as s:
        order = s.scalars(
            select(Order)
            .where(Order.posted.is_(True), Order.amount > 0, Order.deletion_mark.is_(False))
            .order_by(Order.date.desc())
        ).first()
        assert order is not None
        return order.id


def _print_invoice(store: Store, order_id: str) -> tuple[str, Decimal]:
    """What printing from the order does: build the invoice, issue it, commit."""
    with store.session() as s:
        order = s.get(Order, order_id)
        assert order is not None
        data = invoices.issue(s, order, documents.invoice_for_order(s, order))
        s.commit()
        invoice = invoices.invoice_for(s, order_id)
        assert invoice is not None
        return invoice.id, data.total_due


def _office_records_payment(
    server: EmulatorServer, client_id: str, basis: str, basis_type: str, amount: Decimal
) -> None:
    """The accountant enters a bank receipt in 1C and posts it (over HTTP, as 1C's own UI)."""
    settings = settings_for(server, HEAD)
    onec = OneCClient(settings.url, HEAD, HEAD_PASSWORD)
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
                    "ОснованиеПлатежа": basis,
                    "ОснованиеПлатежа_Type": f"StandardODATA.{basis_type}",
                    "Сумма": amount,
                }
            ],
        },
    )
    onec.post_document(BANK, ref)


def test_printed_invoice_reaches_1c_once_and_reads_its_payments(
    base: EmulatorBase, server: EmulatorServer, store: Store, tmp_path: Path
) -> None:
    engine = make_engine(store, server, tmp_path)
    assert engine.run().ok
    order_id = _an_open_order(store)
    invoice_id, total = _print_invoice(store, order_id)
    assert _print_invoice(store, order_id)[0] == invoice_id  # a reprint is the same invoice
    with store.session() as s:
        assert s.query(OutboxEntry).filter_by(ref_key=invoice_id).count() == 1

    result = engine.run()
    assert result.ok, result.errors
    in_1c = base.get(INVOICES, invoice_id)
    assert in_1c is not None
    assert in_1c["ДокументОснование"] == order_id
    assert in_1c["ДокументОснование_Type"] == "StandardODATA.Document_ЗаказКлиента"
    assert Decimal(str(in_1c["СуммаДокумента"])) == total
    assert created(server, INVOICES) == 1
    with store.session() as s:
        invoice = s.get(Invoice, invoice_id)
        assert invoice is not None and invoice.number == in_1c["Number"]
        client_id = invoice.client_id
        assert invoices.order_invoice_statuses(s, [order_id])[order_id].state in (
            PaymentState.UNPAID,
            PaymentState.OVERDUE,
        )
    # printed again after the sync: 1C's number on the paper, still one document in 1C
    with store.session() as s:
        order = s.get(Order, order_id)
        assert order is not None
        data = invoices.issue(s, order, documents.invoice_for_order(s, order))
        assert data.number == in_1c["Number"]

    part = (total / 3).quantize(Decimal("0.01"))
    _office_records_payment(server, client_id, invoice_id, INVOICES, part)
    assert engine.run().ok
    with store.session() as s:
        (row,) = [
            r for r in invoices.invoice_rows(s, client_id=client_id) if r.invoice_id == invoice_id
        ]
        assert row.status.state is PaymentState.PARTLY_PAID
        assert (row.status.paid, row.status.total) == (part, total)
        assert row.number == in_1c["Number"] and row.sent

    # the rest arrives against the order, as many clients pay "по заказу"
    _office_records_payment(server, client_id, order_id, "Document_ЗаказКлиента", total - part)
    assert engine.run().ok
    with store.session() as s:
        st = invoices.order_invoice_statuses(s, [order_id], date.today())[order_id]
        assert st.state is PaymentState.PAID and st.paid == total
        unpaid = invoices.invoice_rows(s, client_id=client_id, unpaid_only=True)
        assert invoice_id not in {r.invoice_id for r in unpaid}
    assert created(server, INVOICES) == 1


def test_an_order_paid_by_its_shipment_reads_paid(
    base: EmulatorBase, server: EmulatorServer, store: Store, tmp_path: Path
) -> None:
    """1C often settles by накладная: money naming the order's shipment pays its invoice too,
    so an invoice printed late for a paid order never claims it is overdue."""
    from wholesale_desk.models import Payment, PaymentAllocation, Shipment

    engine = make_engine(store, server, tmp_path)
    assert engine.run().ok
    with store.session() as s:
        paid_shipment = s.scalars(
            select(Shipment)
            .join(PaymentAllocation, PaymentAllocation.basis_id == Shipment.id)
            .join(Payment, Payment.id == PaymentAllocation.payment_id)
            .where(Shipment.order_id.is_not(None), Payment.posted.is_(True))
        ).first()
        assert paid_shipment is not None and paid_shipment.order_id is not None
        order_id = paid_shipment.order_id
        order = s.get(Order, order_id)
        assert order is not None
        shipped = sum(
            (sh.amount for sh in s.scalars(select(Shipment).where(Shipment.order_id == order_id))),
            Decimal(0),
        )
    invoice_id, total = _print_invoice(store, order_id)
    with store.session() as s:
        st = invoices.order_invoice_statuses(s, [order_id])[order_id]
    assert shipped == total  # the seed ships and pays its orders whole
    assert st.state is PaymentState.PAID and st.paid == total
    with store.session() as s:
        unpaid = invoices.invoice_rows(s, unpaid_only=True)
    assert invoice_id not in {r.invoice_id for r in unpaid}
