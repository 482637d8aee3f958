"""Clients workspace benchmark: list open, filter per keystroke, card open — on 20,000 clients.

The store is built once with the test-data factory (`tests/factories.py`) into
`benchmarks/data/clients/` (git-ignored) and reused: 20,000 clients with legal entities,
contacts, agreements, a year of orders, shipments, returns, payments, settlements and
interactions, plus one busy client with 500 timeline items. Run from the project root:

    .venv/bin/python benchmarks/clients.py [--rebuild]

Everything is measured through the real widgets (offscreen), from the user's action to rows
painted:
- `clients.list_open_ms`: a new Clients page, its first query (20,000 ids, sorted by name) and
  the first screen of rows painted (median of 3).
- `clients.filter_p50_ms` / `clients.filter_p95_ms`: every keystroke of realistic searches and
  a few filter clicks — query on the db worker, model reset, visible rows read and painted.
- `clients.card_open_ms`: opening the busy client's card (card, terms, receivables, 12-month
  chart, 500-item timeline) until painted (median of 5).
Targets: 300 ms, 50 ms (p95), 150 ms.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from datetime import datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("WHOLESALE_DESK_HOME", str(ROOT / "benchmarks" / "data" / "clients" / "home"))

from factories import TODAY, build_store  # noqa: E402
from PySide6.QtCore import QEventLoop, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from wholesale_desk.gui import operations  # noqa: E402
from wholesale_desk.gui.clients.page import ClientsPage  # noqa: E402
from wholesale_desk.models import Client  # noqa: E402
from wholesale_desk.store import Store  # noqa: E402

DATA = ROOT / "benchmarks" / "data" / "clients"
CLIENTS = 20_000
TIMELINE_ITEMS = 500
VERSION = 6  # bump when the factory changes what it builds
STORE = DATA / f"clients_{CLIENTS}_v{VERSION}.sqlite"
TYPED = [
    "ромашка",
    "орёл",
    "7707",
    "иванов",
    "королев",
    "+7 (916) 5",
    "8 926 4",
    "торг 12",
    "zakaz@vol",
]
NOW = datetime.combine(TODAY, datetime.min.time()).replace(hour=10)


def build(rebuild: bool) -> tuple[Store, str]:
    if rebuild or not STORE.exists():
        for stale in DATA.glob("clients_*.sqlite*"):
            stale.unlink()
        DATA.mkdir(parents=True, exist_ok=True)
        started = time.perf_counter()
        store, company = build_store(
            STORE, clients=CLIENTS, managers=25, busy_items=TIMELINE_ITEMS, lines=False
        )
        assert company.busy_client is not None
        print(f"# built {STORE.name} in {time.perf_counter() - started:.1f} s", file=sys.stderr)
    else:
        store = Store(STORE)
    with store.session() as session:
        busy = session.query(Client.id).filter(Client.code == "0000001").scalar()
    return store, str(busy)


class Waiter:
    """Waits in a real event loop, as the app does: the GUI thread sleeps (releasing the GIL)
    until the page says it is done, so the db worker runs at full speed."""

    def __init__(self, signal: object) -> None:
        self.loop = QEventLoop()
        signal.connect(lambda *_a: self.loop.quit())  # type: ignore[attr-defined]

    def wait(self) -> None:
        QTimer.singleShot(30_000, self.loop.quit)
        self.loop.exec()


def paint(page: ClientsPage) -> None:
    page.ui.clientsView.viewport().repaint()


CPU: dict[str, list[float]] = {"open": [], "filter": [], "card": []}
"""The same steps in process CPU time (both threads): what they cost when the machine is
not shared, which wall-clock figures on a busy machine cannot show."""


def open_list(app: QApplication, store: Store) -> tuple[ClientsPage, float]:
    cpu = time.process_time()
    started = time.perf_counter()
    page = ClientsPage(store, today=lambda: TODAY, now=lambda: NOW)
    page.resize(1300, 800)
    page.show()
    waiter = Waiter(page.queryFinished)
    page.reload()
    waiter.wait()
    paint(page)
    elapsed = (time.perf_counter() - started) * 1000
    CPU["open"].append((time.process_time() - cpu) * 1000)
    assert page.model.total() == CLIENTS, page.model.total()
    operations.wait_all()  # the index catch-up that follows an open: not part of the next step
    return page, elapsed


def keystrokes(app: QApplication, page: ClientsPage) -> list[float]:
    timings = []
    waiter = Waiter(page.queryFinished)

    def measure(action: object) -> None:
        cpu = time.process_time()
        started = time.perf_counter()
        action()  # type: ignore[operator]
        before = page._generation
        page._text_changed()  # what the pause after a keystroke runs
        if page._generation != before:
            waiter.wait()
        paint(page)
        timings.append((time.perf_counter() - started) * 1000)
        CPU["filter"].append((time.process_time() - cpu) * 1000)

    edit = page.ui.searchEdit
    for word in TYPED:
        edit.blockSignals(True)
        edit.clear()
        edit.blockSignals(False)
        for end in range(1, len(word) + 1):
            edit.blockSignals(True)
            edit.setText(word[:end])
            edit.blockSignals(False)
            measure(lambda: None)
    edit.blockSignals(True)
    edit.clear()
    edit.blockSignals(False)
    ui = page.ui
    for action in (
        lambda: ui.overdueCheck.setChecked(True),
        lambda: ui.managerCombo.setCurrentIndex(3),
        lambda: ui.segmentCombo.setCurrentIndex(2),
        lambda: ui.overdueCheck.setChecked(False),
        lambda: ui.noOrderCheck.setChecked(True),
        lambda: ui.noOrderCheck.setChecked(False),
        lambda: ui.managerCombo.setCurrentIndex(0),
        lambda: ui.segmentCombo.setCurrentIndex(0),
    ):
        for widget in (ui.overdueCheck, ui.managerCombo, ui.segmentCombo, ui.noOrderCheck):
            widget.blockSignals(True)
        action()
        for widget in (ui.overdueCheck, ui.managerCombo, ui.segmentCombo, ui.noOrderCheck):
            widget.blockSignals(False)
        measure(lambda: None)
    return timings


def open_card(app: QApplication, page: ClientsPage, client_id: str) -> float:
    waiter = Waiter(page.card.loaded)
    second = Waiter(page.card.loyaltyLoaded)
    cpu = time.process_time()
    started = time.perf_counter()
    page.open_client(client_id)
    waiter.wait()
    page.repaint()
    elapsed = (time.perf_counter() - started) * 1000
    CPU["card"].append((time.process_time() - cpu) * 1000)
    assert len(page.card.items) >= TIMELINE_ITEMS, len(page.card.items)
    second.wait()  # the terms engine's second step, filled in after the card shows
    page.show_list()
    return elapsed


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rebuild", action="store_true", help="rebuild the cached store")
    args = parser.parse_args()
    app = QApplication.instance() or QApplication([])
    store, busy = build(args.rebuild)

    opens = []
    page = None
    for _ in range(3):
        if page is not None:
            page.close()
            page.deleteLater()
        page, elapsed = open_list(app, store)
        opens.append(elapsed)
    assert page is not None
    times = keystrokes(app, page)
    cards = [open_card(app, page, busy) for _ in range(5)]
    operations.wait_all()

    times.sort()
    p95 = times[min(len(times) - 1, round(0.95 * (len(times) - 1)))]
    print(
        f"# list opens {', '.join(f'{t:.0f}' for t in opens)} ms; {len(times)} keystrokes;"
        f" cards {', '.join(f'{t:.0f}' for t in cards)} ms",
        file=sys.stderr,
    )
    print(f"clients.list_open_ms: {statistics.median(opens):.1f}")
    print(f"clients.filter_p50_ms: {statistics.median(times):.1f}")
    print(f"clients.filter_p95_ms: {p95:.1f}")
    print(f"clients.card_open_ms: {statistics.median(cards):.1f}")
    filter_cpu = sorted(CPU["filter"])
    print(
        f"# CPU time (load-independent): list open {statistics.median(CPU['open']):.1f} ms,"
        f" filter p50 {statistics.median(filter_cpu):.1f} ms,"
        f" p95 {filter_cpu[min(len(filter_cpu) - 1, round(0.95 * (len(filter_cpu) - 1)))]:.1f} ms,"
        f" card {statistics.median(CPU['card']):.1f} ms; load average {os.getloadavg()[0]:.1f}"
        f" on {os.cpu_count()} CPUs",
        file=sys.stderr,
    )
    store.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
