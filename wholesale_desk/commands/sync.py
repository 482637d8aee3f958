"""`wholesale-desk sync [--password-stdin]`: one headless sync, for schedulers and scripts.

Progress goes to stderr; the exit status is 0 only when the sync completed (1 failed,
2 not configured or no password, 3 cancelled or another sync running, 4 credentials refused).
"""

from __future__ import annotations

import argparse
import signal
import sys
import time
from types import FrameType
from typing import Any

from wholesale_desk import connection, credentials
from wholesale_desk.sync.vocabulary import concept_name, counts_text
from wholesale_desk.translations import Cli


def register(subparsers: Any) -> None:
    parser: argparse.ArgumentParser = subparsers.add_parser(
        "sync",
        help=Cli.tr("sync the local store with 1C once, without the window"),
        description=Cli.tr("Push local changes to 1C and pull its changes into the local store."),
    )
    parser.add_argument(
        "--password-stdin",
        action="store_true",
        help=Cli.tr("read the 1C password from standard input"),
    )
    parser.add_argument("--quiet", action="store_true", help=Cli.tr("no progress on stderr"))
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from wholesale_desk.store import Store
    from wholesale_desk.sync.engine import SyncEngine

    settings = connection.load()
    if not settings.configured:
        print(
            Cli.tr("error: not connected to 1C yet: run `wholesale-desk connect URL --user NAME`"),
            file=sys.stderr,
        )
        return 2
    password = sys.stdin.readline().rstrip("\r\n") if args.password_stdin else None
    if password is None and credentials.get_password(settings.url, settings.user) is None:
        print(
            Cli.tr("error: no saved password (no system keyring?): use --password-stdin"),
            file=sys.stderr,
        )
        return 2
    stop = False

    def on_signal(signum: int, frame: FrameType | None) -> None:
        nonlocal stop
        stop = True

    signal.signal(signal.SIGINT, on_signal)
    signal.signal(signal.SIGTERM, on_signal)
    last_at = 0.0
    last_stage = ""

    def progress(stage: str, done: int, total: int) -> None:
        nonlocal last_at, last_stage
        if args.quiet:
            return
        now = time.monotonic()
        if stage == last_stage and now - last_at < 0.5:
            return
        last_at, last_stage = now, stage
        figure = f"{done}/{total}" if total else f"{done}"
        print(f"sync: {concept_name(stage)} {figure}", file=sys.stderr, flush=True)

    store = Store()
    try:
        engine = SyncEngine(store, settings, password=password)
        result = engine.run(progress, lambda: stop)
        status = engine.status()
    finally:
        store.close()
    for name, figures in result.figures.items():
        if figures and not args.quiet:
            print(f"  {concept_name(name)}: {counts_text(figures)}", file=sys.stderr)
    for error in result.errors:
        print(Cli.tr("error: {message}").format(message=error), file=sys.stderr)
    if not args.quiet:
        print(summary(result.status, status.pending, result.issues), file=sys.stderr)
    if result.ok:
        return 0
    if result.credentials_refused:
        return 4
    if result.status in ("cancelled", "busy"):
        return 3
    return 1


def summary(status: str, pending: int, issues: int) -> str:
    """The last line: how it went, what still waits for 1C, what was skipped."""
    outcomes = {
        "ok": Cli.tr("ok"),
        "failed": Cli.tr("failed"),
        "cancelled": Cli.tr("cancelled"),
        "busy": Cli.tr("another sync is running"),
    }
    parts = [outcomes.get(status, status), Cli.tr("%n change(s) waiting to go to 1C", "", pending)]
    if issues:
        parts.append(Cli.tr("%n row(s) skipped, see the sync log", "", issues))
    return "sync: " + "; ".join(parts)
