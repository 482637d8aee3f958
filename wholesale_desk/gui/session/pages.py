"""The feature pages of an opened company, built when a workspace is attached to the window.

One place names every feature page; each gets the parts of the workspace it needs (not the
whole controller), and returns how to refresh it after a sync.

Whatever a page's signal is connected to must live as long as the page: Qt drops a connection
to a method of a Python object that is gone, silently. So `build_pages` returns a `SessionPages`
that holds every such part (the clients workspace above all), and the controller keeps it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from wholesale_desk.gui.clients.workspace import ClientsWorkspace
from wholesale_desk.gui.clients.workspace import install as install_clients
from wholesale_desk.gui.documents.actions import install as install_documents
from wholesale_desk.gui.main_window import MainWindow
from wholesale_desk.gui.operations import Operation
from wholesale_desk.gui.orders import OrderListPage, open_order_editor
from wholesale_desk.gui.receivables.page import ReceivablesPage
from wholesale_desk.gui.reports.page import ReportsPage
from wholesale_desk.services.export import receivables_table, write
from wholesale_desk.services.timeline import ItemKind
from wholesale_desk.workspace import Workspace

if TYPE_CHECKING:
    from wholesale_desk.gui.session.controller import SessionController

Refresh = Callable[[], object]


@dataclass
class SessionPages:
    """The pages of an opened company and the parts their connections lead to."""

    clients: ClientsWorkspace
    widgets: dict[str, QWidget] = field(default_factory=dict)
    refreshers: list[Refresh] = field(default_factory=list)


def build_pages(window: MainWindow, ws: Workspace, controller: SessionController) -> SessionPages:
    """Put each feature's page into the window for workspace `ws`; keep what it returns."""
    pages: dict[str, QWidget] = {}
    refreshers: list[Refresh] = []

    receivables = ReceivablesPage(ws.store)
    receivables.exportRequested.connect(lambda path: _export_receivables(receivables, ws, path))
    window.set_page("receivables", receivables)
    pages["receivables"] = receivables
    refreshers.append(receivables.reload)
    receivables.reload()
    # Reminder and акт сверки from the receivables page; e-mail delivery after every sync.
    install_documents(window, ws, controller, receivables=receivables)

    clients, clients_pages, clients_refreshers = install_clients(window, ws)
    pages.update(clients_pages)
    refreshers.extend(clients_refreshers)

    orders_page = OrderListPage(ws.store)  # the signed-in user comes from window.session
    window.set_page("orders", orders_page)
    pages["orders"] = orders_page
    refreshers.append(orders_page.reload)
    orders_page.reload()
    # Ctrl+N on a client (the clients page's "new order") opens the order editor, and so does
    # an order on the client's timeline or found by Ctrl+K search.
    clients.clients.newOrderRequested.connect(
        lambda client_id: open_order_editor(ws.store, client_id, window)
    )
    clients.clients.openers[ItemKind.ORDER] = lambda order_id: open_order_editor(
        ws.store, None, window, order_id=order_id
    )

    # Sales report: a manager opens on their own clients, a head of sales on everyone's.
    reports = ReportsPage(ws.store, own_manager=lambda: ws.user.scope_manager_id)
    window.set_page("reports", reports)
    pages["reports"] = reports
    refreshers.append(reports.reload)
    reports.reload()
    reports.clientOpened.connect(clients.open_client)  # the client's card on the Clients page

    return SessionPages(clients, pages, refreshers)


def _export_receivables(parent: QWidget, ws: Workspace, path: Path) -> None:
    fmt = path.suffix.lower().lstrip(".")
    if fmt not in ("csv", "json", "xlsx"):
        fmt = "xlsx"
        path = path.with_suffix(".xlsx")

    def op(_p: object) -> Path:
        with ws.store.session() as session:
            write(receivables_table(session, date.today()), fmt, path)  # type: ignore[arg-type]
        return path

    def done(saved: Path) -> None:
        QMessageBox.information(
            parent,
            QCoreApplication.translate("ReceivablesPage", "Export receivables"),
            QCoreApplication.translate("ReceivablesPage", "Saved {path}").format(path=str(saved)),
        )

    Operation(parent, op=op, success=done).run()
