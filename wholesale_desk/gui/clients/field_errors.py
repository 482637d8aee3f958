"""Marking bad input at the field: a red frame on the widget and the reason just below it.

Forms name each field's error label `<field>Error`; `FieldErrors` maps the service's field
names to (widget, label) and shows or clears every problem at once.
"""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

from wholesale_desk.gui.texts import render
from wholesale_desk.i18n import Text

INVALID_STYLE = "border: 1px solid #c62828;"
ERROR_LABEL_STYLE = "color: #c62828;"


class FieldErrors:
    def __init__(self, fields: dict[str, tuple[QWidget, QLabel]], general: QLabel) -> None:
        self.fields = fields
        self.general = general
        for _widget, label in fields.values():
            label.setStyleSheet(ERROR_LABEL_STYLE)
            label.hide()
        general.setStyleSheet(ERROR_LABEL_STYLE)
        general.hide()

    def clear(self) -> None:
        for widget, label in self.fields.values():
            widget.setStyleSheet("")
            widget.setToolTip("")
            label.hide()
        self.general.hide()

    def show(self, problems: dict[str, Text], general: Text | str | None = None) -> None:
        """Show every problem; one without a field of its own goes to the general line.
        The first bad field gets the focus, so the user can fix it at once."""
        self.clear()
        leftovers = []
        first: QWidget | None = None
        for name, problem in problems.items():
            reason = render(problem)
            if name in self.fields:
                widget, label = self.fields[name]
                widget.setStyleSheet(INVALID_STYLE)
                widget.setToolTip(reason)
                label.setText(reason)
                label.show()
                first = first or widget
            else:
                leftovers.append(reason)
        if general is not None:
            leftovers.insert(0, render(general))
        if leftovers:
            self.general.setText("\n".join(leftovers))
            self.general.show()
        if first is not None:
            first.setFocus()

    def problem_of(self, name: str) -> str:
        """The reason shown for field `name` (empty when fine); for tests and accessibility."""
        _widget, label = self.fields[name]
        return label.text() if not label.isHidden() else ""
