"""An invoice's payment status: partial payments add up, to the kopeck, and the due date
decides between "unpaid, due in N days" and "overdue N days"."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

from hypothesis import given
from hypothesis import strategies as st

from wholesale_desk.services.invoices import PaymentState, status

TODAY = date(2026, 3, 10)
money = st.decimals(min_value=Decimal("0.01"), max_value=Decimal("10000000"), places=2)


def test_the_four_states() -> None:
    total = Decimal("1000.00")
    assert status(total, total, TODAY, TODAY).state is PaymentState.PAID
    partly = status(total, Decimal("400.00"), TODAY, TODAY)
    assert partly.state is PaymentState.PARTLY_PAID and partly.outstanding == Decimal("600.00")
    due = status(total, Decimal(0), TODAY + timedelta(days=5), TODAY)
    assert (due.state, due.days) == (PaymentState.UNPAID, 5)
    late = status(total, Decimal(0), TODAY - timedelta(days=12), TODAY)
    assert (late.state, late.days) == (PaymentState.OVERDUE, 12)


def test_one_kopeck_short_is_not_paid() -> None:
    st_ = status(Decimal("1000.00"), Decimal("999.99"), TODAY, TODAY)
    assert st_.state is PaymentState.PARTLY_PAID and st_.outstanding == Decimal("0.01")


@given(total=money, parts=st.lists(money, min_size=1, max_size=6))
def test_partial_payments_add_up_exactly(total: Decimal, parts: list[Decimal]) -> None:
    paid = sum(parts, Decimal(0))
    found = status(total, paid, TODAY, TODAY)
    assert found.paid == paid
    assert found.outstanding == max(total - paid, Decimal(0))
    assert (found.state is PaymentState.PAID) == (paid >= total)
