"""Receivables: who owes what, since when, how late, per client, manager and company.

Figures come from the settlements snapshot (1C's РасчетыСКлиентамиПоСрокам balance, one row per
settlement document with its planned due date), so the sum over clients is 1C's balance for the
user's rights. Aggregation happens in SQL over integer kopecks: 20,000 clients stay fast and exact.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from typing import NamedTuple

from sqlalchemy import text
from sqlalchemy.orm import Session

from wholesale_desk import snapshots
from wholesale_desk.aging import Bucket, bucket_for, days_overdue
from wholesale_desk.models import Client, Settlement

ZERO = Decimal("0.00")
_CENT = Decimal("0.01")


def _money(kopecks: int | None) -> Decimal:
    """Integer kopecks (as the store keeps money) to rubles with exactly two places."""
    return Decimal(int(kopecks or 0)).scaleb(-2)


class ClientReceivable(NamedTuple):
    """One client's line in the receivables view (a named tuple: 20,000 are built per open)."""

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

    @classmethod
    def of(cls, rows: list[ClientReceivable]) -> Totals:
        """Sum rows exactly (Decimal addition of kopeck amounts never rounds)."""
        buckets = [ZERO] * 5
        debt = overdue = ZERO
        for row in rows:
            debt += row.debt
            overdue += row.overdue
            for i, amount in enumerate(row.buckets):
                buckets[i] += amount
        return cls(debt, overdue, tuple(buckets), len(rows))  # type: ignore[arg-type]


@dataclass(frozen=True)
class ReceivablesReport:
    """The whole view: rows, totals per manager and for the company, and the snapshot time."""

    today: date
    as_of: datetime | None
    rows: list[ClientReceivable]
    total: Totals
    by_manager: dict[str | None, tuple[str, Totals]] = field(default_factory=dict)


# The snapshot aggregated per client in one pass; the other facts of a row come from one grouped
# pass each and are joined in Python by client id. (Correlated look-ups per client or joins of
# CTEs, which SQLite cannot index, were 2-20x slower at 20,000 clients.)
_AGGREGATE = text(
    """
    WITH s AS (
        SELECT client_id, debt, prepayment,
               CASE WHEN due_date IS NOT NULL AND due_date < :today
                    THEN CAST(julianday(:today) - julianday(due_date) AS INTEGER)
                    ELSE 0 END AS late
        FROM settlements
    )
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
    ORDER BY overdue DESC, debt DESC
    """
)
_CLIENTS = text(
    "SELECT c.id, c.name, c.manager_id, coalesce(m.name, '') FROM clients c"
    " LEFT JOIN managers m ON m.id = c.manager_id"
)
_LIMITS = text(
    "SELECT client_id, SUM(credit_limit) FROM contracts"
    " WHERE limit_debt AND NOT deletion_mark AND client_id IS NOT NULL GROUP BY client_id"
)
# SQLite returns the bare `amount` of the row holding MAX(paid_at) in each group.
_LAST_PAYMENTS = text(
    """
    SELECT client_id, MAX(paid_at), amount FROM (
        SELECT coalesce(a.client_id, p.client_id) AS client_id, p.date AS paid_at,
               SUM(coalesce(a.amount, p.amount)) AS amount
        FROM payments p LEFT JOIN payment_allocations a ON a.payment_id = p.id
        WHERE p.posted AND coalesce(a.client_id, p.client_id) IS NOT NULL
        GROUP BY 1, 2
    ) GROUP BY client_id
    """
)
_PROMISES = text(
    "SELECT client_id, MAX(start), promised_payment_date, promised_amount FROM interactions"
    " WHERE promised_payment_date IS NOT NULL AND client_id IS NOT NULL GROUP BY client_id"
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
    per_manager: dict[str | None, list[ClientReceivable]] = {}
    result = session.execute(_AGGREGATE, {"today": today.isoformat()}).all()
    if manager_id is not None or result:
        clients = {r[0]: r[1:] for r in session.execute(_CLIENTS)}
        limits = {r[0]: r[1] for r in session.execute(_LIMITS)}
        payments = {r[0]: r[1:] for r in session.execute(_LAST_PAYMENTS)}
        promises = {r[0]: r[2:] for r in session.execute(_PROMISES)}
    for client_id, debt, prepayment, overdue, b0, b1, b2, b3, b4, max_late in result:
        client = clients.get(client_id)
        if client is None or (manager_id is not None and client[1] != manager_id):
            continue  # a settlement of a client this user does not cache, or not this manager's
        name, client_manager, manager_name = client
        limit = limits.get(client_id)
        paid_at, paid_amount = payments.get(client_id, (None, None))
        promised_date, promised_amount = promises.get(client_id, (None, None))
        row = ClientReceivable(
            client_id=client_id,
            client_name=name,
            manager_id=client_manager,
            manager_name=manager_name,
            debt=_money(debt),
            prepayment=_money(prepayment),
            overdue=_money(overdue),
            buckets=(_money(b0), _money(b1), _money(b2), _money(b3), _money(b4)),
            max_days_overdue=int(max_late or 0),
            credit_limit=_money(limit) if limit is not None else None,
            last_payment_date=_date(paid_at),
            last_payment_amount=_money(paid_amount) if paid_amount is not None else None,
            promised_date=_date(promised_date),
            promised_amount=_money(promised_amount) if promised_amount is not None else None,
        )
        rows.append(row)
        per_manager.setdefault(row.manager_id, []).append(row)
    return ReceivablesReport(
        today=today,
        as_of=snapshots.as_of(session, snapshots.SETTLEMENTS),
        rows=rows,
        total=Totals.of(rows),
        by_manager={k: (v[0].manager_name, Totals.of(v)) for k, v in per_manager.items()},
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
