"""Receivables as a manager reads them: debt, overdue, aging, limits, promises, call list."""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path

import pytest

from wholesale_desk import snapshots
from wholesale_desk.aging import Bucket, bucket_for, days_overdue
from wholesale_desk.models import (
    Client,
    Contract,
    Interaction,
    Manager,
    Payment,
    PaymentAllocation,
    Settlement,
    Shipment,
)
from wholesale_desk.services.receivables import call_list, receivables, settlement_lines
from wholesale_desk.store import Store

TODAY = date(2026, 11, 26)
D = Decimal


@pytest.fixture
def store(tmp_path: Path) -> Store:
    s = Store(tmp_path / "r.sqlite")
    with s.transaction() as db:
        db.add_all([Manager(id="m1", name="Иванов Пётр"), Manager(id="m2", name="Сидорова Анна")])
        db.add_all(
            [
                Client(id="a", name="Ромашка", manager_id="m1"),
                Client(id="b", name="Василёк", manager_id="m1"),
                Client(id="c", name="Лютик", manager_id="m2"),
                Client(id="d", name="Без долга", manager_id="m2"),
            ]
        )
        db.add(Shipment(id="s1", number="ТД00-000101", date=datetime(2026, 8, 1), client_id="a"))
        db.add_all(
            [
                # a: one not yet due, one 10 days late, one 100 days late
                Settlement(
                    client_id="a",
                    document_id="s1",
                    document_type="Document_РеализацияТоваровУслуг",
                    due_date=date(2026, 8, 18),
                    debt=D("1000.10"),
                ),
                Settlement(client_id="a", due_date=date(2026, 11, 16), debt=D("500.00")),
                Settlement(client_id="a", due_date=date(2026, 12, 10), debt=D("250.55")),
                # b: 45 days late, large
                Settlement(client_id="b", due_date=date(2026, 10, 12), debt=D("90000.00")),
                # c: not due, with a prepayment elsewhere
                Settlement(client_id="c", due_date=date(2026, 12, 1), debt=D("10.00")),
                Settlement(client_id="c", debt=D("0"), prepayment=D("5.00")),
            ]
        )
        db.add(Contract(client_id="a", limit_debt=True, credit_limit=D("1500.00")))
        db.add(Payment(id="p1", date=datetime(2026, 11, 20, 10), posted=True, amount=D("300")))
        db.add(PaymentAllocation(payment_id="p1", line_no=1, client_id="a", amount=D("300.00")))
        db.add(
            Interaction(
                client_id="b",
                start=datetime(2026, 11, 25, 9),
                subject="Звонок",
                promised_payment_date=date(2026, 12, 5),
                promised_amount=D("45000"),
            )
        )
        snapshots.mark_taken(db, snapshots.SETTLEMENTS, datetime(2026, 11, 26, 8, 30))
    return s


def test_aging_buckets_follow_days_overdue() -> None:
    assert days_overdue(date(2026, 11, 26), TODAY) == 0
    assert days_overdue(date(2026, 11, 25), TODAY) == 1
    assert [bucket_for(d) for d in (0, 1, 30, 31, 60, 61, 90, 91)] == [
        Bucket.NOT_DUE,
        Bucket.DAYS_1_30,
        Bucket.DAYS_1_30,
        Bucket.DAYS_31_60,
        Bucket.DAYS_31_60,
        Bucket.DAYS_61_90,
        Bucket.DAYS_61_90,
        Bucket.OVER_90,
    ]


def test_client_row_shows_debt_overdue_aging_limit_and_payment(store: Store) -> None:
    with store.session() as db:
        report = receivables(db, TODAY)
    a = next(r for r in report.rows if r.client_id == "a")
    assert a.debt == D("1750.65")
    assert a.overdue == D("1500.10")
    assert a.buckets == (D("250.55"), D("500.00"), D("0.00"), D("0.00"), D("1000.10"))
    assert a.max_days_overdue == 100
    assert a.credit_limit == D("1500.00")
    assert a.credit_used_percent == D("116.7")
    assert a.last_payment_date == date(2026, 11, 20)
    assert a.last_payment_amount == D("300.00")
    assert report.as_of == datetime(2026, 11, 26, 8, 30, tzinfo=UTC)


def test_totals_reconcile_over_clients_and_managers(store: Store) -> None:
    with store.session() as db:
        report = receivables(db, TODAY)
    assert {r.client_id for r in report.rows} == {"a", "b", "c"}  # no debt, no row
    assert report.total.debt == sum((r.debt for r in report.rows), D(0)) == D("91760.65")
    assert report.total.overdue == D("91500.10")
    assert sum(report.total.buckets, D(0)) == report.total.debt
    managers = {k: v[1].debt for k, v in report.by_manager.items()}
    assert managers == {"m1": D("91750.65"), "m2": D("10.00")}
    with store.session() as db:
        only_m2 = receivables(db, TODAY, manager_id="m2")
    assert [r.client_id for r in only_m2.rows] == ["c"]


def test_promise_to_pay_is_shown(store: Store) -> None:
    with store.session() as db:
        b = next(r for r in receivables(db, TODAY).rows if r.client_id == "b")
    assert b.promised_date == date(2026, 12, 5)
    assert b.promised_amount == D("45000.00")


def test_call_list_ranks_by_amount_times_days(store: Store) -> None:
    with store.session() as db:
        ranked = call_list(receivables(db, TODAY))
    # b: 90000 × 45 beats a: 1500.10 × 100; c is not overdue
    assert [r.client_id for r in ranked] == ["b", "a"]


def test_drill_down_lists_settlement_documents_with_due_dates(store: Store) -> None:
    with store.session() as db:
        lines = settlement_lines(db, "a", TODAY)
    assert [line.due_date for line in lines] == [
        date(2026, 8, 18),
        date(2026, 11, 16),
        date(2026, 12, 10),
    ]
    first = lines[0]
    assert first.document_number == "ТД00-000101"
    assert first.days_overdue == 100 and first.bucket is Bucket.OVER_90
