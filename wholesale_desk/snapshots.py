"""When each register snapshot in the store was taken ("debt as of …").

Prices, stock and debts are replaced whole by every sync (ONEC.md "Registers"); the time of the
replacement is what the UI states next to the figures. Kept as watermarks named here, so the sync
engine that writes them and the services that read them agree on the names.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from sqlalchemy.orm import Session

from wholesale_desk.i18n import QT_TRANSLATE_NOOP, Text, text
from wholesale_desk.models import Watermark

_CTX = "Freshness"

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


def last_successful_sync(session: Session) -> datetime | None:
    """When the last sync that succeeded ended (aware UTC), or None if none did: the age of
    everything the store holds from 1C (a failed sync leaves it as old as it was)."""
    return as_of(session, LAST_SYNC)


def is_stale(last_sync: datetime | None, max_age_hours: int, now: datetime | None = None) -> bool:
    """Whether data synced at `last_sync` is older than the user's limit (never synced: yes)."""
    if last_sync is None:
        return True
    return (now or datetime.now(UTC)) - last_sync > timedelta(hours=max_age_hours)


def stale_warning(
    last_sync: datetime | None, max_age_hours: int, now: datetime | None = None
) -> Text | None:
    """A warning to show beside debts when the data from 1C is older than `max_age_hours`
    (the user's setting), or None while it is fresh."""
    if last_sync is None:
        return text(
            _CTX,
            QT_TRANSLATE_NOOP(
                "Freshness", "Never synced with 1C: the debts shown may not be 1C's figures."
            ),
        )
    if not is_stale(last_sync, max_age_hours, now):
        return None
    return text(
        _CTX,
        QT_TRANSLATE_NOOP(
            "Freshness",
            "Data from 1C is older than {hours} h (last successful sync {when}): debts may have "
            "changed since. Sync with 1C before relying on them.",
        ),
        hours=max_age_hours,
        when=f"{last_sync.astimezone():%d.%m.%Y %H:%M}",
    )
