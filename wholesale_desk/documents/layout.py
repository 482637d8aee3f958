"""Shared page furniture for every document: A4 frame, styles, number and date formats, page
numbers, requisites lines, signature rows, and the atomic write.

Numbers and dates are formatted by `wholesale_desk.money` and `wholesale_desk.amount_words`,
the same functions the screens use, so paper and screen print the same characters.
"""

from __future__ import annotations

import io
import logging
from collections.abc import Callable, Sequence
from datetime import date
from decimal import Decimal
from functools import cache
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    Image,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from wholesale_desk.amount_words import amount_in_words, date_in_words, format_date
from wholesale_desk.documents import fonts
from wholesale_desk.documents.model import Party, Signatory, VatAmount, VatMode
from wholesale_desk.money import format_money, format_qty

log = logging.getLogger(__name__)

PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN_LEFT = 15 * mm
MARGIN_RIGHT = 10 * mm
MARGIN_TOP = 10 * mm
MARGIN_BOTTOM = 14 * mm
BODY_WIDTH = PAGE_WIDTH - MARGIN_LEFT - MARGIN_RIGHT

GRID = colors.black
THIN = 0.5
THICK = 1.2
HEADER_FILL = colors.Color(0.93, 0.93, 0.93)


# --- text -------------------------------------------------------------------------------------


def esc(value: str) -> str:
    """Escape for ReportLab's paragraph markup: a client called "Рога & Копыта" must print.

    Paragraphs break lines at U+202F (the money thousands separator), which could split
    "15 200,00" across lines; U+00A0 keeps the figure whole.
    """
    return escape(value).replace("\n", "<br/>").replace("\u202f", "\u00a0")


def money(value: Decimal) -> str:
    return format_money(value)


def qty(value: Decimal) -> str:
    return format_qty(value)


def long_date(value: date) -> str:
    """ "5 марта 2026 г.", for titles and running text."""
    return date_in_words(value)


def short_date(value: date) -> str:
    """ "05.03.2026", for tables."""
    return format_date(value)


def in_words(value: Decimal) -> str:
    """ "Сто двадцать три рубля 45 копеек"."""
    return amount_in_words(value)


def cell_text(value: str, width: float, style: ParagraphStyle | None = None) -> str | Paragraph:
    """A table cell for `value` in a column `width` wide (padding included).

    A plain string when it fits on one line: ReportLab draws those several times faster than
    paragraphs, which keeps a 200-line invoice well under its time budget. Longer text wraps.
    """
    style = style or styles().cell
    if "\n" not in value and stringWidth(value, style.fontName, style.fontSize) <= width - 5.5:
        return value
    return Paragraph(esc(value), style)


def rate_text(rate: Decimal | None) -> str:
    if rate is None:
        return "без НДС"
    return f"{rate.normalize():f}%"


def vat_rows(mode: VatMode, vat: Sequence[VatAmount]) -> list[tuple[str, str]]:
    """The VAT lines under a goods table, as 1C labels them for each VAT mode."""
    if mode is VatMode.NONE or not vat or all(v.rate is None for v in vat):
        return [("Без налога (НДС)", "-")]
    label = "В том числе НДС" if mode is VatMode.INSIDE else "Сумма НДС"
    return [(f"{label} ({rate_text(v.rate)}):", money(v.amount)) for v in vat if v.rate is not None]


def requisites(party: Party, *, with_phone: bool = True) -> str:
    """One line as 1C prints a party: name, ИНН, КПП, address, phone."""
    parts = [party.name]
    if party.inn:
        parts.append(f"ИНН {party.inn}")
    if party.kpp:
        parts.append(f"КПП {party.kpp}")
    if party.address:
        parts.append(party.address)
    if with_phone and party.phone:
        parts.append(f"тел.: {party.phone}")
    return ", ".join(parts)


# --- styles -----------------------------------------------------------------------------------


class Styles:
    """Paragraph styles, built once per process (after the fonts are registered)."""

    def __init__(self) -> None:
        base = ParagraphStyle("base", fontName=fonts.SANS, fontSize=9, leading=11)
        self.body = base
        self.small = ParagraphStyle("small", base, fontSize=7, leading=8.5)
        self.body_center = ParagraphStyle("body_center", base, alignment=TA_CENTER)
        self.small_center = ParagraphStyle("small_center", self.small, alignment=TA_CENTER)
        self.cell = ParagraphStyle("cell", base, fontSize=8, leading=9.5)
        self.head = ParagraphStyle("head", self.cell, fontName=fonts.SANS_BOLD, alignment=TA_CENTER)
        self.title = ParagraphStyle(
            "title", base, fontName=fonts.SANS_BOLD, fontSize=14, leading=17, alignment=TA_LEFT
        )
        self.title_center = ParagraphStyle("title_center", self.title, alignment=TA_CENTER)
        self.subtitle = ParagraphStyle(
            "subtitle", base, fontSize=9.5, leading=12, alignment=TA_CENTER
        )
        self.letter = ParagraphStyle(
            "letter", base, fontName=fonts.SERIF, fontSize=10.5, leading=14, firstLineIndent=10 * mm
        )
        self.letter_plain = ParagraphStyle("letter_plain", self.letter, firstLineIndent=0)
        self.letter_center = ParagraphStyle(
            "letter_center", self.letter_plain, fontName=fonts.SERIF_BOLD, alignment=TA_CENTER
        )
        self.letterhead = ParagraphStyle(
            "letterhead", base, fontName=fonts.SANS_BOLD, fontSize=12, leading=14
        )


@cache
def styles() -> Styles:
    fonts.register_fonts()
    return Styles()


def table_style(commands: Sequence[Any]) -> TableStyle:
    """A table style whose cells default to our font: ReportLab's default is Helvetica, which
    would be referenced (unembedded, without Cyrillic) even by empty cells."""
    return TableStyle([("FONT", (0, 0), (-1, -1), fonts.SANS, 8), *commands])


# --- building blocks --------------------------------------------------------------------------


def logo(
    path: Path | None, *, max_width: float = 60 * mm, max_height: float = 18 * mm
) -> Flowable | None:
    """The company logo scaled to fit, or None; a missing logo file is logged, not fatal."""
    if path is None:
        return None
    if not Path(path).is_file():
        log.warning("logo %s not found; printing without it", path)
        return None
    try:
        image = Image(str(path))
    except Exception:  # a broken image file must not stop an invoice
        log.warning("logo %s cannot be read; printing without it", path, exc_info=True)
        return None
    scale = min(max_width / image.imageWidth, max_height / image.imageHeight, 1.0)
    image.drawWidth = image.imageWidth * scale
    image.drawHeight = image.imageHeight * scale
    image.hAlign = "LEFT"
    return image


def rule(width: float = BODY_WIDTH, thickness: float = 2.0) -> Table:
    """A full-width horizontal rule (1C's thick line under the invoice title)."""
    t = Table([[""]], colWidths=[width], rowHeights=[thickness])
    t.setStyle(table_style([("LINEBELOW", (0, 0), (-1, -1), thickness, GRID)]))
    return t


def signature_row(
    entries: Sequence[tuple[str, Signatory | None]], *, width: float = BODY_WIDTH
) -> Table:
    """ "Руководитель ______ Иванов И. И.   Бухгалтер ______ Петрова А. А." on one row."""
    s = styles()
    gap, between = 3 * mm, 8 * mm
    each = (width - between * (len(entries) - 1)) / len(entries)
    cells: list[Any] = []
    under: list[Any] = []
    widths: list[float] = []
    lines: list[int] = []
    for i, (label, person) in enumerate(entries):
        if i:
            cells.append("")
            under.append("")
            widths.append(between)
        label_width = stringWidth(label, fonts.SANS_BOLD, 9) + 3 * mm
        rest = each - label_width - gap
        lines += [len(cells) + 1, len(cells) + 3]
        cells += [
            Paragraph(f"<b>{esc(label)}</b>", s.body),
            "",
            "",
            Paragraph(esc(person.name if person else ""), s.body_center),
        ]
        under += [
            "",
            Paragraph("подпись", s.small_center),
            "",
            Paragraph("расшифровка подписи", s.small_center),
        ]
        widths += [label_width, rest * 0.45, gap, rest * 0.55]
    t = Table([cells, under], colWidths=widths, hAlign="LEFT")
    commands: list[Any] = [
        ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
        ("TOPPADDING", (0, 0), (-1, 0), 12),
        ("BOTTOMPADDING", (0, 0), (-1, 0), 1),
        ("TOPPADDING", (0, 1), (-1, 1), 1),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 0),
    ]
    for column in lines:
        commands.append(("LINEBELOW", (column, 0), (column, 0), THIN, GRID))
    t.setStyle(table_style(commands))
    return t


def letterhead(company: Party, logo_path: Path | None) -> list[Flowable]:
    """Company name and requisites over a rule, with the logo on the left when there is one."""
    s = styles()
    lines = [f"ИНН {company.inn}" + (f", КПП {company.kpp}" if company.kpp else "")]
    if company.address:
        lines.append(company.address)
    contacts = ", ".join(
        x
        for x in (
            f"тел.: {company.phone}" if company.phone else "",
            f"e-mail: {company.email}" if company.email else "",
        )
        if x
    )
    if contacts:
        lines.append(contacts)
    if company.bank is not None:
        bank = company.bank
        lines.append(
            f"р/с {bank.account} в {bank.bank_name}, БИК {bank.bik}, "
            f"к/с {bank.correspondent_account}"
        )
    block = [Paragraph(esc(company.name), s.letterhead)] + [
        Paragraph(esc(line), s.small) for line in lines
    ]
    image = logo(logo_path, max_width=45 * mm, max_height=20 * mm)
    if image is None:
        head: Flowable = Table([[block]], colWidths=[BODY_WIDTH])
    else:
        head = Table(
            [[image, block]],
            colWidths=[image.drawWidth + 5 * mm, BODY_WIDTH - image.drawWidth - 5 * mm],
        )
    head.setStyle(
        table_style(
            [
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    return [head, Spacer(1, 1.5 * mm), rule(thickness=1.5), Spacer(1, 4 * mm)]


def reference_and_addressee(reference: str, attention: str, addressee: Party) -> Table:
    """ "Исх. № … от …" on the left, the addressee block on the right, as business letters go."""
    s = styles()
    right = [Paragraph(esc(attention), s.body)] if attention else []
    right.append(Paragraph(f"<b>{esc(addressee.name)}</b>", s.body))
    if addressee.address:
        right.append(Paragraph(esc(addressee.address), s.body))
    t = Table(
        [[Paragraph(esc(reference), s.body), right]], colWidths=[BODY_WIDTH * 0.5, BODY_WIDTH * 0.5]
    )
    t.setStyle(
        table_style(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    return t


def bordered_table(
    header: Sequence[str],
    widths: Sequence[float],
    rows: Sequence[Sequence[Any]],
    *,
    right: Sequence[int] = (),
    center: Sequence[int] = (),
    totals: Sequence[tuple[str, str]] = (),
    keep_last: int = 2,
) -> Table:
    """A 1C-style bordered table (header repeated on every page) with borderless totals under it.

    The totals live in the same table so that the last `keep_last` rows and the totals never
    part across a page break (NOSPLIT). Cells may be plain strings (fast: numbers) or
    paragraphs (wrapping text).
    """
    s = styles()
    data: list[list[Any]] = [[cell_text(h, w, s.head) for h, w in zip(header, widths, strict=True)]]
    data += [list(row) for row in rows]
    last = len(rows)
    columns = len(header)
    for label, value in totals:
        data.append([label] + [""] * (columns - 2) + [value])
    table = Table(data, colWidths=list(widths), repeatRows=1)
    commands: list[Any] = [
        ("FONT", (0, 0), (-1, -1), fonts.SANS, 8),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("VALIGN", (0, 0), (-1, 0), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 1.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
        ("LEFTPADDING", (0, 0), (-1, -1), 2.5),
        ("RIGHTPADDING", (0, 0), (-1, -1), 2.5),
        ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL),
        ("FONT", (0, 0), (-1, 0), fonts.SANS_BOLD, 8),
        ("ALIGN", (0, 0), (-1, 0), "CENTER"),
        ("INNERGRID", (0, 0), (-1, last), THIN, GRID),
        ("BOX", (0, 0), (-1, last), THICK, GRID),
    ]
    if last:
        commands += [("ALIGN", (c, 1), (c, last), "RIGHT") for c in right]
        commands += [("ALIGN", (c, 1), (c, last), "CENTER") for c in center]
    if totals or keep_last > 1:
        commands.append(("NOSPLIT", (0, max(1, last - keep_last + 1)), (-1, len(data) - 1)))
    for r in range(last + 1, len(data)):
        commands += [
            ("SPAN", (0, r), (columns - 2, r)),
            ("ALIGN", (0, r), (-1, r), "RIGHT"),
            ("FONT", (0, r), (-1, r), fonts.SANS_BOLD, 9),
            ("TOPPADDING", (0, r), (-1, r), 1),
            ("BOTTOMPADDING", (0, r), (-1, r), 1),
        ]
    if totals:
        commands.append(("TOPPADDING", (0, last + 1), (-1, last + 1), 4))
    table.setStyle(table_style(commands))
    return table


# --- page numbers and the PDF itself ----------------------------------------------------------


def _elided(text: str, width: float, canvas: Canvas) -> str:
    """`text` cut with "…" to fit `width` at the footer's font: two long company names in an
    акт сверки's footer must not run into the page number."""
    if canvas.stringWidth(text, fonts.SANS, 7) <= width:
        return text
    while text and canvas.stringWidth(text + "…", fonts.SANS, 7) > width:
        text = text[:-1]
    return text.rstrip(" ,") + "…"


def _numbered_canvas(footer: str) -> type[Canvas]:
    """A canvas that prints "Страница N из M" only when the document has more than one page.

    The total is known only at the end, so pages are kept and drawn in `save()`.
    """

    class NumberedCanvas(Canvas):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            # Not Helvetica: a PDF should reference only the fonts it embeds.
            kwargs["initialFontName"] = kwargs.get("initialFontName") or fonts.SANS
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []

        def showPage(self) -> None:
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for number, state in enumerate(self._pages, start=1):
                self.__dict__.update(state)
                if total > 1:
                    self.setFont(fonts.SANS, 7)
                    self.setFillColor(colors.Color(0.35, 0.35, 0.35))
                    label = f"Страница {number} из {total}"
                    self.drawRightString(PAGE_WIDTH - MARGIN_RIGHT, 7 * mm, label)
                    if footer:
                        room = (
                            PAGE_WIDTH
                            - MARGIN_LEFT
                            - MARGIN_RIGHT
                            - self.stringWidth(label, fonts.SANS, 7)
                            - 5 * mm
                        )
                        self.drawString(MARGIN_LEFT, 7 * mm, _elided(footer, room, self))
                Canvas.showPage(self)
            Canvas.save(self)

    return NumberedCanvas


def build_pdf(story: list[Flowable], *, title: str, author: str, footer: str = "") -> bytes:
    """Lay out `story` on A4 and return the PDF bytes (fonts embedded and subset)."""
    styles()  # fonts registered
    buffer = io.BytesIO()
    doc = BaseDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=MARGIN_LEFT,
        rightMargin=MARGIN_RIGHT,
        topMargin=MARGIN_TOP,
        bottomMargin=MARGIN_BOTTOM,
        title=title,
        author=author,
        creator="Wholesale Desk",
        subject=title,
        initialFontName=fonts.SANS,
    )
    # No frame padding: full-width tables line up with the margins, as on a 1C printout.
    frame = Frame(
        MARGIN_LEFT,
        MARGIN_BOTTOM,
        BODY_WIDTH,
        PAGE_HEIGHT - MARGIN_TOP - MARGIN_BOTTOM,
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
    )
    doc.addPageTemplates([PageTemplate(id="page", frames=[frame])])
    doc.build(story, canvasmaker=_numbered_canvas(footer))
    return buffer.getvalue()


def write_atomically(path: Path | str, data: bytes) -> None:
    """Write `data` to `path` through a temporary file and a rename: a reader never sees half a
    PDF, and a failed write leaves any previous file untouched. A device or pipe is written in
    place, never replaced (`output_file.write_output`); a missing folder is created."""
    from wholesale_desk.output_file import write_output

    write_output(path, data)


def render_to(build: Callable[[], bytes], path: Path | str | None) -> bytes:
    """Build the PDF in memory, then (if asked) write it atomically; returns the bytes."""
    data = build()
    if path is not None:
        write_atomically(path, data)
    return data
