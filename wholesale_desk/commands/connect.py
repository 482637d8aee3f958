"""`wholesale-desk connect URL --user NAME [--password-stdin] [--insecure|--verify]`: test a 1C
base and remember it.

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
from wholesale_desk.onec.client import ConnectionCheck, OneCClient
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
    parser.add_argument(
        "--user", help=Cli.tr("your 1C login (required unless the address holds one)")
    )
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
    tls = parser.add_mutually_exclusive_group()
    tls.add_argument(
        "--insecure",
        dest="verify_tls",
        action="store_false",
        default=None,
        help=Cli.tr("do not verify the server's TLS certificate (unsafe)"),
    )
    tls.add_argument(
        "--verify",
        dest="verify_tls",
        action="store_true",
        help=Cli.tr("verify the server's TLS certificate again (the default)"),
    )
    parser.add_argument("--profile", help=Cli.tr("mapping profile name (default ut115)"))
    parser.set_defaults(func=run)


def read_password(from_stdin: bool) -> str:
    if from_stdin:
        return sys.stdin.readline().rstrip("\r\n")
    return getpass.getpass(Cli.tr("1C password: "))


def run(args: argparse.Namespace) -> int:
    address, url_user, url_password = connection.split_credentials(args.url)
    if url_user is not None or url_password is not None:
        print(
            Cli.tr(
                "The address holds a login: it is used as --user and the password, "
                "and is not saved with the address."
            ),
            file=sys.stderr,
        )
    user = args.user or url_user
    if not user:
        _error(Cli.tr("give your 1C login with --user"))
        return 2
    try:
        url = connection.normalize_url(address)
    except UserError as exc:
        _error(exc.message)
        return 2
    try:
        settings = connection.load()
    except UserError:
        settings = connection.ConnectionSettings()  # connecting anew rewrites a damaged file
    settings.url, settings.user = url, user
    settings.demo = False
    for attr, value in (
        ("server_timezone", args.timezone),
        ("history_depth_months", args.history_months),
        ("document_window_days", args.window_days),
        ("sync_interval_minutes", args.interval_minutes),
        ("ca_bundle", args.ca_bundle),
        ("profile", args.profile),
        ("verify_tls", args.verify_tls),
    ):
        if value is not None:
            setattr(settings, attr, value)
    try:
        profile = load_profile(settings.profile)
        verify = settings.verify()
    except (ProfileError, UserError) as exc:
        _error(getattr(exc, "message", exc))
        return 2
    if settings.insecure:
        print(
            Cli.tr(
                "Warning: the server's certificate is not checked; anyone on the network "
                "could read or change the exchange. `--verify` turns the check back on."
            ),
            file=sys.stderr,
        )
    if url_password is not None and not args.password_stdin:
        password = url_password
    else:
        password = read_password(args.password_stdin)
    with OneCClient(url, user, password, verify=verify) as client:
        check = client.check_connection(profile.entity_sets(required_only=True))
    _report(check, url, len(profile.entity_sets(required_only=True)))
    if not check.ok:
        return 3 if check.authorized else 2
    path = connection.save(settings)
    print(Cli.tr("Saved the connection settings to {path}").format(path=path), file=sys.stderr)
    _say_where_the_password_went(credentials.save_password(url, user, password))
    return 0


def _report(check: ConnectionCheck, url: str, needed: int) -> None:
    """What the check found, one labelled row per step, then what to do."""
    print(Cli.tr("1C base: {url}").format(url=connection.publication_url(url)), file=sys.stderr)
    rows = [(Cli.tr("reachable"), Cli.tr("yes") if check.reachable else Cli.tr("no"))]
    if check.tls_failed:
        rows.append((Cli.tr("certificate"), Cli.tr("not trusted")))
    elif check.reachable:
        rows.append(
            (Cli.tr("credentials"), Cli.tr("accepted") if check.authorized else Cli.tr("refused"))
        )
    if check.authorized:
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


def _say_where_the_password_went(in_keyring: bool) -> None:
    if in_keyring:
        print(Cli.tr("The password is stored in the system keyring."), file=sys.stderr)
        return
    refused = credentials.refused_backend()
    if refused:
        message = Cli.tr(
            "The password was not saved: the keyring found ({backend}) keeps it unencrypted. "
            "Enter it each session: `wholesale-desk sync --password-stdin`."
        ).format(backend=refused)
    else:
        message = Cli.tr(
            "No system keyring is available: the password was not saved. "
            "Pass it to `wholesale-desk sync --password-stdin`."
        )
    print(message, file=sys.stderr)


def _error(message: object) -> None:
    print(Cli.tr("error: {message}").format(message=message), file=sys.stderr)
