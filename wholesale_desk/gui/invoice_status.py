"""An invoice's payment status in words, in the UI language: "paid", "partly paid (N of M)",
"unpaid, due in N days", "overdue N days". The figures come from `services.invoices`."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QBrush, QColor

from wholesale_desk.money import format_money
from wholesale_desk.services.invoices import InvoiceStatus, PaymentState

CTX = "InvoiceStatus"
OVERDUE = QBrush(QColor(176, 32, 32))
PAID = QBrush(QColor(30, 110, 50))


def describe(status: InvoiceStatus) -> str:
    tr = QCoreApplication.translate
    if status.state is PaymentState.PAID:
        return tr(CTX, "paid")
    if status.state is PaymentState.PARTLY_PAID:
        return tr(CTX, "partly paid ({paid} of {total})").format(
            paid=format_money(status.paid), total=format_money(status.total)
        )
    if status.state is PaymentState.OVERDUE:
        return tr(CTX, "overdue %n day(s)", None, status.days)
    if status.days == 0:
        return tr(CTX, "unpaid, due today")
    return tr(CTX, "unpaid, due in %n day(s)", None, status.days)


def brush(status: InvoiceStatus) -> QBrush | None:
    """Red for overdue, green for paid: the two a manager acts on or stops worrying about."""
    if status.state is PaymentState.OVERDUE:
        return OVERDUE
    if status.state is PaymentState.PAID:
        return PAID
    return None
