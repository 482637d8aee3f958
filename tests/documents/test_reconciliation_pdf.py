"""The reconciliation statement: our side filled in, theirs left for them, balances that add up,
and the conclusion in words."""

from __future__ import annotations

import dataclasses
import io
from datetime import date
from decimal import Decimal

import pytest
from pdf_reading import pages_text, pdf_text
from pypdf import PageObject, PdfReader
from reportlab.pdfbase.pdfmetrics import stringWidth

from wholesale_desk.documents import (
    ReconciliationData,
    ReconciliationRow,
    fonts,
    render_reconciliation,
    samples,
)
from wholesale_desk.i18n import UserError


def known_statement(**changes: object) -> ReconciliationData:
    rows = (
        ReconciliationRow(
            date(2026, 1, 12), "Продажа (12.01.2026 № ОВ-101)", debit=Decimal("15200.00")
        ),
        ReconciliationRow(
            date(2026, 1, 20), "Оплата (20.01.2026 № 45)", credit=Decimal("12500.00")
        ),
        ReconciliationRow(date(2026, 2, 3), "Возврат (03.02.2026 № В-7)", credit=Decimal("990.94")),
        ReconciliationRow(
            date(2026, 3, 2), "Продажа (02.03.2026 № ОВ-117)", debit=Decimal("1043.10")
        ),
    )
    data = ReconciliationData(
        date=date(2026, 4, 2),
        period_start=date(2026, 1, 1),
        period_end=date(2026, 3, 31),
        company=samples.COMPANY,
        counterparty=samples.CLIENT,
        opening_balance=Decimal("12500.00"),
        rows=rows,
        turnover_debit=Decimal("16243.10"),
        turnover_credit=Decimal("13490.94"),
        closing_balance=Decimal("15252.16"),
        contract="Договор поставки № 15/26 от 10.01.2026",
        company_signatory=samples.HEAD,
        company_accountant=samples.ACCOUNTANT,
    )
    return dataclasses.replace(data, **changes)  # type: ignore[arg-type]


def test_statement_shows_period_parties_rows_balances_and_turnovers() -> None:
    text = pdf_text(render_reconciliation(known_statement()))
    flat = " ".join(text.split("\n"))
    assert "Акт сверки" in text
    assert "взаимных расчетов за период: 01.01.2026 - 31.03.2026" in text
    assert "между ООО «Оптовая компания „Северный ветер“» и ООО «Ромашка»" in text
    assert "по договору поставки № 15/26 от 10.01.2026" in text
    assert "По данным ООО «Ромашка», руб." in text
    assert text.count("Дата\nДокумент\nДебет\nКредит") == 2  # our columns and theirs
    assert "Сальдо начальное\n12 500,00\nСальдо начальное" in text
    assert "12.01.2026 Продажа (12.01.2026 № ОВ-101) 15 200,00" in flat
    assert "20.01.2026 Оплата (20.01.2026 № 45) 12 500,00" in flat
    assert "03.02.2026 Возврат (03.02.2026 № В-7) 990,94" in flat
    assert "02.03.2026 Продажа (02.03.2026 № ОВ-117) 1 043,10" in flat
    assert "Обороты за период\n16 243,10\n13 490,94" in text
    assert "Сальдо конечное\n15 252,16" in text


def test_conclusion_names_the_creditor_and_the_amount_in_words() -> None:
    text = pdf_text(render_reconciliation(known_statement()))
    assert (
        "на 31.03.2026 задолженность в пользу ООО «Оптовая компания „Северный ветер“» "
        "составляет 15 252,16 руб. (Пятнадцать тысяч двести пятьдесят два рубля 16 копеек)."
    ) in " ".join(text.split("\n"))
    assert "От ООО «Оптовая компания „Северный ветер“»" in text and "От ООО «Ромашка»" in text
    assert "(Иванов И. И.)" in text and "(Петрова А. А.)" in text
    assert text.count("М.П.") == 2


def test_overpayment_is_a_debt_in_the_clients_favour_shown_as_credit() -> None:
    data = known_statement(
        opening_balance=Decimal("-2000.00"),
        rows=(
            ReconciliationRow(
                date(2026, 1, 20), "Оплата (20.01.2026 № 45)", credit=Decimal("500.00")
            ),
        ),
        turnover_debit=Decimal("0.00"),
        turnover_credit=Decimal("500.00"),
        closing_balance=Decimal("-2500.00"),
    )
    text = " ".join(pdf_text(render_reconciliation(data)).split("\n"))
    assert "Сальдо начальное 2 000,00 Сальдо начальное" in text
    assert "Сальдо конечное 2 500,00 Сальдо конечное" in text
    assert "задолженность в пользу ООО «Ромашка» составляет 2 500,00 руб." in text
    assert "(Две тысячи пятьсот рублей 00 копеек)" in text


def test_settled_account_says_there_is_no_debt() -> None:
    data = known_statement(
        opening_balance=Decimal("0.00"),
        rows=(
            ReconciliationRow(date(2026, 1, 12), "Продажа", debit=Decimal("100.00")),
            ReconciliationRow(date(2026, 1, 20), "Оплата", credit=Decimal("100.00")),
        ),
        turnover_debit=Decimal("100.00"),
        turnover_credit=Decimal("100.00"),
        closing_balance=Decimal("0.00"),
    )
    assert "на 31.03.2026 задолженность отсутствует." in pdf_text(render_reconciliation(data))


def test_long_statement_repeats_both_header_rows_on_every_page() -> None:
    data = samples.reconciliation(150)
    pages = pages_text(render_reconciliation(data))
    assert len(pages) > 1
    with_rows = [page for page in pages if "Продажа (" in page]
    assert len(with_rows) > 1
    for page in with_rows:
        assert "Дата\nДокумент\nДебет\nКредит" in page
        assert "По данным ООО «Ромашка», руб." in page
    assert "Сальдо начальное" in pages[0] and "Сальдо конечное" not in pages[0]
    assert "Сальдо конечное" in "".join(pages[-2:])


def test_balances_that_do_not_add_up_are_refused() -> None:
    with pytest.raises(ValueError, match="closing balance"):
        render_reconciliation(known_statement(closing_balance=Decimal("15252.15")))
    with pytest.raises(ValueError, match="debit turnover"):
        render_reconciliation(known_statement(turnover_debit=Decimal("1.00")))


def test_counterparty_without_inn_and_reversed_period_are_user_errors() -> None:
    with pytest.raises(UserError, match="ИНН"):
        render_reconciliation(
            known_statement(counterparty=dataclasses.replace(samples.CLIENT, inn=" "))
        )
    with pytest.raises(UserError, match="period"):
        render_reconciliation(known_statement(period_start=date(2026, 4, 1)))


def test_parties_go_by_short_legal_form_so_the_russian_reads_right() -> None:
    """1C's full names ("Общество с ограниченной ответственностью «…»") made "По данным
    Общество с …" and ran the footer under "Страница 1 из 2"; the statement abbreviates the
    legal form as 1C prints it, and the footer elides what is still too long."""
    company = dataclasses.replace(
        samples.COMPANY, name="Общество с ограниченной ответственностью «Торговый дом «Подмосковье»"
    )
    client = dataclasses.replace(
        samples.CLIENT, name="Общество с ограниченной ответственностью «Флагман»"
    )
    data = dataclasses.replace(samples.reconciliation(150), company=company, counterparty=client)
    text = pdf_text(render_reconciliation(data)).replace("\n", " ")
    assert "между ООО «Торговый дом «Подмосковье» и ООО «Флагман»" in text
    assert "По данным ООО «Флагман», руб." in text
    assert "Общество с ограниченной" not in text
    footer = [
        line for line in pages_text(render_reconciliation(data))[0].splitlines()
        if line.startswith("Акт сверки за")
    ]  # fmt: skip
    assert footer and footer[0].startswith(
        "Акт сверки за 01.01.2026 - 31.03.2026: ООО «Торговый дом «Подмосковье» и ООО «Флагман»"
    )

    huge = dataclasses.replace(client, name="Общество с ограниченной ответственностью " + "Я" * 200)
    data = dataclasses.replace(data, counterparty=huge)
    first_page = pages_text(render_reconciliation(data))[0]
    footer = [line for line in first_page.splitlines() if line.startswith("Акт сверки за")]
    assert footer and "…" in footer[0] and "Я" * 200 not in footer[0]


def test_long_party_names_in_the_footer_stop_short_of_the_page_number() -> None:
    long_name = "Общество с ограниченной ответственностью «Торговый дом «Подмосковье-Восток-Запад»»"
    data = dataclasses.replace(
        samples.reconciliation(150),
        company=dataclasses.replace(samples.COMPANY, name=long_name),
        counterparty=dataclasses.replace(samples.CLIENT, name=long_name.replace("Восток", "Юг")),
    )
    reader = PdfReader(io.BytesIO(render_reconciliation(data)))
    assert len(reader.pages) > 1
    for page in reader.pages:
        runs = bottom_line_runs(page)
        footer = next(x_text for x_text in runs if x_text[1].startswith("Акт сверки за "))
        number = next(x_text for x_text in runs if x_text[1].startswith("Страница "))
        footer_end = footer[0] + stringWidth(footer[1].rstrip(), fonts.SANS, 7)
        assert footer[1].startswith("Акт сверки за 01.01.2026 - ")
        assert footer[1].rstrip().endswith("…")
        assert footer_end < number[0]


def bottom_line_runs(page: PageObject) -> list[tuple[float, str]]:
    """(x, text) of every text run below the bottom margin: the footer line."""
    runs: list[tuple[float, str]] = []

    def visit(text: str, cm: object, tm: list[float], *_: object) -> None:
        if text.strip() and tm[5] < 30:
            runs.append((tm[4], text))

    page.extract_text(visitor_text=visit)
    return runs
