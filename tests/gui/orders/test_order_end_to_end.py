"""The whole road of an order: typed in the editor on the demo company, saved while 1C is out of
reach, delivered when it comes back, accepted by 1C with its number, and held by 1C exactly once."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select
from test_order_editor import add_line, open_editor_for

from wholesale_desk.connection import ConnectionSettings, normalize_url
from wholesale_desk.demo.base import EmulatorBase
from wholesale_desk.demo.company import generate
from wholesale_desk.demo.server import EmulatorServer
from wholesale_desk.models import (
    Agreement,
    Client,
    Manager,
    Order,
    OrderState,
    OutboxEntry,
    Price,
    Product,
)
from wholesale_desk.onec.client import RetryPolicy
from wholesale_desk.services.terms import Actor
from wholesale_desk.store import Store
from wholesale_desk.sync.engine import SyncEngine

USER, PASSWORD = "Администратор", "demo"
FAST_RETRY = RetryPolicy(attempts=2, base_delay=0.01, max_delay=0.02)


@pytest.fixture
def demo(tmp_path: Path) -> Iterator[tuple[EmulatorBase, EmulatorServer, Store]]:
    base = EmulatorBase(tmp_path / "1c.sqlite")
    generate(base, "tiny", seed=3)
    server = EmulatorServer(base).start()
    store = Store(tmp_path / "store.sqlite")
    yield base, server, store
    server.stop()
    store.close()


def engine_for(store: Store, server: EmulatorServer, tmp_path: Path) -> SyncEngine:
    settings = ConnectionSettings(
        url=normalize_url(server.url), user=USER, server_timezone="UTC", history_depth_months=12
    )
    return SyncEngine(store, settings, password=PASSWORD, data_dir=tmp_path, retry=FAST_RETRY)


def orders_in_1c(base: EmulatorBase, ref_key: str) -> list[dict[str, object]]:
    db = base.connect()
    rows = db.execute(
        "SELECT body FROM objects WHERE entity = 'Document_ЗаказКлиента' AND lower(ref_key) = ?",
        (ref_key.lower(),),
    ).fetchall()
    return [json.loads(r[0]) for r in rows]


def test_order_typed_offline_reaches_1c_exactly_once_with_its_number(
    qtbot: QtBot, demo: tuple[EmulatorBase, EmulatorServer, Store], tmp_path: Path
) -> None:
    base, server, store = demo
    first = engine_for(store, server, tmp_path).run()
    assert first.ok, first.errors

    with store.session() as s:
        # A client with its own agreement, so the order carries individual terms.
        client_id = s.scalar(
            select(Agreement.client_id)
            .join(Client, Client.id == Agreement.client_id)
            .where(Agreement.is_typical.is_(False), Agreement.status == "Действует")
            .order_by(Client.code)
        )
        assert client_id is not None
        articles = [
            a
            for (a,) in s.execute(
                select(Product.article)
                .join(Price, Price.product_id == Product.id)
                .where(Product.article != "")
                .group_by(Product.id)
                .order_by(Product.code)
                .limit(2)
            )
        ]
        manager_id = s.scalar(select(Manager.id).where(Manager.name == USER))
    assert len(articles) == 2

    # Offline: 1C is out of reach while the manager types and saves.
    port = server.port
    server.stop()
    editor = open_editor_for(qtbot, store, client_id, Actor(manager_id), date.today())
    add_line(qtbot, editor, articles[0], "3")
    add_line(qtbot, editor, articles[1], "5")
    assert editor.last_check is not None and editor.last_check.can_send, [
        str(e) for e in editor.last_check.all_errors()
    ]
    qtbot.keyClick(editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: editor.order.state in (OrderState.QUEUED, OrderState.NEEDS_APPROVAL))
    assert editor.order.state is OrderState.QUEUED
    order_id = editor.order.order_id
    assert order_id is not None
    offline = engine_for(store, server, tmp_path).run()
    assert not offline.ok
    with store.session() as s:
        order = s.get(Order, order_id)
        assert order is not None and order.state == OrderState.QUEUED.value and order.number is None
    assert orders_in_1c(base, order_id) == []

    # Back online: the next sync delivers it, 1C numbers and posts it, the pull brings that back.
    server = EmulatorServer(base, port=port).start()
    try:
        online = engine_for(store, server, tmp_path).run()
        assert online.ok, online.errors
        again = engine_for(store, server, tmp_path).run()  # a rerun sends nothing twice
        assert again.ok, again.errors
    finally:
        server.stop()

    held = orders_in_1c(base, order_id)
    assert len(held) == 1
    body = held[0]
    assert body["Number"]
    goods = body["Товары"]
    assert isinstance(goods, list) and len(goods) == 2
    for row in goods:
        for key in ("Номенклатура_Key", "Количество", "Цена", "ВидЦены_Key", "Сумма",
                    "СтавкаНДС_Key", "СуммаНДС", "СуммаСНДС", "СуммаАвтоматическойСкидки"):  # fmt: skip
            assert key in row, key
    assert body["ЭтапыГрафикаОплаты"]
    with store.session() as s:
        order = s.get(Order, order_id)
        assert order is not None
        assert order.number == body["Number"]
        assert order.state in (OrderState.ACCEPTED.value, OrderState.POSTED.value)
        assert order.amount == Decimal(str(body["СуммаДокумента"]))
        pending = s.scalar(
            select(func.count()).select_from(OutboxEntry).where(OutboxEntry.status != "done")
        )
        assert pending == 0
    editor.close()
    QApplication.processEvents()
