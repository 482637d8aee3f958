"""The Clients workspace driven as a user drives it: typing, keys, clicks, dialogs."""

from __future__ import annotations

import json
from datetime import date, datetime, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
import shiboken6
from factories import TODAY, make_client, populate
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from wholesale_desk.gui import operations
from wholesale_desk.gui.clients.list_model import FETCH_CHUNK
from wholesale_desk.gui.clients.page import ClientsPage
from wholesale_desk.models import Client, Contact, Interaction, OutboxEntry, Settlement, Task
from wholesale_desk.services.timeline import ItemKind
from wholesale_desk.store import Store

NOW = datetime(2026, 11, 26, 10, 30)


@pytest.fixture
def store(tmp_path: Path) -> Store:
    store = Store(tmp_path / "s.sqlite")
    with store.transaction() as session:
        elka = make_client(
            session, name="Ёлка", inn="7707083893", city="Орёл", contacts=("Фёдоров Артём",)
        )
        make_client(session, name="Ромашка", inn="500100732259", kpp="", city="Тула")
        make_client(session, name="Вектор", inn="7736050003", kpp="773601001", city="Москва")
        session.add(
            Settlement(
                client_id=elka.id, debt=Decimal("1520.10"), due_date=TODAY - timedelta(days=40)
            )
        )
        from wholesale_desk.services import search_index

        search_index.rebuild(session)
    yield store
    operations.wait_all()
    store.close()


def open_page(qtbot: QtBot, store: Store) -> ClientsPage:
    page = ClientsPage(store, today=lambda: TODAY, now=lambda: NOW)
    qtbot.addWidget(page)
    page.resize(1200, 700)
    page.show()
    page.reload()
    qtbot.waitUntil(lambda: page.model.total() > 0)
    return page


def type_text(qtbot: QtBot, widget: object, text: str) -> None:
    """Type `text` key by key, Cyrillic included (QTest's char overload takes ASCII only)."""
    for ch in text:
        QTest.sendKeyEvent(
            QTest.KeyAction.Click, widget, Qt.Key.Key_unknown, ch, Qt.KeyboardModifier.NoModifier
        )


def closed(dialog: object) -> bool:
    return not shiboken6.isValid(dialog) or not dialog.isVisible()  # type: ignore[attr-defined]


def names(page: ClientsPage) -> list[str]:
    return [page.model.row(r).name for r in range(page.model.rowCount())]  # type: ignore[union-attr]


def count(store: Store, model: type) -> int:
    with store.session() as session:
        return int(session.scalar(select(func.count()).select_from(model)) or 0)


def test_typing_in_the_search_box_narrows_the_list(qtbot: QtBot, store: Store) -> None:
    page = open_page(qtbot, store)
    assert names(page) == ["Вектор", "Ёлка", "Ромашка"]
    type_text(qtbot, page.ui.searchEdit, "елк")
    qtbot.waitUntil(lambda: names(page) == ["Ёлка"])
    page.ui.searchEdit.clear()
    type_text(qtbot, page.ui.searchEdit, "ОРЁЛ")
    qtbot.waitUntil(lambda: names(page) == ["Ёлка"])
    page.ui.searchEdit.clear()
    type_text(qtbot, page.ui.searchEdit, "50010")
    qtbot.waitUntil(lambda: names(page) == ["Ромашка"])
    assert "1" in page.ui.countLabel.text()


def test_overdue_filter_and_sorting_by_clicking_a_header(qtbot: QtBot, store: Store) -> None:
    page = open_page(qtbot, store)
    page.ui.overdueCheck.click()
    qtbot.waitUntil(lambda: names(page) == ["Ёлка"])
    page.ui.overdueCheck.click()
    qtbot.waitUntil(lambda: len(names(page)) == 3)
    header = page.ui.clientsView.horizontalHeader()
    debt_column = 5
    x = header.sectionViewportPosition(debt_column) + header.sectionSize(debt_column) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))
    qtbot.waitUntil(lambda: page.model.sort_key.value == "debt")
    page.model.sort(debt_column, Qt.SortOrder.DescendingOrder)
    qtbot.waitUntil(lambda: names(page)[0] == "Ёлка")


def test_enter_opens_the_card_and_escape_goes_back(qtbot: QtBot, store: Store) -> None:
    page = open_page(qtbot, store)
    type_text(qtbot, page.ui.searchEdit, "ёлка")
    qtbot.waitUntil(lambda: names(page) == ["Ёлка"])
    qtbot.keyClick(page.ui.searchEdit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.card.card is not None and page.card.card.name == "Ёлка")
    assert page.ui.stack.currentWidget() is page.ui.cardPage
    assert "1 520,10" in page.card.ui.receivablesLabel.text().replace("\u202f", " ")
    qtbot.keyClick(page.card, Qt.Key.Key_Escape)
    assert page.ui.stack.currentWidget() is page.ui.listPage


def test_ctrl_i_logs_a_call_with_a_next_step_offline(qtbot: QtBot, store: Store) -> None:
    page = open_page(qtbot, store)
    type_text(qtbot, page.ui.searchEdit, "ёлка")
    qtbot.waitUntil(lambda: names(page) == ["Ёлка"])
    qtbot.keyClick(page.ui.searchEdit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.card.card is not None)
    qtbot.keyClick(page.card, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    dialog = page.dialog
    assert dialog is not None and dialog.isVisible()
    ui = dialog.ui  # type: ignore[attr-defined]
    type_text(qtbot, ui.subjectEdit, "Сверка долга")
    type_text(qtbot, ui.textEdit, "Обещали оплатить в пятницу")
    ui.contactCombo.setCurrentIndex(1)
    ui.satisfactionCombo.setCurrentIndex(4)
    ui.nextStepBox.setChecked(True)
    type_text(qtbot, ui.nextStepEdit, "Проверить оплату")
    qtbot.mouseClick(
        ui.buttonBox.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton
    )
    qtbot.waitUntil(lambda: closed(dialog))
    with store.session() as session:
        entry = session.scalars(select(OutboxEntry)).one()
        interaction = session.scalars(select(Interaction)).one()
        task = session.scalars(select(Task)).one()
    assert entry.entity == "Document_ТелефонныйЗвонок" and entry.ref_key == interaction.id
    assert json.loads(entry.payload)["Тема"] == "Сверка долга"
    assert interaction.satisfaction == 4 and interaction.contact_id is not None
    assert task.title == "Проверить оплату" and task.due == datetime(2026, 11, 27, 10, 0)
    # The card reloads: the call is the newest item on the timeline, marked as not yet in 1C.
    qtbot.waitUntil(lambda: bool(page.card.items) and page.card.items[0].kind is ItemKind.CALL)
    assert page.card.items[0].unsent
    assert page.card.timeline.rowCount() >= 1


def test_bad_interaction_is_marked_at_the_field_and_nothing_is_saved(
    qtbot: QtBot, store: Store
) -> None:
    page = open_page(qtbot, store)
    page.ui.clientsView.setFocus()
    qtbot.keyClick(page.ui.clientsView, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    dialog = page.dialog
    assert dialog is not None
    ui = dialog.ui  # type: ignore[attr-defined]
    ui.nextStepBox.setChecked(True)
    qtbot.mouseClick(
        ui.buttonBox.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton
    )
    qtbot.waitUntil(lambda: dialog.errors.problem_of("subject") != "")  # type: ignore[attr-defined]
    assert dialog.errors.problem_of("next_step") != ""  # type: ignore[attr-defined]
    assert dialog.isVisible()
    assert count(store, Interaction) == count(store, OutboxEntry) == count(store, Task) == 0
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert closed(dialog)


def test_new_client_checks_the_inn_and_warns_about_a_duplicate(qtbot: QtBot, store: Store) -> None:
    page = open_page(qtbot, store)
    new_client_keys = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
    qtbot.keyClick(page.ui.clientsView, Qt.Key.Key_N, new_client_keys)
    dialog = page.dialog
    ui = dialog.ui  # type: ignore[union-attr]
    save = ui.buttonBox.button(QDialogButtonBox.StandardButton.Save)
    type_text(qtbot, ui.nameEdit, "Новый")
    type_text(qtbot, ui.innEdit, "7707083890")
    type_text(qtbot, ui.kppEdit, "770701001")
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.errors.problem_of("inn") != "")  # type: ignore[union-attr]
    assert count(store, Client) == 3
    ui.innEdit.clear()
    type_text(qtbot, ui.innEdit, "7707083893")
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: ui.duplicateLabel.isVisible())
    assert "Ёлка" in ui.duplicateLabel.text() and count(store, Client) == 3
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)  # "Save anyway"
    qtbot.waitUntil(lambda: count(store, Client) == 4)
    qtbot.waitUntil(lambda: page.card.card is not None and page.card.card.name == "Новый")
    with store.session() as session:
        entities = [e.entity for e in session.scalars(select(OutboxEntry).order_by(OutboxEntry.id))]
    assert entities == ["Catalog_Партнеры", "Catalog_Контрагенты"]


def test_contact_added_on_the_card_with_checked_phone(qtbot: QtBot, store: Store) -> None:
    page = open_page(qtbot, store)
    with store.session() as session:
        client_id = session.scalar(select(Client.id).where(Client.name == "Вектор"))
    page.open_client(client_id)
    qtbot.waitUntil(lambda: page.card.card is not None)
    dialog = page.card.add_contact()
    ui = dialog.ui  # type: ignore[attr-defined]
    type_text(qtbot, ui.nameEdit, "Морозова Алёна")
    type_text(qtbot, ui.phoneEdit, "12")
    save = ui.buttonBox.button(QDialogButtonBox.StandardButton.Save)
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.errors.problem_of("phone") != "")  # type: ignore[attr-defined]
    ui.phoneEdit.clear()
    type_text(qtbot, ui.phoneEdit, "+7 916 123-45-67")
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.card.ui.contactsView.rowCount() == 1)
    assert page.card.ui.contactsView.item(0, 2).text() == "+7 916 123-45-67"
    with store.session() as session:
        assert (
            session.scalars(select(OutboxEntry.entity)).one() == "Catalog_КонтактныеЛицаПартнеров"
        )


def test_client_deleted_in_1c_leaves_the_list_but_its_unsent_work_is_shown(
    qtbot: QtBot, store: Store
) -> None:
    from wholesale_desk.models import InteractionKind
    from wholesale_desk.services import interactions
    from wholesale_desk.services.interactions import InteractionDraft

    with store.session() as session:
        client_id = session.scalar(select(Client.id).where(Client.name == "Вектор"))
    interactions.log(store, InteractionDraft(client_id, InteractionKind.CALL, NOW, subject="x"))
    with store.transaction() as session:
        session.get(Client, client_id).removed_in_1c = True
    page = open_page(qtbot, store)
    assert names(page) == ["Ёлка", "Ромашка"]
    assert page.ui.removedLabel.isVisible()
    page.ui.removedLabel.linkActivated.emit("#")
    qtbot.waitUntil(lambda: names(page) == ["Вектор"])
    page.open_client(client_id)
    qtbot.waitUntil(lambda: page.card.card is not None)
    assert page.card.ui.removedLabel.isVisible()
    assert page.card.items[0].unsent


def test_card_flags_an_inn_that_fails_its_check(qtbot: QtBot, store: Store) -> None:
    with store.transaction() as session:
        bad = make_client(session, name="Кривой", inn="7707083890")
    page = open_page(qtbot, store)
    page.open_client(bad.id)
    qtbot.waitUntil(lambda: page.card.card is not None and page.card.card.name == "Кривой")
    assert "⚠" in page.card.ui.headerLabel.text()
    assert "7707083890" in page.card.ui.requisitesLabel.text()


def test_a_big_list_exposes_rows_in_chunks_and_reads_only_painted_rows(
    qtbot: QtBot, tmp_path: Path
) -> None:
    big = Store(tmp_path / "big.sqlite")
    populate(big, clients=1200, docs_per_client=(0, 1), lines=False)
    page = open_page(qtbot, big)
    qtbot.waitUntil(lambda: page.model.total() == 1200)
    assert page.model.rowCount() == FETCH_CHUNK
    assert len(page.model._cache) <= 200
    page.ui.clientsView.scrollToBottom()
    qtbot.waitUntil(lambda: page.model.rowCount() > FETCH_CHUNK)
    operations.wait_all()
    big.close()


def test_timeline_filter_by_kind(qtbot: QtBot, tmp_path: Path) -> None:
    busy = Store(tmp_path / "busy.sqlite")
    company = populate(busy, clients=2, busy_items=60)
    page = open_page(qtbot, busy)
    page.open_client(company.busy_client)
    qtbot.waitUntil(lambda: len(page.card.items) >= 60)
    page.card.set_kind_filter(frozenset({ItemKind.ORDER}))
    kinds = {page.card.timeline.items[r].kind for r in range(page.card.timeline.rowCount())}
    assert kinds == {ItemKind.ORDER}
    assert date.today()  # the card uses the injected TODAY, not the clock
    operations.wait_all()
    busy.close()


def test_contacts_table_lists_contacts(qtbot: QtBot, store: Store) -> None:
    page = open_page(qtbot, store)
    with store.session() as session:
        contact = session.scalars(select(Contact)).one()
    page.open_client(contact.client_id)
    qtbot.waitUntil(lambda: page.card.ui.contactsView.rowCount() == 1)
    assert page.card.ui.contactsView.item(0, 0).text() == "Фёдоров Артём"


def test_opening_a_timeline_item_opens_it(qtbot: QtBot, tmp_path: Path) -> None:
    busy = Store(tmp_path / "busy.sqlite")
    company = populate(busy, clients=2, busy_items=30)
    page = open_page(qtbot, busy)
    page.open_client(company.busy_client)
    qtbot.waitUntil(lambda: len(page.card.items) >= 30)
    page.card.ui.tabs.setCurrentIndex(2)
    view = page.card.ui.timelineView
    payment_row = next(
        r
        for r in range(page.card.timeline.rowCount())
        if page.card.timeline.items[r].kind is ItemKind.PAYMENT
    )
    view.setCurrentIndex(page.card.timeline.index(payment_row, 0))
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert page.dialog is not None and "ПБ-" in page.dialog.text()  # type: ignore[attr-defined]
    page.dialog.close()
    order_row = next(
        r
        for r in range(page.card.timeline.rowCount())
        if page.card.timeline.items[r].kind is ItemKind.ORDER
    )
    view.setCurrentIndex(page.card.timeline.index(order_row, 0))
    with qtbot.waitSignal(page.orderOpened) as opened:
        qtbot.keyClick(view, Qt.Key.Key_Return)
    assert opened.args == [page.card.timeline.items[order_row].id]
    operations.wait_all()
    busy.close()


def test_ctrl_n_on_a_client_asks_for_a_new_order_for_that_client(
    qtbot: QtBot, store: Store
) -> None:
    page = open_page(qtbot, store)
    page.ui.clientsView.setCurrentIndex(page.model.index(0, 0))
    expected = page.current_client_id()
    assert expected
    with qtbot.waitSignal(page.newOrderRequested) as signal:
        qtbot.keyClick(page.ui.clientsView, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert signal.args == [expected]


def test_a_call_from_the_receivables_records_the_promise_and_its_follow_up(
    qtbot: QtBot, store: Store
) -> None:
    from wholesale_desk.services.receivables import receivables

    page = open_page(qtbot, store)
    with store.session() as session:
        elka = session.scalars(select(Client).where(Client.name == "Ёлка")).one().id
    dialog = page.log_interaction(elka, promise=True)
    assert dialog is not None and dialog.ui.promiseBox.isChecked()
    type_text(qtbot, dialog.ui.subjectEdit, "Долг за октябрь")
    dialog.ui.promiseDateEdit.setDate(date(2026, 12, 3))
    type_text(qtbot, dialog.ui.promiseAmountEdit, "сто")  # not a number: refused at the field
    dialog.save()
    assert dialog.errors.problem_of("promised_amount") != ""
    assert count(store, Interaction) == 0
    dialog.ui.promiseAmountEdit.clear()
    type_text(qtbot, dialog.ui.promiseAmountEdit, "1 520,10")
    dialog.save()
    qtbot.waitUntil(lambda: closed(dialog))
    with store.session() as session:
        row = next(r for r in receivables(session, TODAY).rows if r.client_id == elka)
        task = session.scalars(select(Task)).one()
    assert row.promised_date == date(2026, 12, 3)
    assert row.promised_amount == Decimal("1520.10")
    assert task.due == datetime(2026, 12, 4, 10, 0) and "03.12.2026" in task.title
