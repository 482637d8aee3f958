"""The client card: who the client is, the terms, what they owe, what they buy, and the timeline.

Loaded in one background db task (card + whole timeline), then shown; a card reopened after a
change reloads the same way. Requisites that fail their checks are shown with the reason in red,
never hidden. Phones and e-mails are `tel:` / `mailto:` links for the system's dialer and mail.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from dataclasses import replace
from datetime import date
from decimal import Decimal

from PySide6.QtCore import QEvent, QModelIndex, Qt, QTimer, QUrl, Signal, Slot
from PySide6.QtGui import QDesktopServices, QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidgetItem, QWidget

from wholesale_desk.gui.clients import vocabulary
from wholesale_desk.gui.clients.sales_chart import SalesChart
from wholesale_desk.gui.clients.timeline_model import ITEM_ROLE, TimelineModel
from wholesale_desk.gui.forms.ui_client_card import Ui_ClientCard
from wholesale_desk.gui.operations import Operation
from wholesale_desk.gui.stale_data import WARNING_COLOR as STALE_COLOR
from wholesale_desk.gui.stale_data import stale_text
from wholesale_desk.gui.texts import render
from wholesale_desk.money import format_money, format_percent
from wholesale_desk.services import client_card, timeline
from wholesale_desk.services.client_card import AGE_BUCKETS, ClientCard, ContactView, Terms
from wholesale_desk.services.contact_details import mailto_url, tel_url
from wholesale_desk.services.cooperation import CooperationModel
from wholesale_desk.services.timeline import INTERACTION_KINDS, ItemKind, TimelineItem
from wholesale_desk.store import Store

RECENT_ITEMS = 8
LOYALTY_DELAY_MS = 30
WARN = "#c62828"
CONTACT_PHONE_COLUMN = 2
CONTACT_EMAIL_COLUMN = 3


def _esc(value: str) -> str:
    return html.escape(value or "")


def _link(url: str, text: str) -> str:
    return f'<a href="{_esc(url)}">{_esc(text)}</a>' if url else _esc(text)


def _money(value: Decimal | None) -> str:
    return format_money(value) if value is not None else "—"


class ClientCardView(QWidget):
    """Shows one client; `show_client(id)` loads it in the background."""

    backRequested = Signal()
    logInteractionRequested = Signal(str)
    offerRequested = Signal(str)  # client id: a commercial offer to the client
    priceListRequested = Signal(str)  # client id: "Price list…" at the client's own prices
    itemOpened = Signal(object)
    loaded = Signal(str)  # client id, after the card is on screen
    loyaltyLoaded = Signal(str)

    def __init__(
        self,
        store: Store,
        parent: QWidget | None = None,
        *,
        today: Callable[[], date] = date.today,
        partner_segment: Callable[[], str] = lambda: "",
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.today = today
        self.partner_segment = partner_segment
        self.client_id: str | None = None
        self.card: ClientCard | None = None
        self.items: list[TimelineItem] = []
        self._generation = 0
        self.ui = Ui_ClientCard()
        self.ui.setupUi(self)
        font = self.ui.nameLabel.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.ui.nameLabel.setFont(font)
        self.ui.removedLabel.setStyleSheet(f"color: {WARN};")

        self.chart = SalesChart(self.ui.chartHost)
        self.ui.chartLayout.addWidget(self.chart)
        self.timeline = TimelineModel(self)
        self.recent = TimelineModel(self)
        for view, model in (
            (self.ui.timelineView, self.timeline),
            (self.ui.recentView, self.recent),
        ):
            view.setModel(model)
            view.verticalHeader().hide()
            view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 8)
            header = view.horizontalHeader()
            header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
            header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
            view.activated.connect(self._item_activated)
        contacts = self.ui.contactsView
        contacts.setColumnCount(5)
        contacts.verticalHeader().hide()
        contacts.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        contacts.horizontalHeader().setStretchLastSection(True)
        contacts.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        contacts.activated.connect(self._contact_activated)

        self.ui.backButton.clicked.connect(self.backRequested)
        self.ui.logButton.clicked.connect(self._log_requested)
        self.ui.offerButton.clicked.connect(self._offer_requested)
        self.ui.priceListButton.clicked.connect(
            lambda: self.priceListRequested.emit(self.client_id) if self.client_id else None
        )
        self.ui.addContactButton.clicked.connect(self.add_contact)
        self.ui.editContactButton.clicked.connect(self.edit_contact)
        self.ui.kindCombo.currentIndexChanged.connect(self._apply_kind_filter)

        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.backRequested.emit)
        add_contact = QShortcut(QKeySequence("Ctrl+Shift+N"), self, self.add_contact)
        add_contact.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        for number in range(3):
            QShortcut(
                QKeySequence(f"Alt+{number + 1}"),
                self,
                lambda n=number: self.ui.tabs.setCurrentIndex(n),
            )
        self.retranslateUi()

    # loading

    def show_client(self, client_id: str) -> Operation[tuple[ClientCard, list[TimelineItem]]]:
        """Load and show `client_id`; the returned task lets a caller (or a test) wait."""
        self.client_id = client_id
        self._generation += 1
        generation = self._generation
        today = self.today()
        partner_segment = self.partner_segment()

        def op(_progress: object) -> tuple[ClientCard, list[TimelineItem]]:
            with self.store.session() as session:
                return (
                    client_card.load(
                        session, client_id, today, partner_segment, with_loyalty=False
                    ),
                    timeline.load(session, client_id),
                )

        def done(result: tuple[ClientCard, list[TimelineItem]]) -> None:
            if generation == self._generation:
                self._fill(*result)
                # After the card has painted: the terms engine is the slow part of a card.
                QTimer.singleShot(
                    LOYALTY_DELAY_MS,
                    lambda: self._load_loyalty(generation, client_id, today, partner_segment),
                )

        return Operation(self, op=op, success=done).run()

    def _load_loyalty(
        self, generation: int, client_id: str, today: date, partner_segment: str
    ) -> None:
        """Second step: the terms engine's tier and bonus points, filled in when ready."""

        def op(_progress: object) -> tuple[client_card.Loyalty | None, CooperationModel]:
            with self.store.session() as session:
                return client_card.loyalty(session, client_id, today, partner_segment)

        def done(result: tuple[client_card.Loyalty | None, CooperationModel]) -> None:
            if generation != self._generation or self.card is None:
                return
            loyal, model = result
            self.card = replace(self.card, loyalty=loyal, model=model)
            self.ui.headerLabel.setText(self._header_html(self.card))
            self.ui.salesLabel.setText(self._sales_html(self.card))
            self.loyaltyLoaded.emit(client_id)

        Operation(self, op=op, success=done).failure(lambda _exc: None).run()

    def reload(self) -> None:
        if self.client_id:
            self.show_client(self.client_id)

    def _fill(self, card: ClientCard, items: list[TimelineItem]) -> None:
        self.card = card
        self.items = items
        self.ui.nameLabel.setText(card.name)
        self.ui.headerLabel.setText(self._header_html(card))
        self.ui.removedLabel.setVisible(card.removed)
        self.ui.requisitesLabel.setText(self._requisites_html(card))
        self.ui.termsLabel.setText(self._terms_html(card))
        self.ui.receivablesLabel.setText(self._receivables_html(card))
        self.ui.salesLabel.setText(self._sales_html(card))
        self.chart.show_months(card.sales.months)
        self.recent.set_items(items[:RECENT_ITEMS])
        self._fill_contacts(card.contacts)
        self._apply_kind_filter()
        self.loaded.emit(card.id)

    # sections

    def _row(self, label: str, value: str) -> str:
        return (
            f"<tr><td style='color:#555;padding-right:10px'>{_esc(label)}</td><td>{value}</td></tr>"
        )

    def _flag(self, value: str, problem: object) -> str:
        if not problem:
            return _esc(value)
        reason = render(problem)  # type: ignore[arg-type]
        return f"<span style='color:{WARN}'>{_esc(value or '—')} ⚠ {_esc(reason)}</span>"

    def _header_html(self, card: ClientCard) -> str:
        parts = []
        for entity in card.legal_entities[:1]:
            requisites = self.tr("INN") + " " + self._flag(entity.inn, entity.inn_problem)
            if entity.kpp or entity.kpp_problem:
                requisites += (
                    " / " + self.tr("KPP") + " " + self._flag(entity.kpp, entity.kpp_problem)
                )
            parts.append(requisites)
        if card.segments:
            parts.append(_esc(", ".join(card.segments)))
        parts.append(self.tr("model: {model}").format(model=vocabulary.model_name(card.model)))
        if card.manager:
            parts.append(self.tr("manager: {name}").format(name=_esc(card.manager)))
        if card.loyalty is not None:
            if card.loyalty.tier_percent:
                parts.append(
                    self.tr("volume tier {percent}%").format(percent=card.loyalty.tier_percent)
                )
            parts.append(
                self.tr("bonus balance {amount}").format(
                    amount=format_money(card.loyalty.bonus_balance)
                )
            )
        return " · ".join(parts)

    def _requisites_html(self, card: ClientCard) -> str:
        rows = [self._row(self.tr("Full name"), _esc(card.full_name))] if card.full_name else []
        for entity in card.legal_entities:
            rows.append(self._row(self.tr("Legal entity"), _esc(entity.name)))
            rows.append(self._row(self.tr("INN"), self._flag(entity.inn, entity.inn_problem)))
            if entity.kpp or entity.kpp_problem:
                rows.append(self._row(self.tr("KPP"), self._flag(entity.kpp, entity.kpp_problem)))
            if entity.ogrn:
                rows.append(self._row(self.tr("OGRN"), _esc(entity.ogrn)))
            if entity.legal_address:
                rows.append(self._row(self.tr("Legal address"), _esc(entity.legal_address)))
        if card.address:
            rows.append(self._row(self.tr("Address"), _esc(card.address)))
        if card.city:
            rows.append(self._row(self.tr("City"), _esc(card.city)))
        if card.region:
            rows.append(self._row(self.tr("Region"), _esc(card.region)))
        if card.phone:
            rows.append(self._row(self.tr("Phone"), _link(tel_url(card.phone), card.phone)))
        if card.email:
            rows.append(self._row(self.tr("E-mail"), _link(mailto_url(card.email), card.email)))
        if card.code:
            rows.append(self._row(self.tr("Code in 1C"), _esc(card.code)))
        return "<table>" + "".join(rows) + "</table>"

    def _discount_rows(self, terms: Terms) -> list[str]:
        """Each automatic discount with its condition and source; the manual-discount cap."""
        rows = []
        for d in terms.discounts:
            parts = [format_percent(d.percent.normalize())]
            if d.name:
                parts.append(_esc(d.name))
            if d.condition is not None:
                parts.append(_esc(render(d.condition)))
            value = " · ".join(parts) + f" <i>({_esc(render(d.source))})</i>"
            if d.skipped is not None:
                value = f"<s>{value}</s><br>{_esc(render(d.skipped))}"
            rows.append(self._row(self.tr("Discount"), value))
        if not terms.discounts:
            rows.append(self._row(self.tr("Discount"), _esc(self.tr("none"))))
        if terms.manual_cap is not None:
            rows.append(
                self._row(
                    self.tr("Manual discounts up to"),
                    format_percent(terms.manual_cap.normalize())
                    + " <i>("
                    + _esc(self.tr("1C: the agreement"))
                    + ")</i>",
                )
            )
        return rows

    def _terms_html(self, card: ClientCard) -> str:
        terms = card.terms
        if terms is None:
            return _esc(self.tr("No agreement or contract in the local cache."))
        rows = []
        if terms.agreement_name:
            kind = self.tr("individual") if terms.individual else self.tr("typical")
            number = f" № {terms.agreement_number}" if terms.agreement_number else ""
            rows.append(
                self._row(
                    self.tr("Agreement"), f"{_esc(terms.agreement_name)}{_esc(number)} ({kind})"
                )
            )
        if terms.price_type:
            rows.append(self._row(self.tr("Price type"), _esc(terms.price_type)))
        rows.extend(self._discount_rows(terms))
        rows.append(self._row(self.tr("Deferral"), self.tr("%n day(s)", "", terms.deferral_days)))
        if terms.payment_schedule:
            rows.append(self._row(self.tr("Payment schedule"), _esc(terms.payment_schedule)))
        if terms.delivery_days:
            rows.append(
                self._row(self.tr("Delivery"), self.tr("%n day(s)", "", terms.delivery_days))
            )
        rows.append(
            self._row(
                self.tr("Credit limit"),
                _money(terms.credit_limit)
                if terms.credit_limit is not None
                else self.tr("not set"),
            )
        )
        if terms.valid_from or terms.valid_to:
            validity = f"{vocabulary.day(terms.valid_from) or '…'} – {vocabulary.day(terms.valid_to) or '…'}"
            expired = terms.valid_to is not None and terms.valid_to < self.today()
            if expired:
                validity = (
                    f"<span style='color:{WARN}'>{validity} ({_esc(self.tr('expired'))})</span>"
                )
            rows.append(self._row(self.tr("Valid"), validity))
        if terms.contract:
            rows.append(self._row(self.tr("Contract"), _esc(terms.contract)))
        return "<table>" + "".join(rows) + "</table>"

    def _receivables_html(self, card: ClientCard) -> str:
        r = card.receivables
        overdue = _money(r.overdue)
        if r.overdue > 0:
            overdue = f"<b style='color:{WARN}'>{overdue}</b>"
        rows = [
            self._row(self.tr("Debt"), f"<b>{_money(r.debt)}</b>"),
            self._row(self.tr("Overdue"), overdue),
        ]
        for key in AGE_BUCKETS:
            amount = r.by_age.get(key, Decimal(0))
            rows.append(self._row(vocabulary.tr(vocabulary.AGE_BUCKETS[key]), _money(amount)))
        stale = stale_text(self.store)
        self.ui.receivablesLabel.setToolTip(stale)
        warning = ""
        if stale:  # short in the box; the whole warning in the tooltip
            short = self.tr("⚠ Data from 1C may be out of date")
            warning = f"<p style='color:{STALE_COLOR}'>{_esc(short)}</p>"
        return "<table>" + "".join(rows) + "</table>" + warning

    def _sales_html(self, card: ClientCard) -> str:
        s = card.sales
        rows = [
            self._row(self.tr("Last order"), vocabulary.day(s.last_order) or "—"),
            self._row(self.tr("Average order"), _money(s.average_order)),
            self._row(
                self.tr("Orders a month"),
                f"{s.orders_per_month}".replace(".", ","),
            ),
            self._row(
                self.tr("12 months"), _money(sum((a for _m, a in s.months), Decimal("0.00")))
            ),
        ]
        if card.loyalty is not None:
            rows.append(self._row(self.tr("This quarter"), _money(card.loyalty.quarter_volume)))
        return "<table>" + "".join(rows) + "</table>"

    def _fill_contacts(self, contacts: list[ContactView]) -> None:
        view = self.ui.contactsView
        view.setRowCount(len(contacts))
        link_font = QFont(view.font())
        link_font.setUnderline(True)
        for row, contact in enumerate(contacts):
            name = contact.name + (" ⏳" if contact.unsent else "")
            values = [
                name,
                contact.position,
                contact.phone,
                contact.email,
                vocabulary.day(contact.birthday),
            ]
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setData(Qt.ItemDataRole.UserRole, contact.id)
                if column in (CONTACT_PHONE_COLUMN, CONTACT_EMAIL_COLUMN) and value:
                    item.setFont(link_font)
                    item.setForeground(Qt.GlobalColor.blue)
                    item.setToolTip(
                        self.tr("Enter or double-click to call")
                        if column == CONTACT_PHONE_COLUMN
                        else self.tr("Enter or double-click to write")
                    )
                if column == 0 and contact.unsent:
                    item.setToolTip(self.tr("Not yet in 1C"))
                view.setItem(row, column, item)

    # timeline

    def _kind_filters(self) -> list[tuple[str, frozenset[ItemKind] | None]]:
        filters: list[tuple[str, frozenset[ItemKind] | None]] = [
            (self.tr("Everything"), None),
            (self.tr("Interactions"), frozenset(INTERACTION_KINDS)),
        ]
        for kind in ItemKind:
            filters.append((vocabulary.kind_name(kind), frozenset({kind})))
        return filters

    @Slot()
    def _apply_kind_filter(self) -> None:
        filters = self._kind_filters()
        index = max(0, self.ui.kindCombo.currentIndex())
        kinds = filters[index][1] if index < len(filters) else None
        shown = self.items if kinds is None else [i for i in self.items if i.kind in kinds]
        self.timeline.set_items(shown)
        self.ui.timelineCount.setText(self.tr("%n item(s)", "", len(shown)))

    def set_kind_filter(self, kinds: frozenset[ItemKind] | None) -> None:
        for index, (_title, wanted) in enumerate(self._kind_filters()):
            if wanted == kinds:
                self.ui.kindCombo.setCurrentIndex(index)
                return

    @Slot(QModelIndex)
    def _item_activated(self, index: QModelIndex) -> None:
        item = index.data(ITEM_ROLE)
        if item is not None:
            self.itemOpened.emit(item)

    # contacts

    def _selected_contact(self) -> ContactView | None:
        if self.card is None:
            return None
        item = self.ui.contactsView.currentItem()
        if item is None:
            return None
        contact_id = item.data(Qt.ItemDataRole.UserRole)
        return next((c for c in self.card.contacts if c.id == contact_id), None)

    @Slot(QModelIndex)
    def _contact_activated(self, index: QModelIndex) -> None:
        contact = self._selected_contact()
        if contact is None:
            return
        if index.column() == CONTACT_PHONE_COLUMN and contact.phone:
            QDesktopServices.openUrl(QUrl(tel_url(contact.phone)))
        elif index.column() == CONTACT_EMAIL_COLUMN and contact.email:
            QDesktopServices.openUrl(QUrl(mailto_url(contact.email)))
        else:
            self.edit_contact()

    @Slot()
    def add_contact(self) -> object:
        from wholesale_desk.gui.clients.contact_dialog import ContactDialog

        if self.client_id is None:
            return None
        dialog = ContactDialog(self.store, self.client_id, None, self)
        dialog.saved.connect(lambda _id: self.reload())
        dialog.open()
        return dialog

    @Slot()
    def edit_contact(self) -> object:
        from wholesale_desk.gui.clients.contact_dialog import ContactDialog

        contact = self._selected_contact()
        if self.client_id is None or contact is None:
            return None
        dialog = ContactDialog(self.store, self.client_id, contact, self)
        dialog.saved.connect(lambda _id: self.reload())
        dialog.open()
        return dialog

    @Slot()
    def _log_requested(self) -> None:
        if self.client_id:
            self.logInteractionRequested.emit(self.client_id)

    @Slot()
    def _offer_requested(self) -> None:
        if self.client_id:
            self.offerRequested.emit(self.client_id)

    # translation

    def retranslateUi(self) -> None:
        self.ui.retranslateUi(self)
        self.ui.removedLabel.setText(
            self.tr(
                "This client was deleted in 1C. Its unsent local work is kept and shown here; "
                "it will not reach 1C until the client is restored there."
            )
        )
        self.ui.contactsView.setHorizontalHeaderLabels(
            [
                self.tr("Name"),
                self.tr("Position"),
                self.tr("Phone"),
                self.tr("E-mail"),
                self.tr("Birthday"),
            ]
        )
        current = self.ui.kindCombo.currentIndex()
        self.ui.kindCombo.blockSignals(True)
        self.ui.kindCombo.clear()
        for title, _kinds in self._kind_filters():
            self.ui.kindCombo.addItem(title)
        self.ui.kindCombo.setCurrentIndex(max(0, current))
        self.ui.kindCombo.blockSignals(False)
        if self.card is not None:
            self._fill(self.card, self.items)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)
