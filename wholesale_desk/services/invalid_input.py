"""Bad input, reported per field, so a form can mark each field with its reason.

A service checks everything before writing anything: either the whole change is saved (with
its outbox entries) or nothing is, and the form shows every problem at once.
"""

from __future__ import annotations

from wholesale_desk.i18n import QT_TRANSLATE_NOOP, Text, UserError, text

_CTX = "InvalidInput"


class InvalidInput(UserError):
    """`problems`: field name → why its value cannot be saved."""

    def __init__(self, problems: dict[str, Text]) -> None:
        super().__init__(
            text(_CTX, QT_TRANSLATE_NOOP("InvalidInput", "Please correct the marked fields."))
        )
        self.problems = problems


def required() -> Text:
    return text(_CTX, QT_TRANSLATE_NOOP("InvalidInput", "Required"))
