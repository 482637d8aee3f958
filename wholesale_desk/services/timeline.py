"""A client's timeline: interactions with its orders, shipments, returns and payments, newest first.

One UNION ALL over indexed (client_id, date) columns, so a card with hundreds of items opens at
once. Each item carries its key figures and whether it still waits to reach 1C.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from wholesale_desk.models import InteractionKind, Invoice
from wholesale_desk.services import invoices
from wholesale_desk.services.client_list import kopecks
from wholesale_desk.services.invoices import InvoiceStatus


class ItemKind(enum.StrEnum):
    CALL = InteractionKind.CALL.value
    MEETING = InteractionKind.MEETING.value
    EMAIL = InteractionKind.EMAIL.value
    NOTE = InteractionKind.NOTE.value
    COMPLAINT = InteractionKind.COMPLAINT.value
    ORDER = "order"
    SHIPMENT = "shipment"
    RETURN = "return"
    PAYMENT = "payment"
    INVOICE = "invoice"


INTERACTION_KINDS = frozenset(k for k in ItemKind if k.value in set(InteractionKind))
DOCUMENT_KINDS = frozenset(ItemKind) - INTERACTION_KINDS

LOCAL_ORDER_STATES = ("draft", "needs_approval", "approved", "queued", "rejected")


@dataclass(frozen=True)
class TimelineItem:
    kind: ItemKind
    id: str
    when: datetime
    number: str
    subject: str
    """An interaction's subject; a document's comment or 1C status."""
    detail: str
    amount: Decimal | None
    state: str
    """An order's state (OrderState value); empty for the others."""
    satisfaction: int | None
    unsent: bool
    invoice: InvoiceStatus | None = None
    """An invoice's payment status (invoices only)."""


_PENDING = "EXISTS (SELECT 1 FROM outbox ob WHERE ob.ref_key = {alias}.id AND ob.status != 'done')"

_PARTS: dict[str, str] = {
    "interaction": (
        "SELECT i.kind, i.id, i.start, coalesce(i.number, ''), i.subject,"
        " i.description || CASE WHEN i.outcome != '' THEN char(10) || i.outcome ELSE '' END,"
        " i.promised_amount, '', i.satisfaction, " + _PENDING.format(alias="i") + ""
        " FROM interactions i WHERE i.client_id = :client AND i.deletion_mark = 0"
    ),
    ItemKind.ORDER: (
        "SELECT 'order', o.id, o.date, coalesce(o.number, ''), o.status_1c, o.comment, o.amount,"
        " o.state, NULL, (o.created_locally = 1 AND o.state IN "
        + str(LOCAL_ORDER_STATES)
        + ") OR "
        + _PENDING.format(alias="o")
        + ""
        " FROM orders o WHERE o.client_id = :client AND o.deletion_mark = 0"
    ),
    ItemKind.SHIPMENT: (
        "SELECT 'shipment', s.id, s.date, coalesce(s.number, ''), s.status_1c, '', s.amount, '',"
        " NULL, 0 FROM shipments s WHERE s.client_id = :client AND s.deletion_mark = 0"
    ),
    ItemKind.RETURN: (
        "SELECT 'return', r.id, r.date, coalesce(r.number, ''), '', '', r.amount, '', NULL, 0"
        " FROM returns r WHERE r.client_id = :client AND r.deletion_mark = 0"
    ),
    ItemKind.PAYMENT: (
        "SELECT 'payment', p.id, p.date, coalesce(p.number, ''), p.kind, p.comment,"
        " coalesce((SELECT sum(a.amount) FROM payment_allocations a WHERE a.payment_id = p.id"
        "           AND a.client_id = :client), p.amount), '', NULL, 0"
        " FROM payments p WHERE p.deletion_mark = 0 AND (p.client_id = :client OR p.id IN"
        " (SELECT a.payment_id FROM payment_allocations a WHERE a.client_id = :client))"
    ),
    ItemKind.INVOICE: (
        "SELECT 'invoice', v.id, v.date, coalesce(v.number, ''), '', v.purpose, v.amount, '',"
        " NULL, " + _PENDING.format(alias="v") + ""
        " FROM invoices v WHERE v.client_id = :client AND v.deletion_mark = 0 AND v.cancelled = 0"
    ),
}


def _as_datetime(value: Any) -> datetime:
    if isinstance(value, datetime):
        return value
    return datetime.fromisoformat(str(value))


def load(
    session: Session,
    client_id: str,
    kinds: Iterable[ItemKind] | None = None,
    limit: int | None = None,
) -> list[TimelineItem]:
    """The client's items of `kinds` (all when None), newest first, at most `limit`."""
    wanted = frozenset(ItemKind) if kinds is None else frozenset(kinds)
    parts = []
    params: dict[str, Any] = {"client": client_id}
    interaction_kinds = sorted(k.value for k in wanted & INTERACTION_KINDS)
    if interaction_kinds:
        marks = ",".join(f":ik{i}" for i in range(len(interaction_kinds)))
        parts.append(f"{_PARTS['interaction']} AND i.kind IN ({marks})")
        params.update({f"ik{i}": k for i, k in enumerate(interaction_kinds)})
    for kind in (
        ItemKind.ORDER,
        ItemKind.SHIPMENT,
        ItemKind.RETURN,
        ItemKind.PAYMENT,
        ItemKind.INVOICE,
    ):
        if kind in wanted:
            parts.append(_PARTS[kind])
    if not parts:
        return []
    sql = " UNION ALL ".join(parts) + " ORDER BY 3 DESC, 2"
    if limit is not None:
        sql += " LIMIT :limit"
        params["limit"] = limit
    items = []
    for (
        kind,
        item_id,
        when,
        number,
        subject,
        detail,
        amount,
        state,
        score,
        unsent,
    ) in session.execute(text(sql), params):
        items.append(
            TimelineItem(
                kind=ItemKind(kind),
                id=item_id,
                when=_as_datetime(when),
                number=number or "",
                subject=subject or "",
                detail=detail or "",
                amount=None if amount is None else kopecks(amount),
                state=state or "",
                satisfaction=score,
                unsent=bool(unsent),
            )
        )
    return _with_invoice_status(session, items)


def _with_invoice_status(session: Session, items: list[TimelineItem]) -> list[TimelineItem]:
    """Invoices carry whether they are paid, computed as everywhere else (services.invoices)."""
    ids = [i.id for i in items if i.kind is ItemKind.INVOICE]
    if not ids:
        return items
    found = invoices.statuses(
        session, list(session.scalars(select(Invoice).where(Invoice.id.in_(ids))))
    )
    return [replace(i, invoice=found.get(i.id)) if i.kind is ItemKind.INVOICE else i for i in items]
