"""Checkpoints of a sync's paged phases, so a retry on a bad network goes on, not over.

A key listing (`Ref_Key,DataVersion` of a catalog or a document window) or a register snapshot
is many pages; on a network that fails one request in five, a sync that starts each of them
over never ends. Each page that arrives is committed to the store (`watermarks`, one row per
page, under the phase's key) with the query it answers; the next try replays the stored pages
and asks 1C only for the rest. A phase that completes drops its pages.

A *round* is what one sync means to pull: the objects it completed are remembered, and a retry
soon after a failed sync pulls only the others (`Round`).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from datetime import datetime, timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from wholesale_desk.models import Watermark
from wholesale_desk.store import Store
from wholesale_desk.sync import state

Row = dict[str, Any]
Pages = Iterator[tuple[int, list[Row]]]

PREFIX = "stage:"
ROUND = "sync:round"
ROUND_RESUMES_FOR = timedelta(hours=1)
"""A failed sync's completed objects count for a retry within this time; after it, the next
sync pulls everything again (its data would otherwise be older than its time says)."""


def _encode(value: Any) -> Any:
    if isinstance(value, Decimal):
        return {"$d": str(value)}  # 1C's numbers stay exact, as `values.loads` gave them
    raise TypeError(f"cannot store {type(value).__name__} in a checkpoint")


def _decode(obj: dict[str, Any]) -> Any:
    if len(obj) == 1 and "$d" in obj:
        return Decimal(obj["$d"])
    return obj


def dumps(rows: list[Row]) -> str:
    return json.dumps(rows, ensure_ascii=False, separators=(",", ":"), default=_encode)


def loads(raw: str) -> list[Row]:
    value = json.loads(raw, object_hook=_decode, parse_float=Decimal)
    return value if isinstance(value, list) else []


class PagedPhase:
    """The stored pages of one paged query; `pages()` replays them, then fetches the rest."""

    def __init__(self, store: Store, key: str, query: dict[str, Any], page_size: int) -> None:
        self.store = store
        self.key = PREFIX + key
        self.query = query
        self.page_size = page_size  # pages start this far apart, whatever came back
        self.resumed_pages = 0

    def _page_key(self, skip: int) -> str:
        return f"{self.key}:{skip:012d}"

    def pages(self, fetch: Callable[[int], Pages]) -> Pages:
        """(skip, rows) pages: the stored ones first, then `fetch(next_skip)`'s, each stored
        (in its own transaction) before it is handed on. The last page (shorter than a page)
        is not stored: nothing follows it, so a retry asks for it again at the same cost, and a
        one-page listing (most of them) writes nothing."""
        next_skip = 0
        with self.store.session() as session:
            meta = state.get_json(session, self.key)
            stored: list[tuple[str, int]] = []
            if isinstance(meta, dict) and meta.get("query") == self.query:
                stored = [
                    (key, int(key.rpartition(":")[2]))
                    for key in session.scalars(
                        select(Watermark.key)
                        .where(Watermark.key.startswith(self.key + ":"))
                        .order_by(Watermark.key)
                    )
                ]
        for page_key, skip in stored:
            with self.store.session() as session:
                rows = loads(state.get(session, page_key) or "[]")
            self.resumed_pages += 1
            next_skip = skip + self.page_size
            yield skip, rows
        fresh = not stored  # pages kept for another query (or none) go with the first new one
        for skip, rows in fetch(next_skip):
            if self.page_size and len(rows) < self.page_size:
                yield skip, rows
                continue
            with self.store.transaction() as session:
                if fresh:
                    self.clear(session)
                    state.put_json(session, self.key, {"query": self.query})
                    fresh = False
                state.put(session, self._page_key(skip), dumps(rows))
            yield skip, rows

    def clear(self, session: Session | None = None) -> None:
        """Forget the stored pages (the phase completed, or they answer another query)."""
        if session is None:
            with self.store.transaction() as own:
                self.clear(own)
            return
        session.execute(
            delete(Watermark).where(
                (Watermark.key == self.key) | Watermark.key.startswith(self.key + ":")
            )
        )


def clear_all(session: Session) -> None:
    """Forget every stored page and the round: after a complete sync (the next one pulls
    whatever changed), and before a full re-read (which starts from nothing)."""
    session.execute(delete(Watermark).where(Watermark.key.startswith(PREFIX)))
    state.drop(session, ROUND)


class Round:
    """The objects the current round of syncs has pulled; a retry skips them."""

    def __init__(self, store: Store, *, fresh: bool = False) -> None:
        self.store = store
        now = state.utcnow()
        with store.session() as session:
            raw = state.get_json(session, ROUND)
        started = _when(raw.get("started")) if isinstance(raw, dict) else None
        if fresh or started is None or now - started > ROUND_RESUMES_FOR:
            self.started = now
            self.done: set[str] = set()
        else:
            self.started = started
            self.done = set(raw.get("done") or [])
        self.resumed = bool(self.done)
        with store.transaction() as session:
            self._save(session)

    def _save(self, session: Session) -> None:
        state.put_json(
            session, ROUND, {"started": self.started.isoformat(), "done": sorted(self.done)}
        )

    def completed(self, name: str) -> None:
        self.done.add(name)
        with self.store.transaction() as session:
            self._save(session)


def _when(value: Any) -> datetime | None:
    try:
        return datetime.fromisoformat(value) if isinstance(value, str) else None
    except ValueError:
        return None
