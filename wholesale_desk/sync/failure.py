"""Why a sync failed, in words a sales manager understands.

1C's and the network's own messages are precise but technical ("1C at host:port could not be
reached (ConnectionError)"); the status bar first says what it means for the user ("1C cannot be
reached") and keeps the precise text for the details. The last failure is kept in the store until
a sync succeeds, so the window shows it after a restart too.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from sqlalchemy.orm import Session

from wholesale_desk.i18n import QT_TRANSLATE_NOOP, Text, text
from wholesale_desk.onec.errors import (
    AuthError,
    NotFound,
    OneCError,
    ProtocolError,
    QueryError,
    RightsError,
    TlsError,
    TransientError,
)
from wholesale_desk.sync import state

CTX = "SyncFailure"
LAST_FAILURE = "sync:last_failure"


class Cause(StrEnum):
    UNREACHABLE = "unreachable"
    PASSWORD = "password"
    BUSY = "busy"
    RIGHTS = "rights"
    SETUP = "setup"
    ERROR = "error"


_SUMMARIES = {
    Cause.UNREACHABLE: QT_TRANSLATE_NOOP("SyncFailure", "1C cannot be reached"),
    Cause.PASSWORD: QT_TRANSLATE_NOOP("SyncFailure", "1C did not accept the password"),
    Cause.BUSY: QT_TRANSLATE_NOOP("SyncFailure", "1C is busy or unavailable"),
    Cause.RIGHTS: QT_TRANSLATE_NOOP("SyncFailure", "no rights in 1C for some data"),
    Cause.SETUP: QT_TRANSLATE_NOOP("SyncFailure", "1C is not set up for this app"),
    Cause.ERROR: QT_TRANSLATE_NOOP("SyncFailure", "an unexpected error"),
}
_ADVICE = {
    Cause.UNREACHABLE: QT_TRANSLATE_NOOP(
        "SyncFailure",
        "There is no network, or the 1C server is off. Keep working: your changes are kept "
        "and go to 1C with the next successful sync.",
    ),
    Cause.PASSWORD: QT_TRANSLATE_NOOP(
        "SyncFailure", "Enter your 1C password again. Nothing was sent or lost."
    ),
    Cause.BUSY: QT_TRANSLATE_NOOP(
        "SyncFailure",
        "1C answered but could not serve the app now. The next sync tries again; nothing is lost.",
    ),
    Cause.RIGHTS: QT_TRANSLATE_NOOP(
        "SyncFailure", "Ask your 1C administrator to give your 1C user the rights the app needs."
    ),
    Cause.SETUP: QT_TRANSLATE_NOOP(
        "SyncFailure",
        "Ask your 1C administrator to publish what the app needs in the OData interface.",
    ),
    Cause.ERROR: QT_TRANSLATE_NOOP(
        "SyncFailure",
        "The sync stopped on an error in the app. Nothing is lost; the details are in the sync "
        "log.",
    ),
}


def cause_of(exc: BaseException) -> Cause:
    """The user's reading of an exception a sync stopped on."""
    if isinstance(exc, AuthError):
        return Cause.PASSWORD
    if isinstance(exc, TransientError):
        # No HTTP status: the request never got an answer (refused, timed out, no route).
        return Cause.UNREACHABLE if exc.status is None else Cause.BUSY
    if isinstance(exc, RightsError):
        return Cause.RIGHTS
    if isinstance(exc, (NotFound, QueryError, ProtocolError, TlsError)):
        return Cause.SETUP
    if type(exc) is OneCError:  # raised before any request: no password to send
        return Cause.PASSWORD
    return Cause.ERROR


def _cause(cause: Cause | str) -> Cause:
    try:
        return Cause(cause)
    except ValueError:
        return Cause.ERROR


def summary(cause: Cause | str) -> Text:
    """The few words shown in the status bar: "1C cannot be reached"."""
    return text(CTX, _SUMMARIES[_cause(cause)])


def advice(cause: Cause | str) -> Text:
    """What it means for the user and what to do, a sentence or two."""
    return text(CTX, _ADVICE[_cause(cause)])


@dataclass(frozen=True)
class Failure:
    """The last failed sync: when (naive UTC, as the store keeps times) and why."""

    cause: Cause
    at: datetime
    detail: str
    """1C's or the network's text in English, for the details and the log."""

    @property
    def offline(self) -> bool:
        """The failure means 1C did not answer at all (as opposed to answering with an error)."""
        return self.cause is Cause.UNREACHABLE


def remember(session: Session, cause: Cause, detail: str) -> None:
    """Keep the failure until a sync succeeds (`forget`)."""
    state.put_json(
        session,
        LAST_FAILURE,
        {"cause": cause.value, "at": state.utcnow().isoformat(), "detail": detail},
    )


def forget(session: Session) -> None:
    state.drop(session, LAST_FAILURE)


def last(session: Session) -> Failure | None:
    """The failure of the last sync, or None when it succeeded (or none ran yet)."""
    raw = state.get_json(session, LAST_FAILURE)
    if not isinstance(raw, dict):
        return None
    try:
        cause = Cause(str(raw.get("cause")))
        at = datetime.fromisoformat(str(raw.get("at")))
    except ValueError:
        return None
    return Failure(cause, at, str(raw.get("detail") or ""))
