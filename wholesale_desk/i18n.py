"""Translatable text for the Qt-free core.

The core cannot call Qt's `tr()`, yet its messages (a bad INN, a 1C error, "no price") reach the
user. It marks them with `QT_TRANSLATE_NOOP(context, text)`, which `pyside6-lupdate` extracts into
the `.ts` file like any `tr()` string, and wraps them in `Text` with their format arguments. The
GUI renders a `Text` through `QCoreApplication.translate`; the CLI and logs print its English.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark `text` for extraction under `context`; returns it unchanged."""
    return text


@dataclass(frozen=True)
class Text:
    """A user-visible message: a translatable source string plus `str.format` arguments."""

    context: str
    source: str
    args: dict[str, Any] = field(default_factory=dict)

    def __str__(self) -> str:
        return self.source.format(**self.args)


def text(context: str, source: str, **args: Any) -> Text:
    """Build a `Text`; call it as `text("Pricing", QT_TRANSLATE_NOOP("Pricing", "No price"))`."""
    return Text(context, source, args)


class UserError(Exception):
    """An error whose message is meant for the user (bad input, a refused operation)."""

    def __init__(self, message: Text) -> None:
        super().__init__(str(message))
        self.message = message
