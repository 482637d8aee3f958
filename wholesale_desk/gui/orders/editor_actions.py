"""The order editor's actions: save, send, cancel, print, and keeping typed work on close.

Saving and sending run as background operations; the service writes the order and its outbox
entry together, so what the user sends reaches 1C once."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QApplication, QMessageBox, QStyledItemDelegate

from wholesale_desk.gui.operations import Operation, show_error
from wholesale_desk.gui.orders.editor_parts import EditorParts
from wholesale_desk.gui.orders.editor_summary import _escape
from wholesale_desk.gui.orders.hub import orders_hub
from wholesale_desk.gui.texts import render
from wholesale_desk.i18n import UserError
from wholesale_desk.services import orders
from wholesale_desk.services.orders import EDITABLE_STATES, OrderInput


class ActionsPanel(EditorParts):
    """The buttons along the bottom of the editor and what closing it does."""

    # --- saving and sending --------------------------------------------------------------------
    def commit_open_cell(self) -> None:
        """Take what is typed in a cell still being edited (Ctrl+Enter straight from a cell)."""
        widget = QApplication.focusWidget()
        view = self.ui.linesView
        if widget is not None and widget is not view and view.isAncestorOf(widget):
            self.delegate.commitData.emit(widget)
            self.delegate.closeEditor.emit(widget, QStyledItemDelegate.EndEditHint.NoHint)

    def keep_typed_work(self) -> bool:
        """On close: a draft with unsaved lines is saved, so nothing typed is lost.

        Returns False when the window must stay open (the user wants to decide)."""
        self.commit_open_cell()
        if not self.dirty or self.order.state not in EDITABLE_STATES:
            return True
        self._read_header()
        if not self.order.lines:
            return True
        if self.ui.saveButton.isEnabled():
            try:
                self.order = orders.save_order(self.store, self.order, self.pricer)
            except Exception as exc:
                show_error(self, exc)
                return False
            self.dirty = False
            orders_hub.changed.emit(self.order.order_id or "")
            return True
        # An order 1C holds: changes go to 1C or are dropped, the user decides.
        answer = QMessageBox.question(
            self,
            self.tr("Order"),
            self.tr("Send your changes to 1C? If not, they are dropped."),
            QMessageBox.StandardButton.Yes
            | QMessageBox.StandardButton.No
            | QMessageBox.StandardButton.Cancel,
        )
        if answer == QMessageBox.StandardButton.Cancel:
            return False
        if answer == QMessageBox.StandardButton.Yes:
            try:
                self.order = orders.send_order(self.store, self.order, self.pricer)
            except Exception as exc:
                show_error(self, exc)
                return False
            orders_hub.changed.emit(self.order.order_id or "")
        self.dirty = False
        return True

    def _run(self, op: Callable[[], OrderInput], done_message: str) -> Operation[OrderInput] | None:
        if self.task is not None and not self.task.done:
            return self.task
        self.commit_open_cell()
        self.recalc()

        def finished(result: OrderInput) -> None:
            self.order = result
            self.dirty = False
            self._fill_header()
            self.recalc()
            self.saved.emit(result.order_id or "")
            orders_hub.changed.emit(result.order_id or "")
            self.ui.problemsLabel.setText(
                (self.ui.problemsLabel.text() + "<br>" if self.ui.problemsLabel.text() else "")
                + f"<span style='color:#14532d'>{_escape(done_message)}</span>"
            )

        def failed(exc: BaseException) -> None:
            if isinstance(exc, UserError):
                QMessageBox.warning(self, self.tr("Order"), render(exc.message))
            else:
                show_error(self, exc)

        self.task = Operation(self, op=lambda _p: op(), success=finished).failure(failed).run()
        return self.task

    @Slot()
    def save(self) -> Operation[OrderInput] | None:
        if not self.ui.saveButton.isEnabled():
            return None
        order = self.order
        return self._run(
            lambda: orders.save_order(self.store, order, self.pricer), self.tr("Saved.")
        )

    @Slot()
    def send(self) -> Operation[OrderInput] | None:
        order = self.order
        return self._run(
            lambda: orders.send_order(self.store, order, self.pricer),
            self.tr("Queued for 1C: it goes with the next sync."),
        )

    @Slot()
    def print_invoice(self) -> object:
        """The saved order's счёт на оплату in the print preview (the figures as saved)."""
        if self.order.order_id is None or not self.ui.printButton.isEnabled():
            return None
        from wholesale_desk.gui.documents.actions import open_invoice

        return open_invoice(self, self.store, self.order.order_id)

    @Slot()
    def make_offer(self) -> object:
        """A commercial offer to the order's client for the products and quantities typed here
        (saved or not): the client's prices, as the order has them."""
        self.commit_open_cell()
        self._read_header()
        lines = [line for line in self.order.lines if line.quantity > 0]
        if not lines:
            QMessageBox.information(
                self,
                self.tr("Commercial offer"),
                self.tr("Add the products to offer to the order first."),
            )
            return None
        from wholesale_desk.gui.documents.actions import open_offer

        return open_offer(
            self,
            self.store,
            self.order.client_id,
            [line.product_id for line in lines],
            [line.quantity for line in lines],
            manager_id=self.actor.manager_id,
        )

    @Slot()
    def cancel_order(self) -> None:
        if self.order.order_id is None:
            self.close()
            return
        answer = QMessageBox.question(
            self,
            self.tr("Cancel the order"),
            self.tr("Cancel this order? If 1C already has it, 1C is told to mark it deleted."),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        order_id = self.order.order_id
        self._cancel(order_id)

    def _cancel(self, order_id: str) -> Operation[OrderInput] | None:
        def op() -> OrderInput:
            orders.cancel_order(self.store, order_id, self.actor)
            return orders.load_order(self.store, order_id)

        return self._run(op, self.tr("The order is cancelled."))
