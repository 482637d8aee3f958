"""Fixtures for sync tests: a seeded emulator on loopback HTTP and a fresh local store."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from sync.seed import seed
from wholesale_desk.demo.base import EmulatorBase
from wholesale_desk.demo.server import EmulatorServer
from wholesale_desk.store import Store


@pytest.fixture
def base(tmp_path: Path) -> EmulatorBase:
    return seed(tmp_path / "1c.sqlite")


@pytest.fixture
def server(base: EmulatorBase) -> Iterator[EmulatorServer]:
    srv = EmulatorServer(base).start()
    yield srv
    srv.stop()


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    s = Store(tmp_path / "store.sqlite")
    yield s
    s.close()
