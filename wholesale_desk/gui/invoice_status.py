"""An invoice's payment status in words, in the UI language: "paid", "partly paid (N of M)",
"unpaid, due in N days", "overdue N days". The figures come from `services.invoices`."""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QObject
from PySide6.QtGui import QBrush, QColor

from wholesale_desk.money import format_money
from wholesale_desk.services.invoices import InvoiceStatus, PaymentState

OVERDUE = QBrush(QColor(176, 32, 32))
PAID = QBrush(QColor(30, 110, 50))


class PaymentWords(QObject):
    """Holds the words so `self.tr` gives lupdate their plural forms (context PaymentWords)."""

    def describe(self, status: InvoiceStatus) -> str:
        if status.state is PaymentState.PAID:
            return self.tr("paid")
        if status.state is PaymentState.PARTLY_PAID:
            return self.tr("partly paid ({paid} of {total})").format(
                paid=format_money(status.paid), total=format_money(status.total)
            )
        if status.state is PaymentState.OVERDUE:
            return self.tr("overdue %n day(s)", "", status.days)
        if status.days == 0:
            return self.tr("unpaid, due today")
        return self.tr("unpaid, due in %n day(s)", "", status.days)


@cache
def _words() -> PaymentWords:
    return PaymentWords()


def describe(status: InvoiceStatus) -> str:
    return _words().describe(status)


def brush(status: InvoiceStatus) -> QBrush | None:
    """Red for overdue, green for paid: the two a manager acts on or stops worrying about."""
    if status.state is PaymentState.OVERDUE:
        return OVERDUE
    if status.state is PaymentState.PAID:
        return PAID
    return None
