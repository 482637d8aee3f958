"""Invariants of the terms engine over arbitrary clients, price lists and orders."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from decimal import Decimal

from hypothesis import given, settings
from hypothesis import strategies as st

from wholesale_desk.loyalty import PaidShipment, bonus_accrued
from wholesale_desk.money import KOPECK, ZERO
from wholesale_desk.pricing import (
    Agreement,
    CompanyPolicy,
    CooperationModel,
    LineDraft,
    MappingPriceBook,
    OrderDraft,
    PaymentStage,
    PricedOrder,
    Role,
    StageKind,
    Terms,
    price_order,
)

D = Decimal
PRODUCTS = [f"p{i}" for i in range(8)]
POLICY = CompanyPolicy("base")

percents = st.decimals(min_value=0, max_value=40, places=2)
money = st.decimals(min_value=0, max_value=10_000_000, places=2)


@st.composite
def price_books(draw: st.DrawFn) -> MappingPriceBook:
    prices = {}
    for pt in ("base", "agr", "own"):
        for p in PRODUCTS:
            if draw(st.booleans()) or pt == "base":
                prices[(pt, p)] = draw(
                    st.decimals(min_value=D("0.01"), max_value=100_000, places=2)
                )
    purchase = {p: draw(st.decimals(min_value=0, max_value=50_000, places=2)) for p in PRODUCTS}
    return MappingPriceBook(prices, purchase)


@st.composite
def client_terms(draw: st.DrawFn) -> Terms:
    agreement = None
    if draw(st.booleans()):
        stages: tuple[PaymentStage, ...] = ()
        if draw(st.booleans()):
            first = draw(st.decimals(min_value=0, max_value=100, places=0))
            stages = (
                PaymentStage(StageKind.PREPAYMENT, first, draw(st.integers(0, 10))),
                PaymentStage(
                    StageKind.CREDIT_AFTER_SHIPMENT, 100 - first, draw(st.integers(0, 90))
                ),
            )
        agreement = Agreement(
            "a",
            price_type_id=draw(st.sampled_from([None, "agr"])),
            discount_percent=draw(percents),
            deferral_days=draw(st.integers(0, 90)),
            stages=stages,
        )
    return Terms(
        "c",
        model=draw(st.sampled_from(list(CooperationModel))),
        agreement=agreement,
        client_price_type_id=draw(st.sampled_from([None, "own"])),
        credit_limit=draw(st.none() | money),
        allowed_overdue=draw(st.none() | money),
        debt=draw(money),
        overdue_debt=draw(money),
        quarter_net_shipments=draw(money),
        bonus_balance=draw(st.decimals(min_value=0, max_value=100_000, places=2)),
    )


line_drafts = st.builds(
    LineDraft,
    st.sampled_from(PRODUCTS),
    st.decimals(min_value=-1, max_value=1000, places=3),
    st.sampled_from([None, D(0), D(5), D(10), D(20), D(22)]),
    st.none() | percents,
)


@st.composite
def drafts(draw: st.DrawFn) -> OrderDraft:
    day = date(2026, 1, 1) + timedelta(days=draw(st.integers(0, 360)))
    return OrderDraft(
        order_date=day,
        shipment_date=day + timedelta(days=draw(st.integers(0, 20))),
        lines=draw(st.lists(line_drafts, min_size=1, max_size=12)),
        prices_include_vat=draw(st.booleans()),
        manual_discount_percent=draw(st.none() | percents),
        bonus_to_redeem=draw(st.decimals(min_value=0, max_value=1_000_000, places=2)),
        unsent_orders_total=draw(money),
        role=draw(st.sampled_from(list(Role))),
    )


def is_kopecks(x: Decimal) -> bool:
    return x == x.quantize(KOPECK)


@settings(max_examples=300)
@given(client_terms(), price_books(), drafts())
def test_every_amount_obeys_the_rounding_and_summing_rules(
    terms: Terms, prices: MappingPriceBook, draft: OrderDraft
) -> None:
    o = price_order(terms, POLICY, prices, draft)
    for line in o.lines:
        assert ZERO <= line.amount <= line.gross
        assert all(d.amount >= 0 and d.percent >= 0 for d in line.discounts)
        assert line.amount == line.gross - line.discount_amount
        assert len([d for d in line.discounts if d.source.automatic]) <= 1
        money_fields = [line.gross, line.amount, line.vat_amount, line.total]
        assert all(is_kopecks(x) for x in money_fields + [d.amount for d in line.discounts])
        expected_total = line.amount if line.vat_included else line.amount + line.vat_amount
        assert line.total == expected_total
        assert line.vat_amount <= line.total
    assert o.vat == sum((line.vat_amount for line in o.lines), ZERO)
    assert o.amount == sum((line.amount for line in o.lines), ZERO)
    assert o.gross - o.discount_total == o.amount
    assert o.total == (o.amount if draft.prices_include_vat else o.amount + o.vat)
    assert all(is_kopecks(x) for x in (o.amount, o.vat, o.total, o.bonus_redeemed, o.bonus_accrual))


@given(client_terms(), price_books(), drafts())
def test_bonus_redeemed_never_exceeds_the_cap_or_the_balance(
    terms: Terms, prices: MappingPriceBook, draft: OrderDraft
) -> None:
    o = price_order(terms, POLICY, prices, draft)
    assert ZERO <= o.bonus_redeemed <= min(o.bonus_cap, terms.bonus_balance, draft.bonus_to_redeem)
    assert o.to_pay == o.total - o.bonus_redeemed >= 0


@given(client_terms(), price_books(), drafts())
def test_payments_add_up_to_what_is_to_be_paid_and_never_fall_before_the_order(
    terms: Terms, prices: MappingPriceBook, draft: OrderDraft
) -> None:
    o = price_order(terms, POLICY, prices, draft)
    assert sum((p.amount for p in o.payments), ZERO) == o.to_pay
    assert all(p.due_date >= draft.order_date for p in o.payments)
    assert o.needs_approval == bool(o.approval_reasons)


@given(client_terms(), price_books(), drafts(), money, money)
def test_a_larger_quarter_volume_never_gives_a_smaller_automatic_discount(
    terms: Terms, prices: MappingPriceBook, draft: OrderDraft, a: Decimal, b: Decimal
) -> None:
    low, high = sorted((a, b))

    def auto_percent(o: PricedOrder) -> list[Decimal]:
        return [line.auto_discount.percent if line.auto_discount else ZERO for line in o.lines]

    o_low = price_order(replace(terms, quarter_net_shipments=low), POLICY, prices, draft)
    o_high = price_order(replace(terms, quarter_net_shipments=high), POLICY, prices, draft)
    assert all(h >= lo for h, lo in zip(auto_percent(o_high), auto_percent(o_low), strict=True))
    assert o_high.amount <= o_low.amount


@given(client_terms(), price_books(), drafts())
def test_pricing_is_pure(terms: Terms, prices: MappingPriceBook, draft: OrderDraft) -> None:
    assert price_order(terms, POLICY, prices, draft) == price_order(terms, POLICY, prices, draft)


shipments = st.lists(
    st.builds(
        PaidShipment,
        st.decimals(min_value=0, max_value=1_000_000, places=2),
        st.decimals(min_value=-100, max_value=1_000_000, places=2),
    ),
    max_size=20,
)


@given(shipments, st.decimals(min_value=0, max_value=10, places=2))
def test_bonus_accrues_on_paid_money_only(ships: list[PaidShipment], percent: Decimal) -> None:
    earned = bonus_accrued(ships, percent)
    paid = sum((max(ZERO, min(s.paid, s.amount)) for s in ships), ZERO)
    assert ZERO <= earned
    assert abs(earned - paid * percent / 100) <= D("0.005") * len(ships)
    assert bonus_accrued([PaidShipment(s.amount, ZERO) for s in ships], percent) == 0
