"""`wholesale-desk print pricelist (--price-type NAME | --client CLIENT) … --format xlsx|pdf`.

A price type's list, or one client's own prices through the terms engine (the figures
`wholesale-desk price CLIENT PRODUCT --date D` prints for quantity 1), from the local store.
Bad input (an unknown price type, client or group, a group without prices, a date before any
price) is one line on stderr and exit status 2.
"""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path
from typing import Any

from wholesale_desk import documents
from wholesale_desk.i18n import UserError
from wholesale_desk.services import documents as builders
from wholesale_desk.services.pricelist import PriceListRequest, build_price_list
from wholesale_desk.store import Store
from wholesale_desk.translations import Cli

BAD_INPUT = 2


def _day(value: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(
            Cli.tr("not a date (YYYY-MM-DD): {value}").format(value=value)
        ) from exc


def register(kinds: Any) -> None:
    parser = kinds.add_parser(
        "pricelist",
        help=Cli.tr("price list of a price type, or at one client's own prices"),
        description=Cli.tr(
            "A price list from the local store (no network): the prices of a price type, or a "
            "client's own prices under their agreement, by product group."
        ),
    )
    source = parser.add_mutually_exclusive_group(required=True)
    source.add_argument("--price-type", metavar="NAME", help=Cli.tr("price type, e.g. «Оптовая»"))
    source.add_argument(
        "--client", metavar="CLIENT", help=Cli.tr("the client's name, 1C code or INN")
    )
    parser.add_argument(
        "--groups",
        default="",
        help=Cli.tr("comma-separated product groups, each with its subgroups (default: all)"),
    )
    parser.add_argument("--in-stock", action="store_true", help=Cli.tr("only products in stock"))
    parser.add_argument(
        "--stock",
        choices=[s.value for s in documents.StockShown],
        default=documents.StockShown.NONE.value,
        help=Cli.tr("show stock: none, bands (in stock / to order) or per warehouse"),
    )
    parser.add_argument(
        "--date", type=_day, help=Cli.tr("the date the prices are valid on (default today)")
    )
    parser.add_argument("--format", dest="fmt", choices=documents.PRICELIST_FORMATS, required=True)
    parser.add_argument("--out", type=Path, required=True, help=Cli.tr("file to write"))
    parser.add_argument("--logo", type=Path, help=Cli.tr("image to print as the company logo"))
    parser.set_defaults(func=run)


def request_of(args: argparse.Namespace) -> PriceListRequest:
    return PriceListRequest(
        on=args.date or date.today(),
        price_type=args.price_type,
        client=args.client,
        groups=tuple(g.strip() for g in args.groups.split(",") if g.strip()),
        in_stock_only=args.in_stock,
        stock_shown=documents.StockShown(args.stock),
    )


def run(args: argparse.Namespace) -> int:
    store = Store()
    try:
        with store.session() as session:
            data = build_price_list(
                session, request_of(args), options=builders.PrintOptions(logo=args.logo)
            )
        documents.render_pricelist(data, args.fmt, args.out)
    except UserError as exc:
        print(f"print pricelist: {exc.message}", file=sys.stderr)
        return BAD_INPUT
    finally:
        store.close()
    products = Cli.tr("%Ln product(s)", "", data.line_count)
    print(
        "print pricelist: " + Cli.tr("wrote {path}").format(path=args.out) + f" ({products})",
        file=sys.stderr,
    )
    return 0
