"""The `connect` / `sync` commands, connection settings and the password's honest fallback."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from sync.seed import PASSWORD, USER
from wholesale_desk import cli, connection, credentials
from wholesale_desk.demo.server import EmulatorServer


def run_cli(monkeypatch: pytest.MonkeyPatch, home: Path, *argv: str, stdin: str = "") -> int:
    monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
    monkeypatch.setenv("WHOLESALE_DESK_HOME", str(home))  # restored after the test
    return cli.main(["--data-dir", str(home), *argv])


def test_without_a_keyring_the_password_stays_in_memory_and_the_ui_is_told() -> None:
    assert not credentials.keyring_available()  # tests force keyring's fail backend
    assert credentials.save_password("http://h/b/odata/standard.odata/", "Иванов", "п") is False
    assert credentials.get_password("http://h/b/odata/standard.odata/", "Иванов") == "п"
    credentials.forget_password("http://h/b/odata/standard.odata/", "Иванов")
    assert credentials.get_password("http://h/b/odata/standard.odata/", "Иванов") is None


def test_settings_round_trip_and_never_hold_the_password(tmp_path: Path) -> None:
    (tmp_path / "ca.pem").write_text("-----BEGIN CERTIFICATE-----\n", encoding="ascii")
    settings = connection.ConnectionSettings(
        url="http://h/b/odata/standard.odata/",
        user="Иванов",
        server_timezone="Asia/Yekaterinburg",
        ca_bundle=str(tmp_path / "ca.pem"),
    )
    path = connection.save(settings, tmp_path)
    assert connection.load(tmp_path) == settings
    assert "password" not in path.read_text(encoding="utf-8")
    assert settings.verify() == str(tmp_path / "ca.pem")


def test_connect_tests_saves_and_says_where_the_password_went(
    server: EmulatorServer,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    code = run_cli(
        monkeypatch,
        tmp_path,
        "connect",
        server.url + "/odata/standard.odata",
        "--user",
        USER,
        "--password-stdin",
        "--timezone",
        "UTC",
        stdin=PASSWORD + "\n",
    )
    err = capsys.readouterr().err
    assert code == 0, err
    assert "No system keyring" in err
    saved = json.loads((tmp_path / "connection.json").read_text(encoding="utf-8"))
    assert saved["url"] == connection.normalize_url(server.url) and saved["user"] == USER
    assert PASSWORD not in (tmp_path / "connection.json").read_text(encoding="utf-8")

    assert run_cli(monkeypatch, tmp_path, "sync", "--password-stdin", stdin=PASSWORD + "\n") == 0
    assert "sync: ok" in capsys.readouterr().err
    assert run_cli(monkeypatch, tmp_path, "sync", "--password-stdin", stdin="неверный\n") == 4


def test_connect_with_a_wrong_password_saves_nothing(
    server: EmulatorServer,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    code = run_cli(
        monkeypatch,
        tmp_path,
        "connect",
        server.url,
        "--user",
        USER,
        "--password-stdin",
        stdin="неверный\n",
    )
    assert code == 2
    assert "refused" in capsys.readouterr().err
    assert not (tmp_path / "connection.json").exists()


def test_sync_before_connect_explains_what_to_do(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run_cli(monkeypatch, tmp_path, "sync") == 2
    assert "wholesale-desk connect" in capsys.readouterr().err
