"""Posting: documents move the registers the way the server and the app rely on."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from wholesale_desk.demo.base import EMPTY_REF, EmulatorBase
from wholesale_desk.demo.posting import (
    REG_ANALYTICS,
    REG_DEBT,
    REG_STOCK,
    REG_TO_SHIP,
    PostingError,
    Stage,
    post,
    register_rows,
    split_by_stages,
    unpost,
)

PARTNER = "11111111-1111-1111-1111-111111111111"
STORE = "22222222-2222-2222-2222-222222222222"
ITEM = "33333333-3333-3333-3333-333333333333"
AGREEMENT = "44444444-4444-4444-4444-444444444444"
PLAN = "55555555-5555-5555-5555-555555555555"


@pytest.fixture
def base(tmp_path: Path) -> EmulatorBase:
    b = EmulatorBase(tmp_path / "base.sqlite")
    b.put(
        "Catalog_ГрафикиОплаты",
        {
            "Ref_Key": PLAN,
            "Description": "Отсрочка 30 дней",
            "Этапы": [
                {
                    "LineNumber": "1",
                    "ВариантОплаты": "КредитСдвиг",
                    "Сдвиг": 30,
                    "ПроцентПлатежа": 100,
                }
            ],
        },
    )
    b.put("Catalog_СоглашенияСКлиентами", {"Ref_Key": AGREEMENT, "ГрафикОплаты_Key": PLAN})
    return b


def shipment(ref: str, day: str, qty: int, price: str) -> dict:
    amount = Decimal(price) * qty
    return {
        "Ref_Key": ref,
        "Date": f"{day}T10:00:00",
        "Партнер_Key": PARTNER,
        "Контрагент_Key": EMPTY_REF,
        "Соглашение_Key": AGREEMENT,
        "Склад_Key": STORE,
        "ЦенаВключаетНДС": True,
        "СуммаДокумента": amount,
        "Товары": [
            {
                "LineNumber": "1",
                "Номенклатура_Key": ITEM,
                "Количество": qty,
                "Цена": Decimal(price),
                "Сумма": amount,
                "СуммаСНДС": amount,
            }
        ],
    }


def payment(ref: str, day: str, amount: str) -> dict:
    return {
        "Ref_Key": ref,
        "Date": f"{day}T12:00:00",
        "СуммаДокумента": Decimal(amount),
        "РасшифровкаПлатежа": [
            {"LineNumber": "1", "Партнер_Key": PARTNER, "Сумма": Decimal(amount)}
        ],
    }


def debt(base: EmulatorBase) -> tuple[Decimal, Decimal]:
    d = p = Decimal(0)
    for kind, b in register_rows(base, REG_DEBT):
        sign = 1 if kind == "Receipt" else -1
        d += sign * Decimal(str(b["Долг"]))
        p += sign * Decimal(str(b["Предоплата"]))
    return d, p


def test_shipment_moves_stock_and_debt_with_due_date(base: EmulatorBase) -> None:
    body = post(
        base,
        "Document_РеализацияТоваровУслуг",
        shipment("a" * 8 + "-0000-0000-0000-000000000001", "2026-03-02", 5, "100.00"),
    )
    assert base.get("Document_РеализацияТоваровУслуг", body["Ref_Key"])["Posted"] is True
    stock = list(register_rows(base, REG_STOCK))
    assert stock == [("Expense", stock[0][1])] and stock[0][1]["ВНаличии"] == 5
    rows = list(register_rows(base, REG_DEBT))
    assert len(rows) == 1
    kind, b = rows[0]
    assert kind == "Receipt" and Decimal(str(b["Долг"])) == Decimal("500")
    assert b["ДатаПлановогоПогашения"] == "2026-04-01T00:00:00"
    assert b["РасчетныйДокумент_Type"] == "StandardODATA.Document_РеализацияТоваровУслуг"
    keys = list(register_rows(base, REG_ANALYTICS))
    assert keys[0][1]["КлючАналитики_Key"] == b["АналитикаУчетаПоПартнерам_Key"]


def test_repost_replaces_and_unpost_removes(base: EmulatorBase) -> None:
    doc = shipment("b" * 8 + "-0000-0000-0000-000000000001", "2026-03-02", 5, "100.00")
    post(base, "Document_РеализацияТоваровУслуг", doc)
    doc["Товары"][0]["Количество"] = 7
    post(base, "Document_РеализацияТоваровУслуг", doc)
    assert [b["ВНаличии"] for _k, b in register_rows(base, REG_STOCK)] == [7]
    assert debt(base) == (Decimal("500"), 0)
    unpost(base, "Document_РеализацияТоваровУслуг", doc)
    assert list(register_rows(base, REG_STOCK)) == []
    assert base.get("Document_РеализацияТоваровУслуг", doc["Ref_Key"])["Posted"] is False
    # the analytics key stays: it is reference data, not a movement
    assert len(list(register_rows(base, REG_ANALYTICS))) == 1


def test_payment_settles_oldest_first_and_overpayment_is_advance(base: EmulatorBase) -> None:
    s1 = post(
        base,
        "Document_РеализацияТоваровУслуг",
        shipment("c" * 8 + "-0000-0000-0000-000000000001", "2026-01-10", 1, "300.00"),
    )
    s2 = post(
        base,
        "Document_РеализацияТоваровУслуг",
        shipment("c" * 8 + "-0000-0000-0000-000000000002", "2026-02-10", 1, "200.00"),
    )
    pay = post(
        base,
        "Document_ПоступлениеБезналичныхДенежныхСредств",
        payment("c" * 8 + "-0000-0000-0000-000000000003", "2026-02-20", "400.00"),
    )
    taken = {
        b["РасчетныйДокумент"]: Decimal(str(b["Долг"]))
        for _k, b in register_rows(base, REG_DEBT, pay["Ref_Key"])
    }
    assert taken == {s1["Ref_Key"]: Decimal("300"), s2["Ref_Key"]: Decimal("100")}
    post(
        base,
        "Document_ПриходныйКассовыйОрдер",
        payment("c" * 8 + "-0000-0000-0000-000000000004", "2026-02-21", "150.00"),
    )
    assert debt(base) == (Decimal("0"), Decimal("50"))
    # the next shipment consumes the advance
    post(
        base,
        "Document_РеализацияТоваровУслуг",
        shipment("c" * 8 + "-0000-0000-0000-000000000005", "2026-03-01", 1, "80.00"),
    )
    assert debt(base) == (Decimal("30"), Decimal("0"))


def test_return_reduces_debt_of_its_shipment(base: EmulatorBase) -> None:
    s1 = post(
        base,
        "Document_РеализацияТоваровУслуг",
        shipment("d" * 8 + "-0000-0000-0000-000000000001", "2026-01-10", 3, "100.00"),
    )
    post(
        base,
        "Document_РеализацияТоваровУслуг",
        shipment("d" * 8 + "-0000-0000-0000-000000000002", "2026-01-12", 1, "100.00"),
    )
    ret = shipment("d" * 8 + "-0000-0000-0000-000000000003", "2026-01-20", 1, "100.00")
    ret["ДокументРеализации"] = s1["Ref_Key"]
    ret["ДокументРеализации_Type"] = "StandardODATA.Document_РеализацияТоваровУслуг"
    post(base, "Document_ВозвратТоваровОтКлиента", ret)
    stock = sum(
        (1 if k == "Receipt" else -1) * b["ВНаличии"] for k, b in register_rows(base, REG_STOCK)
    )
    assert stock == -3
    assert debt(base) == (Decimal("300"), 0)
    rows = list(register_rows(base, REG_DEBT, ret["Ref_Key"]))
    assert rows[0][1]["РасчетныйДокумент"] == s1["Ref_Key"]


def test_order_waits_for_shipment_only_while_open(base: EmulatorBase) -> None:
    order = shipment("e" * 8 + "-0000-0000-0000-000000000001", "2026-01-10", 3, "100.00")
    order["Статус"] = "КОтгрузке"
    post(base, "Document_ЗаказКлиента", order)
    assert [b["КОтгрузке"] for _k, b in register_rows(base, REG_TO_SHIP)] == [3]
    assert list(register_rows(base, REG_DEBT)) == []
    order["Статус"] = "Закрыт"
    post(base, "Document_ЗаказКлиента", order)
    assert list(register_rows(base, REG_TO_SHIP)) == []


def test_shipment_without_partner_is_refused(base: EmulatorBase) -> None:
    doc = shipment("f" * 8 + "-0000-0000-0000-000000000001", "2026-01-10", 3, "100.00")
    doc["Партнер_Key"] = EMPTY_REF
    with pytest.raises(PostingError):
        post(base, "Document_РеализацияТоваровУслуг", doc)
    assert base.get("Document_РеализацияТоваровУслуг", doc["Ref_Key"]) is None


def test_stages_split_with_remainder_on_last() -> None:
    from datetime import date

    parts = split_by_stages(
        Decimal("100.01"),
        [Stage("ПредоплатаДоОтгрузки", 0, Decimal(30)), Stage("КредитСдвиг", 14, Decimal(70))],
        date(2026, 1, 1),
    )
    assert parts == [(date(2026, 1, 1), Decimal("30.00")), (date(2026, 1, 15), Decimal("70.01"))]
