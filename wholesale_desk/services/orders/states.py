"""Order states: which allow what, and their names on screen."""

from __future__ import annotations

from typing import Any

from wholesale_desk import pricing
from wholesale_desk.i18n import QT_TRANSLATE_NOOP, Text, text
from wholesale_desk.models import OrderState

_CTX = "Orders"
ENTITY = "order"
DEFAULT_LEAD_DAYS = 1
STATUS_TO_SHIP = "КОтгрузке"
SINGLE_PAYMENT_KIND = pricing.StageKind.CREDIT_AFTER_SHIPMENT.value

EDITABLE_STATES = frozenset(
    {
        OrderState.DRAFT,
        OrderState.NEEDS_APPROVAL,
        OrderState.APPROVED,
        OrderState.REJECTED,
        OrderState.ACCEPTED,
        OrderState.POSTED,
    }
)
"""Queued and sent orders are on their way: they change again once 1C has answered."""
CANCELLABLE_STATES = EDITABLE_STATES | {OrderState.QUEUED, OrderState.SENT}
LOCAL_STATES = (
    OrderState.DRAFT.value,
    OrderState.NEEDS_APPROVAL.value,
    OrderState.APPROVED.value,
)

_STATE_TITLES = {
    OrderState.DRAFT: QT_TRANSLATE_NOOP("Orders", "Draft"),
    OrderState.NEEDS_APPROVAL: QT_TRANSLATE_NOOP("Orders", "Needs approval"),
    OrderState.APPROVED: QT_TRANSLATE_NOOP("Orders", "Approved"),
    OrderState.QUEUED: QT_TRANSLATE_NOOP("Orders", "Waiting to be sent"),
    OrderState.SENT: QT_TRANSLATE_NOOP("Orders", "Sent to 1C"),
    OrderState.ACCEPTED: QT_TRANSLATE_NOOP("Orders", "Accepted by 1C"),
    OrderState.POSTED: QT_TRANSLATE_NOOP("Orders", "Posted"),
    OrderState.SHIPPED_PARTLY: QT_TRANSLATE_NOOP("Orders", "Shipped partly"),
    OrderState.SHIPPED: QT_TRANSLATE_NOOP("Orders", "Shipped"),
    OrderState.PAID: QT_TRANSLATE_NOOP("Orders", "Paid"),
    OrderState.CANCELLED: QT_TRANSLATE_NOOP("Orders", "Cancelled"),
    OrderState.REJECTED: QT_TRANSLATE_NOOP("Orders", "Rejected by 1C"),
}


def state_title(state: str | OrderState) -> Text:
    return text(_CTX, _STATE_TITLES[OrderState(state)])


def _err(source: str, **args: Any) -> Text:
    return text(_CTX, source, **args)
