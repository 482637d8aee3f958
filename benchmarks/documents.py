"""Document rendering speed and memory: one 200-line invoice, a batch of 100 invoices, and a
price list of all 30,000 products of the `large` demo company.

Runs with no arguments and builds its own data. Prints:
    documents.invoice_200_lines_ms: N     (best of 9 renders after a warm-up: timeit's convention,
                                           the run least disturbed by other processes)
    documents.batch_100_invoices_s: N     (100 invoices of 5–30 lines, each written to a file)
    documents.batch_rss_growth_mb: N      (resident memory after the batch minus after the first 10)
    documents.pricelist_30k_xlsx_s: N     (a client's own prices for every product, from the store
                                           through the terms engine to the .xlsx file)
    documents.pricelist_30k_pdf_s: N      (the same list as a PDF)
    documents.pricelist_30k_xlsx_rss_mb: N (peak resident memory while writing the workbook, less
                                           before: flat with openpyxl's write-only mode)
Targets: ≤ 150 ms, ≤ 10 s, no growth per document; price lists ≤ 10 s (XLSX) and ≤ 30 s (PDF).

The price list store (`benchmarks/data/pricelist/store.sqlite`) is built once from the `large`
company's 1C base (`benchmarks/data/large.sqlite`, made by `benchmarks/sync.py` or on first use
here, about three minutes): its product groups, 30,000 products, current prices and stock, plus
a partner client with an individual agreement (large wholesale, 3 %). `--skip-pricelist` leaves
the price list out.

Runs here (2026-12-02, 2 cores shared with six other sessions, load 5-9): XLSX 10.7-16.0 s wall,
4.4-5.5 s of the process's CPU; PDF 14.9-22.1 s wall, 5.4-7.0 s CPU; the workbook's peak RSS
no higher than before it (write-only mode). About half of either is pricing 30,000 products
through the terms engine.
"""

from __future__ import annotations

import gc
import sys
import tempfile
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from pricelist_store import PRICELIST_CLIENT, pricelist_store

from wholesale_desk.documents import (
    render_invoice,
    render_pricelist,
    samples,
    suggested_filename,
)


def rss_mb() -> float:
    try:
        import psutil
    except ImportError:  # pragma: no cover - psutil is a test dependency
        import resource

        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return float(psutil.Process().memory_info().rss) / (1024 * 1024)


def main() -> int:
    big = samples.invoice(200)
    render_invoice(big)  # warm-up: fonts registered, styles built, code paths loaded
    timings = []
    for _ in range(9):
        start = time.perf_counter()
        render_invoice(big)
        timings.append((time.perf_counter() - start) * 1000)
    print(f"documents.invoice_200_lines_ms: {min(timings):.0f}")

    batch = [samples.invoice(5 + i % 26, number=f"ОВ-{i:06d}") for i in range(100)]
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder)
        gc.collect()
        start = time.perf_counter()
        baseline = 0.0
        for i, data in enumerate(batch):
            render_invoice(data, out / suggested_filename(data))
            if i == 9:
                gc.collect()
                baseline = rss_mb()
        elapsed = time.perf_counter() - start
        gc.collect()
        growth = rss_mb() - baseline
    print(f"documents.batch_100_invoices_s: {elapsed:.2f}")
    print(f"documents.batch_rss_growth_mb: {growth:.1f}")
    if "--skip-pricelist" not in sys.argv:
        bench_pricelist()
    return 0


class PeakRss:
    """Samples this process's RSS every 20 ms while the block runs."""

    def __init__(self) -> None:
        self.peak = 0.0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        while not self._stop.is_set():
            self.peak = max(self.peak, rss_mb())
            self._stop.wait(0.02)

    def __enter__(self) -> PeakRss:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()
        self.peak = max(self.peak, rss_mb())


def bench_pricelist() -> None:
    from datetime import date

    from wholesale_desk.services.pricelist import PriceListRequest, build_price_list

    store, source = pricelist_store()
    request = PriceListRequest(on=date.today(), client=PRICELIST_CLIENT)
    figures: dict[str, float] = {}
    with tempfile.TemporaryDirectory() as folder:
        for fmt in ("xlsx", "pdf"):
            gc.collect()
            started, cpu = time.perf_counter(), time.process_time()
            with store.session() as session:
                data = build_price_list(session, request)
            priced = time.perf_counter() - started
            gc.collect()
            before = rss_mb()
            with PeakRss() as peak:
                content = render_pricelist(data, fmt, Path(folder) / f"list.{fmt}")
            figures[fmt] = time.perf_counter() - started
            print(
                f"# {fmt}: {data.line_count} products from {source}; pricing {priced:.2f} s, "
                f"rendering {figures[fmt] - priced:.2f} s, {len(content) / 1e6:.1f} MB; "
                f"this process's CPU {time.process_time() - cpu:.2f} s (the wall time is larger "
                f"when other processes share the cores); "
                f"RSS {before:.0f} MB before, peak {peak.peak:.0f} MB",
                file=sys.stderr,
            )
            if fmt == "xlsx":
                figures["rss"] = peak.peak - before
    store.close()
    print(f"documents.pricelist_30k_xlsx_s: {figures['xlsx']:.2f}")
    print(f"documents.pricelist_30k_pdf_s: {figures['pdf']:.2f}")
    print(f"documents.pricelist_30k_xlsx_rss_mb: {figures['rss']:.0f}")


if __name__ == "__main__":
    sys.exit(main())
