"""Shared plumbing of the demo company generator: keys, buffered writing, body skeletons.

Everything random comes from one `random.Random(seed)`, keys included, so the same seed builds
the same base (only `DataVersion` differs: the base assigns it on every write, as 1C does).
Writes are buffered and flushed in big batches: the `large` company is millions of rows.
"""

from __future__ import annotations

import json
import queue
import random
import threading
import uuid
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from wholesale_desk.demo.base import EMPTY_DATE, EMPTY_REF, EmulatorBase
from wholesale_desk.demo.posting import Movements, Row

KOP = Decimal("0.01")
ZERO = Decimal(0)
FLUSH_OBJECTS = 5_000
FLUSH_RECORDS = 50_000


def r2(value: Decimal) -> Decimal:
    """Money rounding, half up to kopecks (DOMAIN.md)."""
    return value.quantize(KOP, ROUND_HALF_UP)


def iso(moment: datetime | date) -> str:
    if isinstance(moment, datetime):
        return moment.replace(microsecond=0).isoformat()
    return moment.isoformat() + "T00:00:00"


def typed(entity: str) -> str:
    return f"StandardODATA.{entity}"


class Writer:
    """Buffers objects and register records and writes them in big batches on a writer thread.

    SQLite releases the GIL while it writes, so the simulation runs on while the previous batch
    goes to disk: on two cores that is most of the time a `large` company takes. Batches are
    written in the order they were made (one thread, one queue), so record ids are deterministic.
    """

    def __init__(self, base: EmulatorBase) -> None:
        self.base = base
        self.objects: dict[str, list[dict[str, Any]]] = defaultdict(list)
        self.records: dict[str, list[Row]] = defaultdict(list)
        self.n_objects = 0
        self.n_records = 0
        self._queue: queue.Queue[tuple[str, str, list[Any]] | None] = queue.Queue(maxsize=3)
        self._error: BaseException | None = None
        self._thread = threading.Thread(target=self._work, name="demo-writer", daemon=True)
        self._thread.start()

    def _work(self) -> None:
        try:
            self._write_jobs()
        finally:
            self.base.disconnect()  # `bulk_load` can only switch back to WAL once we are gone

    def _write_jobs(self) -> None:
        while True:
            job = self._queue.get()
            if job is None:
                return
            if self._error is not None:
                continue
            kind, name, rows = job
            try:
                if kind == "objects":
                    self.base.put_many(name, rows)
                else:
                    self.base.add_records(name, rows)
            except BaseException as exc:  # re-raised on the generator's thread
                self._error = exc

    def _send(self, kind: str, name: str, rows: list[Any]) -> None:
        if self._error is not None:
            raise self._error
        self._queue.put((kind, name, rows))

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
                self._send("objects", entity, bodies)
        self.objects = defaultdict(list)
        self.n_objects = 0

    def flush_records(self) -> None:
        for register, rows in self.records.items():
            if rows:
                self._send("records", register, rows)
        self.records = defaultdict(list)
        self.n_records = 0

    def flush(self) -> None:
        """Send what is buffered (the writer thread writes it in the background)."""
        self.flush_objects()
        self.flush_records()

    def close(self) -> None:
        """Write everything and stop the writer thread; raises what the writer hit."""
        self.flush()
        self._queue.put(None)
        self._thread.join()
        if self._error is not None:
            raise self._error


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
