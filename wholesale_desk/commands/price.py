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

from wholesale_desk.i18n import UserError
from wholesale_desk.money import format_money, format_qty, parse_decimal
from wholesale_desk.services.terms import quote
from wholesale_desk.store import Store


def _date(value: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {value}") from exc


def _qty(value: str) -> Decimal:
    try:
        return parse_decimal(value)
    except UserError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from exc


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "price",
        help="price a product for a client from the local store (the order editor's terms)",
        description="Price, each discount with its source, VAT and the payment due date for one "
        "product and one client, from the local store (no network).",
    )
    parser.add_argument("client", metavar="CLIENT", help="the client's INN or 1C code")
    parser.add_argument("product", metavar="PRODUCT", help="the product's article or 1C code")
    parser.add_argument("--qty", type=_qty, default=Decimal(1), help="quantity (default 1)")
    parser.add_argument(
        "--date",
        type=_date,
        default=None,
        help="order and shipment date, YYYY-MM-DD (default: today)",
    )
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    on = args.date or date.today()
    store = Store()
    try:
        with store.session() as session:
            q = quote(session, args.client, args.product, args.qty, on)
    except UserError as exc:
        print(f"price: {exc}", file=sys.stderr)
        return 2
    finally:
        store.close()
    if args.json:
        print(json.dumps(q.to_json(), ensure_ascii=False, indent=2))
        return 0
    line = q.line
    out = [
        f"Client:      {q.ctx.client_name}",
        f"Product:     {q.product.article or q.product.code}  {q.product.name}",
        f"Date:        {on.isoformat()}",
        f"Price type:  {q.ctx.price_type_name(line.price_type_id or '')} ({q.ctx.humanize(line.price_reason)})",
        f"Base price:  {format_money(line.base_price) if line.base_price is not None else 'no price'}",
        f"Quantity:    {format_qty(line.quantity)}",
    ]
    if line.discounts:
        out.append("Discounts:")
        out.extend(
            f"  {d.source.value:<10} {format_qty(d.percent)}%  -{format_money(d.amount)}   {d.reason}"
            for d in line.discounts
        )
    for passed in line.passed_over:
        out.append(f"  (not applied) {passed.reason}")
    out.append(f"Amount:      {format_money(line.amount)}")
    if line.vat_rate is None:
        out.append("VAT:         without VAT")
    else:
        how = "included" if line.vat_included else "on top"
        out.append(
            f"VAT:         {format_qty(line.vat_rate)}% {how}: {format_money(line.vat_amount)}"
        )
    out.append(f"Total:       {format_money(line.total)}")
    out.append(f"Due date:    {q.due_date.isoformat()}")
    out.extend(f"! {q.ctx.humanize(p)}" for p in line.problems)
    print("\n".join(out))
    return 0
