"""Order lists: the orders page with its filters and totals, the approval queue, client pick."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import func, or_, select
from sqlalchemy import text as sql_text

from wholesale_desk.i18n import Text
from wholesale_desk.models import (
    Client,
    Manager,
    Order,
    OrderLine,
    OrderState,
    OutboxEntry,
    OutboxStatus,
    current_sql,
)
from wholesale_desk.services.invoices import InvoiceStatus, order_invoice_statuses
from wholesale_desk.services.orders.following import refresh_states
from wholesale_desk.services.orders.lifecycle import NOT_APPROVED_NOTE, settle_refused_approvals
from wholesale_desk.services.orders.states import unapproved_in_1c, unapproved_in_1c_sql
from wholesale_desk.services.orders.storing import approval_reasons_of
from wholesale_desk.store import Store


# --- lists ------------------------------------------------------------------------------------
@dataclass(frozen=True)
class OrderRow:
    order_id: str
    number: str
    created: datetime
    client_id: str
    client_name: str
    manager_name: str
    state: OrderState
    amount: Decimal
    shipment_date: date | None
    lines: int
    reject_message: str
    approval_reasons: tuple[Text, ...]
    outbox_error: str
    conflict: bool = False
    """1C changed the order while our edit was on its way: the user chooses (Sync → Conflicts)."""
    invoice: InvoiceStatus | None = None
    """Whether the order's invoice is paid (None: no invoice issued)."""
    approved_at: datetime | None = None
    """When 1C says the order was approved (ДатаСогласования)."""
    approved_by: str = ""
    """Who approved it from this app, once 1C accepted the approval."""


def list_orders(
    store: Store,
    *,
    states: Iterable[OrderState] | None = None,
    client_id: str | None = None,
    manager_id: str | None = None,
    search: str = "",
    since: date | None = None,
    limit: int = 2000,
) -> list[OrderRow]:
    """Orders newest first (the latest `limit`), filtered by state, client, manager, text."""
    with store.transaction() as session:
        refresh_states(session)
        settle_refused_approvals(session)
    with store.session() as session:
        lines = (
            select(func.count())
            .where(OrderLine.order_id == Order.id)
            .correlate(Order)
            .scalar_subquery()
        )
        q = (
            select(Order, Client.name, Manager.name, lines)
            .join(Client, Client.id == Order.client_id)
            .outerjoin(Manager, Manager.id == Order.manager_id)
            .order_by(Order.date.desc())
            .limit(limit)
        )
        q = _filtered(q, states, client_id, manager_id, search, since)
        rows = session.execute(q).all()
        approvers = {r[0]: r[1] for r in session.execute(select(Manager.id, Manager.name))}
        errors: dict[str, str] = {}
        conflicts: set[str] = set()
        for ref, status, error in session.execute(
            select(OutboxEntry.ref_key, OutboxEntry.status, OutboxEntry.last_error).where(
                OutboxEntry.ref_key.in_([r[0].id for r in rows]),
                OutboxEntry.status.in_((OutboxStatus.REJECTED.value, OutboxStatus.CONFLICT.value)),
            )
        ):
            if status == OutboxStatus.CONFLICT.value:
                conflicts.add(ref)
            if error:
                errors[ref] = error
        invoiced = order_invoice_statuses(session, [r[0].id for r in rows])
        return [
            OrderRow(
                order_id=o.id,
                number=o.number or "",
                created=o.date,
                client_id=o.client_id,
                client_name=cname,
                manager_name=mname or "",
                state=_shown_state(o),
                amount=o.amount,
                shipment_date=o.shipment_date,
                lines=int(n or 0),
                reject_message=o.reject_message,
                approval_reasons=tuple(approval_reasons_of(o)),
                outbox_error=errors.get(o.id, ""),
                conflict=o.id in conflicts,
                invoice=invoiced.get(o.id),
                approved_at=o.approved_at if o.approved_1c else None,
                approved_by=(approvers.get(o.approved_by or "", "") if o.approved_1c else ""),
            )
            for o, cname, mname, n in rows
        ]


def _filtered(
    q: Any,  # a Select of any shape (SQLAlchemy 2.1 types them variadically)
    states: Iterable[OrderState] | None,
    client_id: str | None,
    manager_id: str | None,
    search: str,
    since: date | None,
) -> Any:
    if states is not None:
        wanted = [OrderState(s).value for s in states]
        condition: Any = Order.state.in_(wanted)
        if OrderState.NEEDS_APPROVAL.value in wanted:
            condition = or_(
                condition,
                unapproved_in_1c_sql()
                & Order.state.in_((OrderState.ACCEPTED.value, OrderState.POSTED.value)),
            )
        q = q.where(condition)
    if client_id:
        q = q.where(Order.client_id == client_id)
    if manager_id:
        q = q.where(Order.manager_id == manager_id)
    if since:
        q = q.where(Order.date >= datetime.combine(since, datetime.min.time()))
    if search.strip():
        pattern = f"%{search.strip()}%"
        q = q.where(or_(Order.number.like(pattern), Client.name.like(pattern)))
    return q


def order_totals(
    store: Store,
    *,
    states: Iterable[OrderState] | None = None,
    client_id: str | None = None,
    manager_id: str | None = None,
    search: str = "",
    since: date | None = None,
) -> tuple[int, Decimal]:
    """How many orders the filter finds and their amount (the list shows the latest ones)."""
    with store.session() as session:
        q = select(func.count(), func.coalesce(func.sum(Order.amount), 0)).join(
            Client, Client.id == Order.client_id
        )
        count, amount = session.execute(
            _filtered(q, states, client_id, manager_id, search, since)
        ).one()
        if not isinstance(amount, Decimal):
            amount = (Decimal(int(amount or 0)) / 100).quantize(Decimal("0.01"))
        return int(count or 0), amount


def approval_queue(store: Store) -> list[OrderRow]:
    """Orders waiting for approval, oldest first: held here, or НеСогласован in 1C (anyone's
    the user may see) and not already turned down from this app."""
    rows = list_orders(store, states=[OrderState.NEEDS_APPROVAL])
    with store.session() as session:
        comments = dict(
            session.execute(
                select(Order.id, Order.comment).where(Order.id.in_([r.order_id for r in rows]))
            ).all()
        )
    return sorted(
        (r for r in rows if not _turned_down(comments.get(r.order_id) or "")),
        key=lambda r: r.created,
    )


def _turned_down(comment: str) -> bool:
    """The approver's "Не согласовано: …" is the comment's last word so far."""
    lines = comment.strip().splitlines()
    return bool(lines) and lines[-1].startswith(NOT_APPROVED_NOTE)


def _shown_state(order: Order) -> OrderState:
    """An order 1C holds as НеСогласован is waiting for approval, whatever else it is."""
    state = OrderState(order.state)
    if unapproved_in_1c(order) and state in (OrderState.ACCEPTED, OrderState.POSTED):
        return OrderState.NEEDS_APPROVAL
    return state


def has_conflict(store: Store, order_id: str) -> bool:
    """1C changed the order while our edit was on its way: the user must choose."""
    with store.session() as session:
        return bool(
            session.scalar(
                select(func.count())
                .select_from(OutboxEntry)
                .where(
                    OutboxEntry.ref_key == order_id,
                    OutboxEntry.status == OutboxStatus.CONFLICT.value,
                )
            )
        )


def find_clients(store: Store, typed: str, limit: int = 30) -> list[tuple[str, str]]:
    """(id, name) of clients matching what was typed (name, INN, phone…): "New order…".

    The clients' full-text index folds case and "ё" for Cyrillic; a name typed exactly as
    stored is also found by name while the index catches up after a sync.
    """
    from wholesale_desk.services.search_index import match_query

    expression = match_query(typed) if typed.strip() else None
    with store.session() as session:
        found: dict[str, str] = {}
        if expression is not None:
            for cid, name in session.execute(
                sql_text(
                    "SELECT c.id, c.name FROM clients_fts f JOIN clients c ON c.id = f.client_id"
                    f" WHERE clients_fts MATCH :q AND {current_sql('c')} ORDER BY c.name LIMIT :n"
                ),
                {"q": expression, "n": limit},
            ):
                found[str(cid)] = str(name)
        if len(found) < limit:
            q = select(Client.id, Client.name).where(Client.is_current)
            if typed.strip():
                q = q.where(
                    or_(Client.name.like(f"%{typed.strip()}%"), Client.code == typed.strip())
                )
            for cid, name in session.execute(q.order_by(Client.name).limit(limit - len(found))):
                found.setdefault(str(cid), str(name))
        return sorted(found.items(), key=lambda item: item[1])[:limit]
