"""The `wholesale-desk` command line: the window by default, sub-commands for scripts.

Each sub-command lives in `wholesale_desk/commands/<name>.py` and exposes
`register(subparsers) -> None`, adding its parser with `set_defaults(func=run)` where
`run(args) -> int`. The list below is the only place that names them.

The command line speaks the user's language (`translations.choose_language`: `WHOLESALE_DESK_LANG`,
else the locale); its strings are `Cli.tr(...)`, argparse's own words are translated below.
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from wholesale_desk import __version__, translations
from wholesale_desk.i18n import QT_TRANSLATE_NOOP, translate
from wholesale_desk.translations import Cli

COMMANDS = ("emulator", "connect", "sync", "export", "price", "print")

ARGPARSE_WORDS = frozenset(
    (
        QT_TRANSLATE_NOOP("Argparse", "usage: "),
        QT_TRANSLATE_NOOP("Argparse", "positional arguments"),
        QT_TRANSLATE_NOOP("Argparse", "options"),
        QT_TRANSLATE_NOOP("Argparse", "show this help message and exit"),
        QT_TRANSLATE_NOOP("Argparse", "show program's version number and exit"),
        QT_TRANSLATE_NOOP("Argparse", "%(prog)s: error: %(message)s\n"),
        QT_TRANSLATE_NOOP("Argparse", "argument %(argument_name)s: %(message)s"),
        QT_TRANSLATE_NOOP("Argparse", "the following arguments are required: %s"),
        QT_TRANSLATE_NOOP("Argparse", "unrecognized arguments: %s"),
        QT_TRANSLATE_NOOP("Argparse", "invalid choice: %(value)r (choose from %(choices)s)"),
        QT_TRANSLATE_NOOP("Argparse", "invalid %(type)s value: %(value)r"),
        QT_TRANSLATE_NOOP("Argparse", "expected one argument"),
        QT_TRANSLATE_NOOP("Argparse", "expected at most one argument"),
        QT_TRANSLATE_NOOP("Argparse", "expected at least one argument"),
        QT_TRANSLATE_NOOP("Argparse", "ambiguous option: %(option)s could match %(matches)s"),
        QT_TRANSLATE_NOOP("Argparse", "not allowed with argument %s"),
        QT_TRANSLATE_NOOP("Argparse", "one of the arguments %s is required"),
        QT_TRANSLATE_NOOP("Argparse", "ignored explicit argument %r"),
        QT_TRANSLATE_NOOP("Argparse", "can't open '%(filename)s': %(error)s"),
    )
)
"""argparse's own messages (Python 3.11's wording). argparse looks each up through its module
global `_` (gettext) when it prints; a message not listed here, or worded differently by another
Python, stays English rather than breaking."""


def _argparse_word(message: str) -> str:
    return translate("Argparse", message) if message in ARGPARSE_WORDS else message


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="wholesale-desk",
        description=Cli.tr(
            "Wholesale Desk: a sales workstation over a local cache synced with 1C."
        ),
    )
    parser.add_argument(
        "--version",
        action="version",
        version=f"%(prog)s {__version__}",
        # argparse's default help for it is a plain literal, not looked up through `_`
        help=_argparse_word("show program's version number and exit"),
    )
    parser.add_argument(
        "--data-dir",
        type=Path,
        help=Cli.tr(
            "folder for the local store, settings and logs (default: the user's data folder; "
            "the WHOLESALE_DESK_HOME variable also sets it)"
        ),
    )
    parser.add_argument(
        "--demo",
        action="store_true",
        help=Cli.tr("open the built-in demo company (a local 1C emulator with generated data)"),
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


def use_language(language: str) -> None:
    """Speak `language` in this process: the catalog for our messages, argparse's words too."""
    translations.activate(language)
    argparse._ = _argparse_word  # type: ignore[attr-defined]


def main(argv: Sequence[str] | None = None) -> int:
    use_language(translations.choose_language())
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.data_dir is not None:
        os.environ["WHOLESALE_DESK_HOME"] = str(args.data_dir.expanduser().resolve())
    if args.command:
        return int(args.func(args))
    # The window has its own language setting and renders core messages through Qt.
    translations.deactivate()
    from wholesale_desk.gui.app import run_gui

    return run_gui(demo=args.demo)


if __name__ == "__main__":
    sys.exit(main())
