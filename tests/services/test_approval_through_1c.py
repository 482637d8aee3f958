"""Approval goes through 1C: an order over the manager's limit reaches 1C at once as
НеСогласован; a non-approver's approval is refused with 1C's own words; the approver's
approval moves it to КОбеспечению and comes back to the manager by sync."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import select

from wholesale_desk.demo.base import EmulatorBase
from wholesale_desk.demo.company import generate
from wholesale_desk.demo.server import EmulatorServer
from wholesale_desk.i18n import UserError
from wholesale_desk.models import Agreement, ClientSegment, Manager, Order, Product
from wholesale_desk.services import orders
from wholesale_desk.services.cooperation import resolve_partner_segments
from wholesale_desk.services.documents import invoice_for_order
from wholesale_desk.services.orders import LineInput, OrderPricer
from wholesale_desk.services.terms import Actor
from wholesale_desk.store import Store

sys.path.insert(0, str(Path(__file__).parents[1]))
from sync.helpers import make_engine

TODAY = date.today()
MANAGER = "Богданов Сергей"  # "Ведущие менеджеры": 15%
APPROVER = "Администратор"
ORDERS = "Document_ЗаказКлиента"


class Laptop:
    def __init__(self, tmp: Path, server: EmulatorServer, user: str) -> None:
        self.tmp, self.server, self.user = tmp, server, user
        self.store = Store(tmp / f"{user}.sqlite")

    def sync(self) -> None:
        result = make_engine(
            self.store, self.server, self.tmp, password="demo", user=self.user
        ).run()
        assert result.status == "ok", result.errors

    def actor(self) -> Actor:
        with self.store.session() as s:
            key = s.scalar(select(Manager.id).where(Manager.name == self.user))
        return Actor(key)

    def order(self, order_id: str) -> Order:
        with self.store.session() as s:
            found = s.get(Order, order_id)
            assert found is not None
            s.expunge(found)
            return found


@pytest.fixture(scope="module")
def company(
    tmp_path_factory: pytest.TempPathFactory,
) -> Iterator[tuple[EmulatorBase, Path, EmulatorServer]]:
    tmp = tmp_path_factory.mktemp("approval")
    base = EmulatorBase(tmp / "1c.sqlite")
    generate(base, "tiny", seed=1, today=TODAY)
    server = EmulatorServer(base).start()
    yield base, tmp, server
    server.stop()


def personalised_client_of(laptop: Laptop) -> str:
    actor = laptop.actor()
    with laptop.store.session() as s:
        partners = set(resolve_partner_segments(s, ""))
        excluded = set(
            s.scalars(select(ClientSegment.client_id).where(ClientSegment.segment_id.in_(partners)))
        )
        from wholesale_desk.models import Client

        mine = set(s.scalars(select(Client.id).where(Client.manager_id == actor.manager_id)))
        for a in s.scalars(select(Agreement).where(Agreement.is_typical.is_(False))):
            if a.client_id in mine and a.client_id not in excluded and a.end_date is None:
                return str(a.client_id)
    raise AssertionError("the manager has no personalised client")


def test_an_order_over_the_limit_is_approved_in_1c_by_the_approver_only(
    company: tuple[EmulatorBase, Path, EmulatorServer],
) -> None:
    base, tmp, server = company
    manager = Laptop(tmp, server, MANAGER)
    manager.sync()
    client = personalised_client_of(manager)
    pricer = OrderPricer(manager.store, client, manager.actor(), on=TODAY)
    draft = pricer.new_order()
    with manager.store.session() as s:
        product = s.scalars(select(Product).order_by(Product.id)).first()
        assert product is not None
    draft.lines = [LineInput(product.id, Decimal(5), Decimal(18))]
    sent = orders.send_order(manager.store, draft, pricer)
    assert sent.order_id is not None
    order_id = sent.order_id
    manager.sync()
    in_1c = base.get(ORDERS, order_id)
    assert in_1c is not None and in_1c["Статус"] == "НеСогласован" and not in_1c["Согласован"]
    assert [r.order_id for r in orders.approval_queue(manager.store)] == [order_id]
    with manager.store.session() as s, pytest.raises(UserError, match="not approved yet"):
        invoice_for_order(s, s.get(Order, order_id))  # type: ignore[arg-type]

    # The manager may not approve: 1C refuses, and its words reach the order as they came.
    orders.approve_order(manager.store, order_id, manager.actor(), "сам себе")
    manager.sync()
    refused = manager.order(order_id)
    assert "Недостаточно прав для согласования заказа клиента" in refused.reject_message
    assert base.get(ORDERS, order_id)["Статус"] == "НеСогласован"  # type: ignore[index]
    # The window reloads: the order waits for approval again, 1C's refusal shown on it.
    queued = orders.approval_queue(manager.store)
    assert [r.order_id for r in queued] == [order_id]
    assert "Недостаточно прав" in queued[0].reject_message

    # The approver's queue shows it; their approval reaches 1C.
    approver = Laptop(tmp, server, APPROVER)
    approver.sync()
    assert order_id in [r.order_id for r in orders.approval_queue(approver.store)]
    orders.approve_order(approver.store, order_id, approver.actor(), "Разовая акция")
    approver.sync()
    approved = base.get(ORDERS, order_id)
    assert approved is not None
    assert approved["Статус"] == "КОбеспечению" and approved["Согласован"] is True
    assert approved["ДатаСогласования"].startswith(date.today().isoformat())
    assert "Согласовано: Разовая акция" in approved["Комментарий"]
    row = next(r for r in orders.list_orders(approver.store) if r.order_id == order_id)
    assert row.approved_at is not None and row.approved_by == APPROVER

    # Back on the manager's laptop by sync: approved, out of the queue.
    manager.sync()
    again = manager.order(order_id)
    assert again.approved_1c and again.status_1c == "КОбеспечению"
    with manager.store.session() as s:
        assert invoice_for_order(s, s.get(Order, order_id)).lines  # type: ignore[arg-type]
    assert order_id not in [r.order_id for r in orders.approval_queue(manager.store)]
