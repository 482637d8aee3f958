"""Column types for domain values: `Decimal` stored exactly as scaled integers.

SQLite's NUMERIC affinity would store 0.1 as a binary float; an integer count of kopecks (or
thousandths for quantities) is exact, sorts and sums correctly in SQL, and round-trips to the same
`Decimal`. A value finer than the column's scale is refused rather than silently rounded.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from sqlalchemy import BigInteger, Dialect
from sqlalchemy.types import TypeDecorator


class ScaledDecimal(TypeDecorator[Decimal]):
    """A `Decimal` with a fixed number of places, stored as an integer of its smallest unit."""

    impl = BigInteger
    cache_ok = True

    def __init__(self, places: int) -> None:
        super().__init__()
        self.places = places
        self._factor = Decimal(10) ** places
        self._quantum = Decimal(1).scaleb(-places)

    def process_bind_param(self, value: Any, dialect: Dialect) -> int | None:
        if value is None:
            return None
        if not isinstance(value, Decimal):
            if isinstance(value, float):
                raise TypeError("money and quantities are Decimal, never float")
            value = Decimal(value)
        scaled = value * self._factor
        if scaled != scaled.to_integral_value():
            raise ValueError(f"{value} has more than {self.places} decimal places")
        return int(scaled)

    def process_result_value(self, value: Any, dialect: Dialect) -> Decimal | None:
        if value is None:
            return None
        return (Decimal(int(value)) / self._factor).quantize(self._quantum)

    def coerce_compared_value(self, op: Any, value: Any) -> Any:
        return self


def Money() -> ScaledDecimal:
    """Rubles with kopecks."""
    return ScaledDecimal(2)


def Quantity() -> ScaledDecimal:
    """Quantities: up to 3 places (kg, m)."""
    return ScaledDecimal(3)


def Percent() -> ScaledDecimal:
    """Percentages such as discounts and VAT rates, to 2 places."""
    return ScaledDecimal(2)
