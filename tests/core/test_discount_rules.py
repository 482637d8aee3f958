"""Discount rules as 1C defines them (`discount_rules.evaluate`) and the manual-discount limits
the engine takes from 1C: numeric rules checked with hypothesis."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from hypothesis import given
from hypothesis import strategies as st

from wholesale_desk import pricing
from wholesale_desk.discount_rules import (
    Combine,
    ConditionKind,
    DiscountRule,
    Origin,
    PolicySource,
    VolumeCondition,
    evaluate,
)
from wholesale_desk.i18n import Text

D = Decimal
ONEC = PolicySource(Origin.ONEC, "Catalog_СкидкиНаценки «x»")
DAY = date(2026, 3, 5)
PRICES = pricing.MappingPriceBook({("wholesale", "nails"): D("104.31")})
POLICY = pricing.CompanyPolicy("wholesale")

percents = st.decimals(min_value=0, max_value=100, places=2)
amounts = st.decimals(min_value=0, max_value=10_000_000, places=2)


def tier(threshold: Decimal, percent: Decimal, *, group: str = "g", order: int = 0) -> DiscountRule:
    return DiscountRule(
        f"t{threshold}",
        f"{percent}% from {threshold}",
        percent,
        ONEC,
        (VolumeCondition(ConditionKind.CUMULATIVE, threshold),),
        group=group,
        order=D(order),
    )


def own(percent: Decimal, group: str = "g") -> DiscountRule:
    return DiscountRule("own", "own", percent, ONEC, (), group=group, own=True)


@given(percents, percents, amounts, amounts)
def test_maximum_gives_the_best_rule_that_holds(
    a: Decimal, b: Decimal, past: Decimal, order: Decimal
) -> None:
    rules = [tier(D(1_000_000), a), tier(D(5_000_000), b, order=1)]
    result = evaluate(rules, {}, order, {"Квартал": past})
    volume = past + order
    holding = [r.percent for r in rules if r.percent > 0 and volume >= r.conditions[0].threshold]
    assert result.percent == (max(holding) if holding else 0)
    assert len(result.applied) <= 1


@given(st.lists(percents, min_size=1, max_size=5))
def test_addition_never_gives_more_than_100_percent(values: list[Decimal]) -> None:
    rules = [
        DiscountRule(f"r{i}", f"r{i}", p, ONEC, (), group="g", order=D(i))
        for i, p in enumerate(values)
    ]
    result = evaluate(rules, {"g": Combine.ADD}, D(1000), {})
    assert result.percent == min(sum(values, D(0)), D(100))


@given(st.lists(percents, min_size=1, max_size=5))
def test_multiplication_leaves_the_product_of_what_each_leaves(values: list[Decimal]) -> None:
    rules = [
        DiscountRule(f"r{i}", f"r{i}", p, ONEC, (), group="g", order=D(i))
        for i, p in enumerate(values)
    ]
    result = evaluate(rules, {"g": Combine.MULTIPLY}, D(1000), {})
    left = D(1)
    for p in values:
        left *= 1 - p / 100
    assert abs(result.percent - (1 - left) * 100) < D("0.000001")


@given(percents, percents)
def test_minimum_and_displacement(a: Decimal, b: Decimal) -> None:
    rules = [own(a), DiscountRule("b", "b", b, ONEC, (), group="g", order=D(5))]
    positive = [p for p in (a, b) if p > 0]
    low = evaluate(rules, {"g": Combine.MIN}, D(1), {})
    assert low.percent == (min(positive) if positive else 0)
    first = evaluate(rules, {"g": Combine.DISPLACE}, D(1), {})
    assert first.percent == (positive[0] if positive else 0)


@given(amounts, amounts, st.booleans())
def test_at_most_conditions_and_the_current_sale(
    threshold: Decimal, past: Decimal, include: bool
) -> None:
    cond = VolumeCondition(
        ConditionKind.CUMULATIVE, threshold, at_least=False, include_current=include
    )
    rule = DiscountRule("r", "r", D(3), ONEC, (cond,))
    order = D("100.00")
    measured = past + order if include else past
    applied = evaluate([rule], {}, order, {"Квартал": past}).applied
    assert bool(applied) == (measured <= threshold)


def test_a_rule_that_cannot_be_checked_is_skipped_and_named() -> None:
    bad = DiscountRule(
        "bad", "За время продажи", D(50), ONEC, (), unsupported=Text("Policy", "odd kind")
    )
    result = evaluate([bad, own(D(3))], {}, D(10), {})
    assert result.percent == 3
    assert [str(s) for s in result.skipped] == [
        "Discount «За время продажи» (1C: Catalog_СкидкиНаценки «x») skipped: odd kind"
    ]


# --- the engine with 1C's rules --------------------------------------------------------------
def priced(terms: pricing.Terms, manual: str | None = None) -> pricing.PricedOrder:
    line = pricing.LineDraft("nails", D(10), D(22), D(manual) if manual else None)
    draft = pricing.OrderDraft(DAY, DAY, (line,))
    return pricing.price_order(terms, POLICY, PRICES, draft)


def test_1c_rules_replace_the_default_tiers_and_say_their_source() -> None:
    rules = (tier(D(1_000_000), D(7)),)
    terms = pricing.Terms("c", quarter_net_shipments=D(2_000_000), discount_rules=rules)
    line = priced(terms).lines[0]
    assert [(d.percent, d.origin.origin) for d in line.discounts] == [(D(7), Origin.ONEC)]
    explained = [str(t) for t in pricing.explain(line)]
    assert "  source: 1C: Catalog_СкидкиНаценки «x»" in explained
    # Without 1C's rules the documented default applies, labelled as such.
    default = priced(pricing.Terms("c", quarter_net_shipments=D(2_000_000))).lines[0]
    assert [(d.percent, d.origin.origin) for d in default.discounts] == [(D(15), Origin.DEFAULT)]
    assert "  source: default" in [str(t) for t in pricing.explain(default)]


def test_no_1c_rule_acting_means_no_automatic_discount() -> None:
    terms = pricing.Terms("c", quarter_net_shipments=D(9_000_000), discount_rules=())
    assert priced(terms).lines[0].discounts == ()


user_limits = st.one_of(st.none(), percents)
caps = st.one_of(st.none(), percents)


@given(percents, user_limits, caps, st.sampled_from(list(pricing.CooperationModel)))
def test_a_manual_discount_needs_approval_beyond_the_smallest_limit(
    manual: Decimal, user: Decimal | None, cap: Decimal | None, model: pricing.CooperationModel
) -> None:
    """УТ: the user's limit and the agreement's ПроцентРучнойСкидки, the smaller wins; the
    company's model cap on top."""
    terms = pricing.Terms(
        "c",
        model=model,
        agreement=pricing.Agreement("a", manual_cap=cap),
        user_limit=pricing.ManualLimit(pricing.LimitKind.USER, user, ONEC),
        discount_rules=(),
    )
    result = priced(terms, str(manual))
    limits = [pricing.DEFAULT_MODEL_CAPS[model].discount_percent]
    limits += [x for x in (user, cap) if x is not None]
    assert result.needs_approval == (manual > min(limits))
    binding = result.lines[0].manual_limit
    assert binding is not None and binding.percent == min(limits)


def test_the_agreement_percent_is_a_cap_not_a_discount() -> None:
    terms = pricing.Terms(
        "c",
        agreement=pricing.Agreement("a", name="ИС-1", manual_cap=D(5)),
        discount_rules=(),
        user_limit=pricing.ManualLimit(pricing.LimitKind.USER, D(8), ONEC),
    )
    assert priced(terms).lines[0].discounts == ()
    held = priced(terms, "6")
    assert [str(r) for r in held.approval_reasons] == [
        "Discount 6% exceeds the agreement's manual-discount limit of 5% "
        "(1C: Catalog_СоглашенияСКлиентами «ИС-1»)"
    ]
