"""The payment QR code of ГОСТ Р 56042-2014, as 1C:УТ prints it on a счёт на оплату.

A client's bank app scans it and fills in the payment order: `ST00012|Name=…|PersonalAcc=…|
BankName=…|BIC=…|CorrespAcc=…|PayeeINN=…|KPP=…|Sum=<kopecks>|Purpose=…`.

The header's last digit names the character set of the bytes that follow (1 windows-1251,
2 UTF-8, 3 KOI8-R). We write **2, UTF-8**: it is what 1C's own print forms emit, every Russian
bank app reads it, and a QR byte segment then needs no code page guess from a reader (cp1251
would make the code a version smaller, but readers that assume UTF-8 would show mojibake).
The bytes are encoded here and handed to the QR encoder as one byte-mode segment, without an
ECI header (bank apps do not expect one), so no encoder guesswork applies.

Encoder: `segno` rather than ReportLab's `graphics.barcode.qr`. Both choose the mask pattern
the standard's penalty rules prefer; ReportLab's pure-Python evaluation took ~145 ms per code
here against segno's ~60 ms, and that alone pushed a 200-line invoice past its 150 ms budget and
a batch of 100 invoices from 6 s to 25 s. segno is pure Python with no dependencies, maintained,
and takes the exact bytes and error level we give it. We only draw its module matrix.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from functools import lru_cache

import segno
from reportlab.lib.units import mm
from reportlab.platypus import Flowable

from wholesale_desk.documents.model import Party, VatAmount, VatMode

CHARSET_DIGIT = "2"
ENCODING = "utf-8"
HEADER = "ST0001" + CHARSET_DIGIT
SIZE = 35 * mm
"""Printed side of the code, beside the bank grid. A long company name, a bank with a long name
and two VAT rates make a ~500-byte payload (QR version 17 at level M); at 35 mm its modules are
0.4 mm, which a phone reads and our test decodes from a 200 dpi scan (at 30 mm it took 600)."""

# ГОСТ Р 56042-2014, table 1: the longest value of each field.
MAX_LENGTH = {
    "Name": 160,
    "PersonalAcc": 20,
    "BankName": 45,
    "BIC": 9,
    "CorrespAcc": 20,
    "PayeeINN": 12,
    "KPP": 9,
    "Sum": 18,
    "Purpose": 210,
}


@dataclass(frozen=True)
class PaymentRequest:
    """What the client is asked to pay, to whom and why."""

    payee: Party
    amount: Decimal
    purpose: str


def missing_requisites(payee: Party) -> tuple[str, ...]:
    """The requisites absent or malformed for a payload (empty: the code can be printed).

    A bank app refuses a БИК that is not 9 digits or an account that is not 20, so a code
    carrying one would only mislead the client; the document prints without it.
    """
    bank = payee.bank
    if bank is None:
        return ("банковский счет",)
    checks = (
        ("БИК", bank.bik, 9),
        ("расчетный счет", bank.account, 20),
        ("корр. счет", bank.correspondent_account, 20),
    )
    out = [label for label, value, digits in checks if not re.fullmatch(rf"\d{{{digits}}}", value)]
    if not bank.bank_name.strip():
        out.append("банк получателя")
    if not payee.name.strip():
        out.append("наименование")
    return tuple(out)


def _clean(value: str, field: str) -> str:
    """One line, no field separator, within the standard's length."""
    value = " ".join(value.replace("|", "/").split())
    return value[: MAX_LENGTH[field]]


def kopecks(amount: Decimal) -> str:
    return str(int((amount * 100).to_integral_value()))


def payload(request: PaymentRequest) -> str:
    """The ГОСТ string, fields in 1C's order; ИНН and КПП only when the payee has them."""
    payee, bank = request.payee, request.payee.bank
    if bank is None or missing_requisites(payee):
        raise ValueError("payee requisites are incomplete: " + ", ".join(missing_requisites(payee)))
    fields: list[tuple[str, str]] = [
        ("Name", payee.name),
        ("PersonalAcc", bank.account),
        ("BankName", bank.bank_name),
        ("BIC", bank.bik),
        ("CorrespAcc", bank.correspondent_account),
    ]
    if payee.inn:
        fields.append(("PayeeINN", payee.inn))
    if payee.kpp:
        fields.append(("KPP", payee.kpp))
    fields += [("Sum", kopecks(request.amount)), ("Purpose", request.purpose)]
    return "|".join([HEADER, *(f"{k}={_clean(v, k)}" for k, v in fields)])


def parse(text: str) -> dict[str, str]:
    """The fields of a payload (the header under "header"): for tests and diagnostics."""
    head, *rest = text.split("|")
    out = {"header": head}
    for part in rest:
        key, _, value = part.partition("=")
        out[key] = value
    return out


def _rub(value: Decimal) -> str:
    """Sums in a purpose as bank clients write them: "1234-56"."""
    rub, kop = divmod(int((value * 100).to_integral_value()), 100)
    return f"{rub}-{kop:02d}"


def vat_sentence(mode: VatMode, vat: tuple[VatAmount, ...]) -> str:
    """ "В т.ч. НДС (22%) 1834-43" per rate, or "НДС не облагается", as payment orders say."""
    rated = [v for v in vat if v.rate is not None]
    if mode is VatMode.NONE or not rated:
        return "НДС не облагается"
    parts = [f"НДС ({v.rate.normalize():f}%) {_rub(v.amount)}" for v in rated if v.rate]
    return "В т.ч. " + ", ".join(parts)


def invoice_purpose(
    number: str, on: date, mode: VatMode, vat: tuple[VatAmount, ...], total: Decimal
) -> str:
    """ "Оплата по счету № ТД00-000123 от 05.03.2026. Сумма 12345-67. В т.ч. НДС (22%) …"."""
    return (
        f"Оплата по счету № {number} от {on:%d.%m.%Y}. Сумма {_rub(total)}. "
        f"{vat_sentence(mode, vat)}"
    )


@lru_cache(maxsize=64)
def matrix(text: str) -> tuple[bytes, ...]:
    """The code's modules row by row (1 = dark), without the quiet zone. Cached (a few KB each):
    a previewed invoice is rendered again to print or e-mail it."""
    code = segno.make_qr(text.encode(ENCODING), error="m", boost_error=False, mode="byte")
    return tuple(bytes(1 if m else 0 for m in row) for row in code.matrix)


class QrFlowable(Flowable):
    """The module matrix drawn as one filled path, `size` square with a 2-module quiet zone."""

    QUIET = 2

    def __init__(self, text: str, size: float) -> None:
        super().__init__()
        self.modules = matrix(text)
        self.width = self.height = size

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        count = len(self.modules) + 2 * self.QUIET
        step = self.width / count
        path = self.canv.beginPath()
        for r, row in enumerate(self.modules):
            y = self.height - (r + self.QUIET + 1) * step
            c = 0
            while c < len(row):
                if not row[c]:
                    c += 1
                    continue
                start = c
                while c < len(row) and row[c]:
                    c += 1
                # a hair taller than a module so rows meet without a white seam
                path.rect((start + self.QUIET) * step, y, (c - start) * step, step * 1.02)
        self.canv.setFillColorRGB(0, 0, 0)
        self.canv.drawPath(path, stroke=0, fill=1)


def qr_flowable(text: str, size: float = SIZE) -> Flowable:
    """The code as a ReportLab flowable, `size` square, medium error correction (a creased or
    toner-starved print still scans), the payload as one byte segment in UTF-8."""
    return QrFlowable(text, size)
