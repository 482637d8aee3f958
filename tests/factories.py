"""Test data: a populated store of a plausible Russian wholesale company, deterministic by seed.

Small stores for tests (`populate(store, clients=30)`) and the 20,000-client store of the
benchmarks come from the same code. Rows go in with bulk Core inserts (through the ORM types,
so money stays exact), which fills 20,000 clients with their history in well under a minute.

    company = populate(store, clients=200, seed=7)
    company.clients[0]          # a client id
    make_client(session, name="Ромашка", inn="7707083893")
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy import insert
from sqlalchemy.orm import Session

from wholesale_desk.models import (
    Agreement,
    Client,
    ClientSegment,
    Contact,
    Contract,
    CustomerReturn,
    Interaction,
    InteractionKind,
    LegalEntity,
    Manager,
    Order,
    OrderLine,
    OrderState,
    Payment,
    PaymentAllocation,
    PriceType,
    Product,
    ProductGroup,
    Region,
    Segment,
    Settlement,
    Shipment,
    Task,
    Unit,
    VatRate,
    new_guid,
)
from wholesale_desk.requisites import inn10_check_digit, inn12_check_digits
from wholesale_desk.store import Store

TODAY = date(2026, 11, 26)

MANAGER_NAMES = [
    "Иванов Иван",
    "Петрова Анна",
    "Сидоров Пётр",
    "Кузнецова Ольга",
    "Смирнов Алексей",
    "Попова Елена",
    "Волков Дмитрий",
    "Лебедева Мария",
    "Козлов Сергей",
    "Новикова Юлия",
]
SEGMENT_NAMES = ["Партнеры", "Крупный опт", "Розничные сети", "HoReCa", "Региональные дилеры"]
REGION_NAMES = ["Центр", "Северо-Запад", "Юг", "Поволжье", "Урал", "Сибирь"]
CITIES = [
    "Москва",
    "Санкт-Петербург",
    "Орёл",
    "Казань",
    "Екатеринбург",
    "Новосибирск",
    "Тула",
    "Самара",
    "Краснодар",
    "Воронеж",
    "Ярославль",
    "Пермь",
    "Королёв",
    "Ростов-на-Дону",
]
STEMS = [
    "Ромашка",
    "Стройторг",
    "Ёлка",
    "Вектор",
    "Альянс",
    "Гранит",
    "Север",
    "Меридиан",
    "Продснаб",
    "Техносфера",
    "Волга",
    "Агроторг",
    "Берёзка",
    "Фортуна",
    "Магистраль",
    "Сигма",
    "Торговый дом Восток",
    "Лидер",
    "Оптима",
    "Континент",
    "Бриз",
    "Атлант",
]
FORMS = ["ООО", "АО", "ИП"]
FIRST = [
    "Александр",
    "Мария",
    "Сергей",
    "Ольга",
    "Дмитрий",
    "Наталья",
    "Андрей",
    "Татьяна",
    "Артём",
    "Алёна",
    "Николай",
    "Светлана",
]
LAST = [
    "Смирнов",
    "Иванов",
    "Кузнецов",
    "Соколов",
    "Попов",
    "Лебедев",
    "Козлов",
    "Новиков",
    "Морозов",
    "Фёдоров",
    "Волков",
    "Алексеев",
]
POSITIONS = ["Директор", "Закупщик", "Главный бухгалтер", "Менеджер по закупкам", "Кладовщик"]
PRODUCTS = [
    "Цемент М500",
    "Кирпич облицовочный",
    "Гипсокартон 12,5 мм",
    "Плитка керамическая",
    "Краска фасадная",
    "Саморез 4,2×75",
    "Утеплитель минвата",
    "Профиль ПП 60×27",
]
LATIN = {
    "Ромашка": "romashka",
    "Стройторг": "stroytorg",
    "Ёлка": "yolka",
    "Вектор": "vector",
    "Альянс": "alliance",
    "Гранит": "granit",
    "Север": "sever",
    "Меридиан": "meridian",
    "Продснаб": "prodsnab",
    "Техносфера": "technosfera",
    "Волга": "volga",
    "Агроторг": "agrotorg",
    "Берёзка": "beryozka",
    "Фортуна": "fortuna",
    "Магистраль": "magistral",
    "Сигма": "sigma",
    "Торговый дом Восток": "tdvostok",
    "Лидер": "lider",
    "Оптима": "optima",
    "Континент": "kontinent",
    "Бриз": "briz",
    "Атлант": "atlant",
}
LATIN_FIRST = ["alexander", "maria", "sergey"]
MAILBOXES = ["info", "zakaz", "office", "sales", "buh", "snab"]
SUBJECTS = [
    "Уточнение заказа",
    "Сверка взаиморасчётов",
    "Новый прайс",
    "Претензия по поставке",
    "Встреча по условиям",
    "Напоминание об оплате",
]


def valid_inn(rng: random.Random, person: bool = False) -> str:
    """A random INN whose check digits are right (10 digits for a company, 12 for a person)."""
    if person:
        head = "".join(str(rng.randint(0, 9)) for _ in range(10))
        return head + inn12_check_digits(head)
    head = "".join(str(rng.randint(0, 9)) for _ in range(9))
    return head + inn10_check_digit(head)


def phone(rng: random.Random) -> str:
    n = rng.randint(0, 9_999_999)
    return f"+7 ({rng.choice([495, 812, 903, 916, 926, 985])}) {n // 10000:03d}-{n // 100 % 100:02d}-{n % 100:02d}"


@dataclass
class Company:
    """Ids of what `populate` made, for tests to pick from."""

    managers: list[str] = field(default_factory=list)
    segments: list[str] = field(default_factory=list)
    regions: list[str] = field(default_factory=list)
    clients: list[str] = field(default_factory=list)
    products: list[str] = field(default_factory=list)
    price_type: str = ""
    busy_client: str | None = None
    """A client with a long history (`busy_items` timeline items), when asked for."""


_TIMELINE_MODELS = (Order, Shipment, Payment, CustomerReturn, Interaction)


def _money(rng: random.Random, low: int, high: int) -> Decimal:
    return Decimal(rng.randint(low * 100, high * 100)) / 100


def populate(
    store: Store,
    *,
    clients: int = 50,
    managers: int = 5,
    seed: int = 1,
    today: date = TODAY,
    months: int = 12,
    docs_per_client: tuple[int, int] = (0, 6),
    busy_items: int = 0,
    lines: bool = True,
) -> Company:
    """Fill `store` with a company: catalogs, clients with legal entities, contacts, agreements,
    orders, shipments, returns, payments, settlements, interactions and tasks."""
    rng = random.Random(seed)
    company = Company()
    rows: dict[type[Any], list[dict[str, Any]]] = {}

    def add(model: type[Any], **values: Any) -> str:
        if "id" not in values and hasattr(model, "data_version") and model not in (Settlement,):
            values["id"] = new_guid()
        rows.setdefault(model, []).append(values)
        return str(values.get("id", ""))

    company.managers = [
        add(
            Manager,
            name=MANAGER_NAMES[i % len(MANAGER_NAMES)] + ("" if i < 10 else f" {i}"),
            data_version="v1",
        )
        for i in range(managers)
    ]
    company.segments = [add(Segment, name=n, data_version="v1") for n in SEGMENT_NAMES]
    company.regions = [add(Region, name=n, data_version="v1") for n in REGION_NAMES]
    unit = add(Unit, name="шт", data_version="v1")
    vat = add(VatRate, name="22%", rate=Decimal(22), data_version="v1")
    group = add(ProductGroup, name="Стройматериалы", data_version="v1")
    company.price_type = add(PriceType, name="Оптовая", data_version="v1")
    company.products = [
        add(
            Product,
            code=f"{i + 1:05d}",
            article=f"A-{i + 1:04d}",
            name=n,
            group_id=group,
            unit_id=unit,
            vat_rate_id=vat,
            data_version="v1",
        )
        for i, n in enumerate(PRODUCTS)
    ]
    typical = add(
        Agreement,
        name="Типовое соглашение",
        is_typical=True,
        price_type_id=company.price_type,
        status="Действует",
        data_version="v1",
    )
    _ = typical
    start = datetime.combine(today, time(10)) - timedelta(days=30 * months)
    # Orders up to two days ago, so every shipment (a day later) is in the past.
    span_seconds = int(
        (datetime.combine(today - timedelta(days=2), time(18)) - start).total_seconds()
    )

    def when() -> datetime:
        return start + timedelta(seconds=rng.randint(0, span_seconds))

    order_no = 0
    for index in range(clients):
        stem = STEMS[index % len(STEMS)]
        name = stem if index < len(STEMS) else f"{stem} {index // len(STEMS) + 1}"
        form = FORMS[index % 3]
        domain = LATIN[stem] + ("" if index < len(STEMS) else str(index // len(STEMS) + 1))
        cid = add(
            Client,
            code=f"{index + 1:07d}",
            name=name,
            full_name=f'{form} "{name}"',
            manager_id=company.managers[index % len(company.managers)],
            region_id=company.regions[index % len(company.regions)],
            phone=phone(rng),
            email=f"{rng.choice(MAILBOXES)}@{domain}.ru",
            address=f"г. {CITIES[index % len(CITIES)]}, ул. Ленина, д. {index % 90 + 1}",
            city=CITIES[index % len(CITIES)],
            data_version="v1",
        )
        company.clients.append(cid)
        add(ClientSegment, client_id=cid, segment_id=company.segments[index % len(SEGMENT_NAMES)])
        person = form == "ИП"
        entity = add(
            LegalEntity,
            client_id=cid,
            name=f'{form} "{name}"',
            full_name=f'{form} "{name}"',
            inn=valid_inn(rng, person),
            kpp="" if person else f"{rng.randint(1000, 9999)}01001",
            kind="ИндивидуальныйПредприниматель" if person else "ЮрЛицо",
            legal_address=f"г. {CITIES[index % len(CITIES)]}",
            data_version="v1",
        )
        add(
            Contract,
            client_id=cid,
            legal_entity_id=entity,
            name="Основной договор",
            contract_number=f"Д-{index + 1}",
            contract_date=today - timedelta(days=400),
            limit_debt=True,
            credit_limit=Decimal(rng.choice([100000, 500000, 1000000])),
            data_version="v1",
        )
        if index % 4 == 1:
            add(
                Agreement,
                client_id=cid,
                name=f"Индивидуальное соглашение {name}",
                agreement_number=f"С-{index + 1}",
                is_typical=False,
                price_type_id=company.price_type,
                manual_discount_percent=Decimal(5),
                delivery_days=2,
                start_date=today - timedelta(days=200),
                end_date=today + timedelta(days=165),
                status="Действует",
                data_version="v1",
            )
        for k in range(1 + index % 3):
            add(
                Contact,
                client_id=cid,
                name=f"{rng.choice(LAST)} {rng.choice(FIRST)}",
                position=rng.choice(POSITIONS),
                phone=phone(rng),
                email=f"{LATIN_FIRST[k % len(LATIN_FIRST)]}@{domain}.ru",
                birthday=date(1980 + k, today.month, min(28, max(1, today.day - 2 + index % 9)))
                if k == 0
                else None,
                data_version="v1",
            )
        n_docs = rng.randint(*docs_per_client)
        if busy_items and index == 0:
            n_docs = busy_items // 5
            company.busy_client = cid
        busy = bool(busy_items and index == 0)
        timeline_rows = 0
        doc = 0
        while (timeline_rows < busy_items) if busy else (doc < n_docs):
            doc += 1
            before = sum(len(rows.get(m, [])) for m in _TIMELINE_MODELS)
            order_no += 1
            moment = when()
            amount = _money(rng, 5_000, 300_000)
            oid = add(
                Order,
                client_id=cid,
                number=f"ЗК-{order_no:06d}",
                date=moment,
                posted=True,
                status_1c="Закрыт",
                state=OrderState.SHIPPED.value,
                amount=amount,
                manager_id=company.managers[index % len(company.managers)],
                legal_entity_id=entity,
                shipment_date=moment.date(),
                data_version="v1",
            )
            if lines:
                qty = Decimal(rng.randint(1, 50))
                add(
                    OrderLine,
                    order_id=oid,
                    line_no=1,
                    product_id=rng.choice(company.products),
                    quantity=qty,
                    price=(amount / qty).quantize(Decimal("0.01")),
                    amount=amount,
                    total=amount,
                )
            shipped = moment + timedelta(days=1)
            sid = add(
                Shipment,
                client_id=cid,
                number=f"РТУ-{order_no:06d}",
                date=shipped,
                posted=True,
                order_id=oid,
                legal_entity_id=entity,
                amount=amount,
                status_1c="Отгружено",
                data_version="v1",
            )
            paid_on = shipped + timedelta(days=rng.randint(1, 20))
            paid = rng.random() < 0.7 and paid_on.date() <= today
            if paid:
                pid = add(
                    Payment,
                    client_id=cid,
                    number=f"ПБ-{order_no:06d}",
                    date=paid_on,
                    posted=True,
                    amount=amount,
                    data_version="v1",
                )
                add(
                    PaymentAllocation,
                    payment_id=pid,
                    line_no=1,
                    client_id=cid,
                    basis_id=sid,
                    basis_type="Document_РеализацияТоваровУслуг",
                    amount=amount,
                )
            elif shipped.date() <= today:
                add(
                    Settlement,
                    client_id=cid,
                    document_id=sid,
                    document_type="Document_РеализацияТоваровУслуг",
                    arisen_date=shipped.date(),
                    due_date=shipped.date() + timedelta(days=rng.choice((14, 30, 45, 60))),
                    debt=amount,
                )
            if rng.random() < 0.08:
                add(
                    CustomerReturn,
                    client_id=cid,
                    number=f"ВТ-{order_no:06d}",
                    date=shipped + timedelta(days=3),
                    posted=True,
                    shipment_id=sid,
                    amount=(amount / 10).quantize(Decimal("0.01")),
                    data_version="v1",
                )
            add(
                Interaction,
                kind=rng.choice(list(InteractionKind)).value,
                client_id=cid,
                manager_id=company.managers[index % len(company.managers)],
                number=f"{order_no:011d}",
                start=moment - timedelta(hours=2),
                subject=rng.choice(SUBJECTS),
                description="Обсудили ассортимент и сроки.",
                data_version="v1",
            )
            timeline_rows += sum(len(rows.get(m, [])) for m in _TIMELINE_MODELS) - before
        if index % 7 == 0:
            add(
                Task,
                client_id=cid,
                manager_id=company.managers[index % len(company.managers)],
                title="Перезвонить по заказу",
                due=datetime.combine(today + timedelta(days=index % 5 - 2), time(11)),
            )
    if busy_items and company.busy_client is None and company.clients:
        company.busy_client = company.clients[0]

    # Insert parents before children, in bulk.
    order = [
        Manager,
        Segment,
        Region,
        Unit,
        VatRate,
        ProductGroup,
        PriceType,
        Product,
        Agreement,
        Client,
        ClientSegment,
        LegalEntity,
        Contract,
        Contact,
        Order,
        OrderLine,
        Shipment,
        Payment,
        PaymentAllocation,
        Settlement,
        CustomerReturn,
        Interaction,
        Task,
    ]
    with store.transaction() as session:
        for model in order:
            batch = rows.get(model, [])
            # Agreements refer to clients: insert them after the clients.
            if model is Agreement:
                continue
            _insert(session, model, batch)
            if model is Client:
                _insert(session, Agreement, rows.get(Agreement, []))
        from wholesale_desk.services import search_index

        search_index.rebuild(session)
    return company


def _insert(session: Session, model: type[Any], batch: list[dict[str, Any]]) -> None:
    if not batch:
        return
    # Each insert statement needs the same keys in every row.
    keys = sorted({k for row in batch for k in row})
    table_defaults = {
        c.key: c.default.arg
        for c in model.__table__.columns
        if c.default is not None and not callable(c.default.arg)
    }
    normalised = []
    for row in batch:
        full = {}
        for k in keys:
            if k in row:
                full[k] = row[k]
            else:
                full[k] = table_defaults.get(k)
        normalised.append(full)
    for start in range(0, len(normalised), 5000):
        session.execute(insert(model), normalised[start : start + 5000])


def make_client(
    session: Session,
    *,
    name: str = "Ромашка",
    inn: str = "7707083893",
    kpp: str = "770701001",
    manager_id: str | None = None,
    city: str = "Москва",
    phone_number: str = "+7 (495) 123-45-67",
    email: str = "info@romashka.ru",
    contacts: tuple[str, ...] = (),
) -> Client:
    """One client with its legal entity (and named contacts), added to `session`."""
    client = Client(
        id=new_guid(),
        name=name,
        full_name=f'ООО "{name}"',
        manager_id=manager_id,
        city=city,
        phone=phone_number,
        email=email,
        data_version="v1",
    )
    session.add(client)
    session.add(
        LegalEntity(
            client_id=client.id,
            name=f'ООО "{name}"',
            inn=inn,
            kpp=kpp,
            kind="ЮрЛицо",
            data_version="v1",
        )
    )
    for contact in contacts:
        session.add(
            Contact(
                client_id=client.id, name=contact, phone="+7 (903) 111-22-33", data_version="v1"
            )
        )
    session.flush()
    return client


def build_store(path: Any, **kwargs: Any) -> tuple[Store, Company]:
    """A new store at `path` populated by `populate(**kwargs)`."""
    store = Store(path)
    return store, populate(store, **kwargs)
