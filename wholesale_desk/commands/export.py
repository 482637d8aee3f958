"""`wholesale-desk export clients|products|orders|receivables --format csv|json|xlsx [--out FILE]`."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from wholesale_desk.services.export import TABLES, write
from wholesale_desk.store import Store
from wholesale_desk.translations import Cli


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "export",
        help=Cli.tr("export clients, products, orders or receivables from the local store"),
        description=Cli.tr(
            "Export from the local store (no network). Columns are listed in the README; "
            "column names and values are the same in every language."
        ),
    )
    parser.add_argument("what", choices=sorted(TABLES))
    parser.add_argument("--format", choices=("csv", "json", "xlsx"), default="csv")
    parser.add_argument("--out", type=Path, help=Cli.tr("file to write (default: standard output)"))
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    if args.format == "xlsx" and args.out is None:
        print("export: " + Cli.tr("--out FILE is required for xlsx"), file=sys.stderr)
        return 2
    store = Store()
    try:
        with store.session() as session:
            data = write(TABLES[args.what](session), args.format, args.out)
    finally:
        store.close()
    if data is not None:
        sys.stdout.buffer.write(data)
        sys.stdout.flush()
    else:
        print("export: " + Cli.tr("wrote {path}").format(path=args.out), file=sys.stderr)
    return 0
