"""The outbox: local changes waiting to reach 1C, written in the same transaction as the change.

Services call `enqueue` inside the transaction that writes the domain row, so a change and its
delivery promise commit together or not at all. Entries hold the exact 1C JSON to send (the
profile translates our column names once, here), survive restarts, and wait for the network.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any
from uuid import UUID

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from wholesale_desk import connection
from wholesale_desk.models import OutboxEntry, OutboxStatus
from wholesale_desk.onec import values
from wholesale_desk.onec.profile import load_profile
from wholesale_desk.sync.mapping import BoundObject, BoundProfile, bind, to_onec

OPERATIONS = ("create", "update", "post", "cancel", "delete")
OPEN = (
    OutboxStatus.PENDING.value,
    OutboxStatus.SENDING.value,
    OutboxStatus.HELD.value,
    OutboxStatus.REJECTED.value,
    OutboxStatus.CONFLICT.value,
)
WAITING = (OutboxStatus.PENDING.value, OutboxStatus.SENDING.value, OutboxStatus.HELD.value)
_GUID = re.compile(r"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$")


@cache
def _bound_profile(name: str) -> BoundProfile:
    return bind(load_profile(name))


def active_profile() -> BoundProfile:
    """The profile of the configured connection (the default one before any connect)."""
    return _bound_profile(connection.load().profile)


def resolve(bound: BoundProfile, entity: str) -> tuple[BoundObject | None, str]:
    """(bound object, entity set) for a concept name (`order`) or an entity set name."""
    for obj in bound.objects:
        if obj.concept == entity:
            return obj, obj.spec.entity_set
    for obj in bound.objects:
        if obj.spec.entity_set == entity:
            return None, entity
    raise ValueError(f"unknown 1C object {entity!r}: not in the profile")


def enqueue(
    session: Session,
    entity: str,
    ref_key: str,
    operation: str,
    payload: dict[str, Any] | None,
    base_data_version: str | None,
    *,
    profile: BoundProfile | None = None,
    hold: bool = False,
) -> OutboxEntry:
    """Queue a change for 1C in the caller's transaction; returns the (new or merged) entry.

    `entity`: a profile concept (`"order"`, `"client"`, `"contact"`, `"call"` …) with `payload`
    in our column names (table parts as lists of row dicts under the part name, e.g. `lines`),
    or an entity set with `payload` already in 1C names. `base_data_version`: the 1C
    `DataVersion` the edit started from (None for a new object). `hold=True` parks the entry
    (e.g. an order awaiting approval) until `release` is called.

    A new entry waits for any open entry creating an object it refers to (a new client before
    its order). Edits to an object whose earlier entry has not been sent yet are merged into it.
    """
    if operation not in OPERATIONS:
        raise ValueError(f"unknown outbox operation {operation!r}")
    ref_key = str(UUID(ref_key))
    bound = profile or active_profile()
    obj, entity_set = resolve(bound, entity)
    body = dict(payload or {})
    if obj is not None and body:
        body = to_onec(obj, body)
    if operation in ("cancel", "delete") and not body:
        body = {"DeletionMark": True}
    status = OutboxStatus.HELD.value if hold else OutboxStatus.PENDING.value

    if operation in ("update", "cancel", "delete"):
        earlier = session.scalars(
            select(OutboxEntry)
            .where(
                OutboxEntry.ref_key == ref_key,
                OutboxEntry.entity == entity_set,
                OutboxEntry.operation.in_(("create", "update")),
                OutboxEntry.status.in_(
                    (
                        OutboxStatus.PENDING.value,
                        OutboxStatus.REJECTED.value,
                        OutboxStatus.HELD.value,
                    )
                ),
            )
            .order_by(OutboxEntry.id.desc())
            .limit(1)
        ).first()
        if earlier is not None and operation == "update":
            merged = values.loads(earlier.payload or "{}")
            merged.update(body)
            earlier.payload = values.dumps(merged)
            if earlier.status == OutboxStatus.REJECTED.value:
                earlier.status = status
                earlier.last_error = ""
            session.flush()
            return earlier

    entry = OutboxEntry(
        entity=entity_set,
        ref_key=ref_key,
        operation=operation,
        payload=values.dumps(body),
        base_data_version=base_data_version,
        status=status,
        depends_on=_dependency(session, ref_key, body),
    )
    session.add(entry)
    session.flush()
    return entry


def _refs_in(value: Any) -> set[str]:
    if isinstance(value, dict):
        return set().union(*(_refs_in(v) for v in value.values())) if value else set()
    if isinstance(value, list):
        return set().union(*(_refs_in(v) for v in value)) if value else set()
    if isinstance(value, str) and _GUID.match(value) and value != values.EMPTY_REF:
        return {value.lower()}
    return set()


def _dependency(session: Session, ref_key: str, body: dict[str, Any]) -> int | None:
    """The newest open entry that creates something this change refers to (or itself)."""
    refs = _refs_in(body) | {ref_key}
    return session.scalar(
        select(func.max(OutboxEntry.id)).where(
            OutboxEntry.ref_key.in_(refs),
            OutboxEntry.status.in_(OPEN),
            (OutboxEntry.operation == "create") | (OutboxEntry.ref_key == ref_key),
        )
    )


def release(session: Session, ref_key: str) -> int:
    """Let held entries of an object go (an approved order); returns how many."""
    entries = session.scalars(
        select(OutboxEntry).where(
            OutboxEntry.ref_key == ref_key, OutboxEntry.status == OutboxStatus.HELD.value
        )
    ).all()
    for entry in entries:
        entry.status = OutboxStatus.PENDING.value
    return len(entries)


def retry(session: Session, entry_id: int) -> None:
    """Send a rejected entry again (after the user fixed what 1C complained about)."""
    entry = session.get(OutboxEntry, entry_id)
    if entry is not None and entry.status == OutboxStatus.REJECTED.value:
        entry.status = OutboxStatus.PENDING.value
        entry.last_error = ""


def pending_count(session: Session) -> int:
    """Changes still to reach 1C (waiting, held, rejected or in conflict): the status bar figure."""
    return int(
        session.scalar(
            select(func.count()).select_from(OutboxEntry).where(OutboxEntry.status.in_(OPEN))
        )
        or 0
    )


def open_refs(session: Session) -> set[str]:
    return set(session.scalars(select(OutboxEntry.ref_key).where(OutboxEntry.status.in_(OPEN))))
