"""Коммерческое предложение: letterhead, reference and addressee, goods at this client's prices,
totals with VAT, validity date, the client's payment and delivery terms, the manager's contacts.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer

from wholesale_desk.documents.layout import (
    BODY_WIDTH,
    bordered_table,
    build_pdf,
    cell_text,
    esc,
    in_words,
    letterhead,
    long_date,
    money,
    qty,
    reference_and_addressee,
    render_to,
    short_date,
    signature_row,
    styles,
    vat_rows,
)
from wholesale_desk.documents.model import OfferData
from wholesale_desk.documents.validation import check_offer

# №, name, article, unit, quantity, price, amount.
OFFER_WIDTHS = [8 * mm, 0.0, 26 * mm, 11 * mm, 16 * mm, 22 * mm, 25 * mm]
OFFER_WIDTHS[1] = BODY_WIDTH - sum(OFFER_WIDTHS)
OFFER_WIDTHS_DISCOUNT = [8 * mm, 0.0, 22 * mm, 10 * mm, 15 * mm, 20 * mm, 20 * mm, 23 * mm]
OFFER_WIDTHS_DISCOUNT[1] = BODY_WIDTH - sum(OFFER_WIDTHS_DISCOUNT)

NOT_PUBLIC_OFFER = (
    "Настоящее коммерческое предложение носит информационный характер и не является публичной "
    "офертой (п. 2 ст. 437 ГК РФ)."
)


def title(data: OfferData) -> str:
    return f"Коммерческое предложение № {data.number} от {long_date(data.date)}"


def render_offer(data: OfferData, path: Path | str | None = None) -> bytes:
    """Validate, lay out and return the offer PDF; with `path`, also write it atomically."""
    check_offer(data)
    return render_to(
        lambda: build_pdf(
            offer_story(data),
            title=title(data),
            author=data.supplier.name,
            footer=f"Коммерческое предложение № {data.number} от {short_date(data.date)}",
        ),
        path,
    )


def offer_story(data: OfferData) -> list[Flowable]:
    s = styles()
    story: list[Flowable] = letterhead(data.supplier, data.logo)
    story += [
        reference_and_addressee(
            f"Исх. № {data.number} от {long_date(data.date)}", data.attention, data.addressee
        ),
        Spacer(1, 8 * mm),
        Paragraph("Коммерческое предложение", s.title_center),
        Spacer(1, 4 * mm),
    ]
    if data.intro:
        story += [Paragraph(esc(data.intro), s.body), Spacer(1, 3 * mm)]
    with_discount = any(line.discount for line in data.lines)
    widths = OFFER_WIDTHS_DISCOUNT if with_discount else OFFER_WIDTHS
    rows = []
    for number, line in enumerate(data.lines, start=1):
        row: list[Any] = [
            str(number),
            cell_text(line.name, widths[1]),
            cell_text(line.article, widths[2]),
            line.unit,
            qty(line.quantity),
            money(line.price),
        ]
        if with_discount:
            row.append(money(line.discount) if line.discount else "")
        row.append(money(line.amount))
        rows.append(row)
    totals = [
        ("Итого:", money(data.total)),
        *vat_rows(data.vat_mode, data.vat),
        ("Всего:", money(data.total_due)),
    ]
    header = ["№", "Наименование", "Артикул", "Ед.", "Кол-во", "Цена, руб."]
    if with_discount:
        header.append("Скидка, руб.")
    header.append("Сумма, руб.")
    story.append(
        bordered_table(
            header,
            widths,
            rows,
            right=(4, 5, 6, 7) if with_discount else (4, 5, 6),
            center=(0,),
            totals=totals,
        )
    )
    tail: list[Flowable] = [
        Spacer(1, 2 * mm),
        Paragraph(
            esc(f"Всего наименований {len(data.lines)}, на сумму {money(data.total_due)} руб.")
            + f" (<b>{esc(in_words(data.total_due))}</b>)",
            s.body,
        ),
        Spacer(1, 4 * mm),
        Paragraph(
            f"<b>Предложение действительно до {esc(long_date(data.valid_until))}</b>", s.body
        ),
    ]
    if data.payment_terms:
        tail.append(Paragraph(f"<b>Условия оплаты:</b> {esc(data.payment_terms)}", s.body))
    if data.delivery_terms:
        tail.append(Paragraph(f"<b>Условия поставки:</b> {esc(data.delivery_terms)}", s.body))
    manager = data.manager
    who = manager.name + (f" ({manager.position})" if manager.position else "")
    contacts = ", ".join(
        x
        for x in (
            who,
            f"тел.: {manager.phone}" if manager.phone else "",
            f"e-mail: {manager.email}" if manager.email else "",
        )
        if x
    )
    tail += [
        Spacer(1, 3 * mm),
        Paragraph(f"Ваш менеджер: {esc(contacts)}", s.body),
        Paragraph("Будем рады ответить на ваши вопросы и подготовить счет.", s.body),
    ]
    if data.signatory is not None:
        tail.append(
            signature_row(
                ((data.signatory.position or "Руководитель", data.signatory),),
                width=BODY_WIDTH * 0.75,
            )
        )
    if data.not_public_offer:
        tail += [Spacer(1, 6 * mm), Paragraph(esc(NOT_PUBLIC_OFFER), s.small)]
    story.append(KeepTogether(tail))
    return story
