"""`wholesale-desk print invoice|offer|reconciliation|reminder … --out FILE.pdf`.

    print invoice ORDER_NUMBER --out FILE.pdf
    print offer --client CLIENT --products A,B,C [--qty 10,5,1] --out FILE.pdf
    print reconciliation --client CLIENT --from YYYY-MM-DD --to YYYY-MM-DD --out FILE.pdf
    print reminder --client CLIENT [--date YYYY-MM-DD] --out FILE.pdf

Works from the local store only (no network). CLIENT is a name, code or ИНН; products are
articles, codes or names.
"""

from __future__ import annotations

import argparse
import configparser
import sys
from datetime import date
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from wholesale_desk import documents, paths, settings_defaults
from wholesale_desk.i18n import UserError
from wholesale_desk.services import documents as service
from wholesale_desk.store import Store
from wholesale_desk.translations import Cli


def _day(value: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(
            Cli.tr("not a date (YYYY-MM-DD): {value}").format(value=value)
        ) from exc


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "print",
        help=Cli.tr("print an invoice, offer, reconciliation statement or reminder to PDF"),
        description=Cli.tr("Render a document from the local store to a PDF file (no network)."),
    )
    kinds = parser.add_subparsers(dest="document", metavar="DOCUMENT", required=True)

    invoice = kinds.add_parser("invoice", help=Cli.tr("invoice for payment of an order"))
    invoice.add_argument("order", metavar="ORDER_NUMBER")

    offer = kinds.add_parser("offer", help=Cli.tr("commercial offer at a client's prices"))
    offer.add_argument(
        "--products", required=True, help=Cli.tr("comma-separated articles, codes or names")
    )
    offer.add_argument(
        "--qty", default="", help=Cli.tr("comma-separated quantities (default 1 each)")
    )
    offer.add_argument("--date", type=_day, help=Cli.tr("offer date (default today)"))

    reconciliation = kinds.add_parser("reconciliation", help=Cli.tr("reconciliation statement"))
    reconciliation.add_argument(
        "--from", dest="start", type=_day, required=True, help=Cli.tr("first day, YYYY-MM-DD")
    )
    reconciliation.add_argument(
        "--to", dest="end", type=_day, required=True, help=Cli.tr("last day, YYYY-MM-DD")
    )

    reminder = kinds.add_parser("reminder", help=Cli.tr("payment reminder for overdue debt"))
    reminder.add_argument("--date", type=_day, help=Cli.tr("letter date (default today)"))

    for sub in (offer, reconciliation, reminder):
        sub.add_argument(
            "--client", required=True, help=Cli.tr("the client's name, 1C code or INN")
        )
    for sub in (invoice, offer, reconciliation, reminder):
        sub.add_argument("--out", type=Path, required=True, help=Cli.tr("PDF file to write"))
        sub.add_argument("--logo", type=Path, help=Cli.tr("image to print as the company logo"))
        sub.set_defaults(func=run)


def _quantities(raw: str, count: int) -> list[Decimal]:
    if not raw:
        return [Decimal(1)] * count
    parts = [p.strip().replace(",", ".") for p in raw.split(",")]
    if len(parts) != count:
        raise SystemExit(
            "print: "
            + Cli.tr("--qty has {given} values for {count} products").format(
                given=len(parts), count=count
            )
        )
    try:
        return [Decimal(p) for p in parts]
    except InvalidOperation as exc:
        raise SystemExit(
            "print: " + Cli.tr("--qty must be numbers: {raw}").format(raw=raw)
        ) from exc


def _setting(setting: settings_defaults.Setting[bool]) -> bool:
    """A user setting as the GUI saved it (QSettings INI in the data folder), else its default."""
    parser = configparser.ConfigParser(interpolation=None)
    try:
        parser.read(paths.data_dir() / settings_defaults.SETTINGS_FILE_NAME, encoding="utf-8")
    except (configparser.Error, UnicodeDecodeError):
        return setting.default
    section, _, key = setting.key.partition("/")
    return setting.coerce(parser.get(section, key, fallback=None))


def build(args: argparse.Namespace, store: Store) -> documents.DocumentData:
    """The document's data from the store, as the arguments describe it."""
    options = service.PrintOptions(
        logo=args.logo, not_public_offer=_setting(settings_defaults.OFFER_NOT_PUBLIC_NOTE)
    )
    with store.session() as session:
        if args.document == "invoice":
            order = service.find_order(session, args.order)
            return service.invoice_for_order(session, order, options)
        client = service.find_client(session, args.client)
        if args.document == "offer":
            refs = [r for r in (p.strip() for p in args.products.split(",")) if r]
            products = [service.find_product(session, r) for r in refs]
            quantities = _quantities(args.qty, len(products))
            return service.offer_for_client(
                session,
                client,
                list(zip(products, quantities, strict=True)),
                on=args.date,
                options=options,
            )
        if args.document == "reconciliation":
            return service.reconciliation_for_client(
                session, client, args.start, args.end, options=options
            )
        return service.reminder_for_client(session, client, on=args.date, options=options)


def run(args: argparse.Namespace) -> int:
    store = Store()
    try:
        data = build(args, store)
        documents.render(data, args.out)
    except UserError as exc:
        print(f"print: {exc.message}", file=sys.stderr)
        return 1
    finally:
        store.close()
    print("print: " + Cli.tr("wrote {path}").format(path=args.out), file=sys.stderr)
    return 0
