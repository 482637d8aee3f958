"""Order GUI tests share the order services' small company (tests/services/order_world.py)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "services"))

from order_world import World, fresh


@pytest.fixture
def world(tmp_path: Path) -> World:
    return fresh(tmp_path)
