"""Акт сверки взаимных расчётов as 1C prints it: our columns filled in, the counterparty's left
empty for them to fill, balances and turnovers, the conclusion in words, both signature blocks.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table

from wholesale_desk.documents import fonts
from wholesale_desk.documents.layout import (
    BODY_WIDTH,
    GRID,
    HEADER_FILL,
    THICK,
    THIN,
    build_pdf,
    cell_text,
    esc,
    in_words,
    money,
    render_to,
    short_date,
    styles,
    table_style,
)
from wholesale_desk.documents.model import Party, ReconciliationData, Signatory
from wholesale_desk.documents.validation import check_reconciliation

# Our side: date, document, debit, credit; theirs the same, narrower.
WIDTHS = [19 * mm, 44 * mm, 22 * mm, 22 * mm, 19 * mm, 24 * mm, 18 * mm, 18 * mm]
WIDTHS[5] += BODY_WIDTH - sum(WIDTHS)


LEGAL_FORMS = (
    ("Публичное акционерное общество", "ПАО"),
    ("Непубличное акционерное общество", "НАО"),
    ("Закрытое акционерное общество", "ЗАО"),
    ("Открытое акционерное общество", "ОАО"),
    ("Общество с ограниченной ответственностью", "ООО"),
    ("Акционерное общество", "АО"),
    ("Индивидуальный предприниматель", "ИП"),
)


def legal_form_short(name: str) -> str:
    """ "ООО «Флагман»" for "Общество с ограниченной ответственностью «Флагман»".

    The statement names the parties after "между", "по данным", "в пользу", "от": the short
    form reads right there (as 1C prints it), the full one would need declining.
    """
    for full, short in LEGAL_FORMS:
        if name.startswith(full):
            return short + name[len(full) :]
    return name


def _short(party: Party) -> str:
    return legal_form_short(party.name)


def period_text(data: ReconciliationData) -> str:
    return f"{short_date(data.period_start)} - {short_date(data.period_end)}"


def contract_text(contract: str) -> str:
    """ "по договору поставки № 15/26 …" from 1C's contract name "Договор поставки № 15/26 …"."""
    if contract.lower().startswith("договор "):
        return "по договору " + contract[len("договор ") :]
    return f"по договору {contract}"


def conclusion(data: ReconciliationData) -> str:
    """ "на 31.03.2026 задолженность в пользу … составляет X руб. (words)", or "отсутствует"."""
    closing = data.closing_balance
    on = f"на {short_date(data.period_end)}"
    if closing == 0:
        return f"{on} задолженность отсутствует."
    creditor = data.company if closing > 0 else data.counterparty
    amount = abs(closing)
    return (
        f"{on} задолженность в пользу {legal_form_short(creditor.name)} составляет {money(amount)} руб. "
        f"({in_words(amount)})."
    )


def render_reconciliation(data: ReconciliationData, path: Path | str | None = None) -> bytes:
    """Validate, lay out and return the statement PDF; with `path`, also write it atomically."""
    check_reconciliation(data)
    return render_to(
        lambda: build_pdf(
            reconciliation_story(data),
            title=f"Акт сверки взаимных расчетов за период {period_text(data)}",
            author=data.company.name,
            # the period first: what the footer cuts, when it must, is the end of a long name
            footer=f"Акт сверки за {period_text(data)}: {_short(data.company)} и "
            f"{_short(data.counterparty)}",
        ),
        path,
    )


def _split(balance: Decimal) -> tuple[str, str]:
    """A signed balance as (debit, credit) cells: ours owed to us is debit."""
    if balance > 0:
        return money(balance), ""
    if balance < 0:
        return "", money(-balance)
    return "", ""


def reconciliation_story(data: ReconciliationData) -> list[Flowable]:
    s = styles()
    heading = "Акт сверки" + (f" № {data.number}" if data.number else "")
    story: list[Flowable] = [
        Paragraph(esc(heading), s.title_center),
        Spacer(1, 1 * mm),
        Paragraph(esc(f"взаимных расчетов за период: {period_text(data)}"), s.subtitle),
        Paragraph(esc(f"между {_short(data.company)} и {_short(data.counterparty)}"), s.subtitle),
    ]
    if data.contract:
        story.append(Paragraph(esc(contract_text(data.contract)), s.subtitle))
    ours = _signer_text(data.company, data.company_signatory)
    theirs = _signer_text(data.counterparty, data.counterparty_signatory)
    story += [
        Spacer(1, 5 * mm),
        Paragraph(
            esc(
                f"Мы, нижеподписавшиеся, {ours}, с одной стороны, и {theirs}, с другой "
                "стороны, составили настоящий акт сверки в том, что состояние взаимных расчетов "
                "по данным учета следующее:"
            ),
            s.body,
        ),
        Spacer(1, 3 * mm),
        settlements_table(data),
        Spacer(1, 4 * mm),
    ]
    left = [
        Paragraph(esc(f"По данным {_short(data.company)}"), s.body),
        Paragraph(f"<b>{esc(conclusion(data))}</b>", s.body),
    ]
    right = [
        Paragraph(esc(f"По данным {_short(data.counterparty)}"), s.body),
        Paragraph(f"на {short_date(data.period_end)} задолженность " + "_" * 40, s.body),
    ]
    tail: list[Flowable] = [
        _two_columns(left, right),
        Spacer(1, 6 * mm),
        _two_columns(
            _signature_block(data.company, data.company_signatory, data.company_accountant),
            _signature_block(data.counterparty, data.counterparty_signatory, None),
        ),
    ]
    story.append(KeepTogether(tail))
    return story


def _signer_text(party: Party, person: Signatory | None) -> str:
    if person is None:
        return f"{'_' * 16} {_short(party)} {'_' * 16}"
    return f"{person.position or 'представитель'} {_short(party)} {person.name}"


def settlements_table(data: ReconciliationData) -> Table:
    s = styles()
    c = _short(data.company)
    k = _short(data.counterparty)
    rows: list[list[Any]] = [
        [
            Paragraph(esc(f"По данным {c}, руб."), s.head),
            "",
            "",
            "",
            Paragraph(esc(f"По данным {k}, руб."), s.head),
            "",
            "",
            "",
        ],
        ["Дата", "Документ", "Дебет", "Кредит"] * 2,
        ["Сальдо начальное", "", *_split(data.opening_balance), "Сальдо начальное", "", "", ""],
    ]
    for row in data.rows:
        rows.append(
            [
                short_date(row.date),
                cell_text(row.document, WIDTHS[1]),
                money(row.debit) if row.debit else "",
                money(row.credit) if row.credit else "",
                "",
                "",
                "",
                "",
            ]
        )
    first_row, last_row = 3, 2 + len(data.rows)
    rows.append(
        [
            "Обороты за период",
            "",
            money(data.turnover_debit),
            money(data.turnover_credit),
            "Обороты за период",
            "",
            "",
            "",
        ]
    )
    rows.append(
        ["Сальдо конечное", "", *_split(data.closing_balance), "Сальдо конечное", "", "", ""]
    )
    n = len(rows)
    table = Table(rows, colWidths=WIDTHS, repeatRows=2)
    commands: list[Any] = [
        ("FONT", (0, 0), (-1, -1), fonts.SANS, 8),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 1.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
        ("LEFTPADDING", (0, 0), (-1, -1), 2),
        ("RIGHTPADDING", (0, 0), (-1, -1), 2),
        ("SPAN", (0, 0), (3, 0)),
        ("SPAN", (4, 0), (7, 0)),
        ("BACKGROUND", (0, 0), (-1, 1), HEADER_FILL),
        ("FONT", (0, 1), (-1, 1), fonts.SANS_BOLD, 8),
        ("ALIGN", (0, 1), (-1, 1), "CENTER"),
        ("INNERGRID", (0, 0), (-1, -1), THIN, GRID),
        ("BOX", (0, 0), (3, -1), THICK, GRID),
        ("BOX", (4, 0), (7, -1), THICK, GRID),
        ("ALIGN", (2, 2), (3, -1), "RIGHT"),
        ("ALIGN", (6, 2), (7, -1), "RIGHT"),
        ("ALIGN", (0, first_row), (0, max(first_row, last_row)), "CENTER"),
        ("NOSPLIT", (0, max(first_row, last_row - 1)), (-1, n - 1)),
    ]
    for r in (2, n - 2, n - 1):
        commands += [
            ("SPAN", (0, r), (1, r)),
            ("SPAN", (4, r), (5, r)),
            ("FONT", (0, r), (-1, r), fonts.SANS_BOLD, 8),
        ]
    table.setStyle(table_style(commands))
    return table


def _two_columns(left: list[Flowable], right: list[Flowable]) -> Table:
    t = Table([[left, right]], colWidths=[BODY_WIDTH / 2, BODY_WIDTH / 2])
    t.setStyle(
        table_style(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 8),
            ]
        )
    )
    return t


def _signature_block(
    party: Party, head: Signatory | None, accountant: Signatory | None
) -> list[Flowable]:
    """ "От …" / position / "________ (name)" / "М.П.", for one side."""
    s = styles()
    block: list[Flowable] = [
        Paragraph(f"<b>От {esc(_short(party))}</b>", s.body),
        Spacer(1, 3 * mm),
    ]
    for person, default in ((head, "Руководитель"), (accountant, None)):
        if person is None and default is None:
            continue
        position = person.position if person and person.position else (default or "")
        name = person.name if person else "_" * 18
        block += [
            Paragraph(esc(position) if position else "_" * 30, s.body),
            Spacer(1, 5 * mm),
            Paragraph(esc(f"{'_' * 22} ({name})"), s.body),
            Spacer(1, 3 * mm),
        ]
    block.append(Paragraph("М.П.", s.body))
    return block
