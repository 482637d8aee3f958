"""The demo company: valid requisites, consistent registers, believable terms and history."""

from __future__ import annotations

import json
import random
import re
from collections import defaultdict
from collections.abc import Iterator
from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path
from typing import Any

import pytest
from stdnum.ru import inn as stdnum_inn

from wholesale_desk.demo.base import EMPTY_REF, EmulatorBase, loads
from wholesale_desk.demo.company import generate
from wholesale_desk.demo.company import requisites as gen
from wholesale_desk.demo.posting import (
    REG_DEBT,
    REG_STOCK,
    SHIPMENT,
    post,
    register_rows,
)

TODAY = date(2026, 11, 26)  # a Thursday
KOP = Decimal("0.01")

try:  # the app's own validator, when it exists
    from wholesale_desk import requisites as app_requisites
except ImportError:  # pragma: no cover
    app_requisites = None  # type: ignore[assignment]


def r2(x: Decimal) -> Decimal:
    return x.quantize(KOP, ROUND_HALF_UP)


def D(value: Any) -> Decimal:
    """A JSON number as Decimal (integers come back as int)."""
    return Decimal(str(value))


@pytest.fixture(scope="module")
def company(tmp_path_factory: pytest.TempPathFactory) -> EmulatorBase:
    base = EmulatorBase(tmp_path_factory.mktemp("company") / "small.sqlite")
    generate(base, "small", seed=7, today=TODAY)
    return base


def objects(base: EmulatorBase, entity: str) -> list[dict[str, Any]]:
    return list(base.iter_objects(entity))


def records(
    base: EmulatorBase, register: str
) -> Iterator[tuple[str, str | None, str, dict[str, Any]]]:
    for kind, partner, period, body in base.connect().execute(
        "SELECT record_type, partner_key, period, body FROM records WHERE register=? ORDER BY period, id",
        (register,),
    ):
        yield kind, partner, period, loads(body)


# --- requisites --------------------------------------------------------------------------------
def inn_ok(value: str) -> bool:
    weights10 = (2, 4, 10, 3, 5, 9, 4, 6, 8)
    weights11 = (7, 2, 4, 10, 3, 5, 9, 4, 6, 8)
    weights12 = (3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8)
    d = [int(c) for c in value]
    if len(d) == 10:
        return sum(a * b for a, b in zip(d, weights10, strict=False)) % 11 % 10 == d[9]
    if len(d) == 12:
        return (
            sum(a * b for a, b in zip(d, weights11, strict=False)) % 11 % 10 == d[10]
            and sum(a * b for a, b in zip(d, weights12, strict=False)) % 11 % 10 == d[11]
        )
    return False


def ogrn_ok(value: str) -> bool:
    if len(value) == 13:
        return int(value[:12]) % 11 % 10 == int(value[12])
    if len(value) == 15:
        return int(value[:14]) % 13 % 10 == int(value[14])
    return False


def account_ok(prefix3: str, account: str) -> bool:
    digits = prefix3 + account
    return (
        len(account) == 20
        and sum(int(c) * (7, 1, 3)[i % 3] for i, c in enumerate(digits)) % 10 == 0
    )


KPP = re.compile(r"^\d{4}[\dA-Z]{2}\d{3}$")


def test_known_requisites_examples() -> None:
    assert inn_ok("7707083893") and inn_ok("500100732259") and not inn_ok("7707083890")
    assert gen.corr_account("044525225") == "30101810400000000225"  # a real bank's pair
    assert account_ok("225", "40702810938000000001") is account_ok("225", "40702810938000000001")


def test_generated_numbers_pass_checks_in_bulk() -> None:
    rng = random.Random(5)
    for _ in range(500):
        a, b = gen.inn10(rng, "50", "29"), gen.inn12(rng, "77", "01")
        assert inn_ok(a) and inn_ok(b) and stdnum_inn.is_valid(a) and stdnum_inn.is_valid(b)
        assert ogrn_ok(gen.ogrn(rng, 2015, "50")) and ogrn_ok(gen.ogrnip(rng, 2019, "77"))
        bik = gen.bik(rng)
        assert account_ok("0" + bik[4:6], gen.corr_account(bik))
        assert account_ok(bik[-3:], gen.settlement_account(rng, bik))


def test_every_requisite_of_the_company_is_valid(company: EmulatorBase) -> None:
    inns: list[str] = []
    kpps: list[str] = []
    org = objects(company, "Catalog_Организации")[0]
    inns.append(org["ИНН"])
    kpps.append(org["КПП"])
    assert ogrn_ok(org["ОГРН"]) and org["ОГРН"][3:5] == "50"
    sole_traders = 0
    for cp in objects(company, "Catalog_Контрагенты"):
        inns.append(cp["ИНН"])
        if cp["ЮрФизЛицо"] == "ИндивидуальныйПредприниматель":
            sole_traders += 1
            assert len(cp["ИНН"]) == 12 and cp["КПП"] == ""
        else:
            assert len(cp["ИНН"]) == 10
            kpps.append(cp["КПП"])
    assert sole_traders > 10
    assert len(set(inns)) == len(inns), "duplicate INN"
    banks = {b["Ref_Key"]: b for b in objects(company, "Catalog_КлассификаторБанков")}
    for bank in banks.values():
        bik = bank["Code"]
        assert re.fullmatch(r"04\d{7}", bik)
        corr = bank["КоррСчет"]
        assert corr.startswith("30101") and corr.endswith(bik[-3:])
        assert account_ok("0" + bik[4:6], corr)
        inns.append(bank["ИНН"])
    accounts = objects(company, "Catalog_БанковскиеСчетаОрганизаций")
    assert accounts
    for acc in accounts:
        bik = banks[acc["Банк_Key"]]["Code"]
        assert acc["БИКБанка"] == bik
        assert account_ok(bik[-3:], acc["НомерСчета"])
        if app_requisites is not None:
            assert app_requisites.check_account(acc["НомерСчета"], bik) is None
    for value in inns:
        assert inn_ok(value) and stdnum_inn.is_valid(value), value
    for value in kpps:
        assert KPP.match(value), value
    if app_requisites is not None:
        assert all(app_requisites.check_inn(v) is None for v in inns)
        assert all(app_requisites.check_kpp(v) is None for v in kpps)
        assert app_requisites.check_ogrn(org["ОГРН"]) is None
        for bank in banks.values():
            assert app_requisites.check_bik(bank["Code"]) is None
            assert app_requisites.check_corr_account(bank["КоррСчет"], bank["Code"]) is None


# --- determinism -------------------------------------------------------------------------------
def dump(base: EmulatorBase) -> tuple[list[tuple[str, str, str]], list[tuple[Any, ...]]]:
    db = base.connect()
    objs = []
    for entity, ref, body in db.execute(
        "SELECT entity, ref_key, body FROM objects ORDER BY entity, ref_key"
    ):
        data = json.loads(body)
        data.pop("DataVersion")
        objs.append((entity, ref, json.dumps(data, ensure_ascii=False, sort_keys=True)))
    recs = list(
        db.execute(
            "SELECT register, recorder, recorder_type, period, record_type, partner_key, body FROM records ORDER BY id"
        )
    )
    return objs, recs


def test_same_seed_same_company(tmp_path: Path) -> None:
    a, b, c = (EmulatorBase(tmp_path / f"{n}.sqlite") for n in "abc")
    generate(a, "tiny", seed=3, today=TODAY)
    generate(b, "tiny", seed=3, today=TODAY)
    generate(c, "tiny", seed=4, today=TODAY)
    assert dump(a) == dump(b)
    assert a.users() == b.users()
    assert dump(a)[0] != dump(c)[0]


def test_unknown_size_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ValueError):
        generate(EmulatorBase(tmp_path / "x.sqlite"), "huge")


# --- users, settings, terms --------------------------------------------------------------------
def test_users_and_settings(company: EmulatorBase) -> None:
    users = company.users()
    by_name = {u[0]: u for u in users}
    assert by_name["Администратор"][3] is True
    managers = [u for u in users if not u[3]]
    assert len(managers) >= 3
    assert all(u[1] == "demo" for u in users)
    catalog = {u["Ref_Key"]: u["Description"] for u in objects(company, "Catalog_Пользователи")}
    for name, _pw, key, _full in users:
        assert catalog[key] == name
    for name, *_ in managers:
        assert re.fullmatch(r"[А-ЯЁ][а-яё]+ [А-ЯЁ][а-яё]+", name)
    assert company.setting("credit_limit_block") == "0"
    assert company.setting("closed_period") == "2026-09-30"
    segment = company.get("Catalog_СегментыПартнеров", company.setting("partner_segment") or "")
    assert segment is not None and segment["Description"] == "Партнеры (ключевые клиенты)"


def test_partner_model_clients_have_individual_terms(company: EmulatorBase) -> None:
    segment = company.setting("partner_segment")
    members = {
        b["Партнер_Key"]
        for _k, _p, _d, b in records(company, "InformationRegister_ПартнерыСегмента")
        if b["Сегмент_Key"] == segment
    }
    assert len(members) >= 10
    agreements = objects(company, "Catalog_СоглашенияСКлиентами")
    typical = [a for a in agreements if a["Типовое"]]
    individual = {a["Партнер_Key"]: a for a in agreements if not a["Типовое"]}
    assert typical and all(a["Партнер_Key"] == EMPTY_REF for a in typical)
    assert members <= set(individual)
    assert len(individual) > len(members)  # the personalised model too
    schedules = {s["Ref_Key"]: s for s in objects(company, "Catalog_ГрафикиОплаты")}
    deferrals = {int(st["Сдвиг"]) for s in schedules.values() for st in s["Этапы"]}
    assert {0, 14, 30, 45, 60} <= deferrals
    for a in individual.values():
        assert a["Статус"] == "Действует" and a["ГрафикОплаты_Key"] in schedules
        assert Decimal(str(a["ПроцентРучнойСкидки"])) <= 30


def test_contact_information_uses_predefined_kinds(company: EmulatorBase) -> None:
    kinds = {k["Ref_Key"]: k for k in objects(company, "Catalog_ВидыКонтактнойИнформации")}
    partner = objects(company, "Catalog_Партнеры")[0]
    names = {kinds[row["Вид_Key"]]["PredefinedDataName"] for row in partner["КонтактнаяИнформация"]}
    assert names == {"ТелефонПартнера", "EmailПартнера", "АдресПартнера"}
    for row in partner["КонтактнаяИнформация"]:
        assert row["Тип"] == kinds[row["Вид_Key"]]["Тип"]
        assert row["Ref_Key"] == partner["Ref_Key"] and isinstance(row["LineNumber"], str)


def test_birthdays_this_week(company: EmulatorBase) -> None:
    monday = TODAY - timedelta(days=TODAY.weekday())
    week = {(monday + timedelta(days=i)).strftime("%m-%d") for i in range(7)}
    contacts = objects(company, "Catalog_КонтактныеЛицаПартнеров")
    celebrating = [
        c
        for c in contacts
        if c["ДатаРождения"][5:10] in week and not c["ДатаРождения"].startswith("0001")
    ]
    assert len(celebrating) >= 3
    assert all(c["ДолжностьПоВизитке"] and c["Owner_Key"] != EMPTY_REF for c in contacts)


def test_prices_make_sense(company: EmulatorBase) -> None:
    types = {t["Description"]: t["Ref_Key"] for t in objects(company, "Catalog_ВидыЦен")}
    last: dict[tuple[str, str], Decimal] = {}
    for _k, _p, _d, b in records(company, "InformationRegister_ЦеныНоменклатуры"):
        last[(b["Номенклатура_Key"], b["ВидЦены_Key"])] = b["Цена"]
    products = [p for p in objects(company, "Catalog_Номенклатура") if not p["IsFolder"]]
    missing = 0
    for p in products:
        buy = last[(p["Ref_Key"], types["Закупочная"])]
        retail = last[(p["Ref_Key"], types["Розничная"])]
        whole = last.get((p["Ref_Key"], types["Оптовая"]))
        if whole is None:
            missing += 1
            continue
        assert buy < whole < retail
    assert 0 < missing < len(products) * 0.05
    vat = {v["Ref_Key"]: v["Ставка"] for v in objects(company, "Catalog_СтавкиНДС")}
    rates = [vat[p["СтавкаНДС_Key"]] for p in products]
    assert rates.count(22) > rates.count(10) > 0


# --- documents ---------------------------------------------------------------------------------
def test_order_lines_follow_domain_arithmetic(company: EmulatorBase) -> None:
    vat = {v["Ref_Key"]: Decimal(str(v["Ставка"])) for v in objects(company, "Catalog_СтавкиНДС")}
    orders = objects(company, "Document_ЗаказКлиента")
    assert len(orders) > 1000
    discounted = 0
    for order in orders:
        total = Decimal(0)
        for ln in order["Товары"]:
            qty, price = D(ln["Количество"]), D(ln["Цена"])
            gross = r2(qty * price)
            manual = r2(gross * D(ln["ПроцентРучнойСкидки"]) / 100)
            auto = r2(gross * D(ln["ПроцентАвтоматическойСкидки"]) / 100)
            assert (
                D(ln["СуммаРучнойСкидки"]) == manual and D(ln["СуммаАвтоматическойСкидки"]) == auto
            )
            amount = gross - manual - auto
            rate = vat[ln["СтавкаНДС_Key"]]
            assert D(ln["Сумма"]) == amount == D(ln["СуммаСНДС"])
            assert D(ln["СуммаНДС"]) == r2(amount * rate / (100 + rate))
            discounted += bool(manual or auto)
            if not ln["Отменено"]:
                total += amount
        assert D(order["СуммаДокумента"]) == total
        stages = order["ЭтапыГрафикаОплаты"]
        assert sum(D(s["СуммаПлатежа"]) for s in stages) == total
    assert discounted > 0


def test_vat_rate_follows_the_shipment_date(company: EmulatorBase) -> None:
    vat = {v["Ref_Key"]: v["Ставка"] for v in objects(company, "Catalog_СтавкиНДС")}
    orders = {o["Ref_Key"] for o in objects(company, "Document_ЗаказКлиента")}
    seen: dict[int, set[int]] = defaultdict(set)
    for doc in objects(company, SHIPMENT):
        assert doc["ЗаказКлиента"] in orders
        assert doc["ЗаказКлиента_Type"] == "StandardODATA.Document_ЗаказКлиента"
        year = int(doc["Date"][:4])
        for ln in doc["Товары"]:
            rate = vat[ln["СтавкаНДС_Key"]]
            seen[year].add(rate)
            assert rate in ((20, 10) if year < 2026 else (22, 10))
    assert seen[2025] == {20, 10} and seen[2026] == {22, 10}


def test_history_spans_three_years_with_seasons(company: EmulatorBase) -> None:
    by_month: dict[str, int] = defaultdict(int)
    for doc in objects(company, "Document_ЗаказКлиента"):
        by_month[doc["Date"][:7]] += 1
    assert min(by_month) <= "2023-11" and max(by_month) == "2026-11"
    assert by_month["2025-10"] > by_month["2025-07"] and by_month["2025-10"] > by_month["2026-01"]
    statuses = {doc["Статус"] for doc in objects(company, "Document_ЗаказКлиента")}
    assert {"Закрыт", "КОтгрузке"} <= statuses
    for entity in (
        "Document_ВозвратТоваровОтКлиента",
        "Document_ПриходныйКассовыйОрдер",
        "Document_Встреча",
        "Document_ТелефонныйЗвонок",
    ):
        assert objects(company, entity), entity
    call = objects(company, "Document_ТелефонныйЗвонок")[0]
    assert call["Участники"][0]["Контакт_Type"] == "StandardODATA.Catalog_Партнеры"
    assert (
        call["Тема"]
        and call["Описание"]
        and call["ДатаНачала"]
        and call["Ответственный_Key"] != EMPTY_REF
    )


# --- registers ---------------------------------------------------------------------------------
def test_stock_never_goes_negative(company: EmulatorBase) -> None:
    balance: dict[tuple[str, str], Decimal] = defaultdict(Decimal)
    for kind, _p, _d, b in records(company, REG_STOCK):
        key = (b["Номенклатура_Key"], b["Склад_Key"])
        balance[key] += D(b["ВНаличии"]) if kind == "Receipt" else -D(b["ВНаличии"])
        assert balance[key] >= 0
        assert b["Характеристика_Key"] == EMPTY_REF


def test_debt_equals_shipments_less_returns_and_payments(company: EmulatorBase) -> None:
    expected: dict[str, Decimal] = defaultdict(Decimal)
    for doc in objects(company, SHIPMENT):
        expected[doc["Партнер_Key"]] += D(doc["СуммаДокумента"])
    for doc in objects(company, "Document_ВозвратТоваровОтКлиента"):
        expected[doc["Партнер_Key"]] -= D(doc["СуммаДокумента"])
    for entity in (
        "Document_ПоступлениеБезналичныхДенежныхСредств",
        "Document_ПриходныйКассовыйОрдер",
    ):
        for doc in objects(company, entity):
            for row in doc["РасшифровкаПлатежа"]:
                expected[row["Партнер_Key"]] -= D(row["Сумма"])
    actual: dict[str, Decimal] = defaultdict(Decimal)
    keys = {
        b["КлючАналитики_Key"]: b["Партнер_Key"]
        for _k, _p, _d, b in records(company, "InformationRegister_АналитикаУчетаПоПартнерам")
    }
    for kind, partner, _d, b in records(company, REG_DEBT):
        assert keys[b["АналитикаУчетаПоПартнерам_Key"]] == partner
        sign = 1 if kind == "Receipt" else -1
        actual[partner] += sign * (D(b["Долг"]) - D(b["Предоплата"]))
    assert {k: v for k, v in expected.items() if v} == {k: v for k, v in actual.items() if v}


def debts(company: EmulatorBase) -> tuple[dict[str, Decimal], dict[str, Decimal]]:
    debt: dict[str, Decimal] = defaultdict(Decimal)
    overdue: dict[str, Decimal] = defaultdict(Decimal)
    for kind, partner, _d, b in records(company, REG_DEBT):
        sign = 1 if kind == "Receipt" else -1
        assert partner is not None
        debt[partner] += sign * D(b["Долг"])
        if b["ДатаПлановогоПогашения"][:10] < TODAY.isoformat():
            overdue[partner] += sign * D(b["Долг"])
    return debt, overdue


def test_some_clients_are_overdue_and_over_their_limit(company: EmulatorBase) -> None:
    debt, overdue = debts(company)
    assert all(v >= 0 for v in debt.values())
    late = [p for p, v in overdue.items() if v > 0]
    clients = objects(company, "Catalog_Партнеры")
    assert len(clients) * 0.03 < len(late) < len(clients) * 0.5
    limits: dict[str, Decimal] = defaultdict(Decimal)
    for contract in objects(company, "Catalog_ДоговорыКонтрагентов"):
        if contract["ОграничиватьСуммуЗадолженности"]:
            limits[contract["Партнер_Key"]] += D(contract["ДопустимаяСуммаЗадолженности"])
    over = [p for p, lim in limits.items() if debt[p] > lim]
    assert 3 <= len(over) < len(limits) * 0.25


def test_posting_a_new_shipment_on_the_generated_base(company: EmulatorBase) -> None:
    agreements = {a["Ref_Key"]: a for a in objects(company, "Catalog_СоглашенияСКлиентами")}
    schedules = {s["Ref_Key"]: s for s in objects(company, "Catalog_ГрафикиОплаты")}
    source = next(
        d
        for d in objects(company, SHIPMENT)
        if schedules[agreements[d["Соглашение_Key"]]["ГрафикОплаты_Key"]]["Description"]
        == "Отсрочка 30 дней"
    )
    body = dict(source, Ref_Key="0f0f0f0f-0000-4000-8000-000000000001", Date="2026-11-26T12:00:00")
    body["Товары"] = [dict(ln, Ref_Key=body["Ref_Key"]) for ln in source["Товары"]]
    post(company, SHIPMENT, body)
    rows = [b for k, b in register_rows(company, REG_DEBT, body["Ref_Key"]) if k == "Receipt"]
    assert rows[0]["ДатаПлановогоПогашения"] == "2026-12-26T00:00:00"
    assert sum(D(b["Долг"]) for b in rows) == D(source["СуммаДокумента"])


def test_reposting_a_payment_through_the_server_path_keeps_balances(company: EmulatorBase) -> None:
    """BaseLedger (server) and MemoryLedger (generator) allocate the same way."""
    payment = max(
        objects(company, "Document_ПоступлениеБезналичныхДенежныхСредств"), key=lambda d: d["Date"]
    )
    partner = payment["РасшифровкаПлатежа"][0]["Партнер_Key"]
    before = debts(company)[0][partner]
    post(company, "Document_ПоступлениеБезналичныхДенежныхСредств", payment)
    assert debts(company)[0][partner] == before
    assert company.get("Document_ПоступлениеБезналичныхДенежныхСредств", payment["Ref_Key"])[
        "Posted"
    ]
