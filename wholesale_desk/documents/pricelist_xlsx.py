"""Прайс-лист as an Excel workbook: requisites and title on top, a frozen column header with an
autofilter, a bold row per product group, prices as numbers in a money format.

Written with openpyxl's write-only mode: rows stream to the file as they are made, so a list of
30,000 products takes no more memory than one of 30. Columns and words are the PDF's
(`documents.pricelist`), so both formats say the same.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet._write_only import WriteOnlyWorksheet

from wholesale_desk.documents.layout import write_atomically
from wholesale_desk.documents.model import Party, PriceListData
from wholesale_desk.documents.pricelist import (
    ON_REQUEST,
    Column,
    columns,
    manager_line,
    notes,
    title,
)

MONEY_FORMAT = "#,##0.00"
QTY_FORMAT = "#,##0.###"
PERCENT_FORMAT = "General"
_WIDTHS = {"text": 12, "money": 14, "percent": 9, "qty": 12}
_NAME_WIDTH = 60
_FONT = "Calibri"
_BOLD = Font(name=_FONT, bold=True)
_TITLE = Font(name=_FONT, bold=True, size=14)
_COMPANY = Font(name=_FONT, bold=True, size=12)
_SMALL = Font(name=_FONT, size=9, color="555555")
_ITALIC = Font(name=_FONT, italic=True, color="555555")
_HEADER_FILL = PatternFill("solid", fgColor="EEEEEE")
_GROUP_FILL = PatternFill("solid", fgColor="D9E2F3")
_WRAP = Alignment(wrap_text=True, vertical="center", horizontal="center")
_RIGHT = Alignment(horizontal="right")
_FORMATS = {"money": MONEY_FORMAT, "qty": QTY_FORMAT, "percent": PERCENT_FORMAT}

Progress = Callable[[int, int], object]


def _requisites(party: Party) -> list[str]:
    line = ", ".join(
        x
        for x in (
            f"ИНН {party.inn}" if party.inn else "",
            f"КПП {party.kpp}" if party.kpp else "",
            party.address,
            f"тел.: {party.phone}" if party.phone else "",
            f"e-mail: {party.email}" if party.email else "",
        )
        if x
    )
    out = [line] if line else []
    if party.bank is not None:
        bank = party.bank
        out.append(
            f"р/с {bank.account} в {bank.bank_name}, БИК {bank.bik}, "
            f"к/с {bank.correspondent_account}"
        )
    return out


def _cell(ws: WriteOnlyWorksheet, value: Any, **style: Any) -> WriteOnlyCell:
    cell = WriteOnlyCell(ws, value=value)
    for key, item in style.items():
        setattr(cell, key, item)
    return cell


def _head(ws: WriteOnlyWorksheet, data: PriceListData) -> list[list[Any]]:
    """Company, requisites, title and notes: the rows above the column titles."""
    rows: list[list[Any]] = [[_cell(ws, data.supplier.name, font=_COMPANY)]]
    rows += [[_cell(ws, line, font=_SMALL)] for line in _requisites(data.supplier)]
    rows.append([])
    rows.append([_cell(ws, title(data), font=_TITLE)])
    if data.client is not None:
        rows.append([f"Покупатель: {data.client.name}"])
    rows += [[line] for line in notes(data)]
    manager = manager_line(data)
    if manager:
        rows.append([manager])
    rows.append([])
    return rows


def _value_cell(ws: WriteOnlyWorksheet, value: Any, column: Column) -> Any:
    if value is None or value == "":
        return None
    if isinstance(value, Decimal):
        return _cell(ws, value, number_format=_FORMATS.get(column.kind, "General"))
    if value == ON_REQUEST:
        return _cell(ws, value, font=_ITALIC, alignment=_RIGHT)
    return value


def render_pricelist_xlsx(
    data: PriceListData, path: Path | str | None = None, *, progress: Progress | None = None
) -> bytes:
    """The workbook's bytes; with `path`, also written atomically."""
    cols = columns(data)
    book = Workbook(write_only=True)
    ws = book.create_sheet("Прайс-лист")
    for i, column in enumerate(cols, start=1):
        width = _NAME_WIDTH if column.title == "Наименование" else _WIDTHS[column.kind]
        ws.column_dimensions[get_column_letter(i)].width = width
    head = _head(ws, data)
    header_row = len(head) + 1
    total_rows = header_row + len(data.groups) + data.line_count
    last_column = get_column_letter(len(cols))
    ws.freeze_panes = f"A{header_row + 1}"  # the column titles stay on screen
    ws.auto_filter.ref = f"A{header_row}:{last_column}{total_rows}"
    ws.print_title_rows = f"{header_row}:{header_row}"
    # Printed: every column on the page width, as many pages down as it takes.
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.page_setup.paperSize = "9"  # A4
    # Write-only: the sheet's settings above go out with the first row, so rows come last.
    for row in head:
        ws.append(row)
    ws.append([_cell(ws, c.title, font=_BOLD, fill=_HEADER_FILL, alignment=_WRAP) for c in cols])
    done, total = 0, data.line_count
    for group in data.groups:
        ws.append(
            [_cell(ws, group.title, font=_BOLD, fill=_GROUP_FILL)]
            + [_cell(ws, None, fill=_GROUP_FILL) for _ in cols[1:]]
        )
        for line in group.lines:
            ws.append([_value_cell(ws, c.value(line), c) for c in cols])
            done += 1
            if progress is not None and done % 1000 == 0:
                progress(done, total)
    ws.append([])
    ws.append([_cell(ws, f"Всего наименований: {data.line_count}.", font=_SMALL)])
    buffer = io.BytesIO()
    book.save(buffer)
    content = buffer.getvalue()
    if path is not None:
        write_atomically(path, content)
    return content
