"""Push: the outbox to 1C, at least once on the wire and exactly once in 1C.

A create carries our own `Ref_Key`; an entry marked `sending` before the request is looked up
by key before it is ever sent again, so a reply lost in transit never makes a duplicate. An
update first compares the `DataVersion` it was based on with 1C's: if 1C moved on, a conflict
is recorded and neither side is overwritten. A business error lands on its record only.
"""

from __future__ import annotations

import logging
from typing import Any

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from wholesale_desk.connection import ConnectionSettings
from wholesale_desk.i18n import QT_TRANSLATE_NOOP, Text, text
from wholesale_desk.models import Conflict, OrderState, OutboxEntry, OutboxStatus
from wholesale_desk.onec import values
from wholesale_desk.onec.client import OneCClient
from wholesale_desk.onec.errors import (
    AuthError,
    OneCError,
    ProtocolError,
    TlsError,
    TransientError,
)
from wholesale_desk.onec.profile import REF, VERSION
from wholesale_desk.store import Store
from wholesale_desk.sync.mapping import BoundObject, BoundProfile
from wholesale_desk.sync.outbox import OPEN
from wholesale_desk.sync.progress import RunContext
from wholesale_desk.sync.pull import Puller
from wholesale_desk.sync.state import utcnow

log = logging.getLogger(__name__)

STOPPING = (AuthError, TransientError, TlsError, ProtocolError)
"""Errors that end the push for this sync (the next entries would fail the same way). A reply
that is not 1C's (a proxy's login page with status 200) says nothing about the entry: it is
not 1C refusing it, and the write may even have landed, so it stays `sending` to be looked up."""


class Pusher:
    def __init__(
        self,
        client: OneCClient,
        store: Store,
        bound: BoundProfile,
        ctx: RunContext,
        writer: Puller | None = None,
    ) -> None:
        self.client = client
        self.store = store
        self.bound = bound
        self.ctx = ctx
        self.writer = writer or Puller(client, store, bound, ConnectionSettings(), ctx)

    def run(self) -> None:
        """Deliver every due entry in creation order, skipping those that wait on another."""
        with self.store.session() as session:
            entries = session.scalars(
                select(OutboxEntry)
                .where(
                    OutboxEntry.status.in_((OutboxStatus.PENDING.value, OutboxStatus.SENDING.value))
                )
                .order_by(OutboxEntry.id)
            ).all()
            statuses: dict[int, str] = {
                row[0]: row[1]
                for row in session.execute(
                    select(OutboxEntry.id, OutboxEntry.status).where(OutboxEntry.status.in_(OPEN))
                )
            }
        blocked: set[str] = set()
        total = len(entries)
        for done, entry in enumerate(entries):
            self.ctx.check()
            self.ctx.progress("push", done, total)
            waits_on = entry.depends_on
            if (waits_on is not None and statuses.get(waits_on) is not None) or (
                entry.ref_key in blocked
            ):
                blocked.add(entry.ref_key)  # a later edit of a held-back object waits too
                continue
            ok = self._deliver(entry)
            if ok:
                statuses.pop(entry.id, None)
            else:
                blocked.add(entry.ref_key)
        self.ctx.progress("push", total, total)

    # --- one entry ----------------------------------------------------------------------------
    def _deliver(self, entry: OutboxEntry) -> bool:
        fig = self.ctx.fig(f"push:{entry.entity}")
        obj = self._object(entry.entity)
        body: dict[str, Any] = values.loads(entry.payload or "{}")
        resend = entry.status == OutboxStatus.SENDING.value or entry.attempts > 0
        with self.store.transaction() as session:
            session.execute(
                update(OutboxEntry)
                .where(OutboxEntry.id == entry.id)
                .values(status=OutboxStatus.SENDING.value, attempts=OutboxEntry.attempts + 1)
            )
        result: dict[str, Any] | object | None
        try:
            if entry.operation == "create":
                result = self._create(entry, obj, body, resend)
            elif entry.operation == "post":
                self.client.post_document(entry.entity, entry.ref_key)
                result = None
            else:
                result = self._update(entry, obj, body)
                if result is _CONFLICT:
                    fig.conflicts += 1
                    return False
        except STOPPING:
            with self.store.transaction() as session:
                session.execute(
                    update(OutboxEntry)
                    .where(OutboxEntry.id == entry.id)
                    .values(status=OutboxStatus.SENDING.value)
                )
            raise
        except OneCError as exc:
            message = exc.onec_message or str(exc)
            self._reject(entry, obj, message, exc.raw_message or message)
            fig.rejected += 1
            return False
        with self.store.transaction() as session:
            session.execute(
                update(OutboxEntry)
                .where(OutboxEntry.id == entry.id)
                .values(status=OutboxStatus.DONE.value, sent_at=utcnow(), last_error="")
            )
            if isinstance(result, dict):
                self._after_success(session, entry, obj, result)
        fig.sent += 1
        return True

    def _create(
        self, entry: OutboxEntry, obj: BoundObject | None, body: dict[str, Any], resend: bool
    ) -> dict[str, Any]:
        body = {**(obj.spec.constants_on_create if obj else {}), **body, REF: entry.ref_key}
        result = self.client.create(entry.entity, body, look_up_first=resend)
        if obj is not None and obj.spec.post_after_create:
            self.client.post_document(entry.entity, entry.ref_key)
            fresh = self.client.get_object(entry.entity, entry.ref_key, obj.spec.select())
            if fresh is not None:
                result = fresh
        return result

    def _update(
        self, entry: OutboxEntry, obj: BoundObject | None, body: dict[str, Any]
    ) -> dict[str, Any] | object | None:
        # only what the profile reads: enough for the version check and the conflict view
        current = self.client.get_object(
            entry.entity, entry.ref_key, obj.spec.select() if obj is not None else [REF, VERSION]
        )
        if current is None:
            raise OneCError(
                _deleted_text(), code="9", onec_message="The object no longer exists in 1C"
            )
        remote_version = str(current.get(VERSION) or "")
        if entry.base_data_version and remote_version != entry.base_data_version:
            self._conflict(entry, body, current, remote_version)
            return _CONFLICT
        result = self.client.patch(entry.entity, entry.ref_key, body)
        if result is None or VERSION not in result:
            result = self.client.get_object(entry.entity, entry.ref_key, [REF, VERSION]) or {}
        with self.store.transaction() as session:
            # Our own write moved the version: later edits based on the old one are not conflicts.
            session.execute(
                update(OutboxEntry)
                .where(
                    OutboxEntry.ref_key == entry.ref_key,
                    OutboxEntry.id != entry.id,
                    OutboxEntry.status.in_(OPEN),
                    OutboxEntry.base_data_version == remote_version,
                )
                .values(base_data_version=str(result.get(VERSION) or remote_version))
            )
        return result

    # --- outcomes -----------------------------------------------------------------------------
    def _after_success(
        self, session: Session, entry: OutboxEntry, obj: BoundObject | None, result: dict[str, Any]
    ) -> None:
        """Store 1C's own version of what we sent, as a pull would (its number, its version).

        Skipped while later local edits of the object wait: they stay what the user sees.
        """
        if obj is None:
            return
        later = session.scalar(
            select(func.count())
            .select_from(OutboxEntry)
            .where(
                OutboxEntry.ref_key == entry.ref_key,
                OutboxEntry.id != entry.id,
                OutboxEntry.status.in_(OPEN),
            )
        )
        if later:
            return
        if not all(prop in result for prop in obj.spec.select()):
            fresh = self.client.get_object(entry.entity, entry.ref_key, obj.spec.select())
            if fresh is None:
                return
            result = fresh
        self.writer.store_remote(session, obj, result)

    def _reject(self, entry: OutboxEntry, obj: BoundObject | None, message: str, raw: str) -> None:
        """1C refused: the entry and its record carry 1C's words and wait for the user.

        The record shows the readable text; the sync log keeps 1C's reply as it came (with
        the module location a 1C programmer needs).
        """
        with self.store.transaction() as session:
            session.execute(
                update(OutboxEntry)
                .where(OutboxEntry.id == entry.id)
                .values(status=OutboxStatus.REJECTED.value, last_error=message)
            )
            if obj is not None:
                table = obj.table
                changes: dict[str, Any] = {}
                if "reject_message" in table.c:
                    changes["reject_message"] = message
                if "state" in table.c and "posted" in table.c:
                    changes["state"] = OrderState.REJECTED.value
                if changes:
                    session.execute(
                        update(table).where(table.c.id == entry.ref_key).values(**changes)
                    )
            self.ctx.issue(session, entry.entity, entry.ref_key, raw)

    def _conflict(
        self, entry: OutboxEntry, body: dict[str, Any], current: dict[str, Any], version: str
    ) -> None:
        with self.store.transaction() as session:
            session.add(
                Conflict(
                    entity=entry.entity,
                    ref_key=entry.ref_key,
                    outbox_id=entry.id,
                    local_payload=values.dumps(body),
                    remote_payload=values.dumps(current),
                    base_data_version=entry.base_data_version,
                    remote_data_version=version,
                )
            )
            session.execute(
                update(OutboxEntry)
                .where(OutboxEntry.id == entry.id)
                .values(status=OutboxStatus.CONFLICT.value)
            )

    def _object(self, entity_set: str) -> BoundObject | None:
        for obj in self.bound.objects:
            if obj.spec.entity_set == entity_set and obj.spec.writable:
                return obj
        for obj in self.bound.objects:
            if obj.spec.entity_set == entity_set:
                return obj
        return None


_CONFLICT = object()


def _deleted_text() -> Text:
    return text("Sync", QT_TRANSLATE_NOOP("Sync", "The object was deleted in 1C"))
