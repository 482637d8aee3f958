"""Writing to the emulator: create, duplicate key, update, delete, post, business errors."""

from __future__ import annotations

import uuid
from decimal import Decimal

from wholesale_desk.demo.base import EMPTY_REF, loads

ORDERS = "Document_ЗаказКлиента"
STOCK = "AccumulationRegister_ТоварыНаСкладах"
TO_SHIP = "AccumulationRegister_ТоварыКОтгрузке"


def new_order(world, partner_index: int = 0, qty: str = "2", price: str = "10") -> dict:
    amount = Decimal(qty) * Decimal(price)
    return {
        "Ref_Key": str(uuid.uuid4()),
        "Date": "2026-11-20T09:30:00",
        "Партнер_Key": world.partners[partner_index],
        "Склад_Key": world.store,
        "Статус": "КОтгрузке",
        "ЦенаВключаетНДС": True,
        "СуммаДокумента": float(amount),
        "Товары": [
            {
                "Номенклатура_Key": world.products[0],
                "Количество": float(qty),
                "Цена": float(price),
                "Сумма": float(amount),
                "СуммаСНДС": float(amount),
            }
        ],
    }


def error_of(resp) -> tuple[int, str, str]:
    err = resp.json()["odata.error"]
    return resp.status_code, err["code"], err["message"]["value"]


def test_create_answers_201_with_number_assigned(server_world):
    body = new_order(server_world)
    resp = server_world.send("POST", ORDERS, body)
    assert resp.status_code == 201, resp.text
    created = loads(resp.text)
    assert created["Ref_Key"] == body["Ref_Key"]
    assert created["Number"] == "ТД00-000031"  # continues the base's numbering
    assert created["Posted"] is False and created["DeletionMark"] is False
    assert created["Товары"][0]["LineNumber"] == "1"
    assert created["DataVersion"]
    second = server_world.send("POST", ORDERS, new_order(server_world)).json()
    assert second["Number"] == "ТД00-000032"
    again = server_world.get(f"{ORDERS}(guid'{body['Ref_Key']}')").json()
    assert again["DataVersion"] == created["DataVersion"]


def test_catalog_item_gets_a_code(server_world):
    resp = server_world.send("POST", "Catalog_Партнеры", {"Description": "Новый клиент"})
    assert resp.status_code == 201
    assert resp.json()["Code"] == "000000020"


def test_same_key_again_answers_code_15(server_world):
    body = new_order(server_world)
    assert server_world.send("POST", ORDERS, body).status_code == 201
    resp = server_world.send("POST", ORDERS, body)
    status, code, _ = error_of(resp)
    assert (status, code) == (500, "15")
    assert server_world.server.count("POST", ORDERS) == 2


def test_patch_merges_fields_replaces_table_part_and_changes_version(server_world):
    key = server_world.orders[5]
    before = server_world.get(f"{ORDERS}(guid'{key}')").json()
    lines = [
        {"Номенклатура_Key": server_world.products[1], "Количество": 1, "Цена": 5, "Сумма": 5},
        {"Номенклатура_Key": server_world.products[2], "Количество": 2, "Цена": 5, "Сумма": 10},
    ]
    resp = server_world.send(
        "PATCH",
        f"{ORDERS}(guid'{key}')",
        {"Комментарий": "перезвонить", "Товары": lines},
    )
    assert resp.status_code == 200, resp.text
    after = resp.json()
    assert after["Комментарий"] == "перезвонить"
    assert after["Number"] == before["Number"] and after["Статус"] == before["Статус"]
    assert [ln["LineNumber"] for ln in after["Товары"]] == ["1", "2"]
    assert after["Товары"][1]["Номенклатура_Key"] == server_world.products[2]
    assert after["DataVersion"] != before["DataVersion"]


def test_if_match_is_ignored_as_real_bases_do(server_world):
    key = server_world.orders[5]
    resp = server_world.send(
        "PATCH", f"{ORDERS}(guid'{key}')", {"Комментарий": "x"}, headers={"If-Match": 'W/"stale"'}
    )
    assert resp.status_code == 200


def test_delete_is_physical(server_world):
    key = server_world.orders[7]
    assert server_world.send("DELETE", f"{ORDERS}(guid'{key}')").status_code == 200
    assert server_world.get(f"{ORDERS}(guid'{key}')").status_code == 404
    assert server_world.send("DELETE", f"{ORDERS}(guid'{key}')").status_code == 404


def test_post_and_unpost_move_registers(server_world):
    body = new_order(server_world, qty="3")
    key = body["Ref_Key"]
    assert server_world.send("POST", ORDERS, body).status_code == 201
    resp = server_world.send("POST", f"{ORDERS}(guid'{key}')/Post", PostingModeOperational="false")
    assert resp.status_code == 200, resp.text
    assert server_world.get(f"{ORDERS}(guid'{key}')").json()["Posted"] is True
    flt = {"$filter": f"Recorder eq cast(guid'{key}', '{ORDERS}')"}
    moves = server_world.get(TO_SHIP, **flt).json()["value"]
    assert [m["КОтгрузке"] for m in moves] == [3]
    assert server_world.send("POST", f"{ORDERS}(guid'{key}')/Unpost").status_code == 200
    assert server_world.get(f"{ORDERS}(guid'{key}')").json()["Posted"] is False
    assert server_world.get(TO_SHIP, **flt).json()["value"] == []


def test_document_sent_with_posted_true_is_posted(server_world):
    body = new_order(server_world, qty="4")
    body["Posted"] = True
    created = server_world.send("POST", ORDERS, body).json()
    assert created["Posted"] is True
    flt = {"$filter": f"Recorder eq cast(guid'{body['Ref_Key']}', '{ORDERS}')"}
    assert len(server_world.get(TO_SHIP, **flt).json()["value"]) == 1


def test_posting_a_missing_document_is_404(server_world):
    resp = server_world.send("POST", f"{ORDERS}(guid'{uuid.uuid4()}')/Post")
    assert resp.status_code == 404 and resp.json()["odata.error"]["code"] == "9"


# --- business errors ---------------------------------------------------------------------------
def test_order_in_a_closed_period_is_a_business_error(server_world):
    server_world.base.set_setting("closed_period", "2026-10-31")
    body = new_order(server_world)
    body["Date"] = "2026-10-15T10:00:00"
    status, code, message = error_of(server_world.send("POST", ORDERS, body))
    assert (status, code) == (500, "-1")
    assert "Дата запрета изменения данных" in message and "31.10.2026" in message
    assert server_world.get(f"{ORDERS}(guid'{body['Ref_Key']}')").status_code == 404
    body["Date"] = "2026-11-01T00:00:00"
    assert server_world.send("POST", ORDERS, body).status_code == 201
    old = server_world.orders[0]  # dated January: closed
    status, code, _ = error_of(
        server_world.send("PATCH", f"{ORDERS}(guid'{old}')", {"Комментарий": "x"})
    )
    assert (status, code) == (500, "-1")


def test_order_over_credit_limit_is_refused_when_company_blocks(server_world):
    # partner 1 owes 900.10 under a contract limited to 1000.00
    body = new_order(server_world, partner_index=1, qty="10", price="10")  # 100.00
    assert server_world.send("POST", ORDERS, body).status_code == 201  # no blocking yet
    server_world.base.set_setting("credit_limit_block", "1")
    over = new_order(server_world, partner_index=1, qty="10", price="10")
    status, code, message = error_of(server_world.send("POST", ORDERS, over))
    assert (status, code) == (500, "-1")
    assert "задолженност" in message
    within = new_order(server_world, partner_index=1, qty="9", price="10")  # 990.10 ≤ 1000
    assert server_world.send("POST", ORDERS, within).status_code == 201
    unlimited = new_order(server_world, partner_index=0, qty="1000", price="10")
    assert server_world.send("POST", ORDERS, unlimited).status_code == 201
    # marking an over-limit order for deletion is always allowed
    resp = server_world.send("PATCH", f"{ORDERS}(guid'{body['Ref_Key']}')", {"DeletionMark": True})
    assert resp.status_code == 200


def test_line_with_unknown_product_is_a_business_error(server_world):
    body = new_order(server_world)
    body["Товары"][0]["Номенклатура_Key"] = str(uuid.uuid4())
    status, code, message = error_of(server_world.send("POST", ORDERS, body))
    assert (status, code) == (500, "-1")
    assert "строке 1" in message
    body["Товары"][0]["Номенклатура_Key"] = EMPTY_REF
    assert error_of(server_world.send("POST", ORDERS, body))[1] == "-1"


def test_broken_json_body_is_refused(server_world):
    import requests

    resp = requests.post(
        server_world.server.odata_url + f"{ORDERS}?$format=json",
        data=b"{not json",
        auth=("admin-latin", "x"),
        timeout=10,
    )
    assert resp.status_code == 401  # credentials are checked first
    server_world.base.add_user("admin-latin", "x", "00000009-0000-0000-0000-0000000000ff", True)
    resp = requests.post(
        server_world.server.odata_url + f"{ORDERS}?$format=json",
        data=b"{not json",
        auth=("admin-latin", "x"),
        timeout=10,
    )
    assert resp.status_code == 400


def test_posting_a_shipment_moves_the_stock_balance_a_client_reads(server_world):
    balance = "AccumulationRegister_ТоварыНаСкладах/Balance()"

    def stock() -> dict:
        rows = server_world.get(balance).json()["value"]
        return {(r["Номенклатура_Key"], r["Склад_Key"]): r["ВНаличииBalance"] for r in rows}

    key = (server_world.products[0], server_world.store)
    assert stock()[key] == Decimal("100.25")
    shipment = new_order(server_world, qty="0.25")
    shipment.pop("Статус")
    shipment["Posted"] = True
    entity = "Document_РеализацияТоваровУслуг"
    assert server_world.send("POST", entity, shipment).status_code == 201
    assert stock()[key] == Decimal(100)
    ref = shipment["Ref_Key"]
    lines = [{"Номенклатура_Key": server_world.products[0], "Количество": 1, "СуммаСНДС": 10}]
    assert server_world.send("PATCH", f"{entity}(guid'{ref}')", {"Товары": lines}).ok
    assert stock()[key] == Decimal("99.25")  # re-posted on write
    assert server_world.send("POST", f"{entity}(guid'{ref}')/Unpost").status_code == 200
    assert stock()[key] == Decimal("100.25")
    assert server_world.send("POST", f"{entity}(guid'{ref}')/Post").status_code == 200
    assert server_world.send("DELETE", f"{entity}(guid'{ref}')").status_code == 200
    assert stock()[key] == Decimal("100.25")


def test_new_catalog_codes_follow_the_base_format(server_world):
    server_world.base.put("Catalog_Склады", {"Description": "Второй", "Code": "00-00000041"})
    resp = server_world.send("POST", "Catalog_Склады", {"Description": "Третий"})
    assert resp.json()["Code"] == "00-00000042"


def test_posting_failure_is_a_business_error(server_world):
    entity = "Document_РеализацияТоваровУслуг"
    body = {"Ref_Key": str(uuid.uuid4()), "Date": "2026-11-20T10:00:00", "Товары": []}
    assert server_world.send("POST", entity, body).status_code == 201
    status, code, message = error_of(
        server_world.send("POST", f"{entity}(guid'{body['Ref_Key']}')/Post")
    )
    assert (status, code) == (500, "-1")
    assert "Клиент" in message
    line_without_product = new_order(server_world)
    del line_without_product["Товары"][0]["Номенклатура_Key"]
    assert error_of(server_world.send("POST", ORDERS, line_without_product))[:2] == (500, "-1")
