"""Saving and loading orders: the order row, its lines and stages, and its approval reasons."""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import datetime
from decimal import Decimal
from typing import Any

from sqlalchemy.orm import Session

from wholesale_desk.i18n import QT_TRANSLATE_NOOP, Text, UserError
from wholesale_desk.models import Order, OrderLine, OrderPaymentStage, OrderState, new_guid
from wholesale_desk.money import ZERO
from wholesale_desk.services.orders.editing import LineInput, OrderCheck, OrderInput, OrderPricer
from wholesale_desk.services.orders.payload import spread
from wholesale_desk.services.orders.states import (
    _CTX,
    EDITABLE_STATES,
    SINGLE_PAYMENT_KIND,
    _err,
    state_title,
    unapproved_in_1c,
)
from wholesale_desk.services.terms import Actor, TermsContext
from wholesale_desk.store import Store


# --- storing ----------------------------------------------------------------------------------
def _text_json(items: Sequence[Text]) -> str:
    return json.dumps(
        [{"context": t.context, "source": t.source, "args": _plain_args(t.args)} for t in items],
        ensure_ascii=False,
    )


def _plain_args(args: dict[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in args.items():
        if isinstance(value, Text):
            out[key] = {
                "context": value.context,
                "source": value.source,
                "args": _plain_args(value.args),
            }
        elif isinstance(value, int | str | bool) or value is None:
            out[key] = value
        else:
            out[key] = str(value)
    return out


def _from_plain(raw: Any) -> Text:
    args = {
        k: _from_plain(v) if isinstance(v, dict) and "source" in v else v
        for k, v in (raw.get("args") or {}).items()
    }
    return Text(str(raw.get("context", _CTX)), str(raw.get("source", "")), args)


def approval_reasons_of(order: Order) -> list[Text]:
    """The stored reasons an order needs approval, as translatable texts."""
    if not order.approval_reasons:
        return []
    try:
        raw = json.loads(order.approval_reasons)
    except ValueError:
        return [Text(_CTX, order.approval_reasons)]
    return [_from_plain(r) for r in raw if isinstance(r, dict)]


def load_order(store: Store, order_id: str) -> OrderInput:
    with store.session() as session:
        order = session.get(Order, order_id)
        if order is None:
            raise UserError(
                _err(QT_TRANSLATE_NOOP("Orders", "The order is no longer in the local store"))
            )
        return OrderInput(
            client_id=order.client_id,
            order_date=order.date.date(),
            shipment_date=order.shipment_date or order.date.date(),
            warehouse_id=order.warehouse_id,
            delivery_address=order.delivery_address,
            comment=order.comment,
            manual_discount_percent=order.manual_discount_percent or None,
            bonus_to_redeem=order.bonus_redeemed,
            deferral_days=None,
            lines=[
                LineInput(ln.product_id or "", ln.quantity, _own_discount(ln, order))
                for ln in order.lines
                if not ln.cancelled and ln.product_id
            ],
            order_id=order.id,
            number=order.number,
            state=OrderState(order.state),
            data_version=order.data_version,
            reject_message=order.reject_message,
            approved_by=order.approved_by,
            unapproved_1c=unapproved_in_1c(order),
        )


def _own_discount(line: OrderLine, order: Order) -> Decimal | None:
    """A line's manual percent as typed: 1C keeps the effective one on every line, so a line
    equal to the order's discount inherits it (and follows it when the order's changes)."""
    percent = line.manual_discount_percent
    if not percent or percent == order.manual_discount_percent:
        return None
    return percent


def _write(
    session: Session, order_in: OrderInput, check: OrderCheck, actor: Actor, ctx: TermsContext
) -> Order:
    """Write the order and its lines exactly as priced (what 1C will receive)."""
    order = session.get(Order, order_in.order_id) if order_in.order_id else None
    if order is None:
        order = Order(
            id=order_in.order_id or new_guid(),
            client_id=order_in.client_id,
            date=datetime.combine(order_in.order_date, datetime.now().time()).replace(
                microsecond=0
            ),
            created_locally=True,
            manager_id=actor.manager_id,
        )
        session.add(order)
    elif OrderState(order.state) not in EDITABLE_STATES:
        raise UserError(
            _err(
                QT_TRANSLATE_NOOP("Orders", "The order is {state} and cannot be changed now"),
                state=state_title(order.state),
            )
        )
    priced = check.priced
    order.legal_entity_id = order.legal_entity_id or ctx.legal_entity_id
    order.agreement_id = ctx.agreement_id
    order.contract_id = order.contract_id or ctx.contract_id
    order.organization_id = order.organization_id or ctx.organization_id
    order.warehouse_id = order_in.warehouse_id
    order.price_type_id = priced.price_type_id
    order.shipment_date = order_in.shipment_date
    order.delivery_address = order_in.delivery_address
    order.comment = order_in.comment
    order.prices_include_vat = (
        priced.lines[0].vat_included if priced.lines else ctx.prices_include_vat
    )
    order.amount = priced.total
    order.manual_discount_percent = order_in.manual_discount_percent or ZERO
    order.bonus_redeemed = priced.bonus_redeemed
    order.approval_reasons = _text_json(check.approval_reasons)
    order.lines.clear()
    session.flush()
    for i, (line_in, line) in enumerate(zip(order_in.lines, priced.lines, strict=True)):
        _, vat_id = ctx.vat_for(line.product_id, order_in.shipment_date)
        order.lines.append(
            OrderLine(
                line_no=i + 1,
                product_id=line.product_id,
                quantity=line.quantity,
                price=line.base_price if line.base_price is not None else ZERO,
                price_type_id=line.price_type_id,
                manual_discount_percent=line.manual_discount.percent
                if line.manual_discount is not None
                else (line_in.manual_discount_percent or ZERO),
                manual_discount_amount=line.manual_discount.amount
                if line.manual_discount is not None
                else ZERO,
                auto_discount_amount=line.auto_discount.amount
                if line.auto_discount is not None
                else ZERO,
                amount=line.amount,
                vat_rate_id=vat_id,
                vat_amount=line.vat_amount,
                total=line.total,
            )
        )
    for order_line, points in zip(
        order.lines, spread(priced.bonus_redeemed, [ln.total for ln in order.lines]), strict=True
    ):
        order_line.bonus_redeemed = points
    order.payment_stages.clear()
    session.flush()
    for i, pay in enumerate(priced.payments):
        order.payment_stages.append(
            OrderPaymentStage(
                line_no=i + 1,
                kind=pay.kind.value if pay.kind is not None else SINGLE_PAYMENT_KIND,
                due_date=pay.due_date,
                percent=pay.percent,
                amount=pay.amount,
            )
        )
    return order


def save_order(store: Store, order_in: OrderInput, pricer: OrderPricer) -> OrderInput:
    """Save a draft as typed (problems and all): it is marked "needs approval" beyond a cap.

    Saving never sends; an edit voids an earlier approval. Returns the saved state.
    """
    check = pricer.check(order_in)
    if order_in.data_version is not None:
        # A local-only change to an order 1C holds would be replaced by the next sync.
        raise UserError(
            _err(
                QT_TRANSLATE_NOOP(
                    "Orders", "1C already holds this order: send your changes to 1C instead"
                )
            )
        )
    with store.transaction() as session:
        order = _write(session, order_in, check, pricer.actor, pricer.ctx)
        state = OrderState(order.state)
        if state in (OrderState.DRAFT, OrderState.NEEDS_APPROVAL, OrderState.APPROVED):
            order.state = (
                OrderState.NEEDS_APPROVAL.value if check.needs_approval else OrderState.DRAFT.value
            )
            order.approved_by = None
        order_id = order.id
    return load_order(store, order_id)
