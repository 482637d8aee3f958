"""Price lists: a price type's prices, or a client's own prices equal to what `price` says."""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from order_world import World
from pricelist_world import PRICES_SET_DAYS_AGO, fresh
from sqlalchemy import update

from wholesale_desk import documents as doc
from wholesale_desk.i18n import UserError
from wholesale_desk.models import Agreement, Stock
from wholesale_desk.services import pricelist
from wholesale_desk.services.pricelist import PriceListRequest
from wholesale_desk.services.terms import quote

D = Decimal


@pytest.fixture
def world(tmp_path: Path) -> World:
    return fresh(tmp_path)


def lines_by_article(data: doc.PriceListData) -> dict[str, doc.PriceListLine]:
    return {line.article: line for group in data.groups for line in group.lines}


def make(world: World, **kwargs: object) -> doc.PriceListData:
    kwargs.setdefault("on", world.today)
    with world.store.session() as session:
        return pricelist.build_price_list(session, PriceListRequest(**kwargs))  # type: ignore[arg-type]


@pytest.mark.parametrize("client", ["Стройторг", "Ромашка"])
def test_every_price_on_a_clients_list_is_what_price_says_for_one(
    world: World, client: str
) -> None:
    data = make(world, client=client)
    assert data.line_count == 16
    with world.store.session() as session:
        for line in lines_by_article(data).values():
            q = quote(session, client, line.product_id, D(1), world.today)
            if q.line.base_price is None:
                assert line.price is None  # "цена по запросу", never 0
                continue
            assert line.price == q.line.amount, line.name
            assert line.base_price == q.line.base_price
            assert line.discount_percent == sum((d.percent for d in q.line.discounts), D(0))


def test_a_partner_sees_large_wholesale_less_the_agreement_discount(world: World) -> None:
    data = make(world, client="Стройторг")
    assert data.price_type == "Крупный опт"
    assert data.client_name == "Стройторг" and data.client is not None
    assert data.client.name == "АО «Стройторг»"
    profile = lines_by_article(data)["PRF-PN-27"]
    assert (profile.base_price, profile.discount_percent, profile.price) == (
        D("95.00"),
        D(5),
        D("90.25"),
    )
    assert data.with_discount and data.vat_mode is doc.VatMode.INSIDE


def test_a_price_type_list_prints_that_types_prices_and_never_zero(world: World) -> None:
    data = make(world, price_type="оптовая")
    assert data.price_type == "Оптовая" and data.client is None
    lines = lines_by_article(data)
    assert lines["BLT-M8-40"].price == D("12.40")
    assert lines["KNIGA-SPR"].vat_rate == D(10)
    assert lines["NOPRICE-1"].price is None
    assert not data.with_discount
    assert data.supplier.name == "ООО «Крепёж-Опт»"


def test_groups_come_with_their_subgroups_in_order(world: World) -> None:
    data = make(world, price_type="Оптовая", groups=("Крепёж",))
    assert [g.title for g in data.groups] == [
        "Крепёж / Болты и гайки",
        "Крепёж / Саморезы и дюбели",
    ]
    assert [ln.article for ln in data.groups[0].lines] == [
        "ANK-10-100",
        "BLT-M10-50",
        "BLT-M8-40",
        "GAI-M8",
        "SHB-8",
    ]
    whole = make(world, price_type="Оптовая")
    assert whole.groups[-1].title == pricelist.NO_GROUP
    assert [ln.article for ln in whole.groups[-1].lines] == ["PRF-PN-27"]


def test_in_stock_only_with_bands_and_warehouses(world: World) -> None:
    with world.store.transaction() as s:
        s.execute(
            update(Stock).where(Stock.product_id == world.products["GAI-M8"]).values(quantity=D(0))
        )
    data = make(
        world,
        price_type="Оптовая",
        groups=("Болты и гайки",),
        in_stock_only=True,
        stock_shown=doc.StockShown.WAREHOUSES,
    )
    lines = lines_by_article(data)
    assert "GAI-M8" not in lines
    assert data.warehouses == ("Основной склад", "Склад Подольск")
    assert lines["BLT-M8-40"].stock == (D(100), D(25))
    assert lines["BLT-M10-50"].stock == (D(110), D(0))
    bands = make(world, price_type="Оптовая", groups=("Болты и гайки",), stock_shown="bands")
    assert not lines_by_article(bands)["GAI-M8"].in_stock


def test_prices_without_vat_show_the_price_with_vat_beside(world: World) -> None:
    with world.store.transaction() as s:
        s.execute(update(Agreement).values(prices_include_vat=False))
    data = make(world, client="Стройторг", groups=("Литература",))
    assert data.vat_mode is doc.VatMode.ON_TOP
    book = lines_by_article(data)["KNIGA-SPR"]
    with world.store.session() as session:
        q = quote(session, "Стройторг", "KNIGA-SPR", D(1), world.today)
    assert book.price == q.line.amount == D("760.00")
    assert book.price_with_vat == q.line.total == D("836.00")


@pytest.mark.parametrize(
    ("request_args", "message"),
    [
        ({"price_type": "Оптово-розничная"}, "No price type «Оптово-розничная». Price types:"),
        ({"client": "Одуванчик"}, "No client «Одуванчик»"),
        ({"price_type": "Оптовая", "groups": ("Пустая",)}, "The group «Пустая» has no products"),
        ({"price_type": "Оптовая", "groups": ("Гвозди",)}, "No product group «Гвозди»"),
        ({"price_type": "Оптовая", "client": "Ромашка"}, "either a price type or a client"),
    ],
)
def test_bad_requests_say_what_is_wrong(
    world: World, request_args: dict[str, object], message: str
) -> None:
    with pytest.raises(UserError) as caught:
        make(world, **request_args)
    assert message in caught.value.message.english()


def test_a_date_before_any_price_is_refused(world: World) -> None:
    early = world.today - timedelta(days=PRICES_SET_DAYS_AGO + 1)
    with pytest.raises(UserError) as caught:
        make(world, price_type="Оптовая", on=early)
    assert "is before the first price of type «Оптовая»" in caught.value.message.english()
    with pytest.raises(UserError):
        make(world, client="Стройторг", on=early)


def test_choices_leave_out_purchase_prices_and_list_groups_as_a_tree(world: World) -> None:
    with world.store.session() as session:
        types = [c.name for c in pricelist.price_type_choices(session)]
        groups = [(g.title, g.depth) for g in pricelist.group_choices(session)]
    assert types == ["Крупный опт", "Оптовая"]
    assert groups[:3] == [
        ("Инструмент", 0),
        ("Крепёж", 0),
        ("Крепёж / Болты и гайки", 1),
    ]
