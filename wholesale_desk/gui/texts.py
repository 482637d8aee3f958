"""Render the core's translatable `Text` messages in the UI language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from wholesale_desk.i18n import Text


def render(t: Text | str) -> str:
    """Translate `t` through the installed translators, then fill its `str.format` arguments.

    Arguments that are themselves `Text` are rendered too, so a message can nest another.
    A plain `str` is returned unchanged (already translated or not meant for translation).
    """
    if isinstance(t, str):
        return t
    template = QCoreApplication.translate(t.context, t.source)
    args = {
        key: render(value) if isinstance(value, Text) else value for key, value in t.args.items()
    }
    try:
        return template.format(**args)
    except (KeyError, IndexError, ValueError):
        # A translation with a broken placeholder must not hide the message: fall back to English.
        return t.source.format(**args)
