"""Reference data of the demo company: our organisation, bank, users, terms, goods and prices.

What every УТ 11 base has before the first order: the organisation with its requisites and
signatories, the bank classifier, users, business regions and partner segments, VAT rates, units,
price types, warehouses, payment schedules, predefined contact-information kinds, and the
catalogue of goods in groups with purchase, wholesale and retail prices.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from wholesale_desk.demo.company import names
from wholesale_desk.demo.company import requisites as req
from wholesale_desk.demo.company.common import (
    EMPTY_REF,
    ContactKinds,
    Keys,
    Writer,
    catalog_item,
    ci_address,
    ci_email,
    ci_phone,
    iso,
    numbered,
    r2,
)
from wholesale_desk.demo.posting import Stage

ORG_NAME = "ТД «Подмосковье»"
ORG_FULL = "Общество с ограниченной ответственностью «Торговый дом «Подмосковье»"
ORG_SHORT = "ООО «ТД «Подмосковье»"
ORG_DOMAIN = "td-podmoskovie.ru"

WHOLESALE, LARGE_WHOLESALE, RETAIL, PURCHASE = "Оптовая", "Крупнооптовая", "Розничная", "Закупочная"
PRICE_TYPES = (WHOLESALE, LARGE_WHOLESALE, RETAIL, PURCHASE)

# Payment schedules: name -> stages (variant, deferral days, percent).
SCHEDULES: dict[str, tuple[tuple[str, int, int], ...]] = {
    "Предоплата 100%": (("ПредоплатаДоОтгрузки", 0, 100),),
    "Оплата при получении": (("КредитСдвиг", 0, 100),),
    "Отсрочка 14 дней": (("КредитСдвиг", 14, 100),),
    "Отсрочка 30 дней": (("КредитСдвиг", 30, 100),),
    "Отсрочка 45 дней": (("КредитСдвиг", 45, 100),),
    "Отсрочка 60 дней": (("КредитСдвиг", 60, 100),),
    "Предоплата 30%, остаток через 45 дней": (
        ("ПредоплатаДоОтгрузки", 0, 30),
        ("КредитСдвиг", 45, 70),
    ),
}

CONTACT_KINDS: dict[str, tuple[tuple[str, str, str], ...]] = {
    # group -> (PredefinedDataName, Description, Тип)
    "СправочникКонтактныеЛицаПартнеров": (
        ("МобильныйТелефонКонтактногоЛица", "Мобильный телефон", "Телефон"),
        ("ТелефонКонтактногоЛица", "Телефон", "Телефон"),
        ("EmailКонтактногоЛица", "Электронная почта", "АдресЭлектроннойПочты"),
    ),
    "СправочникКонтрагенты": (
        ("ДругаяИнформацияКонтрагенты", "Другое", "Другое"),
        ("ПочтовыйАдресКонтрагента", "Почтовый адрес", "Адрес"),
        ("ТелефонКонтрагента", "Телефон", "Телефон"),
        ("ФаксКонтрагенты", "Факс", "Факс"),
        ("ФактАдресКонтрагента", "Фактический адрес", "Адрес"),
        ("EmailКонтрагента", "Электронная почта", "АдресЭлектроннойПочты"),
        ("ЮрАдресКонтрагента", "Юридический адрес", "Адрес"),
    ),
    "СправочникОрганизации": (
        ("ПочтовыйАдресОрганизации", "Почтовый адрес", "Адрес"),
        ("ТелефонОрганизации", "Телефон", "Телефон"),
        ("ФаксОрганизации", "Факс", "Факс"),
        ("ФактАдресОрганизации", "Фактический адрес", "Адрес"),
        ("EmailОрганизации", "Электронная почта", "АдресЭлектроннойПочты"),
        ("ЮрАдресОрганизации", "Юридический адрес", "Адрес"),
    ),
    "СправочникПартнеры": (
        ("АдресПартнера", "Адрес", "Адрес"),
        ("ТелефонПартнера", "Телефон", "Телефон"),
        ("EmailПартнера", "Электронная почта", "АдресЭлектроннойПочты"),
    ),
    "СправочникПользователи": (
        ("ТелефонПользователя", "Телефон", "Телефон"),
        ("EmailПользователя", "Электронная почта", "АдресЭлектроннойПочты"),
    ),
    "СправочникСклады": (
        ("АдресСклада", "Адрес склада", "Адрес"),
        ("ТелефонСклада", "Телефон склада", "Телефон"),
    ),
}
CONTACT_GROUP_NAMES = {
    "СправочникКонтактныеЛицаПартнеров": "Контактная информация справочника «Контактные лица партнеров»",
    "СправочникКонтрагенты": "Контактная информация справочника «Контрагенты»",
    "СправочникОрганизации": "Контактная информация справочника «Организации»",
    "СправочникПартнеры": "Контактная информация справочника «Партнеры»",
    "СправочникПользователи": "Контактная информация справочника «Пользователи»",
    "СправочникСклады": "Контактная информация справочника «Склады»",
}

SEGMENTS = (
    (
        "Партнеры (ключевые клиенты)",
        "Клиенты партнерской модели сотрудничества: индивидуальные графики оплаты и скидки",
    ),
    ("Розничные магазины", "Продуктовые магазины и минимаркеты"),
    ("HoReCa", "Кафе, рестораны, столовые"),
    ("Сети", "Сетевые магазины и оптовые покупатели"),
    ("Новые клиенты", "Клиенты первого года работы"),
)


@dataclass
class User:
    key: str
    login: str
    person: names.Person | None
    full_rights: bool


@dataclass
class Product:
    key: str
    index: int
    name: str
    unit: str
    reduced_vat: bool
    group: str
    weight: float  # popularity
    weighed: bool  # sold by weight: quantities with 3 decimals
    base_price: Decimal  # purchase price at the start of history


@dataclass
class Reference:
    """Keys of the reference data that clients and history refer to."""

    org: str = ""
    org_inn: str = ""
    bank_account: str = ""
    currency: str = ""
    admin: User | None = None
    managers: list[User] = field(default_factory=list)
    regions: dict[str, str] = field(default_factory=dict)
    segments: dict[str, str] = field(default_factory=dict)
    vat: dict[str, str] = field(default_factory=dict)  # "22", "20", "10", "0", "БезНДС" -> key
    units: dict[str, str] = field(default_factory=dict)
    price_types: dict[str, str] = field(default_factory=dict)
    warehouses: list[str] = field(default_factory=list)
    warehouse_regions: dict[str, str] = field(default_factory=dict)  # business region -> warehouse
    schedules: dict[str, str] = field(default_factory=dict)
    stages: dict[str, list[Stage]] = field(default_factory=dict)  # schedule key -> stages
    contact_kinds: ContactKinds = field(default_factory=lambda: ContactKinds({}))
    banks: list[tuple[str, str]] = field(default_factory=list)  # (key, BIK)
    products: list[Product] = field(default_factory=list)


def build_reference(
    w: Writer, rng: random.Random, keys: Keys, start: date, n_managers: int
) -> Reference:
    ref = Reference()
    _currency(w, keys, ref)
    _contact_kinds(w, keys, ref)
    _banks(w, rng, keys, ref)
    _organisation(w, rng, keys, ref, start)
    _users(w, rng, keys, ref, n_managers)
    _regions_and_segments(w, rng, keys, ref, start)
    _vat_units_prices(w, keys, ref)
    _warehouses(w, rng, keys, ref)
    _schedules(w, keys, ref)
    return ref


def _currency(w: Writer, keys: Keys, ref: Reference) -> None:
    ref.currency = keys.new()
    w.put(
        "Catalog_Валюты",
        catalog_item(
            ref.currency,
            "руб.",
            "643",
            НаименованиеПолное="Российский рубль",
            ЗагружаетсяИзИнтернета=False,
            Наценка=0,
            ОсновнаяВалюта_Key=EMPTY_REF,
            ПараметрыПрописи="рубль, рубля, рублей, м, копейка, копейки, копеек, ж, 2",
            Представления=[],
        ),
    )


def _contact_kinds(w: Writer, keys: Keys, ref: Reference) -> None:
    found: dict[str, str] = {}
    order = 0
    for group, items in CONTACT_KINDS.items():
        group_key = keys.new()
        w.put(
            "Catalog_ВидыКонтактнойИнформации",
            catalog_item(
                group_key,
                CONTACT_GROUP_NAMES[group],
                hierarchical=True,
                folder=True,
                predefined=group,
                ИмяПредопределенногоВида=group,
            ),
        )
        for name, description, kind in items:
            order += 1
            found[name] = keys.new()
            w.put(
                "Catalog_ВидыКонтактнойИнформации",
                catalog_item(
                    found[name],
                    description,
                    hierarchical=True,
                    parent=group_key,
                    predefined=name,
                    Тип=kind,
                    ИмяПредопределенногоВида=name,
                    Используется=True,
                    РазрешитьВводНесколькихЗначений=kind == "Телефон",
                    ПроверятьКорректность=kind == "АдресЭлектроннойПочты",
                    ОбязательноеЗаполнение=False,
                    РеквизитДопУпорядочивания=order,
                    Представления=[],
                ),
            )
    ref.contact_kinds = ContactKinds(found)


_BANKS = (
    (
        "4525",
        "АО «Столичный Коммерческий Банк»",
        "Москва",
        "г. Москва, ул. Большая Ордынка, д. 40, стр. 3",
    ),
    ("4525", "ПАО «Банк Развития Подмосковья»", "Москва", "г. Москва, Новинский б-р, д. 8"),
    ("4525", "АО «Торгово-Промышленный Банк»", "Москва", "г. Москва, ул. Мясницкая, д. 35"),
    ("4525", "ООО КБ «Меридиан»", "Москва", "г. Москва, ул. Щепкина, д. 51/4, стр. 1"),
    (
        "4030",
        "ПАО «Северо-Западный Банк»",
        "Санкт-Петербург",
        "г. Санкт-Петербург, Невский пр-т, д. 38",
    ),
)


def _banks(w: Writer, rng: random.Random, keys: Keys, ref: Reference) -> None:
    used: set[str] = set()
    for region, name, city, address in _BANKS:
        bik = req.bik(rng, region)
        while bik in used:
            bik = req.bik(rng, region)
        used.add(bik)
        key = keys.new()
        ref.banks.append((key, bik))
        inn = req.inn10(rng, "77", "02")
        w.put(
            "Catalog_КлассификаторБанков",
            catalog_item(
                key,
                name,
                bik,
                hierarchical=True,
                КоррСчет=req.corr_account(bik),
                Город=f"г. {city}",
                Адрес=address,
                Телефоны=names.phone(rng, "495")[0],
                ДеятельностьПрекращена=False,
                СВИФТБИК="",
                ИНН=inn,
                Страна_Key=EMPTY_REF,
                МеждународноеНаименование="",
                ГородМеждународный="",
                АдресМеждународный="",
                БИКРКЦ_Key=EMPTY_REF,
                ВнутреннийКодЦБ="",
            ),
        )


def _organisation(w: Writer, rng: random.Random, keys: Keys, ref: Reference, start: date) -> None:
    ck = ref.contact_kinds
    ref.org = keys.new()
    inn = req.inn10(rng, "50", "29")
    ref.org_inn = inn
    registered = date(start.year - 6, 3, 14)
    legal, postcode = "141014, Московская обл., г. Мытищи, ул. Силикатная, д. 19, стр. 2", "141014"
    shown, digits, local = "+7 (495) 788-41-20", "74957884120", "7884120"
    w.put(
        "Catalog_Организации",
        catalog_item(
            ref.org,
            ORG_NAME,
            "000000001",
            Префикс="ТД",
            НаименованиеПолное=ORG_FULL,
            НаименованиеСокращенное=ORG_SHORT,
            ИНН=inn,
            КПП=req.kpp(inn),
            ОГРН=req.ogrn(rng, registered.year, "50"),
            КодПоОКПО=f"{rng.randint(10**7, 10**8 - 1)}",
            КодНалоговогоОргана=inn[:4],
            НаименованиеНалоговогоОргана="Инспекция ФНС России по г. Мытищи Московской области",
            ЮрФизЛицо="ЮрЛицо",
            ДатаРегистрации=iso(registered),
            КодОКВЭД2="46.39",
            НаименованиеОКВЭД2="Торговля оптовая неспециализированная пищевыми продуктами, напитками и табачными изделиями",
            КодОКОПФ="12300",
            НаименованиеОКОПФ="Общества с ограниченной ответственностью",
            ОбособленноеПодразделение=False,
            ГоловнаяОрганизация_Key=EMPTY_REF,
            КонтактнаяИнформация=numbered(
                ref.org,
                [
                    ci_address(
                        ck["ЮрАдресОрганизации"], legal, "Московская обл.", "Мытищи", postcode
                    ),
                    ci_address(
                        ck["ФактАдресОрганизации"], legal, "Московская обл.", "Мытищи", postcode
                    ),
                    ci_address(
                        ck["ПочтовыйАдресОрганизации"], legal, "Московская обл.", "Мытищи", postcode
                    ),
                    ci_phone(ck["ТелефонОрганизации"], shown, digits, local, "Мытищи"),
                    ci_email(ck["EmailОрганизации"], f"info@{ORG_DOMAIN}"),
                ],
            ),
        ),
    )
    bank_key, bik = ref.banks[0]
    bank_name = _BANKS[0][1]
    ref.bank_account = keys.new()
    account = req.settlement_account(rng, bik)
    w.put(
        "Catalog_БанковскиеСчетаОрганизаций",
        catalog_item(
            ref.bank_account,
            f"{account}, {bank_name}",
            hierarchical=True,
            owner=ref.org,
            НомерСчета=account,
            Банк_Key=bank_key,
            БанкДляРасчетов_Key=EMPTY_REF,
            ВалютаДенежныхСредств_Key=ref.currency,
            ТипСчета="Расчетный",
            БИКБанка=bik,
            НаименованиеБанка=bank_name,
            КоррСчетБанка=req.corr_account(bik),
            ГородБанка="г. Москва",
            АдресБанка=_BANKS[0][3],
            РучноеИзменениеРеквизитовБанка=False,
            ТекстКорреспондента=ORG_SHORT,
            ТекстНазначения="",
            СрокИсполненияПлатежа=1,
            ВыводитьСуммуБезКопеек=False,
        ),
    )
    for role, position, female in (
        ("Руководитель", "Генеральный директор", False),
        ("ГлавныйБухгалтер", "Главный бухгалтер", True),
    ):
        who = names.person(rng, female)
        w.put(
            "Catalog_ОтветственныеЛицаОрганизаций",
            catalog_item(
                keys.new(),
                who.full,
                owner=ref.org,
                ОтветственноеЛицо=role,
                ФизическоеЛицо_Key=EMPTY_REF,
                Должность=position,
                ДолжностьСсылка="",
                ПравоПодписиПоДоверенности=False,
                ОснованиеПраваПодписи="Устава"
                if role == "Руководитель"
                else "Приказа № 12-к от 01.04.2019",
                ДатаНачала=iso(registered),
                ДатаОкончания="0001-01-01T00:00:00",
            ),
        )


def _users(w: Writer, rng: random.Random, keys: Keys, ref: Reference, n_managers: int) -> None:
    ck = ref.contact_kinds
    head = names.person(rng, True)
    ref.admin = User(keys.new(), "Администратор", head, True)
    logins: set[str] = {"Администратор"}
    for _ in range(n_managers):
        while True:
            who = names.person(rng)
            login = f"{who.surname} {who.name}"
            if login not in logins:
                break
        logins.add(login)
        ref.managers.append(User(keys.new(), login, who, False))
    for user in [ref.admin, *ref.managers]:
        assert user.person is not None
        shown, digits, local = names.phone(rng, "495", mobile=True)
        email = f"{names.translit(user.person.name)[:1]}.{names.translit(user.person.surname)}@{ORG_DOMAIN}"
        comment = (
            f"Руководитель отдела продаж {user.person.full}"
            if user.full_rights
            else "Менеджер по продажам"
        )
        w.put(
            "Catalog_Пользователи",
            catalog_item(
                user.key,
                user.login,
                Недействителен=False,
                Служебный=False,
                Подготовлен=False,
                Подразделение_Key=EMPTY_REF,
                ФизическоеЛицо_Key=EMPTY_REF,
                ИдентификаторПользователяИБ=keys.new(),
                Комментарий=comment,
                КонтактнаяИнформация=numbered(
                    user.key,
                    [
                        ci_phone(ck["ТелефонПользователя"], shown, digits, local),
                        ci_email(ck["EmailПользователя"], email),
                    ],
                ),
            ),
        )
        w.base.add_user(user.login, "demo", user.key, user.full_rights)


def _regions_and_segments(
    w: Writer, rng: random.Random, keys: Keys, ref: Reference, start: date
) -> None:
    for i, name in enumerate(names.BUSINESS_REGIONS):
        key = ref.regions[name] = keys.new()
        manager = ref.managers[i % len(ref.managers)]
        w.put(
            "Catalog_БизнесРегионы",
            catalog_item(
                key,
                name,
                hierarchical=True,
                ОсновнойМенеджер_Key=manager.key,
                ГеографическийРегион="",
                ЗначениеГеографическогоРегиона="",
                ЗначениеГеографическогоРегиона_Type="Edm.String",
                СезоннаяГруппа_Key=EMPTY_REF,
                ДополнительныеРеквизиты=[],
            ),
        )
    assert ref.admin is not None
    for i, (name, about) in enumerate(SEGMENTS, 1):
        key = ref.segments[name] = keys.new()
        w.put(
            "Catalog_СегментыПартнеров",
            catalog_item(
                key,
                name,
                f"00-{i:08d}",
                hierarchical=True,
                Описание=about,
                ДатаСоздания=iso(start),
                ДатаОчистки="0001-01-01T00:00:00",
                Ответственный_Key=ref.admin.key,
                СпособФормирования="ФормироватьВручную",
                ЗапретОтгрузки=False,
                ПроверятьНаВхождениеПриСозданииНового=False,
            ),
        )


def _vat_units_prices(w: Writer, keys: Keys, ref: Reference) -> None:
    for label, rate, enum, begin, end in (
        ("22%", 22, "", "2026-01-01T00:00:00", "0001-01-01T00:00:00"),
        ("20%", 20, "НДС20", "2019-01-01T00:00:00", "2025-12-31T00:00:00"),
        ("10%", 10, "НДС10", "0001-01-01T00:00:00", "0001-01-01T00:00:00"),
        ("0%", 0, "НДС0", "0001-01-01T00:00:00", "0001-01-01T00:00:00"),
        ("Без НДС", 0, "БезНДС", "0001-01-01T00:00:00", "0001-01-01T00:00:00"),
    ):
        code = "БезНДС" if label == "Без НДС" else str(rate)
        key = ref.vat[code] = keys.new()
        w.put(
            "Catalog_СтавкиНДС",
            catalog_item(
                key,
                label,
                ПеречислениеСтавкаНДС=enum,
                РасчетнаяСтавка=False,
                СоответствующаяБазоваяСтавка_Key=EMPTY_REF,
                СоответствующаяРасчетнаяСтавка_Key=EMPTY_REF,
                Ставка=rate,
                Страна_Key=EMPTY_REF,
                НачалоПериода=begin,
                КонецПериода=end,
                Основная=label in ("22%", "10%"),
                ТипыНалогообложенияНДС=[],
            ),
        )
    for name, code, full, intl, kind in (
        ("шт", "796", "Штука", "PCE", "Количество"),
        ("кг", "166", "Килограмм", "KGM", "Вес"),
        ("л", "112", "Литр", "LTR", "Объем"),
        ("упак", "778", "Упаковка", "NMP", "Количество"),
    ):
        key = ref.units[name] = keys.new()
        w.put(
            "Catalog_УпаковкиЕдиницыИзмерения",
            catalog_item(
                key,
                name,
                code,
                hierarchical=True,
                НаименованиеПолное=full,
                МеждународноеСокращение=intl,
                ТипИзмеряемойВеличины=kind,
                ТипУпаковки="",
                Числитель=1,
                Знаменатель=1,
                ЕдиницаИзмерения_Key=EMPTY_REF,
            ),
        )
    for name, usage in (
        (WHOLESALE, "Оптовые продажи: основной вид цен"),
        (LARGE_WHOLESALE, "Для крупных клиентов и партнеров"),
        (RETAIL, "Рекомендованные розничные цены"),
        (PURCHASE, "Цены поставщиков (себестоимость)"),
    ):
        key = ref.price_types[name] = keys.new()
        w.put(
            "Catalog_ВидыЦен",
            catalog_item(
                key,
                name,
                hierarchical=True,
                Идентификатор=names.translit(name).capitalize(),
                ВалютаЦены_Key=ref.currency,
                ЦенаВключаетНДС=True,
                ИспользоватьПриПродаже=name != PURCHASE,
                ИспользоватьПриОптовойПродаже=name in (WHOLESALE, LARGE_WHOLESALE),
                ИспользоватьПриРозничнойПродаже=name == RETAIL,
                ИспользоватьПриПередачеМеждуОрганизациями=False,
                БазовыйВидЦены_Key=EMPTY_REF,
                Статус="Действует",
                Округлять=True,
                ТочностьОкругления=0.01,
                Наценка=0,
                Комментарий=usage,
            ),
        )


_WAREHOUSES = (
    (
        "Основной склад (Мытищи)",
        "Московская область — Север",
        "141014, Московская обл., г. Мытищи, ул. Силикатная, д. 19",
    ),
    (
        "Склад Подольск",
        "Московская область — Юг",
        "142100, Московская обл., г. Подольск, ул. Комсомольская, д. 1",
    ),
    (
        "Склад Химки",
        "Московская область — Запад",
        "141402, Московская обл., г. Химки, ул. Заводская, д. 2",
    ),
)


def _warehouses(w: Writer, rng: random.Random, keys: Keys, ref: Reference) -> None:
    ck = ref.contact_kinds
    for name, region, address in _WAREHOUSES:
        key = keys.new()
        ref.warehouses.append(key)
        ref.warehouse_regions[region] = key
        shown, digits, local = names.phone(rng, "495")
        w.put(
            "Catalog_Склады",
            catalog_item(
                key,
                name,
                hierarchical=True,
                ТипСклада="Склад",
                БизнесРегион_Key=ref.regions[region],
                КонтролироватьОперативныеОстатки=True,
                ИспользоватьОрдернуюСхемуПриОтгрузке=False,
                ИспользоватьОрдернуюСхемуПриПоступлении=False,
                ИспользоватьСерииНоменклатуры=False,
                УчетныйВидЦены_Key=ref.price_types[PURCHASE],
                РозничныйВидЦены_Key=ref.price_types[RETAIL],
                КонтактнаяИнформация=numbered(
                    key,
                    [
                        ci_address(
                            ck["АдресСклада"],
                            address,
                            "Московская обл.",
                            address.split("г. ")[1].split(",")[0],
                            address[:6],
                        ),
                        ci_phone(ck["ТелефонСклада"], shown, digits, local),
                    ],
                ),
            ),
        )
    # Moscow, the east and the neighbouring regions are served from the main warehouse.
    for region in names.BUSINESS_REGIONS:
        ref.warehouse_regions.setdefault(region, ref.warehouses[0])


def _schedules(w: Writer, keys: Keys, ref: Reference) -> None:
    for name, stages in SCHEDULES.items():
        key = ref.schedules[name] = keys.new()
        ref.stages[key] = [Stage(v, s, Decimal(p)) for v, s, p in stages]
        w.put(
            "Catalog_ГрафикиОплаты",
            catalog_item(
                key,
                name,
                ФормаОплаты="Безналичная",
                ТолькоКредитныеЭтапы=all(v == "КредитСдвиг" for v, _s, _p in stages),
                Календарь_Key=EMPTY_REF,
                Этапы=numbered(
                    key,
                    [
                        {
                            "ВариантОплаты": v,
                            "Сдвиг": s,
                            "ПроцентПлатежа": p,
                            "ПроцентЗалогаЗаТару": 0,
                        }
                        for v, s, p in stages
                    ],
                ),
            ),
        )


# --- goods -----------------------------------------------------------------------------------
_LINES = ("", "", "", "Премиум", "Эконом", "Классика", "Фермерский", "ГОСТ", "Люкс", "Био")
_ARTICLE_PREFIX = {
    "Бакалея": "БК",
    "Консервы": "КН",
    "Напитки": "НП",
    "Кондитерские изделия": "КД",
    "Молочная продукция": "МЛ",
    "Замороженные продукты": "ЗМ",
    "Бытовая химия": "БХ",
    "Гигиена": "ГГ",
    "Бумажная продукция": "БМ",
    "Фасованные продукты весовые": "ВС",
    "Масло и соусы": "МС",
}


def build_products(w: Writer, rng: random.Random, keys: Keys, ref: Reference, count: int) -> None:
    """Groups (folders) and products; popularity follows a long tail, as in any wholesale base."""
    groups: dict[str, str] = {}
    subgroups: dict[tuple[str, str], str] = {}
    for kind in names.GOODS:
        if kind.group not in groups:
            groups[kind.group] = keys.new()
            w.put(
                "Catalog_Номенклатура",
                catalog_item(
                    groups[kind.group],
                    kind.group,
                    f"00-{len(groups):08d}",
                    hierarchical=True,
                    folder=True,
                ),
            )
    for kind in names.GOODS:
        if (kind.group, kind.subgroup) not in subgroups:
            key = subgroups[(kind.group, kind.subgroup)] = keys.new()
            w.put(
                "Catalog_Номенклатура",
                catalog_item(
                    key,
                    kind.subgroup,
                    f"00-{100 + len(subgroups):08d}",
                    hierarchical=True,
                    folder=True,
                    parent=groups[kind.group],
                ),
            )
    seen: set[str] = set()
    kinds = names.GOODS
    counters: dict[str, int] = {}
    while len(ref.products) < count:
        kind = kinds[rng.randrange(len(kinds))]
        brand = rng.choice(names.BRANDS)
        variant = rng.choice(kind.variants)
        size = rng.choice(kind.sizes)
        line = rng.choice(_LINES)
        label = f"{kind.stem} {variant}" + (f" {line}" if line else "") + f" «{brand}»"
        name = label if size == "кг" else f"{label}, {size}"
        if name in seen:
            continue
        seen.add(name)
        index = len(ref.products)
        prefix = _ARTICLE_PREFIX[kind.group]
        counters[prefix] = counters.get(prefix, 0) + 1
        lo, hi = kind.price
        base_price = r2(Decimal(rng.randint(lo * 100, hi * 100)) / 100)
        weighed = kind.unit == "кг"
        key = keys.new()
        vat_key = ref.vat["10"] if kind.reduced_vat else ref.vat["22"]
        product = Product(
            key,
            index,
            name,
            kind.unit,
            kind.reduced_vat,
            kind.group,
            rng.paretovariate(1.2),
            weighed,
            base_price,
        )
        ref.products.append(product)
        w.put(
            "Catalog_Номенклатура",
            catalog_item(
                key,
                name,
                f"00-{1000 + index:08d}",
                hierarchical=True,
                parent=subgroups[(kind.group, kind.subgroup)],
                Артикул=f"{prefix}-{counters[prefix]:05d}",
                НаименованиеПолное=name,
                ЕдиницаИзмерения_Key=ref.units[kind.unit],
                СтавкаНДС_Key=vat_key,
                ТипНоменклатуры="Товар",
                ВидНоменклатуры_Key=EMPTY_REF,
                ИспользованиеХарактеристик="НеИспользовать",
                ВесИспользовать=weighed,
                Описание="",
                Комментарий="",
            ),
        )
