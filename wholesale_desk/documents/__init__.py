"""Printed documents: счёт на оплату, коммерческое предложение, акт сверки, payment reminder.

Each renderer takes a frozen dataclass from `model`, checks it (a `UserError` says what to fill in
where; inconsistent figures raise `ValueError`), lays it out on A4 with embedded Cyrillic fonts and
returns the PDF bytes; given a path, it also writes the file atomically. No Qt here: the GUI
previews the bytes with QtPdf.
"""

from __future__ import annotations

import re
from pathlib import Path

from wholesale_desk.documents.invoice import render_invoice
from wholesale_desk.documents.model import (
    BankDetails,
    Contact,
    DocumentData,
    InvoiceData,
    InvoiceLine,
    OfferData,
    OverdueItem,
    Party,
    ReconciliationData,
    ReconciliationRow,
    ReminderData,
    Signatory,
    VatAmount,
    VatMode,
)
from wholesale_desk.documents.offer import render_offer
from wholesale_desk.documents.reconciliation import render_reconciliation
from wholesale_desk.documents.reminder import render_reminder

__all__ = [
    "BankDetails",
    "Contact",
    "DocumentData",
    "InvoiceData",
    "InvoiceLine",
    "OfferData",
    "OverdueItem",
    "Party",
    "ReconciliationData",
    "ReconciliationRow",
    "ReminderData",
    "Signatory",
    "VatAmount",
    "VatMode",
    "render",
    "render_invoice",
    "render_offer",
    "render_reconciliation",
    "render_reminder",
    "suggested_filename",
]

_UNSAFE = re.compile(r'[\\/:*?"<>|\x00-\x1f]+')


def render(data: DocumentData, path: Path | str | None = None) -> bytes:
    """Render any document by the type of its data (for batches and the print preview)."""
    if isinstance(data, InvoiceData):
        return render_invoice(data, path)
    if isinstance(data, OfferData):
        return render_offer(data, path)
    if isinstance(data, ReconciliationData):
        return render_reconciliation(data, path)
    return render_reminder(data, path)


def suggested_filename(data: DocumentData) -> str:
    """A file name a Russian accountant recognises, safe on every OS and as an e-mail
    attachment name: "Счет на оплату № ОВ-000123 от 05.03.2026.pdf"."""
    if isinstance(data, InvoiceData):
        name = f"Счет на оплату № {data.number} от {data.date:%d.%m.%Y}"
    elif isinstance(data, OfferData):
        name = f"Коммерческое предложение № {data.number} от {data.date:%d.%m.%Y}"
    elif isinstance(data, ReconciliationData):
        name = (
            f"Акт сверки {data.counterparty.name} "
            f"{data.period_start:%d.%m.%Y}-{data.period_end:%d.%m.%Y}"
        )
    else:
        name = f"Напоминание об оплате № {data.number} от {data.date:%d.%m.%Y}"
    cleaned = _UNSAFE.sub("_", name).strip(" .")
    return f"{cleaned}.pdf"
