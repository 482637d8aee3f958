"""An opened company: its store, its 1C connection, its sync engine, and who the user is.

The GUI and the CLI open one of these and hand its parts to services and views. The demo company
is the same thing pointed at a local 1C emulator, with its store and the emulator's base kept in
a `demo` folder of the data folder so work done in the demo is still there next time.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from wholesale_desk import connection, paths
from wholesale_desk.connection import ConnectionSettings
from wholesale_desk.services.user_identity import own_manager_id
from wholesale_desk.store import Store
from wholesale_desk.sync.engine import SyncEngine

if TYPE_CHECKING:
    from wholesale_desk.demo.server import EmulatorServer
    from wholesale_desk.onec.client import ConnectionCheck

log = logging.getLogger(__name__)

DEMO_FOLDER = "demo"
DEMO_USER = "Администратор"
DEMO_PASSWORD = "demo"  # every demo user's password, as the emulator prints it


@dataclass
class CurrentUser:
    """The 1C user working in the app, and what they may do here."""

    login: str
    manager_id: str | None = None  # their Catalog_Пользователи ref, once the catalog is synced
    head_of_sales: bool = False  # approves discounts beyond a manager's limit

    @property
    def scope_manager_id(self) -> str | None:
        """Whose work the to-do lists show: a manager's own, everyone's for a head of sales."""
        return None if self.head_of_sales else self.manager_id


@dataclass
class Workspace:
    """Everything an opened company consists of; `close()` releases it."""

    data_dir: Path
    store: Store
    settings: ConnectionSettings
    engine: SyncEngine
    user: CurrentUser
    emulator: EmulatorServer | None = None
    _closers: list[Callable[[], None]] = field(default_factory=list)

    @property
    def is_demo(self) -> bool:
        return self.emulator is not None

    def refresh_user(self) -> None:
        """Find the user's own manager record (after a sync brought the users catalog)."""
        with self.store.session() as session:
            self.user.manager_id = own_manager_id(
                session, self.user.login, head_of_sales=self.user.head_of_sales
            )

    def close(self) -> None:
        for closer in reversed(self._closers):
            try:
                closer()
            except Exception:  # closing must go on: log and continue
                log.exception("while closing the workspace")
        self._closers.clear()


def demo_dir(data_dir: Path | None = None) -> Path:
    return (data_dir or paths.data_dir()) / DEMO_FOLDER


def open_demo(data_dir: Path | None = None, *, company: str = "small", seed: int = 1) -> Workspace:
    """Start the demo emulator on a free loopback port and open the demo store against it.

    The first start generates the demo company (a few seconds); later starts reuse its base.
    """
    from wholesale_desk.commands.emulator import start_demo_emulator

    folder = demo_dir(data_dir)
    folder.mkdir(parents=True, exist_ok=True)
    emulator = start_demo_emulator(folder / "emulator.sqlite", company=company, seed=seed)
    try:
        settings = connection.load(folder)
        settings.url = connection.normalize_url(emulator.url)  # a new port on every start
        settings.user = DEMO_USER
        settings.demo = True
        connection.save(settings, folder)
        store = Store(folder / "store.sqlite")
    except BaseException:
        emulator.stop()
        raise
    engine = SyncEngine(store, settings, password=DEMO_PASSWORD, data_dir=folder)
    workspace = Workspace(
        data_dir=folder,
        store=store,
        settings=settings,
        engine=engine,
        user=CurrentUser(DEMO_USER, head_of_sales=True),
        emulator=emulator,
    )
    workspace._closers += [emulator.stop, store.close]
    workspace.refresh_user()
    return workspace


def prepare_store(data_dir: Path | None = None) -> Path:
    """Create (or upgrade) the store of the 1C connection in the data folder; returns its path."""
    folder = data_dir or paths.data_dir()
    store = Store(folder / "store.sqlite")
    store.close()
    return store.path


def has_connection(data_dir: Path | None = None) -> bool:
    """Whether the user has connected to a 1C base on this machine before."""
    try:
        return connection.load(data_dir).configured
    except Exception:
        return False


def open_connected(
    data_dir: Path | None = None,
    *,
    password: str | None = None,
    head_of_sales: bool = False,
) -> Workspace:
    """Open the store of the configured 1C connection (the password comes from the keyring)."""
    folder = data_dir or paths.data_dir()
    settings = connection.load(folder)
    store = Store(folder / "store.sqlite")
    engine = SyncEngine(store, settings, password=password, data_dir=folder)
    workspace = Workspace(
        data_dir=folder,
        store=store,
        settings=settings,
        engine=engine,
        user=CurrentUser(settings.user, head_of_sales=head_of_sales),
    )
    workspace._closers.append(store.close)
    workspace.refresh_user()
    return workspace


def test_connection(settings: ConnectionSettings, password: str) -> ConnectionCheck:
    """Reachable? credentials right? every object the profile needs published? (no store needed)"""
    from wholesale_desk.onec.client import OneCClient
    from wholesale_desk.onec.profile import load_profile

    required = load_profile(settings.profile).entity_sets(required_only=True)
    with OneCClient(settings.url, settings.user, password, verify=settings.verify()) as client:
        return client.check_connection(required)
