"""Order states: which allow what, and their names on screen."""

from __future__ import annotations

from typing import Any

from wholesale_desk import pricing
from wholesale_desk.i18n import QT_TRANSLATE_NOOP, Text, text
from wholesale_desk.models import Order, OrderState

_CTX = "Orders"
ENTITY = "order"
DEFAULT_LEAD_DAYS = 1
STATUS_TO_SHIP = "КОтгрузке"
SINGLE_PAYMENT_KIND = pricing.StageKind.CREDIT_AFTER_SHIPMENT.value
NOT_APPROVED = "НеСогласован"
"""1C's order status while a head of sales has yet to approve it (`Согласован = false`)."""


def unapproved_in_1c(order: Order) -> bool:
    """1C holds the order as НеСогласован and has not approved it: the one rule the order list,
    the editor, the approval queue and the invoice all follow (`unapproved_in_1c_sql` is its
    SQL form, beside it)."""
    return order.status_1c == NOT_APPROVED and not order.approved_1c


def unapproved_in_1c_sql() -> Any:
    """`unapproved_in_1c` as a SQL condition on `Order`."""
    return (Order.status_1c == NOT_APPROVED) & Order.approved_1c.is_(False)


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


CONFLICT_TITLE = QT_TRANSLATE_NOOP("Orders", "Conflict with 1C")


def status_title(state: str | OrderState, conflict: bool = False) -> Text:
    """What the order list and the editor call an order's status: "Conflict with 1C" while 1C
    changed it under our unsent edit (the state alone says "Waiting to be sent"), else the state."""
    return text(_CTX, CONFLICT_TITLE) if conflict else state_title(state)


def invoice_refusal(
    state: str | OrderState, needs_approval: bool = False, *, unapproved_1c: bool = False
) -> Text | None:
    """Why no invoice may be printed for an order, or None when it may.

    An invoice asks the client to pay the order's figures: not while a head of sales has yet to
    approve them (held over a limit or a discount cap, here or as НеСогласован in 1C), nor for a
    cancelled or refused order. `needs_approval`: the order's terms need approval (a draft
    beyond a cap); `unapproved_1c`: `unapproved_in_1c(order)`."""
    state = OrderState(state)
    if state in (OrderState.CANCELLED, OrderState.REJECTED):
        return _err(
            QT_TRANSLATE_NOOP(
                "Orders",
                "The order is cancelled or refused by 1C: no invoice can be printed for it.",
            )
        )
    held = state is OrderState.NEEDS_APPROVAL or (state is OrderState.DRAFT and needs_approval)
    if held or unapproved_1c:
        return _err(
            QT_TRANSLATE_NOOP(
                "Orders",
                "The order is not approved yet: a head of sales must approve it before an "
                "invoice is printed.",
            )
        )
    return None
