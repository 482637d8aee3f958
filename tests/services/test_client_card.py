"""The client card and timeline: requisites flagged, debts by age, sales by month, history."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from factories import TODAY, make_client, populate

from wholesale_desk.models import (
    Agreement,
    CustomerReturn,
    Interaction,
    Order,
    Payment,
    PaymentAllocation,
    Settlement,
    Shipment,
)
from wholesale_desk.services import client_card, timeline
from wholesale_desk.services.client_card import ClientNotFound
from wholesale_desk.services.timeline import ItemKind
from wholesale_desk.store import Store


@pytest.fixture
def store(tmp_path: Path) -> Store:
    store = Store(tmp_path / "s.sqlite")
    yield store
    store.close()


def test_a_bad_inn_from_1c_is_kept_and_flagged(store: Store) -> None:
    with store.transaction() as session:
        client = make_client(session, inn="7707083890", kpp="77070100")
    with store.session() as session:
        card = client_card.load(session, client.id, TODAY)
    entity = card.legal_entities[0]
    assert entity.inn == "7707083890" and entity.inn_problem is not None
    assert entity.kpp_problem is not None
    assert card.has_requisite_problems


def test_a_good_inn_is_not_flagged(store: Store) -> None:
    with store.transaction() as session:
        client = make_client(session)
    with store.session() as session:
        card = client_card.load(session, client.id, TODAY)
    assert not card.has_requisite_problems


def test_receivables_by_age_and_overdue(store: Store) -> None:
    with store.transaction() as session:
        client = make_client(session)
        for days_late, amount in (
            (-3, "10.00"),
            (5, "20.00"),
            (45, "30.00"),
            (75, "40.00"),
            (200, "50.00"),
        ):
            session.add(
                Settlement(
                    client_id=client.id,
                    debt=Decimal(amount),
                    due_date=TODAY - timedelta(days=days_late),
                )
            )
    with store.session() as session:
        card = client_card.load(session, client.id, TODAY)
    r = card.receivables
    assert r.debt == Decimal("150.00") and r.overdue == Decimal("140.00")
    assert list(r.by_age.values()) == [
        Decimal(x) for x in ("10.00", "20.00", "30.00", "40.00", "50.00")
    ]


def test_sales_by_month_less_returns_and_order_figures(store: Store) -> None:
    with store.transaction() as session:
        client = make_client(session)
        session.add_all(
            [
                Shipment(
                    client_id=client.id,
                    date=datetime(2026, 11, 3),
                    posted=True,
                    amount=Decimal("1000.00"),
                ),
                Shipment(
                    client_id=client.id,
                    date=datetime(2026, 10, 3),
                    posted=True,
                    amount=Decimal("500.00"),
                ),
                Shipment(
                    client_id=client.id,
                    date=datetime(2026, 10, 4),
                    posted=False,
                    amount=Decimal("7777.00"),
                ),
                CustomerReturn(
                    client_id=client.id,
                    date=datetime(2026, 11, 5),
                    posted=True,
                    amount=Decimal("100.00"),
                ),
                Order(client_id=client.id, date=datetime(2026, 11, 1), amount=Decimal("1000.00")),
                Order(client_id=client.id, date=datetime(2026, 10, 1), amount=Decimal("500.00")),
                Agreement(
                    client_id=client.id,
                    name="Индивидуальное",
                    is_typical=False,
                    manual_discount_percent=Decimal(5),
                    limit_manual_discounts=True,
                    start_date=date(2026, 1, 1),
                    end_date=date(2026, 12, 31),
                ),
            ]
        )
    with store.session() as session:
        card = client_card.load(session, client.id, TODAY)
    months = dict(card.sales.months)
    assert len(card.sales.months) == 12 and card.sales.months[-1][0] == date(2026, 11, 1)
    assert months[date(2026, 11, 1)] == Decimal("900.00")
    assert months[date(2026, 10, 1)] == Decimal("500.00")
    assert card.sales.last_order == date(2026, 11, 1)
    assert card.sales.average_order == Decimal("750.00")
    # ПроцентРучнойСкидки caps manual discounts; it is not one of the client's discounts.
    assert card.terms is not None and card.terms.manual_cap == Decimal(5)
    assert all(d.percent != 5 for d in card.terms.discounts)
    assert card.terms.individual


def test_missing_client_says_so(store: Store) -> None:
    with store.session() as session, pytest.raises(ClientNotFound):
        client_card.load(session, "no-such", TODAY)


def test_timeline_mixes_history_newest_first_and_filters_by_kind(store: Store) -> None:
    with store.transaction() as session:
        client = make_client(session)
        payment = Payment(
            date=datetime(2026, 11, 4), posted=True, amount=Decimal("300.00"), number="ПБ-1"
        )
        session.add_all(
            [
                Interaction(
                    client_id=client.id,
                    kind="call",
                    start=datetime(2026, 11, 5, 9),
                    subject="Звонок",
                    satisfaction=4,
                ),
                Order(
                    client_id=client.id,
                    date=datetime(2026, 11, 1),
                    number="ЗК-1",
                    amount=Decimal("1000.00"),
                ),
                Shipment(
                    client_id=client.id,
                    date=datetime(2026, 11, 2),
                    number="РТУ-1",
                    amount=Decimal("1000.00"),
                ),
                CustomerReturn(
                    client_id=client.id,
                    date=datetime(2026, 11, 3),
                    number="ВТ-1",
                    amount=Decimal("100.00"),
                ),
                payment,
            ]
        )
        session.flush()
        session.add(
            PaymentAllocation(
                payment_id=payment.id, line_no=1, client_id=client.id, amount=Decimal("250.00")
            )
        )
    with store.session() as session:
        items = timeline.load(session, client.id)
        kinds = [i.kind for i in items]
        assert kinds == [
            ItemKind.CALL,
            ItemKind.PAYMENT,
            ItemKind.RETURN,
            ItemKind.SHIPMENT,
            ItemKind.ORDER,
        ]
        assert items[1].amount == Decimal("250.00")
        assert items[0].satisfaction == 4
        only = timeline.load(session, client.id, kinds=[ItemKind.ORDER, ItemKind.CALL])
        assert [i.kind for i in only] == [ItemKind.CALL, ItemKind.ORDER]


def test_busy_client_has_a_long_timeline(store: Store) -> None:
    company = populate(store, clients=3, busy_items=200)
    assert company.busy_client is not None
    with store.session() as session:
        assert len(timeline.load(session, company.busy_client)) >= 200
        card = client_card.load(session, company.busy_client, TODAY)
    assert card.loyalty is not None
