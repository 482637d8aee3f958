"""The Clients section: the searchable, filterable list and, on Enter, the client's card.

Every keystroke in the search box (after a short pause) and every filter or sort change runs
one SQL query on the db worker and swaps the model's ids; rows are read only as they are painted.
Keyboard first: Ctrl+F search, ↓ into the list, Enter opens the card, Esc goes back, Ctrl+I
logs an interaction, Ctrl+N starts an order for the client at hand, Ctrl+Alt+N a new client.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import date, datetime
from typing import NamedTuple

from PySide6.QtCore import (
    SIGNAL,
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    Qt,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QHeaderView, QMessageBox, QWidget

from wholesale_desk.gui.clients import vocabulary
from wholesale_desk.gui.clients.card import ClientCardView
from wholesale_desk.gui.clients.interaction_dialog import InteractionDialog
from wholesale_desk.gui.clients.list_model import COLUMNS, ID_ROLE, ClientListModel
from wholesale_desk.gui.clients.new_client_dialog import NewClientDialog
from wholesale_desk.gui.clients.timeline_model import details
from wholesale_desk.gui.forms.ui_clients_page import Ui_ClientsPage
from wholesale_desk.gui.header_titles import fit_titles, wrap_titles
from wholesale_desk.gui.operations import Operation
from wholesale_desk.money import format_money
from wholesale_desk.services import client_list, search_index
from wholesale_desk.services.client_list import ClientQuery, ClientRow, FilterChoices, SortKey
from wholesale_desk.services.cooperation import CooperationModel, resolve_partner_segments
from wholesale_desk.services.timeline import ItemKind, TimelineItem
from wholesale_desk.store import Store

log = logging.getLogger(__name__)

SEARCH_PAUSE_MS = 60
FIRST_SCREEN = 60
"""Rows read together with a query's ids: more than a screen shows."""
"""Typing faster than this runs one query for the burst, not one per character."""


class _Reloaded(NamedTuple):
    choices: FilterChoices
    partner_segments: tuple[str, ...]
    ids: list[str]
    rows: dict[str, ClientRow]
    removed: int


class ClientsPage(QWidget):
    """The list and the card of the Clients section over `store`."""

    queryFinished = Signal(int)
    orderOpened = Signal(str)
    newOrderRequested = Signal(str)
    offerRequested = Signal(str)  # client id, from the card's "Commercial offer…"

    def __init__(
        self,
        store: Store,
        parent: QWidget | None = None,
        *,
        today: Callable[[], date] = date.today,
        now: Callable[[], datetime] = datetime.now,
        manager_id: Callable[[], str | None] = lambda: None,
        partner_segment: Callable[[], str] = lambda: "",
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.today = today
        self.now = now
        self.manager_id = manager_id
        self.partner_segment = partner_segment
        self.choices = FilterChoices([], [], [])
        self.partner_segments: tuple[str, ...] = ()
        self.removed_count = 0
        self.show_removed = False
        self._generation = 0
        self.last_query: ClientQuery | None = None
        self.dialog: QWidget | None = None
        self.openers: dict[ItemKind, Callable[[str], object]] = {}
        """Who opens a timeline document of a kind (the orders page registers for orders)."""

        self.ui = Ui_ClientsPage()
        self.ui.setupUi(self)
        font = self.ui.titleLabel.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.ui.titleLabel.setFont(font)

        self.model = ClientListModel(self._load_rows, self)
        view = self.ui.clientsView
        view.setModel(self.model)
        view.verticalHeader().hide()
        view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 8)
        header = view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        wrap_titles(header)  # the figure columns as wide as their figures: the name gets the rest
        for column, width in enumerate((260, 110, 120, 130, 110, 100, 100, 85, 100)):
            if column:
                header.resizeSection(column, width)
        header.setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        view.activated.connect(self._activated)
        view.installEventFilter(self)

        self._card: ClientCardView | None = None

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_PAUSE_MS)
        self._search_timer.timeout.connect(self._text_changed)
        self.model.sortRequested.connect(self._sort_requested)
        self.ui.searchEdit.textChanged.connect(lambda _t: self._search_timer.start())
        self.ui.searchEdit.installEventFilter(self)
        for combo in (
            self.ui.managerCombo,
            self.ui.segmentCombo,
            self.ui.regionCombo,
            self.ui.modelCombo,
        ):
            combo.currentIndexChanged.connect(lambda _i: self.query())
        self.ui.overdueCheck.toggled.connect(lambda _on: self.query())
        self.ui.noOrderCheck.toggled.connect(lambda _on: self.query())
        self.ui.noOrderSpin.valueChanged.connect(
            lambda _v: self.query() if self.ui.noOrderCheck.isChecked() else None
        )
        self.ui.removedLabel.linkActivated.connect(self._toggle_removed)
        self.ui.newClientButton.clicked.connect(self.new_client)
        self.ui.logButton.clicked.connect(lambda: self.log_interaction())

        def shortcut(keys: str | QKeySequence.StandardKey, slot: Callable[[], object]) -> None:
            sc = QShortcut(QKeySequence(keys), self, slot)
            sc.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)

        shortcut("Ctrl+F", self.focus_search)
        shortcut("Ctrl+I", lambda: self.log_interaction())
        shortcut("Ctrl+N", self.new_order)  # an order for the client at hand (issue 6)
        shortcut("Ctrl+Alt+N", self.new_client)
        shortcut("F5", self.reload)
        self.retranslateUi()

    @property
    def card(self) -> ClientCardView:
        """The card view, made on first use: a list that is only browsed never pays for it."""
        if self._card is None:
            card = ClientCardView(
                self.store, self.ui.cardPage, today=self.today, partner_segment=self.partner_segment
            )
            self.ui.cardLayout.addWidget(card)
            card.backRequested.connect(self.show_list)
            card.logInteractionRequested.connect(self.log_interaction)
            card.offerRequested.connect(self.offerRequested)
            card.itemOpened.connect(self.open_item)
            self._card = card
        return self._card

    def _card_shown(self) -> bool:
        return self._card is not None and self.ui.stack.currentWidget() is self.ui.cardPage

    # loading

    def _load_rows(self, ids: Sequence[str]) -> dict[str, ClientRow]:
        """Rows for the ids the view is about to paint: a short indexed read (as Anki does)."""
        with self.store.session() as session:
            return client_list.rows_by_id(session, ids, self.today())

    def reload(self) -> Operation[_Reloaded]:
        """Refresh filter choices, the list and the open card (at start and after a sync):
        one round on the db worker, so the first screen appears as soon as possible."""
        setting = self.partner_segment()
        today = self.today()
        base = self.current_query()
        self._generation += 1
        generation = self._generation

        def op(_p: object) -> _Reloaded:
            with self.store.session() as session:
                in_step = search_index.aligned(session)
            if not in_step:  # the list joins the index by rowid: realign before querying
                with self.store.transaction() as session:
                    search_index.ensure_current(session)
            with self.store.session() as session:
                segments = tuple(resolve_partner_segments(session, setting))
                ids = client_list.client_ids(
                    session, replace(base, partner_segments=segments), today
                )
                return _Reloaded(
                    client_list.filter_choices(session),
                    segments,
                    ids,
                    client_list.rows_by_id(session, ids[:FIRST_SCREEN], today),
                    client_list.removed_with_unsent_work(session),
                )

        def done(result: _Reloaded) -> None:
            self.choices, self.partner_segments = result.choices, result.partner_segments
            self._fill_choices()
            self.removed_count = result.removed
            self._update_removed_banner()
            if generation == self._generation:
                self._show_ids(result.ids, result.rows, keep_selection=True)
            if self._card_shown():
                self.card.reload()
            self._catch_up_index()

        return Operation(self, op=op, success=done).run()

    def _catch_up_index(self) -> Operation[int]:
        """After the list is on screen: reindex what the last sync changed, then requery if
        anything did (a renamed client is found by its new name)."""

        def op(_p: object) -> int:
            with self.store.transaction() as session:
                return search_index.catch_up(session)

        def done(changed: int) -> None:
            if changed and self.ui.searchEdit.text().strip():
                self.query(keep_selection=True)

        return (
            Operation(self, op=op, success=done).failure(lambda exc: log.warning("%s", exc)).run()
        )

    def current_query(self) -> ClientQuery:
        ui = self.ui
        model = ui.modelCombo.currentData()
        return ClientQuery(
            text=ui.searchEdit.text(),
            manager_id=ui.managerCombo.currentData(),
            segment_id=ui.segmentCombo.currentData(),
            region_id=ui.regionCombo.currentData(),
            model=CooperationModel(model) if model else None,
            overdue_only=ui.overdueCheck.isChecked(),
            no_order_days=ui.noOrderSpin.value() if ui.noOrderCheck.isChecked() else None,
            removed_with_local_work=self.show_removed,
            sort=self.model.sort_key,
            descending=self.model.descending,
            partner_segments=self.partner_segments,
        )

    @Slot()
    def _text_changed(self) -> None:
        """A pause in typing: query, unless the text cannot narrow anything yet (a phone's
        first digits) or asks what is already shown ("+7 (916" → "+7 (916) ")."""
        if not search_index.searchable(self.ui.searchEdit.text()):
            return
        if self.last_query is not None and client_list.effective(
            self.current_query()
        ) == client_list.effective(self.last_query):
            return
        self.query()

    @Slot()
    def query(
        self, keep_selection: bool = False
    ) -> Operation[tuple[list[str], dict[str, ClientRow]]]:
        """Run the current query on the db worker; a newer query makes older answers moot.

        The same task reads the first screen of rows, so a keystroke costs the GUI thread
        no SQL at all. A new search starts at the top; a re-sort or a refresh keeps the
        selected client (`keep_selection`)."""
        self._search_timer.stop()
        query = self.current_query()
        self.last_query = query
        self._generation += 1
        generation = self._generation
        today = self.today()

        def op(_p: object) -> tuple[list[str], dict[str, ClientRow]]:
            with self.store.session() as session:
                ids = client_list.client_ids(session, query, today)
                return ids, client_list.rows_by_id(session, ids[:FIRST_SCREEN], today)

        def done(result: tuple[list[str], dict[str, ClientRow]]) -> None:
            if generation == self._generation:
                self._show_ids(*result, keep_selection=keep_selection)

        return Operation(self, op=op, success=done).run()

    def count_removed(self) -> Operation[int]:
        """How many clients deleted in 1C still hold unsent work (for the banner)."""

        def op(_p: object) -> int:
            with self.store.session() as session:
                return client_list.removed_with_unsent_work(session)

        def done(count: int) -> None:
            self.removed_count = count
            self._update_removed_banner()

        return Operation(self, op=op, success=done).run()

    def _show_ids(
        self,
        ids: list[str],
        rows: dict[str, ClientRow] | None = None,
        *,
        keep_selection: bool = False,
    ) -> None:
        selected = self.current_client_id() if keep_selection else None
        self.model.set_ids(ids, rows)
        self.ui.countLabel.setText(self.tr("%n client(s)", "", len(ids)))
        if (selected is None or not self.select_client(selected)) and ids:
            self.ui.clientsView.selectionModel().setCurrentIndex(
                self.model.index(0, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
        self.queryFinished.emit(len(ids))

    def _fill_choices(self) -> None:
        ui = self.ui
        for combo, all_title, choices in (
            (ui.managerCombo, self.tr("All managers"), self.choices.managers),
            (ui.segmentCombo, self.tr("All segments"), self.choices.segments),
            (ui.regionCombo, self.tr("All regions"), self.choices.regions),
        ):
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(all_title, None)
            for choice in choices:
                combo.addItem(choice.name, choice.id)
            combo.setCurrentIndex(max(0, combo.findData(current)))
            combo.blockSignals(False)
        ui.regionCombo.setVisible(bool(self.choices.regions))
        current = ui.modelCombo.currentData()
        ui.modelCombo.blockSignals(True)
        ui.modelCombo.clear()
        ui.modelCombo.addItem(self.tr("Any cooperation model"), None)
        for model in CooperationModel:
            ui.modelCombo.addItem(vocabulary.model_name(model), model.value)
        ui.modelCombo.setCurrentIndex(max(0, ui.modelCombo.findData(current)))
        ui.modelCombo.blockSignals(False)

    def _update_removed_banner(self) -> None:
        label = self.ui.removedLabel
        if self.show_removed:
            label.setText(
                self.tr(
                    "Showing clients deleted in 1C that still have unsent local work. "
                    "<a href='#'>Back to all clients</a>"
                )
            )
            label.show()
        elif self.removed_count:
            label.setText(
                self.tr(
                    "%n client(s) deleted in 1C still have unsent local work. "
                    "<a href='#'>Show them</a>",
                    "",
                    self.removed_count,
                )
            )
            label.show()
        else:
            label.hide()

    @Slot()
    def _toggle_removed(self) -> None:
        self.show_removed = not self.show_removed
        self.query()

    @Slot(object, bool)
    def _sort_requested(self, _key: SortKey, _descending: bool) -> None:
        self.query(keep_selection=True)

    # navigation

    @Slot()
    def new_order(self) -> None:
        """Ctrl+N: a new order for the client in the card or selected in the list; with no
        client at hand there is nothing to order for, so it starts a new client instead."""
        client_id = self.current_client_id()
        if client_id:
            self.newOrderRequested.emit(client_id)
        else:
            self.new_client()

    def current_client_id(self) -> str | None:
        if self._card_shown() and self.card.client_id:
            return self.card.client_id
        index = self.ui.clientsView.currentIndex()
        return self.model.client_id(index.row()) if index.isValid() else None

    def select_client(self, client_id: str) -> bool:
        row = self.model.row_of(client_id)
        if row < 0:
            return False
        self.model.ensure_shown(row)
        index = self.model.index(row, 0)
        self.ui.clientsView.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.ui.clientsView.scrollTo(index)
        return True

    @Slot(QModelIndex)
    def _activated(self, index: QModelIndex) -> None:
        client_id = index.data(ID_ROLE)
        if client_id:
            self.open_client(client_id)

    def open_client(self, client_id: str) -> Operation[object]:
        """Show the card of `client_id` (from the list, search, tasks or receivables)."""
        self.ui.stack.setCurrentWidget(self.ui.cardPage)
        self.card.ui.tabs.setCurrentIndex(0)
        task = self.card.show_client(client_id)
        self.card.setFocus()
        return task  # type: ignore[return-value]

    @Slot()
    def show_list(self) -> None:
        client_id = self._card.client_id if self._card is not None else None
        self.ui.stack.setCurrentWidget(self.ui.listPage)
        if client_id:
            self.select_client(client_id)
        self.ui.clientsView.setFocus()

    @Slot()
    def focus_search(self) -> None:
        if self.ui.stack.currentWidget() is not self.ui.listPage:
            self.show_list()
        self.ui.searchEdit.setFocus()
        self.ui.searchEdit.selectAll()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            key = event.key()
            search, view = self.ui.searchEdit, self.ui.clientsView
            if watched is search:
                if key in (Qt.Key.Key_Down, Qt.Key.Key_PageDown):
                    self.ui.clientsView.setFocus()
                    return True
                if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                    if self._search_timer.isActive():
                        self.query()
                    client_id = self.current_client_id()
                    if client_id:
                        self.open_client(client_id)
                    return True
                if key == Qt.Key.Key_Escape and self.ui.searchEdit.text():
                    self.ui.searchEdit.clear()
                    return True
            elif watched is view:
                if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                    self._activated(self.ui.clientsView.currentIndex())
                    return True
                if key == Qt.Key.Key_Escape:
                    self.focus_search()
                    return True
        return super().eventFilter(watched, event)

    # actions

    def log_interaction(
        self, client_id: str | None = None, **kwargs: object
    ) -> InteractionDialog | None:
        """Ctrl+I: the interaction dialog for `client_id` (default: the current client)."""
        client_id = client_id or self.current_client_id()
        if not client_id:
            return None
        dialog = InteractionDialog(
            self.store,
            client_id,
            self,
            manager_id=self.manager_id(),
            now=self.now,
            **kwargs,  # type: ignore[arg-type]
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(lambda _logged: self._changed(client_id))
        self.dialog = dialog
        dialog.open()
        return dialog

    def new_client(self) -> NewClientDialog:
        dialog = NewClientDialog(self.store, self.choices, self, manager_id=self.manager_id())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(self._client_created)
        self.dialog = dialog
        dialog.open()
        return dialog

    def _client_created(self, client_id: str) -> None:
        task = self.query()
        task.finished.connect(lambda: self.open_client(client_id))

    def _changed(self, client_id: str) -> None:
        """Local work was saved for `client_id`: repaint its figures and its open card."""
        self.model.invalidate_rows()
        self.count_removed()
        if self._card_shown() and self.card.client_id == client_id:
            self.card.reload()

    @Slot(object)
    def open_item(self, item: TimelineItem) -> None:
        """Open a timeline item: its own page if one is registered, else its key facts."""
        opener = self.openers.get(item.kind)
        if opener is not None:
            opener(item.id)
            return
        if item.kind is ItemKind.ORDER and self.receivers(SIGNAL("orderOpened(QString)")) > 0:
            self.orderOpened.emit(item.id)
            return
        lines = [
            f"{vocabulary.kind_name(item.kind)} {item.number}".strip(),
            vocabulary.moment(item.when),
        ]
        if item.amount is not None:
            lines.append(self.tr("Amount: {amount}").format(amount=format_money(item.amount)))
        facts = details(item)
        if facts:
            lines.append(facts)
        if item.detail and item.detail not in facts:
            lines.append(item.detail)
        box = QMessageBox(
            QMessageBox.Icon.Information,
            vocabulary.kind_name(item.kind),
            "\n".join(lines),
            QMessageBox.StandardButton.Close,
            self,
        )
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog = box
        box.open()

    # translation

    def retranslateUi(self) -> None:
        self.ui.retranslateUi(self)
        self._fill_choices()
        self._update_removed_banner()
        self.ui.countLabel.setText(self.tr("%n client(s)", "", self.model.total()))
        # Wide enough for the translated title (on two lines) as well as the figures.
        fit_titles(self.ui.clientsView.horizontalHeader(), range(1, len(COLUMNS)))
        self.ui.searchEdit.setToolTip(
            self.tr('Prefix search: "ром" finds Ромашка; ё and е are the same. Ctrl+F')
        )
        self.ui.logButton.setToolTip(self.tr("Log a call, meeting or note (Ctrl+I)"))
        self.ui.newClientButton.setToolTip(self.tr("New client (Ctrl+Alt+N)"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)


__all__ = ["COLUMNS", "ClientsPage"]
