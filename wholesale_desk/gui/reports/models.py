"""Columns of the report's tables; each also gives the exact value that goes into an export."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from PySide6.QtCore import QCoreApplication

from wholesale_desk.amount_words import format_date
from wholesale_desk.gui.row_table import Column, RowsModel
from wholesale_desk.money import format_money, format_percent, format_qty
from wholesale_desk.services.sales_report import (
    ClientSales,
    LapsedClient,
    ManagerSales,
    ProductSales,
)

__all__ = [
    "Column",
    "RowsModel",
    "client_columns",
    "lapsed_columns",
    "manager_columns",
    "new_client_columns",
    "percent_text",
    "product_columns",
]


def percent_text(value: Decimal | None) -> str:
    """ "85,0 %" (a comma, as money is shown), or empty when there is nothing to compare with."""
    return "" if value is None else format_percent(value)


def _date(value: date | None) -> str:
    return "" if value is None else format_date(value)


def _money(value: Decimal | None) -> str:
    return "" if value is None else format_money(value)


def manager_columns() -> list[Column[ManagerSales]]:
    return [
        Column(
            QCoreApplication.translate("ReportsPage", "Manager"),
            lambda r: r.manager_name or QCoreApplication.translate("ReportsPage", "(no manager)"),
            lambda r: r.manager_name.casefold(),
        ),
        Column(
            QCoreApplication.translate("ReportsPage", "Net sales"),
            lambda r: format_money(r.net_sales),
            lambda r: r.net_sales,
            numeric=True,
        ),
        Column(
            QCoreApplication.translate("ReportsPage", "Share"),
            lambda r: percent_text(r.share),
            lambda r: r.share or Decimal(0),
            numeric=True,
        ),
        Column(
            QCoreApplication.translate("ReportsPage", "Clients bought"),
            lambda r: str(r.clients_bought),
            lambda r: r.clients_bought,
            numeric=True,
        ),
        Column(
            QCoreApplication.translate("ReportsPage", "Shipments"),
            lambda r: str(r.shipments),
            lambda r: r.shipments,
            numeric=True,
        ),
        Column(
            QCoreApplication.translate("ReportsPage", "Average shipment"),
            lambda r: format_money(r.average_shipment),
            lambda r: r.average_shipment,
            numeric=True,
        ),
        Column(
            QCoreApplication.translate("ReportsPage", "Plan"),
            lambda r: _money(r.plan),
            lambda r: r.plan or Decimal(0),
            numeric=True,
        ),
        Column(
            QCoreApplication.translate("ReportsPage", "Plan fulfilment"),
            lambda r: percent_text(r.fulfilment),
            lambda r: r.fulfilment or Decimal(0),
            numeric=True,
            alarm=lambda r: r.fulfilment is not None and r.fulfilment < 100,
        ),
    ]


def client_columns() -> list[Column[ClientSales]]:
    return [
        Column(
            QCoreApplication.translate("ReportsPage", "Client"),
            lambda r: r.client_name,
            lambda r: r.client_name.casefold(),
        ),
        Column(
            QCoreApplication.translate("ReportsPage", "Manager"),
            lambda r: r.manager_name,
            lambda r: r.manager_name.casefold(),
        ),
        Column(
            QCoreApplication.translate("ReportsPage", "Net sales"),
            lambda r: format_money(r.net_sales),
            lambda r: r.net_sales,
            numeric=True,
        ),
        Column(
            QCoreApplication.translate("ReportsPage", "Shipments"),
            lambda r: str(r.shipments),
            lambda r: r.shipments,
            numeric=True,
        ),
        Column(
            QCoreApplication.translate("ReportsPage", "Last shipment"),
            lambda r: _date(r.last_shipment),
            lambda r: r.last_shipment or date.min,
        ),
    ]


def new_client_columns() -> list[Column[ClientSales]]:
    first = Column[ClientSales](
        QCoreApplication.translate("ReportsPage", "First shipment"),
        lambda r: _date(r.first_shipment),
        lambda r: r.first_shipment or date.min,
    )
    return [*client_columns()[:4], first]


def lapsed_columns() -> list[Column[LapsedClient]]:
    return [
        Column(
            QCoreApplication.translate("ReportsPage", "Client"),
            lambda r: r.client_name,
            lambda r: r.client_name.casefold(),
        ),
        Column(
            QCoreApplication.translate("ReportsPage", "Manager"),
            lambda r: r.manager_name,
            lambda r: r.manager_name.casefold(),
        ),
        Column(
            QCoreApplication.translate("ReportsPage", "Sales in the previous period"),
            lambda r: format_money(r.previous_sales),
            lambda r: r.previous_sales,
            numeric=True,
        ),
        Column(
            QCoreApplication.translate("ReportsPage", "Last shipment"),
            lambda r: _date(r.last_shipment),
            lambda r: r.last_shipment or date.min,
        ),
    ]


def product_columns() -> list[Column[ProductSales]]:
    return [
        Column(
            QCoreApplication.translate("ReportsPage", "Product"),
            lambda r: r.product_name,
            lambda r: r.product_name.casefold(),
        ),
        Column(
            QCoreApplication.translate("ReportsPage", "Quantity"),
            lambda r: format_qty(r.quantity),
            lambda r: r.quantity,
            numeric=True,
        ),
        Column(
            QCoreApplication.translate("ReportsPage", "Net sales"),
            lambda r: format_money(r.net_sales),
            lambda r: r.net_sales,
            numeric=True,
        ),
    ]
