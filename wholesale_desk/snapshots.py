"""When each register snapshot in the store was taken ("debt as of …").

Prices, stock and debts are replaced whole by every sync (ONEC.md "Registers"); the time of the
replacement is what the UI states next to the figures. Kept as watermarks named here, so the sync
engine that writes them and the services that read them agree on the names.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy.orm import Session

from wholesale_desk.models import Watermark

PRICES = "snapshot.prices"
STOCK = "snapshot.stock"
SETTLEMENTS = "snapshot.settlements"
LAST_SYNC = "sync.last_completed"


def as_of(session: Session, name: str) -> datetime | None:
    """The time snapshot `name` was taken, or None if it never was."""
    mark = session.get(Watermark, name)
    if mark is None or not mark.value:
        return None
    return datetime.fromisoformat(mark.value)


def mark_taken(session: Session, name: str, when: datetime) -> None:
    """Record that snapshot `name` was taken at `when` (in the caller's transaction)."""
    mark = session.get(Watermark, name)
    if mark is None:
        session.add(Watermark(key=name, value=when.isoformat(timespec="seconds"), updated_at=when))
    else:
        mark.value = when.isoformat(timespec="seconds")
        mark.updated_at = when
