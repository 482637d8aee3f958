"""The feature pages of an opened company, built when a workspace is attached to the window.

One place names every feature page; each gets the parts of the workspace it needs (not the
whole controller), and returns how to refresh it after a sync.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from wholesale_desk.gui.clients.workspace import install as install_clients
from wholesale_desk.gui.documents.actions import install as install_documents
from wholesale_desk.gui.main_window import MainWindow
from wholesale_desk.gui.operations import Operation
from wholesale_desk.gui.orders import OrderListPage, open_order_editor
from wholesale_desk.gui.receivables.page import ReceivablesPage
from wholesale_desk.gui.reports.page import ReportsPage
from wholesale_desk.services.export import receivables_table, write
from wholesale_desk.workspace import Workspace

if TYPE_CHECKING:
    from wholesale_desk.gui.session.controller import SessionController

Refresh = Callable[[], object]


def build_pages(
    window: MainWindow, ws: Workspace, controller: SessionController
) -> tuple[dict[str, QWidget], list[Refresh]]:
    """Put each feature's page into the window for workspace `ws`."""
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

    _clients, clients_pages, clients_refreshers = install_clients(window, ws)
    pages.update(clients_pages)
    refreshers.extend(clients_refreshers)

    orders_page = OrderListPage(ws.store)  # the signed-in user comes from window.session
    window.set_page("orders", orders_page)
    pages["orders"] = orders_page
    refreshers.append(orders_page.reload)
    orders_page.reload()
    # Ctrl+N on a client (the clients page's "new order") opens the order editor.
    clients_page = pages.get("clients")
    if clients_page is not None and hasattr(clients_page, "newOrderRequested"):
        clients_page.newOrderRequested.connect(
            lambda client_id: open_order_editor(ws.store, client_id, window)
        )

    # Sales report: a manager opens on their own clients, a head of sales on everyone's.
    reports = ReportsPage(ws.store, own_manager=lambda: ws.user.scope_manager_id)
    window.set_page("reports", reports)
    pages["reports"] = reports
    refreshers.append(reports.reload)
    reports.reload()
    reports.clientOpened.connect(_clients.open_client)  # the client's card on the Clients page

    return pages, refreshers


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
