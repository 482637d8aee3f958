"""Virtual tables of registers: `Balance()` of balance registers, `SliceLast()` of prices.

Computed inside SQLite over the movements in `records` (grouping by the register's dimensions
with `json_extract`), because a large base holds about a million stock movements. Amounts are
summed as integers of thousandths, so the totals are exact Decimals. A result is cached until
the register's movements change (its max id and count), so paging over a snapshot stays cheap.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from decimal import Decimal
from typing import Any

from wholesale_desk.demo.base import EmulatorBase
from wholesale_desk.demo.odata_query import json_path
from wholesale_desk.demo.published import REGISTERS

PARTNER = "\x00partner"  # hidden key of a virtual row: its partner, for row-level rights
SCALE = 1000  # register amounts have at most 3 decimals (quantities); money has 2

_cache: OrderedDict[tuple[Any, ...], list[dict[str, Any]]] = OrderedDict()
_cache_lock = threading.Lock()
_CACHE_SIZE = 16


def _register_state(base: EmulatorBase, register: str) -> tuple[Any, ...]:
    row = (
        base.connect()
        .execute("SELECT MAX(id), COUNT(*) FROM records WHERE register=?", (register,))
        .fetchone()
    )
    return (str(base.path), register, row[0], row[1])


def _cached(key: tuple[Any, ...], compute: Any) -> list[dict[str, Any]]:
    with _cache_lock:
        if key in _cache:
            _cache.move_to_end(key)
            return _cache[key]
    rows: list[dict[str, Any]] = compute()
    with _cache_lock:
        _cache[key] = rows
        while len(_cache) > _CACHE_SIZE:
            _cache.popitem(last=False)
    return rows


def structure(base: EmulatorBase, register: str) -> tuple[list[str], list[str]]:
    """(dimensions incl. the `_Type` of composite ones, resources) of a register.

    Known registers come from the УТ metadata; others are guessed from one movement: numbers
    are resources, everything else a dimension.
    """
    sample_row = (
        base.connect()
        .execute("SELECT body FROM records WHERE register=? LIMIT 1", (register,))
        .fetchone()
    )
    from wholesale_desk.demo.base import loads

    sample: dict[str, Any] = loads(sample_row[0]) if sample_row else {}
    if register in REGISTERS:
        dims, resources, _periodic = REGISTERS[register]
        out = []
        for d in dims:
            out.append(d)
            if f"{d}_Type" in sample:
                out.append(f"{d}_Type")
        return out, list(resources)
    dims = [k for k, v in sample.items() if not isinstance(v, int | Decimal | bool)]
    resources = [
        k for k, v in sample.items() if isinstance(v, int | Decimal) and not isinstance(v, bool)
    ]
    return dims, resources


def _number(value: int) -> Decimal:
    return (Decimal(value) / SCALE).normalize() + Decimal(0)


def balance(base: EmulatorBase, register: str, period: str | None) -> list[dict[str, Any]]:
    """Rows of `Register/Balance(Period=…)`: dimensions and `<resource>Balance`, zero rows dropped.

    The balance at `period` counts movements strictly before it, as 1C's `Остатки(&Период)` does.
    """
    key = ("balance", *_register_state(base, register), period)

    def compute() -> list[dict[str, Any]]:
        dims, resources = structure(base, register)
        if not dims and not resources:
            return []
        dim_sql = [f"json_extract(body, '{json_path(d)}')" for d in dims]
        sign = "CASE WHEN record_type='Expense' THEN -1 ELSE 1 END"
        res_sql = [
            f"SUM({sign} * CAST(ROUND(COALESCE(json_extract(body, '{json_path(r)}'), 0) * {SCALE})"
            " AS INTEGER))"
            for r in resources
        ]
        where = "register=?"
        params: list[Any] = [register]
        if period:
            where += " AND period < ?"
            params.append(period)
        sql = (
            f"SELECT {', '.join([*dim_sql, *res_sql, 'MAX(partner_key)'])} FROM records"
            f" WHERE {where}" + (f" GROUP BY {', '.join(dim_sql)}" if dim_sql else "")
        )
        rows: list[dict[str, Any]] = []
        for rec in base.connect().execute(sql, params):
            values = rec[len(dims) : len(dims) + len(resources)]
            if not any(values):
                continue
            row: dict[str, Any] = dict(zip(dims, rec[: len(dims)], strict=True))
            for name, value in zip(resources, values, strict=True):
                row[f"{name}Balance"] = _number(value or 0)
            row[PARTNER] = rec[-1]
            rows.append(row)
        return rows

    return _cached(key, compute)


def slice_last(base: EmulatorBase, register: str, period: str | None) -> list[dict[str, Any]]:
    """Rows of `Register_RecordType/SliceLast(Period=…)`: the latest record per dimensions."""
    key = ("slice", *_register_state(base, register), period)

    def compute() -> list[dict[str, Any]]:
        from wholesale_desk.demo.base import loads

        dims, _resources = structure(base, register)
        dim_sql = [f"json_extract(body, '{json_path(d)}')" for d in dims]
        where = "register=?"
        params: list[Any] = [register]
        if period:
            where += " AND period <= ?"
            params.append(period)
        sql = f"SELECT MAX(period), body, partner_key FROM records WHERE {where}" + (
            f" GROUP BY {', '.join(dim_sql)}" if dim_sql else ""
        )
        rows: list[dict[str, Any]] = []
        for per, body, partner in base.connect().execute(sql, params):
            row = {"Period": per, **loads(body)}
            row[PARTNER] = partner
            rows.append(row)
        return rows

    return _cached(key, compute)
