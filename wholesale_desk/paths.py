"""Where things live: user data, and the app's own `ui/`, `resources/` and `db/` folders.

The app's folders are found in three layouts: the source tree (top-level folders beside the
package), an installed wheel (copied into the package as `wholesale_desk/_bundled/…` at build time,
see setup.py) and a PyInstaller bundle (`sys._MEIPASS`).
"""

from __future__ import annotations

import os
import stat
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
    return private_dir(path)


def log_dir() -> Path:
    return private_dir(data_dir() / "logs")


PRIVATE_DIR_MODE = 0o700
PRIVATE_FILE_MODE = 0o600


DATA_FILES = ("store.sqlite", "connection.json", "wholesale-desk.log", "settings.ini")
"""Files that mark a folder as a Wholesale Desk data folder (or its `logs/`)."""


def private_dir(path: Path) -> Path:
    """Create `path` (and parents) if needed; on POSIX make it 0700 when it is ours.

    The data folder holds the store (clients, debts), logs and settings: other users of the
    machine must not read them. An existing folder is closed only when it is plainly ours —
    owned by us, empty or already holding our files, not a shared sticky folder like /tmp and not
    the home folder — so `--data-dir /tmp` never changes the machine.
    """
    if not path.exists():
        path.mkdir(parents=True, exist_ok=True, mode=PRIVATE_DIR_MODE)
        _restrict(path, PRIVATE_DIR_MODE)
    elif _plainly_ours(path):
        _restrict(path, PRIVATE_DIR_MODE)
    return path


def _plainly_ours(path: Path) -> bool:
    try:
        info = path.stat()
        if info.st_mode & stat.S_ISVTX or path.resolve() == Path.home().resolve():
            return False
        names = {child.name for child in path.iterdir()}
    except OSError:
        return False
    return not names or bool(names & set(DATA_FILES))


def private_file(path: Path, *, create: bool = False) -> Path:
    """Make `path` 0600 on POSIX (creating it empty first when `create`); absent: nothing."""
    if create and not path.exists():
        flags = os.O_CREAT | os.O_WRONLY | getattr(os, "O_CLOEXEC", 0)
        os.close(os.open(path, flags, PRIVATE_FILE_MODE))
    _restrict(path, PRIVATE_FILE_MODE)
    return path


def _restrict(path: Path, mode: int) -> None:
    if os.name != "posix":
        return  # Windows: the profile folder's ACL already keeps other users out
    try:
        info = path.stat()
        if info.st_uid == os.getuid() and info.st_mode & 0o777 & ~mode:
            path.chmod(info.st_mode & 0o777 & mode)
    except FileNotFoundError:
        pass


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
