"""Register snapshots written as a diff: the cache ends equal to 1C's snapshot, and only what
changed is written (a sync where nothing moved rewrites nothing, one moved balance one row)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import delete, func, literal_column, select

from sync.helpers import PASSWORD, USER, keys, make_engine
from wholesale_desk.connection import ConnectionSettings
from wholesale_desk.demo import posting
from wholesale_desk.demo.base import EmulatorBase
from wholesale_desk.demo.server import EmulatorServer
from wholesale_desk.models import Price, Settlement, Stock
from wholesale_desk.onec import query
from wholesale_desk.onec.client import OneCClient
from wholesale_desk.store import Store
from wholesale_desk.sync.pull import replace_snapshot

SETTLEMENT_COLUMNS = ["client_id", "document_id", "document_type", "due_date", "debt"]
REGISTERS = ("prices", "stock", "debts", "segment_members")

settlement_rows = st.lists(
    st.fixed_dictionaries(
        {
            "client_id": st.sampled_from(["c1", "c2"]),
            "document_id": st.none() | st.sampled_from(["d1", "d2"]),
            "document_type": st.sampled_from(["", "Document_РеализацияТоваровУслуг"]),
            "due_date": st.none() | st.dates(date(2026, 1, 1), date(2026, 1, 3)),
            "debt": st.decimals(0, 3, places=2),
        }
    ),
    max_size=8,
)


@pytest.fixture(scope="module")
def scratch(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    store = Store(tmp_path_factory.mktemp("snap") / "store.sqlite")
    yield store
    store.close()


def _content(store: Store) -> Counter[tuple[Any, ...]]:
    table = Settlement.__table__
    with store.session() as s:
        return Counter(
            tuple(r) for r in s.execute(select(*(table.c[c] for c in SETTLEMENT_COLUMNS)))
        )


def _key(row: dict[str, Any]) -> tuple[Any, ...]:
    return tuple(row[c] for c in SETTLEMENT_COLUMNS)


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(old=settlement_rows, new=settlement_rows)
def test_a_snapshot_diff_ends_equal_to_the_new_snapshot_writing_only_the_difference(
    scratch: Store, old: list[dict[str, Any]], new: list[dict[str, Any]]
) -> None:
    table = Settlement.__table__
    with scratch.transaction() as s:
        s.execute(delete(table))
        replace_snapshot(s, table, SETTLEMENT_COLUMNS, [dict(r) for r in old])
    with scratch.transaction() as s:
        written, deleted = replace_snapshot(s, table, SETTLEMENT_COLUMNS, [dict(r) for r in new])
    before, after = Counter(map(_key, old)), Counter(map(_key, new))
    assert _content(scratch) == after  # duplicates included: debts have no unique key
    assert written == sum((after - before).values())
    assert deleted == sum((before - after).values())


def _rowids(store: Store, model: Any) -> list[tuple[Any, ...]]:
    with store.session() as s:
        return [tuple(r) for r in s.execute(select(literal_column("rowid"), *model.__table__.c))]


def test_a_sync_where_no_register_moved_writes_no_snapshot_row(
    server: EmulatorServer, store: Store, tmp_path: Path
) -> None:
    engine = make_engine(store, server, tmp_path)
    first = engine.run()
    assert first.ok
    assert first.figures["prices"]["stored"] > 0 and first.figures["stock"]["stored"] > 0
    before = {m: _rowids(store, m) for m in (Price, Stock, Settlement)}
    as_of = engine.status().snapshots
    again = engine.run()
    assert again.ok
    for name in REGISTERS:
        assert not again.figures[name].get("stored"), (name, again.figures[name])
        assert not again.figures[name].get("deleted"), (name, again.figures[name])
    assert {m: _rowids(store, m) for m in (Price, Stock, Settlement)} == before
    # the UI's "as of" times still move: the snapshot was checked, only not rewritten
    assert all(engine.status().snapshots[n] >= as_of[n] for n in ("prices", "stock", "debts"))


def test_a_new_price_in_1c_rewrites_that_price_alone(
    base: EmulatorBase, server: EmulatorServer, store: Store, tmp_path: Path
) -> None:
    engine = make_engine(store, server, tmp_path)
    assert engine.run().ok
    k = keys(base)
    with store.session() as s:
        count = s.scalar(select(func.count()).select_from(Price))
    doc = {
        "Ref_Key": "33333333-2222-4333-8444-555555555555",
        "Number": "Ц-3",
        "Date": datetime.now().replace(microsecond=0).isoformat(),
        "Posted": True,
        "DeletionMark": False,
        "Товары": [
            {
                "LineNumber": "1",
                "Номенклатура_Key": k["products"][0],
                "ВидЦены_Key": k["price_type"],
                "Цена": Decimal("130.50"),
            }
        ],
    }
    base.put(posting.PRICE_SETTING, doc)
    posting.post(base, posting.PRICE_SETTING, doc)
    result = engine.run()
    assert result.ok
    assert result.figures["prices"].get("stored") == 1
    with store.session() as s:
        assert s.scalar(select(func.count()).select_from(Price)) == count
        assert s.scalar(
            select(Price.price).where(
                Price.product_id == k["products"][0], Price.price_type_id == k["price_type"]
            )
        ) == Decimal("130.50")


def _price_doc(k: dict[str, Any], ref: str, when: datetime, price: str) -> dict[str, Any]:
    return {
        "Ref_Key": ref,
        "Number": "Ц-9",
        "Date": when.replace(microsecond=0).isoformat(),
        "Posted": True,
        "DeletionMark": False,
        "Товары": [
            {
                "LineNumber": "1",
                "Номенклатура_Key": k["products"][1],
                "ВидЦены_Key": k["price_type"],
                "Цена": Decimal(price),
            }
        ],
    }


def _price(store: Store, k: dict[str, Any]) -> Decimal | None:
    with store.session() as s:
        return s.scalar(
            select(Price.price).where(
                Price.product_id == k["products"][1], Price.price_type_id == k["price_type"]
            )
        )


def test_prices_are_fetched_again_only_when_a_price_document_changed(
    base: EmulatorBase, server: EmulatorServer, store: Store, tmp_path: Path
) -> None:
    engine = make_engine(store, server, tmp_path)
    assert engine.run().ok
    k = keys(base)
    quiet = engine.run()
    assert quiet.ok and not quiet.figures.get("prices", {}).get("fetched")  # nothing to fetch
    assert quiet.figures["stock"]["fetched"] > 0  # stock has no such shortcut
    doc = _price_doc(k, "44444444-2222-4333-8444-555555555555", datetime.now(), "140.00")
    base.put(posting.PRICE_SETTING, doc)
    posting.post(base, posting.PRICE_SETTING, doc)
    assert engine.run().ok
    assert _price(store, k) == Decimal("140.00")
    with OneCClient(server.odata_url, USER, PASSWORD) as onec:  # as a user in 1C would
        lines = [{**doc["Товары"][0], "Цена": Decimal("141.00")}]
        onec.patch(posting.PRICE_SETTING, doc["Ref_Key"], {"Товары": lines})
        onec.post_document(posting.PRICE_SETTING, doc["Ref_Key"])
        assert engine.run().ok
        assert _price(store, k) == Decimal("141.00")
        unpost = query.object_path(posting.PRICE_SETTING, doc["Ref_Key"]) + "/Unpost"
        onec.request("POST", unpost, allow_empty=True)
        assert engine.run().ok  # its price left the slice
    fresh = Store(tmp_path / "fresh.sqlite")
    try:
        assert make_engine(fresh, server, tmp_path).run().ok
        assert _price(store, k) == _price(fresh, k) != Decimal("141.00")
    finally:
        fresh.close()


def test_prices_are_fetched_again_when_a_dated_price_comes_due_and_every_day(
    base: EmulatorBase,
    server: EmulatorServer,
    store: Store,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    clock = [datetime(2099, 3, 2, 12, 0)]
    monkeypatch.setattr(ConnectionSettings, "server_now", lambda self: clock[0])
    engine = make_engine(store, server, tmp_path)
    k = keys(base)
    doc = _price_doc(k, "55555555-2222-4333-8444-555555555555", datetime(2099, 3, 2, 12, 10), "9")
    base.put(posting.PRICE_SETTING, doc)
    posting.post(base, posting.PRICE_SETTING, doc)
    assert engine.run().ok
    assert _price(store, k) != Decimal("9")  # set for 12:10: not yet the current price
    assert not engine.run().figures.get("prices", {}).get("fetched")
    clock[0] = datetime(2099, 3, 2, 12, 30)  # the document's moment has come; nothing written
    assert engine.run().figures["prices"]["fetched"] > 0
    assert _price(store, k) == Decimal("9")
    assert not engine.run().figures.get("prices", {}).get("fetched")
    clock[0] = datetime(2099, 3, 3, 0, 1)  # a new day on the server
    assert engine.run().figures["prices"]["fetched"] > 0


def test_prices_are_always_fetched_when_price_documents_are_not_published(
    server: EmulatorServer, store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    published = server.known_sets
    monkeypatch.setattr(
        server, "known_sets", lambda: [n for n in published() if n != posting.PRICE_SETTING]
    )
    engine = make_engine(store, server, tmp_path)
    assert engine.run().ok
    assert engine.run().figures["prices"]["fetched"] > 0
    assert server.count("GET", posting.PRICE_SETTING) == 0


def test_prices_are_always_fetched_when_price_documents_may_not_be_read(
    base: EmulatorBase, server: EmulatorServer, store: Store, tmp_path: Path
) -> None:
    server.faults.status(403, count=None, path=posting.PRICE_SETTING)  # no right to read them
    engine = make_engine(store, server, tmp_path)
    assert engine.run().ok
    again = engine.run()
    assert again.ok, again.errors
    assert again.figures["prices"]["fetched"] > 0
