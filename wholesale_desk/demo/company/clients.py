"""Clients of the demo company: partners, legal entities, contracts, contacts and agreements.

Each client gets a cooperation model (DOMAIN.md: standard, personalised, partner), which decides
its agreement (typical or individual), price type, discount and payment schedule, and a payment
habit (on time, late, or stopped paying) that the history simulation follows, so the aging report
of the demo has something to show.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal

from wholesale_desk.demo.company import names
from wholesale_desk.demo.company import requisites as req
from wholesale_desk.demo.company.catalog import LARGE_WHOLESALE, RETAIL, WHOLESALE, Reference
from wholesale_desk.demo.company.common import (
    EMPTY_DATE,
    EMPTY_REF,
    Keys,
    Writer,
    catalog_item,
    ci_address,
    ci_email,
    ci_phone,
    iso,
    numbered,
)

STANDARD, PERSONALISED, PARTNER = "standard", "personalised", "partner"
ON_TIME, LATE, STOPPED = "on_time", "late", "stopped"
PARTNER_SEGMENT = "Партнеры (ключевые клиенты)"


@dataclass
class Client:
    key: str
    index: int
    name: str
    model: str
    manager: str
    region: str
    warehouse: str
    registered: date
    counterparties: list[str] = field(default_factory=list)
    contracts: list[str] = field(default_factory=list)
    contacts: list[str] = field(default_factory=list)
    contact_names: list[str] = field(default_factory=list)
    agreement: str = ""
    price_type: str = ""
    discount: Decimal = Decimal(0)
    schedule: str = ""
    deferral: int = 0
    prepay: bool = False
    habit: str = ON_TIME
    stops_paying: date | None = None
    churned: date | None = None
    activity: float = 1.0
    cash: bool = False  # pays in cash (sole traders, small shops)
    groups: tuple[str, ...] = ()  # preferred product groups
    phone: str = ""
    sole_trader: bool = False


@dataclass
class ContractBody:
    """Contracts are written after the history: credit limits depend on the turnover it made."""

    client: Client
    body: dict


def build_clients(
    w: Writer, rng: random.Random, keys: Keys, ref: Reference, count: int, start: date, today: date
) -> tuple[list[Client], list[ContractBody]]:
    """The demo company's clients with their legal entities, contacts, segments and agreements.

    Long on purpose: every draw from `rng` happens in a fixed order, and that order *is* the
    demo company (a split that reordered a draw would change every client after it)."""
    ck = ref.contact_kinds
    typical = _typical_agreements(w, keys, ref, start)
    clients: list[Client] = []
    contracts: list[ContractBody] = []
    taken_names: set[str] = set()
    group_names = sorted({p.group for p in ref.products})
    segment_rows: list[tuple[str, str]] = []
    week_start = today - timedelta(days=today.weekday())
    # A few contacts have their birthday this week (Monday to Sunday), for the reminders view.
    birthday_clients = set(rng.sample(range(count), k=min(count, max(3, count // 60))))
    for i in range(count):
        key = keys.new()
        place = rng.choices(names.PLACES, weights=names.PLACE_WEIGHTS)[0]
        roll = rng.random()
        sole_trader = roll < 0.3
        kind = "ИП" if sole_trader else ("АО" if roll > 0.96 else "ООО")
        owner = names.person(rng)
        if sole_trader:
            trade = f"{rng.choice(names.SHOP_KINDS)} «{names.company_word(rng)}»"
            short = f"ИП {owner.short}"
            full = f"Индивидуальный предприниматель {owner.full}"
            description = f"{trade} (ИП {owner.surname})"
        else:
            word = names.company_word(rng)
            short = f"{kind} «{word}»"
            full = (
                f"Общество с ограниченной ответственностью «{word}»"
                if kind == "ООО"
                else f"Акционерное общество «{word}»"
            )
            description = word
        if description in taken_names:
            description = f"{description} ({place.city})"
        n = 2
        base_description = description
        while description in taken_names:
            description = f"{base_description} {n}"
            n += 1
        taken_names.add(description)
        roll = rng.random()
        model = PARTNER if roll < 0.1 else PERSONALISED if roll < 0.38 else STANDARD
        if sole_trader and model == PARTNER:
            model = PERSONALISED
        region_key = ref.regions[place.business_region]
        manager = _manager_for(rng, ref, place.business_region)
        registered = (
            start - timedelta(days=rng.randint(30, 2500))
            if rng.random() < 0.7
            else start + timedelta(days=rng.randint(0, max(1, (today - start).days - 20)))
        )
        client = Client(
            key=key,
            index=i,
            name=description,
            model=model,
            manager=manager,
            region=region_key,
            warehouse=ref.warehouse_regions[place.business_region],
            registered=registered,
            sole_trader=sole_trader,
        )
        client.activity = rng.lognormvariate(0, 0.9) * (
            3.0 if model == PARTNER else 1.6 if model == PERSONALISED else 1.0
        )
        client.cash = sole_trader and rng.random() < 0.6
        client.groups = tuple(rng.sample(group_names, k=min(len(group_names), rng.randint(3, 7))))
        habit_roll = rng.random()
        client.habit = STOPPED if habit_roll < 0.05 else LATE if habit_roll < 0.25 else ON_TIME
        if client.habit == STOPPED:
            client.stops_paying = today - timedelta(days=rng.randint(45, 160))
        if rng.random() < 0.07 and registered < today - timedelta(days=400):
            client.churned = today - timedelta(days=rng.randint(120, 700))
        clients.append(client)

        # --- partner --------------------------------------------------------------------------
        shown, digits, local = names.phone(rng, place.phone_code)
        client.phone = shown
        domain = names.translit(description.split("(")[0])[:18] or "client"
        email = f"{rng.choice(['info', 'zakaz', 'office', 'opt', 'buh'])}@{domain}.ru"
        address, postcode = names.address(rng, place)
        w.put(
            "Catalog_Партнеры",
            catalog_item(
                key,
                description,
                f"00-{i + 1:08d}",
                hierarchical=True,
                НаименованиеПолное=short
                if not sole_trader
                else f"{description.split(' (')[0]}, {short}",
                Клиент=True,
                Поставщик=False,
                Конкурент=False,
                ПрочиеОтношения=False,
                Перевозчик=False,
                ОбслуживаетсяТорговымиПредставителями=place.business_region != "Москва",
                ОсновнойМенеджер_Key=manager,
                БизнесРегион_Key=region_key,
                ГруппаДоступа_Key=EMPTY_REF,
                ДатаРегистрации=iso(registered),
                ЮрФизЛицо="Компания",
                Пол="",
                ДатаРождения=EMPTY_DATE,
                ВидЦен_Key=EMPTY_REF,
                ИндивидуальныйВидЦены_Key=EMPTY_REF,
                Комментарий="",
                ДополнительнаяИнформация="",
                КонтактнаяИнформация=numbered(
                    key,
                    [
                        ci_phone(ck["ТелефонПартнера"], shown, digits, local, place.city),
                        ci_email(ck["EmailПартнера"], email),
                        ci_address(
                            ck["АдресПартнера"], address, place.region, place.city, postcode
                        ),
                    ],
                ),
                ДополнительныеРеквизиты=[],
            ),
        )

        # --- legal entities and contracts -------------------------------------------------------
        n_entities = 2 if (not sole_trader and rng.random() < 0.05) else 1
        for e in range(n_entities):
            cp = keys.new()
            office = rng.choice(place.tax_offices)
            if sole_trader:
                inn, kpp, legal_kind = (
                    req.inn12(rng, place.inn_region, office),
                    "",
                    "ИндивидуальныйПредприниматель",
                )
                cp_name, cp_full = short, full
            else:
                inn = req.inn10(rng, place.inn_region, office)
                kpp, legal_kind = req.kpp(inn), "ЮрЛицо"
                cp_name, cp_full = (
                    (short, full) if e == 0 else (f"{short[:-1]}-Опт»", f"{full[:-1]}-Опт»")
                )
            client.counterparties.append(cp)
            legal_address, legal_postcode = names.address(rng, place)
            w.put(
                "Catalog_Контрагенты",
                catalog_item(
                    cp,
                    cp_name,
                    НаименованиеПолное=cp_full,
                    ИНН=inn,
                    КПП=kpp,
                    ЮрФизЛицо=legal_kind,
                    ЮридическоеФизическоеЛицо="ФизическоеЛицо"
                    if sole_trader
                    else "ЮридическоеЛицо",
                    Партнер_Key=key,
                    ОбособленноеПодразделение=False,
                    ГоловнойКонтрагент_Key=cp,
                    СтранаРегистрации_Key=EMPTY_REF,
                    КодПоОКПО="",
                    РегистрационныйНомер="",
                    НалоговыйНомер="",
                    НДСПоСтавкам4и2=False,
                    ДополнительнаяИнформация="",
                    КонтактнаяИнформация=numbered(
                        cp,
                        [
                            ci_address(
                                ck["ЮрАдресКонтрагента"],
                                legal_address,
                                place.region,
                                place.city,
                                legal_postcode,
                            ),
                            ci_address(
                                ck["ФактАдресКонтрагента"],
                                address,
                                place.region,
                                place.city,
                                postcode,
                            ),
                            ci_phone(ck["ТелефонКонтрагента"], shown, digits, local, place.city),
                            ci_email(ck["EmailКонтрагента"], email),
                        ],
                    ),
                    ИсторияКПП=[],
                    ИсторияНаименований=[],
                ),
            )
            contract = keys.new()
            client.contracts.append(contract)
            signed = max(registered, start - timedelta(days=365 * 3))
            number = f"ДП-{signed.year}/{i + 1:05d}" + (f"-{e + 1}" if e else "")
            contracts.append(
                ContractBody(
                    client,
                    catalog_item(
                        contract,
                        f"Договор поставки № {number} от {signed:%d.%m.%Y}",
                        Номер=number,
                        Дата=iso(signed),
                        ДатаНачалаДействия=iso(signed),
                        ДатаОкончанияДействия=EMPTY_DATE,
                        Организация_Key=ref.org,
                        Партнер_Key=key,
                        Контрагент_Key=cp,
                        Статус="Действует",
                        Согласован=True,
                        ХозяйственнаяОперация="РеализацияКлиенту",
                        ВалютаВзаиморасчетов_Key=ref.currency,
                        БанковскийСчет_Key=ref.bank_account,
                        БанковскийСчетКонтрагента_Key=EMPTY_REF,
                        КонтактноеЛицо_Key=EMPTY_REF,
                        НаименованиеДляПечати=f"Договор поставки № {number} от {signed:%d.%m.%Y}",
                        Комментарий="",
                    ),
                )
            )

        # --- contact persons --------------------------------------------------------------------
        for c in range(rng.choice((1, 1, 2, 2, 3))):
            who = owner if (c == 0 and sole_trader) else names.person(rng)
            position = (
                "Индивидуальный предприниматель" if who is owner else rng.choice(names.POSITIONS)
            )
            contact = keys.new()
            client.contacts.append(contact)
            client.contact_names.append(who.full)
            celebrates = c == 0 and i in birthday_clients
            if celebrates:
                day = week_start + timedelta(days=rng.randint(0, 6))
                year = rng.randint(1965, 1998)
                birthday = date(year, day.month, 28 if (day.month, day.day) == (2, 29) else day.day)
            else:
                birthday = date(rng.randint(1960, 2000), rng.randint(1, 12), rng.randint(1, 28))
            has_birthday = celebrates or rng.random() < 0.75
            m_shown, m_digits, m_local = names.phone(rng, place.phone_code, mobile=True)
            person_email = (
                f"{names.translit(who.name)[:1]}.{names.translit(who.surname)}@{domain}.ru"
            )
            w.put(
                "Catalog_КонтактныеЛицаПартнеров",
                catalog_item(
                    contact,
                    who.full,
                    owner=key,
                    ДолжностьПоВизитке=position,
                    Пол="Женский" if who.female else "Мужской",
                    ДатаРождения=iso(birthday) if has_birthday else EMPTY_DATE,
                    ДатаРегистрацииСвязи=iso(registered),
                    ДатаПрекращенияСвязи=EMPTY_DATE,
                    Автор=manager,
                    Автор_Type="StandardODATA.Catalog_Пользователи",
                    Комментарий="",
                    ДополнительнаяИнформация="",
                    КонтактнаяИнформация=numbered(
                        contact,
                        [
                            ci_phone(
                                ck["МобильныйТелефонКонтактногоЛица"], m_shown, m_digits, m_local
                            ),
                            ci_phone(
                                ck["ТелефонКонтактногоЛица"], shown, digits, local, place.city
                            ),
                            ci_email(ck["EmailКонтактногоЛица"], person_email),
                        ],
                    ),
                    РолиКонтактногоЛица=[],
                    ДополнительныеРеквизиты=[],
                ),
            )

        # --- terms -------------------------------------------------------------------------------
        _terms(w, rng, keys, ref, client, typical, start, today)
        segment = _segment_of(rng, client, description)
        segment_rows.append((ref.segments[segment], key))
        if registered >= today - timedelta(days=365):
            segment_rows.append((ref.segments["Новые клиенты"], key))

    w.flush_objects()
    for segment_key, partner in segment_rows:
        w.record(
            "InformationRegister_ПартнерыСегмента",
            (
                None,
                None,
                EMPTY_DATE,
                None,
                partner,
                {"Сегмент_Key": segment_key, "Партнер_Key": partner},
            ),
        )
    return clients, contracts


def _manager_for(rng: random.Random, ref: Reference, region: str) -> str:
    """Mostly the region's own manager; the rest spread over the team."""
    idx = list(ref.regions).index(region) % len(ref.managers)
    if rng.random() < 0.5 or len(ref.managers) == 1:
        return ref.managers[idx].key
    return rng.choice(ref.managers).key


def _segment_of(rng: random.Random, client: Client, description: str) -> str:
    if client.model == PARTNER:
        return PARTNER_SEGMENT
    lowered = description.lower()
    if any(word in lowered for word in ("кафе", "ресторан", "столовая", "пекарня")):
        return "HoReCa"
    if client.model == PERSONALISED and rng.random() < 0.3:
        return "Сети"
    return "Розничные магазины"


def _typical_agreements(w: Writer, keys: Keys, ref: Reference, start: date) -> dict[str, str]:
    """Typical (not per-client) agreements of the standard model: prepayment or on delivery."""
    found: dict[str, str] = {}
    for i, (label, schedule) in enumerate(
        (
            ("Стандартные условия: предоплата", "Предоплата 100%"),
            ("Стандартные условия: оплата при получении", "Оплата при получении"),
        ),
        1,
    ):
        key = found[schedule] = keys.new()
        w.put(
            "Catalog_СоглашенияСКлиентами",
            _agreement(
                key,
                label,
                f"ТС-{i:04d}",
                start - timedelta(days=900),
                ref,
                typical=True,
                partner=EMPTY_REF,
                counterparty=EMPTY_REF,
                price_type=ref.price_types[WHOLESALE],
                schedule=ref.schedules[schedule],
                discount=Decimal(0),
                manager=ref.admin.key if ref.admin else EMPTY_REF,
                manual_cap=Decimal(10),
                warehouse=ref.warehouses[0],
            ),
        )
    return found


def _agreement(
    key: str,
    label: str,
    number: str,
    since: date,
    ref: Reference,
    *,
    typical: bool,
    partner: str,
    counterparty: str,
    price_type: str,
    schedule: str,
    discount: Decimal,
    manager: str,
    warehouse: str,
    manual_cap: Decimal,
    until: date | None = None,
    status: str = "Действует",
) -> dict:
    """An agreement body. `discount` is the client's own discount: 1C gives it through a
    СкидкиНаценки item acting on the agreement (see `policy.py`), not through the agreement's
    ПроцентРучнойСкидки, which caps manual discounts under it (`manual_cap`)."""
    return catalog_item(
        key,
        label,
        Номер=number,
        Дата=iso(since),
        Типовое=typical,
        Партнер_Key=partner,
        Контрагент_Key=counterparty,
        Организация_Key=ref.org,
        Валюта_Key=ref.currency,
        ВалютаВзаиморасчетов_Key=ref.currency,
        ГрафикОплаты_Key=schedule,
        ВидЦен_Key=price_type,
        ЦенаВключаетНДС=True,
        ДатаНачалаДействия=iso(since),
        ДатаОкончанияДействия=iso(until) if until else EMPTY_DATE,
        Статус=status,
        Согласован=True,
        Менеджер_Key=manager,
        ХозяйственнаяОперация="РеализацияКлиенту",
        ПроцентРучнойСкидки=manual_cap,
        ПроцентРучнойНаценки=0,
        ОграничиватьРучныеСкидки=True,
        ФормаОплаты="Безналичная",
        Склад_Key=warehouse,
        СегментПартнеров_Key=EMPTY_REF,
        ИспользуютсяДоговорыКонтрагентов=True,
        Регулярное=False,
        СрокПоставки=1,
        Комментарий="",
        Товары=[],
    )


def _terms(
    w: Writer,
    rng: random.Random,
    keys: Keys,
    ref: Reference,
    client: Client,
    typical: dict[str, str],
    start: date,
    today: date,
) -> None:
    """The client's agreement: a typical one for the standard model, an individual one otherwise."""
    if client.model == STANDARD:
        schedule_name = "Предоплата 100%" if rng.random() < 0.45 else "Оплата при получении"
        client.agreement = typical[schedule_name]
        client.price_type = ref.price_types[
            RETAIL if (client.sole_trader and rng.random() < 0.15) else WHOLESALE
        ]
        client.schedule = ref.schedules[schedule_name]
        client.prepay = schedule_name == "Предоплата 100%"
        return
    if client.model == PERSONALISED:
        schedule_name = rng.choice(
            ("Оплата при получении", "Отсрочка 14 дней", "Отсрочка 14 дней", "Отсрочка 30 дней")
        )
        price_type = ref.price_types[rng.choice((WHOLESALE, WHOLESALE, LARGE_WHOLESALE))]
        discount = Decimal(rng.choice((0, 2, 3, 5, 5, 7)))
    else:
        schedule_name = rng.choice(
            (
                "Отсрочка 30 дней",
                "Отсрочка 45 дней",
                "Отсрочка 60 дней",
                "Предоплата 30%, остаток через 45 дней",
            )
        )
        price_type = ref.price_types[LARGE_WHOLESALE]
        discount = Decimal(rng.choice((3, 5, 7, 10)))
    key = keys.new()
    since = max(client.registered, start - timedelta(days=rng.randint(0, 400)))
    until = date(today.year, 12, 31) if rng.random() < 0.6 else None
    w.put(
        "Catalog_СоглашенияСКлиентами",
        _agreement(
            key,
            f"Индивидуальные условия: {client.name}",
            f"ИС-{client.index + 1:05d}",
            since,
            ref,
            typical=False,
            partner=client.key,
            counterparty=client.counterparties[0],
            price_type=price_type,
            schedule=ref.schedules[schedule_name],
            discount=discount,
            manager=client.manager,
            warehouse=client.warehouse,
            manual_cap=Decimal(30) if client.model == PARTNER else Decimal(20),
            until=until,
        ),
    )
    client.agreement = key
    client.price_type = price_type
    client.discount = discount
    client.schedule = ref.schedules[schedule_name]
    client.deferral = max(st.shift for st in ref.stages[client.schedule])
    client.prepay = False
