"""Sales report: what a head of sales and a manager look at on Monday morning.

Net sales are posted shipments less posted returns (document totals, as 1C's СуммаДокумента),
attributed to the client's manager, so a manager's figures and the receivables view agree on
whose clients are whose. Everything is aggregated in SQL over integer kopecks and turned into
`Decimal` once, so the figures are exact and a year of 20,000 clients' documents stays fast.
"""

from __future__ import annotations

import enum
import heapq
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import ROUND_HALF_UP, Decimal
from typing import Any, NamedTuple

from sqlalchemy import text
from sqlalchemy.orm import Session

from wholesale_desk.services.terms import purchase_price_type_id

ZERO = Decimal("0.00")
TOP_N = 20
_PERCENT = Decimal("0.1")


class Period(enum.StrEnum):
    """The periods the report offers; each has a previous one of the same kind."""

    MONTH = "month"
    QUARTER = "quarter"
    YEAR = "year"
    LAST_12_MONTHS = "last_12_months"


def month_start(day: date, back: int = 0) -> date:
    """The first day of the month `back` months before `day`'s month (negative: after)."""
    index = day.year * 12 + day.month - 1 - back
    return date(index // 12, index % 12 + 1, 1)


def period_bounds(period: Period, today: date) -> tuple[date, date]:
    """`[start, end)` of `period` around `today` (a calendar month, quarter or year)."""
    if period is Period.MONTH:
        start = month_start(today)
        return start, month_start(start, -1)
    if period is Period.QUARTER:
        start = date(today.year, 3 * ((today.month - 1) // 3) + 1, 1)
        return start, month_start(start, -3)
    if period is Period.YEAR:
        return date(today.year, 1, 1), date(today.year + 1, 1, 1)
    return month_start(today, 11), month_start(today, -1)


def previous_bounds(period: Period, today: date) -> tuple[date, date]:
    """`[start, end)` of the period of the same kind just before the current one."""
    start, end = period_bounds(period, today)
    months = (end.year - start.year) * 12 + end.month - start.month
    return month_start(start, months), start


def _money(kopecks: int | None) -> Decimal:
    """Integer kopecks (as the store keeps money) to rubles with exactly two places."""
    return Decimal(int(kopecks or 0)).scaleb(-2)


def _qty(thousandths: int | None) -> Decimal:
    return Decimal(int(thousandths or 0)).scaleb(-3)


def percent(part: Decimal, whole: Decimal) -> Decimal | None:
    """`part` as a percentage of `whole` to one place, half up (None when `whole` is zero)."""
    if not whole:
        return None
    return (part * 100 / whole).quantize(_PERCENT, rounding=ROUND_HALF_UP)


def _date(value: object) -> date | None:
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    return date.fromisoformat(str(value)[:10])


class MonthFigure(NamedTuple):
    month: date  # the first day
    net_sales: Decimal
    plan: Decimal | None  # None where no plan row exists for the month


class ManagerSales(NamedTuple):
    manager_id: str | None
    manager_name: str
    net_sales: Decimal
    share: Decimal | None  # percent of the report's net sales
    clients_bought: int  # clients with at least one shipment in the period
    shipments: int
    average_shipment: Decimal
    plan: Decimal | None
    fulfilment: Decimal | None  # percent of the plan


class ClientSales(NamedTuple):
    client_id: str
    client_name: str
    manager_name: str
    net_sales: Decimal
    shipments: int
    first_shipment: date | None  # ever (for new clients), else None
    last_shipment: date | None  # in the period


class LapsedClient(NamedTuple):
    client_id: str
    client_name: str
    manager_name: str
    previous_sales: Decimal  # net sales in the previous period
    last_shipment: date | None  # ever


class ProductSales(NamedTuple):
    product_id: str
    product_name: str
    quantity: Decimal
    net_sales: Decimal


@dataclass(frozen=True)
class Kpis:
    net_sales: Decimal = ZERO
    previous_net_sales: Decimal = ZERO
    orders: int = 0
    average_order: Decimal = ZERO
    plan: Decimal | None = None
    fulfilment: Decimal | None = None
    gross_margin: Decimal | None = None  # None when no purchase prices are known
    margin_percent: Decimal | None = None
    receivables: Decimal = ZERO
    overdue: Decimal = ZERO
    overdue_share: Decimal | None = None


@dataclass(frozen=True)
class SalesReport:
    period: Period
    start: date
    end: date  # exclusive
    today: date
    manager_id: str | None
    kpis: Kpis
    months: list[MonthFigure]
    managers: list[ManagerSales] = field(default_factory=list)
    top_clients: list[ClientSales] = field(default_factory=list)
    top_products: list[ProductSales] = field(default_factory=list)
    new_clients: list[ClientSales] = field(default_factory=list)
    lapsed_clients: list[LapsedClient] = field(default_factory=list)


# The scope's clients: everyone's, or one manager's (clients.manager_id is indexed).
_SCOPE = "(:manager IS NULL OR client_id IN (SELECT id FROM clients WHERE manager_id = :manager))"
# One pass over posted, unmarked shipments (+) and returns (−) of [since, until), per client and
# month: every period the report offers is whole months, so the chart, this period and the
# previous one all come from these rows.
_PER_CLIENT_MONTH = text(
    f"""
    SELECT client_id, month, SUM(net), SUM(n), SUM(shipped), MAX(last) FROM (
        SELECT client_id, substr(date, 1, 7) AS month, amount AS net, 1 AS n, amount AS shipped,
               date AS last
        FROM shipments
        WHERE posted = 1 AND deletion_mark = 0 AND date >= :since AND date < :until AND {_SCOPE}
        UNION ALL
        SELECT client_id, substr(date, 1, 7), -amount, 0, 0, NULL FROM returns
        WHERE posted = 1 AND deletion_mark = 0 AND date >= :since AND date < :until AND {_SCOPE}
    ) GROUP BY client_id, month
    """
)
_CLIENTS = text(
    "SELECT c.id, c.name, c.manager_id, coalesce(m.name, '') FROM clients c"
    " LEFT JOIN managers m ON m.id = c.manager_id"
    " WHERE :manager IS NULL OR c.manager_id = :manager"
)
_FIRST_SHIPMENTS = text(
    "SELECT client_id, MIN(date) FROM shipments WHERE posted = 1 AND deletion_mark = 0"
    " GROUP BY client_id HAVING MIN(date) >= :since AND MIN(date) < :until"
)
_LAST_SHIPMENT = text(
    "SELECT MAX(date) FROM shipments WHERE posted = 1 AND deletion_mark = 0 AND client_id = :c"
)
_ORDERS = text(
    "SELECT COUNT(*), coalesce(SUM(amount), 0) FROM orders"
    " WHERE deletion_mark = 0 AND date >= :since AND date < :until"
    f" AND state NOT IN ('draft', 'cancelled', 'rejected') AND {_SCOPE}"
)
# Lines of shipments (+) and returns (−): the line total with VAT where 1C gives it.
_LINES = """
    WITH lines AS (
        SELECT l.product_id, l.quantity AS qty,
               CASE WHEN l.total != 0 THEN l.total ELSE l.amount END AS net,
               CASE WHEN l.total != 0 THEN l.vat_amount ELSE 0 END AS vat, d.client_id
        FROM shipment_lines l JOIN shipments d ON d.id = l.shipment_id
        WHERE d.posted = 1 AND d.deletion_mark = 0 AND d.date >= :since AND d.date < :until
        UNION ALL
        SELECT l.product_id, -l.quantity,
               -(CASE WHEN l.total != 0 THEN l.total ELSE l.amount END),
               -(CASE WHEN l.total != 0 THEN l.vat_amount ELSE 0 END), d.client_id
        FROM return_lines l JOIN returns d ON d.id = l.return_id
        WHERE d.posted = 1 AND d.deletion_mark = 0 AND d.date >= :since AND d.date < :until
    ), scoped AS (SELECT * FROM lines WHERE {_SCOPE})
""".replace("{_SCOPE}", _SCOPE)
_PRODUCTS = text(
    _LINES + "SELECT s.product_id, coalesce(p.name, ''), SUM(s.qty), SUM(s.net) FROM scoped s"
    " LEFT JOIN products p ON p.id = s.product_id WHERE s.product_id IS NOT NULL"
    " GROUP BY s.product_id ORDER BY SUM(s.net) DESC, p.name LIMIT :top"
)
# Margin over lines whose product has a purchase price: net − qty × price (kopeck-thousandths);
# sales without VAT when the purchase prices are without it, so both sides share a VAT basis.
_MARGIN = text(
    _LINES + "SELECT COUNT(*), coalesce(SUM(CASE WHEN :with_vat THEN s.net ELSE s.net - s.vat END),"
    " 0), coalesce(SUM(s.qty * pr.price), 0)"
    " FROM scoped s JOIN prices pr ON pr.product_id = s.product_id AND pr.price_type_id = :pt"
)
_RECEIVABLES = text(
    "SELECT coalesce(SUM(debt), 0),"
    " coalesce(SUM(CASE WHEN due_date < :today THEN debt ELSE 0 END), 0)"
    f" FROM settlements WHERE {_SCOPE}"
)
_PLANS = text(
    "SELECT manager_id, substr(month, 1, 7), SUM(amount) FROM sales_plans"
    " WHERE month >= :since AND month < :until GROUP BY 1, 2"
)


def _plans(session: Session, since: date, until: date) -> dict[str | None, dict[str, int]]:
    """Plans by manager (None: the company's own plan) and month key "YYYY-MM"."""
    plans: dict[str | None, dict[str, int]] = {}
    params = {"since": since.isoformat(), "until": until.isoformat()}
    for manager_id, month, amount in session.execute(_PLANS, params):
        plans.setdefault(manager_id, {})[month] = int(amount or 0)
    return plans


def _scope_plan(plans: Mapping[str | None, Mapping[str, int]], manager_id: str | None) -> dict:
    """The plan of the report's scope by month: a manager's own; for the company its own rows
    where it has them, else the sum of the managers' plans."""
    if manager_id is not None:
        return dict(plans.get(manager_id, {}))
    if None in plans:
        return dict(plans[None])
    total: dict[str, int] = {}
    for by_month in plans.values():
        for month, amount in by_month.items():
            total[month] = total.get(month, 0) + amount
    return total


@dataclass(frozen=True)
class _Window:
    """The dates one report reads: its period, the previous one, the chart's twelve months."""

    today: date
    manager_id: str | None
    start: date
    end: date
    prev_start: date
    prev_end: date
    chart_start: date
    chart_end: date

    def params(self, since: date, until: date, **extra: Any) -> dict[str, Any]:
        return {
            "since": since.isoformat(),
            "until": until.isoformat(),
            "manager": self.manager_id,
        } | extra


ClientTotals = dict[str, list[Any]]
"""client id → [net, shipments, shipped, last shipment date] over a period."""


def sales_report(
    session: Session,
    period: Period = Period.MONTH,
    today: date | None = None,
    manager_id: str | None = None,
) -> SalesReport:
    """The report for `period` around `today`, for one manager's clients or all of them."""
    today = today or date.today()
    start, end = period_bounds(period, today)
    prev_start, prev_end = previous_bounds(period, today)
    w = _Window(
        today, manager_id, start, end, prev_start, prev_end, month_start(today, 11),
        month_start(today, -1),
    )  # fmt: skip
    plans = _plans(session, min(start, w.chart_start), max(end, w.chart_end))
    scope_plan = _scope_plan(plans, manager_id)
    monthly, current, previous = _client_months(session, w)
    clients = {r[0]: (r[1], r[2], r[3]) for r in session.execute(_CLIENTS, {"manager": manager_id})}
    total = sum(acc[0] for acc in current.values())
    period_keys = sorted(_month_keys(start, end))
    top_clients, new_clients, lapsed = _client_lists(session, w, clients, current, previous)
    return SalesReport(
        period=period,
        start=start,
        end=end,
        today=today,
        manager_id=manager_id,
        kpis=_kpis(session, w, total, previous, scope_plan, period_keys),
        months=_month_figures(today, monthly, scope_plan),
        managers=_manager_rows(session, current, clients, plans, period_keys, total),
        top_clients=top_clients,
        top_products=[
            ProductSales(pid, name, _qty(qty), _money(net))
            for pid, name, qty, net in session.execute(_PRODUCTS, w.params(start, end, top=TOP_N))
        ],
        new_clients=new_clients,
        lapsed_clients=lapsed,
    )


def _client_months(
    session: Session, w: _Window
) -> tuple[dict[str, int], ClientTotals, ClientTotals]:
    """One pass over shipments by client and month: the chart's monthly net, and each client's
    totals in this period and in the previous one."""
    monthly: dict[str, int] = {}
    current: ClientTotals = {}
    previous: ClientTotals = {}
    cur_keys = _month_keys(w.start, w.end)
    prev_keys = _month_keys(w.prev_start, w.prev_end)
    chart_keys = _month_keys(w.chart_start, w.chart_end)
    since, until = min(w.chart_start, w.prev_start), max(w.chart_end, w.end)
    for client_id, month, net, count, shipped, last in session.execute(
        _PER_CLIENT_MONTH, w.params(since, until)
    ):
        net, count, shipped = int(net or 0), int(count or 0), int(shipped or 0)
        if month in chart_keys:
            monthly[month] = monthly.get(month, 0) + net
        target = current if month in cur_keys else previous if month in prev_keys else None
        if target is not None:
            acc = target.setdefault(client_id, [0, 0, 0, None])
            acc[0] += net
            acc[1] += count
            acc[2] += shipped
            if last is not None and (acc[3] is None or str(last) > str(acc[3])):
                acc[3] = last
    return monthly, current, previous


def _month_figures(
    today: date, monthly: Mapping[str, int], scope_plan: Mapping[str, int]
) -> list[MonthFigure]:
    months = []
    for back in range(11, -1, -1):
        key = month_start(today, back).strftime("%Y-%m")
        plan = scope_plan.get(key)
        months.append(
            MonthFigure(
                month_start(today, back),
                _money(monthly.get(key, 0)),
                _money(plan) if plan is not None else None,
            )
        )
    return months


def _manager_rows(
    session: Session,
    current: ClientTotals,
    clients: Mapping[str, tuple[str, str | None, str]],
    plans: Mapping[str | None, Mapping[str, int]],
    period_keys: list[str],
    total: int,
) -> list[ManagerSales]:
    per_manager: dict[str | None, list[int]] = {}  # net, clients bought, shipments, shipped
    for client_id, (net, shipments, shipped, _last) in current.items():
        _name, client_manager, _mname = clients.get(client_id, ("", None, ""))
        acc = per_manager.setdefault(client_manager, [0, 0, 0, 0])
        acc[0] += net
        acc[1] += 1 if shipments else 0
        acc[2] += shipments
        acc[3] += shipped
    managers: list[ManagerSales] = []
    names: dict[str, str] = dict(session.execute(text("SELECT id, name FROM managers")).all())
    for mid, (net, bought, count, shipped) in per_manager.items():
        plan_k = sum(plans.get(mid, {}).get(k, 0) for k in period_keys) if mid in plans else None
        net_d = _money(net)
        plan_d = _money(plan_k) if plan_k else None
        managers.append(
            ManagerSales(
                manager_id=mid,
                manager_name=names.get(mid, "") if mid else "",
                net_sales=net_d,
                share=percent(net_d, _money(total)),
                clients_bought=bought,
                shipments=count,
                average_shipment=(_money(shipped) / count).quantize(
                    Decimal("0.01"), rounding=ROUND_HALF_UP
                )
                if count
                else ZERO,
                plan=plan_d,
                fulfilment=percent(net_d, plan_d) if plan_d else None,
            )
        )
    managers.sort(key=lambda m: (-m.net_sales, m.manager_name))
    return managers


def _client_lists(
    session: Session,
    w: _Window,
    clients: Mapping[str, tuple[str, str | None, str]],
    current: ClientTotals,
    previous: ClientTotals,
) -> tuple[list[ClientSales], list[ClientSales], list[LapsedClient]]:
    """The top clients, the new ones (first shipment in the period) and the lapsed ones."""

    def client_row(client_id: str, first: date | None = None) -> ClientSales:
        net, shipments, _shipped, last = current[client_id]
        name, _mid, mname = clients.get(client_id, ("", None, ""))
        return ClientSales(client_id, name, mname, _money(net), shipments, first, _date(last))

    ranked = heapq.nsmallest(
        TOP_N, current, key=lambda c: (-current[c][0], clients.get(c, ("",))[0])
    )
    top_clients = [client_row(c) for c in ranked[:TOP_N]]

    firsts = session.execute(_FIRST_SHIPMENTS, w.params(w.start, w.end)).all()
    new_clients = sorted(
        (client_row(c, _date(d)) for c, d in firsts if c in current),
        key=lambda c: (-c.net_sales, c.client_name),
    )

    lapsed: list[LapsedClient] = []
    for client_id, (net, shipments, _shipped, last) in previous.items():
        if not shipments or current.get(client_id, (0, 0))[1]:
            continue
        name, _mid, mname = clients.get(client_id, ("", None, ""))
        lapsed.append(LapsedClient(client_id, name, mname, _money(net), _date(last)))
    lapsed.sort(key=lambda c: (-c.previous_sales, c.client_name))
    return top_clients, new_clients, lapsed


def _kpis(
    session: Session,
    w: _Window,
    total: int,
    previous: ClientTotals,
    scope_plan: Mapping[str, int],
    period_keys: list[str],
) -> Kpis:
    order_count, order_sum = session.execute(_ORDERS, w.params(w.start, w.end)).one()
    debt, overdue = session.execute(
        _RECEIVABLES, {"today": w.today.isoformat(), "manager": w.manager_id}
    ).one()
    margin, margin_pct = _margin(session, w.params(w.start, w.end))
    net_sales = _money(total)
    plan_k = sum(scope_plan.get(k, 0) for k in period_keys) if scope_plan else 0
    plan = _money(plan_k) if plan_k else None
    return Kpis(
        net_sales=net_sales,
        previous_net_sales=_money(sum(acc[0] for acc in previous.values())),
        orders=int(order_count),
        average_order=(_money(order_sum) / order_count).quantize(
            Decimal("0.01"), rounding=ROUND_HALF_UP
        )
        if order_count
        else ZERO,
        plan=plan,
        fulfilment=percent(net_sales, plan) if plan else None,
        gross_margin=margin,
        margin_percent=margin_pct,
        receivables=_money(debt),
        overdue=_money(overdue),
        overdue_share=percent(_money(overdue), _money(debt)) if int(debt) > 0 else None,
    )


def _month_keys(start: date, end: date) -> set[str]:
    """The "YYYY-MM" keys of the months in `[start, end)`."""
    count = (end.year - start.year) * 12 + end.month - start.month
    return {month_start(start, -i).strftime("%Y-%m") for i in range(count)}


def _margin(session: Session, params: dict[str, Any]) -> tuple[Decimal | None, Decimal | None]:
    """Gross margin over the lines whose product has a purchase price; (None, None) if none do."""
    price_type = purchase_price_type_id(session)
    if price_type is None:
        return None, None
    with_vat = session.execute(
        text("SELECT includes_vat FROM price_types WHERE id = :pt"), {"pt": price_type}
    ).scalar_one()
    count, net, cost = session.execute(
        _MARGIN, params | {"pt": price_type, "with_vat": bool(with_vat)}
    ).one()
    if not count:
        return None, None
    net_d = _money(net)
    # qty (thousandths) × price (kopecks) → kopeck-thousandths; rounded to a kopeck once.
    cost_d = (Decimal(int(cost)).scaleb(-5)).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
    margin = net_d - cost_d
    return margin, percent(margin, net_d)


def managers(session: Session) -> list[tuple[str, str]]:
    """Every manager as (id, name), by name: the report's manager filter offers these."""
    rows = session.execute(text("SELECT id, name FROM managers ORDER BY name")).all()
    return [(str(mid), str(name)) for mid, name in rows]
