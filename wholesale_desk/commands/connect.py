"""`wholesale-desk connect URL --user NAME [--password-stdin]`: test a 1C base and remember it.

Checks that the base is reachable, that 1C accepts the login, and that every object the
profile needs is published (naming each missing one and what to ask the administrator), then
saves the settings and puts the password in the OS keyring, or says why it cannot.
"""

from __future__ import annotations

import argparse
import getpass
import sys
from typing import Any

from wholesale_desk import connection, credentials, policy_audit
from wholesale_desk.i18n import UserError
from wholesale_desk.onec.client import OneCClient
from wholesale_desk.onec.profile import ProfileError, load_profile
from wholesale_desk.translations import Cli


def register(subparsers: Any) -> None:
    parser: argparse.ArgumentParser = subparsers.add_parser(
        "connect",
        help=Cli.tr("test the connection to a 1C base and save it"),
        description=Cli.tr(
            "Test the connection to a 1C base (publication address such as "
            "http://server/base, or the full .../odata/standard.odata address) and save it."
        ),
    )
    parser.add_argument("url", help=Cli.tr("the 1C publication address"))
    parser.add_argument("--user", required=True, help=Cli.tr("your 1C login"))
    parser.add_argument(
        "--password-stdin",
        action="store_true",
        help=Cli.tr("read the password from standard input"),
    )
    parser.add_argument(
        "--timezone", help=Cli.tr("the 1C server's time zone (default Europe/Moscow)")
    )
    parser.add_argument("--history-months", type=int, help=Cli.tr("months of documents to keep"))
    parser.add_argument(
        "--window-days", type=int, help=Cli.tr("days of documents re-checked each sync")
    )
    parser.add_argument(
        "--interval-minutes", type=int, help=Cli.tr("minutes between background syncs")
    )
    parser.add_argument("--ca-bundle", help=Cli.tr("a PEM file with the company's CA certificates"))
    parser.add_argument(
        "--insecure",
        action="store_true",
        help=Cli.tr("do not verify the server's TLS certificate"),
    )
    parser.add_argument("--profile", help=Cli.tr("mapping profile name (default ut115)"))
    parser.set_defaults(func=run)


def read_password(from_stdin: bool) -> str:
    if from_stdin:
        return sys.stdin.readline().rstrip("\r\n")
    return getpass.getpass(Cli.tr("1C password: "))


def run(args: argparse.Namespace) -> int:
    try:
        url = connection.normalize_url(args.url)
    except UserError as exc:
        _error(exc.message)
        return 2
    settings = connection.load()
    settings.url, settings.user = url, args.user
    settings.demo = False
    for attr, value in (
        ("server_timezone", args.timezone),
        ("history_depth_months", args.history_months),
        ("document_window_days", args.window_days),
        ("sync_interval_minutes", args.interval_minutes),
        ("ca_bundle", args.ca_bundle),
        ("profile", args.profile),
    ):
        if value is not None:
            setattr(settings, attr, value)
    if args.insecure:
        settings.verify_tls = False
    try:
        profile = load_profile(settings.profile)
    except ProfileError as exc:
        _error(exc)
        return 2
    password = read_password(args.password_stdin)
    with OneCClient(url, args.user, password, verify=settings.verify()) as client:
        check = client.check_connection(profile.entity_sets(required_only=True))
    print(Cli.tr("1C base: {url}").format(url=connection.publication_url(url)), file=sys.stderr)
    rows = [
        (Cli.tr("reachable"), Cli.tr("yes") if check.reachable else Cli.tr("no")),
        (Cli.tr("credentials"), Cli.tr("accepted") if check.authorized else Cli.tr("refused")),
    ]
    if check.authorized:
        needed = len(profile.entity_sets(required_only=True))
        rows.append(
            (
                Cli.tr("objects"),
                Cli.tr("{published} of {needed} published").format(
                    published=needed - len(check.missing), needed=needed
                ),
            )
        )
    width = max(len(label) for label, _ in rows) + 1
    for label, value in rows:
        print(f"  {label + ':':<{width}}  {value}", file=sys.stderr)
    for message in check.messages():
        _error(message)
    if check.authorized:
        for note in policy_audit.notes(check.published):
            print(Cli.tr("note: {message}").format(message=note), file=sys.stderr)
    if not check.ok:
        return 3 if check.authorized else 2
    path = connection.save(settings)
    print(Cli.tr("Saved the connection settings to {path}").format(path=path), file=sys.stderr)
    if credentials.save_password(url, args.user, password):
        print(Cli.tr("The password is stored in the system keyring."), file=sys.stderr)
    else:
        print(
            Cli.tr(
                "No system keyring is available: the password was not saved. "
                "Pass it to `wholesale-desk sync --password-stdin`."
            ),
            file=sys.stderr,
        )
    return 0


def _error(message: object) -> None:
    print(Cli.tr("error: {message}").format(message=message), file=sys.stderr)
