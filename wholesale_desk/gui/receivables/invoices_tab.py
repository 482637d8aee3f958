"""Receivables → Invoices: every invoice with whether it is paid, a reminder one click away.

The statuses are computed by `services.invoices` off the GUI thread; an overdue invoice is red,
a double-click (or Enter) on an unpaid one opens its reminder letter in the preview.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QCoreApplication, QEvent, QModelIndex, Signal, Slot
from PySide6.QtWidgets import QHeaderView, QTableView, QWidget

from wholesale_desk.amount_words import format_date
from wholesale_desk.gui import invoice_status
from wholesale_desk.gui.forms.ui_invoices_tab import Ui_InvoicesTab
from wholesale_desk.gui.header_titles import wrap_titles
from wholesale_desk.gui.operations import Operation
from wholesale_desk.gui.row_table import Column, RowsModel, fit_columns
from wholesale_desk.money import format_money
from wholesale_desk.services.invoices import InvoiceRow, PaymentState, invoice_rows
from wholesale_desk.store import Store

CTX = "InvoicesTab"


def invoice_columns() -> list[Column[InvoiceRow]]:
    def number(r: InvoiceRow) -> str:
        if r.number:
            return r.number
        return QCoreApplication.translate("InvoicesTab", "(not in 1C yet)") if not r.sent else ""

    return [
        Column(
            QCoreApplication.translate("InvoicesTab", "Client"),
            lambda r: r.client_name,
            lambda r: r.client_name.casefold(),
        ),
        Column(QCoreApplication.translate("InvoicesTab", "Invoice"), number, lambda r: r.number),
        Column(
            QCoreApplication.translate("InvoicesTab", "Date"),
            lambda r: format_date(r.date),
            lambda r: r.date,
        ),
        Column(
            QCoreApplication.translate("InvoicesTab", "Order"),
            lambda r: r.order_number,
            lambda r: r.order_number,
        ),
        Column(
            QCoreApplication.translate("InvoicesTab", "Amount"),
            lambda r: format_money(r.status.total),
            lambda r: r.status.total,
            numeric=True,
        ),
        Column(
            QCoreApplication.translate("InvoicesTab", "Paid"),
            lambda r: format_money(r.status.paid) if r.status.paid else "",
            lambda r: r.status.paid,
            numeric=True,
        ),
        Column(
            QCoreApplication.translate("InvoicesTab", "Due date"),
            lambda r: format_date(r.status.due_date) if r.status.due_date else "",
            lambda r: r.status.due_date or date.min,
        ),
        Column(
            QCoreApplication.translate("InvoicesTab", "Status"),
            lambda r: invoice_status.describe(r.status),
            lambda r: (r.status.state is not PaymentState.OVERDUE, -r.status.days),
            alarm=lambda r: r.status.state is PaymentState.OVERDUE,
        ),
    ]


class InvoicesTab(QWidget):
    """The invoices list; emits `reminderRequested(invoice id)` for an unpaid one."""

    reminderRequested = Signal(str)

    def __init__(
        self, store: Store, parent: QWidget | None = None, *, today: Callable[[], date] = date.today
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.today = today
        self.ui = Ui_InvoicesTab()
        self.ui.setupUi(self)
        self.model = RowsModel[InvoiceRow](invoice_columns)
        view = self.ui.invoicesView
        view.setModel(self.model)
        header = view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)  # the client's name
        header.setStretchLastSection(False)
        wrap_titles(header)
        view.verticalHeader().setVisible(False)
        view.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        view.activated.connect(self._activated)
        view.selectionModel().currentRowChanged.connect(lambda *_: self._update_buttons())
        self.ui.unpaidOnlyCheck.toggled.connect(lambda _on: self.reload())
        self.ui.reminderButton.clicked.connect(self.remind_selected)
        self.rows: list[InvoiceRow] = []
        self.retranslateUi()

    @Slot()
    def reload(self) -> Operation[list[InvoiceRow]]:
        unpaid_only, today = self.ui.unpaidOnlyCheck.isChecked(), self.today()

        def op(_progress: object) -> list[InvoiceRow]:
            with self.store.session() as session:
                return invoice_rows(session, unpaid_only=unpaid_only, today=today)

        return Operation(self, op=op, success=self.show_rows).run()

    def show_rows(self, rows: list[InvoiceRow]) -> None:
        self.rows = rows
        self.model.set_rows(list(rows))
        fit_columns(self.ui.invoicesView, self.model)
        self._show_count()
        self._update_buttons()

    def selected(self) -> InvoiceRow | None:
        index = self.ui.invoicesView.currentIndex()
        if not index.isValid() or index.row() >= len(self.model.rows):
            return None
        return self.model.rows[index.row()]

    def select_invoice(self, invoice_id: str) -> bool:
        for number, row in enumerate(self.model.rows):
            if row.invoice_id == invoice_id:
                self.ui.invoicesView.selectRow(number)
                return True
        return False

    @Slot()
    def remind_selected(self) -> None:
        row = self.selected()
        if row is not None and not row.status.settled:
            self.reminderRequested.emit(row.invoice_id)

    @Slot(QModelIndex)
    def _activated(self, _index: QModelIndex) -> None:
        self.remind_selected()

    def _update_buttons(self) -> None:
        row = self.selected()
        self.ui.reminderButton.setEnabled(row is not None and not row.status.settled)

    def _show_count(self) -> None:
        overdue = sum(1 for r in self.rows if r.status.state is PaymentState.OVERDUE)
        text = self.tr("%n invoice(s)", "", len(self.rows))
        if overdue:
            text += ", " + self.tr("%n overdue", "", overdue)
        self.ui.countLabel.setText(text)

    def retranslateUi(self) -> None:
        self.ui.retranslateUi(self)
        self.ui.reminderButton.setToolTip(
            self.tr("A payment reminder about the selected unpaid invoice (or double-click it)")
        )
        self.model.retranslate()
        fit_columns(self.ui.invoicesView, self.model)
        self._show_count()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)
