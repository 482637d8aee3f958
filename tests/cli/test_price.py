"""`wholesale-desk price` answers from the local store with the order editor's terms."""

from __future__ import annotations

import json
import sys
from decimal import Decimal
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "services"))

from order_world import World, build

from wholesale_desk import cli
from wholesale_desk.store import Store


@pytest.fixture
def world(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> World:
    # `--data-dir` sets WHOLESALE_DESK_HOME for the process: restore it after the test.
    monkeypatch.setenv("WHOLESALE_DESK_HOME", str(tmp_path))
    store = Store(tmp_path / "store.sqlite")
    w = build(store)
    store.close()
    return w


def run(tmp_path: Path, capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = cli.main(["--data-dir", str(tmp_path), "price", *args])
    out, err = capsys.readouterr()
    return code, out, err


def test_json_for_a_partner_by_inn_and_article(
    world: World, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run(
        tmp_path,
        capsys,
        "7707083893",
        "PRF-PN-27",
        "--qty",
        "10",
        "--json",
        "--date",
        world.today.isoformat(),
    )
    assert code == 0
    data = json.loads(out)
    assert data["price_type"] == "Крупный опт"
    assert data["base_price"] == "95.00"
    assert data["discounts"] == [
        {
            "source": "agreement",
            "percent": "5",
            "amount": "47.50",
            "rule": "Скидка по соглашению 5%",
            "origin": "1c",
            "object": "Catalog_СкидкиНаценки «Скидка по соглашению 5%»",
        }
    ]
    assert data["manual_limit"]["origin"] == "default"  # no users' settings in this store
    assert data["quantity"] == "10"
    assert data["amount"] == "902.50"
    assert data["vat_rate"] == "22"
    assert data["vat_included"] is True
    assert Decimal(data["vat_amount"]) == Decimal("162.75")
    assert data["due_date"] == (world.today.fromordinal(world.today.toordinal() + 30)).isoformat()


def test_text_by_client_code_and_product_code(
    world: World, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run(tmp_path, capsys, "000001", "00000001", "--qty", "3,5")
    assert code == 0
    assert "Оптовая" in out and "12,40" in out
    assert "Due date:" in out


def test_no_price_is_said_not_sold_at_zero(
    world: World, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run(tmp_path, capsys, "000001", "NOPRICE-1", "--json")
    data = json.loads(out)
    assert code == 0 and data["base_price"] is None
    assert any("No price" in p for p in data["problems"])


def test_unknown_client_is_an_error(
    world: World, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = run(tmp_path, capsys, "1234567890", "BLT-M8-40")
    assert code == 2 and "No client" in err
