"""The order as 1C receives it: `Document_ЗаказКлиента` with `Товары` and `ЭтапыГрафикаОплаты`."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from wholesale_desk.models import Order
from wholesale_desk.money import ZERO, round_money
from wholesale_desk.services.orders.states import STATUS_TO_SHIP


def spread(amount: Decimal, weights: list[Decimal]) -> list[Decimal]:
    """Split `amount` over lines in proportion to `weights`, to the kopeck, summing exactly
    (the last weighted line takes the remainder) — how 1C spreads points over `Товары`."""
    shares = [ZERO] * len(weights)
    total = sum(weights, ZERO)
    if not amount or total <= 0:
        return shares
    last = max(i for i, w in enumerate(weights) if w > 0)
    for i, weight in enumerate(weights):
        if i != last and weight > 0:
            shares[i] = round_money(amount * weight / total)
    shares[last] = amount - sum(shares, ZERO)
    return shares


def order_payload(order: Order) -> dict[str, Any]:
    """The order in our column names, as the outbox translates it to `Document_ЗаказКлиента`
    (`Товары` from `lines`, `ЭтапыГрафикаОплаты` from `payment_stages`; profile in resources)."""
    return {
        "date": order.date,
        "client_id": order.client_id,
        "legal_entity_id": order.legal_entity_id,
        "agreement_id": order.agreement_id,
        "contract_id": order.contract_id,
        "organization_id": order.organization_id,
        "warehouse_id": order.warehouse_id,
        "manager_id": order.manager_id,
        "status_1c": order.status_1c or STATUS_TO_SHIP,
        "shipment_date": order.shipment_date,
        "delivery_address": order.delivery_address,
        "prices_include_vat": order.prices_include_vat,
        "amount": order.amount,
        "comment": order.comment,
        "lines": [
            {
                "line_no": ln.line_no,
                "product_id": ln.product_id,
                "quantity": ln.quantity,
                "price": ln.price,
                "price_type_id": ln.price_type_id,
                "manual_discount_percent": ln.manual_discount_percent,
                "manual_discount_amount": ln.manual_discount_amount,
                "auto_discount_amount": ln.auto_discount_amount,
                "amount": ln.amount,
                "vat_rate_id": ln.vat_rate_id,
                "vat_amount": ln.vat_amount,
                "total": ln.total,
                "cancelled": ln.cancelled,
                "bonus_redeemed": ln.bonus_redeemed,
            }
            for ln in order.lines
        ],
        "payment_stages": [
            {
                "line_no": st.line_no,
                "kind": st.kind,
                "due_date": st.due_date,
                "percent": st.percent,
                "amount": st.amount,
            }
            for st in order.payment_stages
        ],
    }
