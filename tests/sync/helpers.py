"""Comparing stores and building offline orders, shared by the sync tests."""

from __future__ import annotations

import json
import uuid
from datetime import datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import select, text

from sync.seed import PASSWORD, USER
from wholesale_desk.connection import ConnectionSettings, normalize_url
from wholesale_desk.demo.server import EmulatorServer
from wholesale_desk.models import Base, Client, Order, OrderLine, OrderState, Product
from wholesale_desk.onec.client import RetryPolicy
from wholesale_desk.store import Store
from wholesale_desk.sync.engine import SyncEngine
from wholesale_desk.sync.outbox import enqueue

FAST_RETRY = RetryPolicy(attempts=6, base_delay=0.01, max_delay=0.05)
SYNC_STATE = {"watermarks", "sync_runs", "sync_issues", "outbox", "conflicts"}
NOT_COMPARED = {"removed_in_1c", "created_locally"}  # local-only facts


def snapshot(store: Store) -> dict[str, list[tuple[Any, ...]]]:
    """Every mirrored table's rows, sorted, without sync bookkeeping: equal stores, equal dicts."""
    out: dict[str, list[tuple[Any, ...]]] = {}
    with store.session() as session:
        for table in Base.metadata.sorted_tables:
            if table.name in SYNC_STATE:
                continue
            cols = [c for c in table.c if c.name not in NOT_COMPARED]
            if table.name == "settlements":
                cols = [c for c in cols if c.name != "id"]
            rows = session.execute(select(*cols)).all()
            out[table.name] = sorted((tuple(r) for r in rows), key=repr)
    return out


def integrity_ok(store: Store) -> bool:
    with store.session() as session:
        return session.execute(text("PRAGMA integrity_check")).scalar() == "ok"


def offline_order(store: Store, client_index: int = 0, qty: int = 3) -> str:
    """Write an order and its outbox entry in one transaction, as the order service does."""
    with store.transaction() as session:
        client = session.scalars(select(Client).order_by(Client.code)).all()[client_index]
        product = session.scalars(select(Product).order_by(Product.code)).first()
        assert product is not None
        ref = str(uuid.uuid4())
        price = Decimal("104.31")
        amount = price * qty
        vat = (amount * 22 / 122).quantize(Decimal("0.01"))
        order = Order(
            id=ref,
            client_id=client.id,
            date=datetime.now().replace(microsecond=0),
            state=OrderState.QUEUED.value,
            amount=amount,
            created_locally=True,
            status_1c="НеСогласован",
            comment="с дороги",
        )
        order.lines.append(
            OrderLine(
                line_no=1,
                product_id=product.id,
                quantity=Decimal(qty),
                price=price,
                amount=amount,
                vat_rate_id=product.vat_rate_id,
                vat_amount=vat,
                total=amount,
            )
        )
        session.add(order)
        enqueue(session, "order", ref, "create", order_payload(order), None)
        return ref


def order_payload(order: Order) -> dict[str, Any]:
    return {
        "date": order.date,
        "client_id": order.client_id,
        "status_1c": order.status_1c,
        "prices_include_vat": True,
        "amount": order.amount,
        "comment": order.comment,
        "lines": [
            {
                "line_no": ln.line_no,
                "product_id": ln.product_id,
                "quantity": ln.quantity,
                "price": ln.price,
                "amount": ln.amount,
                "vat_rate_id": ln.vat_rate_id,
                "vat_amount": ln.vat_amount,
                "total": ln.total,
            }
            for ln in order.lines
        ],
    }


def keys(base: Any) -> dict[str, Any]:
    return json.loads(base.setting("test_keys"))


def settings_for(server: EmulatorServer | str, user: str = USER) -> ConnectionSettings:
    """Settings for the emulator, or for a publication URL (a proxy in front of it)."""
    url = server if isinstance(server, str) else server.url
    return ConnectionSettings(
        url=normalize_url(url), user=user, server_timezone="UTC", history_depth_months=12
    )


def open_store(path: Path) -> Store:
    return Store(path)


def make_engine(
    store: Store,
    server: EmulatorServer | str,
    tmp_path: Path,
    *,
    password: str = PASSWORD,
    user: str = USER,
    page_size: int | None = None,
    retry: RetryPolicy = FAST_RETRY,
    timeout: tuple[float, float] | None = None,
) -> SyncEngine:
    return SyncEngine(
        store,
        settings_for(server, user),
        password=password,
        data_dir=tmp_path,
        retry=retry,
        page_size=page_size,
        timeout=timeout,
    )
