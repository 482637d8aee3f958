"""The local store: one SQLite file, upgraded by Alembic on open.

WAL lets the GUI read while a sync writes; foreign keys are on; a busy timeout makes a second
writer wait instead of failing. Alembic's config is built in code from `paths.db_dir()`, so the
migrations are found from the source tree, an installed wheel and a PyInstaller bundle alike.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.orm import Session, sessionmaker

from wholesale_desk import paths

log = logging.getLogger(__name__)

BUSY_TIMEOUT_MS = 30_000


def _on_connect(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


def make_engine(path: Path) -> Engine:
    """An engine on `path` with our pragmas on every connection."""
    path.parent.mkdir(parents=True, exist_ok=True)
    engine = create_engine(f"sqlite:///{path}", connect_args={"timeout": BUSY_TIMEOUT_MS / 1000})
    event.listen(engine, "connect", _on_connect)
    return engine


def alembic_config(engine: Engine) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(paths.db_dir()))
    # ConfigParser reads "%" as interpolation: a Cyrillic folder's URL is full of "%D0…".
    url = engine.url.render_as_string(hide_password=False).replace("%", "%%")
    cfg.set_main_option("sqlalchemy.url", url)
    cfg.attributes["engine"] = engine
    return cfg


def migrate(engine: Engine, revision: str = "head") -> None:
    """Bring the store's schema up to `revision` (the newest by default)."""
    command.upgrade(alembic_config(engine), revision)


class Store:
    """The opened, migrated store: hands out sessions; services take one of these."""

    def __init__(self, path: Path | None = None, *, upgrade: bool = True) -> None:
        self.path = path or paths.store_path()
        self.engine = make_engine(self.path)
        if upgrade:
            migrate(self.engine)
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)

    def session(self) -> Session:
        return self._sessions()

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """A session whose work commits together or not at all."""
        with self._sessions() as session, session.begin():
            yield session

    def close(self) -> None:
        self.engine.dispose()
