"""`wholesale-desk print pricelist`: the file a script gets, and what bad input hears."""

from __future__ import annotations

import json
import sys
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import load_workbook

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "services"))

from order_world import World
from pricelist_world import build_with_groups

from wholesale_desk import cli
from wholesale_desk.store import Store


@pytest.fixture
def world(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> World:
    monkeypatch.setenv("WHOLESALE_DESK_HOME", str(tmp_path))
    store = Store(tmp_path / "store.sqlite")
    w = build_with_groups(store)
    store.close()
    return w


def run(tmp_path: Path, capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = cli.main(["--data-dir", str(tmp_path), *args])
    out, err = capsys.readouterr()
    return code, out, err


def sheet_rows(path: Path) -> list[tuple[object, ...]]:
    book = load_workbook(path, read_only=True)
    rows = [tuple(r) + (None,) * 12 for r in book.active.iter_rows(values_only=True)]
    book.close()
    return rows


def test_a_clients_xlsx_matches_price_on_every_line(
    world: World, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "list.xlsx"
    day = world.today.isoformat()
    code, _, err = run(
        tmp_path, capsys, "print", "pricelist", "--client", "Стройторг", "--date", day,
        "--format", "xlsx", "--out", str(out),
    )  # fmt: skip
    assert code == 0, err
    assert "16 product" in err
    rows = sheet_rows(out)
    header = next(i for i, r in enumerate(rows) if r[0] == "Артикул")
    titles = rows[header]
    price_column = titles.index("Цена с НДС, руб.")
    checked = 0
    for row in rows[header + 1 :]:
        article = row[0]
        if not article or row[1] is None:  # a group row or the footer
            continue
        code, printed, _ = run(tmp_path, capsys, "price", "Стройторг", str(article),
                               "--date", day, "--json")  # fmt: skip
        quoted = json.loads(printed)
        if quoted["base_price"] is None:
            assert row[price_column] == "цена по запросу"
        else:
            assert Decimal(str(row[price_column])).quantize(Decimal("0.01")) == Decimal(
                quoted["amount"]
            ), article
        checked += 1
    assert checked == 16


def test_a_price_type_pdf_by_groups(
    world: World, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "list.pdf"
    code, _, err = run(
        tmp_path, capsys, "print", "pricelist", "--price-type", "Оптовая",
        "--groups", "Крепёж,Литература", "--in-stock", "--stock", "bands",
        "--format", "pdf", "--out", str(out),
    )  # fmt: skip
    assert code == 0, err
    assert out.read_bytes().startswith(b"%PDF")
    assert "8 product" in err


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("--price-type", "Мелкий опт"), "No price type «Мелкий опт»"),
        (("--client", "Неизвестный"), "No client «Неизвестный»"),
        (("--price-type", "Оптовая", "--groups", "Пустая"), "The group «Пустая» has no products"),
        (("--price-type", "Оптовая", "--date", "2001-01-01"), "01.01.2001 is before the first"),
    ],
)
def test_bad_input_is_one_line_and_exit_2(
    world: World,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    args: tuple[str, ...],
    message: str,
) -> None:
    out = tmp_path / "x.xlsx"
    code, printed, err = run(
        tmp_path, capsys, "print", "pricelist", *args, "--format", "xlsx", "--out", str(out)
    )
    assert code == 2
    assert err.count("\n") == 1 and message in err and printed == ""
    assert not out.exists()
