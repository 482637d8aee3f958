"""Connection settings for one 1C base: stored Qt-free as JSON in the data folder.

What is here is not secret (URL, user, time zone, depth, interval, TLS); the password lives in
`credentials`. The GUI's settings dialog and the CLI both read and write this one file.
"""

from __future__ import annotations

import json
import os
import tempfile
from dataclasses import asdict, dataclass, fields
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import unquote, urlsplit, urlunsplit
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from wholesale_desk import paths, settings_defaults
from wholesale_desk.i18n import QT_TRANSLATE_NOOP, UserError, text

if TYPE_CHECKING:
    from wholesale_desk.onec.client import ConnectionCheck

CTX = "Connection"
FILE_NAME = "connection.json"
ODATA_SUFFIX = "odata/standard.odata"


def split_credentials(url: str) -> tuple[str, str | None, str | None]:
    """(`url` without `user:password@`, the user, the password) — both None when absent.

    A login typed into the address must reach `--user` and the keyring, never
    `connection.json`, a log or the screen.
    """
    raw = url.strip()
    scheme, sep, rest = raw.partition("://")
    if not sep:
        scheme, rest = "", raw
    netloc, slash, tail = rest.partition("/")
    if "@" not in netloc:
        return raw, None, None
    userinfo, _, host = netloc.rpartition("@")
    user, colon, password = userinfo.partition(":")
    clean = (scheme + "://" if sep else "") + host + slash + tail
    return clean, unquote(user) or None, unquote(password) if colon else None


def normalize_url(url: str) -> str:
    """The service root (`…/odata/standard.odata/`) from a publication URL or the full address.

    Accepts `http://host/base`, `http://host/base/`, `…/odata/standard.odata`, with or without
    a trailing slash or query; adds `http://` when no scheme is given. A `user:password@` in the
    address is dropped (see `split_credentials`).
    """
    url = split_credentials(url)[0]
    raw = url.strip()
    if not raw:
        raise UserError(
            text(CTX, QT_TRANSLATE_NOOP("Connection", "Enter the address of the 1C base"))
        )
    if "://" not in raw:
        raw = "http://" + raw
    parts = urlsplit(raw)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise UserError(
            text(
                CTX,
                QT_TRANSLATE_NOOP("Connection", "Not a web address of a 1C base: {url}"),
                url=url,
            )
        )
    path = parts.path.rstrip("/")
    lowered = path.lower()
    for tail in ("/odata/standard.odata", "/odata"):
        if lowered.endswith(tail):
            path = path[: -len(tail)]
            break
    return urlunsplit((parts.scheme, parts.netloc, f"{path}/{ODATA_SUFFIX}/", "", ""))


def publication_url(service_root: str) -> str:
    """The publication address a user recognises (without the OData suffix)."""
    return service_root.rstrip("/").removesuffix("/" + ODATA_SUFFIX)


@dataclass
class ConnectionSettings:
    """Everything needed to reach a 1C base, except the password."""

    url: str = ""  # the service root, normalised
    user: str = ""
    server_timezone: str = "Europe/Moscow"
    history_depth_months: int = settings_defaults.HISTORY_DEPTH_MONTHS.default
    document_window_days: int = 60
    sync_interval_minutes: int = settings_defaults.SYNC_INTERVAL_MINUTES.default
    verify_tls: bool = True
    ca_bundle: str = ""  # a PEM file for a company CA; empty: the system's
    profile: str = "ut115"
    demo: bool = False

    @property
    def configured(self) -> bool:
        return bool(self.url and self.user)

    @property
    def insecure(self) -> bool:
        """True when the server's certificate is not checked: the window shows it in red."""
        return not self.verify_tls

    def verify(self) -> bool | str:
        """The value for requests' `verify`: a CA bundle path, or on/off.

        A CA bundle that is not a readable file is said in words here (requests would raise a
        bare OSError from deep inside the first request).
        """
        if not self.verify_tls:
            return False
        if self.ca_bundle and not Path(self.ca_bundle).expanduser().is_file():
            from wholesale_desk.onec.errors import TlsError

            raise TlsError(
                text(
                    CTX,
                    QT_TRANSLATE_NOOP(
                        "Connection",
                        "The CA certificate file {path} does not exist: give the right file "
                        "with --ca-bundle (or in the connection settings).",
                    ),
                    path=self.ca_bundle,
                )
            )
        return str(Path(self.ca_bundle).expanduser()) if self.ca_bundle else True

    def zone(self) -> ZoneInfo:
        try:
            return ZoneInfo(self.server_timezone)
        except (ZoneInfoNotFoundError, ValueError):
            return ZoneInfo("Europe/Moscow")

    def server_now(self) -> datetime:
        """Now on the 1C server's wall clock (naive), which is what 1C dates mean."""
        return datetime.now(UTC).astimezone(self.zone()).replace(tzinfo=None, microsecond=0)


def settings_path(data_dir: Path | None = None) -> Path:
    return (data_dir or paths.data_dir()) / FILE_NAME


def load(data_dir: Path | None = None) -> ConnectionSettings:
    """The saved settings, or defaults when none were saved (unknown keys ignored)."""
    path = settings_path(data_dir)
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return ConnectionSettings()
    except (OSError, ValueError) as exc:
        raise UserError(
            text(
                CTX,
                QT_TRANSLATE_NOOP(
                    "Connection",
                    "The connection settings file {path} is damaged ({error}): connect to 1C "
                    "again (`wholesale-desk connect` or Connect in the window) to rewrite it.",
                ),
                path=str(path),
                error=str(exc),
            )
        ) from exc
    known = {f.name: f for f in fields(ConnectionSettings)}
    defaults = ConnectionSettings()
    values: dict[str, Any] = {}
    for key, value in raw.items() if isinstance(raw, dict) else []:
        if key in known and isinstance(value, type(getattr(defaults, key))):
            values[key] = value
    settings = ConnectionSettings(**values)
    if settings.url and split_credentials(settings.url)[2] is not None:
        # An older version saved a password typed into the address: drop it from the file.
        settings.url = normalize_url(settings.url)
        try:
            save(settings, data_dir)
        except OSError:
            pass
    return settings


def save(settings: ConnectionSettings, data_dir: Path | None = None) -> Path:
    """Write atomically (a temp file renamed over), so a crash never leaves half a file."""
    path = settings_path(data_dir)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=".connection-", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            json.dump(asdict(settings), handle, ensure_ascii=False, indent=2)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return path


def check_connection(
    url: str, user: str, password: str, settings: ConnectionSettings | None = None
) -> ConnectionCheck:
    """Reachable? credentials right? every profile object published? For the first-run dialog.

    Returns a `onec.client.ConnectionCheck` (its `messages()` say what to do); the URL may be a
    publication or the full OData address. Blocks for up to the connect/read timeouts: call it
    off the GUI thread.
    """
    from wholesale_desk.onec.client import OneCClient, RetryPolicy
    from wholesale_desk.onec.profile import load_profile

    settings = settings or ConnectionSettings()
    profile = load_profile(settings.profile)
    with OneCClient(
        normalize_url(url), user, password, verify=settings.verify(), retry=RetryPolicy(attempts=2)
    ) as client:
        return client.check_connection(profile.entity_sets(required_only=True))
