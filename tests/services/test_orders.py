"""Order services as a manager and a head of sales use them: draft, check, save, send, approve."""

from __future__ import annotations

import json
from datetime import date, datetime, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from order_world import World, fresh
from sqlalchemy import select

from wholesale_desk import pricing
from wholesale_desk.i18n import UserError
from wholesale_desk.models import (
    Order,
    OrderLine,
    OrderState,
    OutboxEntry,
    OutboxStatus,
    Payment,
    PaymentAllocation,
    Shipment,
)
from wholesale_desk.services import orders
from wholesale_desk.services.orders import LineInput, OrderPricer
from wholesale_desk.services.product_search import shared_index
from wholesale_desk.services.terms import Actor

D = Decimal


@pytest.fixture
def world(tmp_path: Path) -> World:
    return fresh(tmp_path)


def manager(w: World) -> Actor:
    return Actor(w.manager_id, pricing.Role.MANAGER)


def head(w: World) -> Actor:
    return Actor(w.head_id, pricing.Role.HEAD_OF_SALES)


def typed(
    w: World, client_id: str, *lines: tuple[str, str]
) -> tuple[OrderPricer, orders.OrderInput]:
    pricer = OrderPricer(w.store, client_id, manager(w), on=w.today)
    order = pricer.new_order()
    order.lines = [LineInput(w.products[a], D(q)) for a, q in lines]
    return pricer, order


def outbox(w: World) -> list[OutboxEntry]:
    with w.store.session() as s:
        return list(s.scalars(select(OutboxEntry).order_by(OutboxEntry.id)))


def test_partner_order_carries_agreement_price_and_discount(world: World) -> None:
    pricer, order = typed(world, world.partner_id, ("PRF-PN-27", "10"))
    check = pricer.check(order)
    line = check.priced.lines[0]
    assert line.base_price == D("95.00")  # large wholesale of the agreement
    assert line.auto_discount is not None and line.auto_discount.percent == D(5)
    assert line.amount == D("902.50")
    explained = " | ".join(str(t) for t in pricer.ctx.explain(line))
    assert "Крупный опт" in explained and "Индивидуальное соглашение" in explained
    assert check.can_send and not check.needs_approval


def test_volume_tier_hint_and_tier_reached_by_this_order(world: World) -> None:
    pricer, order = typed(world, world.partner_id, ("SVR-ELK-3", "10"))
    hint = pricer.check(order).priced.next_tier_hint
    assert hint is not None and hint.percent == D(15)
    order.lines[0].quantity = D(50)  # 59 500 ₽ at list: 1 009 500 in the quarter
    priced = pricer.check(order).priced
    assert priced.tier is not None and priced.lines[0].auto_discount is not None
    assert priced.lines[0].auto_discount.source is pricing.DiscountSource.VOLUME


@pytest.mark.parametrize(
    ("article", "qty", "expected"),
    [
        ("BLT-M8-40", "0", "greater than zero"),
        ("BLT-M8-40", "-3", "greater than zero"),
        ("NOPRICE-1", "5", "No price of type Оптовая"),
    ],
)
def test_bad_lines_are_refused_with_the_reason_at_the_line(
    world: World, article: str, qty: str, expected: str
) -> None:
    pricer, order = typed(world, world.client_id, ("GAI-M8", "10"), (article, qty))
    check = pricer.check(order)
    assert check.line_errors[0] == ()
    assert any(expected in str(e) for e in check.line_errors[1])
    assert not check.can_send
    with pytest.raises(UserError, match="Line 2"):
        orders.send_order(world.store, order, pricer)
    assert outbox(world) == []


def test_delivery_date_in_the_past_is_refused(world: World) -> None:
    pricer, order = typed(world, world.client_id, ("GAI-M8", "10"))
    order.shipment_date = world.today - timedelta(days=1)
    check = pricer.check(order)
    assert any("in the past" in str(e) or "before the order date" in str(e) for e in check.errors)
    with pytest.raises(UserError):
        orders.send_order(world.store, order, pricer)


def test_discount_over_the_cap_needs_approval_and_waits_in_the_outbox(world: World) -> None:
    pricer, order = typed(world, world.client_id, ("KLEY-PL-1", "10"))
    order.lines[0].manual_discount_percent = D(12)  # standard model: cap 10%
    check = pricer.check(order)
    assert check.can_send and check.needs_approval
    assert any("cap of the standard model" in str(t) for t in check.line_approvals[0])

    saved = orders.send_order(world.store, order, pricer)
    assert saved.state is OrderState.NEEDS_APPROVAL
    # Not held on the laptop: it goes to 1C at once, not approved, so the office sees it.
    (entry,) = outbox(world)
    assert entry.status == OutboxStatus.PENDING.value and entry.operation == "create"
    body = json.loads(entry.payload)
    assert body["Статус"] == "НеСогласован" and body["Согласован"] is False
    queue = orders.approval_queue(world.store)
    assert [r.order_id for r in queue] == [saved.order_id]
    assert any("standard model" in str(t) for t in queue[0].approval_reasons)

    # Who may approve is 1C's business: the approval rides on the same create.
    assert orders.approve_order(world.store, saved.order_id or "", head(world)) is OrderState.QUEUED
    (entry,) = outbox(world)
    body = json.loads(entry.payload)
    assert entry.status == OutboxStatus.PENDING.value
    assert body["Статус"] == "КОбеспечению" and body["Согласован"] is True
    assert orders.approval_queue(world.store) == []


def test_price_below_purchase_needs_approval(world: World) -> None:
    pricer, order = typed(world, world.partner_id, ("ANK-10-100", "100"))
    order.lines[0].manual_discount_percent = D(30)  # 43.50 -5% -30% = 28.28 < purchase 30.00
    check = pricer.check(order)
    assert any("below the purchase price" in str(t) for t in check.line_approvals[0])


def test_head_rejects_back_to_draft_with_reason(world: World) -> None:
    pricer, order = typed(world, world.client_id, ("KLEY-PL-1", "10"))
    order.manual_discount_percent = D(15)
    saved = orders.send_order(world.store, order, pricer)
    orders.reject_order(world.store, saved.order_id or "", head(world), "Слишком большая скидка")
    again = orders.load_order(world.store, saved.order_id or "")
    assert again.state is OrderState.DRAFT
    assert again.reject_message == "Слишком большая скидка"
    assert outbox(world) == []


def test_send_writes_order_and_outbox_in_1c_names(world: World) -> None:
    pricer, order = typed(world, world.partner_id, ("PRF-PN-27", "10"), ("KNIGA-SPR", "2"))
    order.lines[1].manual_discount_percent = D(3)
    saved = orders.send_order(world.store, order, pricer)
    assert saved.state is OrderState.QUEUED
    (entry,) = outbox(world)
    assert entry.entity == "Document_ЗаказКлиента" and entry.operation == "create"
    assert entry.ref_key == saved.order_id and entry.status == OutboxStatus.PENDING.value
    body = json.loads(entry.payload)
    assert body["Партнер_Key"] == world.partner_id
    assert body["Соглашение_Key"] == world.agreement_id
    assert body["Склад_Key"] == world.main_wh
    assert body["ЦенаВключаетНДС"] is True
    goods = body["Товары"]
    assert [g["LineNumber"] for g in goods] == ["1", "2"]
    first = goods[0]
    for key in (
        "Номенклатура_Key",
        "Количество",
        "Цена",
        "ВидЦены_Key",
        "ПроцентРучнойСкидки",
        "СуммаРучнойСкидки",
        "СуммаАвтоматическойСкидки",
        "Сумма",
        "СтавкаНДС_Key",
        "СуммаНДС",
        "СуммаСНДС",
    ):
        assert key in first, key
    assert first["ВидЦены_Key"] == world.large_id
    assert D(str(first["Цена"])) == D("95.00")
    assert D(str(first["СуммаАвтоматическойСкидки"])) == D("47.50")
    assert D(str(first["Сумма"])) == D("902.50")
    assert first["СтавкаНДС_Key"] == world.vat22_id
    second = goods[1]
    assert D(str(second["ПроцентРучнойСкидки"])) == D(3)
    assert second["СтавкаНДС_Key"] == world.vat10_id
    stages = body["ЭтапыГрафикаОплаты"]
    assert len(stages) == 1 and D(str(stages[0]["ПроцентПлатежа"])) == D(100)
    total = sum(D(str(g["СуммаСНДС"])) for g in goods)
    assert D(str(body["СуммаДокумента"])) == total == D(str(stages[0]["СуммаПлатежа"]))


def test_queued_order_cannot_be_edited_but_can_be_cancelled_before_it_leaves(world: World) -> None:
    pricer, order = typed(world, world.client_id, ("GAI-M8", "10"))
    saved = orders.send_order(world.store, order, pricer)
    with pytest.raises(UserError, match="cannot be changed"):
        orders.save_order(world.store, saved, pricer)
    orders.cancel_order(world.store, saved.order_id or "", manager(world))
    assert orders.load_order(world.store, saved.order_id or "").state is OrderState.CANCELLED
    assert outbox(world) == []


def test_cancelling_an_order_1c_holds_sends_a_deletion_mark(world: World) -> None:
    pricer, order = typed(world, world.client_id, ("GAI-M8", "10"))
    saved = orders.send_order(world.store, order, pricer)
    with world.store.transaction() as s:
        o = s.get(Order, saved.order_id)
        assert o is not None
        o.state, o.data_version, o.number = OrderState.ACCEPTED.value, "AAA=", "00001"
        for e in s.scalars(select(OutboxEntry)):
            e.status = OutboxStatus.DONE.value
    orders.cancel_order(world.store, saved.order_id or "", manager(world))
    last = outbox(world)[-1]
    assert last.operation == "cancel" and json.loads(last.payload) == {"DeletionMark": True}
    assert last.base_data_version == "AAA="


def test_editing_an_accepted_order_sends_an_update_based_on_its_version(world: World) -> None:
    pricer, order = typed(world, world.client_id, ("GAI-M8", "10"))
    saved = orders.send_order(world.store, order, pricer)
    with world.store.transaction() as s:
        o = s.get(Order, saved.order_id)
        assert o is not None
        o.state, o.data_version = OrderState.ACCEPTED.value, "V1"
        for e in s.scalars(select(OutboxEntry)):
            e.status = OutboxStatus.DONE.value
    again = orders.load_order(world.store, saved.order_id or "")
    again.lines[0].quantity = D(20)
    pricer2 = OrderPricer(
        world.store,
        world.client_id,
        manager(world),
        on=world.today,
        exclude_order_id=again.order_id,
    )
    orders.send_order(world.store, again, pricer2)
    last = outbox(world)[-1]
    assert last.operation == "update" and last.base_data_version == "V1"
    assert json.loads(last.payload)["Товары"][0]["Количество"] == 20


def test_unsent_orders_count_against_the_credit_limit(world: World) -> None:
    pricer, order = typed(world, world.client_id, ("SVR-ELK-3", "200"))  # 258 000 ₽
    orders.send_order(world.store, order, pricer)
    pricer2, order2 = typed(world, world.client_id, ("SVR-ELK-3", "100"))  # 129 000 ₽
    credit = pricer2.check(order2).priced.credit
    assert credit.unsent == D("258000.00")
    assert credit.status is pricing.CreditStatus.WARN  # 120 000 + 258 000 + 129 000 > 500 000


def test_credit_block_refuses_to_send(world: World) -> None:
    pricer = OrderPricer(
        world.store, world.client_id, manager(world), on=world.today, credit_mode="block"
    )
    order = pricer.new_order()
    order.lines = [LineInput(world.products["SVR-ELK-3"], D(400))]
    check = pricer.check(order)
    assert not check.can_send
    assert any("credit limit" in str(e) for e in check.errors)


def test_save_keeps_a_draft_and_reopens_the_same(world: World) -> None:
    pricer, order = typed(world, world.partner_id, ("BLT-M8-40", "100"), ("GAI-M8", "100"))
    order.comment = "Позвонить перед доставкой"
    saved = orders.save_order(world.store, order, pricer)
    assert saved.state is OrderState.DRAFT and saved.order_id
    assert outbox(world) == []
    again = orders.load_order(world.store, saved.order_id)
    assert [(ln.product_id, ln.quantity) for ln in again.lines] == [
        (ln.product_id, ln.quantity) for ln in order.lines
    ]
    assert again.comment == "Позвонить перед доставкой"
    rows = orders.list_orders(world.store, states=[OrderState.DRAFT])
    assert [r.client_name for r in rows] == ["Стройторг"]


def test_paste_from_excel(world: World) -> None:
    index = shared_index(world.store)
    pasted = "Артикул\tКоличество\nBLT-M8-40\t100\ngai-m8\t1 500,5\nNOPE-1\t3\nSHB-8\tмного\nSMR-4-25\t0\n"
    result = orders.parse_pasted_lines(pasted, index)
    assert [(ln.product_id, ln.quantity) for ln in result.lines] == [
        (world.products["BLT-M8-40"], D(100)),
        (world.products["GAI-M8"], D("1500.5")),
    ]
    messages = [str(p) for p in result.problems]
    assert any("NOPE-1" in m for m in messages)
    assert any("много" in m for m in messages)
    assert any("Row 6" in m for m in messages)


def _history(w: World, days_ago: list[int], article: str, qty: str) -> None:
    with w.store.transaction() as s:
        for n in days_ago:
            o = Order(
                client_id=w.client_id,
                date=datetime.combine(w.today - timedelta(days=n), datetime.min.time()),
                state=OrderState.SHIPPED.value,
                number=f"N{n}{article}",
            )
            o.lines = [
                OrderLine(
                    line_no=1,
                    product_id=w.products[article],
                    quantity=D(qty),
                    price=D(1),
                    amount=D(qty),
                )
            ]
            s.add(o)


def test_repeat_last_order_and_usual_basket(world: World) -> None:
    _history(world, [90, 60, 30], "BLT-M8-40", "100")  # every 30 days, last 30 days ago: due
    _history(world, [40, 2], "GAI-M8", "50")  # ordered 2 days ago: not due
    _history(world, [100], "SHB-8", "10")  # once: not regular
    lines = orders.repeat_last_order(world.store, world.client_id)
    assert [(ln.product_id, ln.quantity) for ln in lines] == [(world.products["GAI-M8"], D(50))]
    basket = orders.usual_basket(world.store, world.client_id, world.today)
    assert [(b.article, b.usual_quantity, b.times) for b in basket] == [("BLT-M8-40", D(100), 3)]


def test_bought_products_are_what_a_commercial_offer_starts_from(world: World) -> None:
    _history(world, [90, 60, 30], "BLT-M8-40", "100")
    _history(world, [40, 2], "GAI-M8", "50")
    _history(world, [100], "SHB-8", "10")
    _history(world, [400], "SHB-8", "999")  # beyond the 12 months: not counted
    bought = orders.bought_products(world.store, world.client_id, world.today)
    assert [(b.article, b.usual_quantity, b.times) for b in bought] == [
        ("BLT-M8-40", D(100), 3),
        ("GAI-M8", D(50), 2),
        ("SHB-8", D(10), 1),
    ]
    assert bought[1].last_ordered == world.today - timedelta(days=2)
    assert orders.bought_products(world.store, "nobody", world.today) == []


def test_shipments_and_payments_move_an_accepted_order_on(world: World) -> None:
    pricer, order = typed(world, world.client_id, ("GAI-M8", "100"))  # 235 ₽
    saved = orders.send_order(world.store, order, pricer)
    oid = saved.order_id or ""
    with world.store.transaction() as s:
        o = s.get(Order, oid)
        assert o is not None
        o.state, o.posted, o.data_version = OrderState.POSTED.value, True, "V"
        s.add(
            Shipment(
                id="s1",
                client_id=world.client_id,
                order_id=oid,
                date=datetime.now(),
                posted=True,
                amount=D("100.00"),
            )
        )
    assert orders.list_orders(world.store)[0].state is OrderState.SHIPPED_PARTLY
    with world.store.transaction() as s:
        s.add(
            Shipment(
                id="s2",
                client_id=world.client_id,
                order_id=oid,
                date=datetime.now(),
                posted=True,
                amount=D("135.00"),
            )
        )
    assert orders.list_orders(world.store)[0].state is OrderState.SHIPPED
    with world.store.transaction() as s:
        p = Payment(client_id=world.client_id, date=datetime.now(), posted=True, amount=D("235.00"))
        p.allocations = [
            PaymentAllocation(
                line_no=1, client_id=world.client_id, basis_id="s1", amount=D("100.00")
            ),
            PaymentAllocation(
                line_no=2, client_id=world.client_id, basis_id="s2", amount=D("135.00")
            ),
        ]
        s.add(p)
    assert orders.list_orders(world.store)[0].state is OrderState.PAID


def test_order_date_today_and_default_shipment_tomorrow(world: World) -> None:
    pricer = OrderPricer(world.store, world.client_id, manager(world), on=world.today)
    order = pricer.new_order()
    assert order.order_date == world.today
    assert order.shipment_date == world.today + timedelta(days=1)
    assert order.warehouse_id == world.main_wh
    assert order.delivery_address.startswith("г. Москва")


def test_state_titles_cover_every_state() -> None:
    for state in OrderState:
        assert str(orders.state_title(state))


def test_today_is_a_date() -> None:
    assert isinstance(date.today(), date)


def test_saved_over_the_cap_waits_then_approved_then_sent_without_asking_again(
    world: World,
) -> None:
    pricer, order = typed(world, world.client_id, ("KLEY-PL-1", "10"))
    order.manual_discount_percent = D(12)
    saved = orders.save_order(world.store, order, pricer)
    assert saved.state is OrderState.NEEDS_APPROVAL and outbox(world) == []
    oid = saved.order_id or ""
    # Approving a saved order sends it, approved: 1C decides whether this user may.
    assert orders.approve_order(world.store, oid, head(world)) is OrderState.QUEUED
    (entry,) = outbox(world)
    assert entry.status == OutboxStatus.PENDING.value
    assert json.loads(entry.payload)["Согласован"] is True


def test_an_approved_order_changed_beyond_what_was_approved_asks_again(world: World) -> None:
    pricer, order = typed(world, world.client_id, ("KLEY-PL-1", "10"))
    order.manual_discount_percent = D(12)
    oid = orders.send_order(world.store, order, pricer).order_id or ""
    with world.store.transaction() as s:  # 1C approved it and the pull brought it back
        for e in s.scalars(select(OutboxEntry)):
            s.delete(e)
        stored = s.get(Order, oid)
        assert stored is not None
        stored.approved_1c, stored.status_1c = True, "КОбеспечению"
        stored.state, stored.data_version = OrderState.POSTED.value, "v1"
    same = orders.load_order(world.store, oid)
    assert orders.send_order(world.store, same, pricer).state is OrderState.QUEUED
    with world.store.transaction() as s:
        for e in s.scalars(select(OutboxEntry)):
            s.delete(e)
        stored = s.get(Order, oid)
        assert stored is not None
        stored.state = OrderState.POSTED.value
    approved = orders.load_order(world.store, oid)
    approved.manual_discount_percent = D(18)
    assert orders.send_order(world.store, approved, pricer).state is OrderState.NEEDS_APPROVAL
    (entry,) = outbox(world)
    assert json.loads(entry.payload)["Согласован"] is False  # withdrawn until approved again


def test_a_conflict_is_reported_on_the_order(world: World) -> None:
    pricer, order = typed(world, world.client_id, ("GAI-M8", "10"))
    oid = orders.send_order(world.store, order, pricer).order_id or ""
    assert not orders.has_conflict(world.store, oid)
    with world.store.transaction() as s:
        for e in s.scalars(select(OutboxEntry)):
            e.status = OutboxStatus.CONFLICT.value
            e.last_error = ""
    assert orders.has_conflict(world.store, oid)
    (row,) = orders.list_orders(world.store)
    assert row.order_id == oid and row.conflict


def test_rejected_by_1c_shows_1c_words_and_a_fixed_resend_updates_the_same_entry(
    world: World,
) -> None:
    pricer, order = typed(world, world.client_id, ("GAI-M8", "10"))
    oid = orders.send_order(world.store, order, pricer).order_id or ""
    with world.store.transaction() as s:
        o = s.get(Order, oid)
        assert o is not None
        o.state, o.reject_message = OrderState.REJECTED.value, "Период закрыт"
        for e in s.scalars(select(OutboxEntry)):
            e.status, e.last_error = OutboxStatus.REJECTED.value, "Период закрыт"
    (row,) = orders.list_orders(world.store)
    assert row.state is OrderState.REJECTED and row.reject_message == "Период закрыт"
    again = orders.load_order(world.store, oid)
    again.lines[0].quantity = D(11)
    assert orders.send_order(world.store, again, pricer).state is OrderState.QUEUED
    (entry,) = outbox(world)
    assert entry.operation == "create" and entry.status == OutboxStatus.PENDING.value
    assert json.loads(entry.payload)["Товары"][0]["Количество"] == 11


def test_an_edit_started_before_1c_changed_the_order_is_based_on_the_version_it_saw(
    world: World,
) -> None:
    pricer, order = typed(world, world.client_id, ("GAI-M8", "10"))
    oid = orders.send_order(world.store, order, pricer).order_id or ""
    with world.store.transaction() as s:
        o = s.get(Order, oid)
        assert o is not None
        o.state, o.data_version = OrderState.ACCEPTED.value, "V1"
        for e in s.scalars(select(OutboxEntry)):
            e.status = OutboxStatus.DONE.value
    opened = orders.load_order(world.store, oid)  # the manager opens it at V1 …
    with world.store.transaction() as s:  # … meanwhile a sync brings 1C's own edit, V2
        o = s.get(Order, oid)
        assert o is not None
        o.data_version = "V2"
    opened.lines[0].quantity = D(30)
    orders.send_order(world.store, opened, pricer)
    assert outbox(world)[-1].base_data_version == "V1"  # the push will see a conflict


def test_points_spread_over_lines_to_the_kopeck() -> None:
    from decimal import Decimal as Dec

    from wholesale_desk.services.orders import spread

    shares = spread(Dec("100.00"), [Dec("1.00"), Dec("1.00"), Dec("1.00")])
    assert shares == [Dec("33.33"), Dec("33.33"), Dec("33.34")]
    assert sum(shares) == Dec("100.00")
    assert spread(Dec("10.00"), [Dec("5.00"), Dec("0.00")]) == [Dec("10.00"), Dec("0.00")]
    assert spread(Dec("0.00"), [Dec("5.00")]) == [Dec("0.00")]
