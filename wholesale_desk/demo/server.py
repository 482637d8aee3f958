"""The 1C OData emulator: a loopback HTTP server answering like a published УТ 11.5 base.

It serves `/{publication}/odata/standard.odata/` from an `EmulatorBase`, with 1C's awkward
parts kept on purpose (see ../shared/ONEC.md): Atom XML unless `$format=json`, no server paging,
no stable order without `$orderby`, `If-Match` ignored, business errors as HTTP 500 code -1,
row-level rights failing a whole request without `allowedOnly=true`, and switchable faults.

Decisions where ONEC.md is silent (kept in one place so the client team can rely on them):
- a duplicate `Ref_Key` on POST answers HTTP 500 with code 15 (1C reports write errors as 500);
- `/Post`, `/Unpost` and `DELETE` answer 200 with an empty body; PATCH answers 200 with the
  object; an unknown entity set or URL segment answers 400 with code 6;
- a single object outside the user's rights answers 403 code 20 even with `allowedOnly=true`;
- the credit limit is checked on every write or posting of an order not marked for deletion;
- the closed period (`settings.closed_period`) guards every document write, post and delete;
- `substringof`, `startswith`, `endswith` and `like` ignore case (1C's query language on a
  typical base); `eq` and the other comparisons on strings are exact;
- `Balance(Period=P)` counts movements strictly before P (1C's `Остатки(&Период)`);
  `SliceLast(Period=P)` and `Turnovers(StartPeriod, EndPeriod)` include their bounds;
- faults apply before authentication; a 401 has an empty body and a `WWW-Authenticate` header;
- `$expand` and navigation segments (`Set(guid'…')/Партнер`) follow single references of the
  УТ metadata (`published.REFERENCES`); an expanded object outside the user's rights is null.
"""

from __future__ import annotations

import contextlib
import logging
import random
import re
import socket
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from decimal import Decimal
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, quote, unquote, urlsplit
from xml.sax.saxutils import escape, quoteattr

from wholesale_desk.demo import rights
from wholesale_desk.demo.base import (
    EMPTY_DATE,
    EMPTY_REF,
    EmulatorBase,
    _partner_of,
    dumps,
    loads,
    new_ref,
)
from wholesale_desk.demo.faults import Action, Faults
from wholesale_desk.demo.odata_query import (
    SQL_TEXT_FUNCTION,
    BinOp,
    Literal,
    Member,
    OrderKey,
    QueryError,
    SqlColumns,
    conjuncts,
    evaluator,
    json_path,
    parse_datetime,
    parse_filter,
    parse_orderby,
    required_substrings,
    sort_key,
    text_match,
    to_sql,
)
from wholesale_desk.demo.published import REFERENCES, REGISTERS, TABLE_PARTS
from wholesale_desk.demo.virtual_tables import PARTNER, VirtualTables, turnovers

log = logging.getLogger(__name__)

ODATA_ROOT = "odata/standard.odata"
PRODUCTS = "Catalog_Номенклатура"
ORDERS = "Document_ЗаказКлиента"
CONTRACTS = "Catalog_ДоговорыКонтрагентов"
DEBTS = "AccumulationRegister_РасчетыСКлиентамиПоСрокам"
NUMBER_PREFIX = "ТД00-"
REQUEST_LOG_LIMIT = 100_000
# Without $orderby a real base promises no order: each request picks one of these (cheap ones,
# walking an index), so a client paging without an order sees overlaps and gaps.
ARBITRARY_OBJECT_ORDERS = (
    "ref_key",
    "ref_key DESC",
    "date, ref_key",
    "date DESC, ref_key DESC",
    "data_version, ref_key",
)
ARBITRARY_RECORD_ORDERS = ("id", "id DESC", "period, id", "period DESC, id DESC")
# Snapshots a client syncs: computed in the background at start (seconds on a large base).
WARM_UP = [
    ("balance", "AccumulationRegister_ТоварыНаСкладах"),
    ("balance", DEBTS),
    ("slice", "InformationRegister_ЦеныНоменклатуры"),
]
KNOWN_OPTIONS = {
    "$format",
    "$select",
    "$filter",
    "$orderby",
    "$top",
    "$skip",
    "$inlinecount",
    "$expand",
    "allowedOnly",
    "PostingModeOperational",
}
OBJECT_PREFIXES = ("Catalog_", "Document_")
REGISTER_PREFIXES = ("InformationRegister_", "AccumulationRegister_")
FAST_COLUMNS = {"Ref_Key": "ref_key", "DataVersion": "data_version", "Date": "date"}
OBJECT_COLUMNS = SqlColumns(
    columns=dict(FAST_COLUMNS), composites={}, body="body", nullable=("date",)
)
RECORD_COLUMNS = SqlColumns(
    columns={"Period": "period", "RecordType": "record_type"},
    composites={"Recorder": ("recorder", "recorder_type")},
    body="body",
    nullable=("record_type",),
)
PARENT_COLUMNS = SqlColumns(columns={"Ref_Key": "ref_key"}, composites={}, body=None)
LOGIN_PAGE = (
    "<!DOCTYPE html><html><head><meta charset='utf-8'><title>Вход</title></head><body>"
    "<form method='post' action='/login'><h1>1С:Предприятие</h1>"
    "<input name='user'><input name='password' type='password'><button>Войти</button>"
    "</form></body></html>"
)
LOCK_CONFLICT = (
    "Ошибка при вызове метода контекста (Записать)\n"
    "{Документ.ЗаказКлиента.МодульОбъекта(512)}: Конфликт блокировок при выполнении транзакции:\n"
    "Microsoft SQL Server Native Client 11.0: Не удалось возобновить транзакцию, "
    "превышено время ожидания запроса на блокировку."
)


class ODataError(Exception):
    """An error 1C answers with an `odata.error` body."""

    def __init__(self, status: int, code: str, message: str) -> None:
        super().__init__(message)
        self.status, self.code, self.message = status, code, message


def business_error(message: str) -> ODataError:
    return ODataError(500, "-1", message)


def module_message(entity: str, message: str) -> str:
    """A check's text as a real base sends it from an object module: the platform's context
    line, the module location in braces, stray spaces and line breaks around."""
    kind, _, name = entity.partition("_")
    russian = {"Document": "Документ", "Catalog": "Справочник"}.get(kind, kind)
    return (
        "\n  Ошибка при вызове метода контекста (Записать)\n"
        f"{{{russian}.{name}.МодульОбъекта(412)}}: {message}  \n"
    )


def rights_error() -> ODataError:
    return ODataError(403, "20", "Недостаточно прав для выполнения операции над данными")


@dataclass(frozen=True)
class RequestRecord:
    method: str
    path: str  # decoded, without the query
    status: int
    query: str = ""  # decoded


@dataclass
class Reply:
    status: int
    body: bytes = b""
    content_type: str = "application/json;charset=utf-8"
    headers: dict[str, str] = field(default_factory=dict)


@dataclass
class Options:
    """The query options of one request, parsed (errors → 400, code 14)."""

    json: bool = False
    select: list[str] | None = None
    filter: Any = None
    orderby: list[OrderKey] = field(default_factory=list)
    top: int | None = None
    skip: int = 0
    inlinecount: bool = False
    allowed_only: bool = False
    expand: list[str] = field(default_factory=list)

    @classmethod
    def parse(cls, query: str) -> Options:
        raw = {k: v[0] for k, v in parse_qs(query, keep_blank_values=True).items()}
        fmt = raw.get("$format", "").strip().lower()
        opts = cls(json=fmt in ("json", "application/json"))
        for key in raw:
            if key.startswith("$") and key not in KNOWN_OPTIONS:
                raise QueryError(f"Неизвестный параметр запроса {key}")
        if raw.get("$select", "").strip():
            opts.select = [s.strip().split("/")[0] for s in raw["$select"].split(",") if s.strip()]
        if "$filter" in raw:
            opts.filter = parse_filter(raw["$filter"])
        if raw.get("$orderby", "").strip():
            opts.orderby = parse_orderby(raw["$orderby"])
        for name in ("$top", "$skip"):
            if name in raw:
                text = raw[name].strip()
                if not text.isdigit():
                    raise QueryError(f"Неверное значение {name}: {text!r}")
                setattr(opts, name[1:], int(text))
        inline = raw.get("$inlinecount", "none").strip().lower()
        if inline not in ("allpages", "none"):
            raise QueryError(f"Неверное значение $inlinecount: {inline!r}")
        opts.inlinecount = inline == "allpages"
        opts.allowed_only = raw.get("allowedOnly", "").strip().lower() == "true"
        if raw.get("$expand", "").strip():
            opts.expand = [s.strip() for s in raw["$expand"].split(",") if s.strip()]
        return opts


@dataclass
class Resource:
    """The parsed resource path: `Set`, `Set(guid'…')`, `Set(guid'…')/Post`, `Set/Balance(…)`."""

    name: str
    key: str | None = None
    action: str | None = None
    params: dict[str, str] = field(default_factory=dict)


def _split_top(text: str, sep: str) -> list[str]:
    """Split on `sep` outside quotes and parentheses."""
    parts, depth, quoted, start = [], 0, False, 0
    for i, ch in enumerate(text):
        if ch == "'":
            quoted = not quoted
        elif not quoted and ch == "(":
            depth += 1
        elif not quoted and ch == ")":
            depth -= 1
        elif not quoted and depth == 0 and ch == sep:
            parts.append(text[start:i])
            start = i + 1
    parts.append(text[start:])
    return parts


_SEGMENT = re.compile(r"^([^\W\d][\w]*)(?:\((.*)\))?$", re.DOTALL)


def parse_resource(path: str) -> Resource:
    segments = [s for s in _split_top(path, "/") if s != ""]
    if not segments or len(segments) > 2:
        raise ODataError(400, "6", f"Неверный сегмент URL: {path!r}")
    m = _SEGMENT.match(segments[0])
    if not m:
        raise ODataError(400, "6", f"Неверный сегмент URL: {segments[0]!r}")
    res = Resource(m.group(1))
    if m.group(2) is not None:
        key = m.group(2).strip()
        km = re.fullmatch(r"guid'([0-9a-fA-F-]{36})'", key)
        if not km:
            raise ODataError(400, "6", f"Неверный ключ объекта: {key!r}")
        res.key = km.group(1).lower()
    if len(segments) == 2:
        m2 = _SEGMENT.match(segments[1])
        if not m2:
            raise ODataError(400, "6", f"Неверный сегмент URL: {segments[1]!r}")
        res.action = m2.group(1)
        if m2.group(2):
            for part in _split_top(m2.group(2), ","):
                name, eq, value = part.partition("=")
                if not eq:
                    raise ODataError(400, "6", f"Неверный параметр {part!r}")
                res.params[name.strip()] = value.strip()
    return res


PARTNER_SELF = ("Catalog_Партнеры", "Catalog_КонтактныеЛицаПартнеров")


def _partner_equality(node: Any) -> str | None:
    """The guid of a `Партнер_Key eq guid'…'` condition (rows with it have that partner_key)."""
    if not (isinstance(node, BinOp) and node.op == "eq"):
        return None
    for member, lit in ((node.left, node.right), (node.right, node.left)):
        if (
            isinstance(member, Member)
            and member.path == ("Партнер_Key",)
            and isinstance(lit, Literal)
            and lit.kind == "guid"
            and lit.value != EMPTY_REF
        ):
            return str(lit.value)
    return None


def _is_date_range(node: Any) -> bool:
    """`Date ge/gt/lt/le/eq datetime'…'`: the indexed column narrows the set."""
    return (
        isinstance(node, BinOp)
        and node.op in ("eq", "gt", "ge", "lt", "le")
        and any(isinstance(s, Member) and s.path == ("Date",) for s in (node.left, node.right))
        and any(isinstance(s, Literal) and s.kind == "datetime" for s in (node.left, node.right))
    )


def _row_sort_key(name: str) -> Callable[[dict[str, Any]], Any]:
    if name == "LineNumber":
        return lambda row: int(row.get("LineNumber") or 0)
    return lambda row: sort_key(row.get(name))


def _string_param(value: str) -> str:
    if len(value) >= 2 and value[0] == value[-1] == "'":
        return value[1:-1].replace("''", "'")
    raise QueryError(f"Ожидалась строка в кавычках: {value!r}")


def _datetime_param(value: str) -> str:
    m = re.fullmatch(r"datetime'(.*)'", value.strip())
    if not m:
        raise QueryError(f"Ожидалась дата datetime'…': {value!r}")
    return parse_datetime(m.group(1))


# --- presentation ------------------------------------------------------------------------------
def present(entity: str, obj: dict[str, Any], select: list[str] | None) -> dict[str, Any]:
    """An object as 1C sends it: table part rows keyed, `LineNumber` as text, extra properties."""
    ref = obj.get("Ref_Key", EMPTY_REF)
    out: dict[str, Any] = {}
    for first in ("Ref_Key", "DataVersion", "DeletionMark"):
        if first in obj:
            out[first] = obj[first]
    for name, value in obj.items():
        if name in out:
            continue
        if isinstance(value, list):
            value = [_table_row(ref, i, row) for i, row in enumerate(value)]
        out[name] = value
        if (
            name.endswith("_Key")
            and name != "Ref_Key"
            and entity.startswith(OBJECT_PREFIXES)
            and isinstance(value, str)
        ):
            nav = name[:-4]
            out[f"{nav}@navigationLinkUrl"] = f"{entity}(guid'{ref}')/{nav}"
    if entity.startswith(OBJECT_PREFIXES):
        out.setdefault("ДополнительныеРеквизиты", [])
        if entity.startswith("Document_"):
            out.setdefault("Комментарий", "")
    if select is None:
        return out
    chosen = set(select)
    chosen |= {f"{s}_Type" for s in select}
    return {k: v for k, v in out.items() if k in chosen}


def _table_row(ref: str, index: int, row: Any) -> Any:
    if not isinstance(row, dict):
        return row
    out = {"Ref_Key": ref, "LineNumber": str(row.get("LineNumber") or index + 1)}
    out.update((k, v) for k, v in row.items() if k not in ("Ref_Key", "LineNumber"))
    return out


def _xml_value(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, Decimal):
        return format(value, "f")
    return escape(str(value))


def atom_feed(url: str, name: str, rows: list[dict[str, Any]]) -> bytes:
    """A minimal Atom feed: what 1C sends a client that forgot `$format=json`."""
    now = datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    parts = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<feed xmlns="http://www.w3.org/2005/Atom"'
        ' xmlns:d="http://schemas.microsoft.com/ado/2007/08/dataservices"'
        ' xmlns:m="http://schemas.microsoft.com/ado/2007/08/dataservices/metadata"'
        f" xml:base={quoteattr(url)}>",
        f"<id>{escape(url + name)}</id><title type='text'>{escape(name)}</title>"
        f"<updated>{now}</updated>",
    ]
    for row in rows:
        parts.append(f"<entry><updated>{now}</updated>")
        if "Ref_Key" in row:
            parts.append(f"<id>{escape(url + name)}(guid'{escape(str(row['Ref_Key']))}')</id>")
        parts.append(
            f"<category term={quoteattr('StandardODATA.' + name)}"
            ' scheme="http://schemas.microsoft.com/ado/2007/08/dataservices/scheme"/>'
            "<title type='text'/><author/><content type='application/xml'><m:properties>"
        )
        for key, value in row.items():
            if "@" in key or isinstance(value, list | dict) or key == PARTNER:
                continue
            parts.append(f"<d:{key}>{_xml_value(value)}</d:{key}>")
        parts.append("</m:properties></content></entry>")
    parts.append("</feed>")
    return "".join(parts).encode("utf-8")


# --- the server --------------------------------------------------------------------------------
class _HTTPServer(ThreadingHTTPServer):
    """Remembers open connections, so that stopping the emulator also cuts kept-alive ones
    (a client must see a stopped base as unreachable, not keep talking to it)."""

    daemon_threads = True

    def __init__(self, address: tuple[str, int], handler: type[BaseHTTPRequestHandler]) -> None:
        super().__init__(address, handler)
        self._open: set[socket.socket] = set()
        self._open_lock = threading.Lock()

    def process_request(self, request: Any, client_address: Any) -> None:
        with self._open_lock:
            self._open.add(request)
        super().process_request(request, client_address)

    def shutdown_request(self, request: Any) -> None:
        with self._open_lock:
            self._open.discard(request)
        super().shutdown_request(request)

    def cut_connections(self) -> None:
        with self._open_lock:
            open_now = list(self._open)
        for sock in open_now:
            with contextlib.suppress(OSError):
                sock.shutdown(socket.SHUT_RDWR)


class EmulatorServer:
    """A 1C base on loopback HTTP; `start()` serves in a daemon thread, `stop()` ends it."""

    def __init__(
        self,
        base: EmulatorBase,
        host: str = "127.0.0.1",
        port: int = 0,
        publication: str = "demo",
    ) -> None:
        self.base = base
        self.host = host
        self.port = port
        self.publication = publication
        self.faults = Faults()
        self.requests: list[RequestRecord] = []
        self._requests_lock = threading.Lock()
        self._httpd: _HTTPServer | None = None
        self._thread: threading.Thread | None = None
        self._number_lock = threading.Lock()
        self.virtual = VirtualTables(base)

    # lifecycle
    def start(self) -> EmulatorServer:
        if self._httpd is not None:
            return self
        handler = type("EmulatorHandler", (_Handler,), {"emulator": self})
        self._httpd = _HTTPServer((self.host, self.port), handler)
        self.port = self._httpd.server_address[1]
        self._thread = threading.Thread(
            target=self._httpd.serve_forever,
            kwargs={"poll_interval": 0.05},
            name=f"1c-emulator:{self.port}",
            daemon=True,
        )
        self._thread.start()
        threading.Thread(
            target=self.virtual.warm_up, args=(WARM_UP,), name="1c-emulator-warm-up", daemon=True
        ).start()
        return self

    def serve_forever(self) -> None:
        """Serve in the calling thread (the foreground `wholesale-desk emulator`)."""
        self.start()
        assert self._thread is not None
        while self._thread.is_alive():
            self._thread.join(0.5)

    def stop(self) -> None:
        if self._httpd is None:
            return
        self._httpd.shutdown()
        self._httpd.server_close()
        self._httpd.cut_connections()
        if self._thread is not None:
            self._thread.join(5)
        self._httpd = None
        self._thread = None

    def __enter__(self) -> EmulatorServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    @property
    def url(self) -> str:
        """The publication URL a user types into the connection settings."""
        return f"http://{self.host}:{self.port}/{quote(self.publication)}"

    @property
    def odata_url(self) -> str:
        return f"{self.url}/{ODATA_ROOT}/"

    def log(self, record: RequestRecord) -> None:
        with self._requests_lock:
            self.requests.append(record)
            if len(self.requests) > REQUEST_LOG_LIMIT:  # a foreground emulator runs for days
                del self.requests[: REQUEST_LOG_LIMIT // 2]

    def count(self, method: str, path_part: str = "") -> int:
        """How many requests with this method hit a path containing `path_part`."""
        with self._requests_lock:
            return sum(1 for r in self.requests if r.method == method and path_part in r.path)

    # entity sets ----------------------------------------------------------------------------
    def known_sets(self) -> list[str]:
        names = set(TABLE_PARTS)
        for entity, parts in TABLE_PARTS.items():
            names.update(f"{entity}_{p}" for p in parts)
        for reg in REGISTERS:
            names.add(reg)
            if reg.startswith("InformationRegister_"):
                names.add(f"{reg}_RecordType")
            else:
                names.add(f"{reg}_RecordType")
        names.update(self._distinct("objects", "entity"))
        for reg in self._distinct("records", "register"):
            names.update((reg, f"{reg}_RecordType"))
        return sorted(names)

    def _distinct(self, table: str, column: str) -> list[str]:
        """Distinct values of an indexed column by skip-scan (fast on a large base)."""
        db = self.base.connect()
        out: list[str] = []
        last = ""
        while True:
            row = db.execute(f"SELECT MIN({column}) FROM {table} WHERE {column} > ?", (last,))
            value = row.fetchone()[0]
            if value is None:
                return out
            out.append(value)
            last = value

    def has_entity(self, entity: str) -> bool:
        if entity in TABLE_PARTS:
            return True
        row = self.base.connect().execute("SELECT 1 FROM objects WHERE entity=? LIMIT 1", (entity,))
        return row.fetchone() is not None

    def has_register(self, register: str) -> bool:
        if register in REGISTERS:
            return True
        row = self.base.connect().execute(
            "SELECT 1 FROM records WHERE register=? LIMIT 1", (register,)
        )
        return row.fetchone() is not None

    def table_part_of(self, name: str) -> tuple[str, str] | None:
        """`Document_ЗаказКлиента_Товары` → ('Document_ЗаказКлиента', 'Товары')."""
        pos = len(name)
        while (pos := name.rfind("_", 0, pos)) > 0:
            parent, part = name[:pos], name[pos + 1 :]
            if parent in TABLE_PARTS and part in TABLE_PARTS[parent]:
                return parent, part
            if parent.startswith(OBJECT_PREFIXES) and parent not in TABLE_PARTS:
                if self.has_entity(parent):
                    return parent, part
        return None

    # numbering ------------------------------------------------------------------------------
    def next_number(self, entity: str, prop: str) -> str:
        """The next document Number (`ТД00-000124`) or catalog Code (`00-00000124`).

        Continues the highest one in the base, keeping its prefix and width, as 1C does.
        """
        key = f"counter:{entity}:{prop}"
        with self._number_lock, self.base.write_lock:
            last = self.base.setting(key)
            if last is None:
                row = self.base.connect().execute(
                    f"SELECT MAX(json_extract(body, '{json_path(prop)}')) FROM objects"
                    " WHERE entity=?",
                    (entity,),
                )
                last = row.fetchone()[0] or (
                    f"{NUMBER_PREFIX}000000" if prop == "Number" else "00-00000000"
                )
            m = re.fullmatch(r"(.*?)(\d+)", str(last))
            prefix, digits = (m.group(1), m.group(2)) if m else (f"{last}-", "000000")
            value = f"{prefix}{int(digits) + 1:0{len(digits)}d}"
            self.base.set_setting(key, value)
        return value


class _Handler(BaseHTTPRequestHandler):
    emulator: EmulatorServer
    protocol_version = "HTTP/1.1"
    # Headers and body go out in two writes; with Nagle on, the second waits for the client's
    # delayed ACK (~40 ms a request on loopback). TCP_NODELAY sends both at once.
    disable_nagle_algorithm = True
    server_version = "Apache/2.4 1C:Enterprise/8.3"

    def log_message(self, format: str, *args: Any) -> None:
        """Quiet: the request log lives in `EmulatorServer.requests`."""

    def do_GET(self) -> None:
        self._handle("GET")

    def do_POST(self) -> None:
        self._handle("POST")

    def do_PATCH(self) -> None:
        self._handle("PATCH")

    def do_PUT(self) -> None:
        self._handle("PUT")

    def do_MERGE(self) -> None:
        self._handle("MERGE")

    def do_DELETE(self) -> None:
        self._handle("DELETE")

    # ------------------------------------------------------------------------------------------
    def _handle(self, method: str) -> None:
        parts = urlsplit(self.path)
        path = unquote(parts.path, encoding="utf-8", errors="replace")
        query = parts.query
        length = int(self.headers.get("Content-Length") or 0)
        payload = self.rfile.read(length) if length else b""
        if path.startswith("/_emulator/"):
            self._send(self._control(method, path, payload))
            return
        action = self.emulator.faults.take(path)
        if action.delay:
            time.sleep(action.delay)
        reply = self._fault_reply(action)
        if reply is None:
            reply = self._answer(method, path, query, payload)
        self.emulator.log(
            RequestRecord(method, path, reply.status, unquote(query, errors="replace"))
        )
        self._send(reply, action)

    def _fault_reply(self, action: Action) -> Reply | None:
        if action.kind == "status":
            if action.code >= 502:
                body = f"<html><body><h1>{action.code}</h1></body></html>".encode()
                return Reply(action.code, body, "text/html; charset=utf-8")
            if action.code == 403:  # a role without the right to read the object at all
                error = {
                    "odata.error": {
                        "code": "20",
                        "message": {
                            "lang": "ru",
                            "value": "Недостаточно прав для выполнения операции над данными",
                        },
                    }
                }
                return Reply(403, dumps(error).encode("utf-8"))
            return Reply(action.code, b"", "text/plain")
        if action.kind == "html200":
            return Reply(200, LOGIN_PAGE.encode("utf-8"), "text/html; charset=utf-8")
        if action.kind == "lock_conflict":
            error = {
                "odata.error": {
                    "code": "-1",
                    "message": {"lang": "ru", "value": LOCK_CONFLICT},
                }
            }
            return Reply(500, dumps(error).encode("utf-8"))
        if action.kind == "unauthorized":
            return self._unauthorized()
        return None

    def _unauthorized(self) -> Reply:
        return Reply(
            401,
            b"",
            "text/plain",
            {"WWW-Authenticate": 'Basic realm="1C:Enterprise", charset="UTF-8"'},
        )

    def _send(self, reply: Reply, action: Action | None = None) -> None:
        body = reply.body
        kind = action.kind if action else None
        if kind == "truncated_json":
            body = body[: max(1, len(body) // 2)] if body else b'{"odata.metadata":"'
        try:
            self.send_response(reply.status)
            self.send_header("Content-Type", reply.content_type)
            for name, value in reply.headers.items():
                self.send_header(name, value)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            if kind == "drop_mid_body":
                self.wfile.write(body[: len(body) // 2])
                self.wfile.flush()
                self.close_connection = True
                with contextlib.suppress(OSError):
                    self.connection.shutdown(socket.SHUT_RDWR)
                return
            if self.command != "HEAD":
                self.wfile.write(body)
        except (BrokenPipeError, ConnectionResetError):
            self.close_connection = True

    def _control(self, method: str, path: str, payload: bytes) -> Reply:
        """`/_emulator/faults` (GET lists, POST configures) and `/_emulator/requests`."""
        if path.rstrip("/") == "/_emulator/faults":
            if method == "POST":
                try:
                    spec = loads(payload.decode("utf-8") or "{}")
                    for item in spec if isinstance(spec, list) else [spec]:
                        self.emulator.faults.configure(item)
                except (ValueError, TypeError) as exc:
                    return Reply(400, dumps({"error": str(exc)}).encode())
            faults = [vars(f) for f in self.emulator.faults.active()]
            return Reply(200, dumps({"faults": faults}).encode())
        if path.rstrip("/") == "/_emulator/requests":
            with self.emulator._requests_lock:
                rows = [vars(r) for r in self.emulator.requests]
            return Reply(200, dumps({"requests": rows}).encode())
        return Reply(404, b"", "text/plain")

    def _answer(self, method: str, path: str, query: str, payload: bytes) -> Reply:
        em = self.emulator
        prefix = f"/{em.publication}/{ODATA_ROOT}"
        if not path.startswith(f"/{em.publication}/"):
            return Reply(404, b"<html><body>Not Found</body></html>", "text/html")
        json_mode = "json" in query.lower() and "$format=" in unquote(query)
        try:
            user = rights.authenticate(em.base, self.headers.get("Authorization"))
            if user is None:
                return self._unauthorized()
            opts = Options.parse(query)
            json_mode = opts.json
            if path.rstrip("/") != prefix and not path.startswith(prefix + "/"):
                raise ODataError(400, "6", f"Неверный сегмент URL: {path}")
            request = _Request(em, user, opts, method, payload)
            return request.dispatch(path[len(prefix) :].lstrip("/"))
        except QueryError as exc:
            return self._error(ODataError(400, "14", str(exc)), json_mode)
        except ODataError as exc:
            return self._error(exc, json_mode)
        except Exception:
            # An emulator bug must not pass for a business error: a bare 500 is retried.
            log.exception("emulator: %s %s failed", method, path)
            return Reply(500, b"Internal Server Error", "text/plain")

    def _error(self, exc: ODataError, json_mode: bool) -> Reply:
        if json_mode:
            body = {
                "odata.error": {"code": exc.code, "message": {"lang": "ru", "value": exc.message}}
            }
            return Reply(exc.status, dumps(body).encode("utf-8"))
        xml = (
            '<?xml version="1.0" encoding="UTF-8"?>'
            '<m:error xmlns:m="http://schemas.microsoft.com/ado/2007/08/dataservices/metadata">'
            f"<m:code>{escape(exc.code)}</m:code>"
            f'<m:message xml:lang="ru">{escape(exc.message)}</m:message></m:error>'
        )
        return Reply(exc.status, xml.encode("utf-8"), "application/xml;charset=utf-8")


Row = dict[str, Any]


class _Request:
    """One authenticated OData request: routing, reading and writing."""

    def __init__(
        self, em: EmulatorServer, user: rights.User, opts: Options, method: str, payload: bytes
    ) -> None:
        self.em = em
        self.base = em.base
        self.user = user
        self.opts = opts
        self.method = method
        self.payload = payload
        self._visible: set[str] | None = None
        self.base.connect().create_function(SQL_TEXT_FUNCTION, 3, text_match, deterministic=True)

    # routing ----------------------------------------------------------------------------------
    def dispatch(self, resource: str) -> Reply:
        if resource == "":
            return self.service_root()
        if resource == "$metadata":
            return self.metadata()
        res = parse_resource(resource)
        name = res.name
        if name.startswith(REGISTER_PREFIXES):
            return self.register(res)
        if name.startswith(OBJECT_PREFIXES) and self.em.has_entity(name):
            return self.objects(res)
        tp = self.em.table_part_of(name)
        if tp is not None:
            if res.key or res.action or self.method != "GET":
                raise ODataError(400, "6", f"Неверный сегмент URL: {resource}")
            return self.table_part(name, *tp)
        raise ODataError(400, "6", f"Неизвестный сегмент URL: {name}")

    def reply(self, status: int, payload: dict[str, Any], name: str, rows: list[Row]) -> Reply:
        if self.opts.json:
            return Reply(status, dumps(payload).encode("utf-8"))
        return Reply(
            status, atom_feed(self.em.odata_url, name, rows), "application/atom+xml;charset=utf-8"
        )

    def collection(self, name: str, rows: list[Row], count: int | None) -> Reply:
        payload: dict[str, Any] = {"odata.metadata": f"{self.em.odata_url}$metadata#{name}"}
        if count is not None:
            payload["odata.count"] = str(count)
        payload["value"] = rows
        return self.reply(200, payload, name, rows)

    def element(self, name: str, obj: Row, status: int = 200) -> Reply:
        payload = {"odata.metadata": f"{self.em.odata_url}$metadata#{name}/@Element", **obj}
        return self.reply(status, payload, name, [obj])

    def service_root(self) -> Reply:
        sets = self.em.known_sets()
        if self.opts.json:
            payload = {
                "odata.metadata": f"{self.em.odata_url}$metadata",
                "value": [{"name": s, "url": s} for s in sets],
            }
            return Reply(200, dumps(payload).encode("utf-8"))
        xml = [
            '<?xml version="1.0" encoding="UTF-8"?>',
            '<service xmlns="http://www.w3.org/2007/app" xmlns:atom="http://www.w3.org/2005/Atom"'
            f" xml:base={quoteattr(self.em.odata_url)}><workspace><atom:title>Default</atom:title>",
        ]
        xml += [
            f"<collection href={quoteattr(s)}><atom:title>{escape(s)}</atom:title></collection>"
            for s in sets
        ]
        xml.append("</workspace></service>")
        return Reply(200, "".join(xml).encode("utf-8"), "application/xml;charset=utf-8")

    def metadata(self) -> Reply:
        sets = self.em.known_sets()
        xml = [
            '<?xml version="1.0" encoding="UTF-8"?>',
            '<edmx:Edmx xmlns:edmx="http://schemas.microsoft.com/ado/2007/06/edmx" Version="1.0">',
            '<edmx:DataServices xmlns:m="http://schemas.microsoft.com/ado/2007/08/dataservices/'
            'metadata" m:DataServiceVersion="3.0">',
            '<Schema xmlns="http://schemas.microsoft.com/ado/2009/11/edm" Namespace="StandardODATA">',
        ]
        for s in sets:
            xml.append(
                f"<EntityType Name={quoteattr(s)}><Key><PropertyRef Name='Ref_Key'/></Key>"
                "<Property Name='Ref_Key' Type='Edm.Guid' Nullable='false'/></EntityType>"
            )
        xml.append("<EntityContainer Name='EnterpriseV8' m:IsDefaultEntityContainer='true'>")
        xml += [
            f"<EntitySet Name={quoteattr(s)} EntityType={quoteattr('StandardODATA.' + s)}/>"
            for s in sets
        ]
        xml.append("</EntityContainer></Schema></edmx:DataServices></edmx:Edmx>")
        return Reply(200, "".join(xml).encode("utf-8"), "application/xml;charset=utf-8")

    # rights -----------------------------------------------------------------------------------
    @property
    def restricted(self) -> bool:
        return not self.user.full_rights

    def visible(self) -> set[str]:
        """The partners this manager sees (computed once per request)."""
        if self._visible is None:
            self._visible = rights.visible_partners(self.base, self.user)
        return self._visible

    def can_see(self, partner_key: str | None) -> bool:
        if not self.restricted or not partner_key or partner_key == EMPTY_REF:
            return True
        return partner_key in self.visible()

    def check_visible(self, partner_key: str | None) -> None:
        if not self.can_see(partner_key):
            raise rights_error()

    # reading objects --------------------------------------------------------------------------
    def objects(self, res: Resource) -> Reply:
        entity = res.name
        if res.action:
            if res.action in ("Post", "Unpost") and self.method == "POST" and res.key:
                return self.post_document(entity, res.key, res.action == "Post")
            target = REFERENCES.get(entity, {}).get(res.action)
            if target and self.method == "GET" and res.key and not res.params:
                ref = self.load(entity, res.key).get(f"{res.action}_Key")
                if not ref or ref == EMPTY_REF:
                    raise ODataError(404, "9", f"Ссылка {res.action} не заполнена")
                obj = self.load(target, str(ref))
                return self.element(
                    target, self.expand(target, present(target, obj, self.opts.select), obj)
                )
            raise ODataError(400, "6", f"Неверный сегмент URL: {res.action}")
        if res.key is None:
            if self.method == "GET":
                rows, count = self.query_objects(entity)
                return self.collection(entity, rows, count)
            if self.method == "POST":
                return self.create(entity)
            raise ODataError(400, "6", f"Метод {self.method} не применим к набору {entity}")
        if self.method == "GET":
            obj = self.load(entity, res.key)
            return self.element(
                entity, self.expand(entity, present(entity, obj, self.opts.select), obj)
            )
        if self.method in ("PATCH", "MERGE", "PUT"):
            return self.update(entity, res.key)
        if self.method == "DELETE":
            return self.delete(entity, res.key)
        raise ODataError(400, "6", f"Метод {self.method} не применим к объекту")

    def expand(self, entity: str, out: Row, obj: Row) -> Row:
        """`$expand=Партнер`: the referenced object inline (null when empty or not visible)."""
        for name in self.opts.expand:
            target = REFERENCES.get(entity, {}).get(name)
            if target is None:
                raise QueryError(f"Свойство {name} не является ссылкой объекта {entity}")
            ref = obj.get(f"{name}_Key")
            body = self.base.get(target, str(ref)) if ref and ref != EMPTY_REF else None
            visible = body is not None and self.can_see(_partner_of(target, body))
            out[name] = present(target, body, None) if body is not None and visible else None
        return out

    def load(self, entity: str, key: str) -> Row:
        row = (
            self.base.connect()
            .execute(
                "SELECT partner_key, body FROM objects WHERE entity=? AND ref_key=?", (entity, key)
            )
            .fetchone()
        )
        if row is None:
            raise ODataError(404, "9", f"Объект не найден: {entity}(guid'{key}')")
        self.check_visible(row[0])
        return dict(loads(row[1]))

    def query_objects(self, entity: str) -> tuple[list[Row], int | None]:
        fast = (
            self.opts.select is not None
            and set(self.opts.select) <= set(FAST_COLUMNS)
            and not self.opts.expand
        )

        def build(rec: tuple[Any, ...]) -> Row:
            ref, version, date, body = rec
            if body is None:
                return {"Ref_Key": ref, "DataVersion": version, "Date": date}
            return dict(loads(body))

        where, params = ["entity=?"], [entity]
        index = None
        if self.opts.filter is not None and entity not in PARTNER_SELF:
            for node in conjuncts(self.opts.filter):
                partner = _partner_equality(node)
                if partner:  # the indexed partner column is a necessary condition
                    where.append("partner_key=?")
                    params.append(partner)
                    index = "objects_partner"
            if index is None and any(_is_date_range(n) for n in conjuncts(self.opts.filter)):
                index = "objects_date"  # a document window: walk the date index, not the set
        return self.sql_query(
            table="objects",
            where=where,
            params=params,
            cols=OBJECT_COLUMNS,
            order_columns=dict(FAST_COLUMNS),
            random_order=random.choice(ARBITRARY_OBJECT_ORDERS),
            columns="ref_key, data_version, date, " + ("NULL" if fast else "body"),
            fast=fast,
            build=build,
            present=lambda row: self.expand(entity, present(entity, row, self.opts.select), row),
            key_column="ref_key",
            index=index,
        )

    def sql_query(
        self,
        *,
        table: str,
        where: list[str],
        params: list[Any],
        cols: SqlColumns,
        order_columns: dict[str, str],
        random_order: str,
        columns: str,
        fast: bool,
        build: Callable[[tuple[Any, ...]], Row],
        present: Callable[[Row], Row],
        key_column: str,
        index: str | None = None,
    ) -> tuple[list[Row], int | None]:
        """Filter, rights, order and page in SQL where exact; the rest over parsed rows.

        A page is found by its keys first and its bodies read after, so ordering and skipping
        never drag the large bodies of the rows that are not on the page through the sorter.
        """
        opts = self.opts
        where, params = list(where), list(params)
        py_nodes: list[Any] = []
        if opts.filter is not None:
            for node in conjuncts(opts.filter):
                sql = to_sql(node, cols)
                if sql is not None:
                    where.append(sql[0])
                    params += sql[1]
                    continue
                py_nodes.append(node)
                if cols.body:
                    for text in sorted(required_substrings(node)):
                        where.append(f"instr({cols.body}, ?) > 0")
                        params.append(text)
        if fast and py_nodes:
            columns = columns.replace("NULL", "body")
            fast = False
        matches = evaluator(py_nodes)
        db = self.base.connect()
        if self.restricted:
            vis = rights.visible_condition()
            if opts.allowed_only:
                where.append(vis)
                params.append(self.user.user_key)
            else:
                what = columns if py_nodes else "1"
                hidden_sql = f"SELECT {what} FROM {table} WHERE {' AND '.join(where)} AND NOT {vis}"
                hidden = db.execute(hidden_sql, [*params, self.user.user_key])
                for rec in hidden:
                    if not py_nodes or matches(build(rec)):
                        raise rights_error()
        order_sql = []
        for key in opts.orderby:
            expr = order_columns.get(key.name) or f"json_extract(body, '{json_path(key.name)}')"
            order_sql.append(expr + (" DESC" if key.desc else ""))
        order = ", ".join(order_sql) if order_sql else random_order
        hint = f" INDEXED BY {index}" if index else ""
        base_sql = f"FROM {table}{hint} WHERE {' AND '.join(where)}"
        if not py_nodes:
            count = None
            if opts.inlinecount:
                count = db.execute(f"SELECT COUNT(*) {base_sql}", params).fetchone()[0]
            limit = -1 if opts.top is None else opts.top
            if fast:
                page_sql = f"SELECT {columns} {base_sql} ORDER BY {order} LIMIT ? OFFSET ?"
                page = db.execute(page_sql, [*params, limit, opts.skip])
                return [present(build(r)) for r in page], count
            keys_sql = f"SELECT {key_column} {base_sql} ORDER BY {order} LIMIT ? OFFSET ?"
            keys = [r[0] for r in db.execute(keys_sql, [*params, limit, opts.skip])]
            found: dict[Any, tuple[Any, ...]] = {}
            for start in range(0, len(keys), 500):
                chunk = keys[start : start + 500]
                marks = ",".join("?" * len(chunk))
                fetch = (
                    f"SELECT {key_column}, {columns} FROM {table}"
                    f" WHERE {where[0]} AND {key_column} IN ({marks})"
                )
                for rec in db.execute(fetch, [params[0], *chunk]):
                    found[rec[0]] = rec[1:]
            return [present(build(found[k])) for k in keys if k in found], count
        out: list[Row] = []
        seen = 0
        for rec in db.execute(f"SELECT {columns} {base_sql} ORDER BY {order}", params):
            row = build(rec)
            if not matches(row):
                continue
            seen += 1
            if seen > opts.skip and (opts.top is None or len(out) < opts.top):
                out.append(present(row))
            elif opts.top is not None and len(out) >= opts.top and not opts.inlinecount:
                break
        return out, (seen if opts.inlinecount else None)

    # table parts ------------------------------------------------------------------------------
    def table_part(self, name: str, parent: str, part: str) -> Reply:
        opts = self.opts
        where, params = ["entity=?"], [parent]
        py_nodes: list[Any] = []
        if opts.filter is not None:
            for node in conjuncts(opts.filter):
                pushed = to_sql(node, PARENT_COLUMNS)
                if pushed is not None:
                    where.append(pushed[0])
                    params += pushed[1]
                else:
                    py_nodes.append(node)
                    for text in sorted(required_substrings(node)):
                        where.append("instr(body, ?) > 0")
                        params.append(text)
        matches = evaluator(py_nodes)
        keys = [k.name for k in opts.orderby]
        streamable = bool(keys) and keys[0] == "Ref_Key" and set(keys) <= {"Ref_Key", "LineNumber"}
        if streamable:
            order = "ref_key" + (" DESC" if opts.orderby[0].desc else "")
        else:
            order = random.choice(ARBITRARY_OBJECT_ORDERS)
        db = self.base.connect()
        line_desc = any(k.name == "LineNumber" and k.desc for k in opts.orderby)
        sql = f"SELECT ref_key, partner_key, body FROM objects WHERE {' AND '.join(where)} ORDER BY {order}"
        visible = self.visible() if self.restricted else None

        def rows() -> Iterator[Row]:
            for ref, partner, body in db.execute(sql, params):
                lines = loads(body).get(part) or []
                selected = [_table_row(ref, i, ln) for i, ln in enumerate(lines)]
                selected = [r for r in selected if matches(r)]
                if not selected:
                    continue
                if (
                    visible is not None
                    and partner
                    and partner != EMPTY_REF
                    and partner not in visible
                ):
                    if opts.allowed_only:
                        continue
                    raise rights_error()
                if line_desc:
                    selected.reverse()
                yield from selected

        out: list[Row] = []
        if streamable:
            seen = 0
            for row in rows():
                seen += 1
                if seen > opts.skip and (opts.top is None or len(out) < opts.top):
                    out.append(row)
                elif opts.top is not None and len(out) >= opts.top and not opts.inlinecount:
                    break
            count = seen if opts.inlinecount else None
        else:
            out, count = self.page(list(rows()))
        return self.collection(name, self.select(out), count)

    def select(self, rows: list[Row]) -> list[Row]:
        if self.opts.select is None:
            return rows
        chosen = set(self.opts.select) | {f"{s}_Type" for s in self.opts.select}
        return [{k: v for k, v in r.items() if k in chosen} for r in rows]

    def page(self, rows: list[Row]) -> tuple[list[Row], int | None]:
        """Order (or shuffle), skip and top over rows in memory.

        Rows equal on every `$orderby` key come in any order, different on every request, as a
        real base's DBMS returns them: paging is stable only over an order that is a key.
        """
        random.shuffle(rows)
        if self.opts.orderby:
            for key in reversed(self.opts.orderby):
                rows.sort(key=_row_sort_key(key.name), reverse=key.desc)
        count = len(rows) if self.opts.inlinecount else None
        end = None if self.opts.top is None else self.opts.skip + self.opts.top
        return rows[self.opts.skip : end], count

    # registers --------------------------------------------------------------------------------
    def register(self, res: Resource) -> Reply:
        name = res.name
        register = name.removesuffix("_RecordType")
        if not self.em.has_register(register):
            raise ODataError(400, "6", f"Неизвестный сегмент URL: {name}")
        if self.method != "GET" or res.key:
            raise ODataError(400, "6", "Запись наборов записей регистров не поддерживается")
        if res.action is None:
            rows, count = self.query_records(register)
            return self.collection(name, rows, count)
        params = res.params
        period = _datetime_param(params["Period"]) if "Period" in params else None
        condition = (
            parse_filter(_string_param(params["Condition"])) if "Condition" in params else None
        )
        if res.action == "Balance" and register.startswith("AccumulationRegister_"):
            rows = self.em.virtual.balance(register, period)
        elif res.action == "SliceLast" and register.startswith("InformationRegister_"):
            rows = self.em.virtual.slice_last(register, period)
        elif res.action == "Turnovers" and register.startswith("AccumulationRegister_"):
            start = _datetime_param(params["StartPeriod"]) if "StartPeriod" in params else None
            end = _datetime_param(params["EndPeriod"]) if "EndPeriod" in params else None
            rows = turnovers(self.base, register, start, end)
        else:
            raise ODataError(400, "6", f"Неверный сегмент URL: {res.action}")
        return self.virtual(f"{name}_{res.action}", rows, condition)

    def virtual(self, name: str, rows: list[Row], condition: Any) -> Reply:
        opts = self.opts
        nodes = ([condition] if condition is not None else []) + (
            [opts.filter] if opts.filter is not None else []
        )
        matches = evaluator(nodes)
        selected = [r for r in rows if matches(r)]
        if self.restricted:
            visible = self.visible()
            hidden = [
                r
                for r in selected
                if r[PARTNER] and r[PARTNER] != EMPTY_REF and r[PARTNER] not in visible
            ]
            if hidden and not opts.allowed_only:
                raise rights_error()
            if hidden:
                ids = {id(r) for r in hidden}
                selected = [r for r in selected if id(r) not in ids]
        page, count = self.page(selected)
        out = [{k: v for k, v in r.items() if k != PARTNER} for r in page]
        return self.collection(name, self.select(out), count)

    def query_records(self, register: str) -> tuple[list[Row], int | None]:
        accumulation = register.startswith("AccumulationRegister_")
        db = self.base.connect()

        def build(rec: tuple[Any, ...]) -> Row:
            rid, recorder, recorder_type, period, record_type, body = rec
            row: Row = {}
            if recorder:
                row["Recorder"] = recorder
                row["Recorder_Type"] = recorder_type
            if period and period != EMPTY_DATE:
                row["Period"] = period
            if recorder:
                row["LineNumber"] = rid  # replaced by the real number in `present`
            row["Active"] = True
            if accumulation:
                row["RecordType"] = record_type or "Receipt"
            row.update(loads(body))
            return row

        def present_record(row: Row) -> Row:
            if "LineNumber" in row and "Recorder" in row:
                n = db.execute(
                    "SELECT COUNT(*) FROM records WHERE recorder=? AND register=? AND id<=?",
                    (row["Recorder"], register, row["LineNumber"]),
                ).fetchone()[0]
                row["LineNumber"] = str(n)
            if self.opts.select is not None:
                chosen = set(self.opts.select) | {f"{s}_Type" for s in self.opts.select}
                row = {k: v for k, v in row.items() if k in chosen}
            return row

        return self.sql_query(
            table="records",
            where=["register=?"],
            params=[register],
            cols=RECORD_COLUMNS,
            order_columns={
                "Period": "period",
                "Recorder": "recorder",
                "RecordType": "record_type",
                "LineNumber": "id",
            },
            random_order=random.choice(ARBITRARY_RECORD_ORDERS),
            columns="id, recorder, recorder_type, period, record_type, body",
            fast=False,
            build=build,
            present=present_record,
            key_column="id",
        )

    # writing ----------------------------------------------------------------------------------
    def parse_body(self) -> Row:
        try:
            body = loads(self.payload.decode("utf-8"))
        except (UnicodeDecodeError, ValueError) as exc:
            raise QueryError(f"Ошибка разбора тела запроса: {exc}") from exc
        if not isinstance(body, dict):
            raise QueryError("Тело запроса должно быть объектом JSON")
        return body

    def create(self, entity: str) -> Reply:
        body = self.parse_body()
        key = str(body.get("Ref_Key") or new_ref()).lower()
        if key == EMPTY_REF:
            key = new_ref()
        body["Ref_Key"] = key
        with self.base.write_lock:
            if self.base.get(entity, key) is not None:
                raise ODataError(
                    500, "15", f"Объект с ключом {key} уже существует: {entity}(guid'{key}')"
                )
            self.complete(entity, body)
            if entity == "Catalog_Партнеры" and self.restricted:
                # 1C's row-level rights let a manager add a client assigned to themselves.
                if body.get(rights.MANAGER_PROPERTY) != self.user.user_key:
                    raise rights_error()
            else:
                self.check_visible(_partner_of(entity, body))
            posted = bool(body.pop("Posted", False))
            if entity.startswith("Document_"):
                body["Posted"] = False
            self.check_business(entity, body, None)
            self.store(entity, body, posted)
        obj = self.base.get(entity, key) or body
        reply = self.element(entity, present(entity, obj, None), 201)
        reply.headers["Location"] = self.em.odata_url + quote(f"{entity}(guid'{key}')", safe="()'")
        return reply

    def complete(self, entity: str, body: Row) -> None:
        """Fill what 1C fills on write: flags, Number/Code, dates, table part line numbers."""
        body.setdefault("DeletionMark", False)
        if entity.startswith("Document_"):
            if not body.get("Date") or body["Date"] == EMPTY_DATE:
                body["Date"] = datetime.now().replace(microsecond=0).isoformat()
            else:
                body["Date"] = parse_datetime(str(body["Date"]))
            if not body.get("Number"):
                body["Number"] = self.em.next_number(entity, "Number")
        else:
            body.setdefault("Predefined", False)
            body.setdefault("PredefinedDataName", "")
            body.setdefault("Description", "")
            if "Code" not in body or body["Code"] in ("", None):
                body["Code"] = self.em.next_number(entity, "Code")
        self.normalise_tables(body)

    def normalise_tables(self, body: Row) -> None:
        for name, value in body.items():
            if isinstance(value, list):
                body[name] = [_table_row(body["Ref_Key"], i, r) for i, r in enumerate(value)]
                for i, r in enumerate(body[name]):
                    if isinstance(r, dict):
                        r["LineNumber"] = str(i + 1)

    def store(self, entity: str, body: Row, posted: bool) -> None:
        """Write the object; post it when asked (1C posts on write with `Posted: true`)."""
        if posted and entity.startswith("Document_"):
            self.post(entity, body)
        else:
            self.base.put(entity, body)

    def post(self, entity: str, body: Row) -> None:
        from wholesale_desk.demo import posting

        self.em.virtual.forget_recorder(body["Ref_Key"])
        try:
            posting.post(self.base, entity, body)
        except posting.PostingError as exc:
            raise business_error(str(exc)) from exc
        except (KeyError, ValueError, TypeError, ArithmeticError) as exc:
            # 1C reports any failure inside posting as the document's business error
            raise business_error(f"Не удалось провести документ: {exc!r}") from exc

    def update(self, entity: str, key: str) -> Reply:
        patch = self.parse_body()
        with self.base.write_lock:
            old = self.load(entity, key)
            self.check_closed_period(entity, old)
            new = dict(old)
            for name, value in patch.items():
                if name in ("Ref_Key", "DataVersion") or "@" in name:
                    continue
                new[name] = value
            if entity.startswith("Document_"):
                new["Date"] = parse_datetime(str(new.get("Date") or EMPTY_DATE))
            self.normalise_tables(new)
            self.check_visible(_partner_of(entity, new))
            self.check_business(entity, new, old)
            posted = bool(new.get("Posted"))
            if entity.startswith("Document_") and old.get("Posted") and not posted:
                from wholesale_desk.demo import posting

                self.em.virtual.forget_recorder(key)
                posting.unpost(self.base, entity, new)
            else:
                if entity.startswith("Document_"):
                    new["Posted"] = False  # `store` posts (and sets it) when asked
                self.store(entity, new, posted)
        obj = self.base.get(entity, key) or new
        return self.element(entity, present(entity, obj, None))

    def delete(self, entity: str, key: str) -> Reply:
        with self.base.write_lock:
            old = self.load(entity, key)
            self.check_closed_period(entity, old)
            self.em.virtual.forget_recorder(key)
            self.base.delete_records(key)
            self.base.delete(entity, key)
        return Reply(200, b"")

    def post_document(self, entity: str, key: str, post: bool) -> Reply:
        if not entity.startswith("Document_"):
            raise ODataError(400, "6", "Проводить можно только документы")
        with self.base.write_lock:
            body = self.load(entity, key)
            self.check_closed_period(entity, body)
            if post:
                self.check_business(entity, body, body)
                self.post(entity, body)
            else:
                from wholesale_desk.demo import posting

                self.em.virtual.forget_recorder(key)
                posting.unpost(self.base, entity, body)
        return Reply(200, b"")

    # business checks --------------------------------------------------------------------------
    def check_business(self, entity: str, new: Row, old: Row | None) -> None:
        if not entity.startswith("Document_"):
            return
        self.check_closed_period(entity, new)
        try:
            self.check_products(new)
            if entity == ORDERS and not new.get("DeletionMark"):
                self.check_credit_limit(new)
        except ODataError as exc:
            # raised in the document's object module: 1C says where, around the text
            raise business_error(module_message(entity, exc.message)) from exc

    def check_closed_period(self, entity: str, body: Row) -> None:
        if not entity.startswith("Document_"):
            return
        closed = self.base.setting("closed_period")
        date = str(body.get("Date") or "")
        if not closed or not date or date[:10] > closed[:10]:
            return
        shown = datetime.fromisoformat(closed[:10]).strftime("%d.%m.%Y")
        doc_date = datetime.fromisoformat(date[:10]).strftime("%d.%m.%Y")
        kind = entity.removeprefix("Document_")
        raise business_error(
            f"Дата запрета изменения данных: {shown}. Нельзя записать документ "
            f"«{kind} {body.get('Number', '')} от {doc_date}»: данные закрытого периода не"
            " изменяются."
        )

    def check_products(self, body: Row) -> None:
        db = self.base.connect()
        for i, line in enumerate(body.get("Товары") or [], start=1):
            if not isinstance(line, dict):
                continue
            key = str(line.get("Номенклатура_Key") or "")
            if not key or key == EMPTY_REF:
                raise business_error(f"В строке {i} списка «Товары» не заполнена номенклатура")
            found = db.execute(
                "SELECT 1 FROM objects WHERE entity=? AND ref_key=?", (PRODUCTS, key.lower())
            ).fetchone()
            if found is None:
                raise business_error(
                    f"В строке {i} списка «Товары» указана несуществующая номенклатура ({key})"
                )

    def check_credit_limit(self, order: Row) -> None:
        if self.base.setting("credit_limit_block") != "1":
            return
        partner = order.get("Партнер_Key")
        if not partner or partner == EMPTY_REF:
            return
        db = self.base.connect()
        contract_key = order.get("Договор_Key")
        limits: list[Decimal] = []
        for (text,) in db.execute(
            "SELECT body FROM objects WHERE entity=? AND partner_key=?", (CONTRACTS, partner)
        ):
            contract = loads(text)
            if contract_key and contract_key != EMPTY_REF and contract["Ref_Key"] != contract_key:
                continue
            if contract.get("ОграничиватьСуммуЗадолженности") and not contract.get("DeletionMark"):
                limits.append(Decimal(str(contract.get("ДопустимаяСуммаЗадолженности") or 0)))
        if not limits:
            return
        limit = min(limits)
        sign = "CASE WHEN record_type='Expense' THEN -1 ELSE 1 END"
        cents = db.execute(
            f"SELECT SUM({sign} * CAST(ROUND((COALESCE(json_extract(body, '$.Долг'), 0)"
            " - COALESCE(json_extract(body, '$.Предоплата'), 0)) * 100) AS INTEGER))"
            " FROM records WHERE register=? AND partner_key=? AND (recorder IS NULL OR recorder<>?)",
            (DEBTS, partner, order["Ref_Key"]),
        ).fetchone()[0]
        debt = Decimal(cents or 0) / 100
        from wholesale_desk.demo.posting import document_total

        amount = document_total(order)
        if debt + amount > limit:
            raise business_error(
                f"Превышена допустимая сумма задолженности клиента: допустимо {limit:.2f},"
                f" задолженность {debt:.2f}, сумма заказа {amount:.2f}. Заказ не может быть"
                " записан: в компании запрещена отгрузка сверх кредитного лимита."
            )
