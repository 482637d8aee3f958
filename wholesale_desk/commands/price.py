"""`wholesale-desk price CLIENT PRODUCT [--qty N] [--date YYYY-MM-DD] [--json]`.

Prices one product for one client from the local store through the same terms path as the order
editor (`services.terms.quote`), so the figure a script sees is the figure the screen shows.
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from decimal import Decimal
from typing import Any

from wholesale_desk.commands import arguments
from wholesale_desk.i18n import UserError
from wholesale_desk.money import format_money, format_qty
from wholesale_desk.pricing import DiscountSource, PricedLine
from wholesale_desk.services.terms import Quote, quote
from wholesale_desk.store import Store
from wholesale_desk.translations import Cli, format_day


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "price",
        help=Cli.tr("price a product for a client from the local store (the order editor's terms)"),
        description=Cli.tr(
            "Price, each discount with its source, VAT and the payment due date for one "
            "product and one client, from the local store (no network)."
        ),
    )
    parser.add_argument("client", metavar="CLIENT", help=Cli.tr("the client's INN or 1C code"))
    parser.add_argument(
        "product", metavar="PRODUCT", help=Cli.tr("the product's article or 1C code")
    )
    parser.add_argument(
        "--qty", type=arguments.quantity, default=Decimal(1), help=Cli.tr("quantity (default 1)")
    )
    parser.add_argument(
        "--date",
        type=arguments.day,
        default=None,
        help=Cli.tr("order and shipment date, YYYY-MM-DD (default: today)"),
    )
    parser.add_argument(
        "--json",
        action="store_true",
        help=Cli.tr("print one JSON object (English messages, whatever the language)"),
    )
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    on = args.date or date.today()
    store = Store()
    try:
        with store.session() as session:
            q = quote(session, args.client, args.product, args.qty, on)
    except UserError as exc:
        print(f"price: {exc.message}", file=sys.stderr)
        return 2
    finally:
        store.close()
    if args.json:
        print(json.dumps(q.to_json(), ensure_ascii=False, indent=2))
        return 0
    print("\n".join(describe(q, on)))
    return 0


def _discount_source(source: DiscountSource) -> str:
    names = {
        DiscountSource.AGREEMENT: Cli.tr("agreement"),
        DiscountSource.VOLUME: Cli.tr("volume"),
        DiscountSource.MANUAL: Cli.tr("manual"),
        DiscountSource.ORDER: Cli.tr("order"),
    }
    return names.get(source, source.value)


def _labelled(rows: list[tuple[str, str]], width: int) -> list[str]:
    """ "Label:  value" rows with the values in one column, however long the translated labels."""
    return [f"{label + ':':<{width + 2}} {value}" for label, value in rows]


def describe(q: Quote, on: date) -> list[str]:
    """The quote as a person reads it, in the active language (dates as the locale writes them)."""
    line = q.line
    base = format_money(line.base_price) if line.base_price is not None else Cli.tr("no price")
    price_type = q.ctx.price_type_name(line.price_type_id or "")
    head = [
        (Cli.tr("Client"), q.ctx.client_name),
        (Cli.tr("Product"), f"{q.product.article or q.product.code}  {q.product.name}"),
        (Cli.tr("Date"), format_day(on)),
        (Cli.tr("Price type"), f"{price_type} ({q.ctx.humanize(line.price_reason)})"),
        (Cli.tr("Base price"), base),
        (Cli.tr("Quantity"), format_qty(line.quantity)),
    ]
    tail = _tail(line, q.due_date)
    limit = line.manual_limit
    if limit is not None and limit.percent is not None:
        tail.insert(
            0,
            (
                Cli.tr("Manual discount limit"),
                f"{format_qty(limit.percent)}% ({limit.source.label()})",
            ),
        )
    width = max(len(label) for label, _ in head + tail)
    out = _labelled(head, width)
    if line.discounts:
        out.append(Cli.tr("Discounts:"))
        sources = [_discount_source(d.source) for d in line.discounts]
        pad = max(len(name) for name in sources)
        source = Cli.tr("source")
        for name, d in zip(sources, line.discounts, strict=True):
            out.append(
                f"  {name:<{pad}} {format_qty(d.percent)}%  -{format_money(d.amount)}   {d.reason}"
            )
            out.append(f"  {'':<{pad}} {source}: {d.origin.label()}")
    not_applied = Cli.tr("not applied")
    out.extend(f"  ({not_applied}) {passed.reason}" for passed in line.passed_over)
    skipped_word = Cli.tr("skipped")
    out.extend(f"  ({skipped_word}) {skipped}" for skipped in line.skipped_rules)
    out.extend(_labelled(tail, width))
    out.extend(f"! {q.ctx.humanize(p)}" for p in line.problems)
    return out


def _tail(line: PricedLine, due: date) -> list[tuple[str, str]]:
    if line.vat_rate is None:
        vat = Cli.tr("without VAT")
    else:
        how = Cli.tr("included") if line.vat_included else Cli.tr("on top")
        vat = f"{format_qty(line.vat_rate)}% {how}: {format_money(line.vat_amount)}"
    return [
        (Cli.tr("Amount"), format_money(line.amount)),
        (Cli.tr("VAT"), vat),
        (Cli.tr("Total"), format_money(line.total)),
        (Cli.tr("Due date"), format_day(due)),
    ]
