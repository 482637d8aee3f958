"""Exceptions for every way 1C can answer, each carrying 1C's own words.

The sync decides what to do by the class alone: `TransientError` is retried, `BusinessError`
lands on the record it concerns, `AuthError` stops everything and asks for the password.
"""

from __future__ import annotations

import re

from wholesale_desk.i18n import Text, UserError

CTX = "OneC"

# `{Документ.ЗаказКлиента.МодульОбъекта(123)}:` — where in 1C's code the text was raised.
_MODULE_PREFIX = re.compile(r"^\s*\{[^{}\n]*\}\s*:?\s*")
# The platform's wrapper around the configuration's own text, which says nothing to a user.
_CONTEXT_CALL = re.compile(r"^(Ошибка при вызове метода контекста|Error calling context method)\b")


def readable(message: str) -> str:
    """1C's text as a user should read it: no module locations, no padding, no empty lines.

    1C wraps a configuration's message as `{Документ.X.МодульОбъекта(123)}: Текст`, often
    after a platform line "Ошибка при вызове метода контекста (Записать)" and with stray
    spaces and line breaks. The raw text stays in `OneCError.raw_message` for the record.
    """
    lines = []
    for line in message.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        while True:
            stripped = _MODULE_PREFIX.sub("", line, count=1)
            if stripped == line:
                break
            line = stripped
        line = " ".join(line.split())
        if line:
            lines.append(line)
    meaningful = [line for line in lines if not _CONTEXT_CALL.match(line)]
    kept = meaningful or lines
    return "\n".join(dict.fromkeys(kept))


class OneCError(UserError):
    """A failed exchange with 1C: `onec_message` is 1C's text made readable (`raw_message` as
    sent), `code` its OData error code."""

    def __init__(
        self,
        message: Text,
        *,
        status: int | None = None,
        code: str | None = None,
        onec_message: str = "",
        url: str = "",
    ) -> None:
        super().__init__(message)
        self.status = status
        self.code = code
        self.raw_message = onec_message
        self.onec_message = readable(onec_message)
        self.url = url


class BusinessError(OneCError):
    """HTTP 500 with code -1: 1C refused the object (a check, posting, a closed period)."""


class AuthError(OneCError):
    """HTTP 401: wrong login or password. Never retried; the user must be asked."""


class NotFound(OneCError):
    """HTTP 404 or code 9: the object or the entity set does not exist."""


class QueryError(OneCError):
    """HTTP 400 or code 14: our query was not understood (a profile or client bug)."""


class RightsError(OneCError):
    """Code 20 (403): the user lacks rights on that object."""


class TransientError(OneCError):
    """Network trouble or a gateway answer: worth retrying later."""


class ProtocolError(OneCError):
    """A reply that is not 1C's JSON: an HTML page with status 200, or JSON of the wrong shape."""


class NotData(ProtocolError):
    """A reply that is not JSON at all (a web page, XML, plain text). On the first request of a
    session it is a configuration problem; after a good reply, a web server's passing glitch."""


class RequestCancelled(Exception):
    """The user asked to stop while a request was on the wire or waiting for a retry; not a
    `OneCError`, so nothing records it as a failure of 1C."""


class KeyExists(OneCError):
    """Code 15: an object with this key already exists (our earlier POST did land)."""


class TlsError(OneCError):
    """The TLS handshake or certificate check failed: a settings problem, not retried."""
