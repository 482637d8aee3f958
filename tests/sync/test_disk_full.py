"""A disk that fills up during a sync ends the command with one line that says so."""

from __future__ import annotations

import io
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event
from sqlalchemy.engine import Engine
from sqlalchemy.exc import OperationalError

from sync.seed import PASSWORD, USER
from wholesale_desk import cli
from wholesale_desk.demo.server import EmulatorServer


@pytest.fixture
def disk_fills_up() -> Iterator[dict[str, int]]:
    """After `after` statements every write fails as SQLite does on a full disk."""
    state = {"after": 10**9, "seen": 0}

    def full(_conn: Any, _cursor: Any, statement: str, params: Any, *_rest: Any) -> None:
        state["seen"] += 1
        if state["seen"] > state["after"] and statement.lstrip().upper().startswith(
            ("INSERT", "UPDATE", "DELETE")
        ):
            raise OperationalError(
                statement, params, sqlite3.OperationalError("database or disk is full")
            )

    event.listen(Engine, "before_cursor_execute", full)
    yield state
    event.remove(Engine, "before_cursor_execute", full)


def test_a_full_disk_during_sync_is_one_line_and_exit_1(
    server: EmulatorServer,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    disk_fills_up: dict[str, int],
) -> None:
    monkeypatch.setenv("WHOLESALE_DESK_HOME", str(tmp_path))
    monkeypatch.setattr("sys.stdin", io.StringIO(PASSWORD + "\n"))
    argv = ["--data-dir", str(tmp_path), "connect", server.url, "--user", USER, "--password-stdin"]
    assert cli.main(argv) == 0
    capsys.readouterr()
    disk_fills_up["after"] = disk_fills_up["seen"] + 40  # a little into the sync
    monkeypatch.setattr("sys.stdin", io.StringIO(PASSWORD + "\n"))
    code = cli.main(["--data-dir", str(tmp_path), "sync", "--password-stdin", "--quiet"])
    err = capsys.readouterr().err
    assert code == 1
    assert "Traceback" not in err
    assert "is full" in err.splitlines()[-1], err
