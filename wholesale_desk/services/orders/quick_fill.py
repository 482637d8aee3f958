"""Quick ways to fill an order: repeat the last one, the usual basket, lines pasted from Excel."""

from __future__ import annotations

import itertools
import re
import statistics
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import Decimal

from sqlalchemy import select

from wholesale_desk.i18n import QT_TRANSLATE_NOOP, Text, UserError
from wholesale_desk.models import Order, OrderLine, OrderState, Product
from wholesale_desk.money import parse_decimal
from wholesale_desk.services.orders.editing import LineInput
from wholesale_desk.services.orders.states import _err
from wholesale_desk.services.product_search import ProductIndex
from wholesale_desk.store import Store


# --- quick ways to fill an order ----------------------------------------------------------------
def repeat_last_order(
    store: Store, client_id: str, *, exclude_order_id: str | None = None
) -> list[LineInput]:
    """The lines of the client's latest order (not cancelled), quantities as they were."""
    with store.session() as session:
        q = (
            select(Order)
            .where(
                Order.client_id == client_id,
                Order.state.not_in([OrderState.CANCELLED.value]),
                Order.deletion_mark.is_(False),
            )
            .order_by(Order.date.desc())
        )
        if exclude_order_id:
            q = q.where(Order.id != exclude_order_id)
        for order in session.scalars(q.limit(5)):
            lines = [
                LineInput(ln.product_id, ln.quantity)
                for ln in order.lines
                if ln.product_id and not ln.cancelled and ln.quantity > 0
            ]
            if lines:
                return lines
    return []


@dataclass(frozen=True)
class BasketItem:
    """A product the client buys regularly and has not ordered lately."""

    product_id: str
    name: str
    article: str
    usual_quantity: Decimal
    times: int
    last_ordered: date
    every_days: int


def usual_basket(
    store: Store, client_id: str, today: date, *, months: int = 6, min_times: int = 2
) -> list[BasketItem]:
    """What the client orders regularly (≥ `min_times` orders in `months`) and is due again:
    not ordered for longer than its usual interval. Usual quantity: the median ordered."""
    by_product, names = _history(store, client_id, today, months)
    basket = []
    for pid, history in by_product.items():
        days = sorted({d for d, _ in history})
        if len(days) < min_times:
            continue
        gaps = [(b - a).days for a, b in itertools.pairwise(days)]
        every = max(1, int(statistics.median(gaps)))
        last = days[-1]
        if (today - last).days < every:
            continue
        basket.append(
            BasketItem(
                product_id=pid,
                name=names[pid][0],
                article=names[pid][1],
                usual_quantity=Decimal(statistics.median([q for _, q in history])).quantize(
                    Decimal("0.001")
                ),
                times=len(days),
                last_ordered=last,
                every_days=every,
            )
        )
    basket.sort(key=lambda b: (-b.times, b.name))
    return basket


def _history(
    store: Store, client_id: str, today: date, months: int
) -> tuple[dict[str, list[tuple[date, Decimal]]], dict[str, tuple[str, str]]]:
    """Per product: (order date, quantity) of the client's real orders in the last `months`,
    and its (name, article)."""
    since = datetime.combine(today - timedelta(days=30 * months), datetime.min.time())
    with store.session() as session:
        rows = session.execute(
            select(
                OrderLine.product_id, Order.date, OrderLine.quantity, Product.name, Product.article
            )
            .join(Order, Order.id == OrderLine.order_id)
            .join(Product, Product.id == OrderLine.product_id)
            .where(
                Order.client_id == client_id,
                Order.date >= since,
                Order.state.not_in([OrderState.CANCELLED.value, OrderState.DRAFT.value]),
                Order.deletion_mark.is_(False),
                OrderLine.cancelled.is_(False),
                Product.deletion_mark.is_(False),
            )
        ).all()
    by_product: dict[str, list[tuple[date, Decimal]]] = {}
    names: dict[str, tuple[str, str]] = {}
    for pid, when, qty, name, article in rows:
        if pid is None:
            continue
        by_product.setdefault(pid, []).append((when.date(), qty))
        names[pid] = (name, article)
    return by_product, names


@dataclass(frozen=True)
class BoughtProduct:
    """A product the client has bought: what a commercial offer to them starts from."""

    product_id: str
    name: str
    article: str
    usual_quantity: Decimal  # the median ordered
    times: int  # on how many days it was ordered
    last_ordered: date


def bought_products(
    store: Store, client_id: str, today: date, *, months: int = 12
) -> list[BoughtProduct]:
    """What the client ordered in the last `months`, most often ordered first."""
    by_product, names = _history(store, client_id, today, months)
    bought = [
        BoughtProduct(
            product_id=pid,
            name=names[pid][0],
            article=names[pid][1],
            usual_quantity=Decimal(statistics.median([q for _, q in history])).quantize(
                Decimal("0.001")
            ),
            times=len({d for d, _ in history}),
            last_ordered=max(d for d, _ in history),
        )
        for pid, history in by_product.items()
    ]
    bought.sort(key=lambda b: (-b.times, -b.last_ordered.toordinal(), b.name))
    return bought


@dataclass(frozen=True)
class PasteResult:
    lines: list[LineInput]
    problems: list[Text]


_SPLIT = re.compile(r"\t|;|\s{2,}")


def parse_pasted_lines(pasted: str, index: ProductIndex) -> PasteResult:
    """Lines copied from Excel: article (or code), tab, quantity. A header row is skipped;
    an unknown article or a bad quantity is reported with its row, the rest is taken."""
    lines: list[LineInput] = []
    problems: list[Text] = []
    for row_no, raw in enumerate(pasted.splitlines(), start=1):
        if not raw.strip():
            continue
        cells = [c.strip() for c in _SPLIT.split(raw.strip())]
        cells = [c for c in cells if c]
        article = cells[0]
        qty_text = cells[-1] if len(cells) > 1 else "1"
        try:
            qty = parse_decimal(qty_text)
        except UserError:
            if row_no == 1:
                continue  # a header row: "Артикул	Количество"
            problems.append(
                _err(
                    QT_TRANSLATE_NOOP("Orders", "Row {row}: «{value}» is not a quantity"),
                    row=row_no,
                    value=qty_text,
                )
            )
            continue
        product_id = index.exact(article)
        if product_id is None:
            problems.append(
                _err(
                    QT_TRANSLATE_NOOP(
                        "Orders", "Row {row}: no product with the article «{article}»"
                    ),
                    row=row_no,
                    article=article,
                )
            )
            continue
        if qty <= 0:
            problems.append(
                _err(
                    QT_TRANSLATE_NOOP(
                        "Orders", "Row {row}: the quantity must be greater than zero"
                    ),
                    row=row_no,
                )
            )
            continue
        lines.append(LineInput(product_id, qty))
    return PasteResult(lines, problems)
