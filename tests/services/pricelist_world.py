"""The order tests' small company with its products sorted into groups, for price lists.

Groups: «Крепёж» with subgroups «Болты и гайки» and «Саморезы и дюбели», «Инструмент»,
«Литература», and «Пустая» with products but no prices. Prices carry the date 1C set them.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

from order_world import World, build
from sqlalchemy import select, update

from wholesale_desk.models import Price, Product, ProductGroup
from wholesale_desk.store import Store

GROUPS = {
    "Болты и гайки": ("BLT-M8-40", "BLT-M10-50", "GAI-M8", "SHB-8", "ANK-10-100"),
    "Саморезы и дюбели": ("SMR-4-25", "DUB-6-40"),
    "Инструмент": ("SVR-ELK-3", "ROLL-PAINT", "LNT-MNT-50", "SKOT-48", "PERCH-NR", "KLEY-PL-1"),
    "Литература": ("KNIGA-SPR",),
    "Пустая": ("NOPRICE-1",),
}
PRICES_SET_DAYS_AGO = 60


def build_with_groups(store: Store) -> World:
    world = build(store)
    with store.transaction() as s:
        fasteners = ProductGroup(name="Крепёж")
        s.add(fasteners)
        s.flush()
        ids = {}
        for name in GROUPS:
            parent = fasteners.id if name in ("Болты и гайки", "Саморезы и дюбели") else None
            group = ProductGroup(name=name, parent_id=parent)
            s.add(group)
            s.flush()
            ids[name] = group.id
        for name, articles in GROUPS.items():
            s.execute(
                update(Product).where(Product.article.in_(articles)).values(group_id=ids[name])
            )
        # «Профиль» stays outside every group.
        set_on = datetime.combine(
            world.today - timedelta(days=PRICES_SET_DAYS_AGO), datetime.min.time()
        )
        s.execute(update(Price).values(period=set_on))
        assert s.scalar(select(Product.group_id).where(Product.article == "PRF-PN-27")) is None
    return world


def fresh(tmp_path: Path) -> World:
    return build_with_groups(Store(tmp_path / "store.sqlite"))
