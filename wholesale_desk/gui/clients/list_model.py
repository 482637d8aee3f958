"""The client list's model: the ordered ids of the current query and a lazy cache of rows.

As in Anki's browser table, the model never holds 20,000 rows: it holds their ids, exposes them
in chunks as the view scrolls (`fetchMore`, as Spyder does), and reads a block of rows from the
store the first time the view paints one of them. Sorting asks the page to re-query in SQL.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from decimal import Decimal
from typing import NamedTuple

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QModelRoleData,
    QModelRoleDataSpan,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont

from wholesale_desk.gui.clients import vocabulary
from wholesale_desk.gui.row_table import roles
from wholesale_desk.i18n import QT_TRANSLATE_NOOP
from wholesale_desk.money import format_money
from wholesale_desk.services.client_list import ClientRow, SortKey

FETCH_CHUNK = 500
"""Rows exposed to the view per `fetchMore`."""
ROW_BLOCK = 50
"""Rows read from the store at once when the view paints an uncached one."""

ID_ROLE = Qt.ItemDataRole.UserRole + 1

_CTX = "ClientListModel"
COLUMNS: tuple[tuple[SortKey, str], ...] = (
    (SortKey.NAME, QT_TRANSLATE_NOOP("ClientListModel", "Client")),
    (SortKey.INN, QT_TRANSLATE_NOOP("ClientListModel", "INN")),
    (SortKey.SEGMENT, QT_TRANSLATE_NOOP("ClientListModel", "Segment")),
    (SortKey.MANAGER, QT_TRANSLATE_NOOP("ClientListModel", "Manager")),
    (SortKey.CITY, QT_TRANSLATE_NOOP("ClientListModel", "City")),
    (SortKey.DEBT, QT_TRANSLATE_NOOP("ClientListModel", "Debt")),
    (SortKey.OVERDUE, QT_TRANSLATE_NOOP("ClientListModel", "Overdue")),
    (SortKey.LAST_ORDER, QT_TRANSLATE_NOOP("ClientListModel", "Last order")),
    (SortKey.SALES_90, QT_TRANSLATE_NOOP("ClientListModel", "Sales, 90 days")),
)
_MONEY = {SortKey.DEBT, SortKey.OVERDUE, SortKey.SALES_90}

_ID = ID_ROLE
_DISPLAY = Qt.ItemDataRole.DisplayRole.value
_ALIGN = Qt.ItemDataRole.TextAlignmentRole.value
_FOREGROUND = Qt.ItemDataRole.ForegroundRole.value
_FONT = Qt.ItemDataRole.FontRole.value
_TOOLTIP = Qt.ItemDataRole.ToolTipRole.value
_ROLES = frozenset({_ID, _DISPLAY, _ALIGN, _FOREGROUND, _FONT, _TOOLTIP})
_MONEY_COLUMNS = frozenset(i for i, (key, _t) in enumerate(COLUMNS) if key in _MONEY)
_OVERDUE_COLUMN = next(i for i, (key, _t) in enumerate(COLUMNS) if key is SortKey.OVERDUE)
_RIGHT = (Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter).value
_GREY = QBrush(QColor("#808080"))
_RED = QBrush(QColor("#c62828"))


class _Cells(NamedTuple):
    """A painted row, formatted once: texts per column and the flags that colour it."""

    texts: tuple[str, ...]
    removed: bool
    overdue: bool


RowLoader = Callable[[Sequence[str]], dict[str, ClientRow]]


class ClientListModel(QAbstractTableModel):
    """Ids in query order; rows read on demand through `load_rows` (a service call)."""

    sortRequested = Signal(object, bool)

    def __init__(self, load_rows: RowLoader, parent: object | None = None) -> None:
        super().__init__(parent)  # type: ignore[arg-type]
        self._load_rows = load_rows
        self._ids: list[str] = []
        self._shown = 0
        self._cache: dict[str, ClientRow] = {}
        self._display: dict[str, _Cells] = {}
        self._italic = QFont()
        self._italic.setItalic(True)
        self.sort_key = SortKey.NAME
        self.descending = False

    # data the page needs

    @property
    def ids(self) -> list[str]:
        return self._ids

    def total(self) -> int:
        return len(self._ids)

    def set_ids(self, ids: list[str], rows: dict[str, ClientRow] | None = None) -> None:
        """Show a new query result; cached rows are dropped (figures may have changed).
        `rows`: the first screen's rows, read by the query's own background task."""
        self.beginResetModel()
        self._ids = ids
        self._shown = min(FETCH_CHUNK, len(ids))
        self._cache.clear()
        if rows:
            self._cache.update(rows)
        self._display.clear()
        self.endResetModel()

    def invalidate_rows(self) -> None:
        """Forget cached rows (after a sync or a local change) and repaint."""
        self._cache.clear()
        self._display.clear()
        if self._shown:
            self.dataChanged.emit(self.index(0, 0), self.index(self._shown - 1, len(COLUMNS) - 1))

    def client_id(self, row: int) -> str | None:
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def row_of(self, client_id: str) -> int:
        try:
            return self._ids.index(client_id)
        except ValueError:
            return -1

    def ensure_shown(self, row: int) -> None:
        """Expose rows up to `row` (for keyboard jumps and for restoring a selection)."""
        while row >= self._shown and self.canFetchMore(QModelIndex()):
            self.fetchMore(QModelIndex())

    def row(self, row: int) -> ClientRow | None:
        client_id = self.client_id(row)
        if client_id is None:
            return None
        found = self._cache.get(client_id)
        if found is None:
            start = row - row % ROW_BLOCK
            block = [i for i in self._ids[start : start + ROW_BLOCK] if i not in self._cache]
            self._cache.update(self._load_rows(block))
            found = self._cache.get(client_id)
        return found

    # Qt model API

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._shown

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def canFetchMore(self, parent: QModelIndex | QPersistentModelIndex) -> bool:
        return not parent.isValid() and self._shown < len(self._ids)

    def fetchMore(self, parent: QModelIndex | QPersistentModelIndex) -> None:
        if parent.isValid():
            return
        more = min(FETCH_CHUNK, len(self._ids) - self._shown)
        if more <= 0:
            return
        self.beginInsertRows(QModelIndex(), self._shown, self._shown + more - 1)
        self._shown += more
        self.endInsertRows()

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        # Titles take the header's alignment (centred, wrapping): a right-aligned title ran
        # under the sort arrow.
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(COLUMNS):
            if role == Qt.ItemDataRole.DisplayRole:
                return QCoreApplication.translate(_CTX, COLUMNS[section][1])
        return None

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        # Called thousands of times per paint: plain int roles, one dict look-up per cell.
        role = role if isinstance(role, int) else int(role.value)
        if role not in _ROLES:
            return None
        row_number = index.row()
        if role == _ID:
            return self.client_id(row_number)
        cells = self._cells(row_number)
        if cells is None:
            return None
        column = index.column()
        if role == _DISPLAY:
            return cells.texts[column]
        if role == _ALIGN:
            return _RIGHT if column in _MONEY_COLUMNS else None
        if role == _FOREGROUND:
            if cells.removed:
                return _GREY
            return _RED if column == _OVERDUE_COLUMN and cells.overdue else None
        if role == _FONT:
            return self._italic if cells.removed else None
        if role == _TOOLTIP and cells.removed:
            return QCoreApplication.translate(
                "ClientListModel", "Deleted in 1C; kept here because of unsent local work"
            )
        if role == _TOOLTIP and column not in _MONEY_COLUMNS:
            return cells.texts[column] or None  # the whole name or segment where it is elided
        return None

    def multiData(
        self, index: QModelIndex | QPersistentModelIndex, span: QModelRoleDataSpan | QModelRoleData
    ) -> None:
        """Every role a delegate asks for a cell in one Python call (Qt 6 paints this way)."""
        cells = self._cells(index.row())
        column = index.column()
        for role_data in roles(span):
            role = role_data.role()
            if cells is None:
                role_data.clearData()
            elif role == _DISPLAY:
                role_data.setData(cells.texts[column])
            elif role == _ALIGN and column in _MONEY_COLUMNS:
                role_data.setData(_RIGHT)
            elif role == _FOREGROUND and (
                cells.removed or (column == _OVERDUE_COLUMN and cells.overdue)
            ):
                role_data.setData(_GREY if cells.removed else _RED)
            elif role == _FONT and cells.removed:
                role_data.setData(self._italic)
            else:
                role_data.clearData()

    def _cells(self, row_number: int) -> _Cells | None:
        client_id = self.client_id(row_number)
        if client_id is None:
            return None
        cells = self._display.get(client_id)
        if cells is None:
            row = self.row(row_number)
            if row is None:
                return None
            cells = _Cells(
                tuple(_display(row, key) for key, _title in COLUMNS),
                row.removed,
                row.overdue > 0,
            )
            self._display[client_id] = cells
        return cells

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sorting is a new SQL query: ask the page for it."""
        if 0 <= column < len(COLUMNS):
            self.sort_key = COLUMNS[column][0]
            self.descending = order == Qt.SortOrder.DescendingOrder
            self.sortRequested.emit(self.sort_key, self.descending)


def _money(value: Decimal) -> str:
    return format_money(value) if value else ""


def _display(row: ClientRow, key: SortKey) -> str:
    if key is SortKey.NAME:
        return row.name
    if key is SortKey.INN:
        return row.inn
    if key is SortKey.SEGMENT:
        return row.segments
    if key is SortKey.MANAGER:
        return row.manager
    if key is SortKey.CITY:
        return row.city
    if key is SortKey.DEBT:
        return _money(row.debt)
    if key is SortKey.OVERDUE:
        return _money(row.overdue)
    if key is SortKey.LAST_ORDER:
        return vocabulary.day(row.last_order)
    return _money(row.sales_90)
