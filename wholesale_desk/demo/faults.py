"""Fault injection for the emulator: the network and web-server failures a real 1C base shows.

Tests (and a foreground emulator, over `POST /_emulator/faults`) switch faults on while the
server runs. Each fault applies to requests whose decoded path contains `path` (all if None),
`count` times (None: until cleared), and is consumed in the order it was added.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from typing import Any

KINDS = (
    "delay",
    "drop_mid_body",
    "status",
    "html200",
    "truncated_json",
    "unauthorized",
    "lock_conflict",
)


@dataclass
class Fault:
    kind: str
    count: int | None = 1
    path: str | None = None
    seconds: float = 0.0
    code: int = 503
    after: int = 0
    seen: int = field(default=0)  # matching requests so far (for `unauthorized(after=N)`)

    def matches(self, path: str) -> bool:
        return self.path is None or self.path in path


@dataclass(frozen=True)
class Action:
    """What the server does to one request: a delay before, and/or a broken reply instead."""

    delay: float = 0.0
    kind: str | None = None  # None: answer normally (after the delay)
    code: int = 0


class Faults:
    """The switchboard; thread-safe, shared by all request threads of one server."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._faults: list[Fault] = []

    def _add(self, fault: Fault) -> Fault:
        if fault.count is not None and fault.count < 1:
            raise ValueError("count must be positive or None")
        with self._lock:
            self._faults.append(fault)
        return fault

    def delay(self, seconds: float, count: int | None = None, path: str | None = None) -> Fault:
        """Sleep before answering (a slow base, or a read timeout when longer than the client's)."""
        return self._add(Fault("delay", count, path, seconds=seconds))

    def drop_mid_body(self, count: int | None = 1, path: str | None = None) -> Fault:
        """Send the headers and part of the body, then close the connection."""
        return self._add(Fault("drop_mid_body", count, path))

    def status(self, code: int, count: int | None = 1, path: str | None = None) -> Fault:
        """Answer with a bare status (502/503 from the web server, 500 without an OData body)."""
        return self._add(Fault("status", count, path, code=code))

    def html200(self, count: int | None = 1, path: str | None = None) -> Fault:
        """An HTML login page with status 200, as a misconfigured web server answers."""
        return self._add(Fault("html200", count, path))

    def truncated_json(self, count: int | None = 1, path: str | None = None) -> Fault:
        """A complete HTTP reply whose JSON body is cut short."""
        return self._add(Fault("truncated_json", count, path))

    def unauthorized(self, count: int | None = 1, after: int = 0, path: str | None = None) -> Fault:
        """401 for matching requests after the first `after` (a password changed mid-sync)."""
        return self._add(Fault("unauthorized", count, path, after=after))

    def lock_conflict(self, count: int | None = 1, path: str | None = None) -> Fault:
        """HTTP 500 with code -1 and the platform's "lock conflict" text: a write that met
        another session's lock (1C reports it like a business error, yet it is transient)."""
        return self._add(Fault("lock_conflict", count, path))

    def clear(self) -> None:
        with self._lock:
            self._faults.clear()

    def active(self) -> list[Fault]:
        with self._lock:
            return list(self._faults)

    def configure(self, spec: dict[str, Any]) -> None:
        """Apply a JSON command: {"clear": true} or {"kind": "status", "code": 503, ...}."""
        if spec.get("clear"):
            self.clear()
        kind = spec.get("kind")
        if not kind:
            return
        if kind not in KINDS:
            raise ValueError(f"unknown fault kind {kind!r}; known: {', '.join(KINDS)}")
        args = {k: v for k, v in spec.items() if k not in ("kind", "clear")}
        getattr(self, kind)(**args)

    def take(self, path: str) -> Action:
        """The fault actions for one request, consuming their counts."""
        delay = 0.0
        with self._lock:
            for fault in list(self._faults):
                if not fault.matches(path):
                    continue
                if fault.kind == "unauthorized":
                    fault.seen += 1
                    if fault.seen <= fault.after:
                        continue
                hit = self._consume(fault)
                if fault.kind == "delay":
                    delay += fault.seconds
                    continue
                if hit:
                    return Action(delay, fault.kind, fault.code)
        return Action(delay)

    def _consume(self, fault: Fault) -> bool:
        if fault.count is not None:
            fault.count -= 1
            if fault.count <= 0:
                self._faults.remove(fault)
        return True
