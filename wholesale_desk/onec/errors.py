"""Exceptions for every way 1C can answer, each carrying 1C's own words.

The sync decides what to do by the class alone: `TransientError` is retried, `BusinessError`
lands on the record it concerns, `AuthError` stops everything and asks for the password.
"""

from __future__ import annotations

from wholesale_desk.i18n import Text, UserError

CTX = "OneC"


class OneCError(UserError):
    """A failed exchange with 1C: `onec_message` is 1C's text, `code` its OData error code."""

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
        self.onec_message = onec_message
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


class KeyExists(OneCError):
    """Code 15: an object with this key already exists (our earlier POST did land)."""


class TlsError(OneCError):
    """The TLS handshake or certificate check failed: a settings problem, not retried."""
