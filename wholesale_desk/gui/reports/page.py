"""The Reports section: net sales against plan, by manager, top clients and products, new and
lapsed clients, and the KPIs a head of sales starts the week with.

Figures are computed off the GUI thread from the local store (as of the last sync with 1C). A
manager opens on their own clients' figures; a head of sales on the whole company's.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import Any, Literal

from PySide6.QtCore import QEvent, QModelIndex, QSignalBlocker, Qt, Signal, Slot
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QFileDialog, QHeaderView, QMessageBox, QTableView, QWidget

from wholesale_desk.amount_words import format_date
from wholesale_desk.gui.forms.ui_reports_page import Ui_ReportsPage
from wholesale_desk.gui.header_titles import wrap_titles
from wholesale_desk.gui.operations import Operation
from wholesale_desk.gui.reports.chart import PlanFactChart
from wholesale_desk.gui.reports.models import (
    Column,
    RowsModel,
    client_columns,
    lapsed_columns,
    manager_columns,
    new_client_columns,
    percent_text,
    product_columns,
)
from wholesale_desk.gui.row_table import fit_columns
from wholesale_desk.money import format_money
from wholesale_desk.services.export import Table, write
from wholesale_desk.services.sales_report import (
    Period,
    SalesReport,
    managers,
    percent,
    sales_report,
)
from wholesale_desk.store import Store

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Loaded:
    report: SalesReport
    managers: list[tuple[str, str]]


class ReportsPage(QWidget):
    """Period and manager filters, KPI tiles, a 12-month plan/fact chart and five tables."""

    clientOpened = Signal(str)  # client id: open the client's card

    def __init__(
        self,
        store: Store,
        parent: QWidget | None = None,
        *,
        today: Callable[[], date] = date.today,
        own_manager: Callable[[], str | None] = lambda: None,
    ) -> None:
        """`own_manager()` is whose figures the page opens on: a manager's own id, or None
        (everyone) for a head of sales; asked at each reload until the user picks another."""
        super().__init__(parent)
        self.store = store
        self.today = today
        self.own_manager = own_manager
        self.report: SalesReport | None = None
        self._managers: list[tuple[str, str]] = []
        self._manager_chosen = False
        self._task: Operation[Loaded] | None = None
        self.ui = Ui_ReportsPage()
        self.ui.setupUi(self)
        font = self.ui.titleLabel.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.ui.titleLabel.setFont(font)
        for value in self._tile_values():
            big = value.font()
            big.setPointSizeF(big.pointSizeF() * 1.6)
            big.setBold(True)
            value.setFont(big)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        for note in (
            self.ui.salesNote,
            self.ui.planNote,
            self.ui.ordersNote,
            self.ui.marginNote,
            self.ui.overdueNote,
        ):
            note.setStyleSheet("color: palette(placeholder-text);")

        self.chart = PlanFactChart(self.ui.chartHost)
        self.ui.chartLayout.addWidget(self.chart)

        self.managers = RowsModel(manager_columns)
        self.clients = RowsModel(client_columns)
        self.products = RowsModel(product_columns)
        self.new_clients = RowsModel(new_client_columns)
        self.lapsed = RowsModel(lapsed_columns)
        self._views: list[tuple[QTableView, RowsModel[Any]]] = [
            (self.ui.managersView, self.managers),
            (self.ui.clientsView, self.clients),
            (self.ui.productsView, self.products),
            (self.ui.newClientsView, self.new_clients),
            (self.ui.lapsedView, self.lapsed),
        ]
        for view, model in self._views:
            self._setup_view(view, model)
        # Largest net sales first (sales in the previous period for clients who stopped buying).
        for view, column in zip((v for v, _m in self._views), (1, 2, 2, 2, 2), strict=True):
            view.sortByColumn(column, Qt.SortOrder.DescendingOrder)
        for view in (self.ui.clientsView, self.ui.newClientsView, self.ui.lapsedView):
            view.activated.connect(self._open_client)  # a double click or Enter
        self.ui.splitter.setSizes([260, 400])

        self.ui.periodCombo.currentIndexChanged.connect(self.reload)
        self.ui.managerCombo.activated.connect(self._manager_picked)
        self.ui.refreshButton.clicked.connect(self.reload)
        self.ui.exportButton.clicked.connect(self._choose_export_file)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Refresh), self, self.reload)
        self.retranslateUi()

    @staticmethod
    def _setup_view(view: QTableView, model: RowsModel[Any]) -> None:
        view.setModel(model)
        header = view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)  # the name takes the rest
        header.setStretchLastSection(False)
        header.setSortIndicatorShown(True)
        wrap_titles(header)
        view.verticalHeader().setVisible(False)
        view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 8)
        view.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)

    def _tile_values(self) -> list[Any]:
        ui = self.ui
        return [ui.salesValue, ui.planValue, ui.ordersValue, ui.marginValue, ui.overdueValue]

    # Filters

    def period(self) -> Period:
        return Period(self.ui.periodCombo.currentData() or Period.MONTH.value)

    def set_period(self, period: Period) -> None:
        self.ui.periodCombo.setCurrentIndex(self.ui.periodCombo.findData(period.value))

    def manager_id(self) -> str | None:
        """The manager whose clients the figures cover (None: all)."""
        if not self._manager_chosen:
            return self.own_manager()
        data = self.ui.managerCombo.currentData()
        return str(data) if data else None

    @Slot(int)
    def _manager_picked(self, _index: int) -> None:
        self._manager_chosen = True
        self.reload()

    # Loading

    @Slot()
    def reload(self) -> Operation[Loaded]:
        """Recompute the report for the chosen period and manager, off the GUI thread."""
        period, today, manager_id = self.period(), self.today(), self.manager_id()

        def op(_progress: object) -> Loaded:
            with self.store.session() as session:
                return Loaded(sales_report(session, period, today, manager_id), managers(session))

        self.ui.refreshButton.setEnabled(False)
        self._task = Operation(self, op=op, success=self.show_loaded)
        self._task.finished.connect(lambda: self.ui.refreshButton.setEnabled(True))
        return self._task.run()

    def show_loaded(self, loaded: Loaded) -> None:
        report = loaded.report
        if report.period != self.period() or report.manager_id != self.manager_id():
            return  # a newer reload for other filters is on its way
        self.report = report
        self._managers = loaded.managers
        self._fill_managers()
        self.chart.show_months(report.months)
        self.managers.set_rows(list(report.managers))
        self.clients.set_rows(list(report.top_clients))
        self.products.set_rows(list(report.top_products))
        self.new_clients.set_rows(list(report.new_clients))
        self.lapsed.set_rows(list(report.lapsed_clients))
        for view, model in self._views:
            fit_columns(view, model)
        self._update_tab_titles()
        self._show_kpis()

    def _fill_managers(self) -> None:
        combo = self.ui.managerCombo
        with QSignalBlocker(combo):
            combo.clear()
            combo.addItem(self.tr("All managers"), None)
            for mid, name in self._managers:
                combo.addItem(name, mid)
            manager_id = self.manager_id()
            combo.setCurrentIndex(0 if manager_id is None else max(combo.findData(manager_id), 0))

    def _fill_periods(self) -> None:
        combo = self.ui.periodCombo
        current = combo.currentData() or Period.MONTH.value
        with QSignalBlocker(combo):
            combo.clear()
            combo.addItem(self.tr("This month"), Period.MONTH.value)
            combo.addItem(self.tr("This quarter"), Period.QUARTER.value)
            combo.addItem(self.tr("This year"), Period.YEAR.value)
            combo.addItem(self.tr("Last 12 months"), Period.LAST_12_MONTHS.value)
            combo.setCurrentIndex(max(combo.findData(current), 0))

    def _update_tab_titles(self) -> None:
        ui, report = self.ui, self.report
        titles = [
            (ui.managersTab, self.tr("By manager")),
            (ui.clientsTab, self.tr("Top clients")),
            (ui.productsTab, self.tr("Top products")),
            (ui.newClientsTab, self.tr("New clients")),
            (ui.lapsedTab, self.tr("Stopped buying")),
        ]
        counts = (
            [None, None, None, len(report.new_clients), len(report.lapsed_clients)]
            if report is not None
            else [None] * 5
        )
        for (tab, title), count in zip(titles, counts, strict=True):
            text = title if count is None else f"{title} ({count})"
            ui.tabs.setTabText(ui.tabs.indexOf(tab), text)

    def _show_kpis(self) -> None:
        ui, report = self.ui, self.report
        if report is None:
            for value in self._tile_values():
                value.setText("—")
            ui.periodLabel.setText("")
            return
        k = report.kpis
        ui.periodLabel.setText(
            self.tr("{start} – {end}").format(
                start=format_date(report.start), end=format_date(report.end - timedelta(days=1))
            )
        )
        ui.salesValue.setText(format_money(k.net_sales))
        change = percent(k.net_sales - k.previous_net_sales, k.previous_net_sales)
        ui.salesNote.setText(
            self.tr("previous period {amount}").format(amount=format_money(k.previous_net_sales))
            + ("" if change is None else f" ({'+' if change > 0 else ''}{percent_text(change)})")
        )
        if k.plan is None:
            ui.planValue.setText("—")
            ui.planNote.setText(self.tr("no plan for the period"))
        else:
            ui.planValue.setText(percent_text(k.fulfilment))
            ui.planNote.setText(self.tr("of {plan}").format(plan=format_money(k.plan)))
        ui.ordersValue.setText(str(k.orders))
        ui.ordersNote.setText(
            self.tr("average order {amount}").format(amount=format_money(k.average_order))
        )
        if k.gross_margin is None:
            ui.marginValue.setText("—")
            ui.marginNote.setText(self.tr("purchase prices unknown"))
        else:
            ui.marginValue.setText(format_money(k.gross_margin))
            ui.marginNote.setText(
                self.tr("{percent} of sales with a purchase price").format(
                    percent=percent_text(k.margin_percent)
                )
            )
        ui.overdueValue.setText(percent_text(k.overdue_share) or "—")
        ui.overdueNote.setText(
            self.tr("{overdue} of {debt} owed").format(
                overdue=format_money(k.overdue), debt=format_money(k.receivables)
            )
        )

    # Clients and export

    @Slot(QModelIndex)
    def _open_client(self, index: QModelIndex) -> None:
        model = index.model()
        for _view, rows in self._views:
            if rows is model and index.isValid():
                client_id = getattr(rows.rows[index.row()], "client_id", None)
                if client_id:
                    self.clientOpened.emit(client_id)
                return

    def visible_table(self) -> Table:
        """The table on the current tab as an export: its headers and exact values."""
        view = self.ui.tabs.currentWidget().findChild(QTableView)
        model = next(m for v, m in self._views if v is view)
        columns: Sequence[Column[Any]] = model.columns

        def value(column: Column[Any], row: object) -> object:
            return column.sort(row) if column.numeric else column.display(row)

        rows = [[value(c, r) for c in columns] for r in model.rows]
        name = self.ui.tabs.tabText(self.ui.tabs.currentIndex()).split(" (")[0]
        return Table(name[:31], [c.header for c in columns], rows)

    def export(self, path: Path) -> Path:
        """Write the visible table to `path` (XLSX unless it ends in .csv)."""
        fmt: Literal["csv", "xlsx"] = "csv" if path.suffix.lower() == ".csv" else "xlsx"
        if fmt == "xlsx" and path.suffix.lower() != ".xlsx":
            path = path.with_suffix(".xlsx")
        write(self.visible_table(), fmt, path)
        return path

    @Slot()
    def _choose_export_file(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Export table"),
            "sales.xlsx",
            self.tr("Excel workbook (*.xlsx);;CSV (*.csv)"),
        )
        if not name:
            return
        try:
            saved = self.export(Path(name))
        except OSError as exc:
            QMessageBox.warning(self, self.tr("Export table"), str(exc))
            return
        QMessageBox.information(
            self, self.tr("Export table"), self.tr("Saved {path}").format(path=str(saved))
        )

    # Language

    def retranslateUi(self) -> None:
        self.ui.retranslateUi(self)
        self._fill_periods()
        for _view, model in self._views:
            model.retranslate()
        self._fill_managers()
        self._update_tab_titles()
        self._show_kpis()
        if self.report is not None:
            self.chart.show_months(self.report.months)
        self.ui.refreshButton.setToolTip(self.tr("Recalculate from the local data (F5)"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)
