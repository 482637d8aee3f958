"""Plugging the Clients workspace into the main window for an opened company.

`install(window, ws)` puts the Clients and Tasks pages in their sections, adds "Search
everywhere" (Ctrl+K) to the View menu, starts task reminders, and links the receivables page's
"open client" and "log call" to the card and the interaction dialog. It returns the pages and
how to refresh them after a sync. Everything it creates is owned by the Clients page, so a
newly opened company replaces it whole. The returned `ClientsWorkspace` must be kept by the
caller (`build_pages` hands it to the session controller): its methods are what the pages'
signals call, and Qt silently drops a connection to a method of a collected Python object.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMessageBox, QWidget

from wholesale_desk import settings_defaults as defaults
from wholesale_desk.gui.clients.page import ClientsPage
from wholesale_desk.gui.documents.actions import open_offer
from wholesale_desk.gui.documents.offer_dialog import OfferDialog
from wholesale_desk.gui.main_window import MainWindow
from wholesale_desk.gui.operations import Operation
from wholesale_desk.gui.search.dialog import GlobalSearchDialog
from wholesale_desk.gui.tasks_page.page import TasksPage
from wholesale_desk.gui.tasks_page.reminders import Reminders
from wholesale_desk.models import Client, InteractionKind
from wholesale_desk.services.global_search import Hit, HitKind
from wholesale_desk.services.orders import BoughtProduct, bought_products
from wholesale_desk.services.timeline import ItemKind
from wholesale_desk.workspace import Workspace

Refresh = Callable[[], object]


class ClientsWorkspace:
    """The parts, kept together so tests and other features can reach them."""

    def __init__(self, window: MainWindow, ws: Workspace) -> None:
        self.window = window
        self.ws = ws
        self.offer_dialog: OfferDialog | None = None

        def manager_id() -> str | None:
            return ws.user.manager_id

        def scope() -> str | None:
            return ws.user.scope_manager_id

        def partner_segment() -> str:
            return window.settings.get(defaults.PARTNER_SEGMENT)

        self.clients = ClientsPage(
            ws.store, window, manager_id=manager_id, partner_segment=partner_segment
        )
        self.tasks = TasksPage(ws.store, window, manager_id=scope)
        self.search = GlobalSearchDialog(ws.store, self.clients)
        self.reminders = Reminders(ws.store, self.clients, manager_id=scope)

        self.search_action = QAction(self.clients)
        self.search_action.setShortcut(QKeySequence("Ctrl+K"))
        self.search_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.search_action.triggered.connect(self.search.popup)
        window.ui.menuView.addSeparator()
        window.ui.menuView.addAction(self.search_action)
        window.addAction(self.search_action)

        self.search.hitChosen.connect(self.open_hit)
        self.clients.offerRequested.connect(self.make_offer)
        self.tasks.clientRequested.connect(self.open_client)
        self.tasks.changed.connect(self.clients.model.invalidate_rows)
        self.reminders.clientRequested.connect(self.open_client)
        self.reminders.reminded.connect(
            lambda task: window.statusBar().showMessage(
                QCoreApplication.translate("ClientsWorkspace", "Task due: {title}").format(
                    title=task.title
                ),
                30_000,
            )
        )
        self.retranslate()

    def retranslate(self) -> None:
        self.search_action.setText(
            QCoreApplication.translate("ClientsWorkspace", "Search everywhere…")
        )

    def open_client(self, client_id: str) -> None:
        self.window.show_page("clients")
        self.clients.open_client(client_id)

    def log_call(self, client_id: str) -> None:
        self.window.show_page("clients")
        # From the receivables view: the call is about the debt, so the promise is asked for,
        # and the view shows it as soon as it is saved.
        dialog = self.clients.log_interaction(client_id, kind=InteractionKind.CALL, promise=True)
        receivables = self.window.page("receivables")
        if dialog is not None and hasattr(receivables, "client_changed"):
            dialog.saved.connect(lambda _logged: receivables.client_changed(client_id))

    def make_offer(self, client_id: str) -> Operation[tuple[str, list[BoughtProduct]]]:
        """The card's "Commercial offer…": choose among what the client buys, then the preview."""
        ws, parent = self.ws, self.clients

        def op(_p: object) -> tuple[str, list[BoughtProduct]]:
            with ws.store.session() as session:
                client = session.get(Client, client_id)
                name = client.name if client is not None else ""
            return name, bought_products(ws.store, client_id, date.today())

        def chosen(found: tuple[str, list[BoughtProduct]]) -> None:
            name, items = found
            if not items:
                box = QMessageBox(
                    QMessageBox.Icon.Information,
                    QCoreApplication.translate("ClientsWorkspace", "Commercial offer"),
                    QCoreApplication.translate(
                        "ClientsWorkspace",
                        "{client} has ordered nothing in the last 12 months. Make the offer from "
                        "an order: a new order (Ctrl+N), the products, then “Commercial offer…”.",
                    ).format(client=name),
                    QMessageBox.StandardButton.Close,
                    parent,
                )
                box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
                box.open()
                return
            dialog = OfferDialog(name, items, parent)
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

            def show() -> None:
                picked = dialog.chosen()
                open_offer(parent, ws, client_id, [p for p, _ in picked], [q for _, q in picked])

            dialog.accepted.connect(show)
            dialog.open()
            self.offer_dialog = dialog

        return Operation(parent, op=op, success=chosen).run()

    def open_hit(self, hit: Hit) -> None:
        if hit.kind in (HitKind.CLIENT, HitKind.CONTACT) and hit.client_id:
            self.open_client(hit.client_id)
            if hit.kind is HitKind.CONTACT:
                self.clients.card.ui.tabs.setCurrentIndex(1)
        elif hit.kind is HitKind.ORDER:
            opener = self.clients.openers.get(ItemKind.ORDER)
            if opener is not None:
                opener(hit.id)
            elif hit.client_id:
                self.open_client(hit.client_id)
                self.clients.card.set_kind_filter(frozenset({ItemKind.ORDER}))
                self.clients.card.ui.tabs.setCurrentIndex(2)
        else:
            box = QMessageBox(
                QMessageBox.Icon.Information,
                hit.title,
                f"{hit.title}\n{hit.subtitle}",
                QMessageBox.StandardButton.Close,
                self.window,
            )
            box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            box.open()


def install(
    window: MainWindow, ws: Workspace
) -> tuple[ClientsWorkspace, dict[str, QWidget], list[Refresh]]:
    """Put the Clients and Tasks pages into `window` for workspace `ws`."""
    parts = ClientsWorkspace(window, ws)
    window.set_page("clients", parts.clients)
    window.set_page("tasks", parts.tasks)
    receivables = window.page("receivables")
    for signal, slot in (("clientOpened", parts.open_client), ("callRequested", parts.log_call)):
        if hasattr(receivables, signal):
            getattr(receivables, signal).connect(slot)
    parts.clients.reload()
    parts.tasks.reload()
    parts.reminders.start()
    return (
        parts,
        {"clients": parts.clients, "tasks": parts.tasks},
        [parts.clients.reload, parts.tasks.reload],
    )
