"""Document rendering speed and memory: one 200-line invoice, and a batch of 100 invoices.

Runs with no arguments and builds its own data. Prints:
    documents.invoice_200_lines_ms: N     (best of 9 renders after a warm-up: timeit's convention,
                                           the run least disturbed by other processes)
    documents.batch_100_invoices_s: N     (100 invoices of 5–30 lines, each written to a file)
    documents.batch_rss_growth_mb: N      (resident memory after the batch minus after the first 10)
Targets: ≤ 150 ms and ≤ 10 s; memory must not grow per document.
"""

from __future__ import annotations

import gc
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from wholesale_desk.documents import render_invoice, samples, suggested_filename


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
    return 0


if __name__ == "__main__":
    sys.exit(main())
