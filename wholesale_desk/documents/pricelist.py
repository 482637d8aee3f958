"""Прайс-лист as a PDF: letterhead, title with the date of validity, then each product group
under its heading, with the prices of the type or of the client.

Long lists are the point (a whole catalogue of 30,000 products): each group is one `LongTable`
(ReportLab measures only the rows that fit the page when it splits one), its heading and column
titles are the table's first two rows, repeated on every page the group continues on, and the
heading is never left alone at the foot of a page (the heading, titles and first rows do not
split). The XLSX renderer shares the columns and words defined here.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer

from wholesale_desk.documents.layout import (
    BODY_WIDTH,
    HEADER_FILL,
    build_pdf,
    esc,
    letterhead,
    long_date,
    money,
    qty,
    rate_text,
    render_to,
    short_date,
    styles,
)
from wholesale_desk.documents.model import PriceListData, PriceListLine, StockShown, VatMode
from wholesale_desk.documents.pricelist_rows import GroupRows, RowColumn

ON_REQUEST = "цена по запросу"
IN_STOCK = "в наличии"
TO_ORDER = "под заказ"
GROUP_FILL = colors.Color(0.85, 0.89, 0.95)


@dataclass(frozen=True)
class Column:
    """One column of the list: its title, its width on paper and how to read a line."""

    title: str
    width: float  # points on A4; 0: takes what the others leave
    value: Callable[[PriceListLine], Any]
    kind: str = "text"  # "text", "money", "percent", "qty"


def _price(line: PriceListLine) -> Decimal | str:
    return line.price if line.price is not None else ON_REQUEST


def _with_vat(line: PriceListLine) -> Decimal | str:
    return line.price_with_vat if line.price_with_vat is not None else ON_REQUEST


def _band(line: PriceListLine) -> str:
    return IN_STOCK if line.in_stock else TO_ORDER


def _stock_at(index: int) -> Callable[[PriceListLine], Decimal]:
    def value(line: PriceListLine) -> Decimal:
        return line.stock[index] if index < len(line.stock) else Decimal(0)

    return value


def columns(data: PriceListData) -> list[Column]:
    """The list's columns, left to right, as both formats print them."""
    cols = [
        Column("Артикул", 24 * mm, lambda ln: ln.article),
        Column("Наименование", 0, lambda ln: ln.name),
        Column("Ед.", 10 * mm, lambda ln: ln.unit),
        Column("НДС", 13 * mm, lambda ln: rate_text(ln.vat_rate)),
    ]
    if data.with_discount:
        cols += [
            Column("Цена по прайсу, руб.", 21 * mm, lambda ln: ln.base_price, "money"),
            Column("Скидка, %", 15 * mm, lambda ln: ln.discount_percent or None, "percent"),
        ]
    inside = data.vat_mode is VatMode.INSIDE
    cols.append(
        Column("Цена с НДС, руб." if inside else "Цена без НДС, руб.", 23 * mm, _price, "money")
    )
    if not inside:
        cols.append(Column("Цена с НДС, руб.", 23 * mm, _with_vat, "money"))
    if data.stock_shown is StockShown.BANDS:
        cols.append(Column("Наличие", 19 * mm, _band))
    elif data.stock_shown is StockShown.WAREHOUSES:
        width = 21 * mm if len(data.warehouses) <= 3 else 15 * mm
        cols += [Column(name, width, _stock_at(i), "qty") for i, name in enumerate(data.warehouses)]
    fixed = sum(c.width for c in cols)
    return [
        Column(c.title, c.width or max(40 * mm, BODY_WIDTH - fixed), c.value, c.kind) for c in cols
    ]


def title(data: PriceListData) -> str:
    if data.client_name:
        return f"Прайс-лист на {long_date(data.date)}"
    return f"Прайс-лист «{data.price_type}» на {long_date(data.date)}"


def notes(data: PriceListData) -> list[str]:
    """The lines under the title: validity, price type, VAT basis, what the client's prices are."""
    out = [f"Цены действительны на {long_date(data.date)}"]
    if data.client_name:
        out.append(f"Вид цен: {data.price_type}; цены рассчитаны по условиям вашего соглашения.")
    else:
        out.append(f"Вид цен: {data.price_type}.")
    if data.vat_mode is VatMode.INSIDE:
        out.append("Цены указаны с учетом НДС.")
    else:
        out.append("Цены указаны без НДС, НДС начисляется сверху.")
    if data.stock_shown is not StockShown.NONE:
        out.append(f"Наличие на складах по данным на {short_date(data.date)}.")
    return out


def manager_line(data: PriceListData) -> str:
    manager = data.manager
    if manager is None or not manager.name:
        return ""
    who = manager.name + (f" ({manager.position})" if manager.position else "")
    parts = [who]
    if manager.phone:
        parts.append(f"тел.: {manager.phone}")
    if manager.email:
        parts.append(f"e-mail: {manager.email}")
    return "Ваш менеджер: " + ", ".join(parts)


def file_stem(data: PriceListData) -> str:
    who = data.client_name or data.price_type
    return f"Прайс-лист {who} на {data.date:%d.%m.%Y}"


# --- PDF --------------------------------------------------------------------------------------


def _text(value: Any, column: Column) -> str:
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if column.kind == "money":
        return money(value)
    if column.kind == "percent":
        return f"{value.normalize():f}".replace(".", ",")
    return qty(value)


def _align(column: Column) -> str:
    if column.title in ("Ед.", "НДС", "Наличие"):
        return "center"
    return "left" if column.kind == "text" else "right"


def _group_rows(title_: str, lines: tuple[PriceListLine, ...], cols: list[Column]) -> GroupRows:
    return GroupRows(
        title_,
        [RowColumn(c.width, _align(c), wraps=True) for c in cols],
        [c.title for c in cols],
        [[_text(c.value(line), c) for c in cols] for line in lines],
        band_fill=GROUP_FILL,
        header_fill=HEADER_FILL,
    )


def pricelist_story(data: PriceListData) -> list[Flowable]:
    s = styles()
    story: list[Flowable] = letterhead(data.supplier, data.logo)
    story += [Paragraph(esc(title(data)), s.title_center), Spacer(1, 2 * mm)]
    if data.client is not None:
        story.append(Paragraph(f"Покупатель: <b>{esc(data.client.name)}</b>", s.body))
    story += [Paragraph(esc(line), s.body) for line in notes(data)]
    manager = manager_line(data)
    if manager:
        story.append(Paragraph(esc(manager), s.body))
    story.append(Spacer(1, 4 * mm))
    cols = columns(data)
    for group in data.groups:
        story += [_group_rows(group.title, group.lines, cols), Spacer(1, 3 * mm)]
    story.append(
        Paragraph(
            esc(
                f"Всего наименований: {data.line_count}. Прайс-лист не является публичной "
                "офертой; цены и наличие уточняйте у менеджера."
            ),
            s.small,
        )
    )
    return story


def render_pricelist_pdf(data: PriceListData, path: Path | str | None = None) -> bytes:
    """Lay out and return the price list PDF; with `path`, also write it atomically."""
    return render_to(
        lambda: build_pdf(
            pricelist_story(data),
            title=title(data),
            author=data.supplier.name,
            footer=title(data),
        ),
        path,
    )
