"""Invariants of what the order service writes and sends, over random orders (hypothesis)."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from order_world import PRODUCTS, World, fresh
from sqlalchemy import delete, select

from wholesale_desk.models import Order, OutboxEntry
from wholesale_desk.money import round_money
from wholesale_desk.services import orders
from wholesale_desk.services.orders import LineInput, OrderPricer
from wholesale_desk.services.terms import Actor

D = Decimal
PRICED = [a for a, _n, whl, *_ in PRODUCTS if whl]


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> World:
    return fresh(Path(tmp_path_factory.mktemp("orders-props")))


lines_strategy = st.lists(
    st.tuples(
        st.sampled_from(PRICED),
        st.decimals(min_value=D("0.001"), max_value=D(5000), places=3),
        st.one_of(st.none(), st.decimals(min_value=D(0), max_value=D(9), places=2)),
    ),
    min_size=1,
    max_size=12,
)


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    lines=lines_strategy,
    client=st.sampled_from(["client", "partner"]),
    order_discount=st.one_of(st.none(), st.decimals(min_value=D(0), max_value=D(9), places=1)),
)
def test_sent_order_adds_up_line_by_line_as_1c_does(
    world: World,
    lines: list[tuple[str, Decimal, Decimal | None]],
    client: str,
    order_discount: Decimal | None,
) -> None:
    client_id = world.client_id if client == "client" else world.partner_id
    pricer = OrderPricer(
        world.store, client_id, Actor(world.manager_id), on=world.today, credit_mode="warn"
    )
    order = pricer.new_order()
    order.manual_discount_percent = order_discount
    order.lines = [LineInput(world.products[a], q, d) for a, q, d in lines]
    sent = orders.send_order(world.store, order, pricer)
    try:
        with world.store.session() as s:
            entry = s.scalars(select(OutboxEntry).where(OutboxEntry.ref_key == sent.order_id)).one()
            body = json.loads(entry.payload, parse_float=Decimal)
            stored = s.get(Order, sent.order_id)
            assert stored is not None
            goods = body["Товары"]
            assert len(goods) == len(lines)
            for row, (_a, qty, _d) in zip(goods, lines, strict=True):
                price = D(str(row["Цена"]))
                gross = round_money(D(str(row["Количество"])) * price)
                assert D(str(row["Количество"])) == qty
                discounts = D(str(row["СуммаАвтоматическойСкидки"])) + D(
                    str(row["СуммаРучнойСкидки"])
                )
                assert D(str(row["Сумма"])) == gross - discounts >= 0
                assert D(str(row["СуммаСНДС"])) == D(str(row["Сумма"]))  # prices include VAT
                assert 0 <= D(str(row["СуммаНДС"])) <= D(str(row["Сумма"]))
            total = sum(D(str(r["СуммаСНДС"])) for r in goods)
            assert D(str(body["СуммаДокумента"])) == total == stored.amount
            assert sum(D(str(st_["СуммаПлатежа"])) for st_ in body["ЭтапыГрафикаОплаты"]) == total
            assert sum(D(str(st_["ПроцентПлатежа"])) for st_ in body["ЭтапыГрафикаОплаты"]) == 100
    finally:
        with world.store.transaction() as s:
            s.execute(delete(OutboxEntry))
            s.execute(delete(Order))
