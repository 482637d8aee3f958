"""Translatable text for the Qt-free core.

The core cannot call Qt's `tr()`, yet its messages (a bad INN, a 1C error, "no price") reach the
user. It marks them with `QT_TRANSLATE_NOOP(context, text)`, which `pyside6-lupdate` extracts into
the `.ts` file like any `tr()` string, and wraps them in `Text` with their format arguments. The
GUI renders a `Text` through `QCoreApplication.translate`. Elsewhere `str(Text)` is English until
an entry point (the command line) installs a translator with `use_translator`
(`wholesale_desk.translations` reads the same `.ts` files without Qt); importing the core never does.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

Translator = Callable[[str, str, int], str]
"""(context, source, n) → the translated template; `n` is -1 for a message without a number."""

_translator: Translator | None = None
_group_separator = ","


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark `text` for extraction under `context`; returns it unchanged."""
    return text


def use_translator(translator: Translator | None, group_separator: str = ",") -> None:
    """Make `str(Text)` speak through `translator` (None: the English source again);
    `group_separator` groups the thousands of a `%Ln` count ("20 000 клиентов")."""
    global _translator, _group_separator
    _translator, _group_separator = translator, group_separator


def active_translator() -> Translator | None:
    return _translator


def translate(context: str, source: str, n: int = -1) -> str:
    """`source` in the active language; `%n` becomes `n` and `%Ln` `n` with its thousands
    grouped, as Qt does for plural messages."""
    template = _translator(context, source, n) if _translator is not None else source
    if n < 0:
        return template
    grouped = f"{n:,}".replace(",", _group_separator)
    return template.replace("%Ln", grouped).replace("%n", str(n))


@dataclass(frozen=True)
class Text:
    """A user-visible message: a translatable source string plus `str.format` arguments."""

    context: str
    source: str
    args: dict[str, Any] = field(default_factory=dict)

    def __str__(self) -> str:
        args = {k: str(v) if isinstance(v, Text) else v for k, v in self.args.items()}
        try:
            return translate(self.context, self.source).format(**args)
        except (KeyError, IndexError, ValueError):
            # A translation with a broken placeholder must not hide the message.
            return self.source.format(**args)

    def english(self) -> str:
        """The English message whatever language is active: for logs and machine output."""
        args = {k: v.english() if isinstance(v, Text) else v for k, v in self.args.items()}
        return self.source.format(**args)


def text(context: str, source: str, **args: Any) -> Text:
    """Build a `Text`; call it as `text("Pricing", QT_TRANSLATE_NOOP("Pricing", "No price"))`."""
    return Text(context, source, args)


class UserError(Exception):
    """An error whose message is meant for the user (bad input, a refused operation)."""

    def __init__(self, message: Text) -> None:
        super().__init__(str(message))
        self.message = message
