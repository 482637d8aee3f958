"""The emulator's own store: a 1C base as one SQLite file.

This module is the contract between the demo company generator (which fills a base) and the
OData server (which answers from it). Objects are kept as their OData JSON bodies, keyed by entity
set and `Ref_Key`, with a few columns lifted out for fast filtering and row-level rights.
Register movements are rows of their own; virtual tables (`Balance`, `SliceLast`) are computed
from them by the server. Extend additively; never rename a column.
"""

from __future__ import annotations

import base64
import json
import sqlite3
import threading
import uuid
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from decimal import Decimal
from pathlib import Path
from typing import Any

EMPTY_REF = "00000000-0000-0000-0000-000000000000"
EMPTY_DATE = "0001-01-01T00:00:00"

SCHEMA = """
CREATE TABLE IF NOT EXISTS objects (
    entity TEXT NOT NULL,          -- entity set, e.g. 'Catalog_Партнеры', 'Document_ЗаказКлиента'
    ref_key TEXT NOT NULL,
    data_version TEXT NOT NULL,
    date TEXT,                     -- documents: 'Date' (ISO, server local time); NULL for catalogs
    partner_key TEXT,              -- the partner the object belongs to, for row-level rights
    body TEXT NOT NULL,            -- the full OData JSON object (table parts included)
    PRIMARY KEY (entity, ref_key)
);
CREATE INDEX IF NOT EXISTS objects_date ON objects(entity, date);
CREATE INDEX IF NOT EXISTS objects_partner ON objects(entity, partner_key);
CREATE TABLE IF NOT EXISTS records (
    id INTEGER PRIMARY KEY,
    register TEXT NOT NULL,        -- e.g. 'AccumulationRegister_ТоварыНаСкладах', 'InformationRegister_ЦеныНоменклатуры'
    recorder TEXT,                 -- Ref_Key of the document that made the movement (NULL for independent info registers)
    recorder_type TEXT,            -- e.g. 'StandardODATA.Document_РеализацияТоваровУслуг'
    period TEXT NOT NULL,          -- ISO datetime
    record_type TEXT,              -- 'Receipt' / 'Expense' for balance registers, NULL otherwise
    partner_key TEXT,              -- for row-level rights
    body TEXT NOT NULL             -- dimensions and resources with 1C property names
);
CREATE INDEX IF NOT EXISTS records_register ON records(register, period);
CREATE INDEX IF NOT EXISTS records_recorder ON records(recorder);
CREATE TABLE IF NOT EXISTS users (
    name TEXT PRIMARY KEY,         -- the 1C login, Cyrillic allowed
    password TEXT NOT NULL,
    user_key TEXT NOT NULL,        -- Ref_Key in Catalog_Пользователи
    full_rights INTEGER NOT NULL   -- 1: sees everything (head of sales); 0: own clients only
);
CREATE TABLE IF NOT EXISTS settings (key TEXT PRIMARY KEY, value TEXT NOT NULL);
"""
# Bases made before objects became a rowid table keep their WITHOUT ROWID table, whose primary
# key already covers these columns; a rowid table gets a covering index instead, so key and
# version listings ($select=Ref_Key,DataVersion) never touch the bodies.
# Indexes `bulk_load` drops while a base is filled and builds again after.
SECONDARY_INDEXES = (
    "objects_date",
    "objects_partner",
    "objects_keys",
    "records_register",
    "records_recorder",
)
KEYS_INDEX = (
    "CREATE INDEX IF NOT EXISTS objects_keys ON objects(entity, ref_key, data_version, date)"
)


def new_ref() -> str:
    return str(uuid.uuid4())


def new_data_version() -> str:
    """An opaque version like 1C's ('AAAAAAAETag='): base64 of 8 random bytes."""
    return base64.b64encode(uuid.uuid4().bytes[:8]).decode("ascii")


def _default(value: Any) -> Any:
    if isinstance(value, Decimal):
        # 1C sends numbers as JSON numbers; float repr round-trips any 2-3 decimal amount exactly.
        if value == value.to_integral_value():
            return int(value)
        return float(value)  # not money: the JSON wire form
    raise TypeError(f"not JSON serialisable: {type(value).__name__}")


# The C encoder made once: `json.dumps` with options builds a new encoder on every call, which
# costs more than encoding a register record. No circular-reference check (bodies are trees).
# Same output as json.dumps(body, ensure_ascii=False, default=_default, separators=(",", ":")).
_C_MAKE_ENCODER: Callable[..., Any] | None = getattr(json.encoder, "c_make_encoder", None)
_ENCODE = (
    _C_MAKE_ENCODER(
        None, _default, json.encoder.encode_basestring, None, ":", ",", False, False, True
    )
    if _C_MAKE_ENCODER is not None
    else None
)


def dumps(body: Any) -> str:
    """Compact JSON with Cyrillic as is and Decimals as numbers, as 1C sends bodies."""
    if _ENCODE is None:
        return json.dumps(body, ensure_ascii=False, default=_default, separators=(",", ":"))
    return "".join(_ENCODE(body, 0))


def loads(text: str) -> Any:
    return json.loads(text, parse_float=Decimal)


class EmulatorBase:
    """One emulated 1C base in one SQLite file; safe to share between server threads."""

    def __init__(self, path: Path | str) -> None:
        self.path = Path(path)
        self._local = threading.local()
        self.write_lock = threading.RLock()
        self._bulk = False
        self._create_indexes(self.connect())

    def connect(self) -> sqlite3.Connection:
        """This thread's connection (one per thread; SQLite connections are not shared)."""
        db: sqlite3.Connection | None = getattr(self._local, "db", None)
        if db is None:
            db = sqlite3.connect(self.path, timeout=30, isolation_level=None)
            if self._bulk:
                # No journal and no syncing: a fresh base built in one go is simply rebuilt if
                # the build fails; WAL would write every page twice (log, then checkpoint).
                db.execute("PRAGMA journal_mode=OFF")
                db.execute("PRAGMA synchronous=OFF")
                db.execute("PRAGMA cache_size=-1048576")  # 1 GB at most: the index sorts
                db.execute("PRAGMA temp_store=MEMORY")
            else:
                db.execute("PRAGMA journal_mode=WAL")
                db.execute("PRAGMA synchronous=NORMAL")
            self._local.db = db
        return db

    def disconnect(self) -> None:
        """Close this thread's connection (a worker thread that is done with the base)."""
        db: sqlite3.Connection | None = getattr(self._local, "db", None)
        if db is not None:
            db.close()
            self._local.db = None

    @contextmanager
    def bulk_load(self) -> Iterator[None]:
        """Fast, unsafe writing for filling a base in one go (the demo generator).

        Connections opened inside (in any thread) run without a journal; threads other than the
        caller's must `disconnect()` before the block ends. On exit the base is back in WAL mode
        with normal syncing, as the server expects. If another process holds the file open,
        SQLite keeps WAL: slower, still correct.
        """
        self.disconnect()
        self._bulk = True
        try:
            db = self.connect()
            for name in SECONDARY_INDEXES:
                db.execute(f"DROP INDEX IF EXISTS {name}")
            yield
        finally:
            # One sort per index beats millions of random inserts into indexes past the cache.
            self._create_indexes(self.connect())
            self.disconnect()
            self._bulk = False
            self.connect()  # switches back to WAL

    def _create_indexes(self, db: sqlite3.Connection) -> None:
        db.executescript(SCHEMA)
        (table_sql,) = db.execute(
            "SELECT sql FROM sqlite_master WHERE type='table' AND name='objects'"
        ).fetchone()
        if "WITHOUT ROWID" not in table_sql.upper():
            db.execute(KEYS_INDEX)

    # --- objects -----------------------------------------------------------------------------
    def put(self, entity: str, body: dict[str, Any]) -> dict[str, Any]:
        """Insert or replace an object; assigns a fresh DataVersion, as every 1C write does."""
        self.put_many(entity, [body])
        return body

    def put_many(self, entity: str, bodies: Iterable[dict[str, Any]]) -> None:
        rows = []
        for body in bodies:
            body.setdefault("Ref_Key", new_ref())
            body["DataVersion"] = new_data_version()
            rows.append(
                (
                    entity,
                    body["Ref_Key"],
                    body["DataVersion"],
                    body.get("Date"),
                    _partner_of(entity, body),
                    dumps(body),
                )
            )
        with self.write_lock:
            db = self.connect()
            db.execute("BEGIN")
            try:
                db.executemany("INSERT OR REPLACE INTO objects VALUES (?,?,?,?,?,?)", rows)
                db.execute("COMMIT")
            except BaseException:
                db.execute("ROLLBACK")
                raise

    def get(self, entity: str, ref_key: str) -> dict[str, Any] | None:
        row = (
            self.connect()
            .execute("SELECT body FROM objects WHERE entity=? AND ref_key=?", (entity, ref_key))
            .fetchone()
        )
        return loads(row[0]) if row else None

    def delete(self, entity: str, ref_key: str) -> bool:
        with self.write_lock:
            cur = self.connect().execute(
                "DELETE FROM objects WHERE entity=? AND ref_key=?", (entity, ref_key)
            )
        return cur.rowcount > 0

    def iter_objects(self, entity: str) -> Iterator[dict[str, Any]]:
        for (body,) in self.connect().execute(
            "SELECT body FROM objects WHERE entity=? ORDER BY ref_key", (entity,)
        ):
            yield loads(body)

    def entities(self) -> list[str]:
        return [r[0] for r in self.connect().execute("SELECT DISTINCT entity FROM objects")]

    # --- register movements ------------------------------------------------------------------
    def add_records(
        self,
        register: str,
        rows: Iterable[tuple[str | None, str | None, str, str | None, str | None, dict[str, Any]]],
    ) -> None:
        """Append movements: (recorder, recorder_type, period, record_type, partner_key, body)."""
        data = [(register, r, rt, p, k, pk, dumps(b)) for r, rt, p, k, pk, b in rows]
        with self.write_lock:
            db = self.connect()
            db.execute("BEGIN")
            try:
                db.executemany(
                    "INSERT INTO records (register, recorder, recorder_type, period, record_type,"
                    " partner_key, body) VALUES (?,?,?,?,?,?,?)",
                    data,
                )
                db.execute("COMMIT")
            except BaseException:
                db.execute("ROLLBACK")
                raise

    def delete_records(self, recorder: str) -> None:
        """Drop a document's movements (unposting, or before re-posting)."""
        with self.write_lock:
            self.connect().execute("DELETE FROM records WHERE recorder=?", (recorder,))

    # --- users and settings ------------------------------------------------------------------
    def add_user(self, name: str, password: str, user_key: str, full_rights: bool) -> None:
        with self.write_lock:
            self.connect().execute(
                "INSERT OR REPLACE INTO users VALUES (?,?,?,?)",
                (name, password, user_key, int(full_rights)),
            )

    def users(self) -> list[tuple[str, str, str, bool]]:
        return [
            (n, p, k, bool(f))
            for n, p, k, f in self.connect().execute("SELECT * FROM users ORDER BY name")
        ]

    def setting(self, key: str, default: str | None = None) -> str | None:
        row = self.connect().execute("SELECT value FROM settings WHERE key=?", (key,)).fetchone()
        return row[0] if row else default

    def set_setting(self, key: str, value: str) -> None:
        with self.write_lock:
            self.connect().execute("INSERT OR REPLACE INTO settings VALUES (?,?)", (key, value))


def _partner_of(entity: str, body: dict[str, Any]) -> str | None:
    """The partner whose manager may see this object (row-level rights, as 1C applies them)."""
    if entity == "Catalog_Партнеры":
        return str(body["Ref_Key"])
    if entity in ("Catalog_КонтактныеЛицаПартнеров",):
        return body.get("Owner_Key")
    key = body.get("Партнер_Key")
    if key:
        return str(key)
    # payments: the partner is in the decoding rows
    for row in body.get("РасшифровкаПлатежа", []) or []:
        if row.get("Партнер_Key"):
            return str(row["Партнер_Key"])
    # phone calls name the partner they were with as a composite АбонентКонтакт
    if body.get("АбонентКонтакт_Type") == "StandardODATA.Catalog_Партнеры" and body.get(
        "АбонентКонтакт"
    ):
        return str(body["АбонентКонтакт"])
    # interactions: the first participant that is a partner
    for row in body.get("Участники", []) or []:
        if row.get("Контакт_Type") == "StandardODATA.Catalog_Партнеры":
            return str(row.get("Контакт"))
    return None
