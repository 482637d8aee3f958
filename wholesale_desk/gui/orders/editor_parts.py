"""What the order editor's panels share: the state `OrderEditor` sets up, declared once.

The editor is one window made of panels (`editor_header`, `editor_lines`, `editor_summary`,
`editor_actions`), each a mixin holding the methods of one part of the screen. They read and
write the same state; this base declares it so a type checker sees one editor, while at run time
it adds nothing (the QWidget base is the editor's own)."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from PySide6.QtCore import SignalInstance
    from PySide6.QtWidgets import QWidget

    from wholesale_desk.gui.forms.ui_order_editor import Ui_OrderEditor
    from wholesale_desk.gui.operations import Operation
    from wholesale_desk.gui.orders.lines import LinesDelegate, OrderLinesModel
    from wholesale_desk.services.orders import OrderCheck, OrderInput, OrderPricer
    from wholesale_desk.services.product_search import ProductSearch
    from wholesale_desk.services.terms import Actor
    from wholesale_desk.store import Store

    _Widget = QWidget
else:
    _Widget = object


class EditorParts(_Widget):
    """The editor's shared state and the few methods every panel calls."""

    store: Store
    actor: Actor
    today: date
    ui: Ui_OrderEditor
    order: OrderInput
    pricer: OrderPricer
    search: ProductSearch
    model: OrderLinesModel
    delegate: LinesDelegate
    last_check: OrderCheck | None
    task: Operation[Any] | None
    dirty: bool
    _loading: bool
    _conflict: bool

    if TYPE_CHECKING:
        saved: SignalInstance

        def recalc(self) -> OrderCheck: ...
        def _fill_header(self) -> None: ...
        def _read_header(self) -> None: ...
        def _load_products(self, product_ids: list[str | None]) -> None: ...
        def _show_input_problem(self, message: str) -> None: ...
