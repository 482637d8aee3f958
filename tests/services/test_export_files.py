"""Exports write where the user said without breaking what is there: a regular file is replaced
atomically, a device or pipe is written in place, `-` is standard output; XLSX opens in Excel."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
import threading
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import load_workbook

from wholesale_desk import snapshots
from wholesale_desk.models import Client, Manager, Settlement
from wholesale_desk.output_file import write_output
from wholesale_desk.services.export import receivables_table, write
from wholesale_desk.store import Store

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def store(tmp_path: Path) -> Store:
    s = Store(tmp_path / "store.sqlite")
    with s.transaction() as db:
        db.add(Manager(id="m", name="Иванов"))
        db.add(Client(id="c", name="Ромашка", manager_id="m", city="Тула"))
        db.add(Settlement(client_id="c", due_date=date(2026, 10, 1), debt=Decimal("1234.56")))
        snapshots.mark_taken(db, snapshots.SETTLEMENTS, datetime(2026, 11, 26, 9, 30, tzinfo=UTC))
    return s


def test_receivables_xlsx_opens_with_the_snapshot_time_in_local_time(
    store: Store, tmp_path: Path
) -> None:
    out = tmp_path / "r.xlsx"
    with store.session() as db:
        write(receivables_table(db, date(2026, 11, 26)), "xlsx", out)
    sheet = load_workbook(out).active
    header, first = (list(r) for r in sheet.iter_rows(max_row=2, values_only=True))
    row = dict(zip(header, first, strict=True))
    local = datetime(2026, 11, 26, 9, 30, tzinfo=UTC).astimezone().replace(tzinfo=None)
    assert row["as_of"] == local
    assert row["debt"] == Decimal("1234.56") or str(row["debt"]) == "1234.56"


def test_the_cli_exports_receivables_as_xlsx(store: Store, tmp_path: Path) -> None:
    store.close()
    out = tmp_path / "r.xlsx"
    done = subprocess.run(
        [sys.executable, "-m", "wholesale_desk", "--data-dir", str(tmp_path), "export",
         "receivables", "--format", "xlsx", "--out", str(out)],
        capture_output=True, text=True, timeout=120, cwd=ROOT,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert load_workbook(out).active.cell(2, 2).value == "Ромашка"


def test_dev_null_stays_a_device(store: Store) -> None:
    with store.session() as db:
        write(receivables_table(db), "csv", Path(os.devnull))
    assert stat.S_ISCHR(os.stat(os.devnull).st_mode)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX")
def test_a_named_pipe_is_written_into_not_replaced(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    got: list[bytes] = []
    reader = threading.Thread(target=lambda: got.append(fifo.read_bytes()))
    reader.start()
    write_output(fifo, b"id;name\n")
    reader.join(10)
    assert got == [b"id;name\n"] and stat.S_ISFIFO(fifo.stat().st_mode)


def test_a_regular_file_is_replaced_and_keeps_its_mode(tmp_path: Path) -> None:
    target = tmp_path / "c.csv"
    target.write_bytes(b"old")
    target.chmod(0o640)
    write_output(target, b"new")
    assert target.read_bytes() == b"new" and stat.S_IMODE(target.stat().st_mode) == 0o640
    assert [p.name for p in tmp_path.iterdir()] == ["c.csv"]  # no temporary file left


def test_dash_is_standard_output(store: Store, tmp_path: Path) -> None:
    store.close()
    done = subprocess.run(
        [sys.executable, "-m", "wholesale_desk", "--data-dir", str(tmp_path), "export",
         "clients", "--format", "json", "--out", "-"],
        capture_output=True, text=True, timeout=120, cwd=ROOT,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert '"name": "Ромашка"' in done.stdout and not (tmp_path / "-").exists()


def test_a_missing_folder_is_made_for_a_new_file(tmp_path: Path) -> None:
    target = tmp_path / "reports" / "2026" / "c.csv"
    write_output(target, b"id;name\n")
    assert target.read_bytes() == b"id;name\n"
