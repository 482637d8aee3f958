"""A first start or an upgrade killed at any moment, two starts at once, a store an older version
half-made, a file that is not ours: the next start opens the store or says why in words."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import text

from wholesale_desk.models import Base, Client
from wholesale_desk.store import Store, StoreError, make_engine, migrate

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "benchmarks"))

import first_start  # noqa: E402


@pytest.mark.parametrize("revision", first_start.START_REVISIONS)
def test_a_start_killed_at_random_statements_leaves_a_store_that_opens(
    tmp_path: Path, revision: str | None
) -> None:
    total = first_start.statement_count(tmp_path, revision)
    assert total > 3
    for i, kill_at in enumerate(sorted({1, total // 2, total})):
        folder = tmp_path / f"kill{i}"
        folder.mkdir()
        problem = first_start.kill_once(folder, revision, kill_at)
        assert problem == "", f"from {revision}, killed before statement {kill_at}: {problem}"


def test_two_processes_starting_on_a_new_data_folder_both_open_the_store(tmp_path: Path) -> None:
    path = tmp_path / "store.sqlite"
    script = "import sys; from pathlib import Path; from wholesale_desk.store import Store; Store(Path(sys.argv[1])).close()"
    children = [
        subprocess.Popen(
            [sys.executable, "-c", script, str(path)], cwd=ROOT, stderr=subprocess.PIPE
        )
        for _ in range(3)
    ]
    for child in children:
        _, err = child.communicate(timeout=120)
        assert child.returncode == 0, err.decode()
    assert first_start.store_works(path, had_client=False) == ""


def test_a_store_half_made_by_an_older_version_is_rebuilt_when_it_holds_nothing(
    tmp_path: Path,
) -> None:
    path = tmp_path / "store.sqlite"
    engine = make_engine(path)
    some = [Base.metadata.tables[name] for name in ("agreements", "clients", "orders")]
    Base.metadata.create_all(engine, tables=some)  # as a killed non-transactional first start did
    with engine.begin() as conn:
        conn.exec_driver_sql("CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL)")
    engine.dispose()
    store = Store(path)
    with store.transaction() as session:
        session.add(Client(id="c1", name="Ёлка", full_name="ООО Ёлка"))
    store.close()
    assert first_start.store_works(path, had_client=False) == ""


def test_a_half_made_store_holding_data_is_refused_in_words(tmp_path: Path) -> None:
    path = tmp_path / "store.sqlite"
    engine = make_engine(path)
    Base.metadata.create_all(engine, tables=[Base.metadata.tables["clients"]])
    with engine.begin() as conn:
        conn.execute(text(
            "INSERT INTO clients (id, name, full_name, phone, email, address, city, comment,"
            " contact_info, deletion_mark, removed_in_1c) VALUES ('c1', 'Ёлка', '', '', '', '',"
            " '', '', '[]', 0, 0)"
        ))  # fmt: skip
    engine.dispose()
    with pytest.raises(StoreError, match=r"half-created .* holds data"):
        Store(path)


def test_a_foreign_sqlite_file_is_named_not_ours_and_left_alone(tmp_path: Path) -> None:
    path = tmp_path / "store.sqlite"
    engine = make_engine(path)
    with engine.begin() as conn:
        conn.exec_driver_sql("CREATE TABLE photos (id INTEGER PRIMARY KEY)")
        conn.exec_driver_sql("INSERT INTO photos VALUES (1)")
    engine.dispose()
    with pytest.raises(StoreError, match="is not a Wholesale Desk store"):
        Store(path)
    with make_engine(path).connect() as conn:
        assert conn.exec_driver_sql("SELECT count(*) FROM photos").scalar() == 1


def test_a_store_from_a_newer_version_says_so(tmp_path: Path) -> None:
    path = tmp_path / "store.sqlite"
    Store(path).close()
    with make_engine(path).begin() as conn:
        conn.exec_driver_sql("UPDATE alembic_version SET version_num = '0099'")
    with pytest.raises(StoreError, match="newer version of Wholesale Desk"):
        Store(path)


def test_a_damaged_store_file_says_so(tmp_path: Path) -> None:
    path = tmp_path / "store.sqlite"
    path.write_bytes(b"this is a spreadsheet, not a database" * 200)
    with pytest.raises(StoreError, match="damaged or is not a Wholesale Desk store"):
        Store(path)


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="POSIX permissions as a user")
def test_a_read_only_store_says_so(tmp_path: Path) -> None:
    path = tmp_path / "store.sqlite"
    engine = make_engine(path)
    migrate(engine, "0003")
    engine.dispose()
    path.chmod(0o400)
    with pytest.raises(StoreError, match="read-only"):
        Store(path)


def test_commits_reach_the_disk_before_returning(tmp_path: Path) -> None:
    store = Store(tmp_path / "s.sqlite")
    with store.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
    store.close()


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_store_and_folder_are_private_to_their_owner(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "data"
    folder.mkdir(mode=0o755)
    folder.chmod(0o755)  # as an older version left it
    monkeypatch.setenv("WHOLESALE_DESK_HOME", str(folder))
    store = Store()
    with store.transaction() as session:
        session.add(Client(id="c1", name="Ёлка", full_name="ООО Ёлка"))
    for name in ("store.sqlite", "store.sqlite-wal", "store.sqlite-shm"):
        assert stat.S_IMODE((folder / name).stat().st_mode) == 0o600, name
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    store.close()
