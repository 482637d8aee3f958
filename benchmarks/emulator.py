"""1C emulator benchmark: building the demo companies, and reading the `large` one over HTTP.

Builds `small` and `large` (seed 1) afresh into `benchmarks/data/emulator/` (git-ignored; never
the sync benchmark's `benchmarks/data/large.sqlite`), then serves the `large` base on loopback
and times the reads a sync makes. Run from the project root:

    .venv/bin/python benchmarks/emulator.py [--sizes small,large] [--reads-only FILE]

Prints `emulator.small_build_s`, `emulator.large_build_s`, `emulator.large_file_mb` and the
read timings (median of several requests, ms): `emulator.orders_page_ms` (1,000 orders with
bodies, ordered by Ref_Key), `emulator.orders_listing_ms` (5,000 `Ref_Key,DataVersion` pairs),
`emulator.orders_window_ms` (a week of orders by a date filter), `emulator.stock_balance_ms` and
`emulator.debt_balance_ms` (`Balance()` of stock and of settlements). Builds also print their
CPU seconds and the load average, since other work on the machine slows the wall clock.
Targets (issue 3): `large` in under 300 s; `small` in a few seconds.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import sys
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

import requests

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from wholesale_desk.demo.base import EmulatorBase  # noqa: E402
from wholesale_desk.demo.company import generate  # noqa: E402
from wholesale_desk.demo.server import EmulatorServer  # noqa: E402

DATA = ROOT / "benchmarks" / "data" / "emulator"
TODAY = date(2026, 11, 20)  # fixed, so every run builds the same company
ORDERS = "Document_ЗаказКлиента"
AUTH = requests.auth.HTTPBasicAuth("Администратор".encode(), b"demo")
RUNS = 5


def cpu_seconds() -> float:
    """User + system CPU of this process, all threads (the generator writes on a second one)."""
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def remove_base(path: Path) -> None:
    for suffix in ("", "-wal", "-shm", "-journal"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)


def build(size: str) -> Path:
    """Generate one company afresh; prints wall and CPU seconds, load average and file size."""
    DATA.mkdir(parents=True, exist_ok=True)
    path = DATA / f"{size}.sqlite"
    remove_base(path)
    load = os.getloadavg()
    started, cpu = time.perf_counter(), cpu_seconds()
    generate(EmulatorBase(path), size, seed=1, today=TODAY)
    wall, cpu = time.perf_counter() - started, cpu_seconds() - cpu
    print(f"emulator.{size}_build_s: {wall:.1f}")
    print(f"emulator.{size}_build_cpu_s: {cpu:.1f}")
    print(f"emulator.{size}_load_avg: {load[0]:.2f} -> {os.getloadavg()[0]:.2f}")
    print(f"emulator.{size}_file_mb: {path.stat().st_size / 1e6:.0f}")
    return path


def median_ms(call: Callable[[], requests.Response], runs: int = RUNS) -> float:
    """Median wall time of a request (the first, cold one included in the runs)."""
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        reply = call()
        reply.raise_for_status()
        reply.json()
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times)


def reads(path: Path) -> None:
    """Time the requests a sync makes against a built base, over real HTTP."""
    with EmulatorServer(EmulatorBase(path)) as server:
        url = server.odata_url

        def get(entity: str, **params: str) -> Callable[[], requests.Response]:
            params["$format"] = "json"
            return lambda: requests.get(url + entity, params=params, auth=AUTH, timeout=600)

        count = int(
            get(ORDERS, **{"$inlinecount": "allpages", "$top": "1"})().json()["odata.count"]
        )
        middle = str(count // 2)
        window = "Date ge datetime'2026-10-05T00:00:00' and Date lt datetime'2026-10-12T00:00:00'"
        cases = {
            "orders_page_ms": get(
                ORDERS, **{"$orderby": "Ref_Key", "$top": "1000", "$skip": middle}
            ),
            "orders_listing_ms": get(
                ORDERS,
                **{
                    "$select": "Ref_Key,DataVersion",
                    "$orderby": "Ref_Key",
                    "$top": "5000",
                    "$skip": middle,
                },
            ),
            "orders_window_ms": get(ORDERS, **{"$filter": window}),
            "stock_balance_ms": get("AccumulationRegister_ТоварыНаСкладах/Balance()"),
            "debt_balance_ms": get("AccumulationRegister_РасчетыСКлиентамиПоСрокам/Balance()"),
        }
        for name, call in cases.items():
            print(f"emulator.{name}: {median_ms(call):.0f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--sizes", default="small,large", help="companies to build")
    parser.add_argument("--reads-only", type=Path, help="time reads of this base; build nothing")
    args = parser.parse_args()
    if args.reads_only:
        reads(args.reads_only)
        return
    built = {size: build(size) for size in args.sizes.split(",") if size}
    if "large" in built:
        reads(built["large"])


if __name__ == "__main__":
    main()
