"""Every command meets bad input, a broken store, settings or disk with one line in the user's
language and an exit status (2 bad input, 1 failed operation), never a traceback."""

from __future__ import annotations

import io
import os
import shutil
import sqlite3
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy import event

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "services"))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from order_world import build

from wholesale_desk import cli
from wholesale_desk import store as store_module
from wholesale_desk.store import Store

ROOT = Path(__file__).resolve().parents[2]
INN, ARTICLE = "7707083893", "PRF-PN-27"
AS_ROOT = os.name == "posix" and os.geteuid() == 0


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A store with the pricing world, built once and copied for each test."""
    path = tmp_path_factory.mktemp("bad-input") / "store.sqlite"
    store = Store(path)
    build(store)
    store.close()
    return path


@pytest.fixture
def home(tmp_path: Path, template: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("WHOLESALE_DESK_HOME", str(tmp_path))  # `--data-dir` sets it for the process
    shutil.copyfile(template, tmp_path / "store.sqlite")
    return tmp_path


def run(
    capsys: pytest.CaptureFixture[str], home: Path, *argv: str, stdin: str = ""
) -> tuple[int, str, str]:
    sys.stdin = io.StringIO(stdin)
    try:
        code = cli.main(["--data-dir", str(home), *argv])
    except SystemExit as done:  # argparse's own exit for bad arguments
        code = int(done.code or 0)
    finally:
        sys.stdin = sys.__stdin__
    out, err = capsys.readouterr()
    return code, out, err


def one_line(err: str) -> str:
    lines = [line for line in err.splitlines() if line.strip()]
    assert len(lines) == 1, err
    assert "Traceback" not in err
    return lines[0]


BAD_ARGUMENTS = [
    ("price", INN, ARTICLE, "--qty", "-5"),
    ("price", INN, ARTICLE, "--qty", "0"),
    ("price", INN, ARTICLE, "--date", "9999-12-31"),
    ("print", "reminder", "--client", INN, "--date", "9999-12-31", "--out", "{tmp}/r.pdf"),
    ("print", "reminder", "--client", INN, "--out", "{tmp}/store.sqlite/r.pdf"),
    ("print", "reminder", "--client", INN, "--out", "{tmp}"),
    ("print", "reminder", "--client", INN, "--logo", "{tmp}/store.sqlite", "--out", "{tmp}/r.pdf"),
    ("print", "offer", "--client", INN, "--products", ARTICLE, "--qty", "-1", "--out", "{tmp}/o.pdf"),
    ("export", "clients", "--out", "{tmp}/store.sqlite/c.csv"),
    ("export", "clients", "--out", "{tmp}"),
    ("export", "receivables", "--format", "xlsx"),
    ("connect", "ftp://", "--user", "u"),
    ("connect", "https://127.0.0.1:9/base", "--user", "u", "--ca-bundle", "{tmp}/none.pem"),
    ("connect", "https://127.0.0.1:9/base", "--insecure", "--verify", "--user", "u"),
    ("emulator", "--port", "99999"),
]  # fmt: skip


@pytest.mark.parametrize("argv", BAD_ARGUMENTS, ids=lambda a: " ".join(a[:4]))
def test_bad_input_is_one_line_and_exit_2(
    home: Path, capsys: pytest.CaptureFixture[str], argv: tuple[str, ...]
) -> None:
    code, _out, err = run(capsys, home, *(a.format(tmp=home) for a in argv))
    line = one_line(err)
    assert code == 2, line
    assert not (home / "r.pdf").exists() and not (home / "o.pdf").exists()


def test_bad_input_speaks_russian(
    home: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("WHOLESALE_DESK_LANG", "ru")
    code, _, err = run(capsys, home, "price", INN, ARTICLE, "--qty", "0")
    assert code == 2
    assert "количество должно быть больше нуля" in one_line(err)
    code, _, err = run(capsys, home, "export", "clients", "--out", str(home))
    assert code == 2 and "это папка" in one_line(err)


def test_an_output_file_that_may_not_be_written_is_said_before_any_work(
    home: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    locked = home / "locked"
    locked.mkdir()
    real_access = os.access
    monkeypatch.setattr(  # root ignores modes: say "read-only" the way the OS would
        "os.access", lambda p, mode: False if Path(p) == locked else real_access(p, mode)
    )
    code, _, err = run(capsys, home, "export", "clients", "--out", str(locked / "c.csv"))
    assert code == 2 and "may not be written" in one_line(err)


STORE_DAMAGE: list[tuple[str, Callable[[Path], None], str]] = [
    ("damaged", lambda p: p.write_bytes(b"\x00garbage" * 4096), "is damaged"),
    ("foreign", lambda p: _foreign(p), "is not a Wholesale Desk store"),
    ("newer", lambda p: _newer(p), "newer version of Wholesale Desk"),
]


def _foreign(path: Path) -> None:
    path.unlink()
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE photos (id INTEGER PRIMARY KEY)")


def _newer(path: Path) -> None:
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '0099'")


@pytest.mark.parametrize(
    ("damage", "spoil", "said"), STORE_DAMAGE, ids=[d[0] for d in STORE_DAMAGE]
)
@pytest.mark.parametrize(
    "argv",
    [
        ("price", INN, ARTICLE),
        ("export", "clients"),
        ("print", "reminder", "--client", INN, "--out", "{tmp}/r.pdf"),
    ],
    ids=lambda a: a[0],
)
def test_a_store_that_cannot_be_used_is_one_line_and_exit_1(
    home: Path,
    capsys: pytest.CaptureFixture[str],
    damage: str,
    spoil: Callable[[Path], None],
    said: str,
    argv: tuple[str, ...],
) -> None:
    spoil(home / "store.sqlite")
    code, out, err = run(capsys, home, *(a.format(tmp=home) for a in argv))
    assert code == 1 and said in one_line(err) and out == ""


def test_a_read_only_store_that_needs_an_upgrade_is_said_in_words(
    home: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """A read-only store at the newest schema serves reading commands as it is; one an older
    version left must be upgraded first, and that needs writing."""
    (home / "store.sqlite").unlink()
    engine = store_module.make_engine(home / "store.sqlite")
    store_module.migrate(engine, "0003")
    engine.dispose()
    if AS_ROOT:  # root writes anything: let SQLite answer as for a read-only file
        real = store_module.make_engine

        def read_only(path: Path):  # type: ignore[no-untyped-def]
            engine = real(path)

            @event.listens_for(engine, "connect")
            def _ro(dbapi, _record):  # type: ignore[no-untyped-def]
                dbapi.execute("PRAGMA query_only=ON")

            return engine

        monkeypatch.setattr(store_module, "make_engine", read_only)
        monkeypatch.setattr(store_module, "store_error", _as_read_only(store_module.store_error))
    else:
        (home / "store.sqlite").chmod(0o400)
        home.chmod(0o500)
    try:
        code, _, err = run(capsys, home, "print", "reminder", "--client", INN, "--out", "-")
    finally:
        home.chmod(0o700)
    assert code == 1 and "read-only" in one_line(err)


def _as_read_only(store_error):  # type: ignore[no-untyped-def]
    """SQLite says "attempt to write a readonly database" for a read-only file, but
    "query_only" for the pragma that simulates one as root: the same words for both."""

    def wrapped(path, exc):  # type: ignore[no-untyped-def]
        if "query_only" in str(exc) or "readonly" in str(exc):
            exc = PermissionError(13, "attempt to write a readonly database")
        return store_error(path, exc)

    return wrapped


def test_a_damaged_connection_file_is_said_by_sync_and_rewritten_by_connect(
    home: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (home / "connection.json").write_text("{broken", encoding="utf-8")
    code, _, err = run(capsys, home, "sync")
    assert code == 1 and "is damaged" in one_line(err) and "connect" in err


def test_an_unexpected_failure_is_one_line_naming_the_log(
    home: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(*_args: object, **_kwargs: object) -> object:
        raise RuntimeError("a bug")

    monkeypatch.setattr("wholesale_desk.commands.price.quote", broken)
    code, _, err = run(capsys, home, "price", INN, ARTICLE)
    line = one_line(err)
    assert code == 1 and "RuntimeError" in line and "wholesale-desk.log" in line
    assert "a bug" in (home / "logs" / "wholesale-desk.log").read_text(encoding="utf-8")


def test_price_into_a_closed_pipe_ends_without_a_traceback(home: Path) -> None:
    env = {**os.environ, "WHOLESALE_DESK_HOME": str(home), "PYTHONPATH": str(ROOT)}
    child = subprocess.Popen(
        [sys.executable, "-m", "wholesale_desk", "price", INN, ARTICLE],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=env,
        cwd=ROOT,
    )
    assert child.stdout is not None
    child.stdout.close()  # the reader (`| head`) is gone before anything is printed
    _, err = child.communicate(timeout=120)
    assert b"Traceback" not in err and b"BrokenPipe" not in err, err.decode()
    assert child.returncode == 1
