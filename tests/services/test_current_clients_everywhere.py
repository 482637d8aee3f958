"""One definition of "a current client" (`OneCObject.is_current`): a client 1C marked for
deletion (DeletionMark) is gone from the list, Ctrl+K, exports, reports, receivables, the call
list, the order's client picker and documents alike — not from some of them."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from factories import TODAY, populate
from sqlalchemy import select, text, update

from wholesale_desk.i18n import UserError
from wholesale_desk.models import Client, Product, Settlement, Shipment, current_sql
from wholesale_desk.services import documents, export, global_search, orders, receivables
from wholesale_desk.services.client_list import ClientQuery, client_ids
from wholesale_desk.services.sales_report import Period, sales_report
from wholesale_desk.store import Store


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    store = Store(tmp_path / "store.sqlite")
    populate(store, clients=30, docs_per_client=(2, 6), seed=7)
    yield store
    store.close()


def biggest_debtor(store: Store) -> Client:
    """The client that shows everywhere: the largest overdue debt, and it bought things."""
    with store.session() as s:
        report = receivables.receivables(s, TODAY)
        ranked = receivables.call_list(report)
        assert ranked, "the test company has no overdue client"
        bought = set(s.scalars(select(Shipment.client_id).where(Shipment.posted.is_(True))))
        top = next(r for r in ranked if r.client_id in bought)
        client = s.get(Client, top.client_id)
        assert client is not None
        s.expunge(client)
        return client


def mark_for_deletion(store: Store, client_id: str) -> None:
    with store.transaction() as s:
        s.execute(update(Client).where(Client.id == client_id).values(deletion_mark=True))


def everywhere(store: Store, client: Client) -> dict[str, bool]:
    """Where `client` can be met, place by place."""
    with store.session() as s:
        listed = client.id in client_ids(s, ClientQuery(), TODAY)
        found = any(h.id == client.id for h in global_search.search(s, client.name))
        clients_export = any(row[0] == client.id for row in export.clients_table(s).rows)
        debts_export = any(row[0] == client.id for row in export.receivables_table(s, TODAY).rows)
        report = receivables.receivables(s, TODAY)
        in_receivables = any(r.client_id == client.id for r in report.rows)
        in_call_list = any(r.client_id == client.id for r in receivables.call_list(report))
        sales = sales_report(s, Period.LAST_12_MONTHS, TODAY)
        in_report = any(c.client_id == client.id for c in sales.top_clients) or any(
            c.client_id == client.id for c in sales.lapsed_clients
        )
        in_report = in_report or any(c.client_id == client.id for c in sales.new_clients)
        full = s.get(Client, client.id)
        assert full is not None
        try:
            documents.reminder_for_client(s, full, on=TODAY)
            printable = True
        except UserError as exc:  # this company has no requisites: only the client matters here
            printable = "marked for deletion" not in str(exc)
    picker = any(cid == client.id for cid, _name in orders.find_clients(store, client.name))
    return {
        "list": listed,
        "search": found,
        "clients export": clients_export,
        "receivables export": debts_export,
        "receivables": in_receivables,
        "call list": in_call_list,
        "sales report": in_report,
        "order client picker": picker,
        "documents": printable,
    }


def test_a_client_marked_for_deletion_disappears_from_every_place(store: Store) -> None:
    client = biggest_debtor(store)
    before = everywhere(store, client)
    assert all(before.values()), before  # the test would prove nothing otherwise
    mark_for_deletion(store, client.id)
    after = everywhere(store, client)
    assert not any(after.values()), {place for place, seen in after.items() if seen}


def test_totals_leave_the_marked_client_out_too(store: Store) -> None:
    client = biggest_debtor(store)
    with store.session() as s:
        before = receivables.receivables(s, TODAY).total.debt
        own = s.scalar(
            select(Settlement.debt.label("d")).where(Settlement.client_id == client.id).limit(1)
        )
    assert own is not None
    mark_for_deletion(store, client.id)
    with store.session() as s:
        after = receivables.receivables(s, TODAY).total.debt
    assert after < before


def test_the_three_spellings_of_the_rule_agree(store: Store) -> None:
    with store.transaction() as s:
        ids = list(s.scalars(select(Client.id).order_by(Client.id).limit(4)))
        for cid, (marked, removed) in zip(
            ids, [(False, False), (True, False), (False, True), (True, True)], strict=True
        ):
            s.execute(
                update(Client)
                .where(Client.id == cid)
                .values(deletion_mark=marked, removed_in_1c=removed)
            )
    with store.session() as s:
        by_python = {c.id for c in s.scalars(select(Client)) if c.is_current}
        by_orm = set(s.scalars(select(Client.id).where(Client.is_current)))
        by_sql = {
            r[0] for r in s.execute(text(f"SELECT c.id FROM clients c WHERE {current_sql('c')}"))
        }
    assert by_python == by_orm == by_sql
    assert ids[0] in by_python and not {ids[1], ids[2], ids[3]} & by_python


def test_an_offer_is_refused_for_a_marked_client(store: Store) -> None:
    client = biggest_debtor(store)
    mark_for_deletion(store, client.id)
    with store.session() as s:
        full = s.get(Client, client.id)
        product = s.scalars(select(Product)).first()
        assert full is not None and product is not None
        with pytest.raises(UserError, match="marked for deletion"):
            documents.offer_for_client(s, full, [(product, Decimal(1))], on=date(2026, 11, 26))
