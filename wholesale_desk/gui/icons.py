"""The app's icons: SVG files in `resources/icons/`, looked up by name."""

from __future__ import annotations

from functools import cache

from PySide6.QtGui import QIcon

from wholesale_desk import paths


@cache
def icon(name: str) -> QIcon:
    """`resources/icons/<name>.svg` as a QIcon (an empty icon if the file is missing)."""
    path = paths.resource_dir() / "icons" / f"{name}.svg"
    return QIcon(str(path)) if path.exists() else QIcon()
