"""A small hand-made 1C base for sync tests: a few objects of every kind the profile maps.

Faster and more pointed than the demo company; documents are posted through the emulator's own
posting, so stock, prices and debts come out of `Balance()` / `SliceLast()` as in a real base.
"""

from __future__ import annotations

import random
import uuid
from datetime import datetime, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

from wholesale_desk.demo import posting
from wholesale_desk.demo.base import EMPTY_DATE, EMPTY_REF, EmulatorBase

USER, PASSWORD = "Менеджер", "секрет"
HEAD, HEAD_PASSWORD = "Руководитель", "главный"


def ref(rng: random.Random) -> str:
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def catalog(code: str, name: str, **extra: Any) -> dict[str, Any]:
    return {
        "DeletionMark": False,
        "Predefined": False,
        "PredefinedDataName": "",
        "Code": code,
        "Description": name,
        **extra,
    }


def contact_info(phone: str, email: str, address: str, city: str) -> list[dict[str, Any]]:
    return [
        {"LineNumber": "1", "Тип": "Телефон", "Представление": phone},
        {"LineNumber": "2", "Тип": "АдресЭлектроннойПочты", "Представление": email},
        {"LineNumber": "3", "Тип": "Адрес", "Представление": address, "Город": city},
    ]


def seed(path: Path, clients: int = 8, days: int = 120, seed_value: int = 1) -> EmulatorBase:
    rng = random.Random(seed_value)
    base = EmulatorBase(path)
    now = datetime.now().replace(microsecond=0)
    k: dict[str, Any] = {}

    managers = [ref(rng) for _ in range(2)]
    for i, key in enumerate(managers):
        base.put("Catalog_Пользователи", catalog(f"{i}", f"Менеджер {i}", Ref_Key=key))
    base.add_user(USER, PASSWORD, managers[0], False)
    base.add_user(HEAD, HEAD_PASSWORD, managers[1], True)
    region = base.put("Catalog_БизнесРегионы", catalog("1", "Москва", Ref_Key=ref(rng)))["Ref_Key"]
    segment = base.put("Catalog_СегментыПартнеров", catalog("1", "Партнеры", Ref_Key=ref(rng)))[
        "Ref_Key"
    ]
    unit = base.put("Catalog_УпаковкиЕдиницыИзмерения", catalog("1", "шт", Ref_Key=ref(rng)))[
        "Ref_Key"
    ]
    vat = base.put("Catalog_СтавкиНДС", catalog("1", "22%", Ref_Key=ref(rng), Ставка=22))["Ref_Key"]
    base.put("Catalog_СтавкиНДС", catalog("2", "10%", Ref_Key=ref(rng), Ставка=10))
    store = base.put("Catalog_Склады", catalog("1", "Основной", Ref_Key=ref(rng), IsFolder=False))[
        "Ref_Key"
    ]
    price_type = base.put(
        "Catalog_ВидыЦен", catalog("1", "Оптовая", Ref_Key=ref(rng), ЦенаВключаетНДС=True)
    )["Ref_Key"]
    group = base.put(
        "Catalog_Номенклатура",
        catalog("G1", "Бумага", Ref_Key=ref(rng), IsFolder=True, Parent_Key=EMPTY_REF),
    )["Ref_Key"]
    products = []
    for i in range(6):
        products.append(
            base.put(
                "Catalog_Номенклатура",
                catalog(
                    f"P{i}",
                    f"Товар {i}",
                    Ref_Key=ref(rng),
                    IsFolder=False,
                    Parent_Key=group,
                    Артикул=f"A-{i}",
                    ЕдиницаИзмерения_Key=unit,
                    СтавкаНДС_Key=vat,
                ),
            )["Ref_Key"]
        )
    schedule = base.put(
        "Catalog_ГрафикиОплаты",
        catalog(
            "1",
            "Отсрочка 14 дней",
            Ref_Key=ref(rng),
            Этапы=[
                {
                    "LineNumber": "1",
                    "ВариантОплаты": "КредитСдвиг",
                    "Сдвиг": 14,
                    "ПроцентПлатежа": 100,
                }
            ],
        ),
    )["Ref_Key"]
    org = base.put(
        "Catalog_Организации",
        catalog(
            "1",
            "ООО Торговый дом",
            Ref_Key=ref(rng),
            ИНН="7707083893",
            КПП="770701001",
            НаименованиеПолное="ООО «Торговый дом»",
            ОГРН="1027700132195",
        ),
    )["Ref_Key"]
    bank = base.put(
        "Catalog_КлассификаторБанков",
        catalog(
            "044525225",
            "ПАО Сбербанк",
            Ref_Key=ref(rng),
            IsFolder=False,
            КоррСчет="30101810400000000225",
            Город="Москва",
        ),
    )["Ref_Key"]
    base.put(
        "Catalog_БанковскиеСчетаОрганизаций",
        catalog(
            "1",
            "Основной",
            Ref_Key=ref(rng),
            Owner_Key=org,
            Банк_Key=bank,
            НомерСчета="40702810938000000001",
        ),
    )
    base.put(
        "Catalog_ОтветственныеЛицаОрганизаций",
        catalog(
            "1",
            "Петров П.П.",
            Ref_Key=ref(rng),
            Owner_Key=org,
            ОтветственноеЛицо="Руководитель",
            Должность="Генеральный директор",
            ДатаНачала="2020-01-01T00:00:00",
            ДатаОкончания=EMPTY_DATE,
        ),
    )
    # a supplier: not a client, with a contact person the sync must skip, not crash on
    supplier = base.put(
        "Catalog_Партнеры",
        catalog("S1", "Поставщик", Ref_Key=ref(rng), Клиент=False, Поставщик=True, IsFolder=False),
    )["Ref_Key"]
    base.put(
        "Catalog_КонтактныеЛицаПартнеров",
        catalog("", "Снабженец", Ref_Key=ref(rng), Owner_Key=supplier),
    )
    partners, counterparties, agreements = [], [], []
    for i in range(clients):
        manager = managers[i % 2]
        p = base.put(
            "Catalog_Партнеры",
            catalog(
                f"C{i:03}",
                f"Клиент {i}",
                Ref_Key=ref(rng),
                Клиент=True,
                IsFolder=False,
                НаименованиеПолное=f"ООО «Клиент {i}»",
                ОсновнойМенеджер_Key=manager,
                БизнесРегион_Key=region,
                Комментарий="",
                КонтактнаяИнформация=contact_info(
                    f"+7 495 000-00-{i:02}", f"c{i}@example.ru", f"Москва, ул. {i}", "Москва"
                ),
            ),
        )["Ref_Key"]
        partners.append(p)
        c = base.put(
            "Catalog_Контрагенты",
            catalog(
                f"K{i:03}",
                f"Клиент {i} ООО",
                Ref_Key=ref(rng),
                Партнер_Key=p,
                ИНН="7707083893",
                КПП="770701001",
                НаименованиеПолное=f"ООО «Клиент {i}»",
                ЮрФизЛицо="ЮрЛицо",
            ),
        )["Ref_Key"]
        counterparties.append(c)
        base.put(
            "Catalog_КонтактныеЛицаПартнеров",
            catalog(
                "",
                f"Контакт {i}",
                Ref_Key=ref(rng),
                Owner_Key=p,
                ДолжностьПоВизитке="Закупщик",
                ДатаРождения=EMPTY_DATE,
            ),
        )
        agreements.append(
            base.put(
                "Catalog_СоглашенияСКлиентами",
                catalog(
                    "",
                    f"Соглашение {i}",
                    Ref_Key=ref(rng),
                    Номер=f"С-{i}",
                    Партнер_Key=p,
                    Контрагент_Key=c,
                    Организация_Key=org,
                    ВидЦен_Key=price_type,
                    ГрафикОплаты_Key=schedule,
                    Склад_Key=store,
                    ПроцентРучнойСкидки=Decimal("5"),
                    ЦенаВключаетНДС=True,
                    СрокПоставки=2,
                    Типовое=False,
                    ДатаНачалаДействия="2025-01-01T00:00:00",
                    ДатаОкончанияДействия=EMPTY_DATE,
                    Статус="Действует",
                    СегментПартнеров_Key=EMPTY_REF,
                ),
            )["Ref_Key"]
        )
    base.add_records(
        "InformationRegister_ПартнерыСегмента",
        [
            (None, None, "2025-01-01T00:00:00", None, p, {"Сегмент_Key": segment, "Партнер_Key": p})
            for p in [*partners[:3], supplier]
        ],
    )
    # prices and stock
    doc_date = (now - timedelta(days=days + 5)).strftime("%Y-%m-%dT%H:%M:%S")
    price_doc = {
        "Ref_Key": ref(rng),
        "Number": "Ц-1",
        "Date": doc_date,
        "Posted": True,
        "DeletionMark": False,
        "Товары": [
            {
                "LineNumber": str(i + 1),
                "Номенклатура_Key": p,
                "ВидЦены_Key": price_type,
                "Цена": Decimal("104.31") + i,
            }
            for i, p in enumerate(products)
        ],
    }
    base.put(posting.PRICE_SETTING, price_doc)
    posting.post(base, posting.PRICE_SETTING, price_doc)
    arrival = {
        "Ref_Key": ref(rng),
        "Number": "ВО-1",
        "Date": doc_date,
        "Posted": True,
        "DeletionMark": False,
        "Склад_Key": store,
        "Товары": [
            {
                "LineNumber": str(i + 1),
                "Номенклатура_Key": p,
                "Склад_Key": store,
                "Количество": Decimal(500),
            }
            for i, p in enumerate(products)
        ],
    }
    posting.write_movements(
        base, posting.movements(posting.OPENING_BALANCE, arrival, posting.BaseLedger(base))
    )
    # documents over the last `days` days
    number = 0
    for i, p in enumerate(partners):
        for j in range(3):
            number += 1
            when = now - timedelta(days=rng.randrange(1, days), hours=rng.randrange(8))
            date_s = when.strftime("%Y-%m-%dT%H:%M:%S")
            lines = []
            for n, prod in enumerate(rng.sample(products, 2)):
                qty, price = Decimal(rng.randrange(1, 10)), Decimal("104.31")
                amount = qty * price
                vat_amount = (amount * 22 / 122).quantize(Decimal("0.01"))
                lines.append(
                    {
                        "LineNumber": str(n + 1),
                        "Номенклатура_Key": prod,
                        "Количество": qty,
                        "Цена": price,
                        "ВидЦены_Key": price_type,
                        "ПроцентРучнойСкидки": 0,
                        "СуммаРучнойСкидки": 0,
                        "СуммаАвтоматическойСкидки": 0,
                        "Сумма": amount,
                        "СтавкаНДС_Key": vat,
                        "СуммаНДС": vat_amount,
                        "СуммаСНДС": amount,
                        "Отменено": False,
                    }
                )
            total = sum((ln["Сумма"] for ln in lines), Decimal(0))
            order = {
                "Ref_Key": ref(rng),
                "Number": f"ТД00-{number:06}",
                "Date": date_s,
                "Posted": True,
                "DeletionMark": False,
                "Партнер_Key": p,
                "Контрагент_Key": counterparties[i],
                "Соглашение_Key": agreements[i],
                "Организация_Key": org,
                "Склад_Key": store,
                "Менеджер_Key": managers[i % 2],
                "Статус": "КОтгрузке",
                "ДатаОтгрузки": date_s,
                "ЦенаВключаетНДС": True,
                "СуммаДокумента": total,
                "Договор_Key": EMPTY_REF,
                "АдресДоставки": "",
                "Комментарий": "",
                "Товары": lines,
                "ЭтапыГрафикаОплаты": [],
            }
            base.put("Document_ЗаказКлиента", order)
            posting.post(base, "Document_ЗаказКлиента", order)
            if j == 0:
                continue
            shipment = {
                "Ref_Key": ref(rng),
                "Number": f"Р-{number:06}",
                "Date": date_s,
                "Posted": True,
                "DeletionMark": False,
                "Партнер_Key": p,
                "Контрагент_Key": counterparties[i],
                "Соглашение_Key": agreements[i],
                "Организация_Key": org,
                "Склад_Key": store,
                "Менеджер_Key": managers[i % 2],
                "Статус": "Отгружено",
                "ЦенаВключаетНДС": True,
                "СуммаДокумента": total,
                "ЗаказКлиента": order["Ref_Key"],
                "ЗаказКлиента_Type": "StandardODATA.Document_ЗаказКлиента",
                "Товары": [
                    {k2: v for k2, v in ln.items() if k2 not in ("ВидЦены_Key", "Отменено")}
                    for ln in lines
                ],
            }
            base.put("Document_РеализацияТоваровУслуг", shipment)
            posting.post(base, "Document_РеализацияТоваровУслуг", shipment)
            if j == 2:
                pay = {
                    "Ref_Key": ref(rng),
                    "Number": f"П-{number:06}",
                    "Date": date_s,
                    "Posted": True,
                    "DeletionMark": False,
                    "СуммаДокумента": total,
                    "Контрагент_Key": counterparties[i],
                    "Партнер_Key": p,
                    "Организация_Key": org,
                    "Комментарий": "",
                    "РасшифровкаПлатежа": [
                        {
                            "LineNumber": "1",
                            "Партнер_Key": p,
                            "Сумма": total,
                            "ОснованиеПлатежа": shipment["Ref_Key"],
                            "ОснованиеПлатежа_Type": "StandardODATA.Document_РеализацияТоваровУслуг",
                        }
                    ],
                }
                base.put("Document_ПоступлениеБезналичныхДенежныхСредств", pay)
                posting.post(base, "Document_ПоступлениеБезналичныхДенежныхСредств", pay)
        call_date = (now - timedelta(days=rng.randrange(1, days))).strftime("%Y-%m-%dT%H:%M:%S")
        base.put(
            "Document_ТелефонныйЗвонок",
            {
                "Ref_Key": ref(rng),
                "Number": f"З-{i}",
                "Date": call_date,
                "Posted": False,
                "DeletionMark": False,
                "АбонентКонтакт": p,
                "АбонентКонтакт_Type": "StandardODATA.Catalog_Партнеры",
                "Ответственный_Key": managers[i % 2],
                "Входящий": False,
                "Тема": "Звонок",
                "Описание": "Обсудили",
            },
        )
        base.put(
            "Document_Встреча",
            {
                "Ref_Key": ref(rng),
                "Number": f"В-{i}",
                "Date": call_date,
                "Posted": False,
                "DeletionMark": False,
                "ДатаНачала": call_date,
                "ДатаОкончания": call_date,
                "Ответственный_Key": managers[i % 2],
                "Тема": "Встреча",
                "Описание": "",
                "Участники": [
                    {
                        "LineNumber": "1",
                        "Контакт": p,
                        "Контакт_Type": "StandardODATA.Catalog_Партнеры",
                        "ПредставлениеКонтакта": f"Клиент {i}",
                    }
                ],
            },
        )
    k.update(
        managers=managers,
        partners=partners,
        products=products,
        store=store,
        org=org,
        vat=vat,
        price_type=price_type,
        agreements=agreements,
        counterparties=counterparties,
    )
    base.set_setting("test_keys", __import__("json").dumps(k))
    return base
