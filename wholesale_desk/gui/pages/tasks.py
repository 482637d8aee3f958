"""The Tasks section until the task list lands: an empty state."""

from __future__ import annotations

from wholesale_desk.gui.pages.empty_state import EmptyStatePage


class TasksPage(EmptyStatePage):
    icon_name = "tasks"

    def title(self) -> str:
        return self.tr("Tasks")
