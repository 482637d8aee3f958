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
            announce(f"Generating the {company} demo company (seed {seed}); this takes a while…")
        started = time.monotonic()
        generate(base, company, seed)
        if announce:
            announce(f"Generated in {time.monotonic() - started:.0f} s.")
    return base


def start_demo_emulator(
    db_path: Path | str, company: str = "small", seed: int = 1
) -> EmulatorServer:
    """Start the demo base on a free loopback port (generated on first use); caller stops it."""
    return EmulatorServer(open_base(db_path, company, seed)).start()


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "emulator",
        help="run a demo 1C base (OData over loopback HTTP) in the foreground",
        description="Serve a generated demo company as a 1C:Enterprise OData publication.",
    )
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=0, help="0: any free port")
    parser.add_argument("--company", choices=("small", "large"), default="small")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--db", type=Path, help="base file (default: in the data folder)")
    parser.add_argument("--publication", default="demo")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    db = args.db or default_db(args.company)
    print(f"Base: {db}")
    try:
        base = open_base(db, args.company, args.seed, announce=lambda m: print(m, flush=True))
    except RuntimeError as exc:
        print(f"Cannot create the demo company: {exc}", file=sys.stderr)
        return 2
    server = EmulatorServer(base, host=args.host, port=args.port, publication=args.publication)
    server.start()
    print(f"1C publication URL: {server.url}")
    print(f"OData root:         {server.odata_url}")
    print("Users (password for all: demo):")
    for name, _password, _key, full in base.users():
        print(f"  {name}{'  (sees everything)' if full else ''}")
    print('Faults: POST JSON to /_emulator/faults, e.g. {"kind": "status", "code": 503}')
    print("Ctrl+C stops.", flush=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        print("Stopping.")
    finally:
        server.stop()
    return 0
