"""Receivables as a manager reads them: debt, overdue, aging, limits, promises, call list."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

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
from wholesale_desk.services import receivables as receivables_service
from wholesale_desk.services.receivables import (
    NO_DETAILS,
    call_list,
    details,
    load_details,
    receivables,
    settlement_lines,
)
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


# --- the view's lazy rows give the same figures as the whole report --------------------------

_CLIENTS = ("a", "b", "c", "d")


def test_rows_without_details_still_total_and_rank(store: Store) -> None:
    with store.session() as db:
        full = receivables(db, TODAY)
        lazy = receivables(db, TODAY, with_details=False)
    assert all(r.details is None and r.credit_limit is None for r in lazy.rows)
    assert [r.client_id for r in lazy.rows] == [r.client_id for r in full.rows]
    assert lazy.total == full.total and lazy.by_manager == full.by_manager
    assert [r.client_id for r in call_list(lazy)] == ["b", "a"]
    with store.session() as db:
        load_details(db, lazy.rows[1:2])  # one screenful: just Ромашка
    a = lazy.rows[1]
    assert (a.client_id, a.credit_limit, a.last_payment_amount) == ("a", D("1500.00"), D("300.00"))
    assert lazy.rows[0].details is None


@st.composite
def _settlements(draw: st.DrawFn) -> list[tuple[str, date | None, Decimal]]:
    edges = st.sampled_from([-1, 0, 1, 30, 31, 60, 61, 90, 91])  # days late at each bucket's edge
    due = st.one_of(
        st.none(),
        st.one_of(edges, st.integers(-40, 130)).map(lambda days: TODAY - timedelta(days=days)),
    )
    amount = st.integers(-5_000_00, 50_000_00).map(lambda k: Decimal(k).scaleb(-2))
    return draw(st.lists(st.tuples(st.sampled_from(_CLIENTS), due, amount), max_size=12))


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(rows=_settlements(), shift=st.sampled_from([0, 0, 1, -1, 29, -30, 61]))
def test_aging_of_each_client_is_the_sum_of_its_documents_buckets(
    tmp_path_factory: pytest.TempPathFactory,
    rows: list[tuple[str, date | None, Decimal]],
    shift: int,
) -> None:
    """The SQL buckets (ISO dates against each bucket's first day) agree with `aging` per
    document, on any day: 30, 31, 60, 61, 90 and 91 days late land where a person expects."""
    today = TODAY + timedelta(days=shift)
    s = Store(tmp_path_factory.mktemp("aging") / "r.sqlite")
    with s.transaction() as db:
        db.add_all([Client(id=c, name=c) for c in _CLIENTS])
        db.add_all([Settlement(client_id=c, due_date=due, debt=debt) for c, due, debt in rows])
    with s.session() as db:
        report = receivables(db, today)
    s.close()
    expected: dict[str, list[Decimal]] = {}
    late: dict[str, int] = {}
    for client, due, debt in rows:
        days = days_overdue(due, today)
        buckets = expected.setdefault(client, [D("0.00")] * 5)
        buckets[bucket_for(days)] += debt
        if debt > 0:
            late[client] = max(late.get(client, 0), days)
    shown = {r.client_id: r for r in report.rows}
    assert set(shown) == {c for c, b in expected.items() if sum(b) != 0}
    for client, row in shown.items():
        assert list(row.buckets) == expected[client]
        assert row.debt == sum(expected[client])
        assert row.overdue == sum(expected[client][1:])
        assert row.max_days_overdue == late.get(client, 0)
    assert report.total.debt == sum((r.debt for r in report.rows), D(0))


_WHEN = [datetime(2026, 11, day, 10) for day in (2, 9, 16)]


@st.composite
def _payments(draw: st.DrawFn) -> list[tuple[str | None, datetime, bool, list[str | None]]]:
    """Payments: own client, time, posted, and the clients of its allocations (maybe none)."""
    client = st.one_of(st.none(), st.sampled_from(_CLIENTS))
    return draw(
        st.lists(
            st.tuples(client, st.sampled_from(_WHEN), st.booleans(), st.lists(client, max_size=3)),
            max_size=8,
        )
    )


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    payments=_payments(),
    promises=st.lists(
        st.tuples(st.sampled_from(_CLIENTS), st.integers(0, 5), st.integers(1, 9)), max_size=5
    ),
)
def test_details_by_index_equal_details_by_scan_and_the_documents(
    tmp_path_factory: pytest.TempPathFactory,
    payments: list[tuple[str | None, datetime, bool, list[str | None]]],
    promises: list[tuple[str, int, int]],
) -> None:
    """A screenful's details (read by index) are everyone's (read by scan) and what the
    documents say: the latest posted payment to the client, all of its lines at that time."""
    s = Store(tmp_path_factory.mktemp("details") / "r.sqlite")
    paid: dict[tuple[str, datetime], Decimal] = {}
    with s.transaction() as db:
        db.add_all([Client(id=c, name=c) for c in _CLIENTS])
        db.add(Contract(client_id="a", limit_debt=True, credit_limit=D("100.00")))
        db.add(Contract(client_id="a", limit_debt=True, credit_limit=D("50.00")))
        db.add(Contract(client_id="b", limit_debt=False, credit_limit=D("70.00")))
        for n, (client, when, posted, lines) in enumerate(payments):
            amount = D(n + 1) * 100
            db.add(Payment(id=f"p{n}", client_id=client, date=when, posted=posted, amount=amount))
            for line_no, line_client in enumerate(lines, 1):
                db.add(
                    PaymentAllocation(
                        payment_id=f"p{n}",
                        line_no=line_no,
                        client_id=line_client,
                        amount=D(line_no),
                    )
                )
            if not posted:
                continue
            for who, how_much in [(c or client, D(i)) for i, c in enumerate(lines, 1)] or [
                (client, amount)
            ]:
                if who is not None:
                    paid[who, when] = paid.get((who, when), D(0)) + how_much
        for client, day, amount in promises:
            db.add(
                Interaction(
                    client_id=client,
                    start=datetime(2026, 11, 20 + day, 9),
                    promised_payment_date=date(2026, 12, day + 1),
                    promised_amount=D(amount),
                )
            )
    with s.session() as db:
        by_index = details(db, _CLIENTS)
        with pytest.MonkeyPatch.context() as patch:
            patch.setattr(receivables_service, "DETAILS_BY_INDEX_MAX", 0)
            by_scan = details(db, _CLIENTS)
    s.close()
    assert by_index == by_scan
    assert by_index["a"].credit_limit == D("150.00")
    assert by_index.get("b", NO_DETAILS).credit_limit is None  # no limit checked on its contract
    for client in _CLIENTS:
        times = [when for who, when in paid if who == client]
        got = by_index.get(client, NO_DETAILS)
        if times:
            assert got.last_payment_date == max(times).date()
            assert got.last_payment_amount == paid[client, max(times)]
        else:
            assert got.last_payment_date is None
        mine = [p for p in promises if p[0] == client]
        if mine:
            latest = max(mine, key=lambda p: p[1])
            assert got.promised_date == date(2026, 12, latest[1] + 1)
        else:
            assert got.promised_date is None
