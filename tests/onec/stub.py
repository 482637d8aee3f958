"""A scripted HTTP server on 127.0.0.1 for the client's odd cases (HTML 200, cut JSON, 401 …)."""

from __future__ import annotations

import json
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import unquote


@dataclass
class Reply:
    status: int = 200
    body: bytes | str | dict[str, Any] = b""
    content_type: str = "application/json;charset=utf-8"
    drop: bool = False  # close the connection without answering
    length: int | None = None  # a Content-Length other than the body's (a cut body)


@dataclass
class Seen:
    method: str
    path: str  # decoded
    raw_path: str
    headers: dict[str, str]
    body: bytes


@dataclass
class Stub:
    script: list[Reply | Callable[[Seen], Reply]] = field(default_factory=list)
    default: Reply | None = None
    seen: list[Seen] = field(default_factory=list)
    server: ThreadingHTTPServer | None = None

    @property
    def root(self) -> str:
        assert self.server is not None
        return f"http://127.0.0.1:{self.server.server_address[1]}/base/odata/standard.odata/"

    def next(self, seen: Seen) -> Reply:
        self.seen.append(seen)
        item = self.script.pop(0) if self.script else self.default
        if item is None:
            return Reply(500, "no more replies", "text/plain")
        return item(seen) if callable(item) else item


def odata_error(code: str, message: str) -> dict[str, Any]:
    return {"odata.error": {"code": code, "message": {"lang": "ru", "value": message}}}


def start(stub: Stub) -> Stub:
    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *args: Any) -> None:
            pass

        def _any(self) -> None:
            length = int(self.headers.get("Content-Length") or 0)
            body = self.rfile.read(length) if length else b""
            seen = Seen(self.command, unquote(self.path), self.path, dict(self.headers), body)
            reply = stub.next(seen)
            if reply.drop:
                self.close_connection = True
                self.connection.shutdown(2)
                return
            payload = reply.body
            if isinstance(payload, dict):
                payload = json.dumps(payload, ensure_ascii=False)
            if isinstance(payload, str):
                payload = payload.encode()
            self.send_response(reply.status)
            self.send_header("Content-Type", reply.content_type)
            self.send_header(
                "Content-Length", str(reply.length if reply.length is not None else len(payload))
            )
            self.end_headers()
            self.wfile.write(payload)
            if reply.length is not None:
                self.close_connection = True

        do_GET = do_POST = do_PATCH = do_DELETE = _any

    stub.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    stub.server.daemon_threads = True
    threading.Thread(target=stub.server.serve_forever, daemon=True).start()
    return stub
