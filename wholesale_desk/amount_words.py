"""Amounts and dates as Russian documents write them: "Сто двадцать три рубля 45 копеек".

num2words reads an int as kopecks in currency mode and rounds floats wrongly, so we ask it only
for the cardinal number of whole rubles (masculine, as "рубль" is) and choose the plural forms
of "рубль" and "копейка" ourselves.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from num2words import num2words

from wholesale_desk.money import round_money

__all__ = ["amount_in_words", "date_in_words", "format_date", "plural_ru"]

_MONTHS_GENITIVE = (
    "января",
    "февраля",
    "марта",
    "апреля",
    "мая",
    "июня",
    "июля",
    "августа",
    "сентября",
    "октября",
    "ноября",
    "декабря",
)


def plural_ru(n: int, one: str, few: str, many: str) -> str:
    """Pick the Russian form for `n`: 1 рубль, 2 рубля, 5 рублей, 11 рублей, 21 рубль."""
    n = abs(n)
    if n % 100 in range(11, 15):
        return many
    if n % 10 == 1:
        return one
    if n % 10 in (2, 3, 4):
        return few
    return many


def amount_in_words(amount: Decimal) -> str:
    """Rubles in words, capitalised, kopecks as two digits: "Две тысячи рублей 00 копеек".

    The amount is first rounded half up to kopecks; a negative amount starts with "Минус".
    """
    q = round_money(amount)
    kopecks_total = int(abs(q) * 100)
    rubles, kopecks = divmod(kopecks_total, 100)
    words = num2words(rubles, lang="ru")
    if q < 0:
        words = "минус " + words
    ruble = plural_ru(rubles, "рубль", "рубля", "рублей")
    kopeck = plural_ru(kopecks, "копейка", "копейки", "копеек")
    phrase = f"{words} {ruble} {kopecks:02d} {kopeck}"
    return phrase[0].upper() + phrase[1:]


def date_in_words(day: date) -> str:
    """A date as document headers write it: "5 марта 2026 г."."""
    return f"{day.day} {_MONTHS_GENITIVE[day.month - 1]} {day.year} г."


def format_date(day: date) -> str:
    """A date as tables show it: "05.03.2026"."""
    return f"{day.day:02d}.{day.month:02d}.{day.year:04d}"
