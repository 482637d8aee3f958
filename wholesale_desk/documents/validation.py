"""Checks made before a single byte is laid out.

Missing data the user can fix (no lines, a client without INN, our bank account not filled in)
raises `UserError` saying what to fill in and where. Figures that disagree with each other
(a total that is not the sum of its lines) are a bug upstream and raise `ValueError`: a document
with inconsistent money is never printed.
"""

from __future__ import annotations

from collections.abc import Iterable
from decimal import Decimal

from wholesale_desk.documents.model import (
    InvoiceData,
    OfferData,
    Party,
    ReconciliationData,
    ReminderData,
    VatMode,
)
from wholesale_desk.i18n import QT_TRANSLATE_NOOP, UserError, text


def _missing(pairs: Iterable[tuple[str, str]]) -> str:
    """Field names (as 1C and the printed form call them) whose values are blank."""
    return ", ".join(label for label, value in pairs if not value.strip())


def check_company(party: Party, *, need_bank: bool) -> None:
    """Our company needs a name and ИНН on every document, and a full bank account on invoices."""
    missing = _missing((("наименование", party.name), ("ИНН", party.inn)))
    if missing:
        raise UserError(
            text(
                "Documents",
                QT_TRANSLATE_NOOP(
                    "Documents",
                    "Our company «{name}» has no {fields}. Fill them in 1C (Организации) "
                    "or in Settings → Company, then print again.",
                ),
                name=party.name,
                fields=missing,
            )
        )
    if not need_bank:
        return
    bank = party.bank
    missing = (
        "банковский счет"
        if bank is None
        else _missing(
            (
                ("банк получателя", bank.bank_name),
                ("БИК", bank.bik),
                ("корр. счет", bank.correspondent_account),
                ("расчетный счет", bank.account),
            )
        )
    )
    if missing:
        raise UserError(
            text(
                "Documents",
                QT_TRANSLATE_NOOP(
                    "Documents",
                    "The bank details of our company «{name}» are incomplete: {fields} not "
                    "filled in. Fill them in 1C (Организации → Банковские счета) or in "
                    "Settings → Company, then print again.",
                ),
                name=party.name,
                fields=missing,
            )
        )


def check_client(party: Party) -> None:
    """A client's legal entity must carry at least its name and ИНН to appear on a document."""
    missing = _missing((("наименование", party.name), ("ИНН", party.inn)))
    if missing:
        raise UserError(
            text(
                "Documents",
                QT_TRANSLATE_NOOP(
                    "Documents",
                    "The client «{name}» has no {fields} on its legal entity. Fill in the "
                    "requisites in 1C (Контрагенты) or on the client card, sync, then print "
                    "again.",
                ),
                name=party.name or "?",
                fields=missing,
            )
        )


def _consistent(what: str, expected: Decimal, given: Decimal) -> None:
    if expected != given:
        raise ValueError(f"{what}: the figures disagree ({given} given, {expected} from the parts)")


def _check_goods(data: InvoiceData | OfferData) -> None:
    _consistent("total", sum((line.amount for line in data.lines), Decimal(0)), data.total)
    vat = sum((v.amount for v in data.vat), Decimal(0))
    due = data.total + vat if data.vat_mode is VatMode.ON_TOP else data.total
    if isinstance(data, InvoiceData):
        due -= data.bonus_redeemed
    _consistent("total due", due, data.total_due)


def check_invoice(data: InvoiceData) -> None:
    if not data.lines:
        raise UserError(
            text(
                "Documents",
                QT_TRANSLATE_NOOP(
                    "Documents",
                    "Invoice {number} has no lines. Add goods to the order, then print the "
                    "invoice.",
                ),
                number=data.number,
            )
        )
    check_company(data.supplier, need_bank=True)
    check_client(data.buyer)
    _check_goods(data)


def check_offer(data: OfferData) -> None:
    if not data.lines:
        raise UserError(
            text(
                "Documents",
                QT_TRANSLATE_NOOP(
                    "Documents",
                    "The commercial offer has no products. Choose at least one product.",
                ),
            )
        )
    check_company(data.supplier, need_bank=False)
    if not data.addressee.name.strip():
        raise UserError(
            text(
                "Documents",
                QT_TRANSLATE_NOOP(
                    "Documents", "The commercial offer has no addressee. Choose a client."
                ),
            )
        )
    _check_goods(data)


def check_reconciliation(data: ReconciliationData) -> None:
    if data.period_start > data.period_end:
        raise UserError(
            text(
                "Documents",
                QT_TRANSLATE_NOOP(
                    "Documents",
                    "The period starts after it ends ({start} – {end}). Correct the dates.",
                ),
                start=data.period_start.isoformat(),
                end=data.period_end.isoformat(),
            )
        )
    check_company(data.company, need_bank=False)
    check_client(data.counterparty)
    _consistent(
        "debit turnover", sum((r.debit for r in data.rows), Decimal(0)), data.turnover_debit
    )
    _consistent(
        "credit turnover", sum((r.credit for r in data.rows), Decimal(0)), data.turnover_credit
    )
    _consistent(
        "closing balance",
        data.opening_balance + data.turnover_debit - data.turnover_credit,
        data.closing_balance,
    )


def check_reminder(data: ReminderData) -> None:
    if not data.items:
        raise UserError(
            text(
                "Documents",
                QT_TRANSLATE_NOOP(
                    "Documents",
                    "The client «{name}» has no overdue documents: there is nothing to remind about.",
                ),
                name=data.debtor.name,
            )
        )
    check_company(data.company, need_bank=False)
    check_client(data.debtor)
    _consistent(
        "total overdue", sum((i.amount for i in data.items), Decimal(0)), data.total_overdue
    )
