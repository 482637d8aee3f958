"""Loyalty bonuses: points earned on paid shipments, spent on part of an order (1 point = 1 ₽).

The balance is derived from 1C documents (shipments, their payments, redemptions recorded on
orders), so every laptop computes the same number; nothing authoritative lives in one store.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal

from wholesale_desk.money import HUNDRED, ZERO, round_money

__all__ = [
    "PaidShipment",
    "accrual",
    "bonus_accrued",
    "bonus_balance",
    "redeemable",
    "redemption_cap",
]


@dataclass(frozen=True)
class PaidShipment:
    """A shipment (net of its returns) and how much of it the client has paid."""

    amount: Decimal
    paid: Decimal


def accrual(paid: Decimal, percent: Decimal) -> Decimal:
    """Points earned on a paid amount, rounded half up to kopecks; nothing on unpaid money."""
    return round_money(max(paid, ZERO) * percent / HUNDRED)


def bonus_accrued(shipments: Iterable[PaidShipment], percent: Decimal) -> Decimal:
    """Points earned so far: per shipment, on its paid part only (never above the shipment)."""
    return sum((accrual(min(s.paid, s.amount), percent) for s in shipments), ZERO)


def bonus_balance(accrued: Decimal, redeemed: Decimal) -> Decimal:
    """Points left to spend; never negative even if 1C recorded an over-redemption."""
    return max(accrued - redeemed, ZERO)


def redemption_cap(order_total: Decimal, cap_percent: Decimal) -> Decimal:
    """The most points an order of `order_total` may absorb."""
    return round_money(max(order_total, ZERO) * cap_percent / HUNDRED)


def redeemable(
    requested: Decimal, balance: Decimal, order_total: Decimal, cap_percent: Decimal
) -> Decimal:
    """Points actually redeemed: the request, limited by the balance and the order's cap."""
    return max(ZERO, min(requested, balance, redemption_cap(order_total, cap_percent)))
