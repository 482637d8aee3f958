"""Sync against what a real УТ 11.5 base does and our emulator used to spare us."""

from __future__ import annotations

import uuid
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from sync.helpers import keys, make_engine, offline_order, snapshot
from sync.seed import PASSWORD, USER
from wholesale_desk.connection import normalize_url
from wholesale_desk.demo.base import EmulatorBase
from wholesale_desk.demo.server import EmulatorServer
from wholesale_desk.models import Client, Order, OutboxEntry, Stock, SyncIssue
from wholesale_desk.onec.client import OneCClient
from wholesale_desk.onec.profile import load_profile
from wholesale_desk.services.orders import cancel_order, list_orders, load_order
from wholesale_desk.services.orders.states import CANCELLABLE_STATES
from wholesale_desk.services.terms import Actor, load_terms
from wholesale_desk.store import Store
from wholesale_desk.sync import conflicts
from wholesale_desk.sync.mapping import MappingError, bind
from wholesale_desk.sync.outbox import enqueue

STOCK = "AccumulationRegister_ТоварыНаСкладах"


def test_register_pages_never_overlap_when_rows_differ_only_in_unread_dimensions(
    base: EmulatorBase, server: EmulatorServer, tmp_path: Path
) -> None:
    """A product kept in series/characteristics gives many `Balance()` rows per warehouse;
    ordered by product and warehouse alone, the DBMS returns those ties in any order, so
    `$top`/`$skip` pages overlap and skip rows, and the summed stock comes out wrong."""
    k = keys(base)
    product, warehouse = k["products"][0], k["store"]
    base.add_records(
        STOCK,
        [
            (
                None,
                None,
                "2025-01-01T00:00:00",
                "Receipt",
                None,
                {
                    "Номенклатура_Key": product,
                    "Характеристика_Key": str(uuid.UUID(int=i + 1)),
                    "Назначение_Key": "00000000-0000-0000-0000-000000000000",
                    "Склад_Key": warehouse,
                    "Помещение_Key": "00000000-0000-0000-0000-000000000000",
                    "Серия_Key": "00000000-0000-0000-0000-000000000000",
                    "ВНаличии": 1,
                    "КОтгрузке": 0,
                },
            )
            for i in range(60)
        ],
    )
    one_page = Store(tmp_path / "one.sqlite")
    paged = Store(tmp_path / "paged.sqlite")
    try:
        assert make_engine(one_page, server, tmp_path / "a").run().ok
        assert make_engine(paged, server, tmp_path / "b", page_size=2).run().ok  # 10 a page
        with one_page.session() as s:
            whole = s.scalar(
                select(Stock.quantity).where(
                    Stock.product_id == product, Stock.warehouse_id == warehouse
                )
            )
        assert whole is not None and whole >= 60
        assert snapshot(paged)["stock"] == snapshot(one_page)["stock"]
    finally:
        one_page.close()
        paged.close()


ORDERS = "Document_ЗаказКлиента"


def test_an_edit_and_a_cancel_reach_1c_as_minimal_patches_after_a_version_check(
    base: EmulatorBase,
    server: EmulatorServer,
    store: Store,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    engine = make_engine(store, server, tmp_path)
    assert engine.run().ok
    with store.session() as s:
        order = s.scalars(
            select(Order).where(
                Order.created_locally.is_(False),
                Order.deletion_mark.is_(False),
                Order.state.in_([s.value for s in CANCELLABLE_STATES]),
            )
        ).first()
        assert order is not None
        ref, version = order.id, order.data_version
    sent: list[tuple[str, str, dict[str, str] | None, object]] = []
    real_once = OneCClient._once

    def spy(self: OneCClient, method: str, path: str, params: Any, body: Any, **kw: Any) -> Any:
        if ref in path:
            sent.append((method, path, dict(params) if params else None, body))
        return real_once(self, method, path, params, body, **kw)

    monkeypatch.setattr(OneCClient, "_once", spy)
    with store.transaction() as s:
        enqueue(s, "order", ref, "update", {"comment": "перезвонить"}, version)
    assert engine.run().ok
    (check, patch) = sent[:2]
    assert check[0] == "GET" and check[2] is not None
    selected = check[2]["$select"].split(",")
    assert "DataVersion" in selected and "Комментарий" in selected
    assert "Товары" in selected and len(selected) < 40  # the profile's fields, not all 140
    assert patch[0] == "PATCH" and patch[3] == {"Комментарий": "перезвонить"}
    in_1c = base.get(ORDERS, ref)
    assert in_1c is not None and in_1c["Комментарий"] == "перезвонить"

    sent.clear()
    cancel_order(store, ref, Actor())
    assert engine.run().ok
    methods = [m for m, *_ in sent]
    assert "DELETE" not in methods
    assert ("PATCH", {"DeletionMark": True}) in [(m, b) for m, _p, _q, b in sent]
    in_1c = base.get(ORDERS, ref)
    assert in_1c is not None and in_1c["DeletionMark"] is True  # marked, still there
    with store.session() as s:
        cancelled = s.get(Order, ref)
        assert cancelled is not None and cancelled.state == "cancelled"


def _numbers_as_strings(value: Any) -> Any:
    """What 1C does to Int64 (and what a base may do to any number): the digits as text."""
    if isinstance(value, dict):
        return {k: _numbers_as_strings(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_numbers_as_strings(v) for v in value]
    if isinstance(value, int | Decimal) and not isinstance(value, bool):
        return str(value)
    return value


def test_every_mapped_number_may_arrive_as_a_string(
    base: EmulatorBase, server: EmulatorServer
) -> None:
    bound = bind(load_profile())
    client = OneCClient(normalize_url(server.url), USER, PASSWORD)
    numbers_seen = 0
    with client:
        for obj in bound.objects:
            (_skip, rows), *_ = client.pages(obj.spec.entity_set, select=obj.spec.select())
            for raw in rows[:5]:
                as_text = _numbers_as_strings(raw)
                numbers_seen += as_text != raw
                assert obj.map(as_text) == obj.map(raw), obj.concept
        for reg in bound.registers.values():
            (_skip, rows), *_ = client.pages(
                reg.spec.entity_set, select=reg.spec.select(), orderby=reg.spec.order
            )
            for raw in rows[:5]:
                numbers_seen += _numbers_as_strings(raw) != raw
                assert reg.map(_numbers_as_strings(raw)) == reg.map(raw), reg.spec.name
    assert numbers_seen > 20  # prices, quantities, amounts, percents, days, line numbers


def test_no_rights_on_an_optional_object_leaves_it_out_and_says_so(
    server: EmulatorServer, store: Store, tmp_path: Path
) -> None:
    server.faults.status(403, count=None, path="Catalog_ДоговорыКонтрагентов")
    result = make_engine(store, server, tmp_path).run()
    assert result.ok
    with store.session() as s:
        assert s.scalar(select(func.count()).select_from(Client)) > 0
        assert s.scalar(select(func.count()).select_from(Order)) > 0
        logged = s.scalars(select(SyncIssue.entity)).all()
    assert "Catalog_ДоговорыКонтрагентов" in logged


def test_no_rights_on_a_required_object_stops_the_sync_with_1c_words(
    server: EmulatorServer, store: Store, tmp_path: Path
) -> None:
    server.faults.status(403, count=None, path="Catalog_Партнеры")
    result = make_engine(store, server, tmp_path).run()
    assert not result.ok
    assert "Недостаточно прав" in str(result.errors[0])


def test_enum_values_a_customised_base_added_are_kept_as_text_and_break_nothing(
    base: EmulatorBase, server: EmulatorServer, store: Store, tmp_path: Path
) -> None:
    """A company adds order statuses and payment options; the sync stores the names as they
    come and pricing falls back to what it knows, instead of skipping or crashing."""
    order = next(o for o in base.iter_objects(ORDERS) if not o.get("DeletionMark"))
    order["Статус"] = "ОжидаетсяСогласованиеСклада"
    base.put(ORDERS, order)
    schedule = next(base.iter_objects("Catalog_ГрафикиОплаты"))
    for stage in schedule["Этапы"]:
        stage["ВариантОплаты"] = "ОплатаБонусами"
    base.put("Catalog_ГрафикиОплаты", schedule)
    result = make_engine(store, server, tmp_path).run()
    assert result.ok and result.issues == 0
    rows = {r.order_id: r for r in list_orders(store)}
    assert order["Ref_Key"] in rows
    assert load_order(store, order["Ref_Key"]).client_id == order["Партнер_Key"]
    with store.session() as s:
        stored = s.get(Order, order["Ref_Key"])
        assert stored is not None and stored.status_1c == "ОжидаетсяСогласованиеСклада"
        terms = load_terms(s, order["Партнер_Key"], date.today())
    assert terms is not None


def test_a_base_without_an_optional_attribute_maps_with_the_columns_default(
    base: EmulatorBase, server: EmulatorServer
) -> None:
    """Tolerant reading: a property absent from a row (an older or customised base) is an
    empty value, not a failure; only what we cannot do without (the key) refuses the row."""
    bound = bind(load_profile())
    obj = bound.concept("order")
    with OneCClient(normalize_url(server.url), USER, PASSWORD) as client:
        (_skip, rows), *_ = client.pages(obj.spec.entity_set, select=obj.spec.select())
    raw = dict(rows[0])
    for prop in ("Комментарий", "АдресДоставки", "Договор_Key", "ДатаОтгрузки"):
        raw.pop(prop, None)
    raw["Товары"] = [
        {k: v for k, v in line.items() if k != "СуммаБонусныхБалловКСписанию"}
        for line in raw["Товары"]
    ]
    mapped = obj.map(raw)
    assert mapped.row["comment"] == "" and mapped.row["delivery_address"] == ""
    assert mapped.row["contract_id"] is None and mapped.row["shipment_date"] is None
    assert all(line["bonus_redeemed"] in (None, 0) for line in mapped.parts["lines"])
    del raw["Ref_Key"]  # an object without its key cannot be cached
    with pytest.raises(MappingError):
        obj.map(raw)


def test_a_proxy_page_instead_of_1c_reply_to_a_create_is_not_taken_for_a_rejection(
    base: EmulatorBase, server: EmulatorServer, store: Store, tmp_path: Path
) -> None:
    engine = make_engine(store, server, tmp_path)
    assert engine.run().ok
    ref = offline_order(store, 0)
    # a login page with 200 where 1C's reply should be, as long as it lasts: after the first
    # good reply of a sync it is retried like a 503, and in the end stops the sync in words
    server.faults.html200(count=None, path=ORDERS)
    result = engine.run()
    assert not result.ok and "web page" in str(result.errors[0])
    with store.session() as s:
        order = s.get(Order, ref)
        assert order is not None and order.state != "rejected" and not order.reject_message
        entry = s.scalars(select(OutboxEntry).where(OutboxEntry.ref_key == ref)).one()
        assert entry.status == "sending"  # looked up before it is ever sent again
    server.faults.clear()
    server.faults.html200(count=1, path=ORDERS)  # one page in passing: the same sync goes on
    assert engine.run().ok
    assert base.get(ORDERS, ref) is not None
    posts = [r for r in server.requests if r.method == "POST" and r.path.endswith(ORDERS)]
    assert [r.status for r in posts].count(201) == 1


def test_every_query_of_a_sync_is_one_a_real_base_answers_the_same_way(
    base: EmulatorBase, server: EmulatorServer, store: Store, tmp_path: Path
) -> None:
    """JSON always; `allowedOnly` on every set (one hidden row fails the request without it);
    `$select` always; paging only over an order; no functions 1C lacks; keys in batches."""
    engine = make_engine(store, server, tmp_path, page_size=3)
    assert engine.run().ok
    for partner in list(base.iter_objects("Catalog_Партнеры")):
        base.put("Catalog_Партнеры", {**partner, "Description": partner["Description"] + "'"})
    assert engine.run().ok  # an incremental pass: listings, then changed objects by key
    gets = [r for r in server.requests if r.method == "GET"]
    assert len(gets) > 40
    assert any("Ref_Key eq guid'" in r.query and " or " in r.query for r in gets)
    for r in gets:
        assert "$format=json" in r.query, r
        options = dict(part.split("=", 1) for part in r.query.split("&") if "=" in part)
        if r.path.rstrip("/").endswith("standard.odata") or r.path.endswith("')"):
            continue  # the service root, or one object by key
        assert options.get("allowedOnly") == "true", r
        assert options.get("$select"), r
        if "$top" in options or "$skip" in options:
            assert options.get("$orderby"), r
        flt = options.get("$filter", "")
        for function in ("tolower(", "toupper(", "length(", "indexof(", "trim("):
            assert function not in flt, r
        assert flt.count("guid'") <= 15, r


def test_money_in_a_conflict_stays_decimal_on_both_sides(
    base: EmulatorBase, server: EmulatorServer, store: Store, tmp_path: Path
) -> None:
    engine = make_engine(store, server, tmp_path)
    assert engine.run().ok
    with store.session() as s:
        order = s.scalars(
            select(Order).where(
                Order.created_locally.is_(False),
                Order.deletion_mark.is_(False),
                Order.state.in_([s.value for s in CANCELLABLE_STATES]),
            )
        ).first()
        assert order is not None
        ref, version = order.id, order.data_version
    with store.transaction() as s:
        enqueue(s, "order", ref, "update", {"amount": Decimal("990.94")}, version)
    theirs = base.get(ORDERS, ref)
    assert theirs is not None
    base.put(ORDERS, {**theirs, "СуммаДокумента": Decimal("1000.10")})
    assert engine.run().ok
    with store.session() as s:
        (view,) = conflicts.open_conflicts(s, engine.bound)
    assert view.mine == {"amount": Decimal("990.94")}
    assert view.theirs == {"amount": Decimal("1000.10")}
    assert isinstance(view.mine["amount"], Decimal) and isinstance(view.theirs["amount"], Decimal)
