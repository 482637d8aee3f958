"""A payment reminder letter: the overdue documents with due dates and days overdue, the total in
figures and words, a request to pay by a date, and the manager to call.
"""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table

from wholesale_desk.documents import payment_qr
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
    reference_and_addressee,
    render_to,
    short_date,
    signature_row,
    styles,
    table_style,
)
from wholesale_desk.documents.model import ReminderData
from wholesale_desk.documents.validation import check_reminder

# №, document, date, due date, days overdue, amount.
WIDTHS = [8 * mm, 0.0, 22 * mm, 24 * mm, 24 * mm, 28 * mm]
WIDTHS[1] = BODY_WIDTH - sum(WIDTHS)

TITLE = "Напоминание об оплате"


def render_reminder(data: ReminderData, path: Path | str | None = None) -> bytes:
    """Validate, lay out and return the letter PDF; with `path`, also write it atomically."""
    check_reminder(data)
    return render_to(
        lambda: build_pdf(
            reminder_story(data),
            title=f"{TITLE} № {data.number} от {long_date(data.date)}",
            author=data.company.name,
            footer=f"{TITLE} № {data.number} от {short_date(data.date)}",
        ),
        path,
    )


def reminder_story(data: ReminderData) -> list[Flowable]:
    """The letter: the opening, the table of debts, then the request, kept with the signature."""
    return [*_opening(data), _debts_table(data), KeepTogether(_request_and_signature(data))]


def _opening(data: ReminderData) -> list[Flowable]:
    s = styles()
    story: list[Flowable] = letterhead(data.company, data.logo)
    story += [
        reference_and_addressee(
            f"Исх. № {data.number} от {long_date(data.date)}", data.attention, data.debtor
        ),
        Spacer(1, 8 * mm),
        Paragraph(TITLE, s.letter_center),
        Spacer(1, 4 * mm),
    ]
    if data.salutation:
        story += [Paragraph(esc(data.salutation), s.letter_center), Spacer(1, 3 * mm)]
    contract = f" по договору {data.contract}" if data.contract else ""
    contract = contract.replace("по договору Договор ", "по договору ")
    story += [
        Paragraph(
            esc(
                # "у вашей организации" spares declining the parties' names.
                f"Сообщаем, что по состоянию на {long_date(data.date)} у вашей организации "
                f"имеется {debt_word(data)} задолженность перед нашей компанией{contract} "
                "по следующим документам:"
            ),
            s.letter,
        ),
        Spacer(1, 3 * mm),
    ]
    return story


def _debts_table(data: ReminderData) -> Flowable:
    rows = [
        [
            str(number),
            cell_text(item.document, WIDTHS[1]),
            short_date(item.document_date),
            short_date(item.due_date),
            str(item.days_overdue),
            money(item.amount),
        ]
        for number, item in enumerate(data.items, start=1)
    ]
    return bordered_table(
        ("№", "Документ", "Дата", "Срок оплаты", "Дней просрочки", "Сумма, руб."),
        WIDTHS,
        rows,
        right=(4, 5),
        center=(0, 2, 3),
        totals=(
            (
                "Итого просрочено:" if overdue(data) else "Итого к оплате:",
                money(data.total_overdue),
            ),
        ),
    )


def _request_and_signature(data: ReminderData) -> list[Flowable]:
    s = styles()
    deadline = f"в срок до {long_date(data.pay_by)}" if data.pay_by else "в ближайшее время"
    manager = data.manager
    contacts = ", ".join(
        x
        for x in (
            f"тел.: {manager.phone}" if manager.phone else "",
            f"e-mail: {manager.email}" if manager.email else "",
        )
        if x
    )
    request: list[Flowable] = [
        Paragraph(
            esc(
                f"Общая сумма {'просроченной ' if overdue(data) else ''}задолженности "
                f"составляет {money(data.total_overdue)} "
                f"руб. ({in_words(data.total_overdue)})."
            ),
            s.letter,
        ),
        Paragraph(
            esc(
                f"Просим погасить задолженность {deadline}".rstrip(".")
                + ". Если оплата уже произведена, "
                "просим направить нам копию платежного поручения и не принимать это письмо "
                "во внимание."
            ),
            s.letter,
        ),
    ]
    tail: list[Flowable] = [Spacer(1, 4 * mm), *with_qr(data, request)]
    tail += [Paragraph(esc(extra), s.letter) for extra in data.extra]
    tail.append(
        Paragraph(
            esc(
                f"По всем вопросам обращайтесь к вашему менеджеру: {manager.name}"
                + (f", {contacts}" if contacts else "")
            ),
            s.letter,
        )
    )
    if data.signatory is not None:
        tail += [
            Spacer(1, 4 * mm),
            signature_row(
                ((data.signatory.position or "Руководитель", data.signatory),),
                width=BODY_WIDTH * 0.75,
            ),
        ]
    return tail


def overdue(data: ReminderData) -> bool:
    """Whether anything in the letter is past due: a reminder about an invoice not yet due
    must not call the debt overdue."""
    return any(item.days_overdue > 0 for item in data.items)


def debt_word(data: ReminderData) -> str:
    return "просроченная" if overdue(data) else "неоплаченная"


def payment_request(data: ReminderData) -> payment_qr.PaymentRequest:
    """The overdue total to our account, the documents named in the purpose."""
    documents = ", ".join(f"{i.document} от {i.document_date:%d.%m.%Y}" for i in data.items)
    purpose = f"Оплата задолженности по напоминанию № {data.number} от {data.date:%d.%m.%Y}"
    if documents:
        purpose += f": {documents}"
    return payment_qr.PaymentRequest(data.company, data.total_overdue, purpose)


def prints_qr(data: ReminderData) -> bool:
    """Printed when the setting is on, something is owed and our requisites make a payload."""
    return (
        data.payment_qr
        and data.total_overdue > 0
        and not payment_qr.missing_requisites(data.company)
    )


def with_qr(data: ReminderData, paragraphs: list[Flowable]) -> list[Flowable]:
    """The request to pay, with the payment QR code on its right when it can be printed."""
    if not prints_qr(data):
        return paragraphs
    gap = 4 * mm
    code = payment_qr.qr_flowable(payment_qr.payload(payment_request(data)))
    block = Table(
        [[paragraphs, code]],
        colWidths=[BODY_WIDTH - payment_qr.SIZE - gap, payment_qr.SIZE + gap],
    )
    block.setStyle(
        table_style(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (0, -1), 0),
                ("LEFTPADDING", (1, 0), (1, -1), gap),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    return [block]
