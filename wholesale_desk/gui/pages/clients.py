"""The Clients section until the clients list lands: an empty state."""

from __future__ import annotations

from wholesale_desk.gui.pages.empty_state import EmptyStatePage


class ClientsPage(EmptyStatePage):
    icon_name = "clients"

    def title(self) -> str:
        return self.tr("Clients")
