"""The data folder, its store and its logs are readable by their owner only (POSIX)."""

from __future__ import annotations

import logging
import os
import stat
from pathlib import Path

import pytest

from wholesale_desk import logging_setup, paths

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")


def test_a_new_data_folder_and_its_log_are_private(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    home = tmp_path / "home"
    monkeypatch.setenv(paths.HOME_ENV, str(home))
    log_path = logging_setup.setup_logging()
    logging.getLogger("test").warning("hello")
    for handler in logging.getLogger().handlers:
        handler.flush()
    assert stat.S_IMODE(home.stat().st_mode) == 0o700
    assert stat.S_IMODE(log_path.parent.stat().st_mode) == 0o700
    assert stat.S_IMODE(log_path.stat().st_mode) == 0o600


def test_an_existing_open_data_folder_is_closed_to_others(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    home = tmp_path / "home"
    home.mkdir(mode=0o755)
    home.chmod(0o755)
    monkeypatch.setenv(paths.HOME_ENV, str(home))
    assert paths.data_dir() == home
    assert stat.S_IMODE(home.stat().st_mode) == 0o700
