"""The demo company's sales policy, held in 1C the way УТ 11.5 holds it.

- Automatic discounts (`Catalog_СкидкиНаценки`): the quarterly volume tiers (from 1 000 000 ₽
  15%, from 5 000 000 ₽ 20%, cumulative sales since the quarter began, this sale included) with
  their conditions (`Catalog_УсловияПредоставленияСкидокНаценок`), and each individual
  agreement's own discount as an unconditional item; the group says the best one applies
  (`Максимум`). Where each acts is `InformationRegister_ДействиеСкидокНаценок`: the tiers on
  every agreement, an agreement's own discount on that agreement.
- Manual-discount limits (`Catalog_НастройкиПродажДляПользователей`): the group "Менеджеры по
  продажам" 10%, its subgroup "Ведущие менеджеры" (the first manager) 15%, the second manager's
  own item 20%, the head of sales unrestricted.
- The approver: the head of sales (`Администратор`) may write `Согласован`; the emulator refuses
  anyone else as 1C does.

Written after the history, with its own key generator, so the rest of the company is the same
with or without it.
"""

from __future__ import annotations

import json
import random
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

from wholesale_desk.demo.base import EMPTY_REF
from wholesale_desk.demo.company.catalog import Reference
from wholesale_desk.demo.company.clients import Client
from wholesale_desk.demo.company.common import Keys, Writer, catalog_item, iso

DISCOUNTS = "Catalog_СкидкиНаценки"
CONDITIONS = "Catalog_УсловияПредоставленияСкидокНаценок"
ACTIONS = "InformationRegister_ДействиеСкидокНаценок"
USER_SETTINGS = "Catalog_НастройкиПродажДляПользователей"
USER_GROUPS = "Catalog_ГруппыПользователей"
AGREEMENTS = "Catalog_СоглашенияСКлиентами"
USERS = "Catalog_Пользователи"

TIERS = ((Decimal(1_000_000), Decimal(15)), (Decimal(5_000_000), Decimal(20)))
GROUP_LIMIT = Decimal(10)
SENIOR_LIMIT = Decimal(15)
OWN_LIMIT = Decimal(20)


def build_policy(
    w: Writer,
    seed: int,
    ref: Reference,
    clients: list[Client],
    start: date,
) -> None:
    """Discounts, their conditions and where they act; users' limits; the approver."""
    keys = Keys(random.Random(f"policy-{seed}"))
    since = start - timedelta(days=900)
    agreements = sorted({c.agreement for c in clients if c.agreement})
    _discounts(w, keys, clients, agreements, since)
    _user_limits(w, keys, ref)
    assert ref.admin is not None
    w.base.set_setting("approvers", json.dumps([ref.admin.key]))


def _discounts(
    w: Writer, keys: Keys, clients: list[Client], agreements: list[str], since: date
) -> None:
    root = keys.new()
    w.put(DISCOUNTS, _discount(root, "Скидки по соглашениям и за объем", folder=True))
    actions: list[tuple[str, str]] = []
    for i, (threshold, percent) in enumerate(TIERS, 1):
        condition = keys.new()
        w.put(
            CONDITIONS,
            catalog_item(
                condition,
                f"Объем продаж за квартал не менее {threshold:,.0f} руб.".replace(",", " "),
                f"{i:09d}",
                hierarchical=True,
                УсловиеПредоставления="ЗаНакопленныйОбъемПродаж",
                УсловиеПредоставления_Type="UnavailableEntities.UnavailableEntity_Enum",
                КритерийОграниченияПримененияЗаОбъемПродаж="Сумма",
                ТипСравнения="НеМенее",
                ЗначениеУсловияОграничения=threshold,
                ПериодНакопления="Квартал",
                ВариантОпределенияПериодаНакопительнойСкидки="СНачалаТекущегоПериода",
                КоличествоПериодовНакопления=1,
                ВариантНакопления="ПоПартнеру",
                ВключатьТекущуюПродажуВНакопленныйОбъемПродаж=True,
                ВалютаОграничения_Key=EMPTY_REF,
                ГрафикОплаты_Key=EMPTY_REF,
                ФормаОплаты="",
                СегментНоменклатурыОграничения_Key=EMPTY_REF,
                ГруппаПользователей_Key=EMPTY_REF,
                ВидКартыЛояльности_Key=EMPTY_REF,
                СегментПартнеров_Key=EMPTY_REF,
                ВремяДействия=[],
            ),
        )
        item = keys.new()
        w.put(
            DISCOUNTS,
            _discount(
                item,
                f"Скидка {percent}% за объем продаж в квартале",
                parent=root,
                percent=percent,
                order=i,
                conditions=[condition],
            ),
        )
        actions.extend((agreement, item) for agreement in agreements)
    own: dict[Decimal, str] = {}
    for client in clients:
        if client.discount <= 0 or not client.agreement:
            continue
        if client.discount not in own:
            own[client.discount] = keys.new()
            w.put(
                DISCOUNTS,
                _discount(
                    own[client.discount],
                    f"Скидка по соглашению {client.discount}%",
                    parent=root,
                    percent=client.discount,
                    order=10 + len(own),
                ),
            )
        actions.append((client.agreement, own[client.discount]))
    w.flush_objects()
    for agreement, item in actions:
        w.record(
            ACTIONS,
            (
                None,
                None,
                iso(since),
                None,
                None,
                {
                    "Источник": agreement,
                    "Источник_Type": f"StandardODATA.{AGREEMENTS}",
                    "СкидкаНаценка_Key": item,
                    "Статус": "Действует",
                    "СегментПартнеров_Key": EMPTY_REF,
                    "Комментарий": "",
                    "Ответственный": EMPTY_REF,
                    "Ответственный_Type": "StandardODATA.Undefined",
                },
            ),
        )


def _discount(
    key: str,
    name: str,
    *,
    folder: bool = False,
    parent: str = EMPTY_REF,
    percent: Decimal = Decimal(0),
    order: int = 0,
    conditions: list[str] | None = None,
) -> dict[str, Any]:
    return catalog_item(
        key,
        name,
        hierarchical=True,
        folder=folder,
        parent=parent,
        ВариантСовместногоПрименения="Максимум" if folder else "",
        ВариантРасчетаРезультатаСовместногоПрименения="" if not folder else "СкидкаНаценка",
        СпособПредоставления="" if folder else "Процент",
        СпособПредоставления_Type="StandardODATA.Undefined"
        if folder
        else "UnavailableEntities.UnavailableEntity_Enum",
        ЗначениеСкидкиНаценки=percent,
        РеквизитДопУпорядочивания=order,
        Управляемая=False,
        ТекстСообщения="",
        ВалютаПредоставления_Key=EMPTY_REF,
        ВидЦены_Key=EMPTY_REF,
        ВидКартыЛояльности_Key=EMPTY_REF,
        БонуснаяПрограммаЛояльности_Key=EMPTY_REF,
        УсловияПредоставления=[
            {"LineNumber": str(i), "УсловиеПредоставления_Key": c}
            for i, c in enumerate(conditions or [], 1)
        ],
        ЦеновыеГруппы=[],
    )


def _user_limits(w: Writer, keys: Keys, ref: Reference) -> None:
    """Per-group and per-user manual-discount limits; the head of sales is not restricted."""
    managers = ref.managers
    everyone = keys.new()
    sales = keys.new()
    senior = keys.new()
    w.put(
        USER_GROUPS,
        catalog_item(
            everyone,
            "Все пользователи",
            hierarchical=True,
            folder=False,
            predefined="ВсеПользователи",
            Комментарий="",
            Состав=[],
        ),
    )
    w.put(
        USER_GROUPS,
        catalog_item(
            sales,
            "Менеджеры по продажам",
            hierarchical=True,
            parent=everyone,
            Комментарий="",
            Состав=_members([m.key for m in managers]),
        ),
    )
    w.put(
        USER_GROUPS,
        catalog_item(
            senior,
            "Ведущие менеджеры",
            hierarchical=True,
            parent=sales,
            Комментарий="",
            Состав=_members([managers[0].key] if managers else []),
        ),
    )
    settings = [
        (sales, USER_GROUPS, "Менеджеры по продажам", True, GROUP_LIMIT),
        (senior, USER_GROUPS, "Ведущие менеджеры", True, SENIOR_LIMIT),
    ]
    if len(managers) > 1:
        settings.append((managers[1].key, USERS, managers[1].login, True, OWN_LIMIT))
    assert ref.admin is not None
    settings.append((ref.admin.key, USERS, ref.admin.login, False, Decimal(0)))
    for owner, owner_type, name, limited, percent in settings:
        w.put(
            USER_SETTINGS,
            catalog_item(
                keys.new(),
                f"Настройки продаж: {name}",
                Owner=owner,
                Owner_Type=f"StandardODATA.{owner_type}",
                ОграничиватьРучныеСкидки=limited,
                ЕстьУточненияПоЦеновымГруппам=False,
                ПроцентРучнойСкидки=percent,
                ПроцентРучнойНаценки=Decimal(0),
                ЦеновыеГруппы=[],
            ),
        )


def _members(users: list[str]) -> list[dict[str, Any]]:
    return [{"LineNumber": str(i), "Пользователь_Key": u} for i, u in enumerate(users, 1)]
