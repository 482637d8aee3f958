"""Column titles that wrap onto two lines, so a column is as wide as its figures, not its title.

Russian titles run ~30 % longer than English ("Продажи за 90 дн.", "Не просрочено"); sized to
fit on one line, the figure columns of a list squeeze the name column to a few letters on a
1366-pixel laptop. A two-line header lets a title break between words instead.
"""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QHeaderView

SORT_ARROW = 28
"""Room for the sort indicator and the section's margins."""


def wrap_titles(header: QHeaderView) -> None:
    """Let `header`'s titles break between words onto a second line."""
    header.setDefaultAlignment(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap)
    # QHeaderView sizes itself for one line of text whatever the alignment: ask for two.
    header.setMinimumHeight(2 * header.fontMetrics().height() + 6)


def title_width(header: QHeaderView, title: str) -> int:
    """The narrowest width showing `title` unclipped on two lines at most (the longer line of
    its best break between words), with room for the sort arrow. Breaks only at plain
    spaces, as Qt does: "90\u00a0дн." stays whole."""
    return _title_width(header.font().toString(), title)


@lru_cache(maxsize=512)
def _title_width(font: str, title: str) -> int:
    """Measured once per font and title: lists refit their titles on every reload."""
    qfont = QFont()
    qfont.fromString(font)
    qfont.setBold(True)  # Qt bolds the titles over a selected row
    metrics = QFontMetrics(qfont)
    words = title.split(" ")
    if len(words) == 1:
        return metrics.horizontalAdvance(title) + SORT_ARROW
    return _best_break(metrics, words) + SORT_ARROW


def _best_break(metrics: QFontMetrics, words: list[str]) -> int:
    """The width of the longer line when `words` are split at the best place into two lines."""
    return min(
        max(
            metrics.horizontalAdvance(" ".join(words[:cut])),
            metrics.horizontalAdvance(" ".join(words[cut:])),
        )
        for cut in range(1, len(words))
    )


def fit_titles(header: QHeaderView, columns: range | list[int]) -> None:
    """Widen each of `columns` that is too narrow for its (wrapped) title."""
    model = header.model()
    if model is None:
        return
    for column in columns:
        title = str(model.headerData(column, header.orientation()) or "")
        needed = title_width(header, title)
        if header.sectionSize(column) < needed:
            header.resizeSection(column, needed)
