"""A small company in a fresh store for the order tests: two clients with different terms.

Built straight through the models (no emulator), so service and GUI tests run in milliseconds.
`build(store)` returns a `World` of the ids a test needs.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

from wholesale_desk import snapshots
from wholesale_desk.models import (
    Agreement,
    Bank,
    BankAccount,
    Client,
    ClientSegment,
    Contract,
    DiscountAction,
    DiscountCondition,
    DiscountItem,
    DiscountItemCondition,
    LegalEntity,
    Manager,
    Organization,
    PaymentSchedule,
    PaymentScheduleStage,
    Price,
    PriceType,
    Product,
    Segment,
    Settlement,
    Shipment,
    ShipmentLine,
    Stock,
    Unit,
    VatRate,
    Warehouse,
)
from wholesale_desk.requisites import make_account, make_corr_account
from wholesale_desk.store import Store

D = Decimal

PRODUCTS = [
    # article, name, wholesale, large wholesale, purchase, vat
    ("BLT-M8-40", "Болт М8х40 оцинкованный DIN 933", "12.40", "11.10", "7.00", "22"),
    ("BLT-M10-50", "Болт М10х50 оцинкованный DIN 933", "21.90", "19.80", "13.00", "22"),
    ("GAI-M8", "Гайка М8 оцинкованная DIN 934", "2.35", "2.10", "1.20", "22"),
    ("SHB-8", "Шайба 8 плоская DIN 125", "0.95", "0.85", "0.40", "22"),
    ("SMR-4-25", "Саморез 4,2х25 по дереву", "0.78", "0.70", "0.35", "22"),
    ("ANK-10-100", "Анкерный болт 10х100", "48.00", "43.50", "30.00", "22"),
    ("DUB-6-40", "Дюбель 6х40 нейлоновый", "1.15", "1.00", "0.50", "22"),
    ("PRF-PN-27", "Профиль ПН 27х28 3 м", "104.31", "95.00", "70.00", "22"),
    ("SVR-ELK-3", "Электроды сварочные 3 мм, 5 кг", "1290.00", "1190.00", "900.00", "22"),
    ("KLEY-PL-1", "Клей плиточный 25 кг", "455.00", "420.00", "310.00", "22"),
    ("KNIGA-SPR", "Справочник строителя", "850.00", "800.00", "500.00", "10"),
    ("LNT-MNT-50", "Лента монтажная 50 м", "215.50", "199.00", "120.00", "22"),
    ("ROLL-PAINT", "Валик малярный 250 мм", "189.90", "175.00", "95.00", "22"),
    ("SKOT-48", "Скотч упаковочный 48 мм", "64.00", "58.00", "33.00", "22"),
    ("PERCH-NR", "Перчатки нитриловые", "34.50", "31.00", "18.00", "22"),
    ("NOPRICE-1", "Хомут червячный 16-25 (нет цены)", "", "", "", "22"),
]


@dataclass
class World:
    store: Store
    today: date
    manager_id: str = ""
    head_id: str = ""
    org_id: str = ""
    wholesale_id: str = ""
    large_id: str = ""
    purchase_id: str = ""
    main_wh: str = ""
    second_wh: str = ""
    vat22_id: str = ""
    vat10_id: str = ""
    client_id: str = ""
    """«Ромашка»: standard model, no agreement, wholesale prices, credit limit 500 000."""
    partner_id: str = ""
    """«Стройторг»: partner segment, individual agreement (large wholesale, 5%, 30 days)."""
    agreement_id: str = ""
    partner_contract_id: str = ""
    partner_segment_id: str = ""
    products: dict[str, str] = field(default_factory=dict)
    """article → product id"""


def add_policy(session: Any, agreement_id: str, *, own: Decimal, since: date) -> None:
    """1C's discounts acting on the agreement, as УТ holds them: its own `own`% (unconditional)
    and the quarterly volume tiers (15% from 1 000 000, 20% from 5 000 000), best one wins."""
    group = DiscountItem(name="Скидки", is_folder=True, combine="Максимум")
    session.add(group)
    session.flush()
    items = [
        DiscountItem(
            name=f"Скидка по соглашению {own}%", parent_id=group.id, method="Процент", percent=own
        )
    ]
    for threshold, percent in ((D(1_000_000), D(15)), (D(5_000_000), D(20))):
        cond = DiscountCondition(
            name=f"За квартал от {threshold}",
            kind="ЗаНакопленныйОбъемПродаж",
            criterion="Сумма",
            comparison="НеМенее",
            threshold=threshold,
            period="Квартал",
            period_variant="СНачалаТекущегоПериода",
            period_count=1,
            include_current=True,
        )
        session.add(cond)
        session.flush()
        item = DiscountItem(
            name=f"Скидка {percent}% за объем",
            parent_id=group.id,
            method="Процент",
            percent=percent,
            order_key=percent,
        )
        item.conditions = [DiscountItemCondition(line_no=1, condition_id=cond.id)]
        items.append(item)
    session.add_all(items)
    session.flush()
    for item in items:
        session.add(
            DiscountAction(
                source_id=agreement_id,
                source_type="Catalog_СоглашенияСКлиентами",
                discount_id=item.id,
                period=datetime.combine(since, time()),
                status="Действует",
            )
        )


def build(store: Store, today: date | None = None) -> World:
    """Fill `store` with the world; `today` anchors dates (quarter shipments, debts)."""
    today = today or date.today()
    w = World(store=store, today=today)
    with store.transaction() as s:
        mgr = Manager(name="Иванов Иван")
        head = Manager(name="Петрова Анна")
        org = Organization(name="ООО «Крепёж-Опт»", inn="7707083893", kpp="770701001")
        unit = Unit(name="шт")
        vat22 = VatRate(name="22%", rate=D("22"))
        vat10 = VatRate(name="10%", rate=D("10"))
        wh1 = Warehouse(name="Основной склад")
        wh2 = Warehouse(name="Склад Подольск")
        wholesale = PriceType(name="Оптовая", includes_vat=True)
        large = PriceType(name="Крупный опт", includes_vat=True)
        purchase = PriceType(name="Закупочная", includes_vat=True)
        partners = Segment(name="Партнёры")
        s.add_all(
            [mgr, head, org, unit, vat22, vat10, wh1, wh2, wholesale, large, purchase, partners]
        )
        s.flush()
        bik = "044525225"
        bank = Bank(
            bik=bik, name="ПАО Сбербанк", corr_account=make_corr_account(bik), city="Москва"
        )
        s.add(bank)
        s.flush()
        account = make_account(bik, "40702810" + "0" * 11)
        s.add(BankAccount(organization_id=org.id, bank_id=bank.id, account=account))
        w.manager_id, w.head_id, w.org_id = mgr.id, head.id, org.id
        w.wholesale_id, w.large_id, w.purchase_id = wholesale.id, large.id, purchase.id
        w.main_wh, w.second_wh = wh1.id, wh2.id
        w.vat22_id, w.vat10_id = vat22.id, vat10.id
        w.partner_segment_id = partners.id
        for i, (article, name, p_whl, p_large, p_buy, vat) in enumerate(PRODUCTS):
            product = Product(
                code=f"{i + 1:08d}",
                article=article,
                name=name,
                unit_id=unit.id,
                vat_rate_id=vat22.id if vat == "22" else vat10.id,
            )
            s.add(product)
            s.flush()
            w.products[article] = product.id
            for ptype, value in ((wholesale, p_whl), (large, p_large), (purchase, p_buy)):
                if value:
                    s.add(Price(price_type_id=ptype.id, product_id=product.id, price=D(value)))
            s.add(Stock(product_id=product.id, warehouse_id=wh1.id, quantity=D(100 + i * 10)))
            if i % 3 == 0:
                s.add(Stock(product_id=product.id, warehouse_id=wh2.id, quantity=D(25)))

        romashka = Client(
            code="000001", name="Ромашка", manager_id=mgr.id, address="г. Москва, ул. Лесная, 5"
        )
        s.add(romashka)
        s.flush()
        le1 = LegalEntity(client_id=romashka.id, name="ООО «Ромашка»", inn="500100732259")
        s.add(le1)
        s.flush()
        s.add(
            Contract(
                client_id=romashka.id,
                legal_entity_id=le1.id,
                name="Основной",
                limit_debt=True,
                credit_limit=D("500000.00"),
            )
        )

        stroy = Client(
            code="000002", name="Стройторг", manager_id=mgr.id, address="г. Тула, пр. Ленина, 1"
        )
        s.add(stroy)
        s.flush()
        le2 = LegalEntity(
            client_id=stroy.id, name="АО «Стройторг»", inn="7707083893", kpp="770701001"
        )
        s.add(le2)
        s.flush()
        contract = Contract(
            client_id=stroy.id,
            legal_entity_id=le2.id,
            name="Поставка 2026",
            limit_debt=True,
            credit_limit=D("2000000.00"),
        )
        s.add(contract)
        s.add(ClientSegment(client_id=stroy.id, segment_id=partners.id))
        schedule = PaymentSchedule(name="Отсрочка 30 дней")
        schedule.stages = [
            PaymentScheduleStage(
                line_no=1, kind="КредитПослеОтгрузки", percent=D(100), shift_days=30
            )
        ]
        s.add(schedule)
        s.flush()
        agreement = Agreement(
            client_id=stroy.id,
            name="Индивидуальное соглашение",
            is_typical=False,
            price_type_id=large.id,
            payment_schedule_id=schedule.id,
            manual_discount_percent=D("5"),
            start_date=today - timedelta(days=200),
            end_date=today + timedelta(days=200),
            status="Действует",
        )
        s.add(agreement)
        s.flush()
        add_policy(s, agreement.id, own=D(5), since=today - timedelta(days=400))
        w.client_id, w.partner_id = romashka.id, stroy.id
        w.agreement_id, w.partner_contract_id = agreement.id, contract.id

        # Quarter shipments for Стройторг: 950 000 ₽, so a 50 000 ₽ order reaches the 15% tier.
        quarter_start = date(today.year, 3 * ((today.month - 1) // 3) + 1, 1)
        ship = Shipment(
            client_id=stroy.id,
            date=datetime.combine(quarter_start, datetime.min.time()),
            number="00000001",
            posted=True,
            amount=D("950000.00"),
        )
        ship.lines = [
            ShipmentLine(
                line_no=1,
                product_id=w.products["SVR-ELK-3"],
                quantity=D(800),
                price=D("1187.50"),
                amount=D("950000.00"),
                vat_rate_id=vat22.id,
                vat_amount=D("171311.48"),
                total=D("950000.00"),
            )
        ]
        s.add(ship)
        # Ромашка owes 120 000 ₽, 20 000 of it overdue.
        s.add(
            Settlement(
                client_id=romashka.id,
                arisen_date=today - timedelta(days=40),
                due_date=today - timedelta(days=10),
                debt=D("20000.00"),
            )
        )
        s.add(
            Settlement(
                client_id=romashka.id,
                arisen_date=today - timedelta(days=5),
                due_date=today + timedelta(days=25),
                debt=D("100000.00"),
            )
        )
        snapshots.mark_taken(
            s, snapshots.SETTLEMENTS, datetime.combine(today, time(9, 30)).astimezone()
        )
    return w


def fresh(tmp_path: Path, today: date | None = None) -> World:
    return build(Store(tmp_path / "store.sqlite"), today)
