"""The timeline table: one row per interaction or document, newest first, with key figures."""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from wholesale_desk.gui import invoice_status
from wholesale_desk.gui.clients import vocabulary
from wholesale_desk.i18n import QT_TRANSLATE_NOOP
from wholesale_desk.money import format_money
from wholesale_desk.services.timeline import INTERACTION_KINDS, ItemKind, TimelineItem

_CTX = "TimelineModel"
COLUMNS = (
    QT_TRANSLATE_NOOP("TimelineModel", "When"),
    QT_TRANSLATE_NOOP("TimelineModel", "What"),
    QT_TRANSLATE_NOOP("TimelineModel", "Number"),
    QT_TRANSLATE_NOOP("TimelineModel", "Details"),
    QT_TRANSLATE_NOOP("TimelineModel", "Amount"),
)
ITEM_ROLE = Qt.ItemDataRole.UserRole + 1
KIND_COLORS = {
    ItemKind.ORDER: "#1565c0",
    ItemKind.SHIPMENT: "#2e7d32",
    ItemKind.RETURN: "#ef6c00",
    ItemKind.PAYMENT: "#00838f",
    ItemKind.INVOICE: "#6a1b9a",
    ItemKind.COMPLAINT: "#c62828",
}


def details(item: TimelineItem) -> str:
    """The key facts of an item in one line."""
    parts: list[str] = []
    if item.kind in INTERACTION_KINDS:
        parts.append(item.subject)
        if item.satisfaction:
            parts.append("★" * item.satisfaction + "☆" * (5 - item.satisfaction))
        text = item.detail.replace("\n", " ").strip()
        if text:
            parts.append(text[:120])
    elif item.kind is ItemKind.ORDER:
        parts.append(vocabulary.order_state(item.state))
        if item.subject:
            parts.append(item.subject)
    elif item.kind is ItemKind.INVOICE:
        if item.invoice is not None:
            parts.append(invoice_status.describe(item.invoice))
    elif item.kind is ItemKind.PAYMENT:
        parts.append(vocabulary.tr(vocabulary.PAYMENT_KINDS.get(item.subject, item.subject)))
    elif item.subject:
        parts.append(item.subject)
    if item.unsent:
        parts.append(QCoreApplication.translate("TimelineModel", "not yet in 1C"))
    return " · ".join(p for p in parts if p)


class TimelineModel(QAbstractTableModel):
    def __init__(self, parent: object | None = None) -> None:
        super().__init__(parent)  # type: ignore[arg-type]
        self.items: list[TimelineItem] = []

    def set_items(self, items: list[TimelineItem]) -> None:
        self.beginResetModel()
        self.items = items
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.items)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate(_CTX, COLUMNS[section])
        return None

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if not index.isValid():
            return None
        item = self.items[index.row()]
        column = index.column()
        if role == ITEM_ROLE:
            return item
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return vocabulary.moment(item.when)
            if column == 1:
                return vocabulary.kind_name(item.kind)
            if column == 2:
                return item.number
            if column == 3:
                return details(item)
            if column == 4:
                return format_money(item.amount) if item.amount is not None else ""
        if role == Qt.ItemDataRole.TextAlignmentRole and column == 4:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and column == 1 and item.kind in KIND_COLORS:
            return QBrush(QColor(KIND_COLORS[item.kind]))
        if role == Qt.ItemDataRole.ToolTipRole and column == 3:
            return item.detail or None
        return None
