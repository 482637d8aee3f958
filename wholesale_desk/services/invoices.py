"""Invoices (счета на оплату): issued once per order when printed, and whether each is paid.

Issuing: printing an order's invoice writes an `Invoice` with our own key and queues
`Document_СчетНаОплатуКлиенту` for 1C in the same transaction; printing it again reuses it
(an order has one invoice), so 1C gets exactly one document however often it is printed.

Payment status: 1C records money as bank receipts and cash receipts whose `РасшифровкаПлатежа`
rows name a settlement document (`ОснованиеПлатежа`). A row naming the invoice counts for it; a
row naming its order (or one of the order's shipments, where 1C settles by накладная) counts for
the order's invoices, oldest first. Partial payments add up.
Everything is `Decimal`; the wording is the GUI's (`gui/invoice_status.py`), through tr().
"""

from __future__ import annotations

import enum
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from wholesale_desk import documents as doc
from wholesale_desk.documents.invoice import payment_request
from wholesale_desk.models import (
    BankAccount,
    Client,
    Invoice,
    Order,
    OrderState,
    Payment,
    PaymentAllocation,
    Shipment,
    new_guid,
)
from wholesale_desk.money import ZERO
from wholesale_desk.store import Store
from wholesale_desk.sync import outbox
from wholesale_desk.sync.mapping import to_onec

ENTITY = "Document_СчетНаОплатуКлиенту"


class PaymentState(enum.StrEnum):
    PAID = "paid"
    PARTLY_PAID = "partly_paid"
    UNPAID = "unpaid"  # not yet due
    OVERDUE = "overdue"


@dataclass(frozen=True)
class InvoiceStatus:
    """What a manager is asked: paid? how much of it? when was it due?"""

    state: PaymentState
    total: Decimal
    paid: Decimal
    due_date: date | None
    days: int  # days until the due date (unpaid) or past it (overdue); 0 otherwise

    @property
    def outstanding(self) -> Decimal:
        return max(self.total - self.paid, ZERO)

    @property
    def settled(self) -> bool:
        return self.state is PaymentState.PAID


@dataclass(frozen=True)
class InvoiceRow:
    """One line of the Invoices tab."""

    invoice_id: str
    number: str
    date: date
    client_id: str
    client_name: str
    order_id: str | None
    order_number: str
    status: InvoiceStatus
    sent: bool  # 1C has it (it came from 1C, or our push was answered)


def status(total: Decimal, paid: Decimal, due: date | None, today: date) -> InvoiceStatus:
    """The status from the figures: paid in full, partly, or not yet (due or overdue)."""
    if total > 0 and paid >= total:
        return InvoiceStatus(PaymentState.PAID, total, paid, due, 0)
    if paid > 0:
        return InvoiceStatus(PaymentState.PARTLY_PAID, total, paid, due, 0)
    days = (due - today).days if due is not None else 0
    if days < 0:
        return InvoiceStatus(PaymentState.OVERDUE, total, paid, due, -days)
    return InvoiceStatus(PaymentState.UNPAID, total, paid, due, days)


def _payments_by_basis(session: Session, bases: set[str]) -> dict[str, Decimal]:
    """Σ of posted, unmarked payment rows per settlement document among `bases`."""
    sums: dict[str, Decimal] = defaultdict(lambda: ZERO)
    if not bases:
        return sums
    rows = session.execute(
        select(PaymentAllocation.basis_id, PaymentAllocation.amount)
        .join(Payment, Payment.id == PaymentAllocation.payment_id)
        .where(
            PaymentAllocation.basis_id.in_(sorted(bases)),
            Payment.posted.is_(True),
            Payment.deletion_mark.is_(False),
        )
    )
    for basis, amount in rows:
        sums[str(basis)] += amount
    return sums


def _due(invoice: Invoice, order: Order | None) -> date:
    if invoice.due_date is not None:
        return invoice.due_date
    stages = [s.due_date for s in order.payment_stages if s.due_date] if order else []
    return max(stages) if stages else invoice.date.date()


def statuses(
    session: Session, invoices: Sequence[Invoice], today: date | None = None
) -> dict[str, InvoiceStatus]:
    """Each invoice's status by id, from one query over the payments that name them."""
    today = today or date.today()
    order_ids = {i.order_id for i in invoices if i.order_id}
    orders = (
        {o.id: o for o in session.scalars(select(Order).where(Order.id.in_(order_ids)))}
        if order_ids
        else {}
    )
    # Money settles the order itself or, where 1C settles by shipment (накладная), the
    # order's shipments: both pay the order's invoices.
    shipments: dict[str, str] = (
        {
            str(sid): str(oid)
            for sid, oid in session.execute(
                select(Shipment.id, Shipment.order_id).where(
                    Shipment.order_id.in_(order_ids), Shipment.deletion_mark.is_(False)
                )
            )
        }
        if order_ids
        else {}
    )
    by_basis = _payments_by_basis(session, {i.id for i in invoices} | order_ids | set(shipments))
    for shipment_id, order_id in shipments.items():
        if shipment_id in by_basis:
            by_basis[order_id] = by_basis.get(order_id, ZERO) + by_basis[shipment_id]
    # Money paid against an order goes to its invoices oldest first (all of them, not only
    # those asked about, so the answer does not depend on which page is shown).
    siblings: dict[str, list[Invoice]] = defaultdict(list)
    if order_ids:
        for inv in session.scalars(
            select(Invoice)
            .where(Invoice.order_id.in_(order_ids), Invoice.deletion_mark.is_(False))
            .order_by(Invoice.date, Invoice.id)
        ):
            siblings[str(inv.order_id)].append(inv)
    from_order: dict[str, Decimal] = {}
    for order_id, group in siblings.items():
        left = by_basis.get(order_id, ZERO)
        for inv in group:
            need = max(inv.amount - by_basis.get(inv.id, ZERO), ZERO)
            take = min(need, left) if inv is not group[-1] else left
            from_order[inv.id] = take
            left -= take
    out: dict[str, InvoiceStatus] = {}
    for inv in invoices:
        paid = by_basis.get(inv.id, ZERO) + from_order.get(inv.id, ZERO)
        order = orders.get(inv.order_id or "")
        out[inv.id] = status(inv.amount, paid, _due(inv, order), today)
    return out


def order_invoice_statuses(
    session: Session, order_ids: Iterable[str], today: date | None = None
) -> dict[str, InvoiceStatus]:
    """Per order: the status of its (latest) invoice; orders without one are absent."""
    ids = sorted(set(order_ids))
    if not ids:
        return {}
    latest: dict[str, Invoice] = {}
    for inv in session.scalars(
        select(Invoice)
        .where(
            Invoice.order_id.in_(ids),
            Invoice.deletion_mark.is_(False),
            Invoice.cancelled.is_(False),
        )
        .order_by(Invoice.date, Invoice.id)
    ):
        latest[str(inv.order_id)] = inv
    found = statuses(session, list(latest.values()), today)
    return {order_id: found[inv.id] for order_id, inv in latest.items()}


def order_status(store: Store, order_id: str) -> InvoiceStatus | None:
    """The order's invoice status for the order editor (None: no invoice issued yet)."""
    with store.session() as session:
        return order_invoice_statuses(session, [order_id]).get(order_id)


def invoice_rows(
    session: Session,
    *,
    client_id: str | None = None,
    unpaid_only: bool = False,
    today: date | None = None,
) -> list[InvoiceRow]:
    """The invoices to show, newest first, each with its status."""
    query = select(Invoice).where(Invoice.deletion_mark.is_(False), Invoice.cancelled.is_(False))
    if client_id is not None:
        query = query.where(Invoice.client_id == client_id)
    invoices = list(session.scalars(query.order_by(Invoice.date.desc(), Invoice.id)))
    found = statuses(session, invoices, today)
    clients = {
        c.id: c.name
        for c in session.scalars(
            select(Client).where(Client.id.in_({i.client_id for i in invoices}))
        )
    }
    order_ids = {i.order_id for i in invoices if i.order_id}
    numbers = {
        str(k): v or ""
        for k, v in session.execute(select(Order.id, Order.number).where(Order.id.in_(order_ids)))
    }
    waiting = outbox.open_refs(session)
    rows = []
    for inv in invoices:
        st = found[inv.id]
        if unpaid_only and st.settled:
            continue
        rows.append(
            InvoiceRow(
                invoice_id=inv.id,
                number=inv.number or "",
                date=inv.date.date(),
                client_id=inv.client_id,
                client_name=clients.get(inv.client_id, ""),
                order_id=inv.order_id,
                order_number=numbers.get(inv.order_id or "", ""),
                status=st,
                sent=inv.id not in waiting,
            )
        )
    return rows


# --- issuing -----------------------------------------------------------------------------------


def invoice_for(session: Session, order_id: str) -> Invoice | None:
    """The order's invoice (the latest one 1C or we made), if any."""
    return session.scalar(
        select(Invoice)
        .where(
            Invoice.order_id == order_id,
            Invoice.deletion_mark.is_(False),
            Invoice.cancelled.is_(False),
        )
        .order_by(Invoice.date.desc())
        .limit(1)
    )


def _bank_account_id(session: Session, organization_id: str | None) -> str | None:
    if not organization_id:
        return None
    return session.scalar(
        select(BankAccount.id)
        .where(
            BankAccount.organization_id == organization_id,
            BankAccount.deletion_mark.is_(False),
        )
        .order_by(BankAccount.name)
    )


def issue(
    session: Session, order: Order, data: doc.InvoiceData, *, now: datetime | None = None
) -> doc.InvoiceData:
    """Record the invoice printed from `order` and queue it for 1C (once); returns `data`
    carrying the invoice's 1C number when 1C has given it one (until then the order's).

    The caller commits: the invoice and its outbox entry land together or not at all.
    """
    invoice = invoice_for(session, order.id)
    if order.state == OrderState.DRAFT.value:
        return data  # a draft is not in 1C: its invoice is only paper until it is saved
    purpose = payment_request(data).purpose
    if invoice is None:
        invoice = Invoice(
            id=new_guid(),
            date=(now or datetime.now()).replace(microsecond=0),
            client_id=order.client_id,
            legal_entity_id=order.legal_entity_id,
            organization_id=order.organization_id,
            contract_id=order.contract_id,
            manager_id=order.manager_id,
            bank_account_id=_bank_account_id(session, order.organization_id),
            order_id=order.id,
            amount=data.total_due,
            due_date=data.pay_by,
            purpose=purpose,
            created_locally=True,
        )
        session.add(invoice)
        session.flush()
        _queue(session, invoice, "create")
    elif invoice.amount != data.total_due and invoice.created_locally:
        # The order changed since the last print: the invoice asks for the new total.
        invoice.amount, invoice.due_date, invoice.purpose = data.total_due, data.pay_by, purpose
        _queue(session, invoice, "update", base=invoice.data_version)
    if invoice.number:
        data = replace(data, number=invoice.number, date=invoice.date.date())
    return data


def _queue(session: Session, invoice: Invoice, operation: str, base: str | None = None) -> None:
    bound = outbox.active_profile()
    obj, entity_set = outbox.resolve(bound, "invoice")
    assert obj is not None  # the profile names it
    fields: dict[str, object] = {
        "amount": invoice.amount,
        "purpose": invoice.purpose,
    }
    if operation == "create":
        fields.update(
            date=invoice.date,
            client_id=invoice.client_id,
            legal_entity_id=invoice.legal_entity_id,
            organization_id=invoice.organization_id,
            contract_id=invoice.contract_id,
            manager_id=invoice.manager_id,
            bank_account_id=invoice.bank_account_id,
            order_id=invoice.order_id,
        )
    body = to_onec(obj, fields)
    if invoice.due_date is not None:
        body["ЭтапыГрафикаОплаты"] = [
            {
                "LineNumber": "1",
                "ДатаПлатежа": f"{invoice.due_date:%Y-%m-%d}T00:00:00",
                "ПроцентПлатежа": 100,
                "СуммаПлатежа": invoice.amount,
            }
        ]
    outbox.enqueue(session, entity_set, invoice.id, operation, body, base, profile=bound)
