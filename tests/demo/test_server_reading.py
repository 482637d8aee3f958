"""Reading from the emulator over real HTTP, point by point as ONEC.md describes a 1C base."""

from __future__ import annotations

from decimal import Decimal
from xml.etree import ElementTree

import pytest
import requests

from wholesale_desk.demo.base import loads

ORDERS = "Document_ЗаказКлиента"
PARTNERS = "Catalog_Партнеры"


def values(resp: requests.Response) -> list[dict]:
    assert resp.status_code == 200, resp.text
    return loads(resp.text)["value"]


def error_code(resp: requests.Response) -> str:
    return resp.json()["odata.error"]["code"]


# --- addressing and formats --------------------------------------------------------------------
def test_service_root_lists_published_sets_with_json(server_world):
    body = server_world.get("").json()
    names = {v["name"] for v in body["value"]}
    assert {PARTNERS, ORDERS, "Document_ЗаказКлиента_Товары"} <= names
    assert "AccumulationRegister_ТоварыНаСкладах" in names
    assert "InformationRegister_ЦеныНоменклатуры_RecordType" in names
    assert body["odata.metadata"].endswith("/odata/standard.odata/$metadata")


def test_client_that_forgets_format_gets_atom_xml(server_world):
    resp = server_world.get(PARTNERS, json=False, **{"$top": 1})
    assert resp.headers["Content-Type"].startswith("application/atom+xml")
    with pytest.raises(ValueError):
        resp.json()
    ElementTree.fromstring(resp.content)  # well-formed
    root = server_world.get("", json=False)
    assert root.headers["Content-Type"].startswith("application/xml")


def test_metadata_is_xml(server_world):
    resp = server_world.get("$metadata", json=False)
    assert resp.status_code == 200
    tree = ElementTree.fromstring(resp.content)
    assert PARTNERS in ElementTree.tostring(tree, encoding="unicode")


def test_server_url_properties(server_world):
    server = server_world.server
    assert server.url.endswith("/demo")
    assert server.odata_url == server.url + "/odata/standard.odata/"


def test_one_object_by_key_and_missing_one(server_world):
    key = server_world.partners[3]
    resp = server_world.get(f"{PARTNERS}(guid'{key}')")
    body = loads(resp.text)
    assert body["Ref_Key"] == key
    assert body["Description"] == "Клиент 03 O'Brien"
    assert body["odata.metadata"].endswith(f"$metadata#{PARTNERS}/@Element")
    missing = server_world.get(f"{PARTNERS}(guid'12345678-1234-1234-1234-123456789012')")
    assert missing.status_code == 404
    assert error_code(missing) == "9"


def test_unknown_segment_answers_code_6(server_world):
    resp = server_world.get("Catalog_НетТакого")
    assert resp.status_code == 400
    assert error_code(resp) == "6"


def test_json_shape_of_an_order(server_world):
    order = values(server_world.get(ORDERS, **{"$filter": "Number eq 'ТД00-000002'"}))[0]
    assert isinstance(order["DataVersion"], str) and order["DataVersion"]
    assert order["Posted"] is True and order["DeletionMark"] is False
    assert order["Статус"] == "КОбеспечению"
    assert order["ДатаОтгрузки"] == "0001-01-01T00:00:00"
    assert order["Партнер@navigationLinkUrl"] == (f"{ORDERS}(guid'{order['Ref_Key']}')/Партнер")
    assert "ДополнительныеРеквизиты" in order  # unmapped properties a real base sends
    line = order["Товары"][0]
    assert line["LineNumber"] == "1" and line["Ref_Key"] == order["Ref_Key"]
    assert line["Количество"] == Decimal(2)
    assert order["СуммаДокумента"] == Decimal("21")
    shipment = server_world.get(f"Document_РеализацияТоваровУслуг(guid'{server_world.shipment}')")
    body = shipment.json()
    assert body["ЗаказКлиента_Type"] == "StandardODATA.Document_ЗаказКлиента"


# --- paging ------------------------------------------------------------------------------------
def test_paging_with_top_skip_and_orderby_covers_every_row_once(server_world):
    seen: list[str] = []
    for skip in range(0, 30, 7):
        page = values(server_world.get(ORDERS, **{"$orderby": "Ref_Key", "$top": 7, "$skip": skip}))
        seen += [o["Ref_Key"] for o in page]
    assert seen == sorted(server_world.orders)
    assert "odata.nextLink" not in server_world.get(ORDERS, **{"$top": 5}).json()


def test_without_top_everything_comes_back_in_one_reply(server_world):
    body = server_world.get(ORDERS).json()
    assert len(body["value"]) == 30
    assert not any(k.endswith("nextLink") for k in body)


def test_order_is_not_stable_without_orderby(server_world):
    orders = {
        tuple(o["Ref_Key"] for o in values(server_world.get(ORDERS, **{"$select": "Ref_Key"})))
        for _ in range(6)
    }
    assert len(orders) > 1  # a client paging without $orderby sees overlaps


def test_orderby_several_keys_and_desc(server_world):
    rows = values(
        server_world.get(
            ORDERS, **{"$orderby": "Статус desc,Number asc", "$select": "Статус,Number"}
        )
    )
    assert [r["Статус"] for r in rows] == sorted((r["Статус"] for r in rows), reverse=True)
    first_group = [r["Number"] for r in rows if r["Статус"] == rows[0]["Статус"]]
    assert first_group == sorted(first_group)


def test_inlinecount_is_a_string(server_world):
    body = server_world.get(PARTNERS, **{"$inlinecount": "allpages", "$top": 2}).json()
    assert body["odata.count"] == "19"
    assert len(body["value"]) == 2
    filtered = server_world.get(
        ORDERS,
        **{"$inlinecount": "allpages", "$top": 1, "$filter": "substringof('срочно', Комментарий)"},
    ).json()
    assert filtered["odata.count"] == "6"


def test_select_of_ref_and_version_lists_only_them(server_world):
    rows = values(server_world.get(PARTNERS, **{"$select": "Ref_Key,DataVersion"}))
    assert len(rows) == 19
    assert all(set(r) == {"Ref_Key", "DataVersion"} for r in rows)
    stored = {k: server_world.base.get(PARTNERS, k)["DataVersion"] for k in server_world.partners}
    assert {r["Ref_Key"]: r["DataVersion"] for r in rows} == stored


def test_select_keeps_composite_type(server_world):
    rows = values(
        server_world.get("Document_РеализацияТоваровУслуг", **{"$select": "ЗаказКлиента"})
    )
    assert rows == [
        {
            "ЗаказКлиента": server_world.orders[0],
            "ЗаказКлиента_Type": "StandardODATA.Document_ЗаказКлиента",
        }
    ]


# --- filters -----------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("expr", "expected"),
    [
        ("Date ge datetime'2026-10-01T00:00:00'", 3),
        ("Date lt datetime'2026-02-01T00:00:00' or Date ge datetime'2026-10-01T00:00:00'", 6),
        ("not (Date lt datetime'2026-10-01T00:00:00')", 3),
        ("СуммаДокумента gt 300", 2),
        ("СуммаДокумента ge 21 and СуммаДокумента le 42", 3),
        ("СуммаДокумента eq 10.5", 1),
        ("Статус eq 'Закрыт'", 7),
        ("Статус ne 'Закрыт'", 23),
        ("Posted eq true", 30),
        ("Posted eq false", 0),
        ("DeletionMark", 0),
        ("year(Date) eq 2026 and month(Date) eq 3", 3),
        ("day(Date) eq 1", 2),
        ("startswith(Number, 'ТД00-00001')", 10),
        ("endswith(Number, '5')", 3),
        ("substringof('СРОЧ', Комментарий)", 6),
        ("like(Number, 'ТД00-00000_')", 9),
        ("Товары/any(d: d/Количество gt 28)", 2),
        ("Товары/all(d: d/Отменено eq false)", 30),
        ("Товары/any(d: d/Номенклатура_Key eq guid'00000003-0000-0000-0000-000000000002')", 10),
    ],
)
def test_filter_expressions(server_world, expr, expected):
    assert len(values(server_world.get(ORDERS, **{"$filter": expr}))) == expected


def test_guid_and_quoted_literals(server_world):
    partner = server_world.partners[0]
    rows = values(server_world.get(ORDERS, **{"$filter": f"Партнер_Key eq guid'{partner}'"}))
    assert {r["Партнер_Key"] for r in rows} == {partner} and len(rows) == 2
    by_key = values(server_world.get(PARTNERS, **{"$filter": f"Ref_Key eq guid'{partner}'"}))
    assert [r["Ref_Key"] for r in by_key] == [partner]
    quoted = values(
        server_world.get(PARTNERS, **{"$filter": "Description eq 'Клиент 03 O''Brien'"})
    )
    assert len(quoted) == 1
    keyset = values(
        server_world.get(
            PARTNERS,
            **{"$filter": f"Ref_Key gt guid'{server_world.partners[16]}'", "$orderby": "Ref_Key"},
        )
    )
    assert [r["Ref_Key"] for r in keyset] == server_world.partners[17:]


@pytest.mark.parametrize(
    "expr",
    [
        "tolower(Description) eq 'x'",
        "toupper(Description) eq 'X'",
        "length(Description) gt 3",
        "indexof(Description, 'x') eq 1",
        "trim(Description) eq 'x'",
        "Description eq",
        "Description eq guid'not-a-guid'",
    ],
)
def test_unsupported_or_broken_filter_answers_code_14(server_world, expr):
    resp = server_world.get(PARTNERS, **{"$filter": expr})
    assert resp.status_code == 400
    assert error_code(resp) == "14"


def test_bad_paging_option_answers_code_14(server_world):
    for params in ({"$top": "-1"}, {"$skip": "x"}, {"$orderby": "Ref_Key sideways"}):
        resp = server_world.get(PARTNERS, **params)
        assert resp.status_code == 400 and error_code(resp) == "14"


def test_composite_field_matches_only_with_cast(server_world):
    order = server_world.orders[0]
    shipments = "Document_РеализацияТоваровУслуг"
    bare = server_world.get(shipments, **{"$filter": f"ЗаказКлиента eq guid'{order}'"})
    assert values(bare) == []
    cast = server_world.get(
        shipments, **{"$filter": f"ЗаказКлиента eq cast(guid'{order}', '{ORDERS}')"}
    )
    assert [r["Ref_Key"] for r in values(cast)] == [server_world.shipment]
    wrong_type = server_world.get(
        shipments,
        **{"$filter": f"ЗаказКлиента eq cast(guid'{order}', 'Document_СчетНаОплатуКлиенту')"},
    )
    assert values(wrong_type) == []


# --- table parts and registers ----------------------------------------------------------------
def test_table_part_as_its_own_set(server_world):
    order = server_world.orders[4]
    rows = values(
        server_world.get("Document_ЗаказКлиента_Товары", **{"$filter": f"Ref_Key eq guid'{order}'"})
    )
    assert rows == [
        {
            "Ref_Key": order,
            "LineNumber": "1",
            "Номенклатура_Key": server_world.products[1],
            "Количество": 5,
            "Цена": Decimal("10.5"),
            "Сумма": Decimal("52.5"),
            "СуммаСНДС": Decimal("52.5"),
            "Отменено": False,
        }
    ]
    page = values(
        server_world.get(
            "Document_ЗаказКлиента_Товары",
            **{"$orderby": "Ref_Key", "$top": 4, "$skip": 2, "$inlinecount": "allpages"},
        )
    )
    assert [r["Ref_Key"] for r in page] == server_world.orders[2:6]


def test_register_movements_carry_recorder_period_and_record_type(server_world):
    rows = values(
        server_world.get(
            "AccumulationRegister_ТоварыНаСкладах",
            **{
                "$filter": f"Recorder eq cast(guid'{server_world.shipment}',"
                " 'Document_РеализацияТоваровУслуг')"
            },
        )
    )
    assert len(rows) == 2
    assert {r["LineNumber"] for r in rows} == {"1", "2"}
    assert all(r["RecordType"] == "Expense" and r["Active"] is True for r in rows)
    assert rows[0]["Period"] == "2026-03-01T12:00:00"
    assert rows[0]["Recorder_Type"] == "StandardODATA.Document_РеализацияТоваровУслуг"
    bare = server_world.get(
        "AccumulationRegister_ТоварыНаСкладах",
        **{"$filter": f"Recorder eq guid'{server_world.shipment}'"},
    )
    assert values(bare) == []


def test_independent_information_register(server_world):
    rows = values(server_world.get("InformationRegister_ПартнерыСегмента"))
    assert {r["Партнер_Key"] for r in rows} == set(server_world.partners[:3])
    assert "Period" not in rows[0] and "Recorder" not in rows[0]


def test_stock_balance(server_world):
    rows = values(server_world.get("AccumulationRegister_ТоварыНаСкладах/Balance()"))
    got = {(r["Номенклатура_Key"], r["Склад_Key"]): r["ВНаличииBalance"] for r in rows}
    p = server_world.products
    assert got == {
        (p[0], server_world.store): Decimal("100.25"),
        (p[0], "00000005-0000-0000-0000-000000000002"): Decimal(7),
    }  # product 1 is sold out: zero balances are not listed


def test_stock_balance_at_a_period_with_condition(server_world):
    resp = server_world.get(
        "AccumulationRegister_ТоварыНаСкладах/Balance(Period=datetime'2026-02-01T00:00:00',"
        f"Condition='Склад_Key eq guid''{server_world.store}''')"
    )
    got = {r["Номенклатура_Key"]: r["ВНаличииBalance"] for r in values(resp)}
    assert got == {server_world.products[0]: Decimal("100.5"), server_world.products[1]: 40}


def test_debt_balance_with_resources_suffixed(server_world):
    rows = values(
        server_world.get(
            "AccumulationRegister_РасчетыСКлиентамиПоСрокам/Balance()",
            **{"$filter": "ДолгBalance gt 0", "$orderby": "ДолгBalance desc"},
        )
    )
    assert [r["ДолгBalance"] for r in rows] == [Decimal("900.1"), 70, Decimal("55.55")]
    assert all(r["ПредоплатаBalance"] == 0 for r in rows)
    assert rows[1]["РасчетныйДокумент_Type"] == "StandardODATA.Document_РеализацияТоваровУслуг"
    early = values(
        server_world.get(
            "AccumulationRegister_РасчетыСКлиентамиПоСрокам/Balance(Period=datetime'2026-04-05T00:00:00')",
        )
    )
    assert sorted(r["ДолгBalance"] for r in early) == [Decimal("55.55"), 100, Decimal("900.1")]


def test_prices_slice_last(server_world):
    rows = values(server_world.get("InformationRegister_ЦеныНоменклатуры_RecordType/SliceLast()"))
    got = {r["Номенклатура_Key"]: r["Цена"] for r in rows}
    assert got == {server_world.products[0]: Decimal("12.3"), server_world.products[1]: 20}
    then = values(
        server_world.get(
            "InformationRegister_ЦеныНоменклатуры_RecordType/SliceLast(Period=datetime'2026-03-01T00:00:00',"
            f"Condition='Номенклатура_Key eq guid''{server_world.products[0]}''')"
        )
    )
    assert [(r["Цена"], r["Period"]) for r in then] == [(10, "2026-01-01T00:00:00")]


def test_slice_at_a_period_follows_a_reposted_price_document(server_world):
    """A repost replaces the document's records under the same ids (SQLite reuses the highest):
    the slice at a period must still show the new price, not a cached one."""
    doc = "77777777-2222-4333-8444-555555555555"
    slice_at = (
        "InformationRegister_ЦеныНоменклатуры_RecordType/SliceLast("
        f"Period=datetime'2030-01-01T00:00:00',Condition='Номенклатура_Key eq guid''{server_world.products[0]}'')"
    )  # fmt: skip

    def priced(price: str) -> dict:
        return {
            "Ref_Key": doc,
            "Date": "2029-06-01T00:00:00",
            "Товары": [
                {
                    "LineNumber": "1",
                    "Номенклатура_Key": server_world.products[0],
                    "ВидЦены_Key": server_world.price_type,
                    "Цена": price,
                }
            ],
        }

    assert server_world.send("POST", "Document_УстановкаЦенНоменклатуры", priced("50")).ok
    assert server_world.send("POST", f"Document_УстановкаЦенНоменклатуры(guid'{doc}')/Post").ok
    assert [r["Цена"] for r in values(server_world.get(slice_at))] == [50]
    lines = {"Товары": priced("51")["Товары"]}
    assert server_world.send("PATCH", f"Document_УстановкаЦенНоменклатуры(guid'{doc}')", lines).ok
    assert server_world.send("POST", f"Document_УстановкаЦенНоменклатуры(guid'{doc}')/Post").ok
    assert [r["Цена"] for r in values(server_world.get(slice_at))] == [51]


def test_balance_follows_new_movements(server_world):
    before = values(server_world.get("AccumulationRegister_ТоварыНаСкладах/Balance()"))
    server_world.base.add_records(
        "AccumulationRegister_ТоварыНаСкладах",
        [
            (
                None,
                None,
                "2026-05-01T00:00:00",
                "Receipt",
                None,
                {"Номенклатура_Key": server_world.products[2], "Склад_Key": server_world.store,
                 "ВНаличии": Decimal("3")},
            )
        ],
    )  # fmt: skip
    after = values(server_world.get("AccumulationRegister_ТоварыНаСкладах/Balance()"))
    assert len(after) == len(before) + 1


def test_stock_turnovers_for_a_period(server_world):
    rows = values(
        server_world.get(
            "AccumulationRegister_ТоварыНаСкладах/Turnovers(StartPeriod=datetime'2026-02-01T00:00:00',"
            "EndPeriod=datetime'2026-12-31T23:59:59')"
        )
    )
    got = {
        r["Номенклатура_Key"]: (r["ВНаличииReceipt"], r["ВНаличииExpense"], r["ВНаличииTurnover"])
        for r in rows
    }
    assert got == {
        server_world.products[0]: (0, Decimal("0.25"), Decimal("-0.25")),
        server_world.products[1]: (0, 40, -40),
    }


def test_expand_and_navigation_follow_references(server_world):
    order = server_world.orders[0]
    body = server_world.get(f"{ORDERS}(guid'{order}')", **{"$expand": "Партнер"}).json()
    assert body["Партнер"]["Ref_Key"] == server_world.partners[0]
    assert body["Партнер"]["Description"] == "Клиент 00"
    rows = values(server_world.get(ORDERS, **{"$expand": "Склад", "$top": 2, "$select": "Ref_Key"}))
    assert all(r["Склад"]["Description"] == "Основной склад" for r in rows)
    nav = server_world.get(f"{ORDERS}(guid'{order}')/Партнер").json()
    assert nav["Ref_Key"] == server_world.partners[0]
    bad = server_world.get(ORDERS, **{"$expand": "Нечто"})
    assert bad.status_code == 400 and error_code(bad) == "14"
