"""1C JSON objects → rows of our tables, through the profile bound to the models.

Binding checks once, at start, that every model and column the profile names exists, and infers
each field's type from its column. Mapping one object never raises anything but `MappingError`,
so the sync can log the object and skip it: malformed rows never crash a sync.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import BigInteger as _BigInteger
from sqlalchemy import Boolean, Column, Date, DateTime, Integer, Table

from wholesale_desk import models
from wholesale_desk.columns import ScaledDecimal
from wholesale_desk.onec import values
from wholesale_desk.onec.profile import (
    DATE,
    DELETION_MARK,
    LINE_NUMBER,
    NUMBER,
    POSTED,
    REF,
    VERSION,
    FieldSpec,
    ObjectSpec,
    PartSpec,
    Profile,
    RegisterSpec,
    _fail,
)

Raw = dict[str, Any]
Convert = Callable[[Raw], Any]


class MappingError(ValueError):
    """One object could not be mapped; the message says which field and why."""


@dataclass
class Mapped:
    """One mapped object: its row and its table parts' rows (parent key filled in)."""

    row: dict[str, Any]
    parts: dict[str, list[dict[str, Any]]] = field(default_factory=dict)


@dataclass
class BoundPart:
    spec: PartSpec
    table: Table
    converters: dict[str, Convert]

    def map(self, raw: Any, parent: str) -> list[dict[str, Any]]:
        if raw is None:
            return []
        if not isinstance(raw, list):
            raise MappingError(f"{self.spec.property}: a list of rows expected")
        rows = []
        seen: set[int] = set()
        for i, item in enumerate(raw):
            if not isinstance(item, dict):
                raise MappingError(f"{self.spec.property}[{i}]: an object expected")
            row: dict[str, Any] = {self.spec.parent: parent}
            try:
                line = values.integer(item.get(LINE_NUMBER))
            except ValueError as exc:
                raise MappingError(f"{self.spec.property}[{i}].{LINE_NUMBER}: {exc}") from exc
            line_no = line if line is not None else i + 1
            if line_no in seen:
                raise MappingError(f"{self.spec.property}: line {line_no} twice")
            seen.add(line_no)
            row["line_no"] = line_no
            for column, convert in self.converters.items():
                try:
                    row[column] = convert(item)
                except (ValueError, TypeError, ArithmeticError) as exc:
                    raise MappingError(f"{self.spec.property}[{i}].{column}: {exc}") from exc
            rows.append(row)
        return rows


@dataclass
class BoundObject:
    """An entity set bound to its model: what to select, how to map, which rows are its own."""

    spec: ObjectSpec
    table: Table
    converters: dict[str, Convert]
    parts: list[BoundPart]
    constants: dict[str, Any]  # const columns: they pick this concept's rows in a shared table
    window_column: str | None

    @property
    def concept(self) -> str:
        return self.spec.concept

    def map(self, raw: Any) -> Mapped:
        if not isinstance(raw, dict):
            raise MappingError("an object expected")
        row: dict[str, Any] = {}
        for column, convert in self.converters.items():
            try:
                row[column] = convert(raw)
            except (ValueError, TypeError, ArithmeticError) as exc:
                raise MappingError(f"{column}: {exc}") from exc
        if not row.get("id"):
            raise MappingError("no Ref_Key")
        mapped = Mapped(row)
        for part in self.parts:
            mapped.parts[part.spec.name] = part.map(raw.get(part.spec.property), row["id"])
        return mapped


@dataclass
class BoundRegister:
    spec: RegisterSpec
    table: Table | None
    converters: dict[str, Convert]

    def map(self, raw: Any) -> dict[str, Any]:
        if not isinstance(raw, dict):
            raise MappingError("an object expected")
        row: dict[str, Any] = {}
        for column, convert in self.converters.items():
            try:
                row[column] = convert(raw)
            except (ValueError, TypeError, ArithmeticError) as exc:
                raise MappingError(f"{column}: {exc}") from exc
        return row


@dataclass
class BoundProfile:
    profile: Profile
    objects: list[BoundObject]
    registers: dict[str, BoundRegister]

    def concept(self, name: str) -> BoundObject:
        for obj in self.objects:
            if obj.concept == name:
                return obj
        raise KeyError(name)

    def for_entity_set(self, entity_set: str) -> BoundObject:
        for obj in self.objects:
            if obj.spec.entity_set == entity_set:
                return obj
        raise KeyError(entity_set)


# --- binding ---------------------------------------------------------------------------------
def bind(profile: Profile) -> BoundProfile:
    """Check the profile against the models and prepare converters; `ProfileError` if wrong."""
    objects = [_bind_object(spec) for spec in profile.objects]
    registers = {name: _bind_register(spec) for name, spec in profile.registers.items()}
    return BoundProfile(profile, objects, registers)


def _table(model_name: str, where: str) -> Table:
    model = getattr(models, model_name, None)
    table = getattr(model, "__table__", None)
    if not isinstance(table, Table):
        raise _fail(where, f"unknown model '{model_name}'")
    return table


def _bind_object(spec: ObjectSpec) -> BoundObject:
    where = f"{spec.concept}"
    table = _table(spec.model, where)
    cols = table.c
    standard: dict[str, FieldSpec] = {
        "id": FieldSpec("id", "plain", REF, "ref"),
        "data_version": FieldSpec("data_version", "plain", VERSION, "str"),
        "deletion_mark": FieldSpec("deletion_mark", "plain", DELETION_MARK, "bool"),
    }
    if spec.kind == "document":
        for column, prop, type_name in (
            ("number", NUMBER, "str"),
            ("date", DATE, "datetime"),
            ("posted", POSTED, "bool"),
        ):
            if column in cols:
                standard[column] = FieldSpec(column, "plain", prop, type_name)
    fields = {**standard, **spec.fields}
    converters = {
        column: _converter(fs, _column(table, column, f"{where}.fields"), f"{where}.{column}")
        for column, fs in fields.items()
    }
    parts = []
    for part in spec.parts.values():
        part_table = _table(part.model, f"{where}.parts.{part.name}")
        _column(part_table, part.parent, f"{where}.parts.{part.name}.parent")
        _column(part_table, "line_no", f"{where}.parts.{part.name}")
        parts.append(
            BoundPart(
                part,
                part_table,
                {
                    column: _converter(
                        fs,
                        _column(part_table, column, f"{where}.parts.{part.name}"),
                        f"{where}.parts.{part.name}.{column}",
                    )
                    for column, fs in part.fields.items()
                },
            )
        )
    constants = {c: fs.const for c, fs in spec.fields.items() if fs.kind == "const"}
    window = None
    if spec.kind == "document":
        window = "date" if "date" in cols else "start" if "start" in cols else None
        if window is None:
            raise _fail(where, "a document model needs a 'date' or 'start' column")
    return BoundObject(spec, table, converters, parts, constants, window)


def _bind_register(spec: RegisterSpec) -> BoundRegister:
    where = f"registers.{spec.name}"
    table = _table(spec.model, where) if spec.model else None
    converters = {}
    for column, fs in spec.fields.items():
        col = _column(table, column, where) if table is not None else None
        converters[column] = _converter(fs, col, f"{where}.{column}")
    if spec.sum and spec.sum not in spec.fields:
        raise _fail(where, f"'sum' names '{spec.sum}', which is not a field")
    return BoundRegister(spec, table, converters)


def _column(table: Table | None, name: str, where: str) -> Column[Any] | None:
    if table is None:
        return None
    if name not in table.c:
        raise _fail(where, f"model table '{table.name}' has no column '{name}'")
    return table.c[name]


def _infer(fs: FieldSpec, column: Column[Any] | None, prop: str | None) -> str:
    if fs.type:
        return fs.type
    if prop and prop.endswith("_Key"):
        return "ref"
    if column is None:
        return "str"
    ctype = column.type
    if isinstance(ctype, ScaledDecimal):
        return "decimal"
    if isinstance(ctype, Boolean):
        return "bool"
    if isinstance(ctype, DateTime):
        return "datetime"
    if isinstance(ctype, Date):
        return "date"
    if isinstance(ctype, Integer | _BigInteger):
        return "int"
    return "str"


def _scalar(type_name: str, target: str | None) -> Callable[[Any, Any], Any]:
    """A parser of (value, type annotation) for a 1C value of this type."""
    if type_name == "ref":
        return lambda v, _t: values.ref(v)
    if type_name in ("str", "enum"):
        return lambda v, _t: values.string(v)
    if type_name == "bool":
        return lambda v, _t: values.boolean(v)
    if type_name == "decimal":
        return lambda v, _t: values.decimal(v)
    if type_name == "int":
        return lambda v, _t: values.integer(v)
    if type_name == "datetime":
        return lambda v, _t: values.date(v)
    if type_name == "date":

        def as_date(v: Any, _t: Any) -> date | None:
            parsed = values.date(v)
            return parsed.date() if parsed is not None else None

        return as_date
    if type_name == "composite":

        def comp(v: Any, t: Any) -> str | None:
            kind, value = values.composite(v, t)
            if target is not None and kind != target:
                return None
            return value

        return comp
    if type_name == "type_of":
        return lambda v, t: values.composite(v, t)[0] or ""
    raise ValueError(type_name)


def _finisher(column: Column[Any] | None) -> Callable[[Any], Any]:
    """Fit a parsed value to its column: defaults for empty values, scale checks for money."""
    if column is None:
        return lambda v: v
    default = getattr(column.default, "arg", None) if column.default is not None else None
    if callable(default):
        default = None
    nullable = bool(column.nullable)
    places = column.type.places if isinstance(column.type, ScaledDecimal) else None
    is_text = not isinstance(column.type, ScaledDecimal | Boolean | DateTime | Date | Integer)
    name = column.name
    # computed once per column: `finish` runs for every field of every row of a sync
    quantum = Decimal(1).scaleb(-places) if places is not None else None
    limit = Decimal(10) ** (18 - places) if places is not None else None

    def finish(value: Any) -> Any:
        if value is None:
            if nullable:
                return None
            if default is not None:
                return default
            if is_text:
                return ""
            raise ValueError(f"{name} is required")
        if quantum is not None and limit is not None:
            if not isinstance(value, Decimal):
                raise ValueError(f"number expected, got {value!r}")
            if value != value.quantize(quantum):
                raise ValueError(f"{value} has more than {places} decimal places")
            if abs(value) >= limit:
                raise ValueError(f"{value} is out of range")
        elif isinstance(value, str) and not is_text:
            raise ValueError(f"unexpected text {value!r}")
        if is_text and not isinstance(value, str):
            if isinstance(value, datetime | date):
                return value.isoformat()
            return str(value)
        return value

    return finish


def _converter(fs: FieldSpec, column: Column[Any] | None, where: str) -> Convert:
    finish = _finisher(column)
    if fs.kind == "const":
        const = fs.const
        return lambda _raw: finish(const)
    if fs.kind == "part_json":
        part = fs.part or ""

        def part_json(raw: Raw) -> Any:
            rows = raw.get(part) or []
            if not isinstance(rows, list):
                raise ValueError(f"{part}: a list expected")
            return finish(json.dumps(rows, ensure_ascii=False, default=str))

        return part_json
    if fs.kind == "part_value":
        part, value_prop, match = fs.part or "", fs.value or "", fs.match
        parse = _scalar(_infer(fs, column, value_prop), None)

        def part_value(raw: Raw) -> Any:
            rows = raw.get(part) or []
            if not isinstance(rows, list):
                raise ValueError(f"{part}: a list expected")
            for item in rows:
                if isinstance(item, dict) and all(item.get(k) == v for k, v in match.items()):
                    value = parse(item.get(value_prop), item.get(value_prop + "_Type"))
                    if value not in (None, ""):
                        return finish(value)
            return finish(None)

        return part_value
    prop = fs.property or ""
    type_name = _infer(fs, column, prop)
    parse = _scalar(type_name, fs.target)
    type_prop = prop + "_Type"
    if prop == REF:

        def key(raw: Raw) -> Any:
            value = values.ref(raw.get(REF))
            if value is None:
                raise ValueError("Ref_Key missing or empty")
            return value

        return key
    return lambda raw: finish(parse(raw.get(prop), raw.get(type_prop)))


# --- the way back: our values → 1C JSON, for the outbox ---------------------------------------
def to_onec(obj: BoundObject, changes: dict[str, Any]) -> dict[str, Any]:
    """Translate a dict of our column names (table parts as lists of row dicts) to 1C's names.

    Only plain fields (and table parts) are writable; a const or derived field is refused so a
    service cannot believe it changed something 1C will never see.
    """
    fields = {"deletion_mark": FieldSpec("deletion_mark", "plain", DELETION_MARK, "bool")}
    if obj.spec.kind == "document":
        fields["date"] = FieldSpec("date", "plain", DATE, "datetime")
    fields.update(obj.spec.fields)
    body: dict[str, Any] = {}
    for column, value in changes.items():
        if column in ("id", "data_version"):
            continue
        part = next((p for p in obj.parts if p.spec.name == column), None)
        if part is not None:
            body[part.spec.property] = [
                _part_row_to_onec(part, row, i) for i, row in enumerate(value or [])
            ]
            continue
        fs = fields.get(column)
        if fs is None or fs.kind != "plain" or not fs.property:
            raise ValueError(f"{obj.concept}.{column} cannot be written to 1C")
        _put(body, fs, _infer(fs, obj.table.c.get(column), fs.property), value)
    return body


def _part_row_to_onec(part: BoundPart, row: dict[str, Any], index: int) -> dict[str, Any]:
    out: dict[str, Any] = {LINE_NUMBER: str(row.get("line_no") or index + 1)}
    for column, value in row.items():
        if column in ("line_no", part.spec.parent):
            continue
        fs = part.spec.fields.get(column)
        if fs is None or fs.kind != "plain" or not fs.property:
            raise ValueError(f"{part.spec.name}.{column} cannot be written to 1C")
        _put(out, fs, _infer(fs, part.table.c.get(column), fs.property), value)
    return out


def _put(body: dict[str, Any], fs: FieldSpec, type_name: str, value: Any) -> None:
    prop = fs.property or ""
    if type_name == "ref":
        body[prop] = value or values.EMPTY_REF
    elif type_name in ("datetime", "date"):
        if isinstance(value, date) and not isinstance(value, datetime):
            value = datetime(value.year, value.month, value.day)
        body[prop] = values.format_date(value)
    elif type_name == "composite":
        body[prop] = value or ""
        body[prop + "_Type"] = (
            values.TYPE_PREFIX + fs.target if value and fs.target else values.UNDEFINED_TYPE
        )
    elif type_name == "type_of":
        return
    elif type_name == "decimal" and value is not None and not isinstance(value, Decimal):
        body[prop] = Decimal(str(value))
    else:
        body[prop] = value


def from_onec(obj: BoundObject, body: dict[str, Any]) -> dict[str, Any]:
    """1C properties of a (partial) body → our column names, for showing a conflict."""
    out: dict[str, Any] = {}
    for column, fs in obj.spec.fields.items():
        if fs.kind == "plain" and fs.property in body:
            out[column] = body[fs.property]
    for part in obj.parts:
        if part.spec.property in body:
            out[part.spec.name] = body[part.spec.property]
    return out
