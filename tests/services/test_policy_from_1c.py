"""The demo company's sales policy, read from the emulated 1C through a real sync.

Discounts (СкидкиНаценки with conditions, ДействиеСкидокНаценок), users' manual-discount limits
(НастройкиПродажДляПользователей, ГруппыПользователей) and the agreement's cap decide what a
manager may give; bad policy input is named in the sync log and in the explanation.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import select

from wholesale_desk.demo.base import EmulatorBase
from wholesale_desk.demo.company import generate
from wholesale_desk.demo.server import EmulatorServer
from wholesale_desk.models import Agreement, ClientSegment, Manager, Product, SyncIssue
from wholesale_desk.services import terms
from wholesale_desk.services.cooperation import resolve_partner_segments
from wholesale_desk.store import Store

sys.path.insert(0, str(Path(__file__).parents[1]))
from sync.helpers import make_engine

TODAY = date(2026, 11, 20)
D = Decimal
SETTINGS = "Catalog_НастройкиПродажДляПользователей"


@dataclass
class Demo:
    base: EmulatorBase
    server: EmulatorServer
    store: Store
    tmp: Path

    def sync(self) -> None:
        result = make_engine(
            self.store, self.server, self.tmp, password="demo", user="Администратор"
        ).run()
        assert result.status == "ok", result.errors

    def manager(self, name: str) -> str:
        with self.store.session() as s:
            found = s.scalar(select(Manager.id).where(Manager.name == name))
        assert found is not None
        return str(found)

    def setting_of(self, owner_key: str) -> dict:
        for body in self.base.iter_objects(SETTINGS):
            if body["Owner"] == owner_key:
                return body
        raise AssertionError(owner_key)


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Demo]:
    tmp = tmp_path_factory.mktemp("policy")
    base = EmulatorBase(tmp / "1c.sqlite")
    generate(base, "tiny", seed=1, today=TODAY)
    server = EmulatorServer(base).start()
    store = Store(tmp / "store.sqlite")
    world = Demo(base, server, store, tmp)
    world.sync()
    yield world
    store.close()
    server.stop()


def personalised_client(demo: Demo) -> str:
    with demo.store.session() as s:
        partners = set(resolve_partner_segments(s, ""))
        in_partner = set(
            s.scalars(select(ClientSegment.client_id).where(ClientSegment.segment_id.in_(partners)))
        )
        for agreement in s.scalars(
            select(Agreement).where(Agreement.is_typical.is_(False)).order_by(Agreement.id)
        ):
            if agreement.client_id not in in_partner and agreement.end_date is None:
                return str(agreement.client_id)
    raise AssertionError("no personalised client")


def eighteen_percent(demo: Demo, manager: str) -> tuple[bool, list[str], list[str]]:
    """A manager's 18% manual discount for a personalised client: held? why? the explanation."""
    client = personalised_client(demo)
    with demo.store.session() as s:
        product = s.scalars(select(Product).order_by(Product.id)).first()
        assert product is not None
        ctx = terms.load_terms(s, client, TODAY, actor=terms.Actor(demo.manager(manager)))
        ctx.ensure_products(s, [product.id])
    assert ctx.model.value == "personalised"
    priced = ctx.price(
        ctx.draft([(product.id, D(10), None)], shipment_date=TODAY, manual_discount_percent=D(18))
    )
    tips = [str(t) for t in ctx.explain(priced.lines[0])]
    return priced.needs_approval, [str(r) for r in priced.approval_reasons], tips


def test_an_18_percent_discount_is_allowed_or_held_as_1c_settings_say(demo: Demo) -> None:
    # Мартынова has her own 20% item; the personalised agreement caps at 20%: allowed.
    held, _, tips = eighteen_percent(demo, "Мартынова Таисия")
    assert not held
    assert any(t.startswith("Manual discounts up to 20% (") for t in tips)
    # Богданов is in "Ведущие менеджеры" (15%), the deepest group with a restricting item.
    held, reasons, _ = eighteen_percent(demo, "Богданов Сергей")
    assert held and reasons == [
        "Discount 18% exceeds your own limit of 15% (1C: Catalog_НастройкиПродажДляПользователей "
        "«Настройки продаж: Ведущие менеджеры»)"
    ]
    # Исаева only belongs to "Менеджеры по продажам" (10%).
    held, reasons, _ = eighteen_percent(demo, "Исаева Ксения")
    assert held and "limit of 10%" in reasons[0]
    # The head of sales is not restricted by 1C: the company's 20% model cap still holds.
    assert not eighteen_percent(demo, "Администратор")[0]
    # 1C changes Мартынова's limit to 15%: after a sync the same discount is held.
    body = demo.setting_of(demo.manager("Мартынова Таисия"))
    demo.base.put(SETTINGS, {**body, "ПроцентРучнойСкидки": D(15)})
    demo.sync()
    held, reasons, _ = eighteen_percent(demo, "Мартынова Таисия")
    assert held and "limit of 15%" in reasons[0]
    demo.base.put(SETTINGS, body)
    demo.sync()


def test_discounts_come_from_1c_with_their_source(demo: Demo) -> None:
    client = personalised_client(demo)
    with demo.store.session() as s:
        product = s.scalars(select(Product).order_by(Product.id)).first()
        assert product is not None
        quote = terms.quote(s, client, product.id, D(1), TODAY)
    data = quote.to_json()
    assert all(d["origin"] == "1c" for d in data["discounts"])
    assert all(d["object"].startswith("Catalog_СкидкиНаценки «") for d in data["discounts"])
    rules = quote.ctx.terms.discount_rules or ()
    volume = sorted((r.conditions[0].threshold, r.percent) for r in rules if r.conditions)
    assert volume == [(D(1_000_000), D(15)), (D(5_000_000), D(20))]


def test_bad_policy_input_is_logged_and_skipped_never_applied(demo: Demo) -> None:
    conditions = "Catalog_УсловияПредоставленияСкидокНаценок"
    discounts = "Catalog_СкидкиНаценки"
    first = next(b for b in demo.base.iter_objects(conditions))
    odd = {
        **first,
        "Ref_Key": "00000000-0000-0000-0000-00000000c0de",
        "Description": "В обед",
        "УсловиеПредоставления": "ЗаВремяПродажи",
    }
    demo.base.put(conditions, odd)
    tier = next(
        b
        for b in demo.base.iter_objects(discounts)
        if b.get("УсловияПредоставления") and not b.get("IsFolder")
    )
    patched = {
        **tier,
        "УсловияПредоставления": [
            {**tier["УсловияПредоставления"][0], "УсловиеПредоставления_Key": odd["Ref_Key"]}
        ],
    }
    demo.base.put(discounts, patched)
    admin_setting = demo.setting_of(demo.manager("Администратор"))
    demo.base.put(
        SETTINGS, {**admin_setting, "ОграничиватьРучныеСкидки": True, "ПроцентРучнойСкидки": D(-5)}
    )
    try:
        demo.sync()
        with demo.store.session() as s:
            issues = {(i.entity, i.ref_key) for i in s.scalars(select(SyncIssue))}
        assert (conditions, odd["Ref_Key"]) in issues
        assert (SETTINGS, admin_setting["Ref_Key"]) in issues
        client = personalised_client(demo)
        with demo.store.session() as s:
            product = s.scalars(select(Product).order_by(Product.id)).first()
            assert product is not None
            quote = terms.quote(s, client, product.id, D(1_000_000), TODAY)
        skipped = [str(t) for t in quote.line.skipped_rules]
        assert any(tier["Description"] in t and "ЗаВремяПродажи" in t for t in skipped)
        assert all(d.rule != tier["Description"] for d in quote.line.discounts)
        # A negative limit allows nothing without approval, never a discount by guess.
        admin = terms.Actor(demo.manager("Администратор"))
        with demo.store.session() as s:
            ctx = terms.load_terms(s, client, TODAY, actor=admin)
        assert ctx.terms.user_limit is not None and ctx.terms.user_limit.percent == 0
    finally:
        demo.base.put(discounts, tier)
        demo.base.put(SETTINGS, admin_setting)
        demo.base.delete(conditions, odd["Ref_Key"])
        demo.sync()
