"""The order editor's lines panel: the keyboard flow through the grid and the quick fills
(repeat the last order, the usual basket, paste from a spreadsheet)."""

from __future__ import annotations

from decimal import Decimal

import shiboken6
from PySide6.QtCore import Qt, QTimer, Slot
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog

from wholesale_desk.gui.orders.basket import BasketDialog
from wholesale_desk.gui.orders.editor_parts import EditorParts
from wholesale_desk.gui.orders.lines import COL_PRODUCT, COL_QTY, LineRow
from wholesale_desk.gui.texts import render
from wholesale_desk.services import orders
from wholesale_desk.services.orders import LineInput
from wholesale_desk.services.product_search import ProductHit


class LinesPanel(EditorParts):
    """The lines grid's behaviour beyond the model: where the cursor goes, what fills it."""

    def automatic_discount(self) -> Decimal:
        """The automatic percent a new line gets now: what 1C's discounts (or the defaults)
        give this order as it stands, as the terms engine combines them."""
        if self.last_check is not None:
            return self.last_check.priced.auto_percent
        ctx = self.pricer.ctx
        draft = ctx.draft(
            [], shipment_date=self.order.shipment_date, order_date=self.order.order_date
        )
        return ctx.price(draft).auto_percent

    def _remember(self, hit: ProductHit) -> None:
        self.model.products[hit.product_id] = hit

    @Slot()
    def _lines_edited(self) -> None:
        self.dirty = True
        self.recalc()

    # --- keyboard flow -------------------------------------------------------------------------
    @Slot()
    def focus_new_line(self) -> None:
        """Put the cursor in the product cell of the blank row, ready to type."""
        if self.model.read_only or not shiboken6.isValid(self):
            return
        view = self.ui.linesView
        view.setFocus()
        view.setCurrentIndex(self.model.index(len(self.model.rows), COL_PRODUCT))

    @Slot(int)
    def _after_product(self, row: int) -> None:
        def go() -> None:
            if not shiboken6.isValid(self):
                return
            index = self.model.index(row, COL_QTY)
            self.ui.linesView.setCurrentIndex(index)
            self.ui.linesView.edit(index)

        QTimer.singleShot(0, go)

    @Slot(int, int)
    def _after_value(self, row: int, column: int) -> None:
        if column == COL_QTY:
            QTimer.singleShot(0, self.focus_new_line)

    # --- quick fills --------------------------------------------------------------------------
    def add_lines(self, lines: list[LineInput]) -> None:
        """Append lines (repeat, basket, paste); the same product adds to its quantity."""
        self._load_products([ln.product_id for ln in lines])
        rows = list(self.model.rows)
        by_product = {r.product_id: r for r in rows}
        for ln in lines:
            existing = by_product.get(ln.product_id)
            if existing is not None:
                existing.quantity += ln.quantity
            else:
                row = LineRow(ln.product_id, ln.quantity, ln.manual_discount_percent)
                rows.append(row)
                by_product[ln.product_id] = row
        self.model.set_lines(rows)
        self.dirty = True
        self.recalc()

    @Slot()
    def repeat_last_order(self) -> None:
        lines = orders.repeat_last_order(
            self.store, self.order.client_id, exclude_order_id=self.order.order_id
        )
        if not lines:
            self._show_input_problem(self.tr("The client has no earlier order to repeat."))
            return
        self.add_lines(lines)

    @Slot()
    def show_usual_basket(self) -> QDialog:
        items = orders.usual_basket(self.store, self.order.client_id, self.today)
        dialog = BasketDialog(items, self)
        dialog.accepted.connect(lambda: self.add_lines(dialog.chosen_lines()))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    @Slot()
    def paste_from_clipboard(self) -> None:
        self.paste_text(QGuiApplication.clipboard().text())

    def paste_text(self, pasted: str) -> None:
        result = orders.parse_pasted_lines(pasted, self.search.index)
        if result.lines:
            self.add_lines(result.lines)
        if result.problems:
            self._show_input_problem("\n".join(render(p) for p in result.problems))

    @Slot()
    def remove_current_line(self) -> None:
        index = self.ui.linesView.currentIndex()
        if index.isValid() and index.row() < len(self.model.rows):
            self.model.remove_row(index.row())
