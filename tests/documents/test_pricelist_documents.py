"""Price list files: a PDF whose group headings never end a page alone, an XLSX that opens
cleanly with numbers, a money format, a frozen header and an autofilter."""

from __future__ import annotations

import re
import shutil
import subprocess
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pdf_reading import flat, pages_text, pdf_fonts

from wholesale_desk import documents as doc
from wholesale_desk.documents import samples
from wholesale_desk.documents.pricelist_xlsx import MONEY_FORMAT

D = Decimal
DAY = date(2026, 3, 5)


def sample(
    groups: int = 30,
    *,
    stock: doc.StockShown = doc.StockShown.NONE,
    vat: doc.VatMode = doc.VatMode.INSIDE,
) -> doc.PriceListData:
    """Groups of 1 to 45 products; every seventh product has no price."""
    out = []
    for g in range(groups):
        lines = []
        for n in range(1 + (g * 7) % 45):
            price = None if n % 7 == 6 else D(10 + g) + D(n) / 100
            lines.append(
                doc.PriceListLine(
                    article=f"A-{g:02d}-{n:03d}",
                    name=f"Товар {g:02d}-{n:03d} в упаковке",
                    unit="шт",
                    vat_rate=D(22),
                    price=price,
                    price_with_vat=None if price is None or vat is doc.VatMode.INSIDE else price,
                    stock=(D(n), D(0)),
                )
            )
        out.append(doc.PriceListGroup(f"Группа {g:02d}", tuple(lines)))
    return doc.PriceListData(
        date=DAY,
        supplier=samples.COMPANY,
        price_type="Оптовая",
        groups=tuple(out),
        vat_mode=vat,
        stock_shown=stock,
        warehouses=("Основной склад", "Склад Подольск") if stock is not doc.StockShown.NONE else (),
    )


def test_pdf_group_headings_never_end_a_page_alone() -> None:
    data = sample(80)  # with 80 groups, a page would break after a group's first product
    pages = pages_text(doc.render_pricelist_pdf(data))
    assert len(pages) > 5
    seen: set[str] = set()
    for number, page in enumerate(pages, start=1):
        assert f"Страница {number} из {len(pages)}" in page
        for heading in re.findall(r"Группа (\d\d)", page):
            # Continued on a later page: the heading is repeated above its products.
            assert re.search(rf"Товар {heading}-\d\d\d", page), (number, heading)
            if heading not in seen:  # where it starts: its first two products come with it
                seen.add(heading)
                size = len(data.groups[int(heading)].lines)
                for first in range(min(size, 2)):
                    assert f"Товар {heading}-{first:03d}" in page, (number, heading)
    assert len(seen) == len(data.groups)
    text = "\n".join(pages)
    assert "Прайс-лист «Оптовая» на 5 марта 2026 г." in text
    assert flat(text).count("цена по запросу") == sum(
        1 for g in data.groups for ln in g.lines if ln.price is None
    )


def test_pdf_embeds_the_documents_fonts_and_prints_stock_bands(render_png) -> None:  # type: ignore[no-untyped-def]
    data = sample(3, stock=doc.StockShown.BANDS, vat=doc.VatMode.ON_TOP)
    pdf = doc.render_pricelist_pdf(data)
    assert all("not embedded" not in f for f in pdf_fonts(pdf))
    text = flat("\n".join(pages_text(pdf)))
    assert "Цена без НДС, руб." in text and "Цена с НДС, руб." in text
    assert "в наличии" in text and "под заказ" in text
    assert "Цены указаны без НДС, НДС начисляется сверху." in text
    assert render_png(pdf)  # poppler reads it


def xlsx_rows(content: bytes, tmp_path: Path) -> tuple[object, list[list[object]]]:
    path = tmp_path / "list.xlsx"
    path.write_bytes(content)
    book = load_workbook(path)
    sheet = book.active
    return sheet, [[c for c in row] for row in sheet.iter_rows()]


def test_xlsx_groups_numbers_filter_and_frozen_header(tmp_path: Path) -> None:
    data = sample(4, stock=doc.StockShown.WAREHOUSES)
    sheet, rows = xlsx_rows(doc.render_pricelist_xlsx(data), tmp_path)
    header = next(i for i, r in enumerate(rows) if r[0].value == "Артикул") + 1
    assert [c.value for c in rows[header - 1]] == [
        "Артикул",
        "Наименование",
        "Ед.",
        "НДС",
        "Цена с НДС, руб.",
        "Основной склад",
        "Склад Подольск",
    ]
    assert sheet.freeze_panes == f"A{header + 1}"
    last = header + len(data.groups) + data.line_count
    assert sheet.auto_filter.ref == f"A{header}:G{last}"
    group_rows = [r for r in rows[header:last] if r[1].value is None]
    assert [r[0].value for r in group_rows] == [g.title for g in data.groups]
    assert all(r[0].font.bold for r in group_rows)
    priced = [r for r in rows[header:last] if isinstance(r[4].value, (int, float))]
    assert priced and all(r[4].number_format == MONEY_FORMAT for r in priced)
    first = data.groups[0].lines[0]
    assert priced[0][4].value == pytest.approx(float(first.price or 0))
    on_request = [r for r in rows[header:last] if r[4].value == "цена по запросу"]
    assert len(on_request) == sum(1 for g in data.groups for ln in g.lines if ln.price is None)
    assert rows[0][0].value == samples.COMPANY.name


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed")
def test_xlsx_opens_in_libreoffice(tmp_path: Path) -> None:
    source = tmp_path / "list.xlsx"
    doc.render_pricelist_xlsx(sample(3), source)
    subprocess.run(
        ["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(tmp_path), str(source)],
        check=True,
        capture_output=True,
        timeout=180,
    )
    text = flat("\n".join(pages_text((tmp_path / "list.pdf").read_bytes())))
    assert "Группа 02" in text and "Товар 02-013 в упаковке" in text


def test_file_names_say_whose_list_and_when() -> None:
    data = sample(1)
    assert doc.pricelist_filename(data, "xlsx") == "Прайс-лист Оптовая на 05.03.2026.xlsx"
