"""The invoice for payment reads back with every figure, requisite and date the data carried."""

from __future__ import annotations

import dataclasses
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from pdf_reading import flat, normalise, pages_text, pdf_fonts, pdf_text
from PIL import Image

from wholesale_desk.amount_words import amount_in_words
from wholesale_desk.documents import (
    BankDetails,
    InvoiceData,
    InvoiceLine,
    VatAmount,
    VatMode,
    render,
    render_invoice,
    samples,
    suggested_filename,
)
from wholesale_desk.i18n import UserError
from wholesale_desk.money import format_money, format_qty


def money(value: str) -> str:
    return normalise(format_money(Decimal(value)))


def known_invoice(**changes: object) -> InvoiceData:
    """DOMAIN.md's worked examples at 22% inside: 1 000,00 → 180,33; 15 200,00 → 2 740,98."""
    data = InvoiceData(
        number="123",
        date=date(2026, 3, 5),
        supplier=samples.COMPANY,
        buyer=samples.CLIENT,
        basis="Заказ клиента № 77 от 04.03.2026",
        lines=(
            InvoiceLine(
                "Стол письменный", Decimal("1"), "шт", Decimal("1000.00"), Decimal("1000.00")
            ),
            InvoiceLine(
                "Кресло офисное", Decimal("10"), "шт", Decimal("1520.00"), Decimal("15200.00")
            ),
        ),
        vat_mode=VatMode.INSIDE,
        total=Decimal("16200.00"),
        vat=(VatAmount(Decimal(22), Decimal("2921.31")),),
        total_due=Decimal("16200.00"),
        pay_by=date(2026, 3, 15),
        head=samples.HEAD,
        accountant=samples.ACCOUNTANT,
    )
    return dataclasses.replace(data, **changes)  # type: ignore[arg-type]


def test_invoice_prints_the_worked_example_to_the_kopeck() -> None:
    text = pdf_text(render_invoice(known_invoice()))
    assert "Счет на оплату № 123 от 5 марта 2026 г." in text
    assert "1\nСтол письменный\n1\nшт\n1 000,00\n1 000,00" in text
    assert "2\nКресло офисное\n10\nшт\n1 520,00\n15 200,00" in text
    assert "Итого:\n16 200,00" in text
    assert "В том числе НДС (22%):\n2 921,31" in text
    assert "Всего к оплате:\n16 200,00" in text
    assert "Всего наименований 2, на сумму 16 200,00 руб." in text
    assert "Шестнадцать тысяч двести рублей 00 копеек" in text
    assert "Оплатить не позднее 15.03.2026" in text


def test_invoice_carries_both_parties_requisites_and_the_bank_grid() -> None:
    data = known_invoice()
    text = pdf_text(render_invoice(data))
    bank = data.supplier.bank
    assert bank is not None
    for value in (bank.bank_name, "БИК", bank.bik, bank.correspondent_account, bank.account):
        assert value in text
    assert "Банк получателя" in text and "Получатель" in text
    assert f"ИНН {data.supplier.inn}\nКПП {data.supplier.kpp}\nСч. №\n{bank.account}" in text
    for party in (data.supplier, data.buyer):
        assert party.name in text
        assert f"ИНН {party.inn}" in text and f"КПП {party.kpp}" in text
        assert f"тел.: {party.phone}" in text
    assert "Поставщик\n(Исполнитель):" in text and "Покупатель\n(Заказчик):" in text
    assert "Основание:\nЗаказ клиента № 77 от 04.03.2026" in text
    assert "Руководитель" in text and "Иванов И. И." in text
    assert "Бухгалтер" in text and "Петрова А. А." in text


def test_sample_invoice_lists_every_line_with_its_figures() -> None:
    data = samples.invoice(8)
    text = pdf_text(render_invoice(data))
    for number, line in enumerate(data.lines, start=1):
        row = " ".join(
            (
                str(number),
                line.name,
                format_qty(line.quantity),
                line.unit,
                format_money(line.price),
                format_money(line.discount),
                format_money(line.amount),
            )
        )
        assert flat(row) in flat(text)
    # The DOMAIN.md discount example: 104,31 × 10 = 1 043,10 less 5% (52,16) is 990,94.
    assert "Клей-карандаш 21 г\n10\nшт\n104,31\n52,16\n990,94" in text
    assert "Цена Скидка Сумма" in flat(text)
    assert f"Итого:\n{money(str(data.total))}" in text
    assert f"В том числе НДС (22%):\n{money(str(data.vat[0].amount))}" in text
    assert amount_in_words(data.total_due) in text


def test_vat_on_top_adds_the_tax_to_the_total_due() -> None:
    data = known_invoice(
        vat_mode=VatMode.ON_TOP,
        vat=(VatAmount(Decimal(22), Decimal("3564.00")),),
        total_due=Decimal("19764.00"),
    )
    text = pdf_text(render_invoice(data))
    assert "Итого:\n16 200,00" in text
    assert "Сумма НДС (22%):\n3 564,00" in text
    assert "Всего к оплате:\n19 764,00" in text
    assert "Девятнадцать тысяч семьсот шестьдесят четыре рубля 00 копеек" in text
    assert "Всего наименований 2, на сумму 19 764,00 руб." in text


def test_no_discount_column_without_discounts() -> None:
    assert "Скидка" not in pdf_text(render_invoice(known_invoice()))


def test_bonuses_redeemed_reduce_the_total_due() -> None:
    data = known_invoice(bonus_redeemed=Decimal("1200.00"), total_due=Decimal("15000.00"))
    text = pdf_text(render_invoice(data))
    assert "Итого:\n16 200,00" in text
    assert "Оплачено бонусами:\n-1 200,00" in text
    assert "Всего к оплате:\n15 000,00" in text
    assert "Пятнадцать тысяч рублей 00 копеек" in text


def test_seller_without_vat_prints_bez_naloga() -> None:
    text = pdf_text(render_invoice(known_invoice(vat_mode=VatMode.NONE, vat=())))
    assert "Без налога (НДС)\n-" in text
    assert "НДС (" not in text


def test_each_vat_rate_gets_its_own_line() -> None:
    data = known_invoice(
        vat=(VatAmount(Decimal(22), Decimal("180.33")), VatAmount(Decimal(10), Decimal("1381.82")))
    )
    text = pdf_text(render_invoice(data))
    assert "В том числе НДС (22%):\n180,33" in text
    assert "В том числе НДС (10%):\n1 381,82" in text


def test_two_hundred_lines_paginate_with_the_header_on_every_page() -> None:
    data = samples.invoice(200)
    pages = pages_text(render_invoice(data))
    assert len(pages) >= 3
    for number, page in enumerate(pages, start=1):
        assert "Товары (работы, услуги)" in page
        assert f"Страница {number} из {len(pages)}" in page
    # Totals, words and signatures only once, on the last page.
    assert all("Всего к оплате:" not in page for page in pages[:-1])
    last = pages[-1]
    assert f"Всего к оплате:\n{money(str(data.total_due))}" in last
    assert amount_in_words(data.total_due) in last
    assert "Руководитель" in last
    assert "Всего наименований 200" in last
    # Every line appears once, in order, across the pages.
    text = flat("\n".join(pages))
    position = 0
    for number, line in enumerate(data.lines, start=1):
        found = text.find(f" {number} {flat(line.name)} ", position)
        assert found > position, f"line {number} missing or out of order"
        position = found


def test_one_page_invoice_has_no_page_numbers() -> None:
    assert "Страница" not in pdf_text(render_invoice(samples.invoice(3)))


def test_fonts_are_embedded_truetype_with_cyrillic() -> None:
    fonts = pdf_fonts(render_invoice(samples.invoice(3)))
    assert fonts, "no fonts found"
    assert all("DejaVu" in font and "not embedded" not in font for font in fonts), fonts


def test_names_with_markup_characters_print_as_typed() -> None:
    buyer = dataclasses.replace(samples.CLIENT, name="ООО «Рога & Копыта <Юг>»")
    text = pdf_text(render_invoice(known_invoice(buyer=buyer)))
    assert "ООО «Рога & Копыта <Юг>»" in text


def test_invoice_without_lines_says_to_add_goods_and_writes_nothing(tmp_path: Path) -> None:
    target = tmp_path / "invoice.pdf"
    with pytest.raises(UserError) as caught:
        render_invoice(
            known_invoice(lines=(), total=Decimal(0), vat=(), total_due=Decimal(0)), target
        )
    assert "no lines" in str(caught.value) and "123" in str(caught.value)
    assert caught.value.message.context == "Documents"
    assert not target.exists()
    assert list(tmp_path.iterdir()) == []


def test_client_without_inn_is_named_with_where_to_fill_it(tmp_path: Path) -> None:
    target = tmp_path / "invoice.pdf"
    target.write_bytes(b"previous")
    buyer = dataclasses.replace(samples.CLIENT, inn="")
    with pytest.raises(UserError) as caught:
        render_invoice(known_invoice(buyer=buyer), target)
    message = str(caught.value)
    assert "ООО «Ромашка»" in message and "ИНН" in message and "1C" in message
    assert target.read_bytes() == b"previous"


def test_company_without_bank_account_is_refused() -> None:
    supplier = dataclasses.replace(samples.COMPANY, bank=None)
    with pytest.raises(UserError) as caught:
        render_invoice(known_invoice(supplier=supplier))
    assert "банковский счет" in str(caught.value) and "Settings" in str(caught.value)


def test_incomplete_bank_details_name_the_missing_fields() -> None:
    bank = BankDetails("ПАО СБЕРБАНК г. Москва", "", "30101810400000000225", "")
    supplier = dataclasses.replace(samples.COMPANY, bank=bank)
    with pytest.raises(UserError) as caught:
        render_invoice(known_invoice(supplier=supplier))
    assert "БИК" in str(caught.value) and "расчетный счет" in str(caught.value)
    assert "корр. счет" not in str(caught.value)


def test_figures_that_disagree_are_never_printed() -> None:
    with pytest.raises(ValueError, match="total"):
        render_invoice(known_invoice(total=Decimal("16200.01")))
    with pytest.raises(ValueError, match="total due"):
        render_invoice(known_invoice(vat_mode=VatMode.ON_TOP))


def test_writing_replaces_the_file_atomically(tmp_path: Path) -> None:
    target = tmp_path / "out" / "invoice.pdf"
    pdf = render_invoice(known_invoice(), target)
    assert target.read_bytes() == pdf
    assert pdf.startswith(b"%PDF-")
    assert [p.name for p in target.parent.iterdir()] == ["invoice.pdf"]


def test_logo_is_drawn_and_a_missing_logo_does_not_stop_printing(tmp_path: Path) -> None:
    logo = tmp_path / "logo.png"
    Image.new("RGB", (300, 100), (20, 80, 160)).save(logo)
    with_logo = render_invoice(known_invoice(logo=logo))
    assert b"/Subtype /Image" in with_logo
    without = render_invoice(known_invoice(logo=tmp_path / "missing.png"))
    assert "Счет на оплату № 123" in pdf_text(without)


def test_render_dispatches_and_file_names_are_safe() -> None:
    data = known_invoice(number="ОВ-12/3")
    assert "Счет на оплату № ОВ-12/3" in pdf_text(render(data))
    assert suggested_filename(data) == "Счет на оплату № ОВ-12_3 от 05.03.2026.pdf"


def test_invoice_page_renders_to_a_picture(render_png) -> None:  # type: ignore[no-untyped-def]
    pngs = render_png(render_invoice(samples.invoice(200)), "invoice")
    assert len(pngs) >= 3
    with Image.open(pngs[0]) as page:
        assert page.size[1] == 702  # A4 at 60 dpi
        dark = sum(page.convert("L").histogram()[:128])
        assert dark > 5000  # text and the table grid, not a blank page


def test_every_printed_character_has_a_glyph_in_the_embedded_font() -> None:
    """No black boxes: Cyrillic, №, ₽, «», —, ², × all exist in DejaVu."""
    from reportlab.pdfbase.pdfmetrics import getFont

    from wholesale_desk.documents import fonts

    fonts.register_fonts()
    line = InvoiceLine(
        "Сертификат подарочный на 1 000 ₽ — «Ёлка» № 5, 2 м² × 3; ёжик ЪЬЭЮЯ",
        Decimal("1"),
        "шт",
        Decimal("1000.00"),
        Decimal("1000.00"),
    )
    data = known_invoice(
        lines=(line,),
        total=Decimal("1000.00"),
        vat=(VatAmount(Decimal(22), Decimal("180.33")),),
        total_due=Decimal("1000.00"),
    )
    text = pdf_text(render_invoice(data))
    assert "1 000 ₽ — «Ёлка» № 5, 2 м² × 3" in text
    faces = [getFont(name).face for name in (fonts.SANS, fonts.SANS_BOLD)]  # type: ignore[attr-defined]
    missing = {
        c for c in text if not c.isspace() and all(ord(c) not in f.charToGlyph for f in faces)
    }
    assert not missing


def test_long_names_wrap_inside_their_cell() -> None:
    name = "Очень длинное наименование товара " * 6
    line = InvoiceLine(name.strip(), Decimal("2"), "шт", Decimal("10.00"), Decimal("20.00"))
    data = known_invoice(
        lines=(line,),
        total=Decimal("20.00"),
        vat=(VatAmount(Decimal(22), Decimal("3.61")),),
        total_due=Decimal("20.00"),
    )
    text = pdf_text(render_invoice(data))
    assert flat(name) in flat(text)
    assert text.count("Очень длинное") == 6


def test_a_batch_writes_one_file_per_invoice_with_progress(tmp_path: Path) -> None:
    from wholesale_desk.documents import write_batch

    seen: list[tuple[int, int | None]] = []
    batch = [
        samples.invoice(3, number="ОВ-1"),
        samples.invoice(2, number="ОВ-1"),
        samples.invoice(4, number="ОВ-2"),
    ]
    paths = write_batch(batch, tmp_path, total=3, progress=lambda d, t: seen.append((d, t)))
    assert [p.name for p in paths] == [
        "Счет на оплату № ОВ-1 от 05.03.2026.pdf",
        "Счет на оплату № ОВ-1 от 05.03.2026 (2).pdf",
        "Счет на оплату № ОВ-2 от 05.03.2026.pdf",
    ]
    assert seen == [(1, 3), (2, 3), (3, 3)]
    assert "Всего наименований 2" in pdf_text(paths[1].read_bytes())
    stopped = write_batch(batch, tmp_path / "stop", cancelled=lambda: True)
    assert stopped == []


def test_rendering_many_invoices_does_not_grow_memory() -> None:
    import gc
    import tracemalloc

    data = samples.invoice(5)
    for _ in range(3):
        render_invoice(data)  # fonts, styles and caches settle
    gc.collect()
    tracemalloc.start()
    try:
        render_invoice(data)
        gc.collect()
        after_one = tracemalloc.get_traced_memory()[0]
        for _ in range(10):
            render_invoice(data)
        gc.collect()
        after_many = tracemalloc.get_traced_memory()[0]
    finally:
        tracemalloc.stop()
    assert after_many - after_one < 256 * 1024  # nothing kept per document
