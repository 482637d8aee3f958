"""Three years of trading, simulated day by day: prices, orders, shipments, returns, payments,
calls and meetings.

Every document is posted through `posting.movements` with an in-memory ledger, so registers are
exactly what posting the documents one by one through the server would give, and the simulation
can follow the money: clients pay each shipment by its due date according to their habits (most
on time, some late, a few stopped paying), which makes aging and credit control believable.
Events are processed in date order from a heap; bodies and movements are written in batches.
"""

from __future__ import annotations

import heapq
import random
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from decimal import Decimal
from typing import Any

from wholesale_desk.demo.company.catalog import (
    LARGE_WHOLESALE,
    PRICE_TYPES,
    PURCHASE,
    RETAIL,
    WHOLESALE,
    Product,
    Reference,
)
from wholesale_desk.demo.company.clients import LATE, ON_TIME, STOPPED, Client
from wholesale_desk.demo.company.common import (
    EMPTY_REF,
    ZERO,
    Keys,
    Numbers,
    Writer,
    document,
    iso,
    numbered,
    r2,
    typed,
)
from wholesale_desk.demo.posting import (
    BANK_RECEIPT,
    CASH_RECEIPT,
    OPENING_BALANCE,
    ORDER,
    PRICE_SETTING,
    RETURN,
    SHIPMENT,
    MemoryLedger,
    Stage,
    movements,
    split_by_stages,
)
from wholesale_desk.demo.posting import (
    PURCHASE as PURCHASE_DOC,
)

VAT_CHANGE = date(2026, 1, 1)  # 22% from here (425-ФЗ); the shipment date decides
SEASON = (0.72, 0.85, 1.08, 1.15, 1.02, 0.92, 0.86, 0.95, 1.15, 1.25, 1.2, 1.1)  # Jan..Dec
GROWTH_PER_YEAR = 0.12
PRICE_CHUNK = 500  # products per price-setting document
SHIP, RETURN_EV, PAY = 0, 1, 2  # same-day order of events

RETURN_REASONS = (
    "Брак",
    "Истек срок годности",
    "Пересорт",
    "Повреждение упаковки",
    "Отказ покупателя",
)
CALL_TOPICS = (
    ("Согласование заказа", "Уточнили состав заказа и дату доставки."),
    ("Новый прайс-лист", "Отправлен актуальный прайс-лист, клиент изучит до конца недели."),
    ("Уточнение сроков доставки", "Доставка подтверждена, водитель позвонит за час."),
    ("Сверка взаиморасчетов", "Договорились обменяться актами сверки за квартал."),
    ("Претензия по качеству", "Клиент сообщил о поврежденной упаковке, оформим возврат."),
    ("Предложение по новинкам", "Рассказал о новых позициях, клиент просит образцы."),
    ("Звонок по заявке", "Клиент просит добавить позиции к следующему заказу."),
)
REMINDER_TOPIC = (
    "Напоминание об оплате",
    "Напомнили о просроченной задолженности, клиент обещал оплатить.",
)
MEETING_TOPICS = (
    ("Презентация ассортимента", "Провели презентацию новых поставщиков и сезонного ассортимента."),
    ("Обсуждение условий договора", "Обсудили отсрочку платежа и объемы на следующий квартал."),
    ("Плановый визит", "Проверили выкладку, согласовали заказ на следующую неделю."),
    ("Переговоры о скидке", "Клиент просит дополнительную скидку при росте объема закупок."),
    ("Знакомство с новым закупщиком", "Познакомились с новым менеджером по закупкам клиента."),
)


@dataclass
class Plan:
    """The size of a company: how much history to make."""

    clients: int
    products: int
    managers: int
    order_lines: int
    interactions: int


@dataclass(order=True)
class Event:
    day: date
    kind: int
    client: int
    seq: int
    payload: dict[str, Any] = field(compare=False)


def vat_rate(product: Product, day: date) -> int:
    if product.reduced_vat:
        return 10
    return 22 if day >= VAT_CHANGE else 20


def _plain(qty: Decimal | int) -> Decimal | int:
    """A whole quantity as int (exact in JSON without a Decimal callback), else the Decimal."""
    if isinstance(qty, int) or qty != qty.to_integral_value():
        return qty
    return int(qty)


def price_line(
    product: Product,
    qty: Decimal,
    price: Decimal,
    manual: Decimal,
    auto: Decimal,
    rate: int,
) -> tuple[Decimal | int, Decimal | int, Decimal, Decimal]:
    """(manual discount, auto discount, amount, VAT inside) per DOMAIN.md, rounded per line."""
    gross = r2(qty * price)
    # No discount is a plain 0: exact, and cheaper to serialise than Decimal("0").
    manual_sum: Decimal | int = r2(gross * manual / 100) if manual else 0
    auto_sum: Decimal | int = r2(gross * auto / 100) if auto else 0
    amount = gross - manual_sum - auto_sum
    vat = r2(amount * rate / (100 + rate))
    return manual_sum, auto_sum, amount, vat


class History:
    def __init__(
        self,
        w: Writer,
        rng: random.Random,
        keys: Keys,
        ref: Reference,
        clients: list[Client],
        start: date,
        today: date,
        plan: Plan,
    ) -> None:
        self.w, self.rng, self.keys, self.ref = w, rng, keys, ref
        self.clients, self.start, self.today, self.plan = clients, start, today, plan
        self.numbers = Numbers()
        schedules = {c.agreement: ref.stages[c.schedule] for c in clients}
        self.ledger = MemoryLedger(schedules, seed=rng.getrandbits(32))
        self.products = ref.products
        # current prices by price type, product index; None: the product has no price of that type
        self.prices: dict[str, list[Decimal | None]] = {}
        self.stock: dict[tuple[str, int], Decimal] = defaultdict(Decimal)
        self.purchases: dict[tuple[str, int], Decimal] = defaultdict(Decimal)
        self.events: list[Event] = []
        self.seq = 0
        self.vat_keys = {22: ref.vat["22"], 20: ref.vat["20"], 10: ref.vat["10"]}
        self.shipped: dict[int, Decimal] = defaultdict(Decimal)  # client -> total shipped
        self.quarter_volume: dict[tuple[int, int, int], Decimal] = defaultdict(Decimal)
        self.first_ship: dict[int, date] = {}
        self.by_group: dict[str, list[Product]] = defaultdict(list)
        for p in self.products:
            self.by_group[p.group].append(p)
        self.cum: dict[str, list[float]] = {}
        for g, items in self.by_group.items():
            total = 0.0
            acc = []
            for p in items:
                total += p.weight
                acc.append(total)
            self.cum[g] = acc
        self.all_cum: list[float] = []
        total = 0.0
        for p in self.products:
            total += p.weight
            self.all_cum.append(total)
        self.product_index = {p.key: p.index for p in self.products}
        self.orders_made = 0
        self.lines_made = 0

    # --- the run ---------------------------------------------------------------------------
    def run(self) -> None:
        self._initial_prices()
        self._opening_stock()
        month = date(self.start.year, self.start.month, 1)
        revisions = self._revision_months()
        weights = self._month_weights()
        total_weight = sum(weights.values())
        while month <= self.today:
            next_month = date(month.year + month.month // 12, month.month % 12 + 1, 1)
            if month in revisions:
                self._revise_prices(month)
            lines_target = self.plan.order_lines * weights[month] / total_weight
            self._orders(month, next_month, lines_target)
            self._interactions(month, next_month, weights[month] / total_weight)
            self._process(next_month)
            self._buy(month)
            month = next_month

    def _month_weights(self) -> dict[date, float]:
        out: dict[date, float] = {}
        month = date(self.start.year, self.start.month, 1)
        while month <= self.today:
            years = (month - self.start).days / 365
            weight = SEASON[month.month - 1] * (1 + GROWTH_PER_YEAR) ** years
            if month.year == self.today.year and month.month == self.today.month:
                weight *= self.today.day / 30
            out[month] = weight
            month = date(month.year + month.month // 12, month.month % 12 + 1, 1)
        return out

    def _push(self, day: date, kind: int, client: Client, payload: dict[str, Any]) -> None:
        if day > self.today:
            return
        self.seq += 1
        heapq.heappush(self.events, Event(day, kind, client.index, self.seq, payload))

    def _moment(self, day: date, lo: int = 9, hi: int = 18) -> datetime:
        return datetime.combine(
            day,
            time(self.rng.randint(lo, hi - 1), self.rng.randint(0, 59), self.rng.randint(0, 59)),
        )

    # --- prices ----------------------------------------------------------------------------
    def _initial_prices(self) -> None:
        rng = self.rng
        wholesale: list[Decimal | None] = []
        large: list[Decimal | None] = []
        retail: list[Decimal | None] = []
        purchase: list[Decimal | None] = []
        for p in self.products:
            buy = p.base_price
            whole = r2(buy * Decimal(rng.randint(122, 145)) / 100)
            purchase.append(buy)
            large.append(r2(whole * Decimal(rng.randint(92, 97)) / 100))
            retail.append(r2(whole * Decimal(rng.randint(125, 150)) / 100))
            # About 1% of goods have no wholesale price yet: the order editor must say "no price".
            wholesale.append(None if rng.random() < 0.01 else whole)
        self.prices = {
            WHOLESALE: wholesale,
            LARGE_WHOLESALE: large,
            RETAIL: retail,
            PURCHASE: purchase,
        }
        when = datetime.combine(self.start - timedelta(days=1), time(8, 0))
        self._price_documents(when, list(range(len(self.products))), "Начальная установка цен")

    def _revision_months(self) -> set[date]:
        out = set()
        month = date(self.start.year, self.start.month, 1)
        i = 0
        while month <= self.today:
            if i and i % 6 == 0:
                out.add(month)
            i += 1
            month = date(month.year + month.month // 12, month.month % 12 + 1, 1)
        if date(VAT_CHANGE.year, 1, 1) <= self.today and VAT_CHANGE >= self.start:
            out.add(VAT_CHANGE)
        return out

    def _revise_prices(self, month: date) -> None:
        rng = self.rng
        changed: list[int] = []
        for p in self.products:
            factor = Decimal(1)
            if month == VAT_CHANGE and not p.reduced_vat:
                factor = Decimal(122) / Decimal(120)  # VAT 20% -> 22% passed on in prices
            if rng.random() < 0.2:
                factor *= Decimal(rng.randint(103, 112)) / 100
            if factor == 1:
                continue
            changed.append(p.index)
            for kind in PRICE_TYPES:
                old = self.prices[kind][p.index]
                if old is not None:
                    self.prices[kind][p.index] = r2(old * factor)
        comment = (
            "Изменение ставки НДС с 01.01.2026" if month == VAT_CHANGE else "Плановое изменение цен"
        )
        self._price_documents(datetime.combine(month, time(7, 30)), changed, comment)

    def _price_documents(self, when: datetime, indices: list[int], comment: str) -> None:
        assert self.ref.admin is not None
        type_keys = self.ref.price_types
        for lo in range(0, len(indices), PRICE_CHUNK):
            ref = self.keys.new()
            rows: list[dict[str, Any]] = []
            for i in indices[lo : lo + PRICE_CHUNK]:
                p = self.products[i]
                for kind in PRICE_TYPES:
                    price = self.prices[kind][i]
                    if price is None:
                        continue
                    rows.append(
                        {"Номенклатура_Key": p.key, "ВидЦены_Key": type_keys[kind], "Цена": price}
                    )
            body = document(
                ref,
                self.numbers.next(PRICE_SETTING, when.year),
                when,
                Статус="Согласован",
                Согласован=True,
                Ответственный_Key=self.ref.admin.key,
                Комментарий=comment,
                ВидыЦен=numbered(ref, [{"ВидЦены_Key": type_keys[k]} for k in PRICE_TYPES]),
                Товары=numbered(ref, rows),
            )
            self.w.moves(movements(PRICE_SETTING, body, self.ledger))
            self.w.put(PRICE_SETTING, body)

    # --- stock -----------------------------------------------------------------------------
    def _opening_stock(self) -> None:
        """Opening balances (records only: a ВводОстатков-like recorder the server never lists)."""
        rng = self.rng
        when = datetime.combine(self.start - timedelta(days=1), time(7, 0))
        for wh_i, wh in enumerate(self.ref.warehouses):
            lines = []
            for p in self.products:
                if wh_i and rng.random() < 0.4:
                    continue
                qty = Decimal(int(rng.randint(10, 200) * min(p.weight, 8)))
                if p.weighed:
                    qty = qty * 5
                self.stock[(wh, p.index)] += qty
                lines.append({"Номенклатура_Key": p.key, "Количество": qty})
            body = {"Ref_Key": self.keys.new(), "Date": iso(when), "Склад_Key": wh, "Товары": lines}
            self.w.moves(movements(OPENING_BALANCE, body, self.ledger))

    def _take(self, wh: str, p: Product, qty: Decimal) -> None:
        """Ship from stock; what is missing was bought at the start of the month."""
        have = self.stock[(wh, p.index)]
        if have < qty:
            buy = (qty - have) + Decimal(int(qty * self.rng.randint(2, 6))) + 10
            self.purchases[(wh, p.index)] += buy
            have += buy
        self.stock[(wh, p.index)] = have - qty

    def _buy(self, month: date) -> None:
        """This month's purchases, dated its first morning (before any shipment of the month)."""
        when = datetime.combine(month, time(7, 0))
        by_wh: dict[str, list[dict[str, Any]]] = defaultdict(list)
        for (wh, i), qty in self.purchases.items():
            by_wh[wh].append({"Номенклатура_Key": self.products[i].key, "Количество": qty})
        for wh in self.ref.warehouses:
            if by_wh.get(wh):
                body = {
                    "Ref_Key": self.keys.new(),
                    "Date": iso(when),
                    "Склад_Key": wh,
                    "Товары": by_wh[wh],
                }
                self.w.moves(movements(PURCHASE_DOC, body, self.ledger))
        self.purchases.clear()

    # --- orders ----------------------------------------------------------------------------
    def _active(self, month: date, next_month: date) -> tuple[list[Client], list[float]]:
        active: list[Client] = []
        cum: list[float] = []
        total = 0.0
        for c in self.clients:
            if c.registered >= next_month or (c.churned and c.churned < month):
                continue
            total += c.activity
            active.append(c)
            cum.append(total)
        return active, cum

    def _orders(self, month: date, next_month: date, lines_target: float) -> None:
        rng = self.rng
        active, cum = self._active(month, next_month)
        if not active:
            return
        last_day = min(next_month - timedelta(days=1), self.today)
        first_day = month
        made = 0.0
        while made < lines_target:
            client = rng.choices(active, cum_weights=cum)[0]
            lo = max(first_day, client.registered)
            if client.churned:
                hi = min(last_day, client.churned)
            else:
                hi = last_day
            if lo > hi:
                continue
            day = lo + timedelta(days=rng.randint(0, (hi - lo).days))
            if day.weekday() == 6:  # nobody orders on Sunday
                continue
            made += self._order(client, day)

    def _pick_products(self, client: Client, n: int) -> list[Product]:
        rng = self.rng
        picked: dict[int, Product] = {}
        for _ in range(n * 2):
            if len(picked) >= n:
                break
            if rng.random() < 0.8:
                group = client.groups[rng.randrange(len(client.groups))]
                p = rng.choices(self.by_group[group], cum_weights=self.cum[group])[0]
            else:
                p = rng.choices(self.products, cum_weights=self.all_cum)[0]
            picked.setdefault(p.index, p)
        return list(picked.values())

    def _qty(self, client: Client, p: Product) -> Decimal:
        rng = self.rng
        scale = 1 + min(client.activity, 6)
        if p.weighed:
            return (
                Decimal(rng.randint(500, int(8000 * scale))).scaleb(-3).quantize(Decimal("0.001"))
            )
        if p.unit == "л":
            return Decimal(19 * rng.randint(1, int(3 * scale)))
        return Decimal(rng.randint(1, int(6 * scale)) * rng.choice((1, 1, 2, 5, 10)))  # pieces

    def _line(
        self,
        client: Client,
        p: Product,
        qty: Decimal,
        price: Decimal,
        manual: Decimal,
        auto: Decimal,
        day: date,
        price_type: str,
        owner: str,
    ) -> dict[str, Any]:
        rate = vat_rate(p, day)
        manual_sum, auto_sum, amount, vat = price_line(p, qty, price, manual, auto, rate)
        # The properties the app maps (ONEC.md); 1C's other line properties stay at defaults.
        # Whole numbers go out as int: exact, and the JSON encoder needs no Decimal callback.
        return {
            "Ref_Key": owner,
            "LineNumber": "",
            "Номенклатура_Key": p.key,
            "Количество": _plain(qty),
            "ВидЦены_Key": price_type,
            "Цена": price,
            "Сумма": amount,
            "СтавкаНДС_Key": self.vat_keys[rate],
            "СуммаНДС": vat,
            "СуммаСНДС": amount,
            "ПроцентРучнойСкидки": int(manual),
            "СуммаРучнойСкидки": manual_sum,
            "ПроцентАвтоматическойСкидки": int(auto),
            "СуммаАвтоматическойСкидки": auto_sum,
            "Отменено": False,
        }

    def _order(self, client: Client, day: date) -> int:
        """One order of `client` on `day`, with its shipment, payment and returns.

        Long on purpose: every draw from `rng` happens in a fixed order, and that order *is* the
        demo company (a split that reordered a draw would change every figure after it)."""
        rng = self.rng
        n_lines = min(40, 1 + int(rng.expovariate(1 / (4 + min(client.activity, 4) * 1.5))))
        products = self._pick_products(client, n_lines)
        kind = next(k for k, v in self.ref.price_types.items() if v == client.price_type)
        prices = self.prices[kind]
        ship_day = day + timedelta(
            days=rng.choice((0, 1, 1, 1, 2, 2, 3)) + (1 if client.prepay else 0)
        )
        if ship_day.weekday() == 6:
            ship_day += timedelta(days=1)
        # Volume tier on this quarter's shipments (DOMAIN.md): the best automatic discount wins.
        q = (client.index, day.year, (day.month - 1) // 3)
        volume = self.quarter_volume[q]
        tier = Decimal(20) if volume >= 5_000_000 else Decimal(15) if volume >= 1_000_000 else ZERO
        manual = client.discount
        if client.model == "standard" and rng.random() < 0.08:
            manual = Decimal(rng.choice((2, 3, 5)))
        auto = ZERO
        if tier > manual:
            auto, manual = tier, ZERO
        ref = self.keys.new()
        lines: list[dict[str, Any]] = []
        for p in products:
            price = prices[p.index]
            if price is None:
                continue
            lines.append(
                self._line(
                    client,
                    p,
                    self._qty(client, p),
                    price,
                    manual,
                    auto,
                    ship_day,
                    client.price_type,
                    ref,
                )
            )
        if not lines:
            return 0
        for i, ln in enumerate(lines, 1):
            ln["LineNumber"] = str(i)
        open_order = ship_day > self.today
        partial = not open_order and len(lines) >= 3 and rng.random() < 0.08
        cancel_rest = False
        second_day = ship_day
        first_part, rest = lines, []
        if partial:
            cut = max(1, len(lines) * rng.randint(40, 80) // 100)
            first_part, rest = lines[:cut], lines[cut:]
            second_day = ship_day + timedelta(days=rng.randint(3, 10))
            if second_day > self.today or rng.random() < 0.3:
                cancel_rest = True
                for ln in lines[cut:]:
                    ln["Отменено"] = True
        rows = lines
        total = sum((ln["СуммаСНДС"] for ln in lines if not ln["Отменено"]), ZERO)
        stages = self.ref.stages[client.schedule]
        status, posted = "Закрыт", True
        if open_order:
            draft = rng.random() < 0.2
            status, posted = ("НеСогласован", False) if draft else ("КОтгрузке", True)
        moment = self._moment(day)
        body = document(
            ref,
            self.numbers.next(ORDER, day.year),
            moment,
            posted,
            Организация_Key=self.ref.org,
            Партнер_Key=client.key,
            Контрагент_Key=client.counterparties[0],
            Договор_Key=client.contracts[0],
            Соглашение_Key=client.agreement,
            ГрафикОплаты_Key=client.schedule,
            Валюта_Key=self.ref.currency,
            Склад_Key=client.warehouse,
            Менеджер_Key=client.manager,
            Статус=status,
            Согласован=status != "НеСогласован",
            ДатаОтгрузки=iso(ship_day),
            ЦенаВключаетНДС=True,
            СуммаДокумента=total,
            ХозяйственнаяОперация="РеализацияКлиенту",
            ФормаОплаты="Наличная" if client.cash else "Безналичная",
            Комментарий="",
            Товары=rows,
            ЭтапыГрафикаОплаты=numbered(ref, self._order_stages(total, stages, ship_day)),
        )
        if posted:
            self.w.moves(movements(ORDER, body, self.ledger))
        self.w.put(ORDER, body)
        self.orders_made += 1
        self.lines_made += len(lines)
        if client.prepay and posted:  # prepayment clients pay the order before it ships
            self._push(
                day, PAY, client, {"client": client, "amount": total, "basis": None, "order": ref}
            )
        if not open_order:
            order_ref = {"ref": ref, "day": day}
            self._push(
                ship_day,
                SHIP,
                client,
                {"client": client, "order": order_ref, "lines": first_part, "planned": ship_day},
            )
            if rest and not cancel_rest:
                self._push(
                    second_day,
                    SHIP,
                    client,
                    {"client": client, "order": order_ref, "lines": rest, "planned": ship_day},
                )
        return len(lines)

    def _order_stages(
        self, total: Decimal, stages: list[Stage], ship_day: date
    ) -> list[dict[str, Any]]:
        out = []
        rest = total
        for i, st in enumerate(stages):
            amount = rest if i == len(stages) - 1 else r2(total * st.percent / 100)
            rest -= amount
            out.append(
                {
                    "ВариантОплаты": st.variant,
                    "ДатаПлатежа": iso(ship_day + timedelta(days=st.shift)),
                    "ПроцентПлатежа": st.percent,
                    "СуммаПлатежа": amount,
                    "Сдвиг": st.shift,
                }
            )
        return out

    # --- events ----------------------------------------------------------------------------
    def _process(self, until: date) -> None:
        while self.events and self.events[0].day < until:
            ev = heapq.heappop(self.events)
            if ev.kind == SHIP:
                self._ship(ev.day, ev.payload)
            elif ev.kind == RETURN_EV:
                self._return(ev.day, ev.payload)
            else:
                batch = [ev.payload]
                while (
                    self.events
                    and self.events[0].day == ev.day
                    and self.events[0].kind == PAY
                    and self.events[0].client == ev.client
                ):
                    batch.append(heapq.heappop(self.events).payload)
                self._pay(ev.day, batch)

    def _ship(self, day: date, payload: dict[str, Any]) -> None:
        rng = self.rng
        client: Client = payload["client"]
        order = payload["order"]
        ref = self.keys.new()
        lines: list[dict[str, Any]] = []
        for ln in payload["lines"]:
            p = self.products[self._index_of(ln["Номенклатура_Key"])]
            self._take(client.warehouse, p, ln["Количество"])
            if vat_rate(p, day) == vat_rate(p, payload["planned"]):
                new = dict(ln)
            else:  # ordered in 2025, shipped in 2026: the shipment date decides the rate
                new = self._line(
                    client,
                    p,
                    ln["Количество"],
                    ln["Цена"],
                    ln["ПроцентРучнойСкидки"],
                    ln["ПроцентАвтоматическойСкидки"],
                    day,
                    ln["ВидЦены_Key"],
                    ref,
                )
            del new["Отменено"]
            new["Ref_Key"] = ref
            new["LineNumber"] = str(len(lines) + 1)
            new["ЗаказКлиента"] = order["ref"]
            new["ЗаказКлиента_Type"] = typed(ORDER)
            lines.append(new)
        total = sum((ln["СуммаСНДС"] for ln in lines), ZERO)
        moment = self._moment(day, 11, 17)
        body = document(
            ref,
            self.numbers.next(SHIPMENT, day.year),
            moment,
            Организация_Key=self.ref.org,
            Партнер_Key=client.key,
            Контрагент_Key=client.counterparties[0],
            Договор_Key=client.contracts[0],
            Соглашение_Key=client.agreement,
            Валюта_Key=self.ref.currency,
            Склад_Key=client.warehouse,
            Менеджер_Key=client.manager,
            ЦенаВключаетНДС=True,
            СуммаДокумента=total,
            ЗаказКлиента=order["ref"],
            ЗаказКлиента_Type=typed(ORDER),
            Статус="Отгружено",
            ХозяйственнаяОперация="РеализацияКлиенту",
            ФормаОплаты="Наличная" if client.cash else "Безналичная",
            Комментарий="",
            Товары=lines,
        )
        self.w.moves(self._post(SHIPMENT, body))
        self.w.put(SHIPMENT, body)
        self.shipped[client.index] += total
        self.quarter_volume[(client.index, day.year, (day.month - 1) // 3)] += total
        self.first_ship.setdefault(client.index, day)
        # Returns: a few shipments come partly back.
        if rng.random() < 0.025:
            back = rng.sample(lines, k=min(len(lines), rng.choice((1, 1, 2))))
            self._push(
                day + timedelta(days=rng.randint(2, 20)),
                RETURN_EV,
                client,
                {"client": client, "shipment": ref, "lines": back},
            )
        # Payments: each stage by its due date, as the client's habit has it.
        if client.prepay:
            return
        for due, amount in split_by_stages(total, self.ref.stages[client.schedule], day):
            pay_day = self._pay_day(client, due)
            if pay_day is not None:
                pay_day = max(pay_day, day)
                self._push(pay_day, PAY, client, {"client": client, "amount": amount, "basis": ref})

    def _pay_day(self, client: Client, due: date) -> date | None:
        rng = self.rng
        if client.habit == STOPPED and client.stops_paying and due >= client.stops_paying:
            return None
        if client.habit == ON_TIME:
            delay = rng.randint(-3, 2) if rng.random() < 0.9 else rng.randint(3, 12)
        elif client.habit == LATE:
            delay = rng.randint(5, 45)
        else:
            delay = rng.randint(10, 60)
        day = due + timedelta(days=delay)
        if day.weekday() >= 5:
            day += timedelta(days=7 - day.weekday())
        return day

    def _return(self, day: date, payload: dict[str, Any]) -> None:
        rng = self.rng
        client: Client = payload["client"]
        ref = self.keys.new()
        lines = []
        for ln in payload["lines"]:
            p = self.products[self._index_of(ln["Номенклатура_Key"])]
            qty = ln["Количество"]
            if qty > 1:
                qty = (qty * Decimal(rng.randint(20, 100)) / 100).quantize(
                    Decimal("0.001") if p.weighed else Decimal(1)
                ) or qty
            rate = next(r for r, k in self.vat_keys.items() if k == ln["СтавкаНДС_Key"])
            price = ln["Цена"]
            _m, _a, amount, vat = price_line(
                p, qty, price, ln["ПроцентРучнойСкидки"], ln["ПроцентАвтоматическойСкидки"], rate
            )
            lines.append(
                {
                    "Номенклатура_Key": p.key,
                    "Количество": _plain(qty),
                    "Цена": price,
                    "Сумма": amount,
                    "СтавкаНДС_Key": ln["СтавкаНДС_Key"],
                    "СуммаНДС": vat,
                    "СуммаСНДС": amount,
                    "ДокументРеализации": payload["shipment"],
                    "ДокументРеализации_Type": typed(SHIPMENT),
                    "Порча": False,
                }
            )
            self.stock[(client.warehouse, p.index)] += qty
        total = sum((ln["СуммаСНДС"] for ln in lines), ZERO)
        body = document(
            ref,
            self.numbers.next(RETURN, day.year),
            self._moment(day),
            Организация_Key=self.ref.org,
            Партнер_Key=client.key,
            Контрагент_Key=client.counterparties[0],
            Договор_Key=client.contracts[0],
            Соглашение_Key=client.agreement,
            Валюта_Key=self.ref.currency,
            Склад_Key=client.warehouse,
            Менеджер_Key=client.manager,
            ЦенаВключаетНДС=True,
            СуммаДокумента=total,
            ДокументРеализации=payload["shipment"],
            ДокументРеализации_Type=typed(SHIPMENT),
            ХозяйственнаяОперация="ВозвратТоваровОтКлиента",
            ПричинаВозврата=rng.choice(RETURN_REASONS),
            Комментарий="",
            Товары=numbered(ref, lines),
        )
        self.w.moves(self._post(RETURN, body))
        self.w.put(RETURN, body)
        self.shipped[client.index] -= total

    def _pay(self, day: date, batch: list[dict[str, Any]]) -> None:
        rng = self.rng
        client: Client = batch[0]["client"]
        rows = []
        open_debt: dict[str, Decimal] = defaultdict(Decimal)
        for item in self.ledger.items.get(client.key, {}).values():
            if item.debt > 0:
                open_debt[item.doc] += item.debt
        for pay in batch:
            amount: Decimal = pay["amount"]
            basis = pay["basis"]
            if basis:
                amount = min(amount, open_debt.get(basis, ZERO))
                open_debt[basis] -= amount
            if amount <= 0:
                continue
            rows.append(
                {
                    "Партнер_Key": client.key,
                    "Сумма": amount,
                    "СуммаВзаиморасчетов": amount,
                    "ОснованиеПлатежа": basis or pay.get("order") or EMPTY_REF,
                    "ОснованиеПлатежа_Type": typed(SHIPMENT) if basis else typed(ORDER),
                }
            )
        if not rows:
            return
        total = sum((r["Сумма"] for r in rows), ZERO)
        entity = CASH_RECEIPT if client.cash else BANK_RECEIPT
        ref = self.keys.new()
        moment = self._moment(day)
        common: dict[str, Any] = {
            "Организация_Key": self.ref.org,
            "Партнер_Key": client.key,
            "Контрагент_Key": client.counterparties[0],
            "Договор": client.contracts[0],
            "Договор_Type": typed("Catalog_ДоговорыКонтрагентов"),
            "Валюта_Key": self.ref.currency,
            "СуммаДокумента": total,
            "ХозяйственнаяОперация": "ПоступлениеОплатыОтКлиента",
            "Комментарий": "",
            "РасшифровкаПлатежа": numbered(ref, rows),
        }
        extra: dict[str, Any]
        if entity == BANK_RECEIPT:
            extra = {
                "БанковскийСчет_Key": self.ref.bank_account,
                "НомерВходящегоДокумента": str(rng.randint(100, 9999)),
                "ДатаВходящегоДокумента": iso(day),
                "НазначениеПлатежа": f"Оплата по договору поставки. Сумма {total} руб., в т.ч. НДС",
                "Ответственный_Key": client.manager,
            }
        else:
            extra = {
                "Касса_Key": EMPTY_REF,
                "Основание": "Оплата по договору поставки",
                "ПринятоОт": client.name,
                "Автор_Key": client.manager,
            }
        body = document(ref, self.numbers.next(entity, day.year), moment, **common, **extra)
        self.w.moves(self._post(entity, body))
        self.w.put(entity, body)

    def _post(self, entity: str, body: dict[str, Any]) -> dict[str, list]:
        moves = movements(entity, body, self.ledger)
        self.ledger.apply(moves)
        return moves

    def _index_of(self, key: str) -> int:
        return self.product_index[key]

    # --- interactions ----------------------------------------------------------------------
    def _interactions(self, month: date, next_month: date, share: float) -> None:
        rng = self.rng
        active, cum = self._active(month, next_month)
        if not active:
            return
        count = int(self.plan.interactions * share)
        last_day = min(next_month - timedelta(days=1), self.today)
        for _ in range(count):
            client = rng.choices(active, cum_weights=cum)[0]
            lo = max(month, client.registered)
            if lo > last_day:
                continue
            day = lo + timedelta(days=rng.randint(0, (last_day - lo).days))
            if day.weekday() >= 5:
                continue
            self._interaction(client, day)

    def _interaction(self, client: Client, day: date) -> None:
        rng = self.rng
        ref = self.keys.new()
        meeting = rng.random() < 0.25
        contact_i = rng.randrange(len(client.contacts)) if client.contacts else -1
        overdue = client.habit != ON_TIME and rng.random() < 0.4
        participants = [
            {
                "Контакт": client.key,
                "Контакт_Type": typed("Catalog_Партнеры"),
                "ПредставлениеКонтакта": client.name,
                "КакСвязаться": client.phone,
            }
        ]
        if contact_i >= 0:
            participants.append(
                {
                    "Контакт": client.contacts[contact_i],
                    "Контакт_Type": typed("Catalog_КонтактныеЛицаПартнеров"),
                    "ПредставлениеКонтакта": client.contact_names[contact_i],
                    "КакСвязаться": client.phone,
                }
            )
        start = self._moment(day)
        if meeting:
            topic, text = rng.choice(MEETING_TOPICS)
            end = start + timedelta(minutes=rng.choice((30, 60, 90)))
            entity = "Document_Встреча"
            extra: dict[str, Any] = {
                "ДатаНачала": iso(start),
                "ДатаОкончания": iso(end),
                "МестоПроведенияВстречи": rng.choice(
                    ("Офис клиента", "Офис ТД «Подмосковье», Мытищи", "Торговая точка клиента")
                ),
                "СписокУчастников": "; ".join(p["ПредставлениеКонтакта"] for p in participants),
            }
        else:
            topic, text = REMINDER_TOPIC if overdue else rng.choice(CALL_TOPICS)
            entity = "Document_ТелефонныйЗвонок"
            who = participants[-1]
            extra = {
                "ДатаНачала": iso(start),
                "Входящий": rng.random() < 0.35,
                "АбонентКонтакт": who["Контакт"],
                "АбонентКонтакт_Type": who["Контакт_Type"],
                "АбонентПредставление": who["ПредставлениеКонтакта"],
                "АбонентКакСвязаться": client.phone,
            }
        body = document(
            ref,
            self.numbers.next(entity, day.year),
            start,
            False,
            Тема=topic,
            Описание=text,
            Ответственный_Key=client.manager,
            Автор_Key=client.manager,
            Важность="Высокая" if overdue else "Обычная",
            Комментарий="",
            Участники=numbered(ref, participants),
            **extra,
        )
        self.w.put(entity, body)
        for p in participants:
            self.w.record(
                "InformationRegister_КонтактыВзаимодействий",
                (
                    None,
                    None,
                    "0001-01-01T00:00:00",
                    None,
                    client.key,
                    {
                        "Взаимодействие": ref,
                        "Взаимодействие_Type": typed(entity),
                        "Контакт": p["Контакт"],
                        "Контакт_Type": p["Контакт_Type"],
                    },
                ),
            )
