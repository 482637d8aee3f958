"""Kills during the store's first start and its migrations: does the store always open afterwards?

Each run builds a store at some revision (none: a new data folder; else an older schema holding a
client), starts a child process that opens it (`Store(path)`: create or upgrade to the newest
schema) and SIGKILLs itself just before its N-th SQL statement, N drawn at random over the whole
migration (the statement count is learned from an unkilled run). The parent then opens the
store as the next start would and checks that it is at the newest revision, has exactly the
models' schema, kept the client and takes a new order of business (a write and a search).

    .venv/bin/python benchmarks/first_start.py [--kills 30] [--seed 20]

Prints `resilience.first_start_kills_survived: N` (of the kills; target all of them).
Last run here (2026-12-02, 4 min on the busy shared box): 30 of 30. The same harness on the
non-transactional migrations of before survived 2 of 8.
"""

from __future__ import annotations

import argparse
import random
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

START_REVISIONS: tuple[str | None, ...] = (None, "0001", "0002", "0003", "0004", "0005", "0006")
"""Where a killed start begins: a new folder, then each schema an older version left."""

_CHILD = r"""
import os, signal, sys
from pathlib import Path
from sqlalchemy import event
from sqlalchemy.engine import Engine

kill_at = int(sys.argv[2])
count = 0

@event.listens_for(Engine, "before_cursor_execute")
def _count(*_args):
    global count
    count += 1
    if count == kill_at:
        os.kill(os.getpid(), signal.SIGKILL)

from wholesale_desk.store import Store
Store(Path(sys.argv[1])).close()
print(count)
"""


def _child(path: Path, kill_at: int) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", _CHILD, str(path), str(kill_at)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
        check=False,
    )


def build_at(path: Path, revision: str | None) -> None:
    """A store as an older version left it: schema `revision` holding one client."""
    from sqlalchemy import text

    from wholesale_desk.store import make_engine, migrate

    if revision is None:
        return
    engine = make_engine(path)
    migrate(engine, "0001")
    with engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO clients (id, name, full_name, phone, email, address, city, comment,"
                " contact_info, deletion_mark, removed_in_1c) VALUES ('c1', 'Ёлка', 'ООО Ёлка',"
                " '', '', '', 'Тула', '', '[]', 0, 0)"
            )
        )
    migrate(engine, revision)
    engine.dispose()


def statement_count(folder: Path, revision: str | None) -> int:
    """How many SQL statements opening a store at `revision` runs (an unkilled child)."""
    path = folder / "count" / "store.sqlite"
    path.parent.mkdir(parents=True)
    build_at(path, revision)
    done = _child(path, 0)
    shutil.rmtree(path.parent)
    if done.returncode != 0:
        raise RuntimeError(done.stderr)
    return int(done.stdout.split()[-1])


def store_works(path: Path, had_client: bool) -> str:
    """'' when the store opens as the next start would and works; else what is wrong."""
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext
    from sqlalchemy import text

    from wholesale_desk.models import Base, Client
    from wholesale_desk.store import Store

    try:
        store = Store(path)
    except Exception as exc:  # any failure to open is the finding
        return f"does not open: {exc}"
    try:
        with store.engine.connect() as conn:
            revision = conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar()
            ctx = MigrationContext.configure(
                conn,
                opts={"include_object": lambda o, n, t, r, c: not (t == "table" and "_fts" in n)},
            )
            diff = compare_metadata(ctx, Base.metadata)
        if revision is None:
            return "no schema revision"
        if diff:
            return f"schema differs: {diff[:3]}"
        with store.transaction() as session:
            if had_client and session.get(Client, "c1") is None:
                return "the client of the older store is gone"
            session.add(Client(id="c2", name="Берёза", full_name="ООО Берёза"))
        with store.session() as session:
            if session.get(Client, "c2") is None:
                return "a new client was not kept"
            found = session.execute(
                text("SELECT client_id FROM clients_fts WHERE clients_fts MATCH :q"),
                {"q": "елка*"},
            ).scalars()
            if had_client and "c1" not in set(found):
                return "search does not find the older store's client"
    finally:
        store.close()
    return ""


def kill_once(folder: Path, revision: str | None, kill_at: int) -> str:
    """Open a store at `revision`, killed before statement `kill_at`; '' if it survived."""
    path = folder / "store.sqlite"
    build_at(path, revision)
    child = _child(path, kill_at)
    if child.returncode not in (0, -9):
        return f"the child failed: {child.stderr.strip().splitlines()[-1:]}"
    return store_works(path, had_client=revision is not None)


def run(kills: int, seed: int) -> tuple[int, list[str]]:
    """`kills` kills spread over every start revision; returns (survived, failures)."""
    rng = random.Random(seed)
    failures: list[str] = []
    with tempfile.TemporaryDirectory(prefix="wd-first-start-") as tmp:
        base = Path(tmp)
        totals = {rev: statement_count(base, rev) for rev in START_REVISIONS}
        for i in range(kills):
            revision = START_REVISIONS[i % len(START_REVISIONS)] if i % 2 else None
            kill_at = rng.randint(1, totals[revision])
            folder = base / f"run{i}"
            folder.mkdir()
            problem = kill_once(folder, revision, kill_at)
            if problem:
                failures.append(f"from {revision or 'nothing'}, kill at {kill_at}: {problem}")
    return kills - len(failures), failures


def measure() -> dict[str, float]:
    """The figure `benchmarks/resilience.py` prints beside its own (30 kills, seed 20)."""
    survived, failures = run(30, 20)
    for failure in failures:
        print(failure, file=sys.stderr)
    return {"resilience.first_start_kills_survived": survived}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--kills", type=int, default=30)
    parser.add_argument("--seed", type=int, default=20)
    args = parser.parse_args(argv)
    survived, failures = run(args.kills, args.seed)
    for failure in failures:
        print(failure, file=sys.stderr)
    print(f"resilience.first_start_kills_survived: {survived}")
    return 0 if not failures else 1


if __name__ == "__main__":
    sys.exit(main())
