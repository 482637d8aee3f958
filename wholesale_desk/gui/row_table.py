"""A read-only table over a list of rows with declared columns (display, sort key, alarm).

Sorting happens on the rows themselves with each column's key function: one Python sort of
20,000 rows instead of a proxy calling `lessThan` back into Python hundreds of thousands of times.
Used by the receivables and reports views.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import Any, Generic, TypeVar, cast

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QModelRoleData,
    QModelRoleDataSpan,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QStyle, QTableView

from wholesale_desk.gui.header_titles import title_width

Row = TypeVar("Row")
Index = QModelIndex | QPersistentModelIndex
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ALARM_BRUSH = QBrush(QColor(176, 32, 32))
"""Red text for what needs attention: overdue money, a limit exceeded."""
_DISPLAY = Qt.ItemDataRole.DisplayRole.value
_ALIGN = Qt.ItemDataRole.TextAlignmentRole.value
_FOREGROUND = Qt.ItemDataRole.ForegroundRole.value
_RIGHT = (Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter).value
_SORT = int(SORT_ROLE)
_TOOLTIP = Qt.ItemDataRole.ToolTipRole.value
_ROLES = frozenset({_DISPLAY, _ALIGN, _FOREGROUND, _SORT, _TOOLTIP})
"""The roles this model answers; sizing a column asks each cell for eight."""


def roles(span: QModelRoleDataSpan | QModelRoleData) -> Iterable[QModelRoleData]:
    """The roles in a `multiData` span: PySide6 iterates a span at run time, its stubs don't."""
    return cast("Iterable[QModelRoleData]", span)


class Column(Generic[Row]):
    """One column: its header, how a row shows in it, and the value it sorts by."""

    def __init__(
        self,
        header: str,
        display: Callable[[Row], str],
        sort: Callable[[Row], Any],
        numeric: bool = False,
        alarm: Callable[[Row], bool] | None = None,
    ) -> None:
        self.header = header
        self.display = display
        self.sort = sort
        self.numeric = numeric
        self.alarm = alarm


class RowsModel(QAbstractTableModel, Generic[Row]):
    """A read-only table over a list of rows; columns are declared, not switch-cased."""

    def __init__(self, columns: Callable[[], Sequence[Column[Row]]]) -> None:
        super().__init__()
        self._make_columns = columns
        self.columns = list(columns())
        self.rows: list[Row] = []

    def set_rows(self, rows: list[Row]) -> None:
        self.beginResetModel()
        self.rows = rows
        if self._sort is not None:
            self._sort_rows(*self._sort)
        self.endResetModel()

    _sort: tuple[int, Qt.SortOrder] | None = None

    def _sort_rows(self, column: int, order: Qt.SortOrder) -> None:
        key = self.columns[column].sort
        self.rows.sort(key=key, reverse=order == Qt.SortOrder.DescendingOrder)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort the rows themselves with a key function: one Python sort of 20,000 rows
        instead of a proxy calling `lessThan` back into Python 400,000 times."""
        if not 0 <= column < len(self.columns):
            return
        self._sort = (column, order)
        self.layoutAboutToBeChanged.emit()
        self._sort_rows(column, order)
        self.layoutChanged.emit()

    def retranslate(self) -> None:
        self.columns = list(self._make_columns())
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.columns) - 1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def row_at(self, number: int) -> Row:
        """The row painted at `number` (a subclass may fetch what it lacks here)."""
        return self.rows[number]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        role = role if isinstance(role, int) else int(role.value)
        if role not in _ROLES or not index.isValid():
            return None  # font, decoration, check state…: asked of every cell, answered at once
        row = self.row_at(index.row())
        column = self.columns[index.column()]
        if role == _DISPLAY:
            return column.display(row)
        if role == _SORT:
            return column.sort(row)
        if role == _TOOLTIP:  # the name column stretches: a long name may be elided
            return column.display(row) if index.column() == 0 else None
        if role == _ALIGN:
            return _RIGHT if column.numeric else None
        if column.alarm is not None and column.alarm(row):
            return ALARM_BRUSH
        return None

    def multiData(self, index: Index, span: QModelRoleDataSpan | QModelRoleData) -> None:
        """Every role a delegate asks for a cell, in one Python call (Qt 6 delegates paint this
        way); `data` answers role by role, at once for the roles this model has nothing for."""
        if not index.isValid():
            for role_data in roles(span):
                role_data.clearData()
            return
        row = self.row_at(index.row())
        column = self.columns[index.column()]
        for role_data in roles(span):
            role = role_data.role()
            if role == _DISPLAY:
                role_data.setData(column.display(row))
            elif role == _ALIGN and column.numeric:
                role_data.setData(_RIGHT)
            elif role == _FOREGROUND and column.alarm is not None and column.alarm(row):
                role_data.setData(ALARM_BRUSH)
            else:
                role_data.clearData()

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.columns[section].header
        return None


def fit_columns(view: QTableView, model: RowsModel[Any], sample: int = 200) -> None:
    """Size each column to its header and the widest text of the first `sample` rows.

    What `resizeColumnsToContents` does, measuring only the display text: Qt's sizing asks every
    sampled cell for eight roles and lays each out, five times slower over a Python model.
    """
    metrics = view.fontMetrics()
    header = view.horizontalHeader()
    rows = model.rows[:sample]
    # A delegate pads text by the focus frame margin plus one on each side; the grid takes one.
    padding = 2 * (
        view.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view) + 1
    )
    padding += 2 if view.showGrid() else 1  # and a pixel of rounding
    wraps = bool(header.defaultAlignment() & Qt.TextFlag.TextWordWrap)
    for number, column in enumerate(model.columns):
        if header.isSectionHidden(number):
            continue
        texts = {column.display(row) for row in rows}
        widest = max((metrics.horizontalAdvance(text) for text in texts if text), default=0)
        if wraps:
            title = title_width(header, str(column.header))
        else:
            title = header.sectionSizeHint(number)
        header.resizeSection(number, max(widest + padding, title))
