"""The Reports section until the reports land: an empty state."""

from __future__ import annotations

from wholesale_desk.gui.pages.empty_state import EmptyStatePage


class ReportsPage(EmptyStatePage):
    icon_name = "reports"

    def title(self) -> str:
        return self.tr("Reports")
