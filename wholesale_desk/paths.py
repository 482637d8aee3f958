"""Where things live: user data, and the app's own `ui/`, `resources/` and `db/` folders.

The app's folders are found in three layouts: the source tree (top-level folders beside the
package), an installed wheel (copied into the package as `wholesale_desk/_bundled/…` at build time,
see setup.py) and a PyInstaller bundle (`sys._MEIPASS`).
"""

from __future__ import annotations

import os
import sys
from functools import cache
from pathlib import Path

import platformdirs

APP_NAME = "WholesaleDesk"
HOME_ENV = "WHOLESALE_DESK_HOME"
_PACKAGE = Path(__file__).resolve().parent


def data_dir() -> Path:
    """The user's data folder (store, settings, logs); `WHOLESALE_DESK_HOME` overrides it."""
    override = os.environ.get(HOME_ENV)
    path = Path(override) if override else Path(platformdirs.user_data_dir(APP_NAME, False))
    path.mkdir(parents=True, exist_ok=True)
    return path


def log_dir() -> Path:
    path = data_dir() / "logs"
    path.mkdir(parents=True, exist_ok=True)
    return path


def store_path() -> Path:
    return data_dir() / "store.sqlite"


@cache
def app_root() -> Path:
    """The folder holding `ui/`, `resources/` and `db/` in whichever layout we run from."""
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen)
    source_tree = _PACKAGE.parent
    if (source_tree / "resources").is_dir() and (source_tree / "db").is_dir():
        return source_tree
    return _PACKAGE / "_bundled"


def resource_dir() -> Path:
    return app_root() / "resources"


def ui_dir() -> Path:
    return app_root() / "ui"


def db_dir() -> Path:
    return app_root() / "db"
