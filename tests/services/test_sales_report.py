"""The sales report as a head of sales reads it on Monday: exact figures from hand-made documents."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

import pytest

from wholesale_desk.models import (
    Client,
    CustomerReturn,
    Manager,
    Order,
    Price,
    PriceType,
    Product,
    ReturnLine,
    SalesPlan,
    Settlement,
    Shipment,
    ShipmentLine,
)
from wholesale_desk.services.sales_report import (
    Period,
    SalesReport,
    period_bounds,
    previous_bounds,
    sales_report,
)
from wholesale_desk.store import Store

TODAY = date(2026, 11, 26)
D = Decimal


def _ship(i: int, client: str, when: datetime, amount: str, **kw: object) -> Shipment:
    return Shipment(id=f"s{i}", client_id=client, date=when, posted=True, amount=D(amount), **kw)


@pytest.fixture
def store(tmp_path: Path) -> Store:
    s = Store(tmp_path / "sales.sqlite")
    with s.transaction() as db:
        db.add_all([Manager(id="m1", name="Иванов Пётр"), Manager(id="m2", name="Сидорова Анна")])
        db.add_all(
            [
                Client(id="a", name="Ромашка", manager_id="m1"),
                Client(id="b", name="Василёк", manager_id="m1"),
                Client(id="c", name="Лютик", manager_id="m2"),
                Client(id="d", name="Одуванчик", manager_id="m2"),
            ]
        )
        db.add_all(
            [
                # a: an old client, buys in October and November
                _ship(1, "a", datetime(2026, 3, 5, 10), "500.00"),
                _ship(2, "a", datetime(2026, 10, 31, 23, 59), "1000.00"),
                _ship(3, "a", datetime(2026, 11, 1, 0, 0), "2000.00"),
                _ship(4, "a", datetime(2026, 11, 20), "3000.50"),
                # b: new in November
                _ship(5, "b", datetime(2026, 11, 10), "4000.00"),
                # c: bought in October only: lapsed this month
                _ship(6, "c", datetime(2026, 10, 15), "700.00"),
                # d: November, but one shipment unposted and one marked for deletion
                _ship(7, "d", datetime(2026, 11, 3), "100.00"),
                Shipment(id="s8", client_id="d", date=datetime(2026, 11, 4), amount=D("9999.00")),
                _ship(9, "d", datetime(2026, 11, 5), "8888.00", deletion_mark=True),
                # older than the chart's 12 months
                _ship(10, "c", datetime(2025, 11, 30), "123.00"),
            ]
        )
        db.add_all(
            [
                CustomerReturn(
                    id="r1", client_id="a", date=datetime(2026, 11, 21), posted=True,
                    amount=D("500.25"),
                ),
                CustomerReturn(
                    id="r2", client_id="c", date=datetime(2026, 10, 20), posted=True,
                    amount=D("100.00"),
                ),
            ]
        )  # fmt: skip
        db.add_all(
            [
                Order(id="o1", client_id="a", date=datetime(2026, 11, 1), amount=D("2000.00"),
                      state="shipped"),
                Order(id="o2", client_id="b", date=datetime(2026, 11, 9), amount=D("4000.01"),
                      state="shipped"),
                Order(id="o3", client_id="c", date=datetime(2026, 11, 9), amount=D("50.00"),
                      state="cancelled"),
            ]
        )  # fmt: skip
        db.add_all(
            [
                SalesPlan(manager_id="m1", month=date(2026, 11, 1), amount=D("10000.00")),
                SalesPlan(manager_id="m2", month=date(2026, 11, 1), amount=D("5000.00")),
                SalesPlan(manager_id="m1", month=date(2026, 10, 1), amount=D("1000.00")),
            ]
        )
        db.add_all(
            [
                Settlement(client_id="a", due_date=date(2026, 11, 1), debt=D("300.00")),
                Settlement(client_id="a", due_date=date(2026, 12, 1), debt=D("700.00")),
                Settlement(client_id="c", due_date=date(2026, 12, 1), debt=D("1000.00")),
            ]
        )
    return s


def report(store: Store, period: Period = Period.MONTH, manager: str | None = None) -> SalesReport:
    with store.session() as session:
        return sales_report(session, period, TODAY, manager)


def test_periods_are_whole_months_with_a_previous_one_of_the_same_kind() -> None:
    assert period_bounds(Period.MONTH, TODAY) == (date(2026, 11, 1), date(2026, 12, 1))
    assert previous_bounds(Period.MONTH, TODAY) == (date(2026, 10, 1), date(2026, 11, 1))
    assert period_bounds(Period.QUARTER, TODAY) == (date(2026, 10, 1), date(2027, 1, 1))
    assert previous_bounds(Period.QUARTER, TODAY) == (date(2026, 7, 1), date(2026, 10, 1))
    assert period_bounds(Period.YEAR, TODAY) == (date(2026, 1, 1), date(2027, 1, 1))
    assert period_bounds(Period.LAST_12_MONTHS, TODAY) == (date(2025, 12, 1), date(2026, 12, 1))
    assert previous_bounds(Period.LAST_12_MONTHS, TODAY) == (date(2024, 12, 1), date(2025, 12, 1))


def test_net_sales_are_posted_shipments_less_returns(store: Store) -> None:
    kpis = report(store).kpis
    # 2000 + 3000.50 − 500.25 (a) + 4000 (b) + 100 (d); unposted and marked ones left out
    assert kpis.net_sales == D("8600.25")
    assert kpis.previous_net_sales == D("1600.00")  # 1000 (a) + 700 − 100 (c)
    assert kpis.orders == 2  # the cancelled order does not count
    assert kpis.average_order == D("3000.01")  # 6000.01 / 2, half up
    assert kpis.gross_margin is None  # no purchase prices known


def test_months_bucket_by_calendar_month_over_twelve_months(store: Store) -> None:
    months = report(store).months
    assert months[0].month == date(2025, 12, 1)
    assert months[-1].month == date(2026, 11, 1)
    by_month = {m.month: m.net_sales for m in months}
    assert by_month[date(2026, 10, 1)] == D("1600.00")  # 23:59 on the 31st stays in October
    assert by_month[date(2026, 11, 1)] == D("8600.25")  # midnight on the 1st is November
    assert by_month[date(2026, 3, 1)] == D("500.00")
    assert sum(by_month.values()) == D("10700.25")  # November 2025 is outside the chart


def test_plan_against_fact(store: Store) -> None:
    r = report(store)
    plans = {m.month: m.plan for m in r.months}
    assert plans[date(2026, 11, 1)] == D("15000.00")  # the company: the managers' plans summed
    assert plans[date(2026, 10, 1)] == D("1000.00")
    assert plans[date(2026, 9, 1)] is None
    assert r.kpis.fulfilment == D("57.3")  # 8600.25 / 15000
    m1 = next(m for m in r.managers if m.manager_id == "m1")
    assert m1.net_sales == D("8500.25")
    assert m1.plan == D("10000.00")
    assert m1.fulfilment == D("85.0")
    assert m1.clients_bought == 2
    assert m1.shipments == 3
    assert m1.average_shipment == D("3000.17")  # 9000.50 shipped / 3, before returns
    assert m1.share == D("98.8")


def test_company_plan_rows_win_over_the_managers_sum(store: Store) -> None:
    with store.transaction() as db:
        db.add(SalesPlan(manager_id=None, month=date(2026, 11, 1), amount=D("20000.00")))
    assert report(store).kpis.plan == D("20000.00")


def test_top_clients_are_ranked_by_net_sales(store: Store) -> None:
    top = report(store).top_clients
    assert [(c.client_name, c.net_sales) for c in top] == [
        ("Ромашка", D("4500.25")),
        ("Василёк", D("4000.00")),
        ("Одуванчик", D("100.00")),
    ]
    assert top[0].shipments == 2
    assert top[0].manager_name == "Иванов Пётр"


def test_new_and_lapsed_clients(store: Store) -> None:
    r = report(store)
    assert [(c.client_id, c.first_shipment) for c in r.new_clients] == [
        ("b", date(2026, 11, 10)),
        ("d", date(2026, 11, 3)),
    ]
    assert [(c.client_id, c.previous_sales) for c in r.lapsed_clients] == [("c", D("600.00"))]
    assert r.lapsed_clients[0].last_shipment == date(2026, 10, 15)


def test_a_manager_sees_only_their_clients(store: Store) -> None:
    r = report(store, manager="m2")
    assert r.kpis.net_sales == D("100.00")
    assert r.kpis.plan == D("5000.00")
    assert r.kpis.fulfilment == D("2.0")
    assert r.kpis.orders == 0
    assert [c.client_id for c in r.top_clients] == ["d"]
    assert [m.manager_id for m in r.managers] == ["m2"]
    assert r.kpis.receivables == D("1000.00")
    assert r.kpis.overdue_share == D("0.0")
    assert {m.month: m.plan for m in r.months}[date(2026, 10, 1)] is None


def test_overdue_share_of_receivables(store: Store) -> None:
    kpis = report(store).kpis
    assert kpis.receivables == D("2000.00")
    assert kpis.overdue == D("300.00")
    assert kpis.overdue_share == D("15.0")


def test_top_products_and_margin_from_lines_with_purchase_prices(store: Store) -> None:
    with store.transaction() as db:
        db.add_all(
            [
                Product(id="p1", name="Гвозди"),
                Product(id="p2", name="Шурупы"),
                PriceType(id="pt", name="Закупочная"),
                Price(price_type_id="pt", product_id="p1", price=D("10.00")),
                ShipmentLine(shipment_id="s3", line_no=1, product_id="p1", quantity=D("100"),
                             price=D("15"), amount=D("1500"), total=D("1500.00")),
                ShipmentLine(shipment_id="s3", line_no=2, product_id="p2", quantity=D("2.5"),
                             price=D("200"), amount=D("500"), total=D("500.00")),
                ShipmentLine(shipment_id="s4", line_no=1, product_id="p2", quantity=D("15"),
                             price=D("200.03"), amount=D("3000.50"), total=D("3000.50")),
                ReturnLine(return_id="r1", line_no=1, product_id="p1", quantity=D("10"),
                           price=D("15"), amount=D("150"), total=D("150.00")),
            ]
        )  # fmt: skip
    r = report(store)
    assert [(p.product_name, p.quantity, p.net_sales) for p in r.top_products] == [
        ("Шурупы", D("17.500"), D("3500.50")),
        ("Гвозди", D("90.000"), D("1350.00")),
    ]
    # only p1 has a purchase price: 1350 − 90 × 10
    assert r.kpis.gross_margin == D("450.00")
    assert r.kpis.margin_percent == D("33.3")


def test_margin_compares_without_vat_when_purchase_prices_exclude_it(store: Store) -> None:
    with store.transaction() as db:
        db.add_all(
            [
                Product(id="p1", name="Гвозди"),
                PriceType(id="pt", name="Закупочная", includes_vat=False),
                Price(price_type_id="pt", product_id="p1", price=D("10.00")),
                ShipmentLine(shipment_id="s3", line_no=1, product_id="p1", quantity=D("100"),
                             price=D("15"), amount=D("1220"), vat_amount=D("220.00"),
                             total=D("1220.00")),
            ]
        )  # fmt: skip
    kpis = report(store).kpis
    assert kpis.gross_margin == D("0.00")  # 1220 − 220 VAT − 100 × 10
    assert kpis.margin_percent == D("0.0")
