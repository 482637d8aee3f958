"""The emulator base's file layout: old files still work, bulk loading leaves a normal base."""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path

from wholesale_desk.demo.base import SCHEMA, SECONDARY_INDEXES, EmulatorBase

OLD_OBJECTS = """
CREATE TABLE objects (
    entity TEXT NOT NULL, ref_key TEXT NOT NULL, data_version TEXT NOT NULL, date TEXT,
    partner_key TEXT, body TEXT NOT NULL, PRIMARY KEY (entity, ref_key)
) WITHOUT ROWID;
"""


def test_a_base_of_the_old_without_rowid_layout_opens_and_works(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite"
    with sqlite3.connect(path) as db:
        db.executescript(OLD_OBJECTS + SCHEMA)
    base = EmulatorBase(path)
    base.put("Catalog_Партнеры", {"Ref_Key": "k1", "Description": "Альфа"})
    base.put("Catalog_Партнеры", {"Ref_Key": "k1", "Description": "Бета"})  # replaces
    assert base.get("Catalog_Партнеры", "k1")["Description"] == "Бета"
    names = {r[0] for r in base.connect().execute("SELECT name FROM sqlite_master")}
    assert "objects_keys" not in names  # its primary key already covers key listings


def test_a_new_base_has_a_rowid_objects_table_with_a_covering_key_index(tmp_path: Path) -> None:
    base = EmulatorBase(tmp_path / "new.sqlite")
    db = base.connect()
    (sql,) = db.execute("SELECT sql FROM sqlite_master WHERE name='objects'").fetchone()
    assert "WITHOUT ROWID" not in sql.upper()
    plan = " ".join(
        str(r[-1])
        for r in db.execute(
            "EXPLAIN QUERY PLAN SELECT ref_key, data_version, date FROM objects"
            " WHERE entity=? ORDER BY ref_key",
            ("Document_ЗаказКлиента",),
        )
    )
    assert "COVERING INDEX" in plan


def test_bulk_load_writes_from_other_threads_and_ends_in_wal(tmp_path: Path) -> None:
    base = EmulatorBase(tmp_path / "bulk.sqlite")
    with base.bulk_load():
        assert base.connect().execute("PRAGMA journal_mode").fetchone()[0] == "off"

        def write() -> None:
            base.put_many("Catalog_Партнеры", [{"Ref_Key": f"k{i}"} for i in range(100)])
            base.disconnect()

        worker = threading.Thread(target=write)
        worker.start()
        worker.join()
    assert base.connect().execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert sum(1 for _ in base.iter_objects("Catalog_Партнеры")) == 100
    names = {r[0] for r in base.connect().execute("SELECT name FROM sqlite_master")}
    assert set(SECONDARY_INDEXES) <= names  # dropped while loading, built again after
