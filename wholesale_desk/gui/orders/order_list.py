"""The Orders section: every order with its status and filters, and the head of sales' queue.

Rows come from `services.orders.list_orders` off the GUI thread (which also moves accepted orders
on to shipped and paid from what the last sync brought). A row rejected by 1C shows 1C's words;
an order waiting for approval shows why.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from decimal import Decimal
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QEvent,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtGui import QBrush, QColor, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QHeaderView,
    QInputDialog,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from wholesale_desk.gui import invoice_status
from wholesale_desk.gui.error_dialog import show_error
from wholesale_desk.gui.forms.ui_order_list import Ui_OrderListPage
from wholesale_desk.gui.operations import Operation
from wholesale_desk.gui.orders.editor import (
    actor_for,
    open_order_editor,
    orders_hub,
    refresh_open_editors,
)
from wholesale_desk.gui.session.menu_paths import conflicts_path
from wholesale_desk.gui.texts import render
from wholesale_desk.i18n import QT_TRANSLATE_NOOP
from wholesale_desk.models import OrderState
from wholesale_desk.money import format_money
from wholesale_desk.services import orders
from wholesale_desk.services.orders import OrderRow
from wholesale_desk.services.product_search import shared_index
from wholesale_desk.services.terms import Actor
from wholesale_desk.store import Store

Index = QModelIndex | QPersistentModelIndex
Listing = tuple[list[OrderRow], list[OrderRow], tuple[int, Decimal]]
CTX = "OrderList"

FILTERS: tuple[tuple[str, tuple[OrderState, ...] | None], ...] = (
    (QT_TRANSLATE_NOOP("OrderList", "All"), None),
    (QT_TRANSLATE_NOOP("OrderList", "Drafts"), (OrderState.DRAFT,)),
    (
        QT_TRANSLATE_NOOP("OrderList", "Needs approval"),
        (OrderState.NEEDS_APPROVAL, OrderState.APPROVED),
    ),
    (QT_TRANSLATE_NOOP("OrderList", "On the way to 1C"), (OrderState.QUEUED, OrderState.SENT)),
    (QT_TRANSLATE_NOOP("OrderList", "In 1C"), (OrderState.ACCEPTED, OrderState.POSTED)),
    (QT_TRANSLATE_NOOP("OrderList", "Shipped"), (OrderState.SHIPPED_PARTLY, OrderState.SHIPPED)),
    (QT_TRANSLATE_NOOP("OrderList", "Paid"), (OrderState.PAID,)),
    (QT_TRANSLATE_NOOP("OrderList", "Rejected by 1C"), (OrderState.REJECTED,)),
    (QT_TRANSLATE_NOOP("OrderList", "Cancelled"), (OrderState.CANCELLED,)),
)
HEADERS = (
    QT_TRANSLATE_NOOP("OrderList", "Number"),
    QT_TRANSLATE_NOOP("OrderList", "Date"),
    QT_TRANSLATE_NOOP("OrderList", "Client"),
    QT_TRANSLATE_NOOP("OrderList", "Manager"),
    QT_TRANSLATE_NOOP("OrderList", "Status"),
    QT_TRANSLATE_NOOP("OrderList", "Amount"),
    QT_TRANSLATE_NOOP("OrderList", "Delivery"),
    QT_TRANSLATE_NOOP("OrderList", "Lines"),
    QT_TRANSLATE_NOOP("OrderList", "Invoice"),
)
INVOICE_COLUMN = 8
ALARM = QBrush(QColor(176, 32, 32))
WAITING = QBrush(QColor(138, 94, 0))


def tr(source: str) -> str:
    """Translate a string marked with QT_TRANSLATE_NOOP in this module's context."""
    return QCoreApplication.translate(CTX, source)


class OrdersModel(QAbstractTableModel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[OrderRow] = []

    def set_rows(self, rows: Sequence[OrderRow]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return tr(HEADERS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            values = (
                row.number or QCoreApplication.translate("OrderList", "(not in 1C yet)"),
                row.created.strftime("%d.%m.%Y %H:%M"),
                row.client_name,
                row.manager_name,
                render(orders.status_title(row.state, row.conflict)),
                format_money(row.amount),
                row.shipment_date.strftime("%d.%m.%Y") if row.shipment_date else "",
                str(row.lines),
                invoice_status.describe(row.invoice) if row.invoice else "",
            )
            return values[col]
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (5, 7):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and col == 4:
            if row.state is OrderState.REJECTED or row.outbox_error or row.conflict:
                return ALARM
            if row.state is OrderState.NEEDS_APPROVAL:
                return WAITING
        if role == Qt.ItemDataRole.ForegroundRole and col == INVOICE_COLUMN and row.invoice:
            return invoice_status.brush(row.invoice)
        if role == Qt.ItemDataRole.ToolTipRole:
            return detail_text(row)
        return None


def detail_text(row: OrderRow) -> str:
    """What to know about an order beyond its row: 1C's refusal, approval reasons, a conflict."""
    parts = []
    if row.conflict:
        parts.append(
            QCoreApplication.translate(
                "OrderList",
                "Changed in 1C while your edit was on its way: open {menu_path} to choose.",
            ).format(menu_path=conflicts_path())
        )
    if row.state is OrderState.REJECTED and row.reject_message:
        parts.append(
            QCoreApplication.translate("OrderList", "1C refused it: {message}").format(
                message=row.reject_message
            )
        )
    elif row.outbox_error:
        parts.append(
            QCoreApplication.translate("OrderList", "Sync: {message}").format(
                message=row.outbox_error
            )
        )
    if row.state is OrderState.DRAFT and row.reject_message:
        parts.append(
            QCoreApplication.translate(
                "OrderList", "Returned by the head of sales: {reason}"
            ).format(reason=row.reject_message)
        )
    if row.state is OrderState.NEEDS_APPROVAL and row.reject_message:
        parts.append(
            QCoreApplication.translate("OrderList", "1C refused the approval: {message}").format(
                message=row.reject_message
            )
        )
    if row.approval_reasons and row.state in (OrderState.NEEDS_APPROVAL, OrderState.APPROVED):
        parts.append(QCoreApplication.translate("OrderList", "Needs approval:"))
        parts.extend(f"• {render(t)}" for t in row.approval_reasons)
    if row.approved_at is not None:
        when = row.approved_at.strftime("%d.%m.%Y %H:%M")
        parts.append(
            QCoreApplication.translate("OrderList", "Approved in 1C on {when} by {who}").format(
                when=when, who=row.approved_by or "—"
            )
            if row.approved_by
            else QCoreApplication.translate("OrderList", "Approved in 1C on {when}").format(
                when=when
            )
        )
    return "\n".join(parts)


class ClientPicker(QDialog):
    """Type a few letters of a client (name, INN, phone), Enter opens the order for them."""

    chosen = Signal(str)  # client id

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.setWindowTitle(self.tr("New order: choose the client"))
        layout = QVBoxLayout(self)
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Client name, INN or phone"))
        self.search.setClearButtonEnabled(True)
        self.list = QListWidget(self)
        layout.addWidget(self.search)
        layout.addWidget(self.list)
        self.search.textChanged.connect(self.refresh)
        self.search.returnPressed.connect(self.accept)
        self.list.itemActivated.connect(lambda _item: self.accept())
        self.search.installEventFilter(self)
        self.resize(480, 420)
        self.refresh("")

    def refresh(self, typed: str) -> None:
        self.list.clear()
        for client_id, name in orders.find_clients(self.store, typed):
            item = QListWidgetItem(name)
            item.setData(Qt.ItemDataRole.UserRole, client_id)
            self.list.addItem(item)
        if self.list.count():
            self.list.setCurrentRow(0)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Up and Down in the search box move through the list."""
        if (
            watched is self.search
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
        ):
            step = {Qt.Key.Key_Down: 1, Qt.Key.Key_Up: -1}.get(Qt.Key(event.key()))
            if step is not None and self.list.count():
                row = max(0, min(self.list.count() - 1, self.list.currentRow() + step))
                self.list.setCurrentRow(row)
                return True
        return super().eventFilter(watched, event)

    def accept(self) -> None:
        item = self.list.currentItem()
        if item is None:
            return
        self.chosen.emit(str(item.data(Qt.ItemDataRole.UserRole)))
        super().accept()


class OrderListPage(QWidget):
    """All orders with status filters; the approval queue for a head of sales."""

    orderOpened = Signal(str)

    def __init__(
        self,
        store: Store,
        parent: QWidget | None = None,
        *,
        actor: Actor | Callable[[], Actor] | None = None,
    ) -> None:
        super().__init__(parent)
        self.store = store
        self._actor = actor
        self.ui = Ui_OrderListPage()
        self.ui.setupUi(self)
        font = self.ui.titleLabel.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.ui.titleLabel.setFont(font)
        self.orders = OrdersModel(self)
        self.queue = OrdersModel(self)
        for view, model in ((self.ui.ordersView, self.orders), (self.ui.approvalView, self.queue)):
            self._setup_view(view, model)
        self.ui.stateCombo.currentIndexChanged.connect(self.reload)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(200)
        self._search_timer.timeout.connect(self.reload)
        self.ui.searchEdit.textChanged.connect(self._search_timer.start)
        # An order saved in any editor (Ctrl+N on a client too) shows here at once.
        orders_hub.changed.connect(self._search_timer.start)
        self.ui.ordersView.activated.connect(lambda i: self.open_order(self._row(self.orders, i)))
        self.ui.approvalView.activated.connect(lambda i: self.open_order(self._row(self.queue, i)))
        self.ui.openButton.clicked.connect(
            lambda: self.open_order(self.selected(self.ui.ordersView, self.orders))
        )
        self.ui.openApprovalButton.clicked.connect(
            lambda: self.open_order(self.selected(self.ui.approvalView, self.queue))
        )
        self.ui.cancelButton.clicked.connect(self.cancel_selected)
        self.ui.offerButton.clicked.connect(self.make_offer)
        self.ui.printInvoicesButton.clicked.connect(self.print_invoices)
        self.ui.ordersView.selectionModel().selectionChanged.connect(self._update_buttons)
        self.ui.newOrderButton.clicked.connect(self.new_order)
        QShortcut(QKeySequence("Ctrl+N"), self, self.new_order)
        self.ui.approveButton.clicked.connect(self.approve_selected)
        self.ui.rejectButton.clicked.connect(self.reject_selected)
        self.ui.ordersView.selectionModel().currentRowChanged.connect(self._show_detail)
        self.ui.approvalView.selectionModel().currentRowChanged.connect(self._show_reasons)
        QShortcut(QKeySequence("Ctrl+F"), self, self.ui.searchEdit.setFocus)
        self.retranslateUi()

    @property
    def actor(self) -> Actor:
        if callable(self._actor):
            return self._actor()
        return self._actor or actor_for(self)

    @staticmethod
    def _setup_view(view: QTableView, model: OrdersModel) -> None:
        view.setModel(model)
        view.verticalHeader().setVisible(False)
        view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 8)
        header = view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)

    # Loading

    @Slot()
    def reload(self) -> Operation[Listing]:
        states = FILTERS[max(0, self.ui.stateCombo.currentIndex())][1]
        search = self.ui.searchEdit.text()

        def op(_p: object) -> Listing:
            listing = (
                orders.list_orders(self.store, states=states, search=search),
                orders.approval_queue(self.store),
                orders.order_totals(self.store, states=states, search=search),
            )
            # Build the product index here, off the GUI thread, so the first order editor
            # opens at once (it is rebuilt only when a sync changed the catalogue).
            shared_index(self.store)
            return listing

        return Operation(self, op=op, success=self.show_rows).run()

    def show_rows(self, rows: Listing) -> None:
        listed, queue, (count, total) = rows
        refresh_open_editors()  # a reload follows a sync: open orders on their way catch up
        self.orders.set_rows(listed)
        self.queue.set_rows(queue)
        self._show_queue_state()
        for view in (self.ui.ordersView, self.ui.approvalView):
            view.resizeColumnsToContents()
            view.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        locale = QLocale()  # "3 786", as the UI's language groups digits
        summary = self.tr("{orders}, {amount} ₽").format(
            orders=self.tr("%n order(s)", "", count),  # "%Ln" in the catalogs: 3 786 grouped
            amount=format_money(total),
        )
        if len(listed) < count:
            summary += " · " + self.tr("the latest {shown} shown").format(
                shown=locale.toString(len(listed))
            )
        self.ui.summaryLabel.setText(summary)
        approvals = self.tr("Approval queue")
        self.ui.tabs.setTabText(1, f"{approvals} ({len(queue)})" if queue else approvals)
        # Who may approve is 1C's business: it refuses a user without the right, in its words.
        self.ui.approveButton.setEnabled(bool(queue))
        self.ui.rejectButton.setEnabled(bool(queue))
        self._update_buttons()

    # Selection

    @staticmethod
    def _row(model: OrdersModel, index: QModelIndex) -> OrderRow | None:
        return (
            model.rows[index.row()] if index.isValid() and index.row() < len(model.rows) else None
        )

    def selected(self, view: QTableView, model: OrdersModel) -> OrderRow | None:
        return self._row(model, view.currentIndex())

    def selected_rows(self) -> list[OrderRow]:
        """The orders ticked in the list (Ctrl/Shift+click), in the list's order."""
        rows = sorted({i.row() for i in self.ui.ordersView.selectionModel().selectedRows()})
        return [self.orders.rows[r] for r in rows if r < len(self.orders.rows)]

    def _update_buttons(self, *_args: object) -> None:
        rows = self.selected_rows()
        count = len(rows)
        # An invoice only for orders that may be invoiced (the core's rule); the tooltip says why.
        refusals = [orders.invoice_refusal(r.state, bool(r.approval_reasons)) for r in rows]
        refusal = next((render(t) for t in refusals if t is not None), "")
        self.ui.printInvoicesButton.setEnabled(count > 0 and not refusal)
        self.ui.printInvoicesButton.setToolTip(
            refusal or self.tr("Print, save as PDF or e-mail the invoices of the selected orders")
        )
        self.ui.offerButton.setEnabled(count == 1)
        self.ui.printInvoicesButton.setText(
            self.tr("&Print invoices (%n)…", "", count) if count > 1 else self.tr("&Print invoice…")
        )

    def _show_detail(self, current: QModelIndex, _previous: QModelIndex) -> None:
        row = self._row(self.orders, current)
        self.ui.detailLabel.setText(detail_text(row) if row else "")

    def _show_reasons(self, current: QModelIndex, _previous: QModelIndex) -> None:
        row = self._row(self.queue, current)
        self.ui.reasonsLabel.setText(detail_text(row) if row else "")
        if row is None:
            self._show_queue_state()

    def _show_queue_state(self) -> None:
        """What an empty queue means, rather than a blank table and no word."""
        if not self.queue.rowCount():
            self.ui.reasonsLabel.setText(
                self.tr(
                    "No orders are waiting for approval. An order whose discount is beyond "
                    "the manager's limit goes to 1C as not approved and comes here."
                )
            )

    # Actions

    def open_order(self, row: OrderRow | None) -> QWidget | None:
        if row is None:
            return None
        editor = open_order_editor(self.store, None, self, actor=self.actor, order_id=row.order_id)
        self.orderOpened.emit(row.order_id)
        return editor

    @Slot()
    def print_invoices(self) -> QDialog | None:
        """The invoices of the selected orders: printed, saved as PDF files or e-mailed."""
        rows = self.selected_rows()
        if not rows:
            return None
        from wholesale_desk.gui.documents.actions import batch_invoices

        return batch_invoices(
            self, self.store, [r.order_id for r in rows], manager_id=self.actor.manager_id
        )

    @Slot()
    def make_offer(self) -> object:
        """A commercial offer to the selected order's client for that order's products."""
        rows = self.selected_rows()
        if len(rows) != 1:
            return None
        order = orders.load_order(self.store, rows[0].order_id)
        lines = [line for line in order.lines if line.quantity > 0]
        if not lines:
            QMessageBox.information(
                self, self.tr("Commercial offer"), self.tr("The order has no products to offer.")
            )
            return None
        from wholesale_desk.gui.documents.actions import open_offer

        return open_offer(
            self,
            self.store,
            order.client_id,
            [line.product_id for line in lines],
            [line.quantity for line in lines],
            manager_id=self.actor.manager_id,
        )

    @Slot()
    def new_order(self) -> ClientPicker:
        """Ask for the client, then open an empty order for them."""
        picker = ClientPicker(self.store, self)
        picker.chosen.connect(
            lambda client_id: open_order_editor(self.store, client_id, self, actor=self.actor)
        )
        picker.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        picker.open()
        return picker

    def _act(self, op: Callable[[], object]) -> Operation[object]:
        def failed(exc: BaseException) -> None:
            show_error(self, exc, title=self.tr("Orders"))

        return (
            Operation(self, op=lambda _p: op(), success=lambda _r: self.reload())
            .failure(failed)
            .run()
        )

    @Slot()
    def approve_selected(self, comment: str | None = None) -> Operation[object] | None:
        row = self.selected(self.ui.approvalView, self.queue)
        if row is None:
            return None
        if comment is None:
            comment, ok = QInputDialog.getText(
                self,
                self.tr("Approve the order"),
                self.tr("A comment for 1C (optional); the approval is sent with the next sync:"),
            )
            if not ok:
                return None
        actor = self.actor
        note = comment
        return self._act(lambda: orders.approve_order(self.store, row.order_id, actor, note))

    @Slot()
    def reject_selected(self, reason: str | None = None) -> Operation[object] | None:
        row = self.selected(self.ui.approvalView, self.queue)
        if row is None:
            return None
        if reason is None:
            reason, ok = QInputDialog.getText(
                self, self.tr("Reject the order"), self.tr("Why? The manager will see this:")
            )
            if not ok:
                return None
        actor = self.actor
        text = reason
        return self._act(lambda: orders.reject_order(self.store, row.order_id, actor, text))

    @Slot()
    def cancel_selected(self) -> Operation[object] | None:
        row = self.selected(self.ui.ordersView, self.orders)
        if row is None:
            return None
        answer = QMessageBox.question(
            self,
            self.tr("Cancel the order"),
            self.tr("Cancel order {number} for {client}?").format(
                number=row.number or "—", client=row.client_name
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return None
        actor = self.actor
        return self._act(lambda: orders.cancel_order(self.store, row.order_id, actor))

    # Qt

    def retranslateUi(self) -> None:
        current = self.ui.stateCombo.currentIndex()
        self.ui.retranslateUi(self)
        self.ui.newOrderButton.setToolTip(self.tr("New order: choose the client (Ctrl+N)"))
        self.ui.searchEdit.setToolTip(self.tr("Find by order number or client (Ctrl+F)"))
        self.ui.stateCombo.blockSignals(True)
        self.ui.stateCombo.clear()
        for title, _states in FILTERS:
            self.ui.stateCombo.addItem(tr(title))
        self.ui.stateCombo.setCurrentIndex(max(0, current))
        self.ui.stateCombo.blockSignals(False)
        self.orders.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(HEADERS) - 1)
        self._show_queue_state()
        self._update_buttons()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)
