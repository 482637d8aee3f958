"""Sync benchmark on the `large` demo company: initial, floor, incremental (no-op and 1%), memory.

The company is generated once into `benchmarks/data/` (git-ignored) and reused. The emulator runs
in a child process so the peak RSS printed is the sync's own. Run from the project root:

    .venv/bin/python benchmarks/sync.py [--company large] [--keep]

Prints `sync.initial_s`, `sync.floor_s`, `sync.incremental_noop_s`, `sync.incremental_1pct_s`,
`sync.peak_rss_mb`. Targets: initial ≤ 1.5 × floor; no-op ≤ 10 % of initial; peak ≤ 400 MB.
The floor fetches and parses the same pages as the initial sync and stores nothing.

Last run here (2026-11-27, large company, 24 months of history, emulator in a child process):
initial 123 s, floor 100 s (1.23×), no-op 7.0 s (5.7 % of initial), 1 % changed 8.0 s, peak RSS
282 MB. A run an hour earlier on the busier shared box: initial 253 s, floor 100 s, no-op 12.1 s
(4.8 %), 1 % changed 10.8 s, peak 283 MB. Before the register work: initial 260 s, floor 151 s,
no-op 33.2 s (12.8 %), 1 % changed 52.7 s, peak 297 MB. The no-op no longer refetches prices
(only a listing of the price documents), writes no snapshot row, and pages narrow rows 20-25
thousand at a time, which also cut the floor (mostly per-request emulator time).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import psutil

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from wholesale_desk.connection import ConnectionSettings, normalize_url  # noqa: E402
from wholesale_desk.demo.base import EmulatorBase  # noqa: E402
from wholesale_desk.onec.client import OneCClient  # noqa: E402
from wholesale_desk.onec.profile import load_profile  # noqa: E402
from wholesale_desk.store import Store  # noqa: E402
from wholesale_desk.sync.engine import SyncEngine  # noqa: E402
from wholesale_desk.sync.mapping import BoundObject, BoundRegister, bind  # noqa: E402
from wholesale_desk.sync.progress import RunContext  # noqa: E402
from wholesale_desk.sync.pull import Puller, sliced_now  # noqa: E402

DATA = ROOT / "benchmarks" / "data"
USER, PASSWORD = "Администратор", "demo"


class PeakRss:
    """Samples this process's RSS every 50 ms; ru_maxrss would include the generator's past."""

    def __init__(self) -> None:
        self.peak = 0
        self._stop = threading.Event()
        self._proc = psutil.Process()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        while not self._stop.is_set():
            self.peak = max(self.peak, self._proc.memory_info().rss)
            self._stop.wait(0.05)

    def __enter__(self) -> PeakRss:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()
        self.peak = max(self.peak, self._proc.memory_info().rss)


class FloorPuller(Puller):
    """The same requests and JSON parsing as a first sync, with nothing mapped or stored."""

    def _store(self, session: Any, obj: BoundObject, raws: Iterable[dict[str, Any]]) -> None:
        self.ctx.fig(obj.concept).fetched += sum(1 for _ in raws)

    def pull_register(
        self, reg: BoundRegister, resolved: dict[str, dict[str, Any]]
    ) -> dict[str, Any]:
        spec = reg.spec
        entity_set = sliced_now(spec.entity_set, self.settings.server_now())
        for _skip, rows in self.client.pages(
            entity_set, select=spec.select(), orderby=spec.order, page_size=self.register_page
        ):
            self.ctx.fig(spec.name).fetched += len(rows)
        return {}


def start_emulator(db: Path, company: str) -> tuple[subprocess.Popen[str], str]:
    proc = subprocess.Popen(
        [sys.executable, "-m", "wholesale_desk", "emulator", "--db", str(db), "--company", company],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        env={**os.environ, "WHOLESALE_DESK_LANG": "en"},  # the line below is read in English
    )
    assert proc.stdout is not None
    for line in proc.stdout:
        if line.startswith("1C publication URL:"):
            url = line.split(":", 1)[1].strip()
            threading.Thread(target=lambda: [None for _ in proc.stdout or []], daemon=True).start()
            return proc, url
    raise SystemExit(f"the emulator did not start (exit {proc.wait()})")


def change_one_percent(db: Path, settings: ConnectionSettings, rng: random.Random) -> int:
    """Touch 1 % of clients, products, contacts and of the documents inside the window."""
    base = EmulatorBase(db)
    changed = 0
    conn = base.connect()
    for entity in ("Catalog_Партнеры", "Catalog_Номенклатура", "Catalog_КонтактныеЛицаПартнеров"):
        keys = [r[0] for r in conn.execute("SELECT ref_key FROM objects WHERE entity=?", (entity,))]
        for key in rng.sample(keys, max(1, len(keys) // 100)):
            body = base.get(entity, key)
            if body is not None:
                body["Description"] = str(body.get("Description", "")) + " *"
                base.put(entity, body)
                changed += 1
    since = settings.server_now().replace(hour=0, minute=0, second=0)
    from datetime import timedelta

    since -= timedelta(days=settings.document_window_days)
    for entity in ("Document_ЗаказКлиента", "Document_РеализацияТоваровУслуг"):
        keys = [
            r[0]
            for r in conn.execute(
                "SELECT ref_key FROM objects WHERE entity=? AND date>=?",
                (entity, since.isoformat()),
            )
        ]
        for key in rng.sample(keys, max(1, len(keys) // 100)):
            body = base.get(entity, key)
            if body is not None:
                body["Комментарий"] = "изменён"
                base.put(entity, body)
                changed += 1
    return changed


def measure_floor(work: Path, settings: ConnectionSettings, bound: Any) -> float:
    """Seconds to fetch and parse every page of a first sync, storing nothing."""
    floor_store = Store(work / f"floor-{time.monotonic_ns()}.sqlite")
    try:
        with OneCClient(settings.url, USER, PASSWORD) as client:
            started = time.perf_counter()
            FloorPuller(client, floor_store, bound, settings, RunContext()).run()
            return time.perf_counter() - started
    finally:
        floor_store.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--company", default="large", choices=("small", "large"))
    parser.add_argument("--keep", action="store_true", help="keep the synced store for a look")
    args = parser.parse_args()
    DATA.mkdir(parents=True, exist_ok=True)
    db = DATA / f"{args.company}.sqlite"
    print(f"# base: {db} ({'cached' if db.exists() else 'generating, once'})", file=sys.stderr)
    proc, url = start_emulator(db, args.company)
    work = Path(tempfile.mkdtemp(prefix="wd-bench-"))
    try:
        settings = ConnectionSettings(url=normalize_url(url), user=USER)
        bound = bind(load_profile())
        figures: dict[str, float] = {}
        with PeakRss() as rss:
            figures["sync.floor_s"] = measure_floor(work, settings, bound)

            store = Store(work / "store.sqlite")
            engine = SyncEngine(store, settings, password=PASSWORD, data_dir=work, profile=bound)
            for name in ("sync.initial_s", "sync.incremental_noop_s"):
                started = time.perf_counter()
                result = engine.run()
                figures[name] = time.perf_counter() - started
                if not result.ok:
                    raise SystemExit(f"{name}: sync failed: {[str(e) for e in result.errors]}")
                print(
                    f"# {name} figures: {json.dumps(result.figures, ensure_ascii=False)[:400]}",
                    file=sys.stderr,
                )
            changed = change_one_percent(db, settings, random.Random(1))
            print(f"# changed {changed} objects in 1C", file=sys.stderr)
            started = time.perf_counter()
            result = engine.run()
            figures["sync.incremental_1pct_s"] = time.perf_counter() - started
            if not result.ok:
                raise SystemExit(f"1%: sync failed: {[str(e) for e in result.errors]}")
            store.close()
            # the floor again, with the emulator as warm as for the syncs: the lower one counts
            figures["sync.floor_s"] = min(
                figures["sync.floor_s"], measure_floor(work, settings, bound)
            )
        figures["sync.peak_rss_mb"] = rss.peak / 2**20
        for key in (
            "sync.initial_s",
            "sync.floor_s",
            "sync.incremental_noop_s",
            "sync.incremental_1pct_s",
            "sync.peak_rss_mb",
        ):
            print(f"{key}: {figures[key]:.2f}")
        initial, floor = figures["sync.initial_s"], figures["sync.floor_s"]
        print(
            f"# initial/floor {initial / floor:.2f} (target ≤ 1.5); "
            f"noop/initial {figures['sync.incremental_noop_s'] / initial:.1%} (target ≤ 10%); "
            f"peak {figures['sync.peak_rss_mb']:.0f} MB (target ≤ 400)",
            file=sys.stderr,
        )
    finally:
        proc.terminate()
        proc.wait(10)
        if not args.keep:
            import shutil

            shutil.rmtree(work, ignore_errors=True)
        else:
            print(f"store kept in {work}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
