"""The price list benchmark's store: the `large` demo company's catalogue in a local store.

Read straight from the company's 1C base (the emulator's file) rather than synced, which would
take minutes more: product groups, every product with its unit and VAT rate, the current price
of every price type (with the date it was set), stock per warehouse, our organisation; plus one
partner client with an individual agreement on large wholesale prices with a 3 % discount, whose
own prices the benchmark lists. Built once into `benchmarks/data/pricelist/` and reused.
"""

from __future__ import annotations

import json
import sqlite3
import sys
from datetime import date, datetime, timedelta
from datetime import time as dtime
from decimal import Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from wholesale_desk import snapshots  # noqa: E402
from wholesale_desk.models import (  # noqa: E402
    Agreement,
    Client,
    ClientSegment,
    Contract,
    LegalEntity,
    Manager,
    Organization,
    PaymentSchedule,
    PaymentScheduleStage,
    Price,
    PriceType,
    Product,
    ProductGroup,
    Segment,
    Shipment,
    Stock,
    Unit,
    VatRate,
    Warehouse,
)
from wholesale_desk.store import Store  # noqa: E402

DATA = ROOT / "benchmarks" / "data"
LARGE_BASE = DATA / "large.sqlite"
STORE = DATA / "pricelist" / "store.sqlite"
PRICELIST_CLIENT = "BENCH-PL"
EMPTY = "00000000-0000-0000-0000-000000000000"
SOURCE = "the large demo company"


def _ref(value: object) -> str | None:
    return None if not value or value == EMPTY else str(value)


def pricelist_store() -> tuple[Store, str]:
    """The store (built on first use) and what its catalogue came from."""
    if not STORE.exists():
        if not LARGE_BASE.exists():
            from wholesale_desk.commands.emulator import open_base

            print("# generating the large demo company, once (about 3 min)", file=sys.stderr)
            open_base(LARGE_BASE, "large", 1)
        build(STORE, LARGE_BASE)
    return Store(STORE), SOURCE


def _objects(db: sqlite3.Connection, entity: str) -> list[tuple[str, dict[str, object]]]:
    return [
        (ref, json.loads(body))
        for ref, body in db.execute("SELECT ref_key, body FROM objects WHERE entity = ?", (entity,))
    ]


def build(path: Path, base: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_suffix(".part")
    partial.unlink(missing_ok=True)
    db = sqlite3.connect(f"file:{base}?mode=ro", uri=True)
    store = Store(partial)
    with store.transaction() as s:
        _catalogue(s, db)
        _client(s)
    store.close()
    db.close()
    partial.rename(path)


def _catalogue(s: object, db: sqlite3.Connection) -> None:
    add = s.add_all  # type: ignore[attr-defined]
    for ref, body in _objects(db, "Catalog_Организации")[:1]:
        add([Organization(id=ref, name=str(body.get("Description", "")),
                          full_name=str(body.get("НаименованиеПолное", "")),
                          inn=str(body.get("ИНН", "")), kpp=str(body.get("КПП", "")))])  # fmt: skip
    add(
        PriceType(id=ref, name=str(b["Description"]), includes_vat=bool(b.get("ЦенаВключаетНДС")))
        for ref, b in _objects(db, "Catalog_ВидыЦен")
    )
    add(VatRate(id=ref, name=str(b.get("Description", "")),
                rate=Decimal(str(b["Ставка"])) if b.get("Ставка") is not None else None)
        for ref, b in _objects(db, "Catalog_СтавкиНДС"))  # fmt: skip
    add(Warehouse(id=ref, name=str(b["Description"])) for ref, b in _objects(db, "Catalog_Склады"))
    products = _objects(db, "Catalog_Номенклатура")
    units = {_ref(b.get("ЕдиницаИзмерения_Key")) for _, b in products} - {None}
    for ref, body in db.execute(
        f"SELECT ref_key, body FROM objects WHERE ref_key IN ({','.join('?' * len(units))})",
        list(units),
    ):
        add([Unit(id=ref, name=str(json.loads(body).get("Description", "")))])
    add(
        ProductGroup(id=ref, name=str(b["Description"]), parent_id=_ref(b.get("Parent_Key")))
        for ref, b in products
        if b.get("IsFolder")
    )
    add(
        Product(id=ref, code=str(b.get("Code") or ""), article=str(b.get("Артикул") or ""),
                name=str(b["Description"]), group_id=_ref(b.get("Parent_Key")),
                unit_id=_ref(b.get("ЕдиницаИзмерения_Key")), vat_rate_id=_ref(b.get("СтавкаНДС_Key")))
        for ref, b in products
        if not b.get("IsFolder")
    )  # fmt: skip
    add(
        Price(price_type_id=t, product_id=p, price=Decimal(str(price)).quantize(Decimal("0.01")),
              period=datetime.fromisoformat(str(period)[:19]))
        for p, t, price, period in db.execute(
            "SELECT json_extract(body, '$.Номенклатура_Key') AS p,"
            " json_extract(body, '$.ВидЦены_Key') AS t, json_extract(body, '$.Цена'), max(period)"
            " FROM records WHERE register = 'InformationRegister_ЦеныНоменклатуры' GROUP BY p, t"
        )
        if price is not None
    )  # fmt: skip
    add(
        Stock(product_id=p, warehouse_id=w, quantity=Decimal(str(q)).quantize(Decimal("0.001")))
        for p, w, q in db.execute(
            "SELECT json_extract(body, '$.Номенклатура_Key') AS p,"
            " json_extract(body, '$.Склад_Key') AS w, sum(CASE record_type WHEN 'Expense'"
            " THEN -json_extract(body, '$.ВНаличии') ELSE json_extract(body, '$.ВНаличии') END)"
            " FROM records WHERE register = 'AccumulationRegister_ТоварыНаСкладах' GROUP BY p, w"
        )
        if q and q > 0
    )


def _client(s: object) -> None:
    from sqlalchemy import select

    session = s  # a Session
    large = session.scalar(select(PriceType.id).where(PriceType.name == "Крупнооптовая"))  # type: ignore[attr-defined]
    today = date.today()
    manager = Manager(name="Менеджер Бенчмарк")
    segment = Segment(name="Партнеры (ключевые клиенты)")
    session.add_all([manager, segment])  # type: ignore[attr-defined]
    session.flush()  # type: ignore[attr-defined]
    client = Client(code=PRICELIST_CLIENT, name="ООО «Прайс-Бенчмарк»", manager_id=manager.id)
    session.add(client)  # type: ignore[attr-defined]
    session.flush()  # type: ignore[attr-defined]
    schedule = PaymentSchedule(name="Отсрочка 30 дней")
    schedule.stages = [
        PaymentScheduleStage(line_no=1, kind="КредитСдвиг", percent=Decimal(100), shift_days=30)
    ]
    session.add_all(  # type: ignore[attr-defined]
        [
            LegalEntity(client_id=client.id, name="ООО «Прайс-Бенчмарк»", inn="7707083893"),
            Contract(client_id=client.id, limit_debt=True, credit_limit=Decimal("5000000.00")),
            ClientSegment(client_id=client.id, segment_id=segment.id),
            schedule,
        ]
    )
    session.flush()  # type: ignore[attr-defined]
    session.add_all(  # type: ignore[attr-defined]
        [
            Agreement(
                client_id=client.id,
                name="Индивидуальное соглашение",
                price_type_id=large,
                payment_schedule_id=schedule.id,
                manual_discount_percent=Decimal(3),
                start_date=today - timedelta(days=100),
                status="Действует",
            ),
            Shipment(
                client_id=client.id,
                date=datetime.combine(today.replace(day=1), dtime()),
                posted=True,
                amount=Decimal("400000.00"),
            ),
        ]
    )
    snapshots.mark_taken(session, snapshots.SETTLEMENTS, datetime.now().astimezone())  # type: ignore[arg-type]
