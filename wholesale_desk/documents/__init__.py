"""Printed documents: счёт на оплату, коммерческое предложение, акт сверки, payment reminder.

Each renderer takes a frozen dataclass from `model`, checks it (a `UserError` says what to fill in
where; inconsistent figures raise `ValueError`), lays it out on A4 with embedded Cyrillic fonts and
returns the PDF bytes; given a path, it also writes the file atomically. No Qt here: the GUI
previews the bytes with QtPdf.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
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
    PriceListData,
    PriceListGroup,
    PriceListLine,
    ReconciliationData,
    ReconciliationRow,
    ReminderData,
    Signatory,
    StockShown,
    VatAmount,
    VatMode,
)
from wholesale_desk.documents.offer import render_offer
from wholesale_desk.documents.pricelist import render_pricelist_pdf
from wholesale_desk.documents.pricelist_xlsx import render_pricelist_xlsx
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
    "PriceListData",
    "PriceListGroup",
    "PriceListLine",
    "ReconciliationData",
    "ReconciliationRow",
    "ReminderData",
    "Signatory",
    "StockShown",
    "VatAmount",
    "VatMode",
    "pricelist_filename",
    "render",
    "render_invoice",
    "render_offer",
    "render_pricelist",
    "render_pricelist_pdf",
    "render_pricelist_xlsx",
    "render_reconciliation",
    "render_reminder",
    "suggested_filename",
    "write_batch",
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


PRICELIST_FORMATS = ("xlsx", "pdf")


def render_pricelist(data: PriceListData, fmt: str, path: Path | str | None = None) -> bytes:
    """A price list as `fmt` ("xlsx" or "pdf")."""
    if fmt == "xlsx":
        return render_pricelist_xlsx(data, path)
    if fmt == "pdf":
        return render_pricelist_pdf(data, path)
    raise ValueError(f"unknown price list format {fmt!r}")


def pricelist_filename(data: PriceListData, fmt: str) -> str:
    """ "Прайс-лист Ромашка на 05.03.2026.xlsx", safe on every OS and as an attachment name."""
    from wholesale_desk.documents.pricelist import file_stem

    return f"{_UNSAFE.sub('_', file_stem(data)).strip(' .')}.{fmt}"


def write_batch(
    items: Iterable[DocumentData],
    folder: Path | str,
    *,
    total: int | None = None,
    progress: Callable[[int, int | None], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> list[Path]:
    """Render documents one by one into `folder` under their suggested names (made unique),
    reporting `progress(done, total)` and stopping between documents when `cancelled()`.

    Items are consumed lazily and nothing is kept per document, so memory stays flat however
    long the batch. A document that fails validation stops the batch with its `UserError`;
    the files already written stay.
    """
    target = Path(folder)
    target.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    taken: set[str] = set()
    for data in items:
        if cancelled is not None and cancelled():
            break
        name = suggested_filename(data)
        stem, n = name[: -len(".pdf")], 2
        while name in taken:
            name, n = f"{stem} ({n}).pdf", n + 1
        taken.add(name)
        path = target / name
        render(data, path)
        written.append(path)
        if progress is not None:
            progress(len(written), total)
    return written
