"""Which clients are current: one rule (`OneCObject.is_current`), the same wherever a list,
a search, a look-up, a reminder or an export asks."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from factories import TODAY, make_client
from sqlalchemy import select, text

from wholesale_desk.models import Client, Contact, current_sql
from wholesale_desk.services import client_list, export, global_search, lookup, tasks
from wholesale_desk.services.client_list import ClientQuery
from wholesale_desk.store import Store


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    store = Store(tmp_path / "s.sqlite")
    with store.transaction() as session:
        live = make_client(session, name="Ромашка Живая")
        marked = make_client(session, name="Ромашка Помеченная", inn="500100732259", kpp="")
        gone = make_client(session, name="Ромашка Удалённая", inn="7736050003")
        marked.deletion_mark = True
        gone.removed_in_1c = True
        birthday = date(1980, TODAY.month, TODAY.day)
        for client in (live, marked, gone):
            session.add(
                Contact(client_id=client.id, name=f"Контакт {client.name}", birthday=birthday)
            )
    yield store
    store.close()


def test_every_reader_of_clients_sees_only_the_current_ones(store: Store) -> None:
    with store.transaction() as session:
        from wholesale_desk.services import search_index

        search_index.ensure_current(session)
    with store.session() as session:
        orm = sorted(c.name for c in session.scalars(select(Client).where(Client.is_current)))
        raw = sorted(
            r[0]
            for r in session.execute(text(f"SELECT name FROM clients c WHERE {current_sql('c')}"))
        )
        assert orm == raw == ["Ромашка Живая"]
        assert all(c.is_current == (c.name in orm) for c in session.scalars(select(Client)))

        ids = client_list.client_ids(session, ClientQuery(), TODAY)
        assert [client_list.rows_by_id(session, ids, TODAY)[i].name for i in ids] == orm
        exported = [row[2] for row in export.clients_table(session).rows]
        assert exported == orm
        assert [b.client_name for b in tasks.birthdays(session, TODAY)] == orm
        assert lookup.find_client(session, "ромашка").name == "Ромашка Живая"
        hits = global_search.search(session, "Ромашка")
        assert {h.title for h in hits if h.kind == "client"} == set(orm)
