"""Fixtures of the demo package's tests (shared: add fixtures, don't rewrite others')."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
import requests

from wholesale_desk.demo.base import EMPTY_DATE, EMPTY_REF, EmulatorBase

# --- the OData server's hand-built world (tests/demo/test_server_*.py) -----------------------


def _ref(n: int, kind: int) -> str:
    """Readable, ordered keys: kind 1 partners, 2 orders, 3 products, …"""
    return f"{kind:08x}-0000-0000-0000-{n:012x}"


@dataclass
class ServerWorld:
    """A small base built point by point, served over loopback HTTP."""

    base: EmulatorBase
    server: Any
    admin: tuple[str, str] = ("Администратор", "demo")
    ivanov: tuple[str, str] = ("Иванов", "demo")
    petrova: tuple[str, str] = ("Петрова", "demo")
    ivanov_key: str = _ref(1, 9)
    petrova_key: str = _ref(2, 9)
    partners: list[str] = field(default_factory=list)  # 0..11 Иванов, 12..18 Петрова
    orders: list[str] = field(default_factory=list)
    products: list[str] = field(default_factory=list)
    store: str = _ref(1, 5)
    price_type: str = _ref(1, 6)
    shipment: str = _ref(1, 7)
    contract: str = _ref(1, 8)

    def get(
        self,
        path: str,
        auth: tuple[str, str] | None = None,
        json: bool = True,
        **params: Any,
    ) -> requests.Response:
        if json:
            params.setdefault("$format", "json")
        return requests.get(
            self.server.odata_url + path,
            params=params,
            auth=_utf8_auth(auth or self.admin),
            timeout=10,
        )

    def send(
        self,
        method: str,
        path: str,
        body: Any = None,
        auth: tuple[str, str] | None = None,
        headers: dict[str, str] | None = None,
        **params: Any,
    ) -> requests.Response:
        params.setdefault("$format", "json")
        return requests.request(
            method,
            self.server.odata_url + path,
            params=params,
            json=body,
            headers=headers,
            auth=_utf8_auth(auth or self.admin),
            timeout=10,
        )


def _utf8_auth(pair: tuple[str, str]) -> requests.auth.HTTPBasicAuth:
    return requests.auth.HTTPBasicAuth(pair[0].encode("utf-8"), pair[1].encode("utf-8"))


def build_server_world(base: EmulatorBase) -> dict[str, Any]:
    """19 partners (12 Иванов's, 7 Петрова's), 3 products, 30 orders, stock, debts, prices."""
    ivanov, petrova = _ref(1, 9), _ref(2, 9)
    base.add_user("Администратор", "demo", _ref(0, 9), True)
    base.add_user("Иванов", "demo", ivanov, False)
    base.add_user("Петрова", "demo", petrova, False)
    base.put_many(
        "Catalog_Пользователи",
        [
            {"Ref_Key": _ref(i, 9), "Description": name, "DeletionMark": False, "Code": ""}
            for i, name in enumerate(["Администратор", "Иванов", "Петрова"])
        ],
    )
    partners = [_ref(i, 1) for i in range(19)]
    base.put_many(
        "Catalog_Партнеры",
        [
            {
                "Ref_Key": p,
                "DeletionMark": False,
                "Predefined": False,
                "PredefinedDataName": "",
                "Code": f"{i + 1:09d}",
                "Description": f"Клиент {i:02d}" + (" O'Brien" if i == 3 else ""),
                "Parent_Key": EMPTY_REF,
                "IsFolder": False,
                "Клиент": True,
                "ОсновнойМенеджер_Key": ivanov if i < 12 else petrova,
                "КонтактнаяИнформация": [
                    {"LineNumber": "1", "Тип": "Телефон", "Представление": f"+7 900 000-00-{i:02d}"}
                ],
            }
            for i, p in enumerate(partners)
        ],
    )
    products = [_ref(i, 3) for i in range(3)]
    base.put_many(
        "Catalog_Номенклатура",
        [
            {
                "Ref_Key": k,
                "DeletionMark": False,
                "Code": f"{i + 1:09d}",
                "Description": ["Гвозди", "Шурупы", "Дюбели"][i],
                "Артикул": f"A-{i}",
                "Parent_Key": EMPTY_REF,
                "IsFolder": False,
            }
            for i, k in enumerate(products)
        ],
    )
    store, price_type = _ref(1, 5), _ref(1, 6)
    base.put("Catalog_Склады", {"Ref_Key": store, "Description": "Основной склад"})
    base.put("Catalog_ВидыЦен", {"Ref_Key": price_type, "Description": "Оптовая"})
    orders = [_ref(i, 2) for i in range(30)]
    bodies = []
    for i, ref in enumerate(orders):
        qty = Decimal(i + 1)
        bodies.append(
            {
                "Ref_Key": ref,
                "DeletionMark": False,
                "Number": f"ТД00-{i + 1:06d}",
                "Date": f"2026-{1 + i % 10:02d}-{1 + i % 28:02d}T10:00:00",
                "Posted": True,
                "Партнер_Key": partners[i % 19],
                "Склад_Key": store,
                "Статус": ["НеСогласован", "КОбеспечению", "КОтгрузке", "Закрыт"][i % 4],
                "СуммаДокумента": qty * Decimal("10.50"),
                "ЦенаВключаетНДС": True,
                "ДатаОтгрузки": EMPTY_DATE,
                "Комментарий": "срочно" if i % 5 == 0 else "",
                "Товары": [
                    {
                        "LineNumber": "1",
                        "Номенклатура_Key": products[i % 3],
                        "Количество": qty,
                        "Цена": Decimal("10.50"),
                        "Сумма": qty * Decimal("10.50"),
                        "СуммаСНДС": qty * Decimal("10.50"),
                        "Отменено": False,
                    }
                ],
            }
        )
    base.put_many("Document_ЗаказКлиента", bodies)
    shipment = _ref(1, 7)
    base.put(
        "Document_РеализацияТоваровУслуг",
        {
            "Ref_Key": shipment,
            "Number": "ТД00-000001",
            "Date": "2026-03-01T12:00:00",
            "Posted": True,
            "DeletionMark": False,
            "Партнер_Key": partners[0],
            "ЗаказКлиента": orders[0],
            "ЗаказКлиента_Type": "StandardODATA.Document_ЗаказКлиента",
            "СуммаДокумента": Decimal("100"),
            "Товары": [],
        },
    )
    contract = _ref(1, 8)
    base.put(
        "Catalog_ДоговорыКонтрагентов",
        {
            "Ref_Key": contract,
            "Description": "Основной договор",
            "Партнер_Key": partners[1],
            "ОграничиватьСуммуЗадолженности": True,
            "ДопустимаяСуммаЗадолженности": Decimal("1000"),
        },
    )
    stock = "AccumulationRegister_ТоварыНаСкладах"
    dims = {
        "Характеристика_Key": EMPTY_REF,
        "Назначение_Key": EMPTY_REF,
        "Помещение_Key": EMPTY_REF,
        "Серия_Key": EMPTY_REF,
    }
    other_store = _ref(2, 5)
    base.add_records(
        stock,
        [
            (_ref(100, 7), "StandardODATA.Document_ВводОстатков", "2026-01-01T00:00:00", "Receipt", None,
             {"Номенклатура_Key": products[0], "Склад_Key": store, **dims, "ВНаличии": Decimal("100.5"), "КОтгрузке": 0}),
            (_ref(100, 7), "StandardODATA.Document_ВводОстатков", "2026-01-01T00:00:00", "Receipt", None,
             {"Номенклатура_Key": products[1], "Склад_Key": store, **dims, "ВНаличии": Decimal("40"), "КОтгрузке": 0}),
            (_ref(100, 7), "StandardODATA.Document_ВводОстатков", "2026-01-01T00:00:00", "Receipt", None,
             {"Номенклатура_Key": products[0], "Склад_Key": other_store, **dims, "ВНаличии": Decimal("7"), "КОтгрузке": 0}),
            (shipment, "StandardODATA.Document_РеализацияТоваровУслуг", "2026-03-01T12:00:00", "Expense", None,
             {"Номенклатура_Key": products[0], "Склад_Key": store, **dims, "ВНаличии": Decimal("0.25"), "КОтгрузке": 0}),
            (shipment, "StandardODATA.Document_РеализацияТоваровУслуг", "2026-03-01T12:00:00", "Expense", None,
             {"Номенклатура_Key": products[1], "Склад_Key": store, **dims, "ВНаличии": Decimal("40"), "КОтгрузке": 0}),
        ],
    )  # fmt: skip
    debt = "AccumulationRegister_РасчетыСКлиентамиПоСрокам"

    def debt_body(key: str, doc: str, amount: str, prepay: str = "0") -> dict[str, Any]:
        return {
            "АналитикаУчетаПоПартнерам_Key": key,
            "ОбъектРасчетов_Key": EMPTY_REF,
            "Валюта_Key": EMPTY_REF,
            "РасчетныйДокумент": doc,
            "РасчетныйДокумент_Type": "StandardODATA.Document_РеализацияТоваровУслуг",
            "ДатаПлановогоПогашения": "2026-03-15T00:00:00",
            "ДатаВозникновения": "2026-03-01T00:00:00",
            "Долг": Decimal(amount),
            "Предоплата": Decimal(prepay),
        }

    ship_t = "StandardODATA.Document_РеализацияТоваровУслуг"
    base.add_records(
        debt,
        [
            (shipment, ship_t, "2026-03-01T12:00:00", "Receipt", partners[0], debt_body(_ref(1, 10), shipment, "100")),
            (_ref(2, 7), ship_t, "2026-04-01T12:00:00", "Receipt", partners[1], debt_body(_ref(2, 10), _ref(2, 7), "900.10")),
            (_ref(3, 7), ship_t, "2026-04-02T12:00:00", "Receipt", partners[12], debt_body(_ref(3, 10), _ref(3, 7), "55.55")),
            (_ref(4, 7), ship_t, "2026-04-10T12:00:00", "Expense", partners[0], debt_body(_ref(1, 10), shipment, "30")),
        ],
    )  # fmt: skip
    prices = "InformationRegister_ЦеныНоменклатуры"
    setting = "StandardODATA.Document_УстановкаЦенНоменклатуры"

    def price(product: str, value: str) -> dict[str, Any]:
        return {
            "Номенклатура_Key": product,
            "Характеристика_Key": EMPTY_REF,
            "ВидЦены_Key": price_type,
            "Цена": Decimal(value),
            "Упаковка_Key": EMPTY_REF,
            "Валюта_Key": EMPTY_REF,
            "Формула": "",
        }

    base.add_records(
        prices,
        [
            (_ref(10, 7), setting, "2026-01-01T00:00:00", None, None, price(products[0], "10.00")),
            (_ref(10, 7), setting, "2026-01-01T00:00:00", None, None, price(products[1], "20.00")),
            (_ref(11, 7), setting, "2026-06-01T00:00:00", None, None, price(products[0], "12.30")),
        ],
    )
    base.add_records(
        "InformationRegister_ПартнерыСегмента",
        [(None, None, EMPTY_DATE, None, p, {"Сегмент_Key": _ref(1, 11), "Партнер_Key": p}) for p in partners[:3]],
    )  # fmt: skip
    return {
        "partners": partners,
        "orders": orders,
        "products": products,
        "store": store,
        "price_type": price_type,
        "shipment": shipment,
        "contract": contract,
    }


@pytest.fixture
def server_world(tmp_path: Path) -> Iterator[ServerWorld]:
    """The hand-built world on a running emulator (a fresh base per test: tests write)."""
    from wholesale_desk.demo.server import EmulatorServer

    base = EmulatorBase(tmp_path / "emulator.sqlite")
    keys = build_server_world(base)
    with EmulatorServer(base) as server:
        yield ServerWorld(base=base, server=server, **keys)


@pytest.fixture
def server_world_builder() -> Any:
    """`build_server_world(base)`, for tests that need the world in a base of their own."""
    return build_server_world
