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


def test_a_shared_folder_given_as_the_data_folder_keeps_its_mode(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shared = tmp_path / "shared"
    shared.mkdir()
    shared.chmod(0o1777)  # like /tmp
    (shared / "someone-elses.txt").write_text("x", encoding="utf-8")
    monkeypatch.setenv(paths.HOME_ENV, str(shared))
    assert paths.data_dir() == shared
    assert stat.S_IMODE(shared.stat().st_mode) == 0o1777

    busy = tmp_path / "documents"
    busy.mkdir(mode=0o755)
    busy.chmod(0o755)
    (busy / "letter.odt").write_text("x", encoding="utf-8")
    monkeypatch.setenv(paths.HOME_ENV, str(busy))
    paths.data_dir()
    assert stat.S_IMODE(busy.stat().st_mode) == 0o755  # not plainly ours: left alone
