"""Sync against what a real УТ 11.5 base does and our emulator used to spare us."""

from __future__ import annotations

import uuid
from pathlib import Path

from sqlalchemy import select

from sync.helpers import keys, make_engine, snapshot
from wholesale_desk.demo.base import EmulatorBase
from wholesale_desk.demo.server import EmulatorServer
from wholesale_desk.models import Stock
from wholesale_desk.store import Store

STOCK = "AccumulationRegister_ТоварыНаСкладах"


def test_register_pages_never_overlap_when_rows_differ_only_in_unread_dimensions(
    base: EmulatorBase, server: EmulatorServer, tmp_path: Path
) -> None:
    """A product kept in series/characteristics gives many `Balance()` rows per warehouse;
    ordered by product and warehouse alone, the DBMS returns those ties in any order, so
    `$top`/`$skip` pages overlap and skip rows, and the summed stock comes out wrong."""
    k = keys(base)
    product, warehouse = k["products"][0], k["store"]
    base.add_records(
        STOCK,
        [
            (
                None,
                None,
                "2025-01-01T00:00:00",
                "Receipt",
                None,
                {
                    "Номенклатура_Key": product,
                    "Характеристика_Key": str(uuid.UUID(int=i + 1)),
                    "Назначение_Key": "00000000-0000-0000-0000-000000000000",
                    "Склад_Key": warehouse,
                    "Помещение_Key": "00000000-0000-0000-0000-000000000000",
                    "Серия_Key": "00000000-0000-0000-0000-000000000000",
                    "ВНаличии": 1,
                    "КОтгрузке": 0,
                },
            )
            for i in range(60)
        ],
    )
    one_page = Store(tmp_path / "one.sqlite")
    paged = Store(tmp_path / "paged.sqlite")
    try:
        assert make_engine(one_page, server, tmp_path / "a").run().ok
        assert make_engine(paged, server, tmp_path / "b", page_size=2).run().ok  # 10 a page
        with one_page.session() as s:
            whole = s.scalar(
                select(Stock.quantity).where(
                    Stock.product_id == product, Stock.warehouse_id == warehouse
                )
            )
        assert whole is not None and whole >= 60
        assert snapshot(paged)["stock"] == snapshot(one_page)["stock"]
    finally:
        one_page.close()
        paged.close()
