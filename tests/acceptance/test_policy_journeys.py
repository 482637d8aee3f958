"""The sales policy as the demo window shows it: discounts and limits named by their 1C source on
the card, and an order waiting for approval in 1C approved from the queue (the demo user,
Администратор, is the approver 1C lets write Согласован)."""

from __future__ import annotations

import uuid
from datetime import datetime, timedelta

from sqlalchemy import select

from wholesale_desk import workspace
from wholesale_desk.demo.base import EmulatorBase
from wholesale_desk.models import Agreement, Client

ORDERS = "Document_ЗаказКлиента"


def test_the_card_says_where_each_discount_and_limit_comes_from(desk):
    with desk.workspace.store.session() as s:
        client_id, name = s.execute(
            select(Client.id, Client.name)
            .join(Agreement, Agreement.client_id == Client.id)
            .where(Agreement.is_typical.is_(False), Agreement.end_date.is_(None))
            .order_by(Client.name)
        ).first()
    desk.show_section("clients")
    desk.page("clients").open_client(client_id)
    desk.wait_for_card(name)
    terms = desk.page("clients").card.ui.termsLabel.text()
    assert "1C: Catalog_СкидкиНаценки «Скидка 15% за объем продаж в квартале»" in terms
    assert "sales per квартал from 1 000 000,00" in terms.replace("\u202f", " ").replace(
        "\xa0", " "
    )
    assert "Manual discounts up to" in terms and "1C: the agreement" in terms
    desk.screenshot("policy-card-terms")


def _a_managers_order_waits_in_1c(base: EmulatorBase) -> str:
    """What a manager's laptop sends for a discount beyond their limit: НеСогласован."""
    latest = max(base.iter_objects(ORDERS), key=lambda o: o["Date"])
    key = str(uuid.uuid4())
    now = datetime.now().replace(microsecond=0)
    base.put(
        ORDERS,
        {
            **latest,
            "Ref_Key": key,
            "Number": "ТД00-999999",
            "Date": now.isoformat(),
            "ДатаОтгрузки": (now + timedelta(days=2)).isoformat(),
            "Posted": False,
            "Статус": "НеСогласован",
            "Согласован": False,
            "Комментарий": "Скидка 18% по договорённости",
        },
    )
    return key


def test_an_order_waiting_in_1c_is_approved_from_the_queue(desk):
    base = EmulatorBase(workspace.demo_dir(desk.home) / "emulator.sqlite")
    order_id = _a_managers_order_waits_in_1c(base)
    desk.controller.sync_now()
    desk.wait_for_sync()
    page = desk.show_section("orders")
    page.reload()
    desk.settle()
    desk.wait_until(lambda: order_id in [r.order_id for r in page.queue.rows])
    page.ui.tabs.setCurrentIndex(1)
    desk.select_row(page.ui.approvalView, [r.order_id for r in page.queue.rows].index(order_id))
    desk.screenshot("policy-approval-queue")
    page.approve_selected("Разовая акция")
    desk.settle()
    desk.controller.sync_now()
    desk.wait_for_sync()
    approved = base.get(ORDERS, order_id)
    assert approved["Статус"] == "КОбеспечению" and approved["Согласован"] is True
    assert "Согласовано: Разовая акция" in approved["Комментарий"]
    page.reload()
    desk.settle()
    assert order_id not in [r.order_id for r in page.queue.rows]
    row = next(r for r in page.orders.rows if r.order_id == order_id)
    assert row.approved_at is not None
