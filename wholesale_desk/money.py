"""Money, quantities and VAT on plain `Decimal`, rounded the way 1C and accountants expect.

Never `float`, never `round()`: amounts are rubles quantised to kopecks half up, quantities to
three places; VAT is computed per line from the line amount (see DOMAIN.md "VAT").
"""

from __future__ import annotations

import re
from datetime import date
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from wholesale_desk.i18n import QT_TRANSLATE_NOOP, UserError, text

__all__ = [
    "GENERAL_VAT_RATE_2025",
    "GENERAL_VAT_RATE_2026",
    "HUNDRED",
    "KOPECK",
    "QTY_STEP",
    "ZERO",
    "format_money",
    "format_qty",
    "parse_decimal",
    "round_money",
    "round_qty",
    "vat_inside",
    "vat_on_top",
    "vat_rate_for",
]

KOPECK = Decimal("0.01")
QTY_STEP = Decimal("0.001")
ZERO = Decimal("0.00")
HUNDRED = Decimal(100)
GENERAL_VAT_RATE_2025 = Decimal(20)
GENERAL_VAT_RATE_2026 = Decimal(22)
_GENERAL_RATE_SINCE = date(2026, 1, 1)

NNBSP = "\u202f"
"""Narrow no-break space: the thousands separator on screen and paper."""

_SPACES = str.maketrans("", "", " \u00a0\u202f\u2009\t")
_NUMBER = re.compile(r"[+-]?(?:\d+(?:\.\d*)?|\.\d+)")


def round_money(x: Decimal) -> Decimal:
    """Quantise to kopecks, half up (2.675 → 2.68), as 1C rounds every amount."""
    return x.quantize(KOPECK, rounding=ROUND_HALF_UP)


def round_qty(x: Decimal) -> Decimal:
    """Quantise a quantity to three places (kg, m), half up."""
    return x.quantize(QTY_STEP, rounding=ROUND_HALF_UP)


def parse_decimal(source: str) -> Decimal:
    """Read a number as a person types or pastes it: "1 234,56", "1234.56", "−5".

    Spaces of any kind group thousands; a comma or a dot is the decimal mark (not both).
    Anything else (letters, "1,234.56", "NaN", "") raises a `UserError` naming the input.
    """
    cleaned = source.translate(_SPACES).replace("\u2212", "-")
    if "," in cleaned:
        cleaned = "" if "." in cleaned or cleaned.count(",") > 1 else cleaned.replace(",", ".")
    if not _NUMBER.fullmatch(cleaned):
        raise UserError(
            text("Money", QT_TRANSLATE_NOOP("Money", "Not a number: «{value}»"), value=source)
        )
    try:
        return Decimal(cleaned)
    except InvalidOperation as exc:  # pragma: no cover - the regex admits only valid literals
        raise UserError(
            text("Money", QT_TRANSLATE_NOOP("Money", "Not a number: «{value}»"), value=source)
        ) from exc


def format_money(x: Decimal) -> str:
    """Render "15 200,00" (U+202F thousands, comma decimals, "-" for negatives; never "-0,00")."""
    q = round_money(x)
    if not q:
        q = abs(q)  # -0.00 prints as 0,00
    return f"{q:,f}".replace(",", NNBSP).replace(".", ",")


def format_percent(x: Decimal) -> str:
    """Render "1 205,5 %" as money is shown (U+202F thousands, comma decimals), with a no-break
    space before the sign as Russian typography has it; the decimals are kept as given."""
    units, _, frac = f"{x:,f}".replace(",", NNBSP).partition(".")
    return units + (f",{frac}" if frac else "") + "\u00a0%"


def format_qty(x: Decimal) -> str:
    """Render a quantity with up to three decimals and no trailing zeros: "10", "1,5", "2 500,125"."""
    q = round_qty(x)
    if not q:
        return "0"
    units, _, frac = f"{q:,f}".replace(",", NNBSP).partition(".")
    frac = frac.rstrip("0")
    return units + (f",{frac}" if frac else "")


def vat_inside(amount: Decimal, rate: Decimal) -> Decimal:
    """VAT contained in an amount that includes it ("в том числе"): amount × r / (100 + r)."""
    return round_money(amount * rate / (HUNDRED + rate))


def vat_on_top(amount: Decimal, rate: Decimal) -> Decimal:
    """VAT charged on top of an amount ("сумма НДС"): amount × r / 100."""
    return round_money(amount * rate / HUNDRED)


def vat_rate_for(shipment_date: date, nominal: Decimal | None) -> Decimal | None:
    """The rate to apply on `shipment_date`: the general rate is 20% before 2026 and 22% after.

    The shipment date decides (425-ФЗ); reduced and special rates (10, 7, 5, 0) and "без НДС"
    (None) pass through unchanged.
    """
    if nominal is None or nominal not in (GENERAL_VAT_RATE_2025, GENERAL_VAT_RATE_2026):
        return nominal
    return GENERAL_VAT_RATE_2026 if shipment_date >= _GENERAL_RATE_SINCE else GENERAL_VAT_RATE_2025
