"""The demo company: a believable Russian wholesale distributor, generated into an emulator base.

`generate(base, size, seed, today)` fills an `EmulatorBase` with what a 1C:УТ 11.5 base of a
food and household-goods distributor in the Moscow region holds: our organisation and its bank,
users (a head of sales and managers), clients with legal entities, contacts and agreements of the
three cooperation models, a catalogue with price history, stock, and three years of orders,
shipments, returns, payments, calls and meetings, all posted so registers agree with documents.
Deterministic by seed: the same seed and `today` build the same bodies (DataVersion aside).
"""

from __future__ import annotations

import random
from datetime import date, timedelta
from decimal import ROUND_DOWN, ROUND_UP, Decimal

from wholesale_desk.demo.base import EmulatorBase
from wholesale_desk.demo.company.catalog import build_products, build_reference
from wholesale_desk.demo.company.clients import (
    PARTNER_SEGMENT,
    STANDARD,
    Client,
    ContractBody,
    build_clients,
)
from wholesale_desk.demo.company.common import Keys, Writer
from wholesale_desk.demo.company.history import History, Plan
from wholesale_desk.demo.company.policy import build_policy
from wholesale_desk.demo.posting import CAT_ANALYTICS_KEYS, REG_ANALYTICS

SIZES: dict[str, Plan] = {
    "tiny": Plan(clients=40, products=200, managers=3, order_lines=4_000, interactions=400),
    "small": Plan(clients=300, products=2_000, managers=5, order_lines=45_000, interactions=4_000),
    "large": Plan(
        clients=20_000, products=30_000, managers=40, order_lines=1_000_000, interactions=80_000
    ),
}


def generate(
    base: EmulatorBase, size: str = "small", seed: int = 1, today: date | None = None
) -> None:
    """Fill `base` with a demo company of the given size (`small`: the demo; `large`: benchmarks)."""
    if size not in SIZES:
        raise ValueError(f"unknown company size {size!r}: choose one of {', '.join(SIZES)}")
    plan = SIZES[size]
    today = today or date.today()
    with base.bulk_load():
        rng = random.Random(seed)
        keys = Keys(rng)
        w = Writer(base)
        start = date(today.year - 3, today.month, 1)
        ref = build_reference(w, rng, keys, start, plan.managers)
        build_products(w, rng, keys, ref, plan.products)
        clients, contracts = build_clients(w, rng, keys, ref, plan.clients, start, today)
        history = History(w, rng, keys, ref, clients, start, today, plan)
        history.run()
        for item, record in history.ledger.new_keys:
            w.put(CAT_ANALYTICS_KEYS, item)
            w.record(
                REG_ANALYTICS,
                (None, None, "0001-01-01T00:00:00", None, record["Партнер_Key"], record),
            )
        _contracts(w, rng, contracts, history, today)
        build_policy(w, seed, ref, clients, start)
        w.close()
        base.set_setting("closed_period", _closed_period(today).isoformat())
        base.set_setting("credit_limit_block", "0")
        base.set_setting("partner_segment", ref.segments[PARTNER_SEGMENT])
    base.connect().execute("PRAGMA wal_checkpoint(TRUNCATE)")


def _closed_period(today: date) -> date:
    """The end of the month before last: what an accountant has already closed."""
    first_of_month = today.replace(day=1)
    return (first_of_month - timedelta(days=1)).replace(day=1) - timedelta(days=1)


def _round_to(value: Decimal, step: int, rounding: str) -> Decimal:
    return (value / step).quantize(Decimal(1), rounding=rounding) * step


def _contracts(
    w: Writer, rng: random.Random, contracts: list[ContractBody], history: History, today: date
) -> None:
    """Contracts with credit limits sized on the client's turnover; a few clients are over theirs."""
    debts = {c.client.key: history.ledger.balance(c.client.key) for c in contracts}
    candidates: list[Client] = []
    seen: set[str] = set()
    for c in contracts:
        client = c.client
        if client.key in seen or client.prepay:
            continue
        seen.add(client.key)
        debt, _advance = debts[client.key]
        if debt >= 20_000:
            candidates.append(client)
    over = set(
        c.key for c in rng.sample(candidates, k=min(len(candidates), max(3, len(candidates) // 25)))
    )
    first_contract: set[str] = set()
    for c in contracts:
        client, body = c.client, c.body
        primary = client.key not in first_contract
        first_contract.add(client.key)
        debt, _advance = debts[client.key]
        limited = not client.prepay
        limit = Decimal(0)
        if limited:
            months = max(1, (today - max(client.registered, history.start)).days / 30)
            monthly = history.shipped[client.index] / Decimal(months).quantize(Decimal("0.01"))
            factor = Decimal(client.deferral + 15) / 30 * Decimal("1.5")
            limit = max(Decimal(50_000), _round_to(monthly * factor, 10_000, ROUND_UP))
            if client.model == STANDARD:
                limit = max(Decimal(30_000), _round_to(limit / 2, 10_000, ROUND_UP))
            if primary and client.key in over:
                limit = max(
                    Decimal(10_000),
                    _round_to(debt * Decimal(rng.randint(50, 85)) / 100, 10_000, ROUND_DOWN),
                )
            if not primary:
                limit = Decimal(50_000)
        body["ДопустимаяСуммаЗадолженности"] = limit
        body["ОграничиватьСуммуЗадолженности"] = limited
        body["УстановленСрокОплаты"] = client.deferral > 0
        body["СрокОплаты"] = client.deferral
        w.put("Catalog_ДоговорыКонтрагентов", body)


__all__ = ["SIZES", "generate"]
