"""Money rules from DOMAIN.md: half-up kopecks, display format, VAT inside and on top."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from wholesale_desk.i18n import UserError
from wholesale_desk.money import (
    KOPECK,
    format_money,
    format_percent,
    format_qty,
    parse_decimal,
    round_money,
    round_qty,
    vat_inside,
    vat_on_top,
    vat_rate_for,
)

D = Decimal
money = st.decimals(
    min_value=D("-1000000000"), max_value=D("1000000000"), places=2, allow_nan=False
)
positive_money = st.decimals(min_value=D("0"), max_value=D("1000000000"), places=2)
rates = st.sampled_from([D(0), D(5), D(7), D(10), D(20), D(22)])


def test_half_up_not_bankers() -> None:
    assert round_money(D("2.675")) == D("2.68")
    assert round_money(D("2.665")) == D("2.67")
    assert round_money(D("-2.675")) == D("-2.68")
    assert round_qty(D("1.0005")) == D("1.001")


def test_accountant_examples_vat_inside_at_22() -> None:
    assert vat_inside(D("1000.00"), D(22)) == D("180.33")
    assert vat_inside(D("15200.00"), D(22)) == D("2740.98")


def test_line_example_104_31_times_10_with_5_percent() -> None:
    gross = round_money(D("104.31") * 10)
    discount = round_money(gross * 5 / 100)
    amount = gross - discount
    assert (gross, discount, amount) == (D("1043.10"), D("52.16"), D("990.94"))
    assert vat_inside(amount, D(22)) == D("178.69")


def test_vat_on_top() -> None:
    assert vat_on_top(D("1000.00"), D(22)) == D("220.00")
    assert vat_on_top(D("0.05"), D(10)) == D("0.01")


def test_display_format() -> None:
    assert format_money(D("15200")) == "15\u202f200,00"
    assert format_money(D("1234567.891")) == "1\u202f234\u202f567,89"
    assert format_money(D("-0.5")) == "-0,50"
    assert format_money(D("-0.001")) == "0,00"
    assert format_money(D("999")) == "999,00"
    assert format_qty(D("10.000")) == "10"
    assert format_qty(D("1.5")) == "1,5"
    assert format_qty(D("2500.125")) == "2\u202f500,125"


def test_percent_format_groups_thousands_like_money() -> None:
    """A credit limit used twelve times over read "1205,0 %" beside "1 150 000,00"."""
    assert format_percent(D("1205.0")) == "1\u202f205,0\u00a0%"
    assert format_percent(D("57.3")) == "57,3\u00a0%"
    assert format_percent(D("0")) == "0\u00a0%"
    assert format_percent(D("-14.1")) == "-14,1\u00a0%"


@pytest.mark.parametrize(
    ("typed", "value"),
    [
        ("1 234,56", "1234.56"),
        ("1234.56", "1234.56"),
        ("1\u202f234,5", "1234.5"),
        ("1\u00a0000", "1000"),
        ("-5", "-5"),
        ("\u22125,00", "-5.00"),
        (" 12 ", "12"),
        (",5", "0.5"),
    ],
)
def test_parse_accepts_what_people_type(typed: str, value: str) -> None:
    assert parse_decimal(typed) == D(value)


@pytest.mark.parametrize("typed", ["", "abc", "1,234.56", "1,2,3", "NaN", "inf", "1e5", "--1", "."])
def test_parse_rejects_garbage_with_a_user_error(typed: str) -> None:
    with pytest.raises(UserError) as info:
        parse_decimal(typed)
    assert info.value.message.context == "Money"


def test_vat_rate_follows_the_shipment_date() -> None:
    assert vat_rate_for(date(2025, 12, 31), D(22)) == D(20)
    assert vat_rate_for(date(2026, 1, 1), D(20)) == D(22)
    assert vat_rate_for(date(2025, 6, 1), D(10)) == D(10)
    assert vat_rate_for(date(2026, 6, 1), None) is None


@given(money)
def test_format_parse_round_trip(x: Decimal) -> None:
    assert parse_decimal(format_money(x)) == x


@given(st.decimals(min_value=D("-1e9"), max_value=D("1e9"), places=3))
def test_qty_format_parse_round_trip(x: Decimal) -> None:
    assert parse_decimal(format_qty(x)) == x


@given(positive_money, rates)
def test_vat_inside_never_exceeds_the_amount_and_is_kopecks(amount: Decimal, rate: Decimal) -> None:
    vat = vat_inside(amount, rate)
    assert D(0) <= vat <= amount
    assert vat == vat.quantize(KOPECK)
    assert vat <= vat_on_top(amount, rate)


@given(positive_money, rates)
def test_vat_on_top_then_inside_gives_back_the_vat(amount: Decimal, rate: Decimal) -> None:
    """Charging VAT on top and extracting it from the total agrees to within a kopeck."""
    vat = vat_on_top(amount, rate)
    assert abs(vat_inside(amount + vat, rate) - vat) <= KOPECK


@given(st.decimals(min_value=D("-1e9"), max_value=D("1e9"), places=6))
def test_round_money_is_within_half_a_kopeck(x: Decimal) -> None:
    assert abs(round_money(x) - x) <= D("0.005")
