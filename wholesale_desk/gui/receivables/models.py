"""Table models of the receivables view: clients, their settlement documents, managers."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from decimal import Decimal

from PySide6.QtCore import (
    QCoreApplication,
    QModelRoleData,
    QModelRoleDataSpan,
    QSortFilterProxyModel,
    Qt,
)

from wholesale_desk.amount_words import format_date
from wholesale_desk.gui.row_table import Column, Index, RowsModel
from wholesale_desk.i18n import QT_TRANSLATE_NOOP
from wholesale_desk.money import format_money, format_percent
from wholesale_desk.services.receivables import (
    DEBT,
    NOT_DUE,
    OVERDUE,
    ClientReceivable,
    SettlementLine,
    Totals,
)
from wholesale_desk.services.search_index import fold

ROW_BLOCK = 50
"""Rows whose details are read together when the view first paints one of them."""


def tr(text: str) -> str:
    """Translate a string marked elsewhere (QT_TRANSLATE_NOOP) in this view's context."""
    return QCoreApplication.translate("Receivables", text)


def _money(value: Decimal | None) -> str:
    return "" if value is None else format_money(value)


def _date(value: date | None) -> str:
    return "" if value is None else format_date(value)


def _kopecks(value: int) -> str:
    """A row's figure (kept in kopecks), blank when zero."""
    return format_money(Decimal(value).scaleb(-2)) if value else ""


def client_columns() -> list[Column[ClientReceivable]]:
    # Figures sort and filter on the rows' integer kopecks: exact, and no Decimals per sort.
    def late(r: ClientReceivable) -> bool:
        return r.kopecks[OVERDUE] > 0

    def bucket(i: int) -> Column[ClientReceivable]:
        headers = [
            QCoreApplication.translate("Receivables", "Not due"),
            QCoreApplication.translate("Receivables", "1–30"),
            QCoreApplication.translate("Receivables", "31–60"),
            QCoreApplication.translate("Receivables", "61–90"),
            QCoreApplication.translate("Receivables", "Over 90"),
        ]
        return Column(
            headers[i],
            lambda r: _kopecks(r.kopecks[NOT_DUE + i]),
            lambda r: r.kopecks[NOT_DUE + i],
            numeric=True,
            alarm=(lambda r: i > 0 and r.kopecks[NOT_DUE + i] > 0),
        )

    return [
        Column(
            QCoreApplication.translate("Receivables", "Client"),
            lambda r: r.client_name,
            lambda r: r.client_name.casefold(),
        ),
        Column(
            QCoreApplication.translate("Receivables", "Manager"),
            lambda r: r.manager_name,
            lambda r: r.manager_name,
        ),
        Column(
            QCoreApplication.translate("Receivables", "Debt"),
            lambda r: _money(r.debt),
            lambda r: r.kopecks[DEBT],
            numeric=True,
        ),
        Column(
            QCoreApplication.translate("Receivables", "Overdue"),
            lambda r: _kopecks(r.kopecks[OVERDUE]),
            lambda r: r.kopecks[OVERDUE],
            True,
            late,
        ),
        *(bucket(i) for i in range(5)),
        Column(
            QCoreApplication.translate("Receivables", "Days overdue"),
            lambda r: str(r.max_days_overdue) if r.max_days_overdue else "",
            lambda r: r.max_days_overdue,
            numeric=True,
            alarm=late,
        ),
        Column(
            QCoreApplication.translate("Receivables", "Credit limit"),
            lambda r: _money(r.credit_limit),
            lambda r: r.credit_limit or Decimal(0),
            numeric=True,
        ),
        Column(
            QCoreApplication.translate("Receivables", "Limit used"),
            lambda r: (
                "" if r.credit_used_percent is None else format_percent(r.credit_used_percent)
            ),
            lambda r: r.credit_used_percent or Decimal(0),
            numeric=True,
            alarm=lambda r: (r.credit_used_percent or 0) > 100,
        ),
        Column(
            QCoreApplication.translate("Receivables", "Last payment"),
            lambda r: _date(r.last_payment_date),
            lambda r: r.last_payment_date or date.min,
        ),
        Column(
            QCoreApplication.translate("Receivables", "Promised to pay"),
            lambda r: (
                _date(r.promised_date)
                + (f" ({format_money(r.promised_amount)})" if r.promised_amount else "")
            ),
            lambda r: r.promised_date or date.min,
        ),
    ]


CLIENT_DETAIL_COLUMNS = frozenset({10, 11, 12, 13})
"""Credit limit, limit used, last payment, promise: read lazily (`ClientRows`)."""


def call_list_columns() -> list[Column[ClientReceivable]]:
    return [
        Column(QCoreApplication.translate("Receivables", "Client"), lambda r: r.client_name, lambda r: r.client_name),
        Column(QCoreApplication.translate("Receivables", "Manager"), lambda r: r.manager_name, lambda r: r.manager_name),
        Column(QCoreApplication.translate("Receivables", "Overdue"), lambda r: _money(r.overdue), lambda r: r.kopecks[OVERDUE], True),
        Column(QCoreApplication.translate("Receivables", "Days overdue"), lambda r: str(r.max_days_overdue), lambda r: r.max_days_overdue, True),
        Column(QCoreApplication.translate("Receivables", "Promised to pay"), lambda r: _date(r.promised_date), lambda r: r.promised_date or date.min),
    ]  # fmt: skip


CALL_LIST_DETAIL_COLUMNS = frozenset({4})
"""Promised to pay."""


class ClientRows(RowsModel[ClientReceivable]):
    """Client rows whose details (limit, last payment, promise) are read when first painted.

    The figures of every row come with the report; a painted row without details asks
    `want_details` for its block of `ROW_BLOCK` rows, and sorting by a detail column asks
    `want_all_details` first and sorts when `details_arrived` says they are all in. The page
    does the reading off the GUI thread.
    """

    def __init__(
        self, columns: Callable[[], list[Column[ClientReceivable]]], detail_columns: frozenset[int]
    ) -> None:
        super().__init__(columns)
        self.detail_columns = detail_columns
        self.want_details: Callable[[list[ClientReceivable]], object] = lambda _rows: None
        self.want_all_details: Callable[[], object] = lambda: None
        self._asked: set[int] = set()
        self._waiting_sort: tuple[int, Qt.SortOrder] | None = None

    def set_rows(self, rows: list[ClientReceivable]) -> None:
        self._asked.clear()
        self._waiting_sort = None
        super().set_rows(rows)
        if self._sort is not None and self._lacks_details(self._sort[0]):
            self._waiting_sort = self._sort
            self.want_all_details()

    def sorts_by_details(self) -> bool:
        """Whether the current order needs every row's details (read them with the rows)."""
        return self._sort is not None and self._sort[0] in self.detail_columns

    def ordering(self) -> Callable[[list[ClientReceivable]], list[ClientReceivable]]:
        """This list's current order as a pure function of rows, to apply off the GUI thread
        (the reload picks the first screen by it, to read those rows' details)."""
        if self._sort is None:
            return list
        column, order = self._sort
        key = self.columns[column].sort
        descending = order == Qt.SortOrder.DescendingOrder
        return lambda rows: sorted(rows, key=key, reverse=descending)

    def _lacks_details(self, column: int) -> bool:
        return column in self.detail_columns and any(r.details is None for r in self.rows)

    def row_at(self, number: int) -> ClientReceivable:
        row = self.rows[number]
        if row.details is None:
            start = number - number % ROW_BLOCK
            if start not in self._asked:
                self._asked.add(start)
                block = self.rows[start : start + ROW_BLOCK]
                self.want_details([r for r in block if r.details is None])
        return row

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if self._lacks_details(column):
            self._sort = self._waiting_sort = (column, order)
            self.want_all_details()
            return
        self._waiting_sort = None
        super().sort(column, order)

    def details_arrived(self) -> None:
        """Some rows got their details: repaint, and sort if a sort was waiting for them."""
        if self._waiting_sort is not None and not self._lacks_details(self._waiting_sort[0]):
            column, order = self._waiting_sort
            self._waiting_sort = None
            super().sort(column, order)
        if self.rows:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self.rows) - 1, len(self.columns) - 1)
            )


DOCUMENT_KINDS = {
    "Document_РеализацияТоваровУслуг": QT_TRANSLATE_NOOP("Receivables", "Shipment"),
    "Document_ЗаказКлиента": QT_TRANSLATE_NOOP("Receivables", "Order"),
    "Document_ВозвратТоваровОтКлиента": QT_TRANSLATE_NOOP("Receivables", "Return"),
    "Document_ПоступлениеБезналичныхДенежныхСредств": QT_TRANSLATE_NOOP(
        "Receivables", "Bank payment"
    ),
    "Document_ПриходныйКассовыйОрдер": QT_TRANSLATE_NOOP("Receivables", "Cash receipt"),
}


def document_name(line: SettlementLine) -> str:
    kind = tr(
        DOCUMENT_KINDS.get(line.document_type) or QT_TRANSLATE_NOOP("Receivables", "Document")
    )
    number = line.document_number or ""
    if line.document_date is None:
        return f"{kind} {number}".strip()
    return QCoreApplication.translate("Receivables", "{kind} {number} of {date}").format(
        kind=kind, number=number, date=format_date(line.document_date)
    )


def document_columns() -> list[Column[SettlementLine]]:
    return [
        Column(QCoreApplication.translate("Receivables", "Document"), document_name, document_name),
        Column(QCoreApplication.translate("Receivables", "Arisen"), lambda s: _date(s.arisen_date), lambda s: s.arisen_date or date.min),
        Column(QCoreApplication.translate("Receivables", "Due date"), lambda s: _date(s.due_date), lambda s: s.due_date or date.min),
        Column(QCoreApplication.translate("Receivables", "Debt"), lambda s: _money(s.debt), lambda s: s.debt, numeric=True),
        Column(QCoreApplication.translate("Receivables", "Prepayment"), lambda s: _money(s.prepayment) if s.prepayment else "", lambda s: s.prepayment, True),
        Column(
            QCoreApplication.translate("Receivables", "Days overdue"),
            lambda s: str(s.days_overdue) if s.days_overdue else "",
            lambda s: s.days_overdue,
            numeric=True,
            alarm=lambda s: s.days_overdue > 0,
        ),
    ]  # fmt: skip


ManagerRow = tuple[str, Totals]


def manager_columns() -> list[Column[ManagerRow]]:
    def bucket(i: int, header: str) -> Column[ManagerRow]:
        return Column(header, lambda m: _money(m[1].buckets[i]), lambda m: m[1].buckets[i], True)

    return [
        Column(
            QCoreApplication.translate("Receivables", "Manager"),
            lambda m: m[0] or QCoreApplication.translate("Receivables", "(no manager)"),
            lambda m: m[0],
        ),
        Column(
            QCoreApplication.translate("Receivables", "Clients"),
            lambda m: str(m[1].clients),
            lambda m: m[1].clients,
            True,
        ),
        Column(
            QCoreApplication.translate("Receivables", "Debt"),
            lambda m: _money(m[1].debt),
            lambda m: m[1].debt,
            True,
        ),
        Column(
            QCoreApplication.translate("Receivables", "Overdue"),
            lambda m: _money(m[1].overdue),
            lambda m: m[1].overdue,
            True,
        ),
        bucket(0, QCoreApplication.translate("Receivables", "Not due")),
        bucket(1, QCoreApplication.translate("Receivables", "1–30")),
        bucket(2, QCoreApplication.translate("Receivables", "31–60")),
        bucket(3, QCoreApplication.translate("Receivables", "61–90")),
        bucket(4, QCoreApplication.translate("Receivables", "Over 90")),
    ]


class ClientFilter(QSortFilterProxyModel):
    """Filters by name, manager and "overdue only"; sorting is the source model's own."""

    def __init__(self) -> None:
        super().__init__()
        self.setDynamicSortFilter(False)
        self.text = ""
        self.manager_id: str | None = None
        self.overdue_only = False

    def set_filter(self, text: str, manager_id: str | None, overdue_only: bool) -> None:
        # Qt 6.10 replaced invalidateRowsFilter() with begin/endFilterChange().
        modern = hasattr(self, "beginFilterChange")
        if modern:
            self.beginFilterChange()
        self.text = fold(text)
        self.manager_id = manager_id
        self.overdue_only = overdue_only
        if modern:
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            self.invalidateRowsFilter()

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        model = self.sourceModel()
        assert isinstance(model, RowsModel)
        row: ClientReceivable = model.rows[source_row]
        if self.overdue_only and row.kopecks[OVERDUE] <= 0:
            return False
        if self.manager_id is not None and row.manager_id != self.manager_id:
            return False
        return not self.text or self.text in fold(row.client_name)

    def multiData(self, index: Index, span: QModelRoleDataSpan | QModelRoleData) -> None:
        """A cell's roles from the source in one call (a proxy's own asks them one by one)."""
        model = self.sourceModel()
        if isinstance(model, RowsModel) and index.isValid():
            model.multiData(self.mapToSource(index), span)
        else:
            super().multiData(index, span)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        model = self.sourceModel()
        if isinstance(model, RowsModel):
            model.sort(column, order)
