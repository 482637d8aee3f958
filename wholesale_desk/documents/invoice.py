"""Счёт на оплату in the layout buyers' accountants know from 1C.

Bank grid → title with a thick rule → supplier / buyer / basis → goods table (header repeated on
every page) → totals → count and amount in words → pay-by date → signatures.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table

from wholesale_desk.documents import fonts, payment_qr
from wholesale_desk.documents.layout import (
    BODY_WIDTH,
    GRID,
    THIN,
    bordered_table,
    build_pdf,
    cell_text,
    esc,
    in_words,
    logo,
    long_date,
    money,
    qty,
    render_to,
    requisites,
    rule,
    short_date,
    signature_row,
    styles,
    table_style,
    vat_rows,
)
from wholesale_desk.documents.model import InvoiceData, InvoiceLine, Party
from wholesale_desk.documents.validation import check_invoice

# Goods table: №, name, quantity, unit, price, amount.
GOODS_WIDTHS = [9 * mm, 0.0, 19 * mm, 12 * mm, 24 * mm, 27 * mm]
GOODS_WIDTHS[1] = BODY_WIDTH - sum(GOODS_WIDTHS)
GOODS_WIDTHS_DISCOUNT = [9 * mm, 0.0, 17 * mm, 11 * mm, 22 * mm, 21 * mm, 25 * mm]
GOODS_WIDTHS_DISCOUNT[1] = BODY_WIDTH - sum(GOODS_WIDTHS_DISCOUNT)


def title(data: InvoiceData) -> str:
    return f"Счет на оплату № {data.number} от {long_date(data.date)}"


def render_invoice(data: InvoiceData, path: Path | str | None = None) -> bytes:
    """Validate, lay out and return the invoice PDF; with `path`, also write it atomically."""
    check_invoice(data)
    return render_to(
        lambda: build_pdf(
            invoice_story(data),
            title=title(data),
            author=data.supplier.name,
            footer=f"Счет на оплату № {data.number} от {short_date(data.date)}",
        ),
        path,
    )


def invoice_story(data: InvoiceData) -> list[Flowable]:
    s = styles()
    story: list[Flowable] = []
    image = logo(data.logo)
    if image is not None:
        story += [image, Spacer(1, 3 * mm)]
    if data.notice:
        story += [Paragraph(esc(data.notice), s.small), Spacer(1, 3 * mm)]
    story += [bank_block(data), Spacer(1, 6 * mm)]
    story += [Paragraph(esc(title(data)), s.title), Spacer(1, 1 * mm), rule(), Spacer(1, 3 * mm)]
    story += [parties_table(data), Spacer(1, 3 * mm)]
    story.append(goods_table(data.lines, totals_rows(data)))
    tail: list[Flowable] = [
        Spacer(1, 2 * mm),
        Paragraph(
            esc(f"Всего наименований {len(data.lines)}, на сумму {money(data.total_due)} руб."),
            s.body,
        ),
        Paragraph(f"<b>{esc(in_words(data.total_due))}</b>", s.body),
    ]
    if data.pay_by is not None:
        tail += [
            Spacer(1, 2 * mm),
            Paragraph(esc(f"Оплатить не позднее {short_date(data.pay_by)}"), s.body),
        ]
    tail += [
        Spacer(1, 2 * mm),
        rule(thickness=2.0),
        signature_row((("Руководитель", data.head), ("Бухгалтер", data.accountant))),
    ]
    story.append(KeepTogether(tail))
    return story


QR_GAP = 4 * mm
GRID_WITH_QR = BODY_WIDTH - payment_qr.SIZE - QR_GAP


def payment_request(data: InvoiceData) -> payment_qr.PaymentRequest:
    """What the invoice's QR code asks the client's bank to pay: its total, to our account."""
    purpose = payment_qr.invoice_purpose(
        data.number, data.date, data.vat_mode, data.vat, data.total_due
    )
    return payment_qr.PaymentRequest(data.supplier, data.total_due, purpose)


def prints_qr(data: InvoiceData) -> bool:
    """The code is printed when the setting is on and our requisites make a valid payload."""
    return data.payment_qr and not payment_qr.missing_requisites(data.supplier)


def bank_block(data: InvoiceData) -> Flowable:
    """The bank grid, with the payment QR code top right beside it as on 1C:УТ 11's form."""
    if not prints_qr(data):
        return bank_grid(data.supplier)
    code = payment_qr.qr_flowable(payment_qr.payload(payment_request(data)))
    block = Table(
        [[bank_grid(data.supplier, GRID_WITH_QR), code]],
        colWidths=[GRID_WITH_QR + QR_GAP, payment_qr.SIZE],
    )
    block.setStyle(
        table_style(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    return block


def bank_grid(company: Party, width: float = BODY_WIDTH) -> Table:
    """The bordered block 1C prints first: bank, БИК, корр. счёт; ИНН, КПП, счёт; получатель.

    `width` narrower than the body leaves room for the QR code: the name columns give way,
    the number columns (БИК, a 20-digit account) keep what they need.
    """
    s = styles()
    bank = company.bank
    assert bank is not None  # validated
    rows: list[list[Any]] = [
        [Paragraph(esc(bank.bank_name), s.cell), "", "БИК", bank.bik],
        [Paragraph("Банк получателя", s.small), "", "Сч. №", bank.correspondent_account],
        [
            f"ИНН {company.inn}",
            f"КПП {company.kpp}" if company.kpp else "КПП",
            "Сч. №",
            bank.account,
        ],
        [Paragraph(esc(company.name), s.cell), "", "", ""],
        [Paragraph("Получатель", s.small), "", "", ""],
    ]
    label, number = (17 * mm, BODY_WIDTH - 122 * mm) if width >= BODY_WIDTH else (12 * mm, 40 * mm)
    name = (width - label - number) / 2
    table = Table(rows, colWidths=[name, name, label, number])
    table.setStyle(
        table_style(
            [
                ("FONT", (0, 0), (-1, -1), fonts.SANS, 8),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("TOPPADDING", (0, 0), (-1, -1), 1.5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
                ("LEFTPADDING", (0, 0), (-1, -1), 3),
                ("SPAN", (0, 0), (1, 0)),
                ("SPAN", (0, 1), (1, 1)),
                ("SPAN", (0, 3), (1, 3)),
                ("SPAN", (0, 4), (1, 4)),
                ("SPAN", (2, 2), (2, 4)),
                ("SPAN", (3, 2), (3, 4)),
                ("BOX", (0, 0), (-1, -1), THIN, GRID),
                ("LINEBEFORE", (2, 0), (3, -1), THIN, GRID),
                ("LINEBELOW", (2, 0), (3, 0), THIN, GRID),
                ("LINEBELOW", (0, 1), (-1, 1), THIN, GRID),
                ("LINEBELOW", (0, 2), (1, 2), THIN, GRID),
                ("LINEAFTER", (0, 2), (0, 2), THIN, GRID),
                ("TOPPADDING", (0, 1), (1, 1), 4),
                ("TOPPADDING", (0, 4), (1, 4), 4),
            ]
        )
    )
    return table


def parties_table(data: InvoiceData) -> Table:
    s = styles()
    rows = [
        [
            Paragraph("Поставщик<br/>(Исполнитель):", s.body),
            Paragraph(f"<b>{esc(requisites(data.supplier))}</b>", s.body),
        ],
        [
            Paragraph("Покупатель<br/>(Заказчик):", s.body),
            Paragraph(f"<b>{esc(requisites(data.buyer))}</b>", s.body),
        ],
    ]
    if data.basis:
        rows.append(
            [Paragraph("Основание:", s.body), Paragraph(f"<b>{esc(data.basis)}</b>", s.body)]
        )
    table = Table(rows, colWidths=[28 * mm, BODY_WIDTH - 28 * mm])
    table.setStyle(
        table_style(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
            ]
        )
    )
    return table


def totals_rows(data: InvoiceData) -> list[tuple[str, str]]:
    """Итого / VAT line(s) / bonuses / Всего к оплате, exactly from the figures given."""
    rows = [("Итого:", money(data.total)), *vat_rows(data.vat_mode, data.vat)]
    if data.bonus_redeemed:
        rows.append(("Оплачено бонусами:", f"-{money(data.bonus_redeemed)}"))
    rows.append(("Всего к оплате:", money(data.total_due)))
    return rows


def goods_table(lines: tuple[InvoiceLine, ...], totals: list[tuple[str, str]]) -> Table:
    """№ | Товары (работы, услуги) | Кол-во | Ед. | Цена | [Скидка] | Сумма, then the totals.

    The discount column appears only when a line has a discount, as on 1C's form.
    """
    with_discount = any(line.discount for line in lines)
    widths = GOODS_WIDTHS_DISCOUNT if with_discount else GOODS_WIDTHS
    rows = []
    for number, line in enumerate(lines, start=1):
        row: list[Any] = [
            str(number),
            cell_text(line.name, widths[1]),
            qty(line.quantity),
            line.unit,
            money(line.price),
        ]
        if with_discount:
            row.append(money(line.discount) if line.discount else "")
        row.append(money(line.amount))
        rows.append(row)
    header = ["№", "Товары (работы, услуги)", "Кол-во", "Ед.", "Цена"]
    if with_discount:
        header.append("Скидка")
    header.append("Сумма")
    return bordered_table(
        header,
        widths,
        rows,
        right=(2, 4, 5, 6) if with_discount else (2, 4, 5),
        center=(0,),
        totals=totals,
    )
