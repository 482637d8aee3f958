"""Where order editors tell the rest of the window that an order changed.

A module of its own so the editor's panels and the order list can share it without importing
each other."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal


class _OrdersHub(QObject):
    """Tells every order list that an editor saved, sent or cancelled an order."""

    changed = Signal(str)  # order id


orders_hub = _OrdersHub()
