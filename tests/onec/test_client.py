"""The 1C client against a scripted loopback server: every awkward answer ONEC.md lists."""

from __future__ import annotations

import base64
import json
from collections.abc import Iterator
from decimal import Decimal

import pytest

from onec.stub import Reply, Stub, odata_error, start
from wholesale_desk.onec.client import OneCClient, RetryPolicy
from wholesale_desk.onec.errors import (
    AuthError,
    BusinessError,
    NotFound,
    ProtocolError,
    QueryError,
    RightsError,
    TransientError,
)

KEY = "1fa1a135-d89b-11e6-8343-40167e2531c3"


@pytest.fixture
def stub() -> Iterator[Stub]:
    s = start(Stub())
    yield s
    assert s.server is not None
    s.server.shutdown()
    s.server.server_close()


def client(stub: Stub, user: str = "Иванов", password: str = "пароль") -> OneCClient:
    return OneCClient(
        stub.root,
        user,
        password,
        retry=RetryPolicy(attempts=3, base_delay=0.01),
        sleep=lambda s: None,
    )


def rows(*items: dict[str, object]) -> dict[str, object]:
    return {"odata.metadata": "x", "value": list(items)}


def test_cyrillic_login_is_sent_as_utf8_basic_auth(stub: Stub) -> None:
    stub.script.append(Reply(body=rows()))
    client(stub).list("Catalog_Партнеры")
    header = stub.seen[0].headers["Authorization"]
    assert base64.b64decode(header.split()[1]).decode("utf-8") == "Иванов:пароль"


def test_every_read_asks_for_json_allowed_only_and_encodes_cyrillic_as_utf8(stub: Stub) -> None:
    stub.script.append(Reply(body=rows()))
    client(stub).list(
        "Catalog_Партнеры",
        select=["Ref_Key", "Description"],
        filter="Клиент eq true",
        orderby="Ref_Key",
        top=10,
        skip=20,
    )
    seen = stub.seen[0]
    assert "%D0%9F%D0%B0%D1%80%D1%82%D0%BD%D0%B5%D1%80%D1%8B" in seen.raw_path
    assert "$format=json" in seen.path and "allowedOnly=true" in seen.path
    assert "$select=Ref_Key,Description" in seen.path
    assert "$filter=Клиент eq true" in seen.path
    assert "$top=10" in seen.path and "$skip=20" in seen.path and "$orderby=Ref_Key" in seen.path


def test_numbers_parse_to_decimal_never_float(stub: Stub) -> None:
    stub.script.append(Reply(body='{"value": [{"Цена": 104.31, "LineNumber": "1"}]}'))
    (row,) = client(stub).list("X")
    assert row["Цена"] == Decimal("104.31") and isinstance(row["Цена"], Decimal)


def test_html_page_with_status_200_is_a_protocol_error_not_data(stub: Stub) -> None:
    stub.default = Reply(body="<html><body>Вход</body></html>", content_type="text/html")
    with pytest.raises(ProtocolError):
        client(stub).list("Catalog_Партнеры")
    assert len(stub.seen) == 1


def test_json_of_the_wrong_shape_is_a_protocol_error(stub: Stub) -> None:
    stub.script.append(Reply(body={"something": "else"}))
    with pytest.raises(ProtocolError):
        client(stub).list("Catalog_Партнеры")


def test_wrong_password_stops_after_exactly_one_request(stub: Stub) -> None:
    stub.default = Reply(401, odata_error("20", "Не пройдена аутентификация"))
    with pytest.raises(AuthError):
        client(stub).list("Catalog_Партнеры")
    assert len(stub.seen) == 1


def test_business_error_carries_1c_words_and_is_never_retried(stub: Stub) -> None:
    stub.default = Reply(500, odata_error("-1", "Превышен лимит задолженности"))
    with pytest.raises(BusinessError) as info:
        client(stub).post_document("Document_ЗаказКлиента", KEY)
    assert info.value.onec_message == "Превышен лимит задолженности"
    assert "Превышен лимит задолженности" in str(info.value)
    assert len(stub.seen) == 1


def test_gateway_error_then_success_is_retried(stub: Stub) -> None:
    stub.script += [Reply(502, "bad gateway", "text/html"), Reply(body=rows({"Ref_Key": KEY}))]
    assert client(stub).list("X") == [{"Ref_Key": KEY}]
    assert len(stub.seen) == 2


def test_truncated_json_is_transient_and_retried(stub: Stub) -> None:
    stub.script += [Reply(body='{"value": [{"Ref_Key": "'), Reply(body=rows())]
    assert client(stub).list("X") == []
    assert len(stub.seen) == 2


def test_body_cut_by_a_dropped_connection_is_transient(stub: Stub) -> None:
    stub.script += [Reply(body='{"value": []', length=500), Reply(body=rows())]
    assert client(stub).list("X") == []
    assert len(stub.seen) == 2


def test_500_without_odata_body_gives_up_after_the_retry_limit(stub: Stub) -> None:
    stub.default = Reply(500, "Internal error", "text/plain")
    with pytest.raises(TransientError):
        client(stub).list("X")
    assert len(stub.seen) == 3


def test_not_found_query_and_rights_errors_are_told_apart(stub: Stub) -> None:
    c = client(stub)
    stub.script.append(Reply(404, odata_error("9", "Объект не найден")))
    assert c.get_object("Catalog_Партнеры", KEY) is None
    stub.script.append(Reply(400, odata_error("14", "Неверный параметр $filter")))
    with pytest.raises(QueryError):
        c.list("X", filter="bad")
    stub.script.append(Reply(403, odata_error("20", "Недостаточно прав")))
    with pytest.raises(RightsError):
        c.list("X")
    stub.script.append(Reply(404, odata_error("9", "Объект не найден")))
    with pytest.raises(NotFound):
        c.patch("Catalog_Партнеры", KEY, {"Description": "x"})


def test_lost_reply_to_a_create_is_looked_up_not_sent_twice(stub: Stub) -> None:
    created = {"Ref_Key": KEY, "DataVersion": "AAA=", "Number": "ТД00-000001"}
    stub.script += [
        Reply(drop=True),  # POST reached 1C, the answer never came back
        Reply(body=created),  # GET Document(guid'…') finds it
    ]
    result = client(stub).create("Document_ЗаказКлиента", {"Ref_Key": KEY, "Комментарий": "x"})
    assert result["Number"] == "ТД00-000001"
    methods = [s.method for s in stub.seen]
    assert methods == ["POST", "GET"]
    assert f"Document_ЗаказКлиента(guid'{KEY}')" in stub.seen[1].path


def test_create_after_lookup_404_sends_again(stub: Stub) -> None:
    stub.script += [
        Reply(503, "busy", "text/html"),
        Reply(404, odata_error("9", "Объект не найден")),
        Reply(201, {"Ref_Key": KEY, "DataVersion": "AAA="}),
    ]
    result = client(stub).create("Document_ЗаказКлиента", {"Ref_Key": KEY})
    assert result["DataVersion"] == "AAA="
    assert [s.method for s in stub.seen] == ["POST", "GET", "POST"]


def test_duplicate_key_answer_returns_the_existing_object(stub: Stub) -> None:
    stub.script += [
        Reply(500, odata_error("15", "Запись с таким ключом уже существует")),
        Reply(body={"Ref_Key": KEY, "DataVersion": "BBB="}),
    ]
    assert client(stub).create("Catalog_Партнеры", {"Ref_Key": KEY})["DataVersion"] == "BBB="


def test_post_action_uses_non_operational_mode(stub: Stub) -> None:
    stub.script.append(Reply(200, b""))
    client(stub).post_document("Document_ЗаказКлиента", KEY)
    assert stub.seen[0].method == "POST"
    assert f"(guid'{KEY}')/Post?" in stub.seen[0].path
    assert "PostingModeOperational=false" in stub.seen[0].path


def test_pages_walk_with_top_skip_and_a_stable_order(stub: Stub) -> None:
    stub.script += [
        Reply(body=rows({"Ref_Key": "a"}, {"Ref_Key": "b"})),
        Reply(body=rows({"Ref_Key": "c"})),
    ]
    pages = list(client(stub).pages("X", page_size=2))
    assert [skip for skip, _ in pages] == [0, 2]
    assert "$orderby=Ref_Key" in stub.seen[0].path and "$skip=2" in stub.seen[1].path


def test_key_batches_of_fifteen(stub: Stub) -> None:
    stub.default = Reply(body=rows())
    keys = [f"00000000-0000-0000-0000-{i:012d}" for i in range(1, 32)]
    list(client(stub).by_keys("X", keys))
    assert len(stub.seen) == 3
    assert stub.seen[0].path.count(" or ") == 14


def test_check_connection_names_each_missing_entity_set(stub: Stub) -> None:
    stub.script.append(
        Reply(body={"value": [{"name": "Catalog_Партнеры", "url": "Catalog_Партнеры"}]})
    )
    check = client(stub).check_connection(["Catalog_Партнеры", "Document_ЗаказКлиента"])
    assert check.reachable and check.authorized and not check.ok
    assert check.missing == ["Document_ЗаказКлиента"]
    (message,) = check.messages()
    assert "ask your 1C administrator to add Document_ЗаказКлиента" in str(message)


def test_check_connection_reports_refused_credentials(stub: Stub) -> None:
    stub.default = Reply(401, "", "text/html")
    check = client(stub).check_connection(["Catalog_Партнеры"])
    assert check.reachable and not check.authorized and not check.ok
    assert len(stub.seen) == 1


def test_check_connection_reports_unreachable() -> None:
    c = OneCClient(
        "http://127.0.0.1:9/x/odata/standard.odata/",
        "u",
        "p",
        retry=RetryPolicy(attempts=1),
        sleep=lambda s: None,
    )
    check = c.check_connection(["Catalog_Партнеры"])
    assert not check.reachable and check.problem is not None


# --- what real publications send that a lenient emulator never does ------------------------
BODY = '{"value": [{"Ref_Key": "%s", "Цена": 1E-2, "Сумма": 1.5e3, "Код": 12345678901234567890}]}'


@pytest.mark.parametrize(
    "content_type",
    [
        "application/json;odata=verbose;charset=utf-8",
        "application/json; charset=UTF-8",
        "application/json",
        "",  # a web server that drops the header: the body still says JSON
    ],
)
@pytest.mark.parametrize("bom", [b"", b"\xef\xbb\xbf"])
def test_json_reads_with_a_bom_and_any_content_type_variant(
    stub: Stub, content_type: str, bom: bytes
) -> None:
    stub.script.append(Reply(body=bom + (BODY % KEY).encode(), content_type=content_type))
    (row,) = client(stub).list("X")
    assert row["Цена"] == Decimal("0.01") and isinstance(row["Цена"], Decimal)
    assert row["Сумма"] == Decimal(1500) and isinstance(row["Сумма"], Decimal)
    assert row["Код"] == 12345678901234567890
    assert len(stub.seen) == 1


def test_html_page_sent_as_json_is_reported_not_retried_as_a_cut_reply(stub: Stub) -> None:
    stub.default = Reply(
        body="\r\n<!DOCTYPE html><html>Вход</html>", content_type="application/json"
    )
    with pytest.raises(ProtocolError) as info:
        client(stub).list("Catalog_Партнеры")
    assert "web page" in str(info.value)
    assert len(stub.seen) == 1


def test_atom_xml_because_a_proxy_dropped_format_is_named_as_such(stub: Stub) -> None:
    stub.default = Reply(
        body='<?xml version="1.0" encoding="UTF-8"?><feed xmlns="http://www.w3.org/2005/Atom"/>',
        content_type="application/atom+xml;charset=utf-8",
    )
    with pytest.raises(ProtocolError) as info:
        client(stub).list("Catalog_Партнеры")
    assert "XML instead of JSON" in str(info.value) and "$format" in str(info.value)
    assert len(stub.seen) == 1


def test_empty_body_with_200_on_a_read_is_reported(stub: Stub) -> None:
    stub.default = Reply(body=b"")
    with pytest.raises(ProtocolError):
        client(stub).list("Catalog_Партнеры")
    assert len(stub.seen) == 1


def test_created_with_an_empty_body_is_read_back_not_taken_for_a_failure(stub: Stub) -> None:
    stub.script += [Reply(201, b""), Reply(body={"Ref_Key": KEY, "Number": "ТД00-000007"})]
    result = client(stub).create("Document_ЗаказКлиента", {"Ref_Key": KEY})
    assert result["Number"] == "ТД00-000007"
    assert [s.method for s in stub.seen] == ["POST", "GET"]


WRAPPED = (
    "\n  Ошибка при вызове метода контекста (Записать)\r\n"
    "{Документ.ЗаказКлиента.МодульОбъекта(123)}: Не заполнено поле «Соглашение»  \n"
)


def test_business_error_text_is_unwrapped_for_the_user_and_kept_raw(stub: Stub) -> None:
    stub.default = Reply(500, odata_error("-1", WRAPPED))
    with pytest.raises(BusinessError) as info:
        client(stub).post_document("Document_ЗаказКлиента", KEY)
    assert info.value.onec_message == "Не заполнено поле «Соглашение»"
    assert str(info.value) == "1C refused the change: Не заполнено поле «Соглашение»"
    assert info.value.raw_message == WRAPPED
    assert len(stub.seen) == 1


@pytest.mark.parametrize("code", ["-1", -1])
def test_error_code_as_string_or_number_and_body_behind_a_bom_or_html_type(
    stub: Stub, code: object
) -> None:
    body = {"odata.error": {"code": code, "message": {"lang": "ru", "value": "Период закрыт"}}}
    raw = b"\xef\xbb\xbf" + json.dumps(body, ensure_ascii=False).encode()
    stub.default = Reply(500, raw, content_type="text/html; charset=utf-8")
    with pytest.raises(BusinessError) as info:
        client(stub).post_document("Document_ЗаказКлиента", KEY)
    assert info.value.onec_message == "Период закрыт"
    assert len(stub.seen) == 1  # a business error, never retried as a bare 500


@pytest.mark.parametrize("status", [502, 503, 504])
def test_gateway_errors_back_off_with_jitter_then_give_up_clearly(stub: Stub, status: int) -> None:
    stub.default = Reply(status, "<html>gateway</html>", "text/html")
    waits: list[float] = []
    c = OneCClient(
        stub.root,
        "u",
        "p",
        retry=RetryPolicy(attempts=4, base_delay=1.0, max_delay=3.0),
        sleep=waits.append,
    )
    with pytest.raises(TransientError) as info:
        c.list("X")
    assert len(stub.seen) == 4 and len(waits) == 3
    ceilings = [1.0, 2.0, 3.0]
    assert all(c / 2 <= w <= c for w, c in zip(waits, ceilings, strict=True))
    assert f"HTTP {status}" in str(info.value)
    assert "after 4 attempts" in str(info.value) and "next sync" in str(info.value)


def test_a_query_the_base_refuses_names_the_object_and_the_profile(stub: Stub) -> None:
    """A customised base without an attribute the profile reads refuses the `$select`."""
    stub.default = Reply(
        400, odata_error("14", 'Неправильное значение параметра запроса "$select"')
    )
    with pytest.raises(QueryError) as info:
        client(stub).list("Document_ЗаказКлиента", select=["Ref_Key", "СуммаБонусов"])
    assert "Document_ЗаказКлиента" in str(info.value)
    assert "profile" in str(info.value) and "$select" in str(info.value)
    assert len(stub.seen) == 1


def test_lock_conflict_is_retried_though_1c_calls_it_a_business_error(stub: Stub) -> None:
    """Another session held the lock: nothing is wrong with the order, a moment later it goes."""
    stub.script += [
        Reply(500, odata_error("-1", "Конфликт блокировок при выполнении транзакции:\nтаймаут")),
        Reply(404, odata_error("9", "Объект не найден")),  # the look-up before the re-send
        Reply(201, {"Ref_Key": KEY, "Number": "ТД00-000001"}),
    ]
    created = client(stub).create("Document_ЗаказКлиента", {"Ref_Key": KEY})
    assert created["Number"] == "ТД00-000001"
    assert [seen.method for seen in stub.seen] == ["POST", "GET", "POST"]


def test_lock_conflict_that_persists_gives_up_as_transient(stub: Stub) -> None:
    stub.default = Reply(500, odata_error("-1", "Lock conflict during transaction"))
    with pytest.raises(TransientError, match="lock conflict"):
        client(stub).post_document("Document_ЗаказКлиента", KEY)
