"""The client list as SQL: which clients match (ids, in order) and the rows for given ids.

Shaped after Anki's browser table: a view asks for the ordered ids once per search or sort, then
for the few rows it paints. Filtering, searching (FTS5) and sorting all happen in SQLite; the
per-client figures (debt, overdue, last order, sales in 90 days) are correlated subqueries over
indexed columns, cheap for the rows painted and fast enough to sort 20,000 clients.
Clients deleted in 1C are hidden unless asked for with `removed_with_local_work`.
"""

from __future__ import annotations

import enum
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from wholesale_desk.models import Manager, Region, Segment, current_sql
from wholesale_desk.services import search_index
from wholesale_desk.services.cooperation import CooperationModel, sql_expression

_PARAM = re.compile(r":[A-Za-z_][A-Za-z0-9_]*")
SALES_WINDOW_DAYS = 90
_BATCH = 500


class SortKey(enum.StrEnum):
    NAME = "name"
    INN = "inn"
    SEGMENT = "segment"
    MANAGER = "manager"
    CITY = "city"
    DEBT = "debt"
    OVERDUE = "overdue"
    LAST_ORDER = "last_order"
    SALES_90 = "sales_90"


@dataclass(frozen=True)
class ClientQuery:
    """What the user asked the list to show; every field narrows it, defaults show everyone."""

    text: str = ""
    manager_id: str | None = None
    segment_id: str | None = None
    region_id: str | None = None
    model: CooperationModel | None = None
    overdue_only: bool = False
    no_order_days: int | None = None
    removed_with_local_work: bool = False
    """Show only clients deleted in 1C that still carry unsent local work."""
    sort: SortKey = SortKey.NAME
    descending: bool = False
    partner_segments: tuple[str, ...] = field(default=())
    """Segment ids that make a client a partner (company setting), for `model`."""


@dataclass(frozen=True)
class ClientRow:
    """One painted row of the list."""

    id: str
    name: str
    inn: str
    segments: str
    manager: str
    city: str
    debt: Decimal
    overdue: Decimal
    last_order: date | None
    sales_90: Decimal
    removed: bool


@dataclass(frozen=True)
class Choice:
    id: str
    name: str


@dataclass(frozen=True)
class FilterChoices:
    managers: list[Choice]
    segments: list[Choice]
    regions: list[Choice]


def kopecks(value: Any) -> Decimal:
    """An SQL sum of a Money column (integer kopecks) as rubles."""
    return (Decimal(int(value or 0)) / 100).quantize(Decimal("0.01"))


def _day(value: date) -> str:
    return value.isoformat()


# Correlated per-client figures over the alias `c`; each uses an index on client_id.
_DEBT = "(SELECT coalesce(sum(s.debt), 0) FROM settlements s WHERE s.client_id = c.id)"
_OVERDUE = (
    "(SELECT coalesce(sum(s.debt), 0) FROM settlements s"
    " WHERE s.client_id = c.id AND s.debt > 0 AND s.due_date < :today)"
)
_LAST_ORDER = "(SELECT max(o.date) FROM orders o WHERE o.client_id = c.id AND o.deletion_mark = 0)"
_SALES = (
    "((SELECT coalesce(sum(sh.amount), 0) FROM shipments sh WHERE sh.client_id = c.id"
    "   AND sh.date >= :since AND sh.posted = 1 AND sh.deletion_mark = 0)"
    " - (SELECT coalesce(sum(r.amount), 0) FROM returns r WHERE r.client_id = c.id"
    "   AND r.date >= :since AND r.posted = 1 AND r.deletion_mark = 0))"
)
_INN = "(SELECT min(l.inn) FROM legal_entities l WHERE l.client_id = c.id AND l.deletion_mark = 0)"
_SEGMENT_SORT = (
    "(SELECT min(sg.name) FROM client_segments cs JOIN segments sg ON sg.id = cs.segment_id"
    " WHERE cs.client_id = c.id)"
)
_SEGMENTS = (
    "(SELECT group_concat(sg.name, ', ') FROM client_segments cs"
    " JOIN segments sg ON sg.id = cs.segment_id WHERE cs.client_id = c.id)"
)
_MANAGER = "(SELECT m.name FROM managers m WHERE m.id = c.manager_id)"
_REMOVED = f"(NOT {current_sql('c')})"
UNSENT_WORK = (
    "(EXISTS (SELECT 1 FROM outbox ob WHERE ob.status != 'done' AND ob.ref_key IN ("
    "   SELECT i.id FROM interactions i WHERE i.client_id = c.id"
    "   UNION ALL SELECT k.id FROM contacts k WHERE k.client_id = c.id"
    "   UNION ALL SELECT l.id FROM legal_entities l WHERE l.client_id = c.id"
    "   UNION ALL SELECT o.id FROM orders o WHERE o.client_id = c.id"
    "   UNION ALL SELECT c.id))"
    " OR EXISTS (SELECT 1 FROM orders o WHERE o.client_id = c.id AND o.created_locally = 1"
    "   AND o.state IN ('draft', 'needs_approval', 'approved', 'queued', 'rejected'))"
    " OR EXISTS (SELECT 1 FROM tasks t WHERE t.client_id = c.id AND t.done_at IS NULL))"
)
"""SQL: the client `c` has local work that has not reached 1C (or is still to be done)."""

_NAME_SORT = "replace(replace(c.name, 'Ё', 'Е'), 'ё', 'е')"
"""Names sort with "ё" as "е", as Russian readers expect (code point order puts Ё before А)."""

_SORTS = {
    SortKey.NAME: _NAME_SORT,
    SortKey.INN: f"coalesce({_INN}, '')",
    SortKey.SEGMENT: f"coalesce({_SEGMENT_SORT}, '')",
    SortKey.MANAGER: f"coalesce({_MANAGER}, '')",
    SortKey.CITY: "c.city",
    SortKey.DEBT: _DEBT,
    SortKey.OVERDUE: _OVERDUE,
    SortKey.LAST_ORDER: f"coalesce({_LAST_ORDER}, '')",
    SortKey.SALES_90: _SALES,
}


def _figure_params(today: date) -> dict[str, Any]:
    return {
        "today": _day(today),
        "since": _day(today - timedelta(days=SALES_WINDOW_DAYS)),
    }


def effective(query: ClientQuery) -> tuple[object, ...]:
    """What decides `client_ids`' answer: two queries with the same key list the same clients
    ("+7 (916" and "+7 (916) " search the same number), so a view may skip the second."""
    typed = query.text.strip()
    text_key: object = (
        tuple(_initials(typed))
        if len(typed) == 1 and typed.isalnum()
        else search_index.match_query(typed)
    )
    return (text_key, *(getattr(query, f) for f in _FILTER_FIELDS))


_FILTER_FIELDS = (
    "manager_id",
    "segment_id",
    "region_id",
    "model",
    "overdue_only",
    "no_order_days",
    "removed_with_local_work",
    "sort",
    "descending",
    "partner_segments",
)


def _initials(letter: str) -> list[str]:
    """The first characters a name may start with to match `letter`: both cases, ё as е."""
    folded = search_index.fold(letter)
    found = {folded, folded.upper()}
    if folded == "е":
        found |= {"ё", "Ё"}
    return sorted(found)


def client_ids(session: Session, query: ClientQuery, today: date) -> list[str]:
    """The ids of the clients matching `query`, in its sort order (ties broken by name, id)."""
    where = [f"NOT {_REMOVED}"] if not query.removed_with_local_work else [_REMOVED, UNSENT_WORK]
    params: dict[str, Any] = {}
    sort_sql = _SORTS[query.sort]
    if ":today" in sort_sql or ":since" in sort_sql:
        params.update(_figure_params(today))
    source = "clients c"
    typed = query.text.strip()
    if len(typed) == 1 and typed.isalnum():
        # One letter is a phone-book jump (names starting with it): an index range, where a
        # full-text prefix of one letter would match nearly every client.
        ranges = []
        for i, first in enumerate(_initials(typed)):
            ranges.append(f"(c.name >= :lo{i} AND c.name < :hi{i})")
            params[f"lo{i}"] = first
            params[f"hi{i}"] = chr(ord(first) + 1)
        where.append("(" + " OR ".join(ranges) + ")")
    else:
        match = search_index.match_query(typed)
        if match is not None:
            # Driving from the index by rowid (see search_index.aligned): each match is one
            # integer look-up.
            source = "clients_fts JOIN clients c ON c.rowid = clients_fts.rowid"
            where.append("clients_fts MATCH :match")
            params["match"] = match
    if query.manager_id:
        where.append("c.manager_id = :manager")
        params["manager"] = query.manager_id
    if query.region_id:
        where.append("c.region_id = :region")
        params["region"] = query.region_id
    if query.segment_id:
        where.append(
            "c.id IN (SELECT cs.client_id FROM client_segments cs WHERE cs.segment_id = :segment)"
        )
        params["segment"] = query.segment_id
    if query.model is not None:
        expression, model_params = sql_expression(list(query.partner_segments))
        where.append(f"{expression} = :model")
        params.update(model_params)
        params["model"] = query.model.value
    if query.overdue_only:
        where.append(
            "EXISTS (SELECT 1 FROM settlements s WHERE s.client_id = c.id AND s.debt > 0"
            " AND s.due_date < :today)"
        )
        params["today"] = _day(today)
    if query.no_order_days is not None:
        where.append(
            "NOT EXISTS (SELECT 1 FROM orders o WHERE o.client_id = c.id AND o.deletion_mark = 0"
            " AND o.date >= :order_cutoff)"
        )
        params["order_cutoff"] = _day(today - timedelta(days=query.no_order_days))
    direction = "DESC" if query.descending else "ASC"
    sql = (
        f"SELECT c.id FROM {source} WHERE {' AND '.join(where)}"
        f" ORDER BY {sort_sql} {direction}, {_NAME_SORT} {direction}, c.id"
    )
    # The driver's own cursor: 20,000 ids come back without per-row ORM work.
    rows = session.connection().exec_driver_sql(_positional(sql, params), _values(sql, params))
    return [row[0] for row in rows]


def _positional(sql: str, params: dict[str, Any]) -> str:
    """`:name` → `?` in order, for the DBAPI cursor."""
    return _PARAM.sub("?", sql)


def _values(sql: str, params: dict[str, Any]) -> tuple[Any, ...]:
    return tuple(params[name[1:]] for name in _PARAM.findall(sql))


def rows_by_id(session: Session, ids: Sequence[str], today: date) -> dict[str, ClientRow]:
    """The list rows of these clients (missing ids are absent from the result)."""
    result: dict[str, ClientRow] = {}
    for start in range(0, len(ids), _BATCH):
        batch = list(ids[start : start + _BATCH])
        params: dict[str, Any] = {f"k{i}": key for i, key in enumerate(batch)}
        params.update(_figure_params(today))
        marks = ",".join(f":k{i}" for i in range(len(batch)))
        sql = (
            f"SELECT c.id, c.name, coalesce({_INN}, ''), coalesce({_SEGMENTS}, ''),"
            f" coalesce({_MANAGER}, ''), c.city, {_DEBT}, {_OVERDUE}, {_LAST_ORDER}, {_SALES},"
            f" {_REMOVED} FROM clients c WHERE c.id IN ({marks})"
        )
        for row in session.execute(text(sql), params):
            last = row[8]
            result[row[0]] = ClientRow(
                id=row[0],
                name=row[1],
                inn=row[2],
                segments=row[3],
                manager=row[4],
                city=row[5],
                debt=kopecks(row[6]),
                overdue=kopecks(row[7]),
                last_order=datetime.fromisoformat(last).date() if last else None,
                sales_90=kopecks(row[9]),
                removed=bool(row[10]),
            )
    return result


def filter_choices(session: Session) -> FilterChoices:
    """Managers, segments and regions for the filter bar, by name."""

    def choices(model: type[Manager] | type[Segment] | type[Region]) -> list[Choice]:
        rows = session.execute(
            select(model.id, model.name).where(model.deletion_mark.is_(False)).order_by(model.name)
        )
        return [Choice(i, n) for i, n in rows]

    return FilterChoices(choices(Manager), choices(Segment), choices(Region))


def removed_with_unsent_work(session: Session) -> int:
    """How many clients deleted in 1C still carry unsent local work (the list offers to show them)."""
    sql = f"SELECT count(*) FROM clients c WHERE {_REMOVED} AND {UNSENT_WORK}"
    return int(session.execute(text(sql)).scalar_one())
