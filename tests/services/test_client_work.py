"""Work done on a client offline: interactions, next steps, contacts, new clients — each saved
whole with its outbox entry, or not at all."""

from __future__ import annotations

import json
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from factories import TODAY, make_client, populate
from sqlalchemy import func, select

from wholesale_desk.models import (
    Client,
    Contact,
    Interaction,
    InteractionKind,
    LegalEntity,
    OutboxEntry,
    Task,
)
from wholesale_desk.services import contacts, global_search, interactions, new_client, tasks
from wholesale_desk.services.client_list import ClientQuery, client_ids
from wholesale_desk.services.contacts import ContactDraft
from wholesale_desk.services.global_search import HitKind
from wholesale_desk.services.interactions import InteractionDraft
from wholesale_desk.services.invalid_input import InvalidInput
from wholesale_desk.services.new_client import DuplicateClient, NewClientDraft
from wholesale_desk.store import Store

NOW = datetime(2026, 11, 26, 10, 30)


@pytest.fixture
def store(tmp_path: Path) -> Store:
    store = Store(tmp_path / "s.sqlite")
    yield store
    store.close()


def count(store: Store, model: type) -> int:
    with store.session() as session:
        return int(session.scalar(select(func.count()).select_from(model)) or 0)


def test_logged_call_goes_to_the_outbox_as_a_phone_call_with_its_next_step(store: Store) -> None:
    with store.transaction() as session:
        client = make_client(session, contacts=("Фёдоров Артём",))
        contact_id = session.scalar(select(Contact.id))
    logged = interactions.log(
        store,
        InteractionDraft(
            client_id=client.id,
            kind=InteractionKind.CALL,
            when=NOW,
            subject="Сверка",
            text="Обсудили долг",
            outcome="Обещали оплатить",
            contact_id=contact_id,
            satisfaction=4,
            next_step="Проверить оплату",
            next_step_due=NOW + timedelta(days=2),
        ),
    )
    with store.session() as session:
        entry = session.scalars(select(OutboxEntry)).one()
        body = json.loads(entry.payload)
        assert entry.entity == "Document_ТелефонныйЗвонок" and entry.operation == "create"
        assert entry.ref_key == logged.interaction_id
        assert body["Тема"] == "Сверка" and "Обещали оплатить" in body["Описание"]
        assert body["АбонентКонтакт"] == client.id
        assert body["АбонентКонтакт_Type"] == "StandardODATA.Catalog_Партнеры"
        task = session.get(Task, logged.task_id)
        assert task is not None and task.interaction_id == logged.interaction_id
        assert task.due == NOW + timedelta(days=2)


def test_meeting_lists_client_and_contact_as_participants(store: Store) -> None:
    with store.transaction() as session:
        client = make_client(session, contacts=("Фёдоров Артём",))
        contact_id = session.scalar(select(Contact.id))
    interactions.log(
        store,
        InteractionDraft(
            client_id=client.id,
            kind=InteractionKind.MEETING,
            when=NOW,
            subject="Визит",
            contact_id=contact_id,
            duration_minutes=90,
        ),
    )
    with store.session() as session:
        entry = session.scalars(select(OutboxEntry)).one()
    body = json.loads(entry.payload)
    assert entry.entity == "Document_Встреча"
    assert body["ДатаОкончания"] == "2026-11-26T12:00:00"
    assert {(p["Контакт_Type"], p["Контакт"]) for p in body["Участники"]} == {
        ("StandardODATA.Catalog_Партнеры", client.id),
        ("StandardODATA.Catalog_КонтактныеЛицаПартнеров", contact_id),
    }


def test_a_note_stays_local(store: Store) -> None:
    with store.transaction() as session:
        client = make_client(session)
    logged = interactions.log(
        store,
        InteractionDraft(
            client_id=client.id, kind=InteractionKind.NOTE, when=NOW, text="Любит скидки"
        ),
    )
    assert logged.outbox_id is None and count(store, OutboxEntry) == 0
    assert count(store, Interaction) == 1


def test_bad_interaction_saves_nothing_and_names_each_field(store: Store) -> None:
    with store.transaction() as session:
        client = make_client(session)
    with pytest.raises(InvalidInput) as caught:
        interactions.log(
            store,
            InteractionDraft(
                client_id=client.id,
                kind=InteractionKind.CALL,
                when=NOW,
                satisfaction=9,
                next_step="Перезвонить",
            ),
        )
    assert set(caught.value.problems) == {"subject", "satisfaction", "next_step_due"}
    assert count(store, Interaction) == count(store, Task) == count(store, OutboxEntry) == 0


def test_tasks_today_overdue_upcoming_done_and_snooze(store: Store) -> None:
    with store.transaction() as session:
        old = tasks.add(session, "Старое", NOW - timedelta(days=2))
        today = tasks.add(session, "Сегодня", NOW + timedelta(hours=2))
        later = tasks.add(session, "Потом", NOW + timedelta(days=3))
    with store.session() as session:
        buckets = tasks.open_tasks(session, NOW)
    assert [[t.id for t in b] for b in (buckets.overdue, buckets.today, buckets.upcoming)] == [
        [old],
        [today],
        [later],
    ]
    with store.transaction() as session:
        tasks.complete(session, old, NOW)
        tasks.snooze(session, today, NOW + timedelta(days=1))
    with store.session() as session:
        buckets = tasks.open_tasks(session, NOW)
        assert buckets.overdue == [] and buckets.today == []
        assert [t.id for t in buckets.upcoming] == [today, later]
        due = tasks.due_between(session, NOW, NOW + timedelta(days=1, minutes=1))
        assert [t.title for t in due] == ["Сегодня"]


def test_birthdays_this_week(store: Store) -> None:
    with store.transaction() as session:
        client = make_client(session)
        session.add_all(
            [
                Contact(client_id=client.id, name="Скоро", birthday=date(1985, 11, 28)),
                Contact(client_id=client.id, name="Прошло", birthday=date(1985, 11, 20)),
                Contact(client_id=client.id, name="Сегодня", birthday=date(1990, 11, 26)),
            ]
        )
    with store.session() as session:
        found = tasks.birthdays(session, TODAY)
    assert [(b.name, b.day) for b in found] == [
        ("Сегодня", date(2026, 11, 26)),
        ("Скоро", date(2026, 11, 28)),
    ]


def test_new_client_checks_inn_and_kpp_and_saves_nothing_when_bad(store: Store) -> None:
    with store.session() as session, pytest.raises(InvalidInput) as caught:
        new_client.create(session, NewClientDraft(name="", inn="7707083890", kpp="12", email="нет"))
    assert set(caught.value.problems) == {"name", "inn", "kpp", "email"}
    with store.session() as session, pytest.raises(InvalidInput) as caught:
        new_client.create(session, NewClientDraft(name="Х", inn="7707083893", kpp="12"))
    assert set(caught.value.problems) == {"kpp"}
    assert count(store, Client) == 0


def test_new_client_goes_to_1c_as_partner_then_counterparty(store: Store) -> None:
    with store.transaction() as session:
        client_id = new_client.create(
            session,
            NewClientDraft(
                name="Вектор",
                inn="7707083893",
                kpp="770701001",
                phone="+7 495 111-22-33",
                email="info@vector.ru",
                city="Тула",
            ),
        )
    with store.session() as session:
        partner, counterparty = session.scalars(select(OutboxEntry).order_by(OutboxEntry.id))
        assert (partner.entity, counterparty.entity) == ("Catalog_Партнеры", "Catalog_Контрагенты")
        assert counterparty.depends_on == partner.id
        body = json.loads(counterparty.payload)
        assert body["ИНН"] == "7707083893" and body["Партнер_Key"] == client_id
        assert body["ЮрФизЛицо"] == "ЮрЛицо"
        assert {r["Тип"] for r in json.loads(partner.payload)["КонтактнаяИнформация"]} == {
            "Телефон",
            "АдресЭлектроннойПочты",
            "Адрес",
        }
        assert client_ids(session, ClientQuery(text="вектор"), TODAY) == [client_id]


def test_new_client_with_a_known_inn_is_a_duplicate_until_confirmed(store: Store) -> None:
    with store.transaction() as session:
        make_client(session, name="Старый", inn="7707083893", kpp="770701001")
    draft = NewClientDraft(name="Новый", inn="7707083893", kpp="770701001")
    with store.session() as session, pytest.raises(DuplicateClient) as caught:
        new_client.create(session, draft)
    assert [d.client_name for d in caught.value.duplicates] == ["Старый"]
    with store.transaction() as session:
        new_client.create(session, draft, allow_duplicate=True)
    assert count(store, LegalEntity) == 2


def test_contact_add_and_edit_go_through_the_outbox(store: Store) -> None:
    with store.transaction() as session:
        client = make_client(session)
    with store.transaction() as session:
        contact_id = contacts.save(
            session, ContactDraft(client.id, "Морозова Алёна", phone="+7 916 000-11-22")
        )
    with store.transaction() as session:
        contact = session.get(Contact, contact_id)
        contact.data_version = "v7"
        contact.contact_info = json.dumps([{"Тип": "Факс", "Представление": "123"}])
        session.scalars(select(OutboxEntry)).one().status = "done"  # the create reached 1C
    with store.transaction() as session:
        contacts.save(
            session,
            ContactDraft(
                client.id,
                "Морозова Алёна",
                phone="+7 916 000-11-22",
                email="alena@x.ru",
                id=contact_id,
            ),
        )
    with store.session() as session:
        create, update = session.scalars(select(OutboxEntry).order_by(OutboxEntry.id))
        assert create.operation == "create" and update.operation == "update"
        body = json.loads(update.payload)
        assert update.base_data_version == "v7"
        assert {r["Тип"] for r in body["КонтактнаяИнформация"]} == {
            "Телефон",
            "АдресЭлектроннойПочты",
            "Факс",
        }
        assert "Description" not in body
        assert client_ids(session, ClientQuery(text="морозова"), TODAY) == [client.id]


def test_contact_with_bad_phone_and_email_is_refused(store: Store) -> None:
    with store.transaction() as session:
        client = make_client(session)
    with store.session() as session, pytest.raises(InvalidInput) as caught:
        contacts.save(session, ContactDraft(client.id, "Х", phone="12", email="x@"))
    assert set(caught.value.problems) == {"phone", "email"}


def test_global_search_finds_clients_contacts_orders_and_products(store: Store) -> None:
    company = populate(store, clients=30, seed=5)
    with store.session() as session:
        hits = global_search.search(session, "ромаш")
        assert hits and hits[0].kind is HitKind.CLIENT and hits[0].title.startswith("Ромашка")
        assert {h.kind for h in global_search.search(session, "ЗК-0000")} == {HitKind.ORDER}
        assert [h.title for h in global_search.search(session, "цемент")] == ["Цемент М500"]
        contact = session.scalars(select(Contact)).first()
        assert contact is not None
        surname = contact.name.split()[0]
        found = global_search.search(session, surname)
        assert any(h.kind is HitKind.CONTACT and h.title == contact.name for h in found)
    assert company.clients
