"""`wholesale-desk emulator`: a demo 1C base over loopback OData, in the foreground.

Also `start_demo_emulator`, which `wholesale-desk --demo` calls to run the same emulator
in-process on a free port.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from wholesale_desk.demo.base import EmulatorBase
from wholesale_desk.demo.server import EmulatorServer
from wholesale_desk.translations import Cli

DEMO_PASSWORD = "demo"


def data_home() -> Path:
    """The user's data folder: `$WHOLESALE_DESK_HOME`, else platformdirs' user data dir."""
    env = os.environ.get("WHOLESALE_DESK_HOME")
    if env:
        return Path(env)
    from platformdirs import user_data_dir

    return Path(user_data_dir("WholesaleDesk", appauthor=False))


def default_db(company: str) -> Path:
    return data_home() / f"emulator-{company}.sqlite"


def is_empty(base: EmulatorBase) -> bool:
    return base.connect().execute("SELECT 1 FROM objects LIMIT 1").fetchone() is None


def open_base(
    db_path: Path | str,
    company: str = "small",
    seed: int = 1,
    announce: Callable[[str], None] | None = None,
) -> EmulatorBase:
    """Open the base file, generating the demo company into it when it is empty."""
    path = Path(db_path)
    path.parent.mkdir(parents=True, exist_ok=True)
    base = EmulatorBase(path)
    if is_empty(base):
        try:
            from wholesale_desk.demo.company import generate  # type: ignore[attr-defined]
        except ImportError as exc:
            raise RuntimeError(
                "the demo company generator (wholesale_desk.demo.company.generate) is not"
                f" available yet: {exc}"
            ) from exc
        if announce:
            announce(
                Cli.tr(
                    "Generating the {company} demo company (seed {seed}); this takes a while…"
                ).format(company=company, seed=seed)
            )
        started = time.monotonic()
        generate(base, company, seed)
        if announce:
            announce(
                Cli.tr("Generated in {seconds} s.").format(
                    seconds=f"{time.monotonic() - started:.0f}"
                )
            )
    return base


def start_demo_emulator(
    db_path: Path | str, company: str = "small", seed: int = 1
) -> EmulatorServer:
    """Start the demo base on a free loopback port (generated on first use); caller stops it."""
    return EmulatorServer(open_base(db_path, company, seed)).start()


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "emulator",
        help=Cli.tr("run a demo 1C base (OData over loopback HTTP) in the foreground"),
        description=Cli.tr("Serve a generated demo company as a 1C:Enterprise OData publication."),
    )
    parser.add_argument("--host", default="127.0.0.1", help=Cli.tr("address to listen on"))
    parser.add_argument("--port", type=int, default=0, help=Cli.tr("0: any free port"))
    parser.add_argument(
        "--company",
        choices=("small", "large"),
        default="small",
        help=Cli.tr("size of the generated company"),
    )
    parser.add_argument(
        "--seed", type=int, default=1, help=Cli.tr("random seed of the generated company")
    )
    parser.add_argument("--db", type=Path, help=Cli.tr("base file (default: in the data folder)"))
    parser.add_argument(
        "--publication", default="demo", help=Cli.tr("publication name in the address")
    )
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    db = args.db or default_db(args.company)
    print(Cli.tr("Base: {path}").format(path=db))
    try:
        base = open_base(db, args.company, args.seed, announce=lambda m: print(m, flush=True))
    except RuntimeError as exc:
        print(
            Cli.tr("Cannot create the demo company: {reason}").format(reason=exc), file=sys.stderr
        )
        return 2
    server = EmulatorServer(base, host=args.host, port=args.port, publication=args.publication)
    server.start()
    addresses = [
        (Cli.tr("1C publication URL"), server.url),
        (Cli.tr("OData root"), server.odata_url),
    ]
    width = max(len(label) for label, _ in addresses) + 1
    for label, value in addresses:
        print(f"{label + ':':<{width}} {value}")
    print(Cli.tr("Users (password for all: {password}):").format(password=DEMO_PASSWORD))
    sees_all = Cli.tr("(sees everything)")
    for name, _password, _key, full in base.users():
        print(f"  {name}{'  ' + sees_all if full else ''}")
    print(
        Cli.tr("Faults: POST JSON to /_emulator/faults, e.g. {example}").format(
            example='{"kind": "status", "code": 503}'
        )
    )
    print(Cli.tr("Ctrl+C stops."), flush=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        print(Cli.tr("Stopping."))
    finally:
        server.stop()
    return 0
