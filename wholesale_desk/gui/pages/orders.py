"""The Orders section until the orders list lands: an empty state."""

from __future__ import annotations

from wholesale_desk.gui.pages.empty_state import EmptyStatePage


class OrdersPage(EmptyStatePage):
    icon_name = "orders"

    def title(self) -> str:
        return self.tr("Orders")
