"""A read-only table over a list of rows with declared columns (display, sort key, alarm).

Sorting happens on the rows themselves with each column's key function: one Python sort of
20,000 rows instead of a proxy calling `lessThan` back into Python hundreds of thousands of times.
Used by the receivables and reports views.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

Row = TypeVar("Row")
Index = QModelIndex | QPersistentModelIndex
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ALARM_BRUSH = QBrush(QColor(176, 32, 32))
"""Red text for what needs attention: overdue money, a limit exceeded."""


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

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        column = self.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.display(row)
        if role == SORT_ROLE:
            return column.sort(row)
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == 0:
            return column.display(row)  # the name column stretches: a long name may be elided
        if role == Qt.ItemDataRole.TextAlignmentRole and column.numeric:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and column.alarm and column.alarm(row):
            return ALARM_BRUSH
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.columns[section].header
        return None
