"""Receivables: who owes what, since when, how late, per client, manager and company.

Figures come from the settlements snapshot (1C's РасчетыСКлиентамиПоСрокам balance, one row per
settlement document with its planned due date), so the sum over clients is 1C's balance for the
user's rights. Aggregation happens in SQL over integer kopecks: 20,000 clients stay fast and exact.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import text
from sqlalchemy.orm import Session

from wholesale_desk import snapshots
from wholesale_desk.aging import Bucket, bucket_for, days_overdue
from wholesale_desk.models import Client, Settlement

ZERO = Decimal("0.00")
_CENT = Decimal("0.01")


def _money(kopecks: int | None) -> Decimal:
    return (Decimal(int(kopecks or 0)) * _CENT).quantize(_CENT)


@dataclass(frozen=True)
class ClientReceivable:
    """One client's line in the receivables view."""

    client_id: str
    client_name: str
    manager_id: str | None
    manager_name: str
    debt: Decimal
    prepayment: Decimal
    overdue: Decimal
    buckets: tuple[Decimal, Decimal, Decimal, Decimal, Decimal]  # in `Bucket` order
    max_days_overdue: int
    credit_limit: Decimal | None
    last_payment_date: date | None
    last_payment_amount: Decimal | None
    promised_date: date | None
    promised_amount: Decimal | None

    @property
    def credit_used_percent(self) -> Decimal | None:
        """Share of the credit limit the debt takes, in percent (None without a limit)."""
        if not self.credit_limit:
            return None
        return (self.debt * 100 / self.credit_limit).quantize(Decimal("0.1"))

    @property
    def priority(self) -> Decimal:
        """How urgent a call is: overdue amount × days overdue (the call list's ranking)."""
        return self.overdue * self.max_days_overdue


@dataclass(frozen=True)
class Totals:
    debt: Decimal = ZERO
    overdue: Decimal = ZERO
    buckets: tuple[Decimal, Decimal, Decimal, Decimal, Decimal] = (ZERO,) * 5
    clients: int = 0

    def plus(self, row: ClientReceivable) -> Totals:
        return Totals(
            self.debt + row.debt,
            self.overdue + row.overdue,
            tuple(a + b for a, b in zip(self.buckets, row.buckets, strict=True)),  # type: ignore[arg-type]
            self.clients + 1,
        )


@dataclass(frozen=True)
class ReceivablesReport:
    """The whole view: rows, totals per manager and for the company, and the snapshot time."""

    today: date
    as_of: datetime | None
    rows: list[ClientReceivable]
    total: Totals
    by_manager: dict[str | None, tuple[str, Totals]] = field(default_factory=dict)


_AGGREGATE = text(
    """
    WITH s AS (
        SELECT client_id, debt, prepayment,
               CASE WHEN due_date IS NOT NULL AND due_date < :today
                    THEN CAST(julianday(:today) - julianday(due_date) AS INTEGER)
                    ELSE 0 END AS late
        FROM settlements
    ), agg AS (
        SELECT client_id,
               SUM(debt) AS debt, SUM(prepayment) AS prepayment,
               SUM(CASE WHEN late > 0 THEN debt ELSE 0 END) AS overdue,
               SUM(CASE WHEN late = 0 THEN debt ELSE 0 END) AS b0,
               SUM(CASE WHEN late BETWEEN 1 AND 30 THEN debt ELSE 0 END) AS b1,
               SUM(CASE WHEN late BETWEEN 31 AND 60 THEN debt ELSE 0 END) AS b2,
               SUM(CASE WHEN late BETWEEN 61 AND 90 THEN debt ELSE 0 END) AS b3,
               SUM(CASE WHEN late > 90 THEN debt ELSE 0 END) AS b4,
               MAX(CASE WHEN debt > 0 THEN late ELSE 0 END) AS max_late
        FROM s GROUP BY client_id
        HAVING SUM(debt) != 0 OR SUM(prepayment) != 0
    ), lim AS (
        SELECT client_id, SUM(credit_limit) AS credit_limit
        FROM contracts WHERE limit_debt AND client_id IS NOT NULL AND NOT deletion_mark
        GROUP BY client_id
    ), pay AS (
        SELECT a.client_id, MAX(p.date) AS last_date
        FROM payment_allocations a JOIN payments p ON p.id = a.payment_id
        WHERE p.posted AND a.client_id IS NOT NULL
        GROUP BY a.client_id
    ), promise AS (
        SELECT client_id, promised_payment_date, promised_amount,
               ROW_NUMBER() OVER (PARTITION BY client_id ORDER BY start DESC) AS rn
        FROM interactions WHERE promised_payment_date IS NOT NULL
    )
    SELECT agg.*, c.name, c.manager_id, coalesce(m.name, '') AS manager_name,
           lim.credit_limit, pay.last_date,
           (SELECT sum(a2.amount) FROM payment_allocations a2 JOIN payments p2
              ON p2.id = a2.payment_id
             WHERE a2.client_id = agg.client_id AND p2.date = pay.last_date) AS last_amount,
           pr.promised_payment_date, pr.promised_amount
    FROM agg
    JOIN clients c ON c.id = agg.client_id
    LEFT JOIN managers m ON m.id = c.manager_id
    LEFT JOIN lim ON lim.client_id = agg.client_id
    LEFT JOIN pay ON pay.client_id = agg.client_id
    LEFT JOIN promise pr ON pr.client_id = agg.client_id AND pr.rn = 1
    WHERE (:manager_id IS NULL OR c.manager_id = :manager_id)
    ORDER BY agg.overdue DESC, agg.debt DESC
    """
)


def _date(value: object) -> date | None:
    if value is None or value == "":
        return None
    if isinstance(value, date):
        return value if not isinstance(value, datetime) else value.date()
    return date.fromisoformat(str(value)[:10])


def receivables(
    session: Session, today: date | None = None, manager_id: str | None = None
) -> ReceivablesReport:
    """The receivables view for `today`, optionally for one manager's clients."""
    today = today or date.today()
    rows: list[ClientReceivable] = []
    total = Totals()
    by_manager: dict[str | None, tuple[str, Totals]] = {}
    result = session.execute(_AGGREGATE, {"today": today.isoformat(), "manager_id": manager_id})
    for r in result.mappings():
        row = ClientReceivable(
            client_id=r["client_id"],
            client_name=r["name"],
            manager_id=r["manager_id"],
            manager_name=r["manager_name"],
            debt=_money(r["debt"]),
            prepayment=_money(r["prepayment"]),
            overdue=_money(r["overdue"]),
            buckets=(
                _money(r["b0"]),
                _money(r["b1"]),
                _money(r["b2"]),
                _money(r["b3"]),
                _money(r["b4"]),
            ),
            max_days_overdue=int(r["max_late"] or 0),
            credit_limit=_money(r["credit_limit"]) if r["credit_limit"] is not None else None,
            last_payment_date=_date(r["last_date"]),
            last_payment_amount=_money(r["last_amount"]) if r["last_amount"] is not None else None,
            promised_date=_date(r["promised_payment_date"]),
            promised_amount=(
                _money(r["promised_amount"]) if r["promised_amount"] is not None else None
            ),
        )
        rows.append(row)
        total = total.plus(row)
        name, sub = by_manager.get(row.manager_id, (row.manager_name, Totals()))
        by_manager[row.manager_id] = (name, sub.plus(row))
    return ReceivablesReport(
        today=today,
        as_of=snapshots.as_of(session, snapshots.SETTLEMENTS),
        rows=rows,
        total=total,
        by_manager=by_manager,
    )


@dataclass(frozen=True)
class SettlementLine:
    """A settlement document behind a client's debt (the drill-down)."""

    document_id: str | None
    document_type: str
    document_number: str | None
    document_date: date | None
    arisen_date: date | None
    due_date: date | None
    debt: Decimal
    prepayment: Decimal
    days_overdue: int
    bucket: Bucket


_DOC_TABLES = {
    "Document_РеализацияТоваровУслуг": "shipments",
    "Document_ЗаказКлиента": "orders",
    "Document_ВозвратТоваровОтКлиента": "returns",
    "Document_ПоступлениеБезналичныхДенежныхСредств": "payments",
    "Document_ПриходныйКассовыйОрдер": "payments",
}


def settlement_lines(
    session: Session, client_id: str, today: date | None = None
) -> list[SettlementLine]:
    """The documents a client's debt consists of, oldest due date first."""
    today = today or date.today()
    lines: list[SettlementLine] = []
    settlements = (
        session.query(Settlement)
        .filter(Settlement.client_id == client_id)
        .order_by(Settlement.due_date.is_(None), Settlement.due_date, Settlement.id)
        .all()
    )
    for s in settlements:
        number: str | None = None
        doc_date: date | None = None
        table = _DOC_TABLES.get(s.document_type)
        if table and s.document_id:
            found = session.execute(
                text(f"SELECT number, date FROM {table} WHERE id = :id"),
                {"id": s.document_id},
            ).first()
            if found:
                number, doc_date = found[0], _date(found[1])
        late = days_overdue(s.due_date, today) if s.debt > 0 else 0
        lines.append(
            SettlementLine(
                document_id=s.document_id,
                document_type=s.document_type,
                document_number=number,
                document_date=doc_date,
                arisen_date=s.arisen_date,
                due_date=s.due_date,
                debt=s.debt,
                prepayment=s.prepayment,
                days_overdue=late,
                bucket=bucket_for(late),
            )
        )
    return lines


def call_list(report: ReceivablesReport) -> list[ClientReceivable]:
    """Overdue clients ranked by overdue amount × days overdue, most urgent first."""
    overdue = [r for r in report.rows if r.overdue > 0]
    overdue.sort(key=lambda r: (r.priority, r.overdue), reverse=True)
    return overdue


def client_name(session: Session, client_id: str) -> str:
    client = session.get(Client, client_id)
    return client.name if client else ""
