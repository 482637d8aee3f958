"""Conflicts: a local edit and a 1C change to the same object, neither overwritten until the
user chooses. "Keep mine" sends the edit again based on 1C's current version; "take 1C's"
drops the local edit and lets the next pull bring 1C's version in.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from wholesale_desk.models import Conflict, OutboxEntry, OutboxStatus
from wholesale_desk.onec import values
from wholesale_desk.sync.mapping import BoundProfile, from_onec
from wholesale_desk.sync.outbox import OPEN, resolve
from wholesale_desk.sync.state import utcnow

KEEP_MINE = "mine"
TAKE_THEIRS = "theirs"


@dataclass
class ConflictView:
    """Both sides in our column names, only the fields the local edit touched."""

    id: int
    entity: str
    concept: str | None
    ref_key: str
    mine: dict[str, Any]
    theirs: dict[str, Any]
    base_data_version: str | None
    remote_data_version: str | None


def open_conflicts(session: Session, bound: BoundProfile | None = None) -> list[ConflictView]:
    rows = session.scalars(
        select(Conflict).where(Conflict.resolved_at.is_(None)).order_by(Conflict.id)
    ).all()
    return [_view(row, bound) for row in rows]


def _view(row: Conflict, bound: BoundProfile | None) -> ConflictView:
    local = values.loads(row.local_payload or "{}")
    remote = values.loads(row.remote_payload or "{}")
    remote = {k: remote.get(k) for k in local}
    concept = None
    if bound is not None:
        obj, _ = resolve(bound, row.entity)
        obj = obj or next((o for o in bound.objects if o.spec.entity_set == row.entity), None)
        if obj is not None:
            concept = obj.concept
            local, remote = from_onec(obj, local) or local, from_onec(obj, remote) or remote
    return ConflictView(
        row.id,
        row.entity,
        concept,
        row.ref_key,
        local,
        remote,
        row.base_data_version,
        row.remote_data_version,
    )


def keep_mine(session: Session, conflict_id: int) -> None:
    """Re-queue the local edit based on 1C's current version: the next push overwrites 1C."""
    conflict = _open(session, conflict_id)
    if conflict.outbox_id is not None:
        session.execute(
            update(OutboxEntry)
            .where(OutboxEntry.id == conflict.outbox_id)
            .values(
                status=OutboxStatus.PENDING.value,
                base_data_version=conflict.remote_data_version,
                last_error="",
            )
        )
    conflict.resolved_at = utcnow()
    conflict.resolution = KEEP_MINE


def take_theirs(session: Session, conflict_id: int) -> None:
    """Drop the local edit (and later unsent edits of the object); 1C's version comes next pull."""
    conflict = _open(session, conflict_id)
    session.execute(
        update(OutboxEntry)
        .where(
            OutboxEntry.ref_key == conflict.ref_key,
            OutboxEntry.status.in_(OPEN),
            OutboxEntry.operation != "create",
        )
        .values(status=OutboxStatus.DONE.value, last_error="dropped: took 1C's version")
    )
    conflict.resolved_at = utcnow()
    conflict.resolution = TAKE_THEIRS
    _forget_version(session, conflict.entity, conflict.ref_key)


def _forget_version(session: Session, entity: str, ref_key: str) -> None:
    """Clear the cached DataVersion so the next pull fetches the object whatever it holds."""
    from wholesale_desk.sync.outbox import active_profile

    bound = active_profile()
    for obj in bound.objects:
        if obj.spec.entity_set == entity:
            table = obj.table
            session.execute(update(table).where(table.c.id == ref_key).values(data_version=""))


def _open(session: Session, conflict_id: int) -> Conflict:
    conflict = session.get(Conflict, conflict_id)
    if conflict is None or conflict.resolved_at is not None:
        raise ValueError(f"no open conflict {conflict_id}")
    return conflict
