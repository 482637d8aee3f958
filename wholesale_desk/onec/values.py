"""Turning 1C's JSON values into Python ones, and back.

1C sends numbers as JSON numbers (parsed to `Decimal`), Int64 and `LineNumber` sometimes as
strings, the empty reference as the zero GUID and the empty date as year 1; a composite-type
attribute comes as the value plus `X_Type`. Every parser raises `ValueError` on junk so the
mapping layer can log the row and skip it.
"""

from __future__ import annotations

import json
import re
from datetime import datetime
from decimal import Decimal, InvalidOperation
from typing import Any
from uuid import UUID

EMPTY_REF = "00000000-0000-0000-0000-000000000000"
EMPTY_DATE = "0001-01-01T00:00:00"
UNDEFINED_TYPE = "StandardODATA.Undefined"
TYPE_PREFIX = "StandardODATA."
# 1C writes every GUID in this canonical form; such text is its own normal form, so the fast
# path skips building a UUID (a sync reads about a million references). Anything else (upper
# case, braces, no hyphens) still goes through UUID, which normalises or refuses it.
_CANONICAL_GUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")


def loads(data: str | bytes) -> Any:
    """Parse 1C JSON with every non-integer number as `Decimal` (never float)."""
    return json.loads(data, parse_float=Decimal)


parse_json = loads
"""Another name for `loads`, for readers who look for it by what it does."""


def dumps(body: Any) -> str:
    """Serialise a request body; Decimals are written digit for digit (no float rounding)."""
    return json.dumps(_prepare(body), ensure_ascii=False, separators=(",", ":"))


def _prepare(value: Any) -> Any:
    # json writes numbers only from int/float: a Decimal goes out as an int when whole, else as
    # a float whose repr is checked to give back exactly the same digits (true for money,
    # quantities and percents: at most 15 significant digits).
    if isinstance(value, dict):
        return {k: _prepare(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_prepare(v) for v in value]
    if isinstance(value, Decimal):
        if value == value.to_integral_value():
            return int(value)
        as_float = float(value)  # not money: the JSON wire form, checked exact below
        if Decimal(repr(as_float)) != value:
            raise ValueError(f"{value} cannot be sent exactly")
        return as_float
    if isinstance(value, datetime):
        return format_date(value)
    return value


def ref(value: Any) -> str | None:
    """A reference `X_Key`: the GUID as lower-case text, or None for the empty reference."""
    if value is None or value == "":
        return None
    if not isinstance(value, str):
        raise ValueError(f"reference expected, got {value!r}")
    key = value if _CANONICAL_GUID.fullmatch(value) else str(UUID(value))
    return None if key == EMPTY_REF else key


def date(value: Any) -> datetime | None:
    """A 1C date (server local time, no zone): naive datetime, or None for the empty date."""
    if value is None or value == "" or value == EMPTY_DATE:
        return None
    if not isinstance(value, str):
        raise ValueError(f"date expected, got {value!r}")
    parsed = datetime.fromisoformat(value)
    if parsed.year <= 1:
        return None
    return parsed.replace(tzinfo=None)


def format_date(value: datetime | None) -> str:
    return (
        EMPTY_DATE if value is None else value.replace(microsecond=0).strftime("%Y-%m-%dT%H:%M:%S")
    )


def decimal(value: Any) -> Decimal | None:
    """A 1C number: JSON number or numeric string (Int64) → Decimal."""
    if value is None:
        return None
    if isinstance(value, bool):
        raise ValueError(f"number expected, got {value!r}")
    if isinstance(value, Decimal):
        result = value
    elif isinstance(value, int):
        result = Decimal(value)
    elif isinstance(value, str):
        try:
            result = Decimal(value.strip())
        except InvalidOperation as exc:
            raise ValueError(f"number expected, got {value!r}") from exc
    elif isinstance(value, float):  # only if someone parsed without parse_float
        result = Decimal(repr(value))
    else:
        raise ValueError(f"number expected, got {value!r}")
    if not result.is_finite():
        raise ValueError(f"number expected, got {value!r}")
    return result


def integer(value: Any) -> int | None:
    """An integer that may come as a string (`LineNumber`, Int64)."""
    number = decimal(value)
    if number is None:
        return None
    if number != number.to_integral_value():
        raise ValueError(f"integer expected, got {value!r}")
    return int(number)


def boolean(value: Any) -> bool | None:
    if value is None:
        return None
    if isinstance(value, bool):
        return True if value else False
    if value in ("true", "false"):
        return bool(value == "true")
    raise ValueError(f"boolean expected, got {value!r}")


def string(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, str):
        return value
    if isinstance(value, int | Decimal) and not isinstance(value, bool):
        return str(value)
    raise ValueError(f"string expected, got {value!r}")


def composite(value: Any, type_name: Any) -> tuple[str | None, str | None]:
    """A composite-type attribute → (entity type like 'Document_X' or None, value or None)."""
    if type_name is None or type_name == "" or type_name == UNDEFINED_TYPE:
        return None, None
    if not isinstance(type_name, str):
        raise ValueError(f"type name expected, got {type_name!r}")
    kind = type_name.removeprefix(TYPE_PREFIX)
    if value is None or value == "" or value == EMPTY_REF:
        return kind, None
    if isinstance(value, str):
        if _CANONICAL_GUID.fullmatch(value):
            return kind, value
        try:
            return kind, str(UUID(value))
        except ValueError:
            return kind, value  # a primitive value of a composite type (string, date)
    return kind, str(value)
