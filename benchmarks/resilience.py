"""Resilience benchmark: syncs on a bad network converge, Cancel is obeyed at once.

Run from the project root, no arguments:

    .venv/bin/python benchmarks/resilience.py

The 1C base is the sync tests' hand-made company (`tests/sync/seed.py`, 30 clients, four months
of documents), built once into `benchmarks/data/resilience/` (git-ignored) and copied for each
invocation. The emulator runs over loopback HTTP behind the tests' faulty proxy
(`tests/sync/faulty_proxy.py`), which breaks one request in five at random (seeded) in every
way ONEC.md lists: 503, 502/504 and a bare 500, a connection reset before the reply, a reply
dropped halfway, a cut reply, an HTML login page, a slow reply (longer than the client waits), a
lock conflict, and pages longer than `$top`.

- `resilience.converged_runs`: of 20 seeded runs, how many converged. A run is a new store's
  first sync, four orders taken offline, and a second sync, each retried as a user would (up to
  5 tries); it converged when both completed, the store equals a clean sync's (no proxy), every
  order is in 1C exactly once and the store passes SQLite's integrity check. Target 20.
  Backoff and timeouts are scaled down (retry 0.05-0.5 s, read timeout 0.5 s, slow reply 1 s)
  so that 20 runs take minutes, not hours; the logic is the product's.
- `resilience.cancel_s`: the longest time from Cancel to a stopped sync, with 1C silent in the
  middle of a request: SIGINT and SIGTERM to `wholesale-desk sync` (until the process exited,
  code 3), and the window's Cancel (the engine's stop flag, until `run()` returned). Target ≤ 2.
- `resilience.first_start_kills_survived`: measured by the `store` work on first-start kills,
  in its own module (see `EXTRA_FIGURES` below), printed here when that module is present.
"""

from __future__ import annotations

import importlib
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))  # before benchmarks/ (the script's own folder, where
# `sync.py` would shadow the tests' `sync` package); EXTRA_FIGURES modules are found there

from sync.faulty_proxy import FaultyProxy  # noqa: E402
from sync.helpers import integrity_ok, offline_order, settings_for, snapshot  # noqa: E402
from sync.seed import PASSWORD, seed  # noqa: E402

from wholesale_desk import connection  # noqa: E402
from wholesale_desk.demo.base import EmulatorBase  # noqa: E402
from wholesale_desk.demo.server import EmulatorServer  # noqa: E402
from wholesale_desk.onec.client import RetryPolicy  # noqa: E402
from wholesale_desk.store import Store  # noqa: E402
from wholesale_desk.sync.engine import SyncEngine  # noqa: E402

DATA = ROOT / "benchmarks" / "data" / "resilience"
VERSION = 1  # bump when the base's recipe changes
BASE = DATA / f"base_v{VERSION}.sqlite"
RUNS = 20
TRIES = 5
RATE = 0.2
RETRY = RetryPolicy(attempts=5, base_delay=0.05, max_delay=0.5)
TIMEOUT = (2.0, 0.5)
ORDERS = "Document_ЗаказКлиента"

EXTRA_FIGURES = ("first_start",)
"""Modules in `benchmarks/` with `measure() -> dict[str, float]` whose figures are printed too:
the `store` work's `resilience.first_start_kills_survived` (of 30 kills; target 30) goes here."""


def engine(store: Store, url: str, home: Path) -> SyncEngine:
    return SyncEngine(
        store, settings_for(url), password=PASSWORD, data_dir=home, retry=RETRY, timeout=TIMEOUT
    )


def until_ok(store: Store, url: str, home: Path) -> int:
    """The try (1…TRIES) that completed, or 0 when none did."""
    for attempt in range(1, TRIES + 1):
        if engine(store, url, home).run().ok:
            return attempt
    return 0


def one_run(run: int, base: EmulatorBase, server: EmulatorServer, work: Path) -> bool:
    home = work / f"run{run}"
    home.mkdir()
    with FaultyProxy(server.url, rate=RATE, seed=run) as proxy:
        store = Store(home / "store.sqlite")
        try:
            first = until_ok(store, proxy.url, home)
            if not first:
                return _failed(run, "the first sync never completed")
            refs = [offline_order(store, i % 3) for i in range(4)]
            second = until_ok(store, proxy.url, home)
            if not second:
                return _failed(run, "the sync with offline orders never completed")
            clean = Store(home / "clean.sqlite")
            try:
                if not engine(clean, server.url, home).run().ok:
                    return _failed(run, "the clean sync failed")
                if snapshot(store) != snapshot(clean):
                    return _failed(run, "the store differs from a clean sync's")
            finally:
                clean.close()
            # 1C keys orders by our Ref_Key: present means exactly once
            if any(base.get(ORDERS, ref) is None for ref in refs):
                return _failed(run, "an offline order is missing in 1C")
            if not integrity_ok(store):
                return _failed(run, "integrity check failed")
            print(
                f"# run {run}: converged (tries {first}, {second}); "
                f"{proxy.seen} requests, faults {dict(proxy.faults)}",
                file=sys.stderr,
            )
            return True
        finally:
            store.close()


def _failed(run: int, why: str) -> bool:
    print(f"# run {run}: NOT converged: {why}", file=sys.stderr)
    return False


def cli_cancel(server: EmulatorServer, work: Path, sig: signal.Signals, after: int) -> float:
    """Seconds from `sig` to the exit of a CLI sync whose 1C went silent after `after` requests."""
    home = work / f"cancel-{sig.name}-{after}"
    with FaultyProxy(server.url, rate=0.0) as proxy:
        connection.save(settings_for(proxy.url), home)
        proc = subprocess.Popen(
            [sys.executable, "-m", "wholesale_desk", "--data-dir", str(home), "sync",
             "--password-stdin", "--quiet"],
            stdin=subprocess.PIPE,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            cwd=ROOT,
            env={**os.environ, "PYTHONPATH": str(ROOT)},
        )  # fmt: skip
        assert proc.stdin is not None
        proc.stdin.write((PASSWORD + "\n").encode())
        proc.stdin.close()
        if not proxy.wait_for(after):
            raise SystemExit("the CLI sync made no requests")
        proxy.hang()
        proxy.wait_for(after + 1)
        time.sleep(0.5)  # well inside the request
        sent = time.perf_counter()
        proc.send_signal(sig)
        code = proc.wait(120)
        took = time.perf_counter() - sent
        proxy.release()
    if code != 3:
        raise SystemExit(f"a cancelled CLI sync exited with {code}, not 3")
    return took


def window_cancel(server: EmulatorServer, work: Path, after: int) -> float:
    """Seconds from the stop flag (the window's Cancel) to `SyncEngine.run()` returning."""
    home = work / f"cancel-window-{after}"
    home.mkdir()
    store = Store(home / "store.sqlite")
    try:
        with FaultyProxy(server.url, rate=0.0) as proxy:
            stop = threading.Event()
            done = threading.Event()
            result: list[Any] = []

            def work_() -> None:
                result.append(engine(store, proxy.url, home).run(None, stop.is_set))
                done.set()

            threading.Thread(target=work_, daemon=True).start()
            proxy.wait_for(after)
            proxy.hang()
            proxy.wait_for(after + 1)
            time.sleep(0.5)
            sent = time.perf_counter()
            stop.set()
            done.wait(120)
            took = time.perf_counter() - sent
            proxy.release()
        if not result or result[0].status != "cancelled":
            raise SystemExit("the window's cancel did not end the sync as cancelled")
        return took
    finally:
        store.close()


def main() -> int:
    DATA.mkdir(parents=True, exist_ok=True)
    if not BASE.exists():
        print(f"# building {BASE} (once)", file=sys.stderr)
        seed(BASE.with_suffix(".tmp"), clients=30, days=120, seed_value=20).disconnect()
        BASE.with_suffix(".tmp").rename(BASE)
    work = Path(tempfile.mkdtemp(prefix="wd-resilience-"))
    figures: dict[str, float] = {}
    try:
        shutil.copy(BASE, work / "1c.sqlite")
        base = EmulatorBase(work / "1c.sqlite")
        with EmulatorServer(base) as server:
            started = time.perf_counter()
            converged = sum(one_run(run, base, server, work) for run in range(RUNS))
            print(f"# {RUNS} runs in {time.perf_counter() - started:.0f} s", file=sys.stderr)
            figures["resilience.converged_runs"] = converged
            cancels = [
                cli_cancel(server, work, sig, after)
                for sig, after in ((signal.SIGINT, 3), (signal.SIGTERM, 12), (signal.SIGINT, 25))
            ]
            cancels += [window_cancel(server, work, after) for after in (3, 20)]
            print(f"# cancel times {[round(c, 2) for c in cancels]}", file=sys.stderr)
            figures["resilience.cancel_s"] = max(cancels)
        base.disconnect()
    finally:
        shutil.rmtree(work, ignore_errors=True)
    for name in EXTRA_FIGURES:
        try:
            module = importlib.import_module(name)
        except ModuleNotFoundError as exc:
            if exc.name != name:
                raise
            print(f"# {name}: not here yet", file=sys.stderr)
            continue
        figures.update(module.measure())
    print(f"resilience.converged_runs: {int(figures['resilience.converged_runs'])}")
    print(f"resilience.cancel_s: {figures['resilience.cancel_s']:.2f}")
    for key, value in figures.items():
        if key not in ("resilience.converged_runs", "resilience.cancel_s"):
            print(f"{key}: {value:g}")
    print(
        "# targets: converged_runs 20 of 20, cancel_s ≤ 2, first_start_kills_survived 30 of 30",
        file=sys.stderr,
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
