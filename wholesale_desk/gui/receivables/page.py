"""The receivables view: who owes what and how late, per client and manager, and what to do next.

Figures are loaded off the GUI thread from the store's settlements snapshot; the "as of" time of
that snapshot is stated, since the debts are 1C's as of the last sync, not of this minute.
Every client's figures come at once (to rank, total and filter them); a client's details (credit
limit, last payment, promise to pay) are read with the first screen and then as rows are painted.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QEvent,
    QModelIndex,
    QSignalBlocker,
    Qt,
    QTimer,
    Signal,
    SignalInstance,
    Slot,
)
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QFileDialog, QHeaderView, QTableView, QWidget

from wholesale_desk.gui.forms.ui_receivables_page import Ui_ReceivablesPage
from wholesale_desk.gui.header_titles import wrap_titles
from wholesale_desk.gui.operations import Operation
from wholesale_desk.gui.receivables.models import (
    CALL_LIST_DETAIL_COLUMNS,
    CLIENT_DETAIL_COLUMNS,
    ClientFilter,
    ClientRows,
    ManagerRow,
    RowsModel,
    call_list_columns,
    client_columns,
    document_columns,
    manager_columns,
)
from wholesale_desk.gui.row_table import fit_columns
from wholesale_desk.money import format_money
from wholesale_desk.services.receivables import (
    NO_DETAILS,
    ClientReceivable,
    Details,
    ReceivablesReport,
    SettlementLine,
    call_list,
    details,
    load_details,
    receivables,
    settlement_lines,
)
from wholesale_desk.store import Store

log = logging.getLogger(__name__)

FIRST_SCREEN = 100
"""Rows of each list whose details are read with the figures, so the first screen is whole."""
SIZING_SAMPLE = 200
"""Rows a list measures to size its columns to their contents."""


class ReceivablesPage(QWidget):
    """Receivables by client (with drill-down), the daily call list, and totals by manager."""

    callRequested = Signal(str)  # client id: log a call and a promise to pay
    reminderRequested = Signal(str)  # client id: payment reminder letter
    reconciliationRequested = Signal(str)  # client id: акт сверки
    clientOpened = Signal(str)  # client id: open the client's card
    exportRequested = Signal(Path)  # chosen file

    def __init__(
        self,
        store: Store,
        parent: QWidget | None = None,
        *,
        today: Callable[[], date] = date.today,
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.today = today
        self.report: ReceivablesReport | None = None
        self.ui = Ui_ReceivablesPage()
        self.ui.setupUi(self)
        font = self.ui.titleLabel.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.ui.titleLabel.setFont(font)

        self.clients = ClientRows(client_columns, CLIENT_DETAIL_COLUMNS)
        self.proxy = ClientFilter()
        self.proxy.setSourceModel(self.clients)
        self.documents = RowsModel[SettlementLine](document_columns)
        self.calls = ClientRows(call_list_columns, CALL_LIST_DETAIL_COLUMNS)
        self.managers = RowsModel[ManagerRow](manager_columns)
        self._wanted: dict[str, ClientReceivable] = {}  # rows whose details are to be read
        self._reading: set[str] = set()  # client ids whose details are being read
        for model in (self.clients, self.calls):
            model.want_details = self._want_details
            model.want_all_details = self._want_all_details
        self._unsized: set[QTableView] = set()  # views to size when their tab is first shown
        self._models: dict[QTableView, RowsModel[Any]] = {
            self.ui.clientsView: self.clients,
            self.ui.callListView: self.calls,
            self.ui.managersView: self.managers,
        }
        self._setup_view(self.ui.clientsView, self.proxy)
        self._setup_view(self.ui.documentsView, self.documents)
        self._setup_view(self.ui.callListView, self.calls)
        self._setup_view(self.ui.managersView, self.managers)
        self.ui.clientsView.sortByColumn(3, Qt.SortOrder.DescendingOrder)  # overdue first
        self.ui.splitter.setSizes([500, 200])

        self.ui.searchEdit.setMinimumWidth(220)
        self.ui.searchEdit.textChanged.connect(self._apply_filter)
        self.ui.managerCombo.currentIndexChanged.connect(self._apply_filter)
        self.ui.overdueOnlyCheck.toggled.connect(self._apply_filter)
        self.ui.refreshButton.clicked.connect(self.reload)
        self.ui.callButton.clicked.connect(lambda: self._emit_for_selected(self.callRequested))
        self.ui.reminderButton.clicked.connect(
            lambda: self._emit_for_selected(self.reminderRequested)
        )
        self.ui.reconciliationButton.clicked.connect(
            lambda: self._emit_for_selected(self.reconciliationRequested)
        )
        self.ui.exportButton.clicked.connect(self._choose_export_file)
        self.ui.clientsView.selectionModel().currentRowChanged.connect(self._client_selected)
        self.ui.clientsView.activated.connect(self._open_client)
        self.ui.callListView.activated.connect(self._call_from_list)
        self.ui.tabs.currentChanged.connect(lambda _index: self._size_columns())
        QShortcut(QKeySequence("Ctrl+L"), self, lambda: self._emit_for_selected(self.callRequested))
        QShortcut(QKeySequence("Ctrl+F"), self, self.ui.searchEdit.setFocus)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Refresh), self, self.reload)
        self._update_buttons()
        self.retranslateUi()

    @staticmethod
    def _setup_view(view: QTableView, model: object) -> None:
        view.setModel(model)  # type: ignore[arg-type]
        header = view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        # The name (client, document, manager) takes what the figures leave: every figure stays
        # on screen without a horizontal scroll on a laptop, long names are elided.
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        header.setResizeContentsPrecision(SIZING_SAMPLE)  # a sample, not 20,000 rows
        wrap_titles(header)
        view.verticalHeader().setVisible(False)
        view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 8)
        view.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)

    # Loading

    @Slot()
    def reload(self) -> Operation[tuple[ReceivablesReport, list[ClientReceivable]]]:
        """Recompute the view from the store, off the GUI thread.

        Details are read for the first screen of each list in its current order, or for
        everyone when a list is sorted by a detail column; the rest as they are painted.
        """
        today = self.today()
        everyone = self.clients.sorts_by_details() or self.calls.sorts_by_details()
        clients_order, calls_order = self.clients.ordering(), self.calls.ordering()

        def op(_progress: object) -> tuple[ReceivablesReport, list[ClientReceivable]]:
            with self.store.session() as session:
                report = receivables(session, today, with_details=everyone)
                calls = call_list(report)
                if not everyone:
                    first = clients_order(report.rows)[:FIRST_SCREEN]
                    load_details(session, first + calls_order(calls)[:FIRST_SCREEN])
            return report, calls

        return Operation(self, op=op, success=lambda found: self.show_report(*found)).run()

    def show_report(
        self, report: ReceivablesReport, calls: list[ClientReceivable] | None = None
    ) -> None:
        selected = self.selected_client_id()
        self.report = report
        # New rows: reads still running fill the old ones, so they hold back none of these.
        self._wanted.clear()
        self._reading.clear()
        self.clients.set_rows(report.rows)
        self.calls.set_rows(call_list(report) if calls is None else calls)
        self.managers.set_rows(list(report.by_manager.values()))
        self._fill_managers(report)
        self._unsized.update((self.ui.clientsView, self.ui.callListView, self.ui.managersView))
        self._size_columns()
        self._show_totals()
        if not (selected and self.select_client(selected)) and self.proxy.rowCount():
            # Start on the most urgent client, so its documents and actions are at hand.
            self.ui.clientsView.setCurrentIndex(self.proxy.index(0, 0))
        self._update_buttons()

    def _size_columns(self) -> None:
        """Size the columns of the lists on the current tab to their contents, once per load;
        a list on a tab not shown yet is sized when it is (each sizing reads its sample)."""
        tab = self.ui.tabs.currentWidget()
        for view in list(self._unsized):
            if tab.isAncestorOf(view):
                self._unsized.discard(view)
                fit_columns(view, self._models[view], SIZING_SAMPLE)

    # Details, read lazily

    def _want_details(self, rows: list[ClientReceivable]) -> None:
        """A model painted rows without details: read them in one go once the paint is over."""
        if not self._wanted:
            QTimer.singleShot(0, self._read_wanted_details)
        for row in rows:
            if row.client_id not in self._reading:
                self._wanted[row.client_id] = row

    @Slot()
    def _read_wanted_details(self) -> None:
        rows = list(self._wanted.values())
        self._wanted.clear()
        if rows:
            self._read_details(rows)

    def _want_all_details(self) -> None:
        """A list is to be sorted by a detail column: read every row's details first."""
        self._read_details([r for r in self.clients.rows if r.details is None])

    def _read_details(self, rows: list[ClientReceivable]) -> None:
        rows = [r for r in rows if r.client_id not in self._reading]
        if not rows:
            self.clients.details_arrived()
            self.calls.details_arrived()
            return
        ids = [r.client_id for r in rows]
        self._reading.update(ids)

        def op(_progress: object) -> dict[str, Details]:
            with self.store.session() as session:
                return details(session, ids)

        def show(found: dict[str, Details]) -> None:
            self._reading.difference_update(ids)
            for row in rows:  # reads run in order on the db worker: the latest one wins
                row.details = found.get(row.client_id, NO_DETAILS)
            self.clients.details_arrived()
            self.calls.details_arrived()

        def failed(exc: BaseException) -> None:
            self._reading.difference_update(ids)
            log.warning("Reading receivables details failed: %r", exc)

        Operation(self, op=op, success=show).failure(failed).run()

    def client_changed(self, client_id: str) -> None:
        """Local work was saved for `client_id` (a call with a promise to pay): read its
        details again, so the promise shows on its row now, not after the next sync."""
        rows = [r for r in self.clients.rows if r.client_id == client_id]
        self._reading.discard(client_id)
        for row in rows:
            row.details = None
        self._read_details(rows)

    def _fill_managers(self, report: ReceivablesReport) -> None:
        combo = self.ui.managerCombo
        current = combo.currentData()
        with QSignalBlocker(combo):
            combo.clear()
            combo.addItem(self.tr("All managers"), None)
            for manager_id, (name, _totals) in sorted(
                report.by_manager.items(), key=lambda item: item[1][0]
            ):
                combo.addItem(name or self.tr("(no manager)"), manager_id)
            index = combo.findData(current)
            combo.setCurrentIndex(max(index, 0))

    def _show_totals(self) -> None:
        report = self.report
        if report is None:
            self.ui.asOfLabel.setText("")
            self.ui.totalsLabel.setText("")
            return
        if report.as_of is None:
            self.ui.asOfLabel.setText(self.tr("Debts have not been synced from 1C yet"))
        else:
            self.ui.asOfLabel.setText(
                self.tr("Debts as of {time}").format(
                    time=report.as_of.astimezone().strftime("%d.%m.%Y %H:%M")
                )
            )
        t = report.total
        self.ui.totalsLabel.setText(
            self.tr(
                "Total debt <b>{debt}</b> of {clients} clients, overdue "
                "<b><span style='color:#b02020'>{overdue}</span></b> "
                "(1–30: {b1}; 31–60: {b2}; 61–90: {b3}; over 90: {b4})"
            ).format(
                debt=format_money(t.debt),
                clients=t.clients,
                overdue=format_money(t.overdue),
                b1=format_money(t.buckets[1]),
                b2=format_money(t.buckets[2]),
                b3=format_money(t.buckets[3]),
                b4=format_money(t.buckets[4]),
            )
        )

    # Filtering and selection

    @Slot()
    def _apply_filter(self) -> None:
        self.proxy.set_filter(
            self.ui.searchEdit.text(),
            self.ui.managerCombo.currentData(),
            self.ui.overdueOnlyCheck.isChecked(),
        )
        self._update_buttons()

    def selected_client_id(self) -> str | None:
        if self.ui.tabs.currentWidget() is self.ui.callListTab:
            index = self.ui.callListView.currentIndex()
            return self.calls.rows[index.row()].client_id if index.isValid() else None
        index = self.ui.clientsView.currentIndex()
        if not index.isValid():
            return None
        return self.clients.rows[self.proxy.mapToSource(index).row()].client_id

    def select_client(self, client_id: str) -> bool:
        for row, item in enumerate(self.clients.rows):
            if item.client_id == client_id:
                index = self.proxy.mapFromSource(self.clients.index(row, 0))
                if index.isValid():
                    self.ui.clientsView.setCurrentIndex(index)
                    return True
        return False

    @Slot(QModelIndex, QModelIndex)
    def _client_selected(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self._update_buttons()
        if not current.isValid():
            self.documents.set_rows([])
            return
        client = self.clients.rows[self.proxy.mapToSource(current).row()]
        today = self.today()

        def op(_progress: object) -> list[SettlementLine]:
            with self.store.session() as session:
                return settlement_lines(session, client.client_id, today)

        def show(lines: list[SettlementLine]) -> None:
            if self.selected_client_id() == client.client_id:
                self.documents.set_rows(lines)
                fit_columns(self.ui.documentsView, self.documents)
                self.ui.documentsLabel.setText(
                    self.tr("Settlement documents of {client}").format(client=client.client_name)
                )

        Operation(self, op=op, success=show).run()

    def _update_buttons(self) -> None:
        has = self.selected_client_id() is not None
        for button in (
            self.ui.callButton,
            self.ui.reminderButton,
            self.ui.reconciliationButton,
        ):
            button.setEnabled(has)
        self.ui.exportButton.setEnabled(bool(self.report and self.report.rows))

    def _emit_for_selected(self, signal: SignalInstance) -> None:
        client_id = self.selected_client_id()
        if client_id:
            signal.emit(client_id)

    @Slot(QModelIndex)
    def _open_client(self, index: QModelIndex) -> None:
        self.clientOpened.emit(self.clients.rows[self.proxy.mapToSource(index).row()].client_id)

    @Slot(QModelIndex)
    def _call_from_list(self, index: QModelIndex) -> None:
        self.callRequested.emit(self.calls.rows[index.row()].client_id)

    @Slot()
    def _choose_export_file(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Export receivables"),
            "receivables.xlsx",
            self.tr("Excel workbook (*.xlsx);;CSV (*.csv);;JSON (*.json)"),
        )
        if name:
            self.exportRequested.emit(Path(name))

    # Language

    def retranslateUi(self) -> None:
        self.ui.retranslateUi(self)
        ui = self.ui
        ui.searchEdit.setToolTip(self.tr("Find a client by name (Ctrl+F)"))
        ui.callButton.setToolTip(self.tr("Log a call about the selected client's debt (Ctrl+L)"))
        ui.refreshButton.setToolTip(self.tr("Recalculate from the local data (F5)"))
        for model in (self.clients, self.documents, self.calls, self.managers):
            model.retranslate()
        if self.report is not None:
            self._fill_managers(self.report)
        elif self.ui.managerCombo.count() == 0:
            self.ui.managerCombo.addItem(self.tr("All managers"), None)
        self._show_totals()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)
