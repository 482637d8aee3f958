"""Order entry benchmark: product search per keystroke over 30,000 products, and re-pricing a
200-line order after a quantity change, as the order editor does it.

The store is built once into `benchmarks/data/orders/` (git-ignored) with the `large` company's
catalogue size: 30,000 products with wholesale, large wholesale and purchase prices, stock in three
warehouses, and a partner client with an individual agreement. Run from the project root:

    .venv/bin/python benchmarks/orders.py [--rebuild]

Prints `orders.product_search_p95_ms` (every keystroke of realistic queries: index search plus the
stock and price look-up of the hits shown) and `orders.recalc_200_lines_ms` (the editor's whole
recalculation after a quantity change: terms engine, line checks, tooltips, totals; median).
Targets: 30 ms and 20 ms.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import time
from datetime import date, datetime, timedelta
from datetime import time as dtime
from decimal import Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from wholesale_desk import snapshots  # noqa: E402
from wholesale_desk.models import (  # noqa: E402
    Agreement,
    Client,
    ClientSegment,
    Contract,
    LegalEntity,
    Manager,
    PaymentSchedule,
    PaymentScheduleStage,
    Price,
    PriceType,
    Product,
    Segment,
    Settlement,
    Shipment,
    Stock,
    Unit,
    VatRate,
    Warehouse,
)
from wholesale_desk.store import Store  # noqa: E402

DATA = ROOT / "benchmarks" / "data" / "orders"
PRODUCTS = 30_000
LINES = 200
CLIENT_CODE = "BENCH-1"

KINDS = [
    ("Болт", "BLT", ["оцинкованный", "чёрный", "нержавеющий"], ["DIN 933", "DIN 931", "ГОСТ 7798"]),
    ("Гайка", "GAI", ["оцинкованная", "самоконтрящаяся", "латунная"], ["DIN 934", "DIN 985"]),
    ("Шайба", "SHB", ["плоская", "гроверная", "увеличенная"], ["DIN 125", "DIN 127", "DIN 9021"]),
    ("Саморез", "SMR", ["по дереву", "по металлу", "кровельный"], ["жёлтый", "белый"]),
    ("Винт", "VNT", ["с потайной головкой", "с полукруглой головкой"], ["DIN 965", "DIN 7985"]),
    ("Анкер", "ANK", ["клиновой", "забивной", "рамный"], ["оцинк.", "нерж."]),
    ("Дюбель", "DUB", ["нейлоновый", "распорный", "для газобетона"], ["с бортиком", "без бортика"]),
    ("Шпилька", "SHP", ["резьбовая", "монтажная"], ["DIN 975", "класс 4.8"]),
    ("Заклёпка", "ZKL", ["вытяжная", "резьбовая"], ["алюминий", "сталь"]),
    ("Хомут", "HMT", ["червячный", "пластиковый", "трубный"], ["W1", "W2", "W4"]),
    ("Профиль", "PRF", ["ПН", "ПП", "ПС"], ["3 м", "4 м"]),
    ("Уголок", "UGL", ["перфорированный", "крепёжный"], ["оцинк.", "усиленный"]),
]
SIZES = [f"{d}x{length}" for d in (3, 4, 5, 6, 8, 10, 12, 14, 16, 20) for length in
         (10, 12, 16, 20, 25, 30, 35, 40, 45, 50, 60, 70, 80, 90, 100, 120, 150, 200)]  # fmt: skip

QUERIES = [
    "болт м8",
    "BLT-08",
    "гайка din 985",
    "саморез по металлу 4x25",
    "шайба гроверная",
    "анкер клиновой 10x100",
    "дюбель нейлоновый",
    "хомут червячный",
    "профиль пп",
    "заклепка вытяжная",
    "00012345",
    "SMR-05x30",
    "винт потай",
    "шпилька din 975",
    "уголок перф",
    "нерж",
]


def product_rows() -> list[tuple[str, str, str]]:
    """30,000 (code, article, name) rows of fasteners: deterministic, realistic to search."""
    rows = []
    n = 0
    while len(rows) < PRODUCTS:
        for kind, prefix, variants, standards in KINDS:
            for size in SIZES:
                for variant in variants:
                    for standard in standards:
                        if len(rows) >= PRODUCTS:
                            return rows
                        n += 1
                        d, length = size.split("x")
                        article = f"{prefix}-{int(d):02d}x{length}-{n % 97:02d}"
                        name = f"{kind} {'М' + d if prefix in ('BLT', 'GAI', 'SHB', 'VNT', 'SHP') else d}x{length} {variant} {standard}"
                        rows.append((f"{n:08d}", article, name))
    return rows


def build(path: Path) -> None:
    """The benchmark store: catalogue, prices, stock, one partner client with its terms."""
    if path.exists():
        path.unlink()
    store = Store(path)
    rng = random.Random(7)
    today = date.today()
    with store.transaction() as s:
        manager = Manager(name="Менеджер Бенчмарк")
        unit = Unit(name="шт")
        vat = VatRate(name="22%", rate=Decimal(22))
        warehouses = [
            Warehouse(name=n) for n in ("Основной склад", "Склад Подольск", "Склад Химки")
        ]
        wholesale = PriceType(name="Оптовая")
        large = PriceType(name="Крупнооптовая")
        purchase = PriceType(name="Закупочная")
        segment = Segment(name="Партнеры (ключевые клиенты)")
        s.add_all([manager, unit, vat, *warehouses, wholesale, large, purchase, segment])
        s.flush()
        products = []
        for code, article, name in product_rows():
            products.append(
                Product(code=code, article=article, name=name, unit_id=unit.id, vat_rate_id=vat.id)
            )
        s.add_all(products)
        s.flush()
        for p in products:
            base = Decimal(rng.randint(50, 500_000)) / 100
            s.add(Price(price_type_id=wholesale.id, product_id=p.id, price=base))
            s.add(
                Price(
                    price_type_id=large.id,
                    product_id=p.id,
                    price=(base * Decimal("0.92")).quantize(Decimal("0.01")),
                )
            )
            s.add(
                Price(
                    price_type_id=purchase.id,
                    product_id=p.id,
                    price=(base * Decimal("0.6")).quantize(Decimal("0.01")),
                )
            )
            for wh in rng.sample(warehouses, rng.randint(1, 3)):
                s.add(
                    Stock(
                        product_id=p.id, warehouse_id=wh.id, quantity=Decimal(rng.randint(1, 5000))
                    )
                )
        client = Client(code=CLIENT_CODE, name="ООО «Бенчмарк»", manager_id=manager.id)
        s.add(client)
        s.flush()
        s.add(LegalEntity(client_id=client.id, name="ООО «Бенчмарк»", inn="7707083893"))
        s.add(Contract(client_id=client.id, limit_debt=True, credit_limit=Decimal("5000000.00")))
        s.add(ClientSegment(client_id=client.id, segment_id=segment.id))
        schedule = PaymentSchedule(name="Отсрочка 30 дней")
        schedule.stages = [
            PaymentScheduleStage(line_no=1, kind="КредитСдвиг", percent=Decimal(100), shift_days=30)
        ]
        s.add(schedule)
        s.flush()
        s.add(
            Agreement(
                client_id=client.id,
                name="Индивидуальное соглашение",
                price_type_id=large.id,
                payment_schedule_id=schedule.id,
                manual_discount_percent=Decimal(3),
                start_date=today - timedelta(days=100),
                status="Действует",
            )
        )
        s.add(
            Shipment(
                client_id=client.id,
                date=datetime.combine(today.replace(day=1), dtime()),
                posted=True,
                amount=Decimal("800000.00"),
            )
        )
        s.add(
            Settlement(
                client_id=client.id, debt=Decimal("350000.00"), due_date=today + timedelta(days=10)
            )
        )
        snapshots.mark_taken(s, snapshots.SETTLEMENTS, datetime.now().astimezone())
    store.close()


def p95(samples: list[float]) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]


def bench_search(store: Store, price_type_ids: list[str]) -> tuple[float, float, float]:
    from wholesale_desk.services.product_search import ProductSearch, shared_index

    t0 = time.perf_counter()
    index = shared_index(store)
    build_ms = (time.perf_counter() - t0) * 1000
    search = ProductSearch(store, price_type_ids, index)
    samples = []
    for _round in range(3):
        for query in QUERIES:
            for end in range(1, len(query) + 1):
                t = time.perf_counter()
                search.find(query[:end])
                samples.append((time.perf_counter() - t) * 1000)
    return p95(samples), statistics.median(samples), build_ms


def bench_recalc(store: Store) -> tuple[float, float]:
    """(editor recalculation median ms, service-only check median ms) after a quantity change."""
    from PySide6.QtWidgets import QApplication

    from wholesale_desk.gui.orders.editor import OrderEditor
    from wholesale_desk.services.orders import LineInput
    from wholesale_desk.services.terms import Actor

    app = QApplication.instance() or QApplication([])
    with store.session() as s:
        from sqlalchemy import select

        client_id = s.scalar(select(Client.id).where(Client.code == CLIENT_CODE))
        ids = list(s.scalars(select(Product.id)))
    rng = random.Random(3)
    editor = OrderEditor(store, client_id, actor=Actor())
    editor.add_lines(
        [LineInput(pid, Decimal(rng.randint(1, 50))) for pid in rng.sample(ids, LINES)]
    )
    assert len(editor.model.rows) == LINES
    gui, service = [], []
    for i in range(60):
        row = editor.model.rows[i % LINES]
        row.quantity += 1
        t = time.perf_counter()
        editor.recalc()
        app.processEvents()
        gui.append((time.perf_counter() - t) * 1000)
        t = time.perf_counter()
        editor.pricer.check(editor.order)
        service.append((time.perf_counter() - t) * 1000)
    editor.close()
    return statistics.median(gui), statistics.median(service)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rebuild", action="store_true", help="build the benchmark store again")
    args = parser.parse_args()
    DATA.mkdir(parents=True, exist_ok=True)
    path = DATA / "store.sqlite"
    if args.rebuild or not path.exists():
        t = time.perf_counter()
        build(path)
        print(f"# built {path} in {time.perf_counter() - t:.1f} s", file=sys.stderr)
    store = Store(path)
    with store.session() as s:
        from sqlalchemy import select

        large = s.scalar(select(PriceType.id).where(PriceType.name == "Крупнооптовая"))
        count = s.scalar(select(__import__("sqlalchemy").func.count()).select_from(Product))
    print(f"# {count} products", file=sys.stderr)
    search_p95, search_median, build_ms = bench_search(store, [large])
    recalc_gui, recalc_service = bench_recalc(store)
    print(f"orders.product_index_build_ms {build_ms:.1f}")
    print(f"orders.product_search_median_ms {search_median:.2f}")
    print(f"orders.product_search_p95_ms {search_p95:.2f}")
    print(f"orders.recalc_200_lines_service_ms {recalc_service:.2f}")
    print(f"orders.recalc_200_lines_ms {recalc_gui:.2f}")
    store.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
