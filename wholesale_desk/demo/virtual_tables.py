"""Virtual tables of registers: `Balance()` of balance registers, `SliceLast()` of prices.

A large base holds about a million stock movements, and reading them all takes seconds, so
the current balance and slice of each register are kept in memory and brought up to date
incrementally: movements appended since the last look (ids only grow) are folded in, and the
server reports the movements it is about to delete (`forget_recorder`) so they are taken out.
Any change the cache cannot explain (another process deleting rows) triggers a full recount.
Amounts are summed as integers of thousandths, so totals are exact Decimals. Balances at a past
`Period` are computed on demand and cached until the register changes.
"""

from __future__ import annotations

import json
import threading
from collections import OrderedDict
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from wholesale_desk.demo.base import EmulatorBase, loads
from wholesale_desk.demo.published import REGISTERS

PARTNER = "\x00partner"  # hidden key of a virtual row: its partner, for row-level rights
SCALE = 1000  # register amounts have at most 3 decimals (quantities); money has 2

Dims = tuple[Any, ...]


def _scaled(value: Any) -> int:
    """A JSON number as exact thousandths (floats of ≤ 3 decimals round back exactly)."""
    if value is None or isinstance(value, bool):
        return 0
    if isinstance(value, int):
        return value * SCALE
    if isinstance(value, float):
        return round(value * SCALE)
    return round(Decimal(str(value)) * SCALE)


def _number(value: int) -> Decimal:
    result = Decimal(value) / SCALE
    return (
        result.quantize(Decimal(1)) if result == result.to_integral_value() else result.normalize()
    )


def structure(base: EmulatorBase, register: str) -> tuple[list[str], list[str]]:
    """(dimensions incl. the `_Type` of composite ones, resources) of a register.

    Known registers come from the УТ metadata; others are guessed from one movement: numbers
    are resources, everything else a dimension.
    """
    row = (
        base.connect()
        .execute("SELECT body FROM records WHERE register=? LIMIT 1", (register,))
        .fetchone()
    )
    sample: dict[str, Any] = loads(row[0]) if row else {}
    if register in REGISTERS:
        dims, resources, _periodic = REGISTERS[register]
        out: list[str] = []
        for d in dims:
            out.append(d)
            if f"{d}_Type" in sample:
                out.append(f"{d}_Type")
        return out, list(resources)
    numbers = [
        k for k, v in sample.items() if isinstance(v, int | Decimal) and not isinstance(v, bool)
    ]
    return [k for k in sample if k not in numbers and not isinstance(sample[k], bool)], numbers


def _state(base: EmulatorBase, register: str) -> tuple[int, int]:
    row = (
        base.connect()
        .execute("SELECT MAX(id), COUNT(*) FROM records WHERE register=?", (register,))
        .fetchone()
    )
    return int(row[0] or 0), int(row[1] or 0)


@dataclass
class _Balance:
    dims: list[str]
    resources: list[str]
    sums: dict[Dims, list[int]] = field(default_factory=dict)
    partners: dict[Dims, str | None] = field(default_factory=dict)
    max_id: int = 0
    count: int = 0

    def fold(
        self, record_type: str | None, partner: str | None, body: dict[str, Any], sign: int
    ) -> None:
        key = tuple(body.get(d) for d in self.dims)
        if record_type == "Expense":
            sign = -sign
        sums = self.sums.get(key)
        if sums is None:
            sums = self.sums[key] = [0] * len(self.resources)
        for i, name in enumerate(self.resources):
            sums[i] += sign * _scaled(body.get(name))
        if partner:
            self.partners[key] = partner

    def rows(self) -> list[dict[str, Any]]:
        out = []
        for key, sums in self.sums.items():
            if not any(sums):
                continue
            row: dict[str, Any] = dict(zip(self.dims, key, strict=True))
            for name, value in zip(self.resources, sums, strict=True):
                row[f"{name}Balance"] = _number(value)
            row[PARTNER] = self.partners.get(key)
            out.append(row)
        return out


@dataclass
class _Slice:
    dims: list[str]
    latest: dict[Dims, tuple[str, int, str, str | None]] = field(default_factory=dict)
    max_id: int = 0
    count: int = 0

    def fold(self, rid: int, period: str, partner: str | None, text: str) -> None:
        body = json.loads(text)
        key = tuple(body.get(d) for d in self.dims)
        old = self.latest.get(key)
        if old is None or (period, rid) >= (old[0], old[1]):
            self.latest[key] = (period, rid, text, partner)

    def rows(self) -> list[dict[str, Any]]:
        out = []
        for period, _rid, text, partner in self.latest.values():
            row = {"Period": period, **loads(text)}
            row[PARTNER] = partner
            out.append(row)
        return out


class VirtualTables:
    """The virtual tables of one base, with their in-memory state; thread-safe."""

    def __init__(self, base: EmulatorBase) -> None:
        self.base = base
        self._lock = threading.RLock()
        self._balances: dict[str, _Balance] = {}
        self._slices: dict[str, _Slice] = {}
        self._rows: dict[tuple[str, str], tuple[tuple[int, int], list[dict[str, Any]]]] = {}
        self._at_period: OrderedDict[tuple[Any, ...], list[dict[str, Any]]] = OrderedDict()

    # --- current balance ---------------------------------------------------------------------
    def balance(self, register: str, period: str | None = None) -> list[dict[str, Any]]:
        """Rows of `Register/Balance(Period=…)`: dimensions and `<resource>Balance`, zeros dropped.

        The balance at `period` counts movements strictly before it, as 1C's `Остатки(&Период)`.
        """
        with self._lock:
            if period is not None:
                return self._balance_at(register, period)
            state = _state(self.base, register)
            cached = self._rows.get(("balance", register))
            if cached and cached[0] == state:
                return cached[1]
            bal = self._balances.get(register)
            if bal is None or not self._catch_up_balance(register, bal, state):
                bal = self._full_balance(register, None)
                self._balances[register] = bal
            rows = bal.rows()
            self._rows[("balance", register)] = (state, rows)
            return rows

    def _full_balance(self, register: str, period: str | None) -> _Balance:
        dims, resources = structure(self.base, register)
        bal = _Balance(dims, resources)
        sql = "SELECT id, record_type, partner_key, body FROM records WHERE register=?"
        params: list[Any] = [register]
        if period is not None:
            sql += " AND period < ?"
            params.append(period)
        for rid, kind, partner, text in self.base.connect().execute(sql, params):
            bal.fold(kind, partner, json.loads(text), 1)
            bal.max_id = max(bal.max_id, rid)
            bal.count += 1
        return bal

    def _catch_up_balance(self, register: str, bal: _Balance, state: tuple[int, int]) -> bool:
        """Fold in movements appended since; False when rows vanished unexplained."""
        max_id, count = state
        if max_id < bal.max_id:
            return False
        added = 0
        for rid, kind, partner, text in self.base.connect().execute(
            "SELECT id, record_type, partner_key, body FROM records WHERE register=? AND id>?",
            (register, bal.max_id),
        ):
            bal.fold(kind, partner, json.loads(text), 1)
            bal.max_id = max(bal.max_id, rid)
            added += 1
        bal.count += added
        return bal.count == count

    def _balance_at(self, register: str, period: str) -> list[dict[str, Any]]:
        key = (register, period, _state(self.base, register))
        if key in self._at_period:
            self._at_period.move_to_end(key)
            return self._at_period[key]
        rows = self._full_balance(register, period).rows()
        self._at_period[key] = rows
        while len(self._at_period) > 16:
            self._at_period.popitem(last=False)
        return rows

    # --- slice of the latest ------------------------------------------------------------------
    def slice_last(self, register: str, period: str | None = None) -> list[dict[str, Any]]:
        """Rows of `Register_RecordType/SliceLast(Period=…)`: the latest record per dimensions."""
        with self._lock:
            if period is not None:
                key = ("slice", register, period, _state(self.base, register))
                if key not in self._at_period:
                    self._at_period[key] = self._full_slice(register, period).rows()
                    while len(self._at_period) > 16:
                        self._at_period.popitem(last=False)
                return self._at_period[key]
            state = _state(self.base, register)
            cached = self._rows.get(("slice", register))
            if cached and cached[0] == state:
                return cached[1]
            sl = self._slices.get(register)
            if sl is None or not self._catch_up_slice(register, sl, state):
                sl = self._full_slice(register, None)
                self._slices[register] = sl
            rows = sl.rows()
            self._rows[("slice", register)] = (state, rows)
            return rows

    def _full_slice(self, register: str, period: str | None) -> _Slice:
        dims, _resources = structure(self.base, register)
        sl = _Slice(dims)
        sql = "SELECT id, period, partner_key, body FROM records WHERE register=?"
        params: list[Any] = [register]
        if period is not None:
            sql += " AND period <= ?"
            params.append(period)
        for rid, per, partner, text in self.base.connect().execute(sql, params):
            sl.fold(rid, per, partner, text)
            sl.max_id = max(sl.max_id, rid)
            sl.count += 1
        return sl

    def _catch_up_slice(self, register: str, sl: _Slice, state: tuple[int, int]) -> bool:
        max_id, count = state
        if max_id < sl.max_id:
            return False
        added = 0
        for rid, per, partner, text in self.base.connect().execute(
            "SELECT id, period, partner_key, body FROM records WHERE register=? AND id>?",
            (register, sl.max_id),
        ):
            sl.fold(rid, per, partner, text)
            sl.max_id = max(sl.max_id, rid)
            added += 1
        sl.count += added
        return sl.count == count

    # --- writes through the server ------------------------------------------------------------
    def forget_recorder(self, recorder: str) -> None:
        """Take a document's movements out of the state before they are deleted (repost, unpost).

        Call with the write lock held, just before the rows go; the next read folds in whatever
        the document writes instead.
        """
        with self._lock:
            if self._at_period:
                # SQLite reuses the highest ids: a repost can leave (MAX(id), COUNT) as it was,
                # so slices and balances at a period are dropped rather than trusted
                registers = {
                    r
                    for (r,) in self.base.connect().execute(
                        "SELECT DISTINCT register FROM records WHERE recorder=?", (recorder,)
                    )
                }
                for key in [k for k in self._at_period if registers & set(k[:2])]:
                    del self._at_period[key]
            if not self._balances and not self._slices:
                return
            rows = self.base.connect().execute(
                "SELECT id, register, record_type, partner_key, body FROM records WHERE recorder=?",
                (recorder,),
            )
            touched: set[str] = set()
            for rid, register, kind, partner, text in rows:
                bal = self._balances.get(register)
                if bal is not None and rid <= bal.max_id:
                    bal.fold(kind, partner, json.loads(text), -1)
                    bal.count -= 1
                    touched.add(register)
                if register in self._slices:
                    del self._slices[register]  # the previous price may come back: recount
                self._rows.pop(("balance", register), None)
                self._rows.pop(("slice", register), None)
            db = self.base.connect()
            for register in touched:
                # SQLite reuses the highest ids once they are deleted: catch up from what stays
                rest = db.execute(
                    "SELECT MAX(id) FROM records WHERE register=? AND recorder IS NOT ?",
                    (register, recorder),
                ).fetchone()[0]
                self._balances[register].max_id = int(rest or 0)

    def warm_up(self, registers: list[tuple[str, str]]) -> None:
        """Compute (kind, register) tables ahead of the first request (in a background thread)."""
        for kind, register in registers:
            if kind == "balance":
                self.balance(register)
            else:
                self.slice_last(register)


def turnovers(
    base: EmulatorBase, register: str, start: str | None, end: str | None
) -> list[dict[str, Any]]:
    """Rows of `Register/Turnovers(StartPeriod=…,EndPeriod=…)`, both bounds included.

    Resources come back as `<resource>Receipt`, `<resource>Expense` and `<resource>Turnover`
    (receipt minus expense), grouped by the register's dimensions; all-zero rows are dropped.
    """
    dims, resources = structure(base, register)
    sql = "SELECT record_type, partner_key, body FROM records WHERE register=?"
    params: list[Any] = [register]
    if start:
        sql += " AND period >= ?"
        params.append(start)
    if end:
        sql += " AND period <= ?"
        params.append(end)
    sums: dict[Dims, list[int]] = {}
    partners: dict[Dims, str | None] = {}
    for kind, partner, text in base.connect().execute(sql, params):
        body = json.loads(text)
        key = tuple(body.get(d) for d in dims)
        row = sums.setdefault(key, [0] * (2 * len(resources)))
        offset = len(resources) if kind == "Expense" else 0
        for i, name in enumerate(resources):
            row[offset + i] += _scaled(body.get(name))
        if partner:
            partners[key] = partner
    out = []
    for key, values in sums.items():
        if not any(values):
            continue
        result: dict[str, Any] = dict(zip(dims, key, strict=True))
        for i, name in enumerate(resources):
            receipt, expense = values[i], values[len(resources) + i]
            result[f"{name}Receipt"] = _number(receipt)
            result[f"{name}Expense"] = _number(expense)
            result[f"{name}Turnover"] = _number(receipt - expense)
        result[PARTNER] = partners.get(key)
        out.append(result)
    return out
