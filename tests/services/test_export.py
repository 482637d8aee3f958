"""Exports give Excel users and scripts exact figures under stable column names."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from datetime import date
from decimal import Decimal
from pathlib import Path

from openpyxl import load_workbook

from wholesale_desk.models import Client, LegalEntity, Manager, Settlement
from wholesale_desk.services.export import TABLES, receivables_table, write
from wholesale_desk.store import Store


def _fill(path: Path) -> None:
    store = Store(path)
    with store.transaction() as db:
        db.add(Manager(id="m", name="Иванов"))
        db.add(Client(id="c", name="Ромашка; и Ко", manager_id="m", city="Тула"))
        db.add(LegalEntity(client_id="c", name="ООО Ромашка", inn="7707083893", kpp="770701001"))
        db.add(Settlement(client_id="c", due_date=date(2026, 10, 1), debt=Decimal("1234.56")))
        db.add(Settlement(client_id="c", due_date=date(2026, 12, 1), debt=Decimal("0.10")))
    store.close()


def test_receivables_csv_keeps_kopecks_and_separator(tmp_path: Path) -> None:
    _fill(tmp_path / "s.sqlite")
    store = Store(tmp_path / "s.sqlite")
    with store.session() as db:
        data = write(receivables_table(db, date(2026, 11, 26)), "csv", None)
    assert data is not None
    rows = list(csv.DictReader(io.StringIO(data.decode("utf-8-sig")), delimiter=";"))
    assert rows[0]["client"] == "Ромашка; и Ко"
    assert rows[0]["debt"] == "1234.66"
    assert rows[0]["overdue"] == "1234.56"
    assert rows[0]["overdue_31_60"] == "1234.56"


def test_every_table_exports_as_json_and_xlsx(tmp_path: Path) -> None:
    _fill(tmp_path / "s.sqlite")
    store = Store(tmp_path / "s.sqlite")
    with store.session() as db:
        for name, build in TABLES.items():
            table = build(db)
            records = json.loads(write(table, "json", None) or b"")
            assert isinstance(records, list), name
            out = tmp_path / f"{name}.xlsx"
            write(build(db), "xlsx", out)
            sheet = load_workbook(out).active
            assert [c.value for c in next(sheet.iter_rows())] == list(table.columns)
    clients = json.loads(write(TABLES["clients"](store.session()), "json", None) or b"")
    assert clients[0]["inn"] == "7707083893" and clients[0]["manager"] == "Иванов"


def test_cli_exports_from_the_data_folder(tmp_path: Path) -> None:
    _fill(tmp_path / "store.sqlite")
    out = tmp_path / "r.json"
    done = subprocess.run(
        [sys.executable, "-m", "wholesale_desk", "--data-dir", str(tmp_path), "export",
         "receivables", "--format", "json", "--out", str(out)],
        capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert json.loads(out.read_text("utf-8"))[0]["debt"] == "1234.66"
