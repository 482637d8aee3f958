"""A faulty network between the app and 1C: an HTTP proxy on loopback that breaks a seeded share
of requests in every way ONEC.md lists, in front of the emulator over real HTTP.

Unlike the emulator's own fault switchboard (faults planned per path), the proxy throws dice for
every request: `rate=0.2` is one fault in five requests, of any kind, wherever it falls, the way
hotel Wi-Fi behaves. Kinds (`KINDS`):
- `503`: the web server's 503 page; 1C never sees the request.
- `gateway`: 502 or 504 from the web server, or a bare 500 without 1C's error body.
- `reset`: 1C does the work, the connection closes before any reply comes back.
- `drop`: 1C answers, the connection drops halfway through the body (a lost reply, also to a
  POST that did create the object).
- `truncated`: a complete HTTP reply whose JSON is cut short.
- `html`: a login page with status 200 (a proxy's portal); 1C never sees the request.
- `slow`: 1C answers after `slow_s`, longer than the client waits (a lost reply, too).
- `lock_conflict`: 1C's error -1 with the platform's lock words; not performed.
- `long_page`: a listing answered with more rows than its `$top` asked for.

`fail_after = N` answers 503 to every request after the N-th (the network went away), `hang()` makes every request wait until `release()` (a base that never answers), and `seen`
counts requests, so tests act on a request count rather than on a timer.
"""

from __future__ import annotations

import contextlib
import http.client
import json
import random
import re
import socket
import threading
import time
from collections import Counter
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import urlsplit

KINDS = (
    "503",
    "gateway",
    "reset",
    "drop",
    "truncated",
    "html",
    "slow",
    "lock_conflict",
    "long_page",
)

LOGIN_PAGE = (
    "<!DOCTYPE html><html><head><title>Вход</title></head>"
    "<body><form>Введите имя пользователя и пароль</form></body></html>"
)
LOCK_CONFLICT = (
    "Конфликт блокировок при выполнении транзакции: Превышено максимальное время ожидания "
    "предоставления блокировки"
)
_TOP = re.compile(r"(\$top=|%24top=)(\d+)")


class FaultyProxy:
    """`FaultyProxy(emulator.url, rate=0.2, seed=3).start()`; `.url` is the publication URL."""

    def __init__(
        self,
        upstream: str,
        *,
        rate: float = 0.2,
        seed: int = 0,
        kinds: tuple[str, ...] = KINDS,
        slow_s: float = 1.0,
    ) -> None:
        parts = urlsplit(upstream)
        self.upstream_host = parts.hostname or "127.0.0.1"
        self.upstream_port = parts.port or 80
        self.publication_path = parts.path
        self.rate = rate
        self.kinds = kinds
        self.slow_s = slow_s
        self._rng = random.Random(seed)
        self._lock = threading.Lock()
        self.seen = 0  # requests received
        self.fail_after: int | None = None  # from this request count on, every request: 503
        self.faults: Counter[str] = Counter()
        self.log: list[tuple[str, str, str | None]] = []  # method, path, fault
        self._hang = threading.Event()
        self._released = threading.Event()
        self._seen_changed = threading.Condition(self._lock)
        self._httpd: ThreadingHTTPServer | None = None
        self._open: set[socket.socket] = set()

    # --- lifecycle ----------------------------------------------------------------------------
    def start(self) -> FaultyProxy:
        proxy = self

        class Handler(_Handler):
            owner = proxy

        class Server(ThreadingHTTPServer):
            daemon_threads = True

            def process_request(self, request: Any, client_address: Any) -> None:
                proxy._open.add(request)
                super().process_request(request, client_address)

            def shutdown_request(self, request: Any) -> None:
                proxy._open.discard(request)
                super().shutdown_request(request)

        self._httpd = Server(("127.0.0.1", 0), Handler)
        threading.Thread(
            target=self._httpd.serve_forever,
            kwargs={"poll_interval": 0.05},
            name="faulty-proxy",
            daemon=True,
        ).start()
        return self

    def stop(self) -> None:
        self.release()
        if self._httpd is not None:
            self._httpd.shutdown()
            self._httpd.server_close()
            for sock in list(self._open):
                with contextlib.suppress(OSError):
                    sock.shutdown(socket.SHUT_RDWR)
            self._httpd = None

    def __enter__(self) -> FaultyProxy:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    @property
    def url(self) -> str:
        assert self._httpd is not None
        return f"http://127.0.0.1:{self._httpd.server_address[1]}{self.publication_path}"

    # --- control ------------------------------------------------------------------------------
    def hang(self) -> None:
        """From now on, hold every request without an answer (a base that went silent)."""
        self._released.clear()
        self._hang.set()

    def release(self) -> None:
        self._hang.clear()
        self._released.set()

    def wait_for(self, requests: int, timeout: float = 60.0) -> bool:
        """Block until `requests` requests have arrived in all."""
        deadline = time.monotonic() + timeout
        with self._seen_changed:
            while self.seen < requests:
                left = deadline - time.monotonic()
                if left <= 0:
                    return False
                self._seen_changed.wait(left)
        return True

    def _dice(self, method: str, path: str) -> str | None:
        with self._seen_changed:
            self.seen += 1
            self._seen_changed.notify_all()
            fault = self._rng.choice(self.kinds) if self._rng.random() < self.rate else None
            if self.fail_after is not None and self.seen > self.fail_after:
                fault = "503"  # the network went away
            if fault == "long_page" and "top=" not in path:
                fault = None  # only a listing can come back too long
            if fault is not None:
                self.faults[fault] += 1
            self.log.append((method, path, fault))
            return fault

    def pick(self, options: tuple[int, ...]) -> int:
        with self._lock:
            return self._rng.choice(options)

    def forward(
        self, method: str, path: str, headers: dict[str, str], body: bytes
    ) -> tuple[int, list[tuple[str, str]], bytes]:
        conn = http.client.HTTPConnection(self.upstream_host, self.upstream_port, timeout=60)
        try:
            conn.request(method, path, body=body or None, headers=headers)
            resp = conn.getresponse()
            return resp.status, resp.getheaders(), resp.read()
        finally:
            conn.close()


class _Handler(BaseHTTPRequestHandler):
    owner: FaultyProxy
    protocol_version = "HTTP/1.1"
    disable_nagle_algorithm = True

    def log_message(self, format: str, *args: Any) -> None:
        """Quiet."""

    def do_GET(self) -> None:
        self._handle("GET")

    def do_POST(self) -> None:
        self._handle("POST")

    def do_PATCH(self) -> None:
        self._handle("PATCH")

    def do_DELETE(self) -> None:
        self._handle("DELETE")

    def _handle(self, method: str) -> None:
        proxy = self.owner
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else b""
        fault = proxy._dice(method, self.path)
        if proxy._hang.is_set():
            proxy._released.wait()
            self.close_connection = True
            return
        if fault == "503":
            self._reply(503, b"<html><body><h1>503</h1></body></html>", "text/html")
            return
        if fault == "gateway":
            status = proxy.pick((502, 504, 500))
            body = b"" if status == 500 else f"<html><h1>{status}</h1></html>".encode()
            self._reply(status, body, "text/html")
            return
        if fault == "html":
            self._reply(200, LOGIN_PAGE.encode(), "text/html; charset=utf-8")
            return
        if fault == "lock_conflict":
            error = {
                "odata.error": {"code": "-1", "message": {"lang": "ru", "value": LOCK_CONFLICT}}
            }
            self._reply(500, json.dumps(error, ensure_ascii=False).encode(), "application/json")
            return
        path = self.path
        if fault == "long_page":
            path = _TOP.sub(lambda m: f"{m.group(1)}{int(m.group(2)) + 3}", path)
        headers = {k: v for k, v in self.headers.items() if k.lower() not in ("host", "connection")}
        status, reply_headers, reply = proxy.forward(method, path, headers, body)
        ctype = next((v for k, v in reply_headers if k.lower() == "content-type"), "text/plain")
        if fault == "reset":
            self.close_connection = True
            with contextlib.suppress(OSError):
                self.connection.shutdown(socket.SHUT_RDWR)
            return
        if fault == "slow":
            time.sleep(proxy.slow_s)
        if fault == "truncated" and reply:
            reply = reply[: max(1, len(reply) // 2)]
        if fault == "drop" and reply:
            self._reply(status, reply, ctype, cut=True)
            return
        self._reply(status, reply, ctype)

    def _reply(self, status: int, body: bytes, ctype: str, *, cut: bool = False) -> None:
        try:
            self.send_response(status)
            self.send_header("Content-Type", ctype)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            if cut:
                self.wfile.write(body[: len(body) // 2])
                self.wfile.flush()
                self.close_connection = True
                with contextlib.suppress(OSError):
                    self.connection.shutdown(socket.SHUT_RDWR)
                return
            self.wfile.write(body)
        except (BrokenPipeError, ConnectionResetError):
            self.close_connection = True
