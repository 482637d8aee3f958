"""Amounts and dates in words, as an accountant reads them on an invoice."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from wholesale_desk.amount_words import amount_in_words, date_in_words, format_date

D = Decimal


@pytest.mark.parametrize(
    ("amount", "words"),
    [
        ("123.45", "Сто двадцать три рубля 45 копеек"),
        ("0", "Ноль рублей 00 копеек"),
        ("0.01", "Ноль рублей 01 копейка"),
        ("1.02", "Один рубль 02 копейки"),
        ("2", "Два рубля 00 копеек"),
        ("5.21", "Пять рублей 21 копейка"),
        ("11.11", "Одиннадцать рублей 11 копеек"),
        ("14", "Четырнадцать рублей 00 копеек"),
        ("21", "Двадцать один рубль 00 копеек"),
        ("22.03", "Двадцать два рубля 03 копейки"),
        ("111", "Сто одиннадцать рублей 00 копеек"),
        ("1000", "Одна тысяча рублей 00 копеек"),
        ("2000", "Две тысячи рублей 00 копеек"),
        ("21000", "Двадцать одна тысяча рублей 00 копеек"),
        ("15200.00", "Пятнадцать тысяч двести рублей 00 копеек"),
        ("1000000", "Один миллион рублей 00 копеек"),
        ("2000001.99", "Два миллиона один рубль 99 копеек"),
    ],
)
def test_amount_in_words(amount: str, words: str) -> None:
    assert amount_in_words(D(amount)) == words


def test_an_int_is_rubles_not_kopecks() -> None:
    """The trap in num2words' currency mode: 100 must read as a hundred rubles."""
    assert amount_in_words(D(100)) == "Сто рублей 00 копеек"


def test_rounds_half_up_to_kopecks_first() -> None:
    assert amount_in_words(D("2.675")) == "Два рубля 68 копеек"
    assert amount_in_words(D("0.995")) == "Один рубль 00 копеек"


def test_negative_amount() -> None:
    assert amount_in_words(D("-5")) == "Минус пять рублей 00 копеек"


@given(st.decimals(min_value=D(0), max_value=D("999999999999"), places=2))
def test_words_are_capitalised_and_end_with_two_digit_kopecks(amount: Decimal) -> None:
    words = amount_in_words(amount)
    assert words[0].isupper()
    kopecks = words.split()[-2]
    assert len(kopecks) == 2 and int(kopecks) == int(amount * 100) % 100
    assert words.split()[-1] in {"копейка", "копейки", "копеек"}


def test_dates() -> None:
    assert date_in_words(date(2026, 3, 5)) == "5 марта 2026 г."
    assert date_in_words(date(2026, 12, 31)) == "31 декабря 2026 г."
    assert format_date(date(2026, 3, 5)) == "05.03.2026"
