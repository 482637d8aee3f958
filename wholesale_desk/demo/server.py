"""The 1C OData emulator: a loopback HTTP server answering like a published УТ 11.5 base.

It serves `/{publication}/odata/standard.odata/` from an `EmulatorBase`, with 1C's awkward
parts kept on purpose (docs/ONEC.md, "How a real base answers"): Atom XML unless
`$format=json`, no server paging, no stable order without `$orderby`, `If-Match` ignored,
business errors as HTTP 500 code -1, row-level rights failing a whole request without
`allowedOnly=true`, and switchable faults.

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

The emulator is split by concern: `protocol` (errors, replies, options, resource paths),
`presentation` (how answers look), `query` (reading), `writes` (creating, changing, posting),
`routing` (which of them a URL asks for) and this module (the HTTP server, faults, control).
"""

from __future__ import annotations

import contextlib
import re
import socket
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import quote, unquote, urlsplit

from wholesale_desk.demo.base import (
    EmulatorBase,
    dumps,
    loads,
)
from wholesale_desk.demo.faults import Action, Faults
from wholesale_desk.demo.odata_query import (
    json_path,
)
from wholesale_desk.demo.protocol import (
    LOCK_CONFLICT,
    LOGIN_PAGE,
    NUMBER_PREFIX,
    OBJECT_PREFIXES,
    ODATA_ROOT,
    REQUEST_LOG_LIMIT,
    WARM_UP,
    Reply,
    RequestRecord,
)
from wholesale_desk.demo.published import REGISTERS, TABLE_PARTS
from wholesale_desk.demo.routing import answer, unauthorized
from wholesale_desk.demo.virtual_tables import VirtualTables


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
            reply = answer(
                self.emulator, method, path, query, payload, self.headers.get("Authorization")
            )
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
        return unauthorized()

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
