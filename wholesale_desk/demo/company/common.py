"""Shared plumbing of the demo company generator: keys, buffered writing, body skeletons.

Everything random comes from one `random.Random(seed)`, keys included, so the same seed builds
the same base (only `DataVersion` differs: the base assigns it on every write, as 1C does).
Writes are buffered and flushed in big batches: the `large` company is millions of rows.
"""

from __future__ import annotations

import json
import random
import uuid
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from wholesale_desk.demo.base import EMPTY_DATE, EMPTY_REF, EmulatorBase
from wholesale_desk.demo.posting import Movements, Row

KOP = Decimal("0.01")
ZERO = Decimal(0)
FLUSH_OBJECTS = 20_000
FLUSH_RECORDS = 100_000


def r2(value: Decimal) -> Decimal:
    """Money rounding, half up to kopecks (DOMAIN.md)."""
    return value.quantize(KOP, ROUND_HALF_UP)


def iso(moment: datetime | date) -> str:
    if isinstance(moment, datetime):
        return moment.replace(microsecond=0).isoformat()
    return moment.isoformat() + "T00:00:00"


def typed(entity: str) -> str:
    return f"StandardODATA.{entity}"


@dataclass
class Writer:
    """Buffers objects and register records; flushes in batches through the base's bulk API."""

    base: EmulatorBase
    objects: dict[str, list[dict[str, Any]]] = field(default_factory=lambda: defaultdict(list))
    records: dict[str, list[Row]] = field(default_factory=lambda: defaultdict(list))
    n_objects: int = 0
    n_records: int = 0

    def put(self, entity: str, body: dict[str, Any]) -> dict[str, Any]:
        self.objects[entity].append(body)
        self.n_objects += 1
        if self.n_objects >= FLUSH_OBJECTS:
            self.flush_objects()
        return body

    def put_all(self, entity: str, bodies: Iterable[dict[str, Any]]) -> None:
        for body in bodies:
            self.put(entity, body)

    def record(self, register: str, row: Row) -> None:
        self.records[register].append(row)
        self.n_records += 1
        if self.n_records >= FLUSH_RECORDS:
            self.flush_records()

    def moves(self, moves: Movements) -> None:
        for register, rows in moves.items():
            self.records[register].extend(rows)
            self.n_records += len(rows)
        if self.n_records >= FLUSH_RECORDS:
            self.flush_records()

    def flush_objects(self) -> None:
        for entity, bodies in self.objects.items():
            if bodies:
                self.base.put_many(entity, bodies)
        self.objects.clear()
        self.n_objects = 0

    def flush_records(self) -> None:
        for register, rows in self.records.items():
            if rows:
                self.base.add_records(register, rows)
        self.records.clear()
        self.n_records = 0

    def flush(self) -> None:
        self.flush_objects()
        self.flush_records()


class Keys:
    """Deterministic version-4 UUIDs from the generator's own random stream."""

    def __init__(self, rng: random.Random) -> None:
        self._rng = rng

    def new(self) -> str:
        return str(uuid.UUID(int=self._rng.getrandbits(128), version=4))


class Numbers:
    """Document numbers as УТ 11 gives them: prefix + yearly counter per document type."""

    def __init__(self, prefix: str = "ТД00") -> None:
        self.prefix = prefix
        self._counters: dict[tuple[str, int], int] = defaultdict(int)

    def next(self, entity: str, year: int) -> str:
        self._counters[(entity, year)] += 1
        return f"{self.prefix}-{self._counters[(entity, year)]:06d}"


def catalog_item(
    ref: str,
    description: str,
    code: str | None = None,
    *,
    hierarchical: bool = False,
    parent: str = EMPTY_REF,
    folder: bool = False,
    owner: str | None = None,
    predefined: str = "",
    **attrs: Any,
) -> dict[str, Any]:
    """A catalog object with 1C's standard properties."""
    body: dict[str, Any] = {
        "Ref_Key": ref,
        "DeletionMark": False,
        "Predefined": bool(predefined),
        "PredefinedDataName": predefined,
    }
    if code is not None:
        body["Code"] = code
    body["Description"] = description
    if hierarchical:
        body["Parent_Key"] = parent
        body["IsFolder"] = folder
    if owner is not None:
        body["Owner_Key"] = owner
    body.update(attrs)
    return body


def document(
    ref: str, number: str, moment: datetime, posted: bool = True, **attrs: Any
) -> dict[str, Any]:
    """A document object with 1C's standard properties."""
    body: dict[str, Any] = {
        "Ref_Key": ref,
        "DeletionMark": False,
        "Number": number,
        "Date": iso(moment),
        "Posted": posted,
    }
    body.update(attrs)
    return body


@dataclass(frozen=True)
class ContactKinds:
    """Keys of the predefined Catalog_ВидыКонтактнойИнформации items by PredefinedDataName."""

    keys: dict[str, str]

    def __getitem__(self, name: str) -> str:
        return self.keys[name]


def ci_phone(kind: str, shown: str, digits: str, local: str, city: str = "") -> dict[str, Any]:
    """A КонтактнаяИнформация row of type Телефон (structured fields filled as 1C fills them)."""
    value = {
        "value": shown,
        "type": "Телефон",
        "countryCode": "+7",
        "areaCode": digits[1 : len(digits) - len(local)],
        "number": local,
        "ext": "",
    }
    return {
        "Тип": "Телефон",
        "Вид_Key": kind,
        "Представление": shown,
        "Значение": json.dumps(value, ensure_ascii=False),
        "ЗначенияПолей": "",
        "Страна": "РОССИЯ",
        "Регион": "",
        "Город": city,
        "АдресЭП": "",
        "ДоменноеИмяСервера": "",
        "НомерТелефона": "+" + digits,
        "НомерТелефонаБезКодов": local,
        "ВидДляСписка_Key": kind,
    }


def ci_email(kind: str, email: str) -> dict[str, Any]:
    return {
        "Тип": "АдресЭлектроннойПочты",
        "Вид_Key": kind,
        "Представление": email,
        "Значение": json.dumps({"value": email, "type": "Email"}, ensure_ascii=False),
        "ЗначенияПолей": "",
        "Страна": "",
        "Регион": "",
        "Город": "",
        "АдресЭП": email,
        "ДоменноеИмяСервера": email.split("@", 1)[1],
        "НомерТелефона": "",
        "НомерТелефонаБезКодов": "",
        "ВидДляСписка_Key": kind,
    }


def ci_address(kind: str, shown: str, region: str, city: str, postcode: str) -> dict[str, Any]:
    value = {
        "value": shown,
        "type": "Адрес",
        "country": "РОССИЯ",
        "addressType": "Административно-территориальный",
        "area": region,
        "city": city,
        "ZIPcode": postcode,
    }
    return {
        "Тип": "Адрес",
        "Вид_Key": kind,
        "Представление": shown,
        "Значение": json.dumps(value, ensure_ascii=False),
        "ЗначенияПолей": "",
        "Страна": "РОССИЯ",
        "Регион": region,
        "Город": city,
        "АдресЭП": "",
        "ДоменноеИмяСервера": "",
        "НомерТелефона": "",
        "НомерТелефонаБезКодов": "",
        "ВидДляСписка_Key": kind,
    }


def numbered(owner: str, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Table-part rows as OData shows them: the owner's Ref_Key first, LineNumber as a string."""
    return [{"Ref_Key": owner, "LineNumber": str(i), **row} for i, row in enumerate(rows, 1)]


__all__ = [
    "EMPTY_DATE",
    "EMPTY_REF",
    "KOP",
    "ZERO",
    "ContactKinds",
    "Keys",
    "Numbers",
    "Writer",
    "catalog_item",
    "ci_address",
    "ci_email",
    "ci_phone",
    "document",
    "iso",
    "numbered",
    "r2",
    "typed",
]
