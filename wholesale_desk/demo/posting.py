"""Document posting of the 1C emulator: documents → register movements.

1C computes a document's movements when it is posted and replaces the previous ones; the emulator
does the same so that `Balance()` of stock and of settlements-by-terms stays consistent with the
documents a client can read. Movement bodies use the 1C property names of the registers
(../shared/onec-ut11/). Settlement state needed for FIFO allocation of payments comes from a
`Ledger`: `BaseLedger` reads the emulator base (one document posted through OData), `MemoryLedger`
keeps it in memory (the demo generator posts hundreds of thousands of documents in bulk).
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import ROUND_HALF_UP, Decimal
from typing import Any, Protocol, TypeGuard

from wholesale_desk.demo.base import EMPTY_DATE, EMPTY_REF, EmulatorBase, loads

REG_STOCK = "AccumulationRegister_ТоварыНаСкладах"
REG_DEBT = "AccumulationRegister_РасчетыСКлиентамиПоСрокам"
REG_TO_SHIP = "AccumulationRegister_ТоварыКОтгрузке"
REG_PRICES = "InformationRegister_ЦеныНоменклатуры"
REG_ANALYTICS = "InformationRegister_АналитикаУчетаПоПартнерам"
CAT_ANALYTICS_KEYS = "Catalog_КлючиАналитикиУчетаПоПартнерам"

ORDER = "Document_ЗаказКлиента"
SHIPMENT = "Document_РеализацияТоваровУслуг"
RETURN = "Document_ВозвратТоваровОтКлиента"
BANK_RECEIPT = "Document_ПоступлениеБезналичныхДенежныхСредств"
CASH_RECEIPT = "Document_ПриходныйКассовыйОрдер"
PRICE_SETTING = "Document_УстановкаЦенНоменклатуры"
# Stock arrivals: the demo company's opening balances and purchases (records only).
OPENING_BALANCE = "Document_ВводОстатков"
PURCHASE = "Document_ПриобретениеТоваровУслуг"

PAYMENTS = (BANK_RECEIPT, CASH_RECEIPT)
PREPAY_VARIANTS = ("ПредоплатаДоОтгрузки", "АвансДоОбеспечения")
OPEN_ORDER_STATUSES = ("КОбеспечению", "КОтгрузке")

KOP = Decimal("0.01")
ZERO = Decimal(0)

Row = tuple[str | None, str | None, str, str | None, str | None, dict[str, Any]]
"""A movement as `EmulatorBase.add_records` takes it:
(recorder, recorder_type, period, record_type, partner_key, body)."""
Movements = dict[str, list[Row]]


class PostingError(Exception):
    """A business error: 1C refuses to post (the server answers HTTP 500, code -1)."""


def odata_type(entity: str) -> str:
    return f"StandardODATA.{entity}"


def money(value: Any) -> Decimal:
    """A JSON number (or string) as kopecks, rounded half up."""
    return Decimal(str(value or 0)).quantize(KOP, ROUND_HALF_UP)


def day_of(value: str) -> date:
    return datetime.fromisoformat(str(value)[:19]).date()


def iso_day(value: date) -> str:
    return value.isoformat() + "T00:00:00"


def _is_ref(value: Any) -> TypeGuard[str]:
    """A filled reference (1C's empty reference is all zeros)."""
    return isinstance(value, str) and bool(value) and value != EMPTY_REF


@dataclass
class OpenItem:
    """One open settlement: a debt or an advance on one settlement document and due date."""

    key: str  # АналитикаУчетаПоПартнерам_Key
    doc: str  # РасчетныйДокумент
    doc_type: str  # РасчетныйДокумент_Type
    due: str  # ДатаПлановогоПогашения
    arose: str  # ДатаВозникновения
    debt: Decimal = ZERO
    prepay: Decimal = ZERO

    @property
    def ident(self) -> tuple[str, str, str, str, str]:
        return (self.key, self.doc, self.doc_type, self.due, self.arose)


@dataclass(frozen=True)
class Stage:
    """A payment schedule stage: variant, deferral days after shipment, percent of the total."""

    variant: str
    shift: int
    percent: Decimal


class Ledger(Protocol):
    """What posting needs to know beyond the document itself."""

    def analytics_key(
        self, org: str, partner: str, counterparty: str, contract: str, contract_type: str
    ) -> str: ...

    def schedule(self, agreement: str) -> list[Stage]: ...

    def open_items(self, partner: str) -> list[OpenItem]: ...


# --- movements ---------------------------------------------------------------------------------
def movements(entity: str, body: dict[str, Any], ledger: Ledger) -> Movements:
    """The movements a posted document makes, by register (empty for non-posting documents)."""
    if entity == SHIPMENT:
        return _shipment(body, ledger)
    if entity == RETURN:
        return _return(body, ledger)
    if entity in PAYMENTS:
        return _payment(entity, body, ledger)
    if entity == ORDER:
        return _order(body)
    if entity == PRICE_SETTING:
        return _prices(body)
    if entity in (OPENING_BALANCE, PURCHASE):
        return _stock_arrival(entity, body)
    return {}


def _stock_rows(entity: str, body: dict[str, Any], record_type: str, sign: int = 1) -> list[Row]:
    """Stock movements per line. No partner_key: stock is visible to every manager."""
    rows: list[Row] = []
    ref, period = body["Ref_Key"], body["Date"]
    for line in body.get("Товары") or []:
        if line.get("Отменено"):
            continue
        raw = line.get("Количество") or 0
        qty = raw * sign if isinstance(raw, int) else Decimal(str(raw)) * sign
        if not qty:
            continue
        store = line.get("Склад_Key") if _is_ref(line.get("Склад_Key")) else body.get("Склад_Key")
        rows.append(
            (
                ref,
                odata_type(entity),
                period,
                record_type,
                None,
                {
                    "Номенклатура_Key": line["Номенклатура_Key"],
                    "Характеристика_Key": line.get("Характеристика_Key") or EMPTY_REF,
                    "Назначение_Key": EMPTY_REF,
                    "Склад_Key": store or EMPTY_REF,
                    "Помещение_Key": EMPTY_REF,
                    "Серия_Key": EMPTY_REF,
                    "ВНаличии": qty,
                    "КОтгрузке": 0,
                },
            )
        )
    return rows


def document_total(body: dict[str, Any]) -> Decimal:
    """What the client owes for the document: Σ line totals with VAT, else СуммаДокумента."""
    lines = [ln for ln in body.get("Товары") or [] if not ln.get("Отменено")]
    if not lines:
        return money(body.get("СуммаДокумента"))
    total = ZERO
    for ln in lines:
        if ln.get("СуммаСНДС") is not None:
            total += money(ln["СуммаСНДС"])
        elif body.get("ЦенаВключаетНДС", True):
            total += money(ln.get("Сумма"))
        else:
            total += money(ln.get("Сумма")) + money(ln.get("СуммаНДС"))
    return total


def _debt_body(item: OpenItem, currency: str, debt: Decimal, prepay: Decimal) -> dict[str, Any]:
    debt_out: Decimal | int = debt or 0  # a plain 0 serialises without a Decimal callback
    prepay_out: Decimal | int = prepay or 0
    return {
        "АналитикаУчетаПоПартнерам_Key": item.key,
        "ОбъектРасчетов_Key": EMPTY_REF,
        "Валюта_Key": currency,
        "РасчетныйДокумент": item.doc,
        "РасчетныйДокумент_Type": item.doc_type,
        "ДатаПлановогоПогашения": item.due,
        "ДатаВозникновения": item.arose,
        "Предоплата": prepay_out,
        "ПредоплатаРегл": prepay_out,
        "ПредоплатаУпр": prepay_out,
        "Долг": debt_out,
        "ДолгРегл": debt_out,
        "ДолгУпр": debt_out,
    }


def _key_of(body: dict[str, Any], ledger: Ledger, partner: str | None = None) -> str:
    partner = partner or body.get("Партнер_Key") or EMPTY_REF
    contract = body.get("Договор_Key") or body.get("Договор") or EMPTY_REF
    contract_type = body.get("Договор_Type") or (
        odata_type("Catalog_ДоговорыКонтрагентов") if _is_ref(contract) else ""
    )
    return ledger.analytics_key(
        body.get("Организация_Key") or EMPTY_REF,
        partner,
        body.get("Контрагент_Key") or EMPTY_REF,
        contract,
        contract_type,
    )


def split_by_stages(
    total: Decimal, stages: list[Stage], shipped: date
) -> list[tuple[date, Decimal]]:
    """Split a debt over schedule stages: (due date, amount); the last stage takes the rest."""
    if not stages:
        return [(shipped, total)]
    parts: list[tuple[date, Decimal]] = []
    rest = total
    for i, st in enumerate(stages):
        amount = (
            rest
            if i == len(stages) - 1
            else (total * st.percent / 100).quantize(KOP, ROUND_HALF_UP)
        )
        rest -= amount
        shift = 0 if st.variant in PREPAY_VARIANTS else st.shift
        parts.append((shipped + timedelta(days=shift), amount))
    merged: dict[date, Decimal] = {}
    for due, amount in parts:
        merged[due] = merged.get(due, ZERO) + amount
    return [(d, a) for d, a in sorted(merged.items()) if a]


def _stages_of(body: dict[str, Any], ledger: Ledger) -> list[Stage]:
    """The document's own schedule stages, else its agreement's schedule."""
    own = body.get("ЭтапыГрафикаОплаты") or []
    if own:
        return [
            Stage(
                str(r.get("ВариантОплаты") or "КредитСдвиг"),
                int(Decimal(str(r.get("Сдвиг") or 0))),
                Decimal(str(r.get("ПроцентПлатежа") or 0)),
            )
            for r in own
            if Decimal(str(r.get("ПроцентПлатежа") or 0))
        ]
    agreement = body.get("Соглашение_Key")
    return ledger.schedule(agreement) if _is_ref(agreement) else []


def _shipment(body: dict[str, Any], ledger: Ledger) -> Movements:
    partner = body.get("Партнер_Key")
    if not _is_ref(partner):
        raise PostingError("Не заполнено поле «Клиент» (Партнер)")
    assert partner is not None
    ref, period = body["Ref_Key"], body["Date"]
    shipped = day_of(period)
    total = document_total(body)
    key = _key_of(body, ledger)
    currency = body.get("Валюта_Key") or EMPTY_REF
    debt_rows: list[Row] = []
    new_items: list[OpenItem] = []
    for due, amount in split_by_stages(total, _stages_of(body, ledger), shipped):
        item = OpenItem(key, ref, odata_type(SHIPMENT), iso_day(due), iso_day(shipped), debt=amount)
        new_items.append(item)
        debt_rows.append(
            (
                ref,
                odata_type(SHIPMENT),
                period,
                "Receipt",
                partner,
                _debt_body(item, currency, amount, ZERO),
            )
        )
    # An advance the client paid earlier settles this debt (oldest advance first).
    advances = [it for it in ledger.open_items(partner) if it.prepay > 0]
    for adv in sorted(advances, key=lambda it: (it.arose, it.doc)):
        for item in new_items:
            take = min(adv.prepay, item.debt)
            if take <= 0:
                continue
            adv.prepay -= take
            item.debt -= take
            debt_rows.append(
                (
                    ref,
                    odata_type(SHIPMENT),
                    period,
                    "Expense",
                    partner,
                    _debt_body(adv, currency, ZERO, take),
                )
            )
            debt_rows.append(
                (
                    ref,
                    odata_type(SHIPMENT),
                    period,
                    "Expense",
                    partner,
                    _debt_body(item, currency, take, ZERO),
                )
            )
    return {
        REG_STOCK: _stock_rows(SHIPMENT, body, "Expense"),
        REG_DEBT: debt_rows,
    }


def allocate(
    items: list[OpenItem], amount: Decimal, basis: str | None = None
) -> tuple[list[tuple[OpenItem, Decimal]], Decimal]:
    """Settle open debts with a credit, FIFO by due date (the named basis document first).

    Mutates `items`; returns (item, amount taken) pairs and what is left over (an advance).
    """
    debts = [it for it in items if it.debt > 0]
    debts.sort(key=lambda it: (it.doc != basis, it.due, it.arose, it.doc))
    taken: list[tuple[OpenItem, Decimal]] = []
    for it in debts:
        if amount <= 0:
            break
        take = min(it.debt, amount)
        it.debt -= take
        amount -= take
        taken.append((it, take))
    return taken, amount


def _credit_rows(
    entity: str,
    body: dict[str, Any],
    partner: str,
    items: list[OpenItem],
    amount: Decimal,
    basis: str | None,
    key_for_advance: str,
) -> list[Row]:
    """Debt Expense rows for a credit (payment, return); the rest becomes an advance."""
    ref, period = body["Ref_Key"], body["Date"]
    currency = body.get("Валюта_Key") or EMPTY_REF
    rows: list[Row] = []
    taken, rest = allocate(items, amount, basis)
    for item, take in taken:
        rows.append(
            (
                ref,
                odata_type(entity),
                period,
                "Expense",
                partner,
                _debt_body(item, currency, take, ZERO),
            )
        )
    if rest > 0:
        day = iso_day(day_of(period))
        adv = OpenItem(key_for_advance, ref, odata_type(entity), day, day, prepay=rest)
        items.append(adv)
        rows.append(
            (
                ref,
                odata_type(entity),
                period,
                "Receipt",
                partner,
                _debt_body(adv, currency, ZERO, rest),
            )
        )
    return rows


def _return(body: dict[str, Any], ledger: Ledger) -> Movements:
    partner = body.get("Партнер_Key")
    if not _is_ref(partner):
        raise PostingError("Не заполнено поле «Клиент» (Партнер)")
    assert partner is not None
    total = document_total(body)
    key = _key_of(body, ledger)
    basis = body.get("ДокументРеализации") if _is_ref(body.get("ДокументРеализации")) else None
    items = ledger.open_items(partner)
    return {
        REG_STOCK: _stock_rows(RETURN, body, "Receipt"),
        REG_DEBT: _credit_rows(RETURN, body, partner, items, total, basis, key),
    }


def _payment(entity: str, body: dict[str, Any], ledger: Ledger) -> Movements:
    rows = body.get("РасшифровкаПлатежа") or []
    if not rows and _is_ref(body.get("Партнер_Key")):
        rows = [{"Партнер_Key": body["Партнер_Key"], "Сумма": body.get("СуммаДокумента")}]
    debt: list[Row] = []
    items_by_partner: dict[str, list[OpenItem]] = {}
    for row in rows:
        partner = row.get("Партнер_Key") or body.get("Партнер_Key")
        amount = money(row.get("Сумма"))
        if not _is_ref(partner) or amount <= 0:
            continue
        own = partner == body.get("Партнер_Key") or not _is_ref(body.get("Партнер_Key"))
        header = body if own else {"Организация_Key": body.get("Организация_Key")}
        key = _key_of(header, ledger, partner)
        if partner not in items_by_partner:
            items_by_partner[partner] = ledger.open_items(partner)
        basis = row.get("ОснованиеПлатежа") if _is_ref(row.get("ОснованиеПлатежа")) else None
        debt += _credit_rows(entity, body, partner, items_by_partner[partner], amount, basis, key)
    return {REG_DEBT: debt}


def _order(body: dict[str, Any]) -> Movements:
    """Open orders (to be secured or shipped) wait in ТоварыКОтгрузке; orders make no debt."""
    if body.get("Статус") not in OPEN_ORDER_STATUSES:
        return {}
    ref, period, partner = body["Ref_Key"], body["Date"], body.get("Партнер_Key")
    rows: list[Row] = []
    for line in body.get("Товары") or []:
        if line.get("Отменено"):
            continue
        store = line.get("Склад_Key") if _is_ref(line.get("Склад_Key")) else body.get("Склад_Key")
        rows.append(
            (
                ref,
                odata_type(ORDER),
                period,
                "Receipt",
                partner,
                {
                    "Склад_Key": store or EMPTY_REF,
                    "Получатель": partner or EMPTY_REF,
                    "Получатель_Type": odata_type("Catalog_Партнеры"),
                    "ДокументОтгрузки": ref,
                    "ДокументОтгрузки_Type": odata_type(ORDER),
                    "Номенклатура_Key": line["Номенклатура_Key"],
                    "Характеристика_Key": line.get("Характеристика_Key") or EMPTY_REF,
                    "КОтгрузке": Decimal(str(line.get("Количество") or 0)),
                },
            )
        )
    return {REG_TO_SHIP: rows}


def _prices(body: dict[str, Any]) -> Movements:
    ref, period = body["Ref_Key"], body["Date"]
    rows: list[Row] = [
        (
            ref,
            odata_type(PRICE_SETTING),
            period,
            None,
            None,
            {
                "Номенклатура_Key": ln["Номенклатура_Key"],
                "Характеристика_Key": ln.get("Характеристика_Key") or EMPTY_REF,
                "ВидЦены_Key": ln["ВидЦены_Key"],
                "Цена": money(ln.get("Цена")),
                "Упаковка_Key": ln.get("Упаковка_Key") or EMPTY_REF,
                "Валюта_Key": ln.get("Валюта_Key") or EMPTY_REF,
            },
        )
        for ln in body.get("Товары") or []
    ]
    return {REG_PRICES: rows}


def _stock_arrival(entity: str, body: dict[str, Any]) -> Movements:
    return {REG_STOCK: _stock_rows(entity, body, "Receipt")}


# --- ledgers ---------------------------------------------------------------------------------
def analytics_bodies(
    key: str, org: str, partner: str, counterparty: str, contract: str, contract_type: str
) -> tuple[dict[str, Any], dict[str, Any]]:
    """The analytics key catalog item and its InformationRegister_АналитикаУчетаПоПартнерам row."""
    ctype = (
        odata_type("Catalog_Контрагенты") if _is_ref(counterparty) else "StandardODATA.Undefined"
    )
    dtype = contract_type or ("StandardODATA.Undefined" if not _is_ref(contract) else "")
    dims = {
        "Партнер_Key": partner,
        "Организация_Key": org,
        "Контрагент": counterparty,
        "Контрагент_Type": ctype,
        "Договор": contract,
        "Договор_Type": dtype,
        "НаправлениеДеятельности_Key": EMPTY_REF,
    }
    item = {
        "Ref_Key": key,
        "DeletionMark": False,
        "Predefined": False,
        "PredefinedDataName": "",
        "Description": f"{partner[:8]} / {counterparty[:8]} / {contract[:8]}",
        **dims,
    }
    return item, {**dims, "КлючАналитики_Key": key}


class MemoryLedger:
    """Settlement state in memory, for posting many documents in one go (the demo generator)."""

    def __init__(self, schedules: dict[str, list[Stage]] | None = None, seed: int = 0) -> None:
        self.schedules: dict[str, list[Stage]] = schedules or {}
        self.keys: dict[tuple[str, str, str, str], str] = {}
        self.new_keys: list[tuple[dict[str, Any], dict[str, Any]]] = []
        self.items: dict[str, dict[tuple[str, str, str, str, str], OpenItem]] = {}
        self._seq = seed << 64

    def analytics_key(
        self, org: str, partner: str, counterparty: str, contract: str, contract_type: str
    ) -> str:
        ident = (org, partner, counterparty, contract)
        key = self.keys.get(ident)
        if key is None:
            self._seq += 1
            key = str(uuid.UUID(int=(0xA0A1 << 112) | self._seq))
            self.keys[ident] = key
            self.new_keys.append(
                analytics_bodies(key, org, partner, counterparty, contract, contract_type)
            )
        return key

    def schedule(self, agreement: str) -> list[Stage]:
        return self.schedules.get(agreement, [])

    def open_items(self, partner: str) -> list[OpenItem]:
        """Copies: posting mutates what it gets; `apply` records the real effect."""
        return [
            OpenItem(it.key, it.doc, it.doc_type, it.due, it.arose, it.debt, it.prepay)
            for it in sorted(
                self.items.get(partner, {}).values(), key=lambda it: (it.due, it.arose, it.doc)
            )
        ]

    def apply(self, moves: Movements) -> None:
        """Fold a document's debt movements into the state."""
        for _r, _t, _p, kind, partner, b in moves.get(REG_DEBT, ()):
            assert partner is not None
            ident = (
                b["АналитикаУчетаПоПартнерам_Key"],
                b["РасчетныйДокумент"],
                b["РасчетныйДокумент_Type"],
                b["ДатаПлановогоПогашения"],
                b["ДатаВозникновения"],
            )
            bucket = self.items.setdefault(partner, {})
            item = bucket.get(ident)
            if item is None:
                item = bucket[ident] = OpenItem(*ident)
            sign = 1 if kind == "Receipt" else -1
            item.debt += sign * b["Долг"]
            item.prepay += sign * b["Предоплата"]
            if not item.debt and not item.prepay:
                del bucket[ident]

    def balance(self, partner: str) -> tuple[Decimal, Decimal]:
        """(debt, advance) of a partner now."""
        items = self.items.get(partner, {}).values()
        return sum((i.debt for i in items), ZERO), sum((i.prepay for i in items), ZERO)


class BaseLedger:
    """Settlement state read from the emulator base (posting one document at a time)."""

    def __init__(self, base: EmulatorBase, exclude: str | None = None) -> None:
        self.base = base
        self.exclude = exclude or ""  # the document being re-posted: its old movements don't count

    def analytics_key(
        self, org: str, partner: str, counterparty: str, contract: str, contract_type: str
    ) -> str:
        db = self.base.connect()
        for (text,) in db.execute(
            "SELECT body FROM records WHERE register=? AND partner_key=?", (REG_ANALYTICS, partner)
        ):
            b = loads(text)
            if (b.get("Организация_Key"), b.get("Контрагент"), b.get("Договор")) == (
                org,
                counterparty,
                contract,
            ):
                return str(b["КлючАналитики_Key"])
        key = str(uuid.uuid4())
        item, record = analytics_bodies(key, org, partner, counterparty, contract, contract_type)
        self.base.put(CAT_ANALYTICS_KEYS, item)
        self.base.add_records(REG_ANALYTICS, [(None, None, EMPTY_DATE, None, partner, record)])
        return key

    def schedule(self, agreement: str) -> list[Stage]:
        body = self.base.get("Catalog_СоглашенияСКлиентами", agreement)
        if not body or not _is_ref(body.get("ГрафикОплаты_Key")):
            return []
        plan = self.base.get("Catalog_ГрафикиОплаты", body["ГрафикОплаты_Key"])
        return schedule_stages(plan) if plan else []

    def open_items(self, partner: str) -> list[OpenItem]:
        db = self.base.connect()
        acc: dict[tuple[str, str, str, str, str], OpenItem] = {}
        for kind, text in db.execute(
            "SELECT record_type, body FROM records WHERE register=? AND partner_key=?"
            " AND (recorder IS NULL OR recorder<>?)",
            (REG_DEBT, partner, self.exclude),
        ):
            b = loads(text)
            ident = (
                b["АналитикаУчетаПоПартнерам_Key"],
                b["РасчетныйДокумент"],
                b["РасчетныйДокумент_Type"],
                b["ДатаПлановогоПогашения"],
                b["ДатаВозникновения"],
            )
            item = acc.get(ident) or acc.setdefault(ident, OpenItem(*ident))
            sign = 1 if kind == "Receipt" else -1
            item.debt += sign * money(b.get("Долг"))
            item.prepay += sign * money(b.get("Предоплата"))
        items = [it for it in acc.values() if it.debt or it.prepay]
        return sorted(items, key=lambda it: (it.due, it.arose, it.doc))


def schedule_stages(plan: dict[str, Any]) -> list[Stage]:
    """Stages of a Catalog_ГрафикиОплаты body."""
    return [
        Stage(
            str(r.get("ВариантОплаты") or "КредитСдвиг"),
            int(Decimal(str(r.get("Сдвиг") or 0))),
            Decimal(str(r.get("ПроцентПлатежа") or 0)),
        )
        for r in plan.get("Этапы") or []
    ]


# --- the server's entry points ---------------------------------------------------------------
def write_movements(base: EmulatorBase, moves: Movements) -> None:
    for register, rows in moves.items():
        if rows:
            base.add_records(register, rows)


def post(base: EmulatorBase, entity: str, body: dict[str, Any]) -> dict[str, Any]:
    """Post a document: replace its movements and store it with `Posted: true`.

    Raises `PostingError` (nothing written) when 1C would refuse to post.
    """
    if not entity.startswith("Document_"):
        raise PostingError(f"{entity}: проводить можно только документы")
    with base.write_lock:
        moves = movements(entity, body, BaseLedger(base, exclude=body["Ref_Key"]))
        base.delete_records(body["Ref_Key"])
        write_movements(base, moves)
        body["Posted"] = True
        base.put(entity, body)
    return body


def unpost(base: EmulatorBase, entity: str, body: dict[str, Any]) -> dict[str, Any]:
    """Cancel posting: drop the document's movements and store it with `Posted: false`."""
    with base.write_lock:
        base.delete_records(body["Ref_Key"])
        body["Posted"] = False
        base.put(entity, body)
    return body


def register_rows(
    base: EmulatorBase, register: str, recorder: str | None = None
) -> Iterable[tuple[str | None, dict[str, Any]]]:
    """(record_type, body) of a register's movements, optionally of one recorder (tests, tools)."""
    sql = "SELECT record_type, body FROM records WHERE register=?"
    args: tuple[str, ...] = (register,)
    if recorder:
        sql += " AND recorder=?"
        args += (recorder,)
    for kind, text in base.connect().execute(sql, args):
        yield kind, loads(text)


__all__ = [
    "BaseLedger",
    "Ledger",
    "MemoryLedger",
    "OpenItem",
    "PostingError",
    "Stage",
    "allocate",
    "document_total",
    "movements",
    "post",
    "register_rows",
    "schedule_stages",
    "split_by_stages",
    "unpost",
]
