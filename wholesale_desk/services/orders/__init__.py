"""Orders: draft, price, check, save, approve, send through the outbox, follow to payment.

Every price comes from the terms engine through `services.terms` (one path for the screen, the
CLI and paper). Nothing half-valid reaches 1C: `send_order` re-prices the saved order and refuses
it while any line or the header has an error; beyond a cap the order waits, held in the outbox,
until a head of sales approves it. The order row and its outbox entry commit together.

Lifecycle: draft → needs_approval → approved → queued → sent → accepted → posted →
shipped_partly/shipped → paid; cancelled; rejected (1C's words in `reject_message`). Sync moves an
order up to `posted`; `refresh_states` derives the later ones from shipments and payments.
"""

from __future__ import annotations

from wholesale_desk.services.orders.editing import LineInput, OrderCheck, OrderInput, OrderPricer
from wholesale_desk.services.orders.following import refresh_states
from wholesale_desk.services.orders.lifecycle import (
    approve_order,
    cancel_order,
    reject_order,
    send_order,
)
from wholesale_desk.services.orders.listing import (
    OrderRow,
    approval_queue,
    find_clients,
    has_conflict,
    list_orders,
    order_totals,
)
from wholesale_desk.services.orders.payload import order_payload, spread
from wholesale_desk.services.orders.quick_fill import (
    BasketItem,
    BoughtProduct,
    PasteResult,
    bought_products,
    parse_pasted_lines,
    repeat_last_order,
    usual_basket,
)
from wholesale_desk.services.orders.states import CANCELLABLE_STATES, EDITABLE_STATES, state_title
from wholesale_desk.services.orders.storing import load_order, save_order

__all__ = [
    "CANCELLABLE_STATES",
    "EDITABLE_STATES",
    "BasketItem",
    "BoughtProduct",
    "LineInput",
    "OrderCheck",
    "OrderInput",
    "OrderPricer",
    "OrderRow",
    "PasteResult",
    "approval_queue",
    "approve_order",
    "bought_products",
    "cancel_order",
    "find_clients",
    "has_conflict",
    "list_orders",
    "load_order",
    "order_payload",
    "order_totals",
    "parse_pasted_lines",
    "refresh_states",
    "reject_order",
    "repeat_last_order",
    "save_order",
    "send_order",
    "spread",
    "state_title",
    "usual_basket",
]
