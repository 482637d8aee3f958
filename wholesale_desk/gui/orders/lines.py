"""The order's lines grid: a table model over the typed lines and their prices, and its editors.

Keyboard first: typing in the product cell of the last (blank) row searches by article, code or
name; a list under the cell shows stock per warehouse and this client's price; Enter takes the
highlighted product and moves to the quantity; Enter there opens the next blank row. The popup
is an overlay in the editor's own window, so focus never leaves the cell being typed in.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractTableModel,
    QCoreApplication,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPoint,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QHideEvent, QKeyEvent, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLineEdit,
    QListView,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from wholesale_desk import pricing
from wholesale_desk.gui.texts import render
from wholesale_desk.i18n import QT_TRANSLATE_NOOP, Text, UserError
from wholesale_desk.money import format_money, format_qty, parse_decimal, round_money
from wholesale_desk.services.product_search import ProductHit

Index = QModelIndex | QPersistentModelIndex
CTX = "OrderLines"
ERROR_BRUSH = QBrush(QColor(248, 215, 218))
APPROVAL_BRUSH = QBrush(QColor(255, 243, 205))
PRODUCT_ID_ROLE = Qt.ItemDataRole.UserRole + 1

(COL_NO, COL_ARTICLE, COL_PRODUCT, COL_QTY, COL_UNIT, COL_PRICE, COL_DISCOUNT_PCT,
 COL_DISCOUNT, COL_AMOUNT, COL_VAT_RATE, COL_VAT, COL_STOCK) = range(12)  # fmt: skip

HEADERS = (
    QT_TRANSLATE_NOOP("OrderLines", "No."),
    QT_TRANSLATE_NOOP("OrderLines", "Article"),
    QT_TRANSLATE_NOOP("OrderLines", "Product"),
    QT_TRANSLATE_NOOP("OrderLines", "Qty"),
    QT_TRANSLATE_NOOP("OrderLines", "Unit"),
    QT_TRANSLATE_NOOP("OrderLines", "Price"),
    QT_TRANSLATE_NOOP("OrderLines", "Discount, %"),
    QT_TRANSLATE_NOOP("OrderLines", "Discounts"),
    QT_TRANSLATE_NOOP("OrderLines", "Amount"),
    QT_TRANSLATE_NOOP("OrderLines", "VAT, %"),
    QT_TRANSLATE_NOOP("OrderLines", "VAT"),
    QT_TRANSLATE_NOOP("OrderLines", "In stock"),
)
NUMERIC = {COL_NO, COL_QTY, COL_PRICE, COL_DISCOUNT_PCT, COL_DISCOUNT, COL_AMOUNT, COL_VAT_RATE,
           COL_VAT, COL_STOCK}  # fmt: skip
EDITABLE = {COL_ARTICLE, COL_PRODUCT, COL_QTY, COL_DISCOUNT_PCT}


def tr(source: str) -> str:
    """Translate a string marked with QT_TRANSLATE_NOOP in this module's context."""
    return QCoreApplication.translate(CTX, source)


@dataclass
class LineRow:
    """A grid row: what was typed, and what the engine made of it at the last recalculation."""

    product_id: str | None = None
    quantity: Decimal = Decimal(1)
    discount: Decimal | None = None
    priced: pricing.PricedLine | None = None
    errors: tuple[Text, ...] = ()
    approvals: tuple[Text, ...] = ()


class OrderLinesModel(QAbstractTableModel):
    """The typed lines plus one blank row at the end for the next product."""

    linesEdited = Signal()
    problem = Signal(str)  # a value that could not be taken, already translated

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows: list[LineRow] = []
        self.products: dict[str, ProductHit] = {}
        self.read_only = False
        self._explain: Callable[[pricing.PricedLine], list[Text]] | None = None

    # The lines

    def set_lines(self, rows: Sequence[LineRow]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def filled(self) -> list[LineRow]:
        return [r for r in self.rows if r.product_id]

    def add_product(self, row: int, product_id: str, quantity: Decimal | None = None) -> None:
        """Put a product on `row` (the blank row appends a line)."""
        if row >= len(self.rows):
            self.beginInsertRows(QModelIndex(), len(self.rows), len(self.rows))
            self.rows.append(LineRow(product_id, quantity or Decimal(1)))
            self.endInsertRows()
        else:
            self.rows[row].product_id = product_id
            if quantity is not None:
                self.rows[row].quantity = quantity
            self._changed_row(row)
        self.linesEdited.emit()

    def remove_row(self, row: int) -> None:
        if 0 <= row < len(self.rows):
            self.beginRemoveRows(QModelIndex(), row, row)
            del self.rows[row]
            self.endRemoveRows()
            self.linesEdited.emit()

    def apply_check(
        self,
        priced: Sequence[pricing.PricedLine],
        errors: Sequence[tuple[Text, ...]],
        approvals: Sequence[tuple[Text, ...]],
        explain: Callable[[pricing.PricedLine], list[Text]],
    ) -> None:
        """Show a recalculation: the engine's lines are in the order of `filled()`.

        Explanations are built when a tooltip asks, not for all 200 lines on every keystroke.
        """
        self._explain = explain
        for row, line, errs, apps in zip(self.filled(), priced, errors, approvals, strict=True):
            row.priced, row.errors, row.approvals = line, errs, apps
        if self.rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.rows) - 1, COL_STOCK))

    def _changed_row(self, row: int) -> None:
        self.dataChanged.emit(self.index(row, 0), self.index(row, COL_STOCK))

    # Qt model

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows) + (0 if self.read_only else 1)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return tr(HEADERS[section])
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.TextAlignmentRole:
            return int(
                (Qt.AlignmentFlag.AlignRight if section in NUMERIC else Qt.AlignmentFlag.AlignLeft)
                | Qt.AlignmentFlag.AlignVCenter
            )
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self.read_only or index.column() not in EDITABLE:
            return base
        if index.row() >= len(self.rows) and index.column() not in (COL_ARTICLE, COL_PRODUCT):
            return base
        return base | Qt.ItemFlag.ItemIsEditable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, col = index.row(), index.column()
        if row >= len(self.rows):
            if role == Qt.ItemDataRole.DisplayRole and col == COL_PRODUCT:
                return QCoreApplication.translate("OrderLines", "Type an article, code or name…")
            if role == Qt.ItemDataRole.ForegroundRole and col == COL_PRODUCT:
                return QBrush(QColor(128, 128, 128))
            return None
        line = self.rows[row]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, col, line)
        if role == Qt.ItemDataRole.EditRole:
            if col == COL_QTY:
                return format_qty(line.quantity)
            if col == COL_DISCOUNT_PCT:
                return "" if line.discount is None else format_qty(line.discount)
            return ""
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(
                (Qt.AlignmentFlag.AlignRight if col in NUMERIC else Qt.AlignmentFlag.AlignLeft)
                | Qt.AlignmentFlag.AlignVCenter
            )
        if role == Qt.ItemDataRole.BackgroundRole:
            if line.errors:
                return ERROR_BRUSH
            if line.approvals:
                return APPROVAL_BRUSH
            return None
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(col, line)
        if role == PRODUCT_ID_ROLE:
            return line.product_id
        return None

    def _display(self, row: int, col: int, line: LineRow) -> str:
        hit = self.products.get(line.product_id or "")
        p = line.priced
        if col == COL_NO:
            return str(row + 1)
        if col == COL_ARTICLE:
            return hit.article if hit else ""
        if col == COL_PRODUCT:
            return hit.name if hit else ""
        if col == COL_QTY:
            return format_qty(line.quantity)
        if col == COL_UNIT:
            return hit.unit if hit else ""
        if col == COL_DISCOUNT_PCT:
            return "" if line.discount is None else format_qty(line.discount)
        if p is None:
            return ""
        if col == COL_PRICE:
            return (
                format_money(p.base_price)
                if p.base_price is not None
                else QCoreApplication.translate("OrderLines", "no price")
            )
        if col == COL_DISCOUNT:
            return format_money(p.discount_amount) if p.discount_amount else ""
        if col == COL_AMOUNT:
            return format_money(p.amount)
        if col == COL_VAT_RATE:
            return (
                QCoreApplication.translate("OrderLines", "without VAT")
                if p.vat_rate is None
                else format_qty(p.vat_rate)
            )
        if col == COL_VAT:
            return format_money(p.vat_amount)
        if col == COL_STOCK:
            return format_qty(hit.total_stock) if hit else ""
        return ""

    def _tooltip(self, col: int, line: LineRow) -> str:
        hit = self.products.get(line.product_id or "")
        if col == COL_STOCK and hit is not None:
            if not hit.stock:
                return QCoreApplication.translate("OrderLines", "Not in stock")
            return "\n".join(f"{name}: {format_qty(qty)}" for name, qty in hit.stock)
        if line.priced is None or self._explain is None:
            return ""
        return "\n".join(render(t) for t in self._explain(line.priced))

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        row, col = index.row(), index.column()
        if role != Qt.ItemDataRole.EditRole or (
            row >= len(self.rows)
            and col
            not in (
                COL_ARTICLE,
                COL_PRODUCT,
            )
        ):
            return False
        if col in (COL_ARTICLE, COL_PRODUCT):
            if not value:
                return False
            self.add_product(row, str(value))
            return True
        line = self.rows[row]
        text_value = str(value).strip()
        try:
            if col == COL_QTY:
                line.quantity = parse_decimal(text_value or "0")
            elif col == COL_DISCOUNT_PCT:
                line.discount = parse_decimal(text_value) if text_value else None
            else:
                return False
        except UserError as exc:
            self.problem.emit(render(exc.message))
            return False
        self._changed_row(row)
        self.linesEdited.emit()
        return True


# --- the product search popup ------------------------------------------------------------------
class ProductPopup(QListView):
    """The list under the product cell: an overlay that never takes the keyboard focus."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("productPopup")
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setUniformItemSizes(True)
        self.setStyleSheet(
            "QListView#productPopup { border: 1px solid palette(mid); background: palette(base); }"
        )
        self.items = QStandardItemModel(self)
        self.setModel(self.items)
        self.hide()

    def show_hits(
        self,
        hits: Sequence[ProductHit],
        anchor: QWidget,
        empty_text: str,
        discount: Decimal = Decimal(0),
    ) -> None:
        self.items.clear()
        for hit in hits:
            item = QStandardItem(hit_text(hit, discount))
            item.setData(hit.product_id, PRODUCT_ID_ROLE)
            item.setToolTip(stock_text(hit))
            self.items.appendRow(item)
        if not hits:
            item = QStandardItem(empty_text)
            item.setEnabled(False)
            self.items.appendRow(item)
        window = self.parentWidget()
        assert window is not None
        top_left = anchor.mapTo(window, QPoint(0, anchor.height()))
        rows = min(max(len(hits), 1), 10)
        height = rows * (self.sizeHintForRow(0) if hits else self.fontMetrics().height() + 6) + 6
        width = max(anchor.width(), min(760, window.width() - top_left.x() - 8))
        if top_left.y() + height > window.height():
            top_left = anchor.mapTo(window, QPoint(0, -height))
        self.setGeometry(top_left.x(), top_left.y(), width, height)
        if hits:
            self.setCurrentIndex(self.items.index(0, 0))
        self.show()
        self.raise_()

    def move_selection(self, step: int) -> None:
        count = self.items.rowCount()
        if not count:
            return
        current = self.currentIndex().row()
        self.setCurrentIndex(self.items.index(max(0, min(count - 1, current + step)), 0))

    def chosen_id(self) -> str | None:
        index = self.currentIndex()
        if not index.isValid():
            index = self.items.index(0, 0)
        value = index.data(PRODUCT_ID_ROLE) if index.isValid() else None
        return str(value) if value else None


def hit_text(hit: ProductHit, discount: Decimal = Decimal(0)) -> str:
    """One popup line: article, name, this client's price (list price less the automatic
    discount the order gets now), stock per warehouse."""
    if hit.price is None:
        price = QCoreApplication.translate("OrderLines", "no price")
    elif discount > 0:
        net = round_money(hit.price * (100 - discount) / 100)
        price = f"{format_money(hit.price)} −{format_qty(discount)}% = {format_money(net)}"
    else:
        price = format_money(hit.price)
    stock = ", ".join(
        f"{name}: {format_qty(qty)}" for name, qty in hit.stock
    ) or QCoreApplication.translate("OrderLines", "not in stock")
    return f"{hit.article or hit.code}  ·  {hit.name}  ·  {price} ₽  ·  {stock}"


def stock_text(hit: ProductHit) -> str:
    if not hit.stock:
        return QCoreApplication.translate("OrderLines", "Not in stock")
    return "\n".join(f"{name}: {format_qty(qty)} {hit.unit}" for name, qty in hit.stock)


class ProductSearchEdit(QLineEdit):
    """The product cell's editor: every keystroke searches; Up/Down/Enter/Escape drive the list."""

    chosen = Signal(str)  # product id

    def __init__(
        self,
        parent: QWidget,
        search: Callable[[str], list[ProductHit]],
        remember: Callable[[ProductHit], None],
        discount: Callable[[], Decimal] = lambda: Decimal(0),
    ) -> None:
        super().__init__(parent)
        self._search = search
        self._remember = remember
        self._discount = discount
        self._hits: list[ProductHit] = []
        self.popup = ProductPopup(parent.window())
        self.popup.clicked.connect(self._clicked)
        self.textEdited.connect(self.refresh)
        self.destroyed.connect(self.popup.deleteLater)

    def refresh(self, query: str) -> None:
        self._hits = self._search(query) if query.strip() else []
        if not query.strip():
            self.popup.hide()
            return
        self.popup.show_hits(
            self._hits,
            self,
            QCoreApplication.translate("OrderLines", "Nothing found"),
            self._discount(),
        )

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Down, Qt.Key.Key_Up) and self.popup.isVisible():
            self.popup.move_selection(1 if key == Qt.Key.Key_Down else -1)
            return
        if key == Qt.Key.Key_PageDown and self.popup.isVisible():
            self.popup.move_selection(8)
            return
        if key == Qt.Key.Key_PageUp and self.popup.isVisible():
            self.popup.move_selection(-8)
            return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if self.text().strip() and not self._hits:
                self.refresh(self.text())
            self._choose(self.popup.chosen_id())
            return
        if key == Qt.Key.Key_Escape and self.popup.isVisible():
            self.popup.hide()
            return
        super().keyPressEvent(event)

    def _clicked(self, index: QModelIndex) -> None:
        value = index.data(PRODUCT_ID_ROLE)
        self._choose(str(value) if value else None)

    def _choose(self, product_id: str | None) -> None:
        if not product_id:
            return
        for hit in self._hits:
            if hit.product_id == product_id:
                self._remember(hit)
        self.popup.hide()
        self.setProperty("productId", product_id)
        self.chosen.emit(product_id)

    def hideEvent(self, event: QHideEvent) -> None:
        self.popup.hide()
        super().hideEvent(event)


class LinesDelegate(QStyledItemDelegate):
    """Editors for the grid: product search, quantity and discount as typed text."""

    productChosen = Signal(int)
    valueEntered = Signal(int, int)

    def __init__(
        self,
        parent: QObject,
        search: Callable[[str], list[ProductHit]],
        remember: Callable[[ProductHit], None],
        discount: Callable[[], Decimal] = lambda: Decimal(0),
    ) -> None:
        super().__init__(parent)
        self._search = search
        self._remember = remember
        self._discount = discount

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        if index.column() in (COL_ARTICLE, COL_PRODUCT):
            editor = ProductSearchEdit(parent, self._search, self._remember, self._discount)
            row = index.row()
            editor.chosen.connect(lambda _pid, e=editor, r=row: self._product_chosen(e, r))
            return editor
        line = QLineEdit(parent)
        line.setAlignment(Qt.AlignmentFlag.AlignRight)
        # Enter moves on to the next line; leaving the cell otherwise only keeps the value.
        line.returnPressed.connect(lambda e=line: e.setProperty("enter", True))
        return line

    def eventFilter(self, editor: QObject, event: QEvent) -> bool:
        """The product editor drives its own list with Up/Down/Enter/Escape."""
        if isinstance(editor, ProductSearchEdit) and isinstance(event, QKeyEvent):
            if event.type() == QEvent.Type.KeyPress and event.key() in (
                Qt.Key.Key_Return,
                Qt.Key.Key_Enter,
                Qt.Key.Key_Up,
                Qt.Key.Key_Down,
                Qt.Key.Key_PageUp,
                Qt.Key.Key_PageDown,
            ):
                return False
            if event.key() == Qt.Key.Key_Escape and editor.popup.isVisible():
                return False
        return super().eventFilter(editor, event)

    def _product_chosen(self, editor: ProductSearchEdit, row: int) -> None:
        self.commitData.emit(editor)
        self.closeEditor.emit(editor, QStyledItemDelegate.EndEditHint.NoHint)
        self.productChosen.emit(row)

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        if isinstance(editor, ProductSearchEdit):
            return  # the first key typed arrives as the start of the query
        if isinstance(editor, QLineEdit):
            editor.setText(str(index.data(Qt.ItemDataRole.EditRole) or ""))
            editor.selectAll()

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        if isinstance(editor, ProductSearchEdit):
            product_id = editor.property("productId")
            if product_id:
                model.setData(index, product_id, Qt.ItemDataRole.EditRole)
            return
        if isinstance(editor, QLineEdit):
            if model.setData(index, editor.text(), Qt.ItemDataRole.EditRole) and editor.property(
                "enter"
            ):
                self.valueEntered.emit(index.row(), index.column())

    def updateEditorGeometry(
        self, editor: QWidget, option: QStyleOptionViewItem, index: Index
    ) -> None:
        editor.setGeometry(option.rect)

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        return super().sizeHint(option, index)
