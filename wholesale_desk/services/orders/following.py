"""Following an order in 1C: shipped, partly shipped and paid, derived from shipments and payments."""

from __future__ import annotations

from sqlalchemy import text as sql_text
from sqlalchemy.orm import Session

from wholesale_desk.models import OrderState

# --- following an order in 1C ------------------------------------------------------------------
_FOLLOWED = (
    OrderState.ACCEPTED.value,
    OrderState.POSTED.value,
    OrderState.SHIPPED_PARTLY.value,
    OrderState.SHIPPED.value,
)


_REFRESH_STATES = f"""
WITH followed AS (
    SELECT id, amount, deletion_mark, posted, state FROM orders
    WHERE state IN ({", ".join(f"'{st}'" for st in _FOLLOWED)})
), shipped AS (
    SELECT s.order_id AS oid, SUM(s.amount) AS amt
    FROM shipments s JOIN followed f ON f.id = s.order_id
    WHERE s.posted AND NOT s.deletion_mark
    GROUP BY s.order_id
), paid AS (
    SELECT coalesce(s.order_id, a.basis_id) AS oid, SUM(a.amount) AS amt
    FROM payment_allocations a
    JOIN payments p ON p.id = a.payment_id
    LEFT JOIN shipments s ON s.id = a.basis_id
    WHERE p.posted AND NOT p.deletion_mark AND a.basis_id IS NOT NULL
    GROUP BY coalesce(s.order_id, a.basis_id)
), derived AS (
    SELECT f.id, f.state, CASE
        WHEN f.deletion_mark THEN '{OrderState.CANCELLED.value}'
        WHEN f.amount > 0 AND coalesce(pd.amt, 0) >= f.amount AND coalesce(sh.amt, 0) >= f.amount
            THEN '{OrderState.PAID.value}'
        WHEN f.amount > 0 AND coalesce(sh.amt, 0) >= f.amount THEN '{OrderState.SHIPPED.value}'
        WHEN coalesce(sh.amt, 0) > 0 THEN '{OrderState.SHIPPED_PARTLY.value}'
        WHEN f.posted THEN '{OrderState.POSTED.value}'
        ELSE '{OrderState.ACCEPTED.value}'
    END AS new_state
    FROM followed f
    LEFT JOIN shipped sh ON sh.oid = f.id
    LEFT JOIN paid pd ON pd.oid = f.id
)
UPDATE orders SET state = derived.new_state
FROM derived
WHERE derived.id = orders.id AND derived.new_state != derived.state
"""


def refresh_states(session: Session) -> int:
    """Derive shipped/paid (and cancelled by a 1C deletion mark) from what sync pulled.

    Call after a pull or before listing; returns how many orders moved. Shipments point back to
    their order; payments settle the order or its shipments. One SQL statement over integer
    kopecks, so a company with 100,000 orders is followed in a blink.
    """
    result = session.execute(sql_text(_REFRESH_STATES))
    return int(getattr(result, "rowcount", 0) or 0)
