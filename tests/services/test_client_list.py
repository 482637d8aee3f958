"""The client list: search as you type, filters and sorts, all answered by SQL."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from factories import TODAY, make_client, populate
from sqlalchemy import select, text
from sqlalchemy.orm import Session

from wholesale_desk.models import (
    Agreement,
    Client,
    ClientSegment,
    Contact,
    Interaction,
    Manager,
    Order,
    Region,
    Segment,
    Settlement,
    Shipment,
)
from wholesale_desk.services import client_list, cooperation, search_index
from wholesale_desk.services.client_list import ClientQuery, SortKey
from wholesale_desk.services.cooperation import CooperationModel
from wholesale_desk.store import Store
from wholesale_desk.sync.outbox import enqueue


@pytest.fixture
def store(tmp_path: Path) -> Store:
    store = Store(tmp_path / "s.sqlite")
    yield store
    store.close()


def names(session: Session, query: ClientQuery) -> list[str]:
    ids = client_list.client_ids(session, query, TODAY)
    rows = client_list.rows_by_id(session, ids, TODAY)
    return [rows[i].name for i in ids]


def add_clients(session: Session) -> None:
    make_client(session, name="Ёлка", inn="7707083893", city="Орёл", contacts=("Фёдоров Артём",))
    make_client(
        session,
        name="Ромашка",
        inn="500100732259",
        kpp="",
        city="Тула",
        phone_number="+7 (916) 555-12-34",
        email="zakaz@romashka.ru",
    )
    make_client(session, name="Елисей", inn="7736050003", city="Москва")
    session.flush()
    search_index.rebuild(session)


def test_search_folds_case_and_yo_and_matches_prefixes(store: Store) -> None:
    with store.transaction() as session:
        add_clients(session)
    with store.session() as session:
        assert names(session, ClientQuery(text="елк")) == ["Ёлка"]
        assert names(session, ClientQuery(text="ЁЛКА")) == ["Ёлка"]
        assert names(session, ClientQuery(text="орел")) == ["Ёлка"]
        assert names(session, ClientQuery(text="федоров арт")) == ["Ёлка"]
        assert names(session, ClientQuery(text="РОМ")) == ["Ромашка"]


def test_search_finds_inn_phone_and_email(store: Store) -> None:
    with store.transaction() as session:
        add_clients(session)
    with store.session() as session:
        assert names(session, ClientQuery(text="770708")) == ["Ёлка"]
        assert names(session, ClientQuery(text="9165551234")) == ["Ромашка"]
        assert names(session, ClientQuery(text="89165551234")) == ["Ромашка"]
        assert names(session, ClientQuery(text="zakaz@roma")) == ["Ромашка"]
        assert names(session, ClientQuery(text='"OR AND*')) == []


def test_one_letter_jumps_to_names_starting_with_it(store: Store) -> None:
    with store.transaction() as session:
        add_clients(session)
    with store.session() as session:
        assert names(session, ClientQuery(text="е")) == ["Елисей", "Ёлка"]
        assert names(session, ClientQuery(text="Р")) == ["Ромашка"]


def test_filters_by_manager_segment_region_and_model(store: Store) -> None:
    with store.transaction() as session:
        ivanov, petrova = Manager(name="Иванов"), Manager(name="Петрова")
        partners, horeca = Segment(name="Партнеры"), Segment(name="HoReCa")
        south = Region(name="Юг")
        session.add_all([ivanov, petrova, partners, horeca, south])
        session.flush()
        a = make_client(session, name="Альфа", manager_id=ivanov.id)
        b = make_client(session, name="Бета", manager_id=petrova.id, inn="500100732259", kpp="")
        c = make_client(session, name="Гамма", manager_id=ivanov.id, inn="7736050003")
        b.region_id = south.id
        session.add_all(
            [
                ClientSegment(client_id=a.id, segment_id=partners.id),
                ClientSegment(client_id=c.id, segment_id=horeca.id),
                Agreement(client_id=c.id, name="Инд.", is_typical=False),
                # A partner with an individual agreement is still a partner.
                Agreement(client_id=a.id, name="Инд. А", is_typical=False),
            ]
        )
        session.flush()
        segs = (partners.id,)
        clients = {"Альфа": a.id, "Бета": b.id, "Гамма": c.id}
    with store.session() as session:
        assert names(session, ClientQuery(manager_id=ivanov.id)) == ["Альфа", "Гамма"]
        assert names(session, ClientQuery(segment_id=horeca.id)) == ["Гамма"]
        assert names(session, ClientQuery(region_id=south.id)) == ["Бета"]
        by_model = {
            m: names(session, ClientQuery(model=m, partner_segments=segs)) for m in CooperationModel
        }
        assert by_model == {
            CooperationModel.PARTNER: ["Альфа"],
            CooperationModel.PERSONALISED: ["Гамма"],
            CooperationModel.STANDARD: ["Бета"],
        }
        # The rule for one client (card, order editor) agrees with the list's SQL, and with no
        # company setting the segment called "Партнеры" names the partners.
        fallback = cooperation.resolve_partner_segments(session, "")
        assert fallback == [partners.id]
        for model, (name,) in by_model.items():
            assert cooperation.model_of(session, clients[name], fallback) is model


def test_overdue_and_no_recent_order_filters_and_money_sorts(store: Store) -> None:
    with store.transaction() as session:
        a = make_client(session, name="Альфа")
        b = make_client(session, name="Бета", inn="500100732259", kpp="")
        c = make_client(session, name="Гамма", inn="7736050003")
        session.add_all(
            [
                Settlement(
                    client_id=a.id, debt=Decimal("100.00"), due_date=TODAY - timedelta(days=5)
                ),
                Settlement(
                    client_id=b.id, debt=Decimal("900.50"), due_date=TODAY + timedelta(days=5)
                ),
                Order(client_id=a.id, date=datetime(2026, 11, 20, 10), amount=Decimal(1)),
                Order(client_id=b.id, date=datetime(2026, 6, 1, 10), amount=Decimal(1)),
                Shipment(
                    client_id=c.id,
                    date=datetime(2026, 11, 1),
                    posted=True,
                    amount=Decimal("5000.00"),
                ),
                Shipment(
                    client_id=c.id,
                    date=datetime(2026, 1, 1),
                    posted=True,
                    amount=Decimal("99999.00"),
                ),
            ]
        )
    with store.session() as session:
        assert names(session, ClientQuery(overdue_only=True)) == ["Альфа"]
        assert names(session, ClientQuery(no_order_days=30)) == ["Бета", "Гамма"]
        assert names(session, ClientQuery(sort=SortKey.DEBT, descending=True)) == [
            "Бета",
            "Альфа",
            "Гамма",
        ]
        assert names(session, ClientQuery(sort=SortKey.SALES_90, descending=True))[0] == "Гамма"
        assert names(session, ClientQuery(sort=SortKey.LAST_ORDER))[-1] == "Альфа"
        row = client_list.rows_by_id(session, [a.id], TODAY)[a.id]
        assert (row.debt, row.overdue, row.last_order) == (
            Decimal("100.00"),
            Decimal("100.00"),
            date(2026, 11, 20),
        )
        assert client_list.rows_by_id(session, [c.id], TODAY)[c.id].sales_90 == Decimal("5000.00")


def test_every_sort_key_runs_both_ways_on_a_populated_store(store: Store) -> None:
    populate(store, clients=40, seed=3)
    with store.session() as session:
        for key in SortKey:
            for descending in (False, True):
                ids = client_list.client_ids(
                    session, ClientQuery(sort=key, descending=descending), TODAY
                )
                assert len(ids) == 40


def test_client_deleted_in_1c_is_hidden_but_found_with_its_unsent_work(store: Store) -> None:
    with store.transaction() as session:
        gone = make_client(session, name="Удалённый")
        make_client(session, name="Живой", inn="500100732259", kpp="")
        interaction = Interaction(
            client_id=gone.id,
            start=datetime(2026, 11, 25, 9),
            subject="Звонок",
            created_locally=True,
        )
        session.add(interaction)
        session.flush()
        enqueue(session, "Document_ТелефонныйЗвонок", interaction.id, "create", {"Тема": "x"}, None)
        session.get(Client, gone.id).removed_in_1c = True
        session.add(Contact(client_id=gone.id, name="x"))
    with store.session() as session:
        assert names(session, ClientQuery()) == ["Живой"]
        assert names(session, ClientQuery(removed_with_local_work=True)) == ["Удалённый"]
        assert client_list.removed_with_unsent_work(session) == 1
        assert client_list.rows_by_id(session, [gone.id], TODAY)[gone.id].removed


def test_filter_choices_lists_managers_segments_regions(store: Store) -> None:
    populate(store, clients=5, managers=2)
    with store.session() as session:
        choices = client_list.filter_choices(session)
    assert len(choices.managers) == 2 and len(choices.segments) == 5 and choices.regions


def test_a_phone_typed_with_its_country_code_is_one_number() -> None:
    assert search_index.match_query("+7 (916) 555-12") == '"91655512"*'
    assert search_index.match_query("8 916 555") == '"916555"*'
    assert search_index.match_query("+7 (9") is None
    assert not search_index.searchable("+7 (9")
    assert search_index.searchable("") and search_index.searchable("р")
    assert search_index.match_query("ООО Ёлка") == '"ооо"* "елка"*'


def test_an_index_out_of_step_with_the_clients_is_rebuilt(store: Store) -> None:
    with store.transaction() as session:
        add_clients(session)
        # As an upgraded store's migration (or a VACUUM) leaves it: rows at other rowids.
        session.execute(text("DELETE FROM clients_fts"))
        session.execute(
            text(
                "INSERT INTO clients_fts (rowid, client_id, body) SELECT 1000 + rowid, id,"
                " lower(name) FROM clients"
            )
        )
        assert not search_index.aligned(session)
        assert search_index.ensure_current(session)
        assert search_index.aligned(session) and not search_index.ensure_current(session)
    with store.session() as session:
        assert names(session, ClientQuery(text="ромаш")) == ["Ромашка"]


def test_clients_a_sync_changed_are_found_by_their_new_names(store: Store) -> None:
    with store.transaction() as session:
        add_clients(session)
        assert search_index.ensure_current(session) == 0
        # A pull renames a client (new DataVersion) and adds one, without telling the index.
        renamed = session.scalars(select(Client).where(Client.name == "Елисей")).one()
        renamed.name, renamed.data_version = "Гамма", "v2"
        session.add(Client(name="Дельта", data_version="v1"))
        session.flush()
        assert search_index.ensure_current(session) == 2
    with store.session() as session:
        assert names(session, ClientQuery(text="гамма")) == ["Гамма"]
        assert names(session, ClientQuery(text="дельт")) == ["Дельта"]


def test_catch_up_looks_again_only_after_a_sync(store: Store) -> None:
    from wholesale_desk.models import Watermark

    with store.transaction() as session:
        add_clients(session)
        search_index.catch_up(session)
        session.add(Client(name="Дельта", data_version="v1"))
        session.flush()
        assert search_index.catch_up(session) == 0  # no sync since: not looked for
        session.add(Watermark(key=search_index.SYNC_WATERMARK, value="2026-11-26T10:00:00"))
        assert search_index.catch_up(session) == 1
    with store.session() as session:
        assert names(session, ClientQuery(text="дельт")) == ["Дельта"]
