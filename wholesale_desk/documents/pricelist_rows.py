"""One product group of a price list as a flowable that splits across pages in constant time.

A price list of a whole catalogue is hundreds of pages of one-line rows. ReportLab's `Table`
re-measures the rest of a table at every page break (its cost grows with the square of a
group's length) and draws each cell with its own text object; this flowable measures every row
once, splits at a prefix sum, and draws a page of rows as one text object and one set of lines.

Each piece starts with the group's heading band and the column titles, so a group continued on
the next page says which group it is; a piece never holds fewer than `KEEP_WITH_HEADING` rows
(or the whole group when it is shorter), so a heading never ends a page alone.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import accumulate
from typing import Any

from reportlab.lib import colors
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable

from wholesale_desk.documents import fonts

FONT_SIZE = 8.0
LEADING = 9.5
HEAD_SIZE = 7.5
HEAD_LEADING = 8.8
PAD_X = 2.5
PAD_TOP = 1.2
PAD_BOTTOM = 1.8
BAND_HEIGHT = 14.0
KEEP_WITH_HEADING = 2
"""Product rows that always go to the page with their group's heading."""
CONTINUED = " (продолжение)"


@dataclass(frozen=True)
class RowColumn:
    """A column as drawn: width in points, alignment ("left", "right", "center"), wrapping."""

    width: float
    align: str = "left"
    wraps: bool = False


class GroupRows(Flowable):  # type: ignore[misc]
    """A group's heading, column titles and rows; see the module docstring."""

    def __init__(
        self,
        title: str,
        columns: Sequence[RowColumn],
        titles: Sequence[str],
        rows: Sequence[Sequence[str]],
        *,
        band_fill: Any,
        header_fill: Any,
        continued: bool = False,
        _measured: tuple[list[list[list[str]]], list[float]] | None = None,
    ) -> None:
        super().__init__()
        self.title = title
        self.columns = list(columns)
        self.titles = list(titles)
        self.band_fill, self.header_fill = band_fill, header_fill
        self.continued = continued
        self.width = sum(c.width for c in self.columns)
        self.header_lines = [
            simpleSplit(t, fonts.SANS_BOLD, HEAD_SIZE, c.width - 2 * PAD_X) or [""]
            for t, c in zip(self.titles, self.columns, strict=True)
        ]
        self.header_height = (
            max(len(lines) for lines in self.header_lines) * HEAD_LEADING + PAD_TOP + PAD_BOTTOM
        )
        if _measured is None:
            cells = [self._lines(row) for row in rows]
            heights = [max(len(c) for c in cell) * LEADING + PAD_TOP + PAD_BOTTOM for cell in cells]
            _measured = (cells, heights)
        self.cells, self.heights = _measured
        self.tops = [0.0, *accumulate(self.heights)]

    def _lines(self, row: Sequence[str]) -> list[list[str]]:
        out = []
        for value, column in zip(row, self.columns, strict=True):
            room = column.width - 2 * PAD_X
            if column.wraps and stringWidth(value, fonts.SANS, FONT_SIZE) > room:
                out.append(simpleSplit(value, fonts.SANS, FONT_SIZE, room) or [""])
            else:
                out.append([value])
        return out

    @property
    def head_height(self) -> float:
        return BAND_HEIGHT + self.header_height

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return self.width, self.head_height + self.tops[-1]

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        room = avail_height - self.head_height
        fits = bisect_right(self.tops, room) - 1  # rows whose bottom is within the room
        keep = min(KEEP_WITH_HEADING, len(self.heights))
        if fits < max(keep, 1) or fits >= len(self.heights):
            return []  # to the next page whole (or it fits and needs no split)
        return [self._piece(0, fits, self.continued), self._piece(fits, len(self.heights), True)]

    def _piece(self, start: int, end: int, continued: bool) -> GroupRows:
        return GroupRows(
            self.title,
            self.columns,
            self.titles,
            (),
            band_fill=self.band_fill,
            header_fill=self.header_fill,
            continued=continued,
            _measured=(self.cells[start:end], self.heights[start:end]),
        )

    # --- drawing ------------------------------------------------------------------------------
    def draw(self) -> None:
        canvas = self.canv
        total = self.head_height + self.tops[-1]
        lefts = [0.0, *accumulate(c.width for c in self.columns)]
        canvas.saveState()
        canvas.setFillColor(self.band_fill)
        canvas.rect(0, total - BAND_HEIGHT, self.width, BAND_HEIGHT, stroke=0, fill=1)
        canvas.setFillColor(self.header_fill)
        canvas.rect(0, total - self.head_height, self.width, self.header_height, stroke=0, fill=1)
        canvas.setFillColor(colors.black)
        text = canvas.beginText()
        text.setFont(fonts.SANS_BOLD, FONT_SIZE)
        text.setTextOrigin(PAD_X, total - BAND_HEIGHT + 4.2)
        text.textOut(self.title + (CONTINUED if self.continued else ""))
        self._draw_header(text, lefts, total - BAND_HEIGHT)
        text.setFont(fonts.SANS, FONT_SIZE)
        top = total - self.head_height
        for cells, height in zip(self.cells, self.heights, strict=True):
            for lines, column, left in zip(cells, self.columns, lefts[:-1], strict=True):
                baseline = top - PAD_TOP - FONT_SIZE + 0.6
                for line in lines:
                    text.setTextOrigin(self._x(line, column, left, fonts.SANS, FONT_SIZE), baseline)
                    text.textOut(line)
                    baseline -= LEADING
            top -= height
        canvas.drawText(text)
        self._draw_grid(lefts, total)
        canvas.restoreState()

    def _draw_header(self, text: Any, lefts: list[float], top: float) -> None:
        text.setFont(fonts.SANS_BOLD, HEAD_SIZE)
        for lines, column, left in zip(self.header_lines, self.columns, lefts[:-1], strict=True):
            first = top - (self.header_height - len(lines) * HEAD_LEADING) / 2 - HEAD_SIZE + 0.8
            for n, line in enumerate(lines):
                width = stringWidth(line, fonts.SANS_BOLD, HEAD_SIZE)
                text.setTextOrigin(left + (column.width - width) / 2, first - n * HEAD_LEADING)
                text.textOut(line)

    @staticmethod
    def _x(value: str, column: RowColumn, left: float, font: str, size: float) -> float:
        if column.align == "left":
            return left + PAD_X
        width = stringWidth(value, font, size)
        if column.align == "right":
            return left + column.width - PAD_X - width
        return left + (column.width - width) / 2

    def _draw_grid(self, lefts: list[float], total: float) -> None:
        canvas = self.canv
        canvas.setStrokeColor(colors.black)
        canvas.setLineWidth(0.5)
        table_top = total - BAND_HEIGHT
        ys = [table_top, total - self.head_height]
        ys += [total - self.head_height - t for t in self.tops[1:]]
        lines: list[tuple[float, float, float, float]] = [(0.0, y, self.width, y) for y in ys]
        lines += [(x, table_top, x, 0.0) for x in lefts]
        lines.append((0.0, total, self.width, total))
        lines += [(0.0, total, 0.0, table_top), (self.width, total, self.width, table_top)]
        canvas.lines(lines)
