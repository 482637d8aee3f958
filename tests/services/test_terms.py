"""Where the terms engine's inputs come from: the store, read the way DOMAIN.md says."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from order_world import World, fresh
from sqlalchemy import select

from wholesale_desk import pricing
from wholesale_desk.models import (
    Agreement,
    CustomerReturn,
    Order,
    OrderLine,
    OrderState,
    Payment,
    PaymentAllocation,
    Shipment,
    VatRate,
)
from wholesale_desk.services.product_search import ProductIndex
from wholesale_desk.services.search_index import fold
from wholesale_desk.services.terms import Actor, load_terms, quarter_start

D = Decimal


@pytest.fixture
def world(tmp_path: Path) -> World:
    return fresh(tmp_path)


def terms(w: World, client_id: str, on: date | None = None, **kw: object):  # type: ignore[no-untyped-def]
    with w.store.session() as s:
        return load_terms(s, client_id, on or w.today, **kw)  # type: ignore[arg-type]


def test_agreement_sets_price_type_discount_schedule_and_model(world: World) -> None:
    ctx = terms(world, world.partner_id)
    assert ctx.agreement_id == world.agreement_id
    assert ctx.price_type_id == world.large_id
    # The agreement's own 5% is a 1C discount acting on it, not its ПроцентРучнойСкидки.
    assert ctx.terms.agreement is not None and ctx.terms.agreement.discount_percent == 0
    own = [r for r in ctx.terms.discount_rules or () if r.own]
    assert [(r.percent, r.source.origin.value) for r in own] == [(D(5), "1c")]
    assert ctx.terms.agreement.stages[0].shift_days == 30
    assert ctx.model is pricing.CooperationModel.PARTNER  # the "Партнёры" segment
    assert ctx.terms.credit_limit == D("2000000.00")


def test_no_agreement_means_the_company_base_price_type_and_standard_model(world: World) -> None:
    ctx = terms(world, world.client_id)
    assert ctx.agreement_id is None
    assert ctx.price_type_id == world.wholesale_id
    assert ctx.model is pricing.CooperationModel.STANDARD


def test_an_expired_agreement_no_longer_applies(world: World) -> None:
    later = world.today + timedelta(days=365)
    ctx = terms(world, world.partner_id, later)
    assert ctx.agreement_id is None and ctx.price_type_id == world.wholesale_id


def test_a_typical_agreement_of_the_clients_segment_applies(world: World) -> None:
    with world.store.transaction() as s:
        s.add(
            Agreement(
                name="Типовое для партнёров",
                is_typical=True,
                segment_id=world.partner_segment_id,
                price_type_id=world.large_id,
                manual_discount_percent=D(12),
                limit_manual_discounts=True,
            )
        )
        agreement = s.get(Agreement, world.agreement_id)
        assert agreement is not None
        agreement.status = "Закрыто"
    ctx = terms(world, world.partner_id)
    assert ctx.agreement_name == "Типовое для партнёров"
    # Its ПроцентРучнойСкидки caps manual discounts; no 1C discount acts on it.
    assert ctx.terms.agreement is not None and ctx.terms.agreement.manual_cap == D(12)
    assert ctx.terms.discount_rules == ()


def test_quarter_volume_counts_shipments_less_returns_of_this_quarter_only(world: World) -> None:
    start = datetime.combine(quarter_start(world.today), datetime.min.time())
    with world.store.transaction() as s:
        s.add(
            Shipment(
                client_id=world.partner_id,
                date=start - timedelta(days=1),
                posted=True,
                amount=D("500000.00"),
            )
        )
        s.add(Shipment(client_id=world.partner_id, date=start, posted=False, amount=D("70000.00")))
        s.add(
            CustomerReturn(
                client_id=world.partner_id, date=start, posted=True, amount=D("50000.00")
            )
        )
    assert terms(world, world.partner_id).terms.quarter_net_shipments == D("900000.00")


def test_debt_and_overdue_from_settlements_with_their_time(world: World) -> None:
    ctx = terms(world, world.client_id)
    assert ctx.terms.debt == D("120000.00") and ctx.terms.overdue_debt == D("20000.00")
    assert ctx.debt_as_of is not None and ctx.debt_as_of.strftime("%H:%M") == "09:30"


def _line(no: int, points: D) -> OrderLine:
    return OrderLine(
        line_no=no, quantity=D(1), price=D("100.00"), amount=D("100.00"), bonus_redeemed=points
    )


def test_bonus_balance_is_earned_on_paid_shipments_and_spent_on_orders(world: World) -> None:
    with world.store.transaction() as s:
        ship = s.scalars(select(Shipment).where(Shipment.client_id == world.partner_id)).one()
        pay = Payment(
            client_id=world.partner_id, date=datetime.now(), posted=True, amount=D("500000.00")
        )
        pay.allocations = [
            PaymentAllocation(
                line_no=1, client_id=world.partner_id, basis_id=ship.id, amount=D("500000.00")
            )
        ]
        s.add(pay)
        s.add(
            Order(  # points spent are held per line, as 1C holds them
                client_id=world.partner_id,
                date=datetime.now(),
                state=OrderState.POSTED.value,
                bonus_redeemed=D("4000.00"),
                lines=[_line(1, D("1000.00")), _line(2, D("3000.00"))],
            )
        )
        s.add(
            Order(
                client_id=world.partner_id,
                date=datetime.now(),
                state=OrderState.CANCELLED.value,
                bonus_redeemed=D("999.00"),
                lines=[_line(1, D("999.00"))],
            )
        )
    # 3% of the 500 000 paid (not of the 950 000 shipped) less 4 000 spent.
    assert terms(world, world.partner_id).terms.bonus_balance == D("11000.00")


def test_only_my_unsent_orders_count_and_not_the_one_being_edited(world: World) -> None:
    with world.store.transaction() as s:
        for manager, state, amount in (
            (world.manager_id, OrderState.QUEUED, "1000.00"),
            (world.manager_id, OrderState.NEEDS_APPROVAL, "200.00"),
            (world.manager_id, OrderState.DRAFT, "30.00"),
            (world.head_id, OrderState.QUEUED, "4.00"),
            (world.manager_id, OrderState.ACCEPTED, "5.00"),
        ):
            s.add(
                Order(
                    id=f"o-{state.value}-{manager[:4]}",
                    client_id=world.client_id,
                    date=datetime.now(),
                    state=state.value,
                    amount=D(amount),
                    manager_id=manager,
                    created_locally=True,
                )
            )
    mine = terms(world, world.client_id, actor=Actor(world.manager_id))
    assert mine.unsent_total == D("1200.00")
    editing = terms(
        world,
        world.client_id,
        actor=Actor(world.manager_id),
        exclude_order_id=f"o-queued-{world.manager_id[:4]}",
    )
    assert editing.unsent_total == D("200.00")


def test_shipment_date_decides_the_vat_rate_and_its_1c_item(world: World) -> None:
    with world.store.transaction() as s:
        s.add(VatRate(id="vat-20", name="20%", rate=D(20)))
    ctx = terms(world, world.client_id, date(2025, 12, 20))
    with world.store.session() as s:
        ctx.ensure_products(s, [world.products["GAI-M8"]])
    assert ctx.vat_for(world.products["GAI-M8"], date(2025, 12, 30)) == (D(20), "vat-20")
    assert ctx.vat_for(world.products["GAI-M8"], date(2026, 1, 2)) == (D(22), world.vat22_id)


# --- product search invariants -----------------------------------------------------------------
NAMES = st.text(alphabet="абвгдеёжзАБВЁabcXYZ0123456789 -", min_size=1, max_size=18)


@settings(max_examples=60, deadline=None)
@given(
    rows=st.lists(st.tuples(NAMES, NAMES, NAMES), min_size=1, max_size=25),
    query=st.text(alphabet="абвгдеёжзАБВЁabcXYZ0123456789 ", min_size=1, max_size=6),
)
def test_every_hit_contains_every_token_and_none_is_missed_below_the_limit(
    rows: list[tuple[str, str, str]], query: str
) -> None:
    data = [(f"id{i}", code, article, name) for i, (code, article, name) in enumerate(rows)]
    index = ProductIndex(data)
    hits = index.search(query, limit=100)
    tokens = fold(query).split()
    by_id = {d[0]: fold(f" {d[2].strip()} {d[1].strip()} {d[3].strip()}") for d in data}
    assert len(hits) == len(set(hits))
    for hit in hits:
        assert all(t in by_id[hit] for t in tokens)
    if tokens:
        expected = {i for i, hay in by_id.items() if all(t in hay for t in tokens)}
        assert set(hits) == expected
