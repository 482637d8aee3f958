"""The `wholesale-desk` command line: the window by default, sub-commands for scripts.

Each sub-command lives in `wholesale_desk/commands/<name>.py` and exposes
`register(subparsers) -> None`, adding its parser with `set_defaults(func=run)` where
`run(args) -> int`. The list below is the only place that names them.
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from wholesale_desk import __version__

COMMANDS = ("emulator", "connect", "sync", "export", "price", "print")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="wholesale-desk",
        description="Wholesale Desk: a sales workstation over a local cache synced with 1C.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument(
        "--data-dir",
        type=Path,
        help="folder for the local store, settings and logs (default: the user's data folder; "
        "the WHOLESALE_DESK_HOME variable also sets it)",
    )
    parser.add_argument(
        "--demo",
        action="store_true",
        help="open the built-in demo company (a local 1C emulator with generated data)",
    )
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMANDS:
        try:
            module = importlib.import_module(f"wholesale_desk.commands.{name}")
        except ModuleNotFoundError as exc:
            if exc.name != f"wholesale_desk.commands.{name}":
                raise
            continue
        module.register(subparsers)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.data_dir is not None:
        os.environ["WHOLESALE_DESK_HOME"] = str(args.data_dir.expanduser().resolve())
    if args.command:
        return int(args.func(args))
    from wholesale_desk.gui.app import run_gui

    return run_gui(demo=args.demo)


if __name__ == "__main__":
    sys.exit(main())
