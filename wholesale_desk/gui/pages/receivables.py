"""The Receivables section until the debts view lands: an empty state."""

from __future__ import annotations

from wholesale_desk.gui.pages.empty_state import EmptyStatePage


class ReceivablesPage(EmptyStatePage):
    icon_name = "receivables"

    def title(self) -> str:
        return self.tr("Receivables")
