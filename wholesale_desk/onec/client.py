"""The 1C OData client: one `requests.Session`, every rule of ONEC.md, nothing about our store.

Reads return plain dicts straight from 1C's JSON (numbers as `Decimal`); the mapping layer turns
them into rows. Every failure becomes one of the exceptions in `errors.py`, carrying 1C's own
words; transient ones are retried here with exponential backoff and jitter.
"""

from __future__ import annotations

import base64
import builtins
import logging
import random
import re
import time
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import unquote, urlsplit

import requests

from wholesale_desk.i18n import QT_TRANSLATE_NOOP, Text, text
from wholesale_desk.onec import query, values
from wholesale_desk.onec.errors import (
    CTX,
    AuthError,
    BusinessError,
    KeyExists,
    NotFound,
    OneCError,
    ProtocolError,
    QueryError,
    RightsError,
    TlsError,
    TransientError,
    readable,
)

log = logging.getLogger(__name__)

CONNECT_TIMEOUT = 10.0
READ_TIMEOUT = 120.0
DEFAULT_PAGE = 1000

Row = dict[str, Any]


@dataclass(frozen=True)
class RetryPolicy:
    """How hard to insist on transient failures before giving up for this sync."""

    attempts: int = 5
    base_delay: float = 0.5
    max_delay: float = 20.0

    def delay(self, attempt: int, rng: random.Random) -> float:
        """Exponential backoff with jitter: half fixed, half random, so clients don't march."""
        ceiling = min(self.max_delay, self.base_delay * (2 ** (attempt - 1)))
        return float(ceiling / 2 + rng.uniform(0, ceiling / 2))  # seconds, not money


@dataclass
class ConnectionCheck:
    """What `check_connection` found, in the order a user fixes things."""

    reachable: bool = False
    authorized: bool = False
    published: set[str] = field(default_factory=set)
    missing: list[str] = field(default_factory=list)
    problem: Text | None = None

    @property
    def ok(self) -> bool:
        return self.reachable and self.authorized and not self.missing and self.problem is None

    def messages(self) -> list[Text]:
        out: list[Text] = [self.problem] if self.problem is not None else []
        out.extend(
            text(
                CTX,
                QT_TRANSLATE_NOOP(
                    "OneC",
                    "{name} is not published: ask your 1C administrator to add {name} "
                    "to the OData interface",
                ),
                name=name,
            )
            for name in self.missing
        )
        return out


def basic_auth_header(user: str, password: str) -> str:
    """Basic credentials from the UTF-8 bytes (requests' latin-1 default breaks Cyrillic logins)."""
    token = base64.b64encode(f"{user}:{password}".encode()).decode("ascii")
    return f"Basic {token}"


class OneCClient:
    """A session with one 1C publication. Not thread-safe: one sync uses one client."""

    def __init__(
        self,
        service_root: str,
        user: str,
        password: str,
        *,
        verify: bool | str = True,
        retry: RetryPolicy | None = None,
        timeout: tuple[float, float] = (CONNECT_TIMEOUT, READ_TIMEOUT),
        sleep: Callable[[float], None] = time.sleep,
        rng: random.Random | None = None,
        session: requests.Session | None = None,
    ) -> None:
        self.root = service_root if service_root.endswith("/") else service_root + "/"
        self.retry = retry or RetryPolicy()
        self.timeout = timeout
        self.verify = verify
        self._sleep = sleep
        self._rng = rng or random.Random()
        self.session = session or requests.Session()
        self.session.headers["Authorization"] = basic_auth_header(user, password)
        self.session.headers["Accept"] = "application/json"
        self.session.trust_env = True
        self.request_count = 0
        self.bytes_received = 0

    def close(self) -> None:
        self.session.close()

    def __enter__(self) -> OneCClient:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # --- transport ----------------------------------------------------------------------------
    def url(self, path: str, params: Mapping[str, str] | None = None) -> str:
        options = {"$format": "json", **(params or {})}
        return self.root + query.encode_path(path) + "?" + query.encode_query(options)

    def request(
        self,
        method: str,
        path: str,
        params: Mapping[str, str] | None = None,
        body: Any = None,
        *,
        retry: bool = True,
        allow_empty: bool = False,
    ) -> Any:
        """One call with retries on `TransientError`; returns the parsed JSON (or None)."""
        attempt = 0
        while True:
            try:
                return self._once(method, path, params, body, allow_empty=allow_empty)
            except TransientError as exc:
                attempt += 1
                if not retry:
                    raise
                if attempt >= self.retry.attempts:
                    raise _gave_up(exc, attempt) from exc
                wait = self.retry.delay(attempt, self._rng)
                log.info("1C: %s; retry %d in %.1f s", exc, attempt, wait)
                self._sleep(wait)

    def _once(
        self,
        method: str,
        path: str,
        params: Mapping[str, str] | None,
        body: Any,
        *,
        allow_empty: bool,
    ) -> Any:
        url = self.url(path, params)
        data = values.dumps(body).encode("utf-8") if body is not None else None
        headers = {"Content-Type": "application/json; charset=utf-8"} if data is not None else None
        self.request_count += 1
        try:
            resp = self.session.request(
                method, url, data=data, headers=headers, timeout=self.timeout, verify=self.verify
            )
            content = resp.content  # reading the body may fail too (dropped connection)
        except requests.exceptions.SSLError as exc:
            raise TlsError(
                text(
                    CTX,
                    QT_TRANSLATE_NOOP(
                        "OneC",
                        "The secure connection to 1C failed: {error}. Check the server's "
                        "certificate or the CA bundle in the connection settings.",
                    ),
                    error=str(exc),
                ),
                url=url,
            ) from exc
        except requests.exceptions.RequestException as exc:
            raise TransientError(
                text(
                    CTX,
                    QT_TRANSLATE_NOOP(
                        "OneC",
                        "1C at {host} could not be reached ({error}). Check the address and "
                        "the network.",
                    ),
                    host=urlsplit(url).netloc,
                    error=type(exc).__name__,
                ),
                url=url,
            ) from exc
        self.bytes_received += len(content)
        return _interpret(
            resp.status_code,
            resp.headers.get("Content-Type", ""),
            content,
            url,
            allow_empty=allow_empty,
        )

    # --- reading ------------------------------------------------------------------------------
    def list(
        self,
        entity_set: str,
        *,
        select: Sequence[str] | None = None,
        filter: str | None = None,
        orderby: str | None = None,
        top: int | None = None,
        skip: int | None = None,
    ) -> list[Row]:
        """One GET on an entity set or virtual table, `allowedOnly=true`, shape checked."""
        params: dict[str, str] = {"allowedOnly": "true"}
        if select:
            params["$select"] = ",".join(select)
        if filter:
            params["$filter"] = filter
        if orderby:
            params["$orderby"] = orderby
        if top is not None:
            params["$top"] = str(top)
        if skip:
            params["$skip"] = str(skip)
        reply = self.request("GET", entity_set, params)
        return _rows(reply, entity_set)

    def pages(
        self,
        entity_set: str,
        *,
        select: Sequence[str] | None = None,
        filter: str | None = None,
        orderby: str = "Ref_Key",
        page_size: int = DEFAULT_PAGE,
        start: int = 0,
    ) -> Iterator[tuple[int, builtins.list[Row]]]:
        """Pages as (skip, rows) in a stable order: 1C has no nextLink, so we page ourselves."""
        skip = start
        while True:
            rows = self.list(
                entity_set, select=select, filter=filter, orderby=orderby, top=page_size, skip=skip
            )
            yield skip, rows
            if len(rows) < page_size:
                return
            skip += len(rows)

    def by_keys(
        self,
        entity_set: str,
        keys: Iterable[str],
        *,
        select: Sequence[str] | None = None,
        batch: int = query.KEY_BATCH,
    ) -> Iterator[builtins.list[Row]]:
        """Objects by key in batches of ~15 (`Ref_Key eq guid'…' or …`)."""
        for chunk in query.batches(keys, batch):
            yield self.list(entity_set, select=select, filter=query.keys_filter(chunk))

    def get_object(
        self, entity_set: str, key: str, select: Sequence[str] | None = None
    ) -> Row | None:
        """One object by key, or None when 1C says it does not exist (404 / code 9)."""
        params = {"$select": ",".join(select)} if select else None
        try:
            reply = self.request("GET", query.object_path(entity_set, key), params)
        except NotFound:
            return None
        return _object(reply, entity_set)

    def published(self) -> set[str]:
        """Entity set names the service root lists (what the administrator published)."""
        reply = self.request("GET", "")
        if not isinstance(reply, dict) or not isinstance(reply.get("value"), list):
            raise _shape_error("service root", reply)
        names = set()
        for item in reply["value"]:
            if isinstance(item, dict) and isinstance(item.get("name"), str):
                names.add(item["name"])
            elif isinstance(item, dict) and isinstance(item.get("url"), str):
                names.add(item["url"])
        return names

    # --- writing ------------------------------------------------------------------------------
    def create(self, entity_set: str, body: Row, *, look_up_first: bool = False) -> Row:
        """POST a new object carrying our own `Ref_Key`; exactly once in 1C whatever happens.

        Before any re-send (and first, when an earlier attempt may have landed) the object is
        looked up by key: found means it was created and its stored form is returned.
        """
        key = str(body["Ref_Key"])
        attempt = 0
        while True:
            try:
                if look_up_first or attempt > 0:
                    existing = self.get_object(entity_set, key)
                    if existing is not None:
                        return existing
                reply = self.request("POST", entity_set, None, body, retry=False, allow_empty=True)
                if reply is None:
                    # 201 with no body (a proxy ate it): the object is there, so read it back
                    created = self.get_object(entity_set, key)
                    if created is None:
                        raise ProtocolError(
                            text(
                                CTX,
                                QT_TRANSLATE_NOOP("OneC", "1C sent an empty reply to {url}"),
                                url=self.url(entity_set),
                            )
                        )
                    return created
                return _object(reply, entity_set)
            except KeyExists:
                existing = self.get_object(entity_set, key)
                if existing is not None:
                    return existing
                raise
            except TransientError as exc:
                attempt += 1
                if attempt >= self.retry.attempts:
                    raise _gave_up(exc, attempt) from exc
                wait = self.retry.delay(attempt, self._rng)
                log.info("1C: %s; will look up %s and retry in %.1f s", exc, key, wait)
                self._sleep(wait)

    def patch(self, entity_set: str, key: str, changes: Row) -> Row | None:
        """PATCH only the changed fields (a table part always whole). Idempotent, so retried."""
        reply = self.request(
            "PATCH", query.object_path(entity_set, key), None, changes, allow_empty=True
        )
        return None if reply is None else _object(reply, entity_set)

    def post_document(self, entity_set: str, key: str, *, operational: bool = False) -> None:
        """Post (проведение) a document; reposting a posted one is harmless, so retried."""
        self.request(
            "POST",
            query.object_path(entity_set, key) + "/Post",
            {"PostingModeOperational": "true" if operational else "false"},
            allow_empty=True,
        )

    # --- connect ------------------------------------------------------------------------------
    def check_connection(self, required: Iterable[str]) -> ConnectionCheck:
        """Reachable? credentials right? every entity set the profile needs published?"""
        result = ConnectionCheck()
        try:
            published = self.published()
        except AuthError as exc:
            result.reachable = True
            result.problem = exc.message
            return result
        except TransientError as exc:
            result.problem = exc.message
            return result
        except OneCError as exc:
            result.reachable = True
            result.problem = exc.message
            return result
        result.reachable = result.authorized = True
        result.published = published
        result.missing = sorted(
            {
                name
                for name in required
                if name not in published and name.removesuffix("_RecordType") not in published
            }
        )
        return result


# --- reply interpretation -------------------------------------------------------------------
def _gave_up(exc: TransientError, attempts: int) -> TransientError:
    """The last transient failure, said as the end of trying: this sync stops here."""
    return TransientError(
        text(
            CTX,
            QT_TRANSLATE_NOOP(
                "OneC",
                "{error} — still failing after {attempts} attempts. The sync stopped; "
                "nothing is lost, and the next sync will try again.",
            ),
            error=exc.message,
            attempts=attempts,
        ),
        status=exc.status,
        code=exc.code,
        onec_message=exc.raw_message,
        url=exc.url,
    )


def _entity_of(url: str) -> str:
    """The entity set (or object) a request URL addresses, decoded, for messages."""
    path = unquote(urlsplit(url).path, encoding="utf-8", errors="replace")
    return path.partition("/standard.odata/")[2] or path


def _sniff(content: bytes) -> bytes:
    """The first meaningful byte of a body: after a UTF-8 BOM (1C's web extension may send
    one) and whitespace. `{`/`[` is JSON, `<` an HTML page or XML, whatever the header says."""
    return content.removeprefix(b"\xef\xbb\xbf").lstrip()[:1]


def _interpret(
    status: int, content_type: str, content: bytes, url: str, *, allow_empty: bool
) -> Any:
    """What a 1C answer means: data, or the error a caller can act on (one per ONEC.md quirk).

    Long on purpose, for now: the checks run in a fixed order (a page before JSON, a 1C error
    body before its status) and read best as one sequence."""
    ctype = content_type.lower()
    first = _sniff(content)
    # A JSON body is read as JSON whatever its Content-Type (some web servers drop or mangle
    # it); a JSON Content-Type over a body starting with `<` is a page, not cut JSON.
    is_json = first in (b"{", b"[") or ("json" in ctype and first != b"<")
    if status == 401:
        err = _odata_error(content) if is_json else None
        raise AuthError(
            text(
                CTX,
                QT_TRANSLATE_NOOP(
                    "OneC", "1C refused the login or password. Enter them again.{detail}"
                ),
                detail=f" ({readable(err[1])})" if err and err[1] else "",
            ),
            status=status,
            code=err[0] if err else None,
            onec_message=err[1] if err else "",
            url=url,
        )
    if status >= 400:
        err = _odata_error(content) if is_json else None
        if err is None:
            if status >= 500:
                raise TransientError(
                    text(
                        CTX,
                        QT_TRANSLATE_NOOP("OneC", "1C is unavailable (HTTP {status})"),
                        status=status,
                    ),
                    status=status,
                    url=url,
                )
            cls: type[OneCError] = {404: NotFound, 400: QueryError, 403: RightsError}.get(
                status, ProtocolError
            )
            raise cls(
                text(
                    CTX,
                    QT_TRANSLATE_NOOP("OneC", "1C answered HTTP {status} to {url}"),
                    status=status,
                    url=url,
                ),
                status=status,
                url=url,
            )
        code, raw = err
        message = readable(raw)
        if status in (502, 503, 504):
            raise TransientError(
                text(
                    CTX, QT_TRANSLATE_NOOP("OneC", "1C is unavailable: {message}"), message=message
                ),
                status=status,
                code=code,
                onec_message=raw,
                url=url,
            )
        cls = _BY_CODE.get(code) or {404: NotFound, 400: QueryError, 403: RightsError}.get(
            status, OneCError
        )
        if cls is BusinessError and _LOCK_CONFLICT.search(raw):
            # 1C reports a transaction that met another's lock as a business error (-1), but
            # nothing is wrong with the object: the same request succeeds a moment later.
            raise TransientError(
                text(
                    CTX,
                    QT_TRANSLATE_NOOP("OneC", "1C is busy (a lock conflict): {message}"),
                    message=message,
                ),
                status=status,
                code=code,
                onec_message=raw,
                url=url,
            )
        if cls is BusinessError:
            template = QT_TRANSLATE_NOOP("OneC", "1C refused the change: {message}")
        elif cls is QueryError:
            # typically a property the profile names and this base lacks (a customised or
            # older configuration): say which object, so the profile can be fixed
            template = QT_TRANSLATE_NOOP(
                "OneC",
                "1C did not accept our query for {entity}: {message}. The mapping profile may "
                "not fit this 1C configuration.",
            )
        else:
            template = QT_TRANSLATE_NOOP("OneC", "1C error {code}: {message}")
        raise cls(
            text(CTX, template, message=message, code=code, entity=_entity_of(url)),
            status=status,
            code=code,
            onec_message=raw,
            url=url,
        )
    if not first:
        if allow_empty:
            return None
        raise ProtocolError(
            text(CTX, QT_TRANSLATE_NOOP("OneC", "1C sent an empty reply to {url}"), url=url),
            status=status,
            url=url,
        )
    if not is_json:
        head = content.removeprefix(b"\xef\xbb\xbf").lstrip()[:400].lower()
        looks_xml = "xml" in ctype or head.startswith(b"<?xml") or b"<feed" in head
        looks_html = "html" in ctype or b"<html" in head or b"<!doctype html" in head
        if looks_html:
            template = QT_TRANSLATE_NOOP(
                "OneC",
                "1C answered with a web page instead of data. Check the publication "
                "address, and that the OData interface is published.",
            )
        elif looks_xml:
            template = QT_TRANSLATE_NOOP(
                "OneC",
                "1C answered in XML instead of JSON: a proxy or web server between us and 1C "
                "dropped the $format option. Ask your administrator to pass query strings "
                "through unchanged.",
            )
        else:
            template = QT_TRANSLATE_NOOP("OneC", "1C answered in an unexpected format ({ctype})")
        raise ProtocolError(
            text(CTX, template, ctype=content_type),
            status=status,
            url=url,
        )
    try:
        data = values.loads(content)
    except ValueError as exc:  # truncated or garbled in transit
        raise TransientError(
            text(CTX, QT_TRANSLATE_NOOP("OneC", "1C's reply was cut short")), status=status, url=url
        ) from exc
    if isinstance(data, dict) and "odata.error" in data:
        err = _odata_error(content)
        code, raw = err if err else ("", "")
        raise (_BY_CODE.get(code) or OneCError)(
            text(
                CTX,
                QT_TRANSLATE_NOOP("OneC", "1C error {code}: {message}"),
                code=code,
                message=readable(raw),
            ),
            status=status,
            code=code,
            onec_message=raw,
            url=url,
        )
    return data


_LOCK_CONFLICT = re.compile(
    r"конфликт блокировок|время ожидания (захвата |предоставления )?блокировки"
    r"|взаимоблокировк|lock conflict|lock (request )?time-?out|deadlock",
    re.IGNORECASE,
)
"""The platform's words for a transaction that met another's lock (or a deadlock victim)."""

_BY_CODE: dict[str, type[OneCError]] = {
    "-1": BusinessError,
    "6": NotFound,
    "9": NotFound,
    "14": QueryError,
    "15": KeyExists,
    "20": RightsError,
}


def _odata_error(content: bytes) -> tuple[str, str] | None:
    """(code, message) from `{"odata.error": {...}}`, or None when the body is not one."""
    try:
        data = values.loads(content)
    except ValueError:
        return None
    if not isinstance(data, dict) or not isinstance(data.get("odata.error"), dict):
        return None
    error = data["odata.error"]
    message = error.get("message")
    if isinstance(message, dict):
        message = message.get("value")
    return str(error.get("code", "")), str(message or "")


def _shape_error(what: str, reply: Any) -> ProtocolError:
    return ProtocolError(
        text(
            CTX,
            QT_TRANSLATE_NOOP("OneC", "1C's reply for {what} has an unexpected shape"),
            what=what,
        )
    )


def _rows(reply: Any, what: str) -> list[Row]:
    if not isinstance(reply, dict) or not isinstance(reply.get("value"), list):
        raise _shape_error(what, reply)
    rows: list[Row] = reply["value"]
    if not all(isinstance(row, dict) for row in rows):
        raise _shape_error(what, reply)
    return rows


def _object(reply: Any, what: str) -> Row:
    if not isinstance(reply, dict) or ("value" in reply and isinstance(reply["value"], list)):
        raise _shape_error(what, reply)
    return reply
