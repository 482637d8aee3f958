"""When each register snapshot in the store was taken ("debt as of …").

Prices, stock and debts are replaced whole by every sync (ONEC.md "Registers"); the time of the
replacement is what the UI states next to the figures. Kept as watermarks named here, so the sync
engine that writes them and the services that read them agree on the names.
"""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy.orm import Session

from wholesale_desk.models import Watermark

# The names the sync engine gives its register snapshots (`asof:<register>` in the profile).
PRICES = "asof:prices"
STOCK = "asof:stock"
SETTLEMENTS = "asof:debts"
LAST_SYNC = "sync:last_completed_at"


def as_of(session: Session, name: str) -> datetime | None:
    """When snapshot `name` was taken (an aware UTC time; show it with `.astimezone()`),
    or None if it never was. The store keeps these times as naive UTC."""
    mark = session.get(Watermark, name)
    if mark is None or not mark.value:
        return None
    when = datetime.fromisoformat(mark.value)
    return when if when.tzinfo else when.replace(tzinfo=UTC)


def mark_taken(session: Session, name: str, when: datetime) -> None:
    """Record that snapshot `name` was taken at `when` (UTC; in the caller's transaction)."""
    if when.tzinfo is not None:
        when = when.astimezone(UTC).replace(tzinfo=None)
    mark = session.get(Watermark, name)
    if mark is None:
        session.add(Watermark(key=name, value=when.isoformat(timespec="seconds"), updated_at=when))
    else:
        mark.value = when.isoformat(timespec="seconds")
        mark.updated_at = when
