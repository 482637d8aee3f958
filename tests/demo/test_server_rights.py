"""Authentication and row-level rights, as a УТ 11 base applies them to managers."""

from __future__ import annotations

import base64
import uuid

import requests

ORDERS = "Document_ЗаказКлиента"
PARTNERS = "Catalog_Партнеры"


def test_cyrillic_login_sent_as_utf8_bytes_is_accepted(server_world):
    token = base64.b64encode("Администратор:demo".encode()).decode()
    resp = requests.get(
        server_world.server.odata_url + PARTNERS,
        params={"$format": "json", "$top": 1},
        headers={"Authorization": f"Basic {token}"},
        timeout=10,
    )
    assert resp.status_code == 200


def test_wrong_password_answers_401_with_challenge(server_world):
    resp = server_world.get(PARTNERS, auth=("Администратор", "wrong"))
    assert resp.status_code == 401
    assert resp.headers["WWW-Authenticate"].startswith("Basic")
    no_auth = requests.get(server_world.server.odata_url + PARTNERS, timeout=10)
    assert no_auth.status_code == 401
    latin1 = base64.b64encode("Администратор:demo".encode("cp1251")).decode()
    resp = requests.get(
        server_world.server.odata_url + PARTNERS,
        headers={"Authorization": f"Basic {latin1}"},
        timeout=10,
    )
    assert resp.status_code == 401  # a client encoding the login in a legacy code page fails


def test_manager_sees_own_clients_with_allowed_only(server_world):
    rows = server_world.get(PARTNERS, auth=server_world.ivanov, allowedOnly="true").json()["value"]
    assert sorted(r["Ref_Key"] for r in rows) == server_world.partners[:12]
    orders = server_world.get(
        ORDERS, auth=server_world.petrova, allowedOnly="true", **{"$inlinecount": "allpages"}
    ).json()
    assert {o["Партнер_Key"] for o in orders["value"]} <= set(server_world.partners[12:])
    assert orders["odata.count"] == str(len(orders["value"])) == "7"


def test_manager_without_allowed_only_fails_on_a_foreign_row(server_world):
    resp = server_world.get(PARTNERS, auth=server_world.ivanov)
    assert resp.status_code == 403
    assert resp.json()["odata.error"]["code"] == "20"
    own = server_world.get(
        PARTNERS,
        auth=server_world.ivanov,
        **{"$filter": f"Ref_Key eq guid'{server_world.partners[0]}'"},
    )
    assert own.status_code == 200 and len(own.json()["value"]) == 1
    foreign = server_world.get(
        ORDERS,
        auth=server_world.ivanov,
        **{"$filter": f"Партнер_Key eq guid'{server_world.partners[12]}'"},
    )
    assert foreign.status_code == 403


def test_everyone_sees_products_prices_and_stock(server_world):
    for path in (
        "Catalog_Номенклатура",
        "Catalog_Склады",
        "InformationRegister_ЦеныНоменклатуры_RecordType/SliceLast()",
        "AccumulationRegister_ТоварыНаСкладах/Balance()",
    ):
        assert server_world.get(path, auth=server_world.petrova).status_code == 200, path


def test_debts_are_limited_to_own_clients(server_world):
    path = "AccumulationRegister_РасчетыСКлиентамиПоСрокам/Balance()"
    assert server_world.get(path, auth=server_world.petrova).status_code == 403
    rows = server_world.get(path, auth=server_world.petrova, allowedOnly="true").json()["value"]
    assert [str(r["ДолгBalance"]) for r in rows] == ["55.55"]
    raw = server_world.get(
        "AccumulationRegister_РасчетыСКлиентамиПоСрокам", auth=server_world.petrova,
        allowedOnly="true",
    ).json()["value"]  # fmt: skip
    assert len(raw) == 1


def test_table_part_rows_follow_their_document(server_world):
    path = "Document_ЗаказКлиента_Товары"
    assert server_world.get(path, auth=server_world.ivanov).status_code == 403
    rows = server_world.get(path, auth=server_world.ivanov, allowedOnly="true").json()["value"]
    mine = {o for i, o in enumerate(server_world.orders) if i % 19 < 12}
    assert {r["Ref_Key"] for r in rows} == mine


def test_foreign_object_by_key_is_refused(server_world):
    resp = server_world.get(
        f"{PARTNERS}(guid'{server_world.partners[15]}')", auth=server_world.ivanov
    )
    assert resp.status_code == 403 and resp.json()["odata.error"]["code"] == "20"


def test_manager_cannot_create_an_order_for_a_foreign_client(server_world):
    body = {
        "Ref_Key": str(uuid.uuid4()),
        "Date": "2026-11-20T10:00:00",
        "Партнер_Key": server_world.partners[13],
        "Товары": [],
    }
    resp = server_world.send("POST", ORDERS, body, auth=server_world.ivanov)
    assert resp.status_code == 403
    assert resp.json()["odata.error"]["code"] == "20"
    body["Партнер_Key"] = server_world.partners[2]
    assert server_world.send("POST", ORDERS, body, auth=server_world.ivanov).status_code == 201


def test_a_manager_may_add_a_client_assigned_to_themselves_only(server_world) -> None:  # type: ignore[no-untyped-def]
    """1C's row-level rights: a new partner is the manager's own, or it is refused."""
    world = server_world
    own = {"Ref_Key": "5d2c7f5a-0000-4000-8000-000000000001", "Description": "Новый клиент",
           "Клиент": True, "ОсновнойМенеджер_Key": world.ivanov_key}  # fmt: skip
    reply = world.send("POST", "Catalog_Партнеры", own, auth=world.ivanov)
    assert reply.status_code == 201, reply.text
    someone_else = {**own, "Ref_Key": "5d2c7f5a-0000-4000-8000-000000000002",
                    "ОсновнойМенеджер_Key": world.petrova_key}  # fmt: skip
    refused = world.send("POST", "Catalog_Партнеры", someone_else, auth=world.ivanov)
    assert refused.status_code == 403
    assert refused.json()["odata.error"]["code"] == "20"
