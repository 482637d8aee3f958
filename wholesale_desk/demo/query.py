"""Reading in the 1C emulator: objects, table parts and registers with $filter, $orderby,
$top/$skip, $select and $expand, in SQL where possible and row by row where 1C would."""

from __future__ import annotations

import random
import re
from collections.abc import Callable, Iterator
from typing import Any

from wholesale_desk.demo import rights
from wholesale_desk.demo.base import (
    EMPTY_DATE,
    EMPTY_REF,
    _partner_of,
    loads,
)
from wholesale_desk.demo.odata_query import (
    BinOp,
    Literal,
    Member,
    QueryError,
    SqlColumns,
    conjuncts,
    evaluator,
    json_path,
    parse_datetime,
    parse_filter,
    required_substrings,
    sort_key,
    to_sql,
)
from wholesale_desk.demo.presentation import PresentingRequest, present, table_row
from wholesale_desk.demo.protocol import (
    ARBITRARY_OBJECT_ORDERS,
    ARBITRARY_RECORD_ORDERS,
    FAST_COLUMNS,
    OBJECT_COLUMNS,
    PARENT_COLUMNS,
    RECORD_COLUMNS,
    ODataError,
    Reply,
    Resource,
    Row,
    rights_error,
)
from wholesale_desk.demo.published import REFERENCES
from wholesale_desk.demo.virtual_tables import PARTNER, turnovers

PARTNER_SELF = ("Catalog_Партнеры", "Catalog_КонтактныеЛицаПартнеров")


def _partner_equality(node: Any) -> str | None:
    """The guid of a `Партнер_Key eq guid'…'` condition (rows with it have that partner_key)."""
    if not (isinstance(node, BinOp) and node.op == "eq"):
        return None
    for member, lit in ((node.left, node.right), (node.right, node.left)):
        if (
            isinstance(member, Member)
            and member.path == ("Партнер_Key",)
            and isinstance(lit, Literal)
            and lit.kind == "guid"
            and lit.value != EMPTY_REF
        ):
            return str(lit.value)
    return None


def _is_date_range(node: Any) -> bool:
    """`Date ge/gt/lt/le/eq datetime'…'`: the indexed column narrows the set."""
    return (
        isinstance(node, BinOp)
        and node.op in ("eq", "gt", "ge", "lt", "le")
        and any(isinstance(s, Member) and s.path == ("Date",) for s in (node.left, node.right))
        and any(isinstance(s, Literal) and s.kind == "datetime" for s in (node.left, node.right))
    )


def _row_sort_key(name: str) -> Callable[[dict[str, Any]], Any]:
    if name == "LineNumber":
        return lambda row: int(row.get("LineNumber") or 0)
    return lambda row: sort_key(row.get(name))


def _string_param(value: str) -> str:
    if len(value) >= 2 and value[0] == value[-1] == "'":
        return value[1:-1].replace("''", "'")
    raise QueryError(f"Ожидалась строка в кавычках: {value!r}")


def _datetime_param(value: str) -> str:
    m = re.fullmatch(r"datetime'(.*)'", value.strip())
    if not m:
        raise QueryError(f"Ожидалась дата datetime'…': {value!r}")
    return parse_datetime(m.group(1))


class QueryRequest(PresentingRequest):
    """A request that reads: objects, their table parts, register records and virtual tables."""

    def expand(self, entity: str, out: Row, obj: Row) -> Row:
        """`$expand=Партнер`: the referenced object inline (null when empty or not visible)."""
        for name in self.opts.expand:
            target = REFERENCES.get(entity, {}).get(name)
            if target is None:
                raise QueryError(f"Свойство {name} не является ссылкой объекта {entity}")
            ref = obj.get(f"{name}_Key")
            body = self.base.get(target, str(ref)) if ref and ref != EMPTY_REF else None
            visible = body is not None and self.can_see(_partner_of(target, body))
            out[name] = present(target, body, None) if body is not None and visible else None
        return out

    def load(self, entity: str, key: str) -> Row:
        row = (
            self.base.connect()
            .execute(
                "SELECT partner_key, body FROM objects WHERE entity=? AND ref_key=?", (entity, key)
            )
            .fetchone()
        )
        if row is None:
            raise ODataError(404, "9", f"Объект не найден: {entity}(guid'{key}')")
        self.check_visible(row[0])
        return dict(loads(row[1]))

    def query_objects(self, entity: str) -> tuple[list[Row], int | None]:
        fast = (
            self.opts.select is not None
            and set(self.opts.select) <= set(FAST_COLUMNS)
            and not self.opts.expand
        )

        def build(rec: tuple[Any, ...]) -> Row:
            ref, version, date, body = rec
            if body is None:
                return {"Ref_Key": ref, "DataVersion": version, "Date": date}
            return dict(loads(body))

        where, params = ["entity=?"], [entity]
        index = None
        if self.opts.filter is not None and entity not in PARTNER_SELF:
            for node in conjuncts(self.opts.filter):
                partner = _partner_equality(node)
                if partner:  # the indexed partner column is a necessary condition
                    where.append("partner_key=?")
                    params.append(partner)
                    index = "objects_partner"
            if index is None and any(_is_date_range(n) for n in conjuncts(self.opts.filter)):
                index = "objects_date"  # a document window: walk the date index, not the set
        return self.sql_query(
            table="objects",
            where=where,
            params=params,
            cols=OBJECT_COLUMNS,
            order_columns=dict(FAST_COLUMNS),
            random_order=random.choice(ARBITRARY_OBJECT_ORDERS),
            columns="ref_key, data_version, date, " + ("NULL" if fast else "body"),
            fast=fast,
            build=build,
            present=lambda row: self.expand(entity, present(entity, row, self.opts.select), row),
            key_column="ref_key",
            index=index,
        )

    def sql_query(
        self,
        *,
        table: str,
        where: list[str],
        params: list[Any],
        cols: SqlColumns,
        order_columns: dict[str, str],
        random_order: str,
        columns: str,
        fast: bool,
        build: Callable[[tuple[Any, ...]], Row],
        present: Callable[[Row], Row],
        key_column: str,
        index: str | None = None,
    ) -> tuple[list[Row], int | None]:
        """Filter, rights, order and page in SQL where exact; the rest over parsed rows.

        A page is found by its keys first and its bodies read after, so ordering and skipping
        never drag the large bodies of the rows that are not on the page through the sorter.
        """
        opts = self.opts
        where, params = list(where), list(params)
        py_nodes = self._filter_in_sql(cols, where, params)
        if fast and py_nodes:
            columns = columns.replace("NULL", "body")
            fast = False
        matches = evaluator(py_nodes)
        db = self.base.connect()
        if self.restricted:
            vis = rights.visible_condition()
            if opts.allowed_only:
                where.append(vis)
                params.append(self.user.user_key)
            else:
                what = columns if py_nodes else "1"
                hidden_sql = f"SELECT {what} FROM {table} WHERE {' AND '.join(where)} AND NOT {vis}"
                hidden = db.execute(hidden_sql, [*params, self.user.user_key])
                for rec in hidden:
                    if not py_nodes or matches(build(rec)):
                        raise rights_error()
        order = self._order_sql(order_columns, random_order)
        hint = f" INDEXED BY {index}" if index else ""
        base_sql = f"FROM {table}{hint} WHERE {' AND '.join(where)}"
        if not py_nodes:
            count = None
            if opts.inlinecount:
                count = db.execute(f"SELECT COUNT(*) {base_sql}", params).fetchone()[0]
            limit = -1 if opts.top is None else opts.top
            if fast:
                page_sql = f"SELECT {columns} {base_sql} ORDER BY {order} LIMIT ? OFFSET ?"
                page = db.execute(page_sql, [*params, limit, opts.skip])
                return [present(build(r)) for r in page], count
            keys_sql = f"SELECT {key_column} {base_sql} ORDER BY {order} LIMIT ? OFFSET ?"
            keys = [r[0] for r in db.execute(keys_sql, [*params, limit, opts.skip])]
            found = self._bodies(table, key_column, columns, where[0], params[0], keys)
            return [present(build(found[k])) for k in keys if k in found], count
        out: list[Row] = []
        seen = 0
        for rec in db.execute(f"SELECT {columns} {base_sql} ORDER BY {order}", params):
            row = build(rec)
            if not matches(row):
                continue
            seen += 1
            if seen > opts.skip and (opts.top is None or len(out) < opts.top):
                out.append(present(row))
            elif opts.top is not None and len(out) >= opts.top and not opts.inlinecount:
                break
        return out, (seen if opts.inlinecount else None)

    def _filter_in_sql(self, cols: SqlColumns, where: list[str], params: list[Any]) -> list[Any]:
        """Add what of `$filter` SQL can say exactly to `where`/`params`; return the rest, to be
        evaluated over parsed rows (narrowed in SQL by the substrings they need)."""
        py_nodes: list[Any] = []
        if self.opts.filter is None:
            return py_nodes
        for node in conjuncts(self.opts.filter):
            sql = to_sql(node, cols)
            if sql is not None:
                where.append(sql[0])
                params += sql[1]
                continue
            py_nodes.append(node)
            if cols.body:
                for text in sorted(required_substrings(node)):
                    where.append(f"instr({cols.body}, ?) > 0")
                    params.append(text)
        return py_nodes

    def _order_sql(self, order_columns: dict[str, str], random_order: str) -> str:
        """`$orderby` in SQL; without one, an order a real base might pick (not a stable one)."""
        order_sql = []
        for key in self.opts.orderby:
            expr = order_columns.get(key.name) or f"json_extract(body, '{json_path(key.name)}')"
            order_sql.append(expr + (" DESC" if key.desc else ""))
        return ", ".join(order_sql) if order_sql else random_order

    def _bodies(
        self,
        table: str,
        key_column: str,
        columns: str,
        scope: str,
        scope_param: Any,
        keys: list[Any],
    ) -> dict[Any, tuple[Any, ...]]:
        """The rows of a page by their keys, in chunks (after the keys were ordered and paged)."""
        db = self.base.connect()
        found: dict[Any, tuple[Any, ...]] = {}
        for start in range(0, len(keys), 500):
            chunk = keys[start : start + 500]
            marks = ",".join("?" * len(chunk))
            fetch = (
                f"SELECT {key_column}, {columns} FROM {table}"
                f" WHERE {scope} AND {key_column} IN ({marks})"
            )
            for rec in db.execute(fetch, [scope_param, *chunk]):
                found[rec[0]] = rec[1:]
        return found

    # table parts ------------------------------------------------------------------------------
    def table_part(self, name: str, parent: str, part: str) -> Reply:
        opts = self.opts
        where, params = ["entity=?"], [parent]
        py_nodes: list[Any] = []
        if opts.filter is not None:
            for node in conjuncts(opts.filter):
                pushed = to_sql(node, PARENT_COLUMNS)
                if pushed is not None:
                    where.append(pushed[0])
                    params += pushed[1]
                else:
                    py_nodes.append(node)
                    for text in sorted(required_substrings(node)):
                        where.append("instr(body, ?) > 0")
                        params.append(text)
        matches = evaluator(py_nodes)
        keys = [k.name for k in opts.orderby]
        streamable = bool(keys) and keys[0] == "Ref_Key" and set(keys) <= {"Ref_Key", "LineNumber"}
        if streamable:
            order = "ref_key" + (" DESC" if opts.orderby[0].desc else "")
        else:
            order = random.choice(ARBITRARY_OBJECT_ORDERS)
        db = self.base.connect()
        line_desc = any(k.name == "LineNumber" and k.desc for k in opts.orderby)
        sql = f"SELECT ref_key, partner_key, body FROM objects WHERE {' AND '.join(where)} ORDER BY {order}"
        visible = self.visible() if self.restricted else None

        def rows() -> Iterator[Row]:
            for ref, partner, body in db.execute(sql, params):
                lines = loads(body).get(part) or []
                selected = [table_row(ref, i, ln) for i, ln in enumerate(lines)]
                selected = [r for r in selected if matches(r)]
                if not selected:
                    continue
                if (
                    visible is not None
                    and partner
                    and partner != EMPTY_REF
                    and partner not in visible
                ):
                    if opts.allowed_only:
                        continue
                    raise rights_error()
                if line_desc:
                    selected.reverse()
                yield from selected

        out: list[Row] = []
        if streamable:
            seen = 0
            for row in rows():
                seen += 1
                if seen > opts.skip and (opts.top is None or len(out) < opts.top):
                    out.append(row)
                elif opts.top is not None and len(out) >= opts.top and not opts.inlinecount:
                    break
            count = seen if opts.inlinecount else None
        else:
            out, count = self.page(list(rows()))
        return self.collection(name, self.select(out), count)

    def select(self, rows: list[Row]) -> list[Row]:
        if self.opts.select is None:
            return rows
        chosen = set(self.opts.select) | {f"{s}_Type" for s in self.opts.select}
        return [{k: v for k, v in r.items() if k in chosen} for r in rows]

    def page(self, rows: list[Row]) -> tuple[list[Row], int | None]:
        """Order (or shuffle), skip and top over rows in memory.

        Rows equal on every `$orderby` key come in any order, different on every request, as a
        real base's DBMS returns them: paging is stable only over an order that is a key.
        """
        random.shuffle(rows)
        if self.opts.orderby:
            for key in reversed(self.opts.orderby):
                rows.sort(key=_row_sort_key(key.name), reverse=key.desc)
        count = len(rows) if self.opts.inlinecount else None
        end = None if self.opts.top is None else self.opts.skip + self.opts.top
        return rows[self.opts.skip : end], count

    # registers --------------------------------------------------------------------------------
    def register(self, res: Resource) -> Reply:
        name = res.name
        register = name.removesuffix("_RecordType")
        if not self.em.has_register(register):
            raise ODataError(400, "6", f"Неизвестный сегмент URL: {name}")
        if self.method != "GET" or res.key:
            raise ODataError(400, "6", "Запись наборов записей регистров не поддерживается")
        if res.action is None:
            rows, count = self.query_records(register)
            return self.collection(name, rows, count)
        params = res.params
        period = _datetime_param(params["Period"]) if "Period" in params else None
        condition = (
            parse_filter(_string_param(params["Condition"])) if "Condition" in params else None
        )
        if res.action == "Balance" and register.startswith("AccumulationRegister_"):
            rows = self.em.virtual.balance(register, period)
        elif res.action == "SliceLast" and register.startswith("InformationRegister_"):
            rows = self.em.virtual.slice_last(register, period)
        elif res.action == "Turnovers" and register.startswith("AccumulationRegister_"):
            start = _datetime_param(params["StartPeriod"]) if "StartPeriod" in params else None
            end = _datetime_param(params["EndPeriod"]) if "EndPeriod" in params else None
            rows = turnovers(self.base, register, start, end)
        else:
            raise ODataError(400, "6", f"Неверный сегмент URL: {res.action}")
        return self.virtual(f"{name}_{res.action}", rows, condition)

    def virtual(self, name: str, rows: list[Row], condition: Any) -> Reply:
        opts = self.opts
        nodes = ([condition] if condition is not None else []) + (
            [opts.filter] if opts.filter is not None else []
        )
        matches = evaluator(nodes)
        selected = [r for r in rows if matches(r)]
        if self.restricted:
            visible = self.visible()
            hidden = [
                r
                for r in selected
                if r[PARTNER] and r[PARTNER] != EMPTY_REF and r[PARTNER] not in visible
            ]
            if hidden and not opts.allowed_only:
                raise rights_error()
            if hidden:
                ids = {id(r) for r in hidden}
                selected = [r for r in selected if id(r) not in ids]
        page, count = self.page(selected)
        out = [{k: v for k, v in r.items() if k != PARTNER} for r in page]
        return self.collection(name, self.select(out), count)

    def query_records(self, register: str) -> tuple[list[Row], int | None]:
        accumulation = register.startswith("AccumulationRegister_")
        db = self.base.connect()

        def build(rec: tuple[Any, ...]) -> Row:
            rid, recorder, recorder_type, period, record_type, body = rec
            row: Row = {}
            if recorder:
                row["Recorder"] = recorder
                row["Recorder_Type"] = recorder_type
            if period and period != EMPTY_DATE:
                row["Period"] = period
            if recorder:
                row["LineNumber"] = rid  # replaced by the real number in `present`
            row["Active"] = True
            if accumulation:
                row["RecordType"] = record_type or "Receipt"
            row.update(loads(body))
            return row

        def present_record(row: Row) -> Row:
            if "LineNumber" in row and "Recorder" in row:
                n = db.execute(
                    "SELECT COUNT(*) FROM records WHERE recorder=? AND register=? AND id<=?",
                    (row["Recorder"], register, row["LineNumber"]),
                ).fetchone()[0]
                row["LineNumber"] = str(n)
            if self.opts.select is not None:
                chosen = set(self.opts.select) | {f"{s}_Type" for s in self.opts.select}
                row = {k: v for k, v in row.items() if k in chosen}
            return row

        return self.sql_query(
            table="records",
            where=["register=?"],
            params=[register],
            cols=RECORD_COLUMNS,
            order_columns={
                "Period": "period",
                "Recorder": "recorder",
                "RecordType": "record_type",
                "LineNumber": "id",
            },
            random_order=random.choice(ARBITRARY_RECORD_ORDERS),
            columns="id, recorder, recorder_type, period, record_type, body",
            fast=False,
            build=build,
            present=present_record,
            key_column="id",
        )
