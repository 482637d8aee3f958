"""Pull: 1C → local store, first in full, then incrementally, resumable and idempotent.

Catalogs: a `Ref_Key,DataVersion` listing is compared with the cache; changed and new objects
are fetched by key batches; keys missing from the listing were deleted in 1C. Documents: the
same over a rolling date window, after a first load back to the history depth. Registers are
snapshots brought up to date in one transaction, writing only the rows that differ; one written
only by known documents (prices) is fetched again only when one of those changed. Every page is
committed with its resume point, so an interrupted sync goes on from there, and upserts keyed
by `Ref_Key` make a rerun a no-op.
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy import (
    Table,
    and_,
    case,
    delete,
    exists,
    func,
    literal_column,
    or_,
    select,
    true,
    type_coerce,
    update,
)
from sqlalchemy.dialects.sqlite import insert
from sqlalchemy.orm import Session
from sqlalchemy.sql.expression import ColumnClause
from sqlalchemy.types import NullType

from wholesale_desk.connection import ConnectionSettings
from wholesale_desk.models import Base, OrderState, OutboxEntry, OutboxStatus
from wholesale_desk.onec import query, values
from wholesale_desk.onec.client import OneCClient
from wholesale_desk.onec.errors import NotFound, QueryError, RightsError
from wholesale_desk.onec.profile import DATE, REF, VERSION
from wholesale_desk.store import Store
from wholesale_desk.sync import state
from wholesale_desk.sync.mapping import (
    BoundObject,
    BoundProfile,
    BoundRegister,
    Mapped,
    MappingError,
)
from wholesale_desk.sync.prefetch import prefetch
from wholesale_desk.sync.progress import RunContext

log = logging.getLogger(__name__)

PAGE = 1000  # full objects per page on a first load
# Narrow rows come in larger pages. 1C has no server paging: every page re-runs the query (a
# virtual table's whole balance or slice, a listing's filter and sort) and then skips, so the
# server's work grows with the number of pages, not rows. 20,000 key/version pairs are ~1.8 MB
# of JSON; 25,000 register rows 4-10 MB: well within what a 1C server sends and we hold.
LIST_PAGE_FACTOR = 20  # Ref_Key,DataVersion pairs per listing page, per full-object page row
REGISTER_PAGE_FACTOR = 25  # register rows per page, per full-object page row
# A price document counts as come due this long after its date by our idea of the server's clock,
# so a clock a little ahead of the server's cannot make us take a slice fetched just before.
CLOCK_MARGIN = timedelta(minutes=15)
COMMIT_EVERY = 20  # key batches (of ~15) per committed transaction
OPEN_OUTBOX = (
    OutboxStatus.PENDING.value,
    OutboxStatus.SENDING.value,
    OutboxStatus.HELD.value,
    OutboxStatus.REJECTED.value,
    OutboxStatus.CONFLICT.value,
)
# Order states the services derive after 1C accepted an order: a pull must not step them back.
_LATER_ORDER_STATES = (
    OrderState.SHIPPED_PARTLY.value,
    OrderState.SHIPPED.value,
    OrderState.PAID.value,
    OrderState.CANCELLED.value,
)


def months_back(moment: datetime, months: int) -> datetime:
    """The first day of the month `months` before `moment`'s month, at midnight."""
    index = moment.year * 12 + (moment.month - 1) - months
    return datetime(index // 12, index % 12 + 1, 1)


def window_start(settings: ConnectionSettings) -> datetime:
    now = settings.server_now()
    return datetime(now.year, now.month, now.day) - timedelta(days=settings.document_window_days)


def _and(*parts: str | None) -> str | None:
    present = [p for p in parts if p]
    if not present:
        return None
    if len(present) == 1:
        return present[0]
    return " and ".join(f"({p})" for p in present)


@dataclass
class _Fk:
    column: str
    target: str
    nullable: bool


class Puller:
    """One pull over one client; the engine makes one per sync."""

    def __init__(
        self,
        client: OneCClient,
        store: Store,
        bound: BoundProfile,
        settings: ConnectionSettings,
        ctx: RunContext,
        *,
        published: set[str] | None = None,
        page_size: int = PAGE,
    ) -> None:
        self.client = client
        self.store = store
        self.bound = bound
        self.settings = settings
        self.ctx = ctx
        self.published = published
        self.page_size = page_size
        self.list_page = page_size * LIST_PAGE_FACTOR
        self.register_page = page_size * REGISTER_PAGE_FACTOR
        self._ids: dict[str, set[str]] = {}
        self._protected: set[str] = set()
        self._skipped: dict[str, dict[str, str]] = {}
        self._referrers: dict[str, list[tuple[Table, str]]] = {}

    # --- entry point --------------------------------------------------------------------------
    def run(self) -> None:
        with self.store.session() as session:
            self._protected = set(
                session.scalars(
                    select(OutboxEntry.ref_key).where(OutboxEntry.status.in_(OPEN_OUTBOX))
                )
            )
        for obj in self.bound.objects:
            if not self._available(obj.spec.entity_set, obj.spec.required):
                continue
            self.ctx.check()
            try:
                if obj.spec.kind == "catalog":
                    self.pull_catalog(obj)
                else:
                    self.pull_documents(obj)
            except RightsError as exc:
                self._no_rights(obj.spec.entity_set, obj.spec.required, exc)
        analytics: dict[str, dict[str, Any]] = {}
        registers = sorted(self.bound.registers.values(), key=lambda r: r.table is not None)
        for reg in registers:
            if not self._available(reg.spec.entity_set.split("/")[0], reg.spec.required):
                continue
            self.ctx.check()
            try:
                analytics[reg.spec.name] = self.pull_register(reg, analytics)
            except RightsError as exc:
                self._no_rights(reg.spec.entity_set, reg.spec.required, exc)

    def _no_rights(self, entity_set: str, required: bool, exc: RightsError) -> None:
        """A user's role may lack an optional object altogether (1C's code 20, even with
        `allowedOnly`): the rest of the sync goes on and the log says what was left out. A
        required object stops the sync: without it the cache would be wrong, not just poorer."""
        if required:
            raise exc
        log.warning("1C: no rights on %s: %s", entity_set, exc.onec_message)
        with self.store.transaction() as session:
            self.ctx.issue(session, entity_set, "", str(exc))

    def _available(self, entity_set: str, required: bool) -> bool:
        if self.published is None or required:
            return True
        return (
            entity_set in self.published or entity_set.removesuffix("_RecordType") in self.published
        )

    # --- catalogs -----------------------------------------------------------------------------
    def pull_catalog(self, obj: BoundObject) -> None:
        key = f"pull:{obj.concept}"
        with self.store.session() as session:
            mark = state.get_json(session, key) or {}
        if mark.get("phase") != "done":
            resumed = self._full_load(obj, key, obj.spec.filter, int(mark.get("skip", 0)), {})
            if not resumed:
                return
        self._diff(obj, obj.spec.filter, since=None)

    # --- documents ----------------------------------------------------------------------------
    def pull_documents(self, obj: BoundObject) -> None:
        key = f"pull:{obj.concept}"
        depth_from = months_back(self.settings.server_now(), self.settings.history_depth_months)
        with self.store.session() as session:
            mark = state.get_json(session, key) or {}
        loaded_from = _parse(mark.get("from"))
        if mark.get("phase") != "done":
            start_from = loaded_from or depth_from
            flt = _and(obj.spec.filter, f"{DATE} ge {query.datetime_literal(start_from)}")
            resumed = self._full_load(
                obj, key, flt, int(mark.get("skip", 0)), {"from": start_from.isoformat()}
            )
            if resumed:
                self._diff(obj, flt, since=start_from, verify_missing=True)
            return
        if loaded_from is not None and depth_from < loaded_from:
            # the history depth grew: load the older months once
            flt = _and(
                obj.spec.filter,
                f"{DATE} ge {query.datetime_literal(depth_from)}",
                f"{DATE} lt {query.datetime_literal(loaded_from)}",
            )
            for _ in self._pages(obj, flt, 0, key=None):
                pass
            with self.store.transaction() as session:
                state.put_json(session, key, {"phase": "done", "from": depth_from.isoformat()})
        since = max(window_start(self.settings), loaded_from or depth_from)
        flt = _and(obj.spec.filter, f"{DATE} ge {query.datetime_literal(since)}")
        self._diff(obj, flt, since=since, verify_missing=True)

    # --- the two ways of pulling --------------------------------------------------------------
    def _full_load(
        self, obj: BoundObject, key: str, flt: str | None, start: int, extra: dict[str, Any]
    ) -> bool:
        """Page full objects from `start`; returns True when it resumed an interrupted load."""
        for _ in self._pages(obj, flt, start, key=key, extra=extra):
            pass
        with self.store.transaction() as session:
            state.put_json(session, key, {"phase": "done", **extra})
        return start > 0

    def _pages(
        self,
        obj: BoundObject,
        flt: str | None,
        start: int,
        *,
        key: str | None,
        extra: dict[str, Any] | None = None,
    ) -> Iterator[int]:
        select_ = obj.spec.select()
        for skip, rows in prefetch(
            self.client.pages(
                obj.spec.entity_set,
                select=select_,
                filter=flt,
                page_size=self.page_size,
                start=start,
            )
        ):
            with self.store.transaction() as session:
                self._store(session, obj, rows)
                if key is not None:
                    state.put_json(
                        session, key, {"phase": "full", "skip": skip + len(rows), **(extra or {})}
                    )
            self.ctx.progress(obj.concept, skip + len(rows), 0)
            yield skip
            self.ctx.check()

    def _diff(
        self,
        obj: BoundObject,
        flt: str | None,
        *,
        since: datetime | None,
        verify_missing: bool = False,
    ) -> None:
        """Listing of (key, version) → fetch what changed, drop what vanished."""
        remote: dict[str, str] = {}
        for _skip, rows in self.client.pages(
            obj.spec.entity_set, select=[REF, VERSION], filter=flt, page_size=self.list_page
        ):
            for row in rows:
                try:
                    ref = values.ref(row.get(REF))
                except ValueError:
                    ref = None
                if ref is not None:
                    remote[ref] = str(row.get(VERSION) or "")
            self.ctx.check()
        with self.store.session() as session:
            # documents: only the window's rows; one that moved in from older dates just looks
            # new and is fetched again, which is right
            local = self._local_versions(session, obj, since)
            skipped = self._skipped_for(session, obj)
            in_window = set(local)
        changed = [
            ref
            for ref, version in remote.items()
            if local.get(ref) != version and skipped.get(ref) != version
        ]
        missing = [ref for ref in in_window if ref not in remote and local.get(ref) is not None]
        gone_skipped = [ref for ref in skipped if ref not in remote and since is None]
        total = len(changed) + len(missing)
        self.ctx.progress(obj.concept, 0, total)
        done = 0
        for chunk in _chunks(changed, query.KEY_BATCH * COMMIT_EVERY):
            fetched = self._fetch(obj, chunk)
            with self.store.transaction() as session:
                self._store(session, obj, fetched)
            done += len(chunk)
            self.ctx.progress(obj.concept, done, total)
            self.ctx.check()
        if missing:
            # A document may only have left the window (its date changed): ask for it by key.
            still_there: list[dict[str, Any]] = []
            if verify_missing:
                still_there = self._fetch(obj, missing)
            found = {values.ref(r.get(REF)) for r in still_there}
            with self.store.transaction() as session:
                if still_there:
                    self._store(session, obj, still_there)
                self._delete(session, obj, [ref for ref in missing if ref not in found])
            done += len(missing)
            self.ctx.progress(obj.concept, done, total)
        if gone_skipped:
            with self.store.transaction() as session:
                for ref in gone_skipped:
                    skipped.pop(ref, None)
                state.put_json(session, f"skipped:{obj.concept}", skipped)

    def _fetch(self, obj: BoundObject, keys: Sequence[str]) -> list[dict[str, Any]]:
        out: list[dict[str, Any]] = []
        for rows in self.client.by_keys(obj.spec.entity_set, keys, select=obj.spec.select()):
            out.extend(rows)
        return out

    # --- local state --------------------------------------------------------------------------
    def _concept_filter(self, obj: BoundObject) -> Any:
        table = obj.table
        return and_(true(), *(table.c[c] == v for c, v in obj.constants.items()))

    def _local_versions(
        self, session: Session, obj: BoundObject, since: datetime | None
    ) -> dict[str, str | None]:
        table = obj.table
        query_ = select(table.c.id, table.c.data_version).where(self._concept_filter(obj))
        if since is not None:
            query_ = query_.where(table.c[obj.window_column or "date"] >= since)
        return {r[0]: r[1] for r in session.execute(query_)}

    def _skipped_for(self, session: Session, obj: BoundObject) -> dict[str, str]:
        if obj.concept not in self._skipped:
            raw = state.get_json(session, f"skipped:{obj.concept}")
            self._skipped[obj.concept] = raw if isinstance(raw, dict) else {}
        return self._skipped[obj.concept]

    def _known(self, session: Session, table_name: str) -> set[str]:
        if table_name not in self._ids:
            table = Base.metadata.tables[table_name]
            self._ids[table_name] = set(session.scalars(select(table.c.id)))
        return self._ids[table_name]

    # --- writing ------------------------------------------------------------------------------
    def _store(self, session: Session, obj: BoundObject, raws: Iterable[dict[str, Any]]) -> None:
        """Map and upsert one page; malformed rows are logged with their key and skipped."""
        fig = self.ctx.fig(obj.concept)
        skipped = self._skipped_for(session, obj)
        good: dict[str, Mapped] = {}
        skipped_changed = False
        for raw in raws:
            fig.fetched += 1
            ref = raw.get(REF) if isinstance(raw, dict) else None
            try:
                mapped = obj.map(raw)
                self._check_refs(session, obj, mapped)
            except MappingError as exc:
                fig.skipped += 1
                self.ctx.issue(session, obj.spec.entity_set, str(ref or ""), str(exc))
                try:
                    key = values.ref(ref)
                except ValueError:
                    key = None
                if key is not None:
                    skipped[key] = str(raw.get(VERSION) or "")
                    skipped_changed = True
                continue
            ident = mapped.row["id"]
            if ident in self._protected:
                fig.kept_local += 1
                continue
            if ident in skipped:
                del skipped[ident]
                skipped_changed = True
            good[ident] = mapped
        if skipped_changed:
            state.put_json(session, f"skipped:{obj.concept}", skipped)
        if good:
            self._upsert(session, obj, list(good.values()))
            fig.stored += len(good)

    def store_remote(self, session: Session, obj: BoundObject, raw: dict[str, Any]) -> None:
        """Store one object 1C just returned to the push, bypassing the outbox protection."""
        protected, self._protected = self._protected, set()
        try:
            self._store(session, obj, [raw])
        finally:
            self._protected = protected

    def _check_refs(self, session: Session, obj: BoundObject, mapped: Mapped) -> None:
        """References to rows we do not hold: nulled where optional, else the row is refused."""
        for fk in _fks(obj.table):
            value = mapped.row.get(fk.column)
            if value is None:
                continue
            if fk.target == obj.table.name and value == mapped.row["id"]:
                continue
            if value not in self._known(session, fk.target):
                if fk.nullable:
                    mapped.row[fk.column] = None
                else:
                    raise MappingError(
                        f"{fk.column} refers to {value}, which is not in the cache ({fk.target})"
                    )

    def _upsert(self, session: Session, obj: BoundObject, mapped: list[Mapped]) -> None:
        table = obj.table
        rows = [m.row for m in mapped]
        if "removed_in_1c" in table.c:
            for row in rows:
                row["removed_in_1c"] = False
        is_order = "state" in table.c and "posted" in table.c
        if is_order:
            for row in rows:
                row["state"] = (
                    OrderState.POSTED.value if row.get("posted") else OrderState.ACCEPTED.value
                )
        stmt = insert(table)
        set_: dict[str, Any] = {c: stmt.excluded[c] for c in rows[0] if c != "id"}
        if is_order:
            set_["state"] = case(
                (
                    or_(*(table.c.state == literal_column(f"'{v}'") for v in _LATER_ORDER_STATES)),
                    table.c.state,
                ),
                else_=stmt.excluded.state,
            )
        session.execute(stmt.on_conflict_do_update(index_elements=["id"], set_=set_), rows)
        known = self._known(session, table.name)
        known.update(r["id"] for r in rows)
        ids = [r["id"] for r in rows]
        for part in obj.parts:
            parent = part.table.c[part.spec.parent]
            for chunk in _chunks(ids, 500):
                session.execute(delete(part.table).where(parent.in_(chunk)))
            part_rows = [r for m in mapped for r in m.parts.get(part.spec.name, [])]
            if part_rows:
                session.execute(insert(part.table), part_rows)

    def _delete(self, session: Session, obj: BoundObject, refs: Sequence[str]) -> None:
        """Objects gone from 1C: removed here, unless local work or other rows still need them."""
        if not refs:
            return
        fig = self.ctx.fig(obj.concept)
        table = obj.table
        flag = "removed_in_1c" in table.c
        for ref in refs:
            if ref in self._protected or self._referenced(session, table, ref):
                if flag:
                    session.execute(
                        update(table).where(table.c.id == ref).values(removed_in_1c=True)
                    )
                fig.kept_local += 1
                continue
            session.execute(delete(table).where(table.c.id == ref))
            self._ids.get(table.name, set()).discard(ref)
            fig.deleted += 1

    def _referenced(self, session: Session, table: Table, ref: str) -> bool:
        """Whether a row elsewhere points at `ref` with a restricting foreign key."""
        if table.name not in self._referrers:
            found = []
            for other in Base.metadata.sorted_tables:
                for fk in other.foreign_keys:
                    if fk.column.table is table and (fk.ondelete or "").upper() not in (
                        "CASCADE",
                        "SET NULL",
                    ):
                        found.append((other, fk.parent.name))
            self._referrers[table.name] = found
        return any(
            session.scalar(select(exists().where(other.c[col] == ref)))
            for other, col in self._referrers[table.name]
        )

    # --- registers ----------------------------------------------------------------------------
    def pull_register(
        self, reg: BoundRegister, resolved: dict[str, dict[str, Any]]
    ) -> dict[str, Any]:
        """Fetch a whole snapshot, then make the cached one equal to it in one transaction.

        Rows are mapped page by page (the raw JSON is not kept). Only the rows that differ
        from the cached snapshot are written (see `replace_snapshot`), so a snapshot where a
        few balances moved costs a few row writes, not a rewrite of the table; the "as of" time
        moves either way. A register whose writers are known and unchanged (`_writers`) is
        not fetched at all.

        Long on purpose: one pass streams the pages and keeps only the mapped rows, so the
        mapping, the foreign-key filter and the merge of split rows share that pass's state.
        """
        spec = reg.spec
        fig = self.ctx.fig(spec.name)
        as_of = state.utcnow()
        lookup: dict[str, Any] = {}
        merged: dict[tuple[Any, ...], dict[str, Any]] = {}
        plain: list[dict[str, Any]] = []
        table = reg.table
        pk: list[str] = []
        if table is not None:
            pk = [
                c.name
                for c in table.primary_key.columns
                if c.autoincrement is not True and (c.name in spec.fields or c.name in spec.resolve)
            ]
        with self.store.session() as session:
            fks = _fks(table) if table is not None else []
            known = {fk.target: self._known(session, fk.target) for fk in fks}
        writers = self._writers(reg, known) if table is not None else None
        if writers is not None and table is not None:
            with self.store.session() as session:
                # the row count too: a cache emptied behind our back is not "unchanged"
                writers["rows"] = session.scalar(select(func.count()).select_from(table))
                unchanged = state.get(session, f"asof:{spec.name}") is not None and (
                    state.get_json(session, f"writers:{spec.name}") == writers
                )
            if unchanged:
                # nothing that writes or shapes the snapshot moved: the cached one is current
                with self.store.transaction() as session:
                    state.put(session, f"asof:{spec.name}", as_of.isoformat())
                self.ctx.progress(spec.name, 0, 0)
                return {}
        entity_set = sliced_now(spec.entity_set, self.settings.server_now())
        for skip, rows in prefetch(
            self.client.pages(
                entity_set,
                select=spec.select(),
                orderby=spec.order,
                page_size=self.register_page,
            )
        ):
            fig.fetched += len(rows)
            for raw in rows:
                try:
                    row = reg.map(raw)
                    for column, (source, prop) in spec.resolve.items():
                        target = resolved.get(source, {}).get(values.ref(raw.get(prop)) or "")
                        row[column] = target.get(column) if target else None
                        if row[column] is None:
                            raise MappingError(f"{prop} does not resolve through {source}")
                except (MappingError, ValueError):
                    fig.skipped += 1
                    continue
                if table is None:
                    if row.get("key"):
                        lookup[row["key"]] = row
                    continue
                if any(
                    (row.get(fk.column) is None and not fk.nullable)
                    or (row.get(fk.column) is not None and row[fk.column] not in known[fk.target])
                    for fk in fks
                ):
                    fig.skipped += 1  # a row about an object this user does not cache
                    continue
                if not pk:
                    plain.append(row)
                    continue
                ident = tuple(row.get(c) for c in pk)
                if spec.sum and ident in merged:
                    merged[ident][spec.sum] = (merged[ident][spec.sum] or Decimal(0)) + (
                        row[spec.sum] or Decimal(0)
                    )
                else:
                    merged.setdefault(ident, row)
            done = skip + len(rows)
            del rows  # the page's raw JSON goes before the next page is taken
            self.ctx.progress(spec.name, done, 0)
            self.ctx.check()
        if table is None:
            return lookup
        snapshot = plain + list(merged.values())
        del plain, merged
        columns = list(dict.fromkeys([*reg.converters, *spec.resolve]))
        with self.store.transaction() as session:
            written, deleted = replace_snapshot(session, table, columns, snapshot)
            fig.stored += written
            fig.deleted += deleted
            state.drop(session, f"hash:{spec.name}")  # the fingerprint older versions kept
            if writers is not None:  # taken before the fetch: a later write shows next time
                writers["rows"] = session.scalar(select(func.count()).select_from(table))
                state.put_json(session, f"writers:{spec.name}", writers)
            else:
                state.drop(session, f"writers:{spec.name}")
            state.put(session, f"asof:{spec.name}", as_of.isoformat())
        return {}

    def _writers(self, reg: BoundRegister, known: dict[str, set[str]]) -> dict[str, Any] | None:
        """What the snapshot depends on, when that is knowable; None means fetch it always.

        A register written only by some documents (`written_by`, e.g. prices by
        УстановкаЦенНоменклатуры) changes only when one of them is written, posted, unposted
        or deleted, and each of those moves its `DataVersion` or drops it from the listing. One
        cheap listing of their keys, versions and dates stands in for the whole snapshot, plus:
        the latest of their dates already past (a future-dated price comes due with no write),
        the server's day (so the snapshot is fetched at least once a day whatever else), the
        mapping, and the keys of the rows' references we hold (a row about an object we did
        not hold was dropped and must come once we hold it). Not published, or none visible
        (no right to read them): None.
        """
        spec = reg.spec
        if not spec.written_by or self.published is None:
            return None
        if any(name not in self.published for name in spec.written_by):
            return None
        now = self.settings.server_now()
        digest = hashlib.sha256(repr(spec).encode())
        listed = 0
        due: datetime | None = None
        for name in spec.written_by:
            docs: list[tuple[str, str, str]] = []
            try:
                for _skip, rows in self.client.pages(
                    name, select=[REF, VERSION, DATE], page_size=self.list_page
                ):
                    for row in rows:
                        docs.append((str(row.get(REF)), str(row.get(VERSION)), str(row.get(DATE))))
                        when = _parse(row.get(DATE))
                        if when is not None and when + CLOCK_MARGIN <= now:
                            due = when if due is None else max(due, when)
                    self.ctx.check()
            except (RightsError, NotFound, QueryError) as exc:  # not ours to read: fetch always
                log.info("%s: %s; the %s snapshot is fetched every sync", name, exc, spec.name)
                return None
            listed += len(docs)
            docs.sort()
            digest.update(repr((name, docs)).encode())
        if not listed:
            return None
        for target in sorted(known):
            digest.update(repr((target, sorted(known[target]))).encode())
        return {
            "documents": digest.hexdigest(),
            "day": now.date().isoformat(),
            "due": due.isoformat() if due is not None else None,
        }


def replace_snapshot(
    session: Session, table: Table, columns: Sequence[str], rows: list[dict[str, Any]]
) -> tuple[int, int]:
    """Make `table` hold exactly `rows`, writing only what differs; returns (written, deleted).

    The cached rows are read as stored (no type conversion) and each new row is put in the same
    stored form by the columns' own bind processors, so comparing is a tuple equality. The
    table is a multiset of rows: one that changed is deleted (by `rowid`) and inserted again,
    which needs no unique key and so serves snapshots without one (debts) too.
    """
    dialect = session.get_bind().dialect
    processors = [table.c[c].type.dialect_impl(dialect).bind_processor(dialect) for c in columns]
    cached: dict[tuple[Any, ...], list[int]] = {}
    rowid_: ColumnClause[Any] = literal_column("rowid")
    stored_rows = select(rowid_, *(type_coerce(table.c[c], NullType()) for c in columns))
    for rowid, *stored in session.execute(stored_rows):
        cached.setdefault(tuple(stored), []).append(rowid)
    fresh: list[dict[str, Any]] = []
    for row in rows:
        key = tuple(
            row.get(c) if p is None else p(row.get(c))
            for c, p in zip(columns, processors, strict=True)
        )
        same = cached.get(key)
        if same:
            same.pop()
            if not same:
                del cached[key]
        else:
            fresh.append(row)
    gone = [rowid for rowids in cached.values() for rowid in rowids]
    del cached
    for chunk in _chunks(gone, 500):  # type: ignore[arg-type]
        session.execute(delete(table).where(rowid_.in_(chunk)))
    if fresh:
        session.execute(insert(table), fresh)
    return len(fresh), len(gone)


def sliced_now(entity_set: str, now: datetime) -> str:
    """`…/SliceLast()` as of `now` on the server's clock.

    Without a period 1C takes the slice at the end of time, so a price entered today for next
    month would already show as the current one; the sync refetches prices when such a date
    comes due (`_writers`).
    """
    head, sep, tail = entity_set.rpartition("/SliceLast(")
    if not sep or tail != ")":
        return entity_set
    return f"{head}/SliceLast(Period={query.datetime_literal(now)})"


def _parse(value: Any) -> datetime | None:
    if not isinstance(value, str) or not value:
        return None
    try:
        return datetime.fromisoformat(value)
    except ValueError:
        return None


def _chunks(items: Sequence[str], size: int) -> Iterator[Sequence[str]]:
    for i in range(0, len(items), size):
        yield items[i : i + size]


_FK_CACHE: dict[str, list[_Fk]] = {}


def _fks(table: Table) -> list[_Fk]:
    if table.name not in _FK_CACHE:
        _FK_CACHE[table.name] = [
            _Fk(fk.parent.name, fk.column.table.name, bool(fk.parent.nullable))
            for fk in table.foreign_keys
        ]
    return _FK_CACHE[table.name]
