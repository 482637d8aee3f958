"""Receivables benchmark: the view for 20,000 clients, from click to rows painted.

Reuses the clients benchmark's store (20,000 clients with a year of settlements, built by the
test-data factory into `benchmarks/data/clients/`), building it on first run. Prints
`receivables.view_open_ms` (median of 5: a new page, the SQL aggregation over the settlements
snapshot on the db worker, the models filled and the first screen painted; target 500 ms),
`receivables.query_ms` (what the view's background task reads: every client's figures, the call
list, and the details of the first screen of each list) and `receivables.report_ms` (the whole
report with every client's details, as export reads it).
"""

from __future__ import annotations

import os
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))
sys.path.insert(0, str(ROOT / "tests"))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("WHOLESALE_DESK_HOME", str(ROOT / "benchmarks" / "data" / "clients" / "home"))

from clients import build  # noqa: E402
from factories import TODAY  # noqa: E402
from PySide6.QtCore import QEventLoop, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402
from sqlalchemy import func, select  # noqa: E402

from wholesale_desk.gui.receivables.page import FIRST_SCREEN, ReceivablesPage  # noqa: E402
from wholesale_desk.models import Client, Settlement  # noqa: E402
from wholesale_desk.services.receivables import call_list, load_details, receivables  # noqa: E402


def wait_until(condition, timeout_s: float = 300.0) -> None:  # type: ignore[no-untyped-def]
    deadline = time.perf_counter() + timeout_s
    loop = QEventLoop()
    while not condition():
        if time.perf_counter() > deadline:
            raise TimeoutError
        QTimer.singleShot(1, loop.quit)
        loop.exec()


def main() -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    store, _busy = build(rebuild=False)
    with store.session() as session:
        clients = session.scalar(select(func.count()).select_from(Client))
        rows = session.scalar(select(func.count()).select_from(Settlement))
    print(f"# {clients} clients, {rows} settlement rows", file=sys.stderr)

    queries = []
    reports = []
    for _ in range(5):
        started = time.perf_counter()
        with store.session() as session:
            report = receivables(session, TODAY, with_details=False)
            calls = call_list(report)
            load_details(session, report.rows[:FIRST_SCREEN] + calls[:FIRST_SCREEN])
        queries.append((time.perf_counter() - started) * 1000)
        started = time.perf_counter()
        with store.session() as session:
            report = receivables(session, TODAY)
        reports.append((time.perf_counter() - started) * 1000)
    print(f"# {len(report.rows)} clients with debt", file=sys.stderr)

    opens = []
    for _ in range(5):
        started = time.perf_counter()
        page = ReceivablesPage(store, today=lambda: TODAY)
        page.resize(1280, 800)
        page.show()
        task = page.reload()
        wait_until(lambda task=task: task.done)
        app.processEvents()
        page.repaint()
        opens.append((time.perf_counter() - started) * 1000)
        page.close()
        page.deleteLater()
    print(f"receivables.view_open_ms: {statistics.median(opens):.0f}")
    print(f"receivables.query_ms: {statistics.median(queries):.0f}")
    print(f"receivables.report_ms: {statistics.median(reports):.0f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
