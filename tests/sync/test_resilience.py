"""Faults, kills and garbage: the store always ends equal to a clean sync's, 1C holds every
offline order exactly once, and nothing crashes."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import select

from sync.helpers import integrity_ok, make_engine, offline_order, settings_for, snapshot
from sync.seed import PASSWORD, seed
from sync.test_bad_network import watch_creates
from wholesale_desk import connection
from wholesale_desk.demo.server import EmulatorServer
from wholesale_desk.models import SyncRun
from wholesale_desk.store import Store

ORDERS = "Document_ЗаказКлиента"
PATHS = [None, "Catalog_", "Document_", ORDERS, "Balance", "SliceLast", "Catalog_Партнеры"]


def created(server: EmulatorServer) -> int:
    return sum(
        1
        for r in server.requests
        if r.method == "POST" and r.path.endswith(ORDERS) and r.status == 201
    )


def inject(server: EmulatorServer, rng: random.Random) -> None:
    for _ in range(rng.randrange(2, 6)):
        path = rng.choice(PATHS)
        count = rng.randrange(1, 4)
        kind = rng.choice(
            ["drop_mid_body", "truncated_json", "status", "status", "html200", "delay"]
        )
        if kind == "status":
            server.faults.status(rng.choice([500, 502, 503, 504]), count=count, path=path)
        elif kind == "delay":
            server.faults.delay(0.01, count=count, path=path)
        else:
            getattr(server.faults, kind)(count=count, path=path)


@pytest.mark.parametrize("seed_value", range(6))
def test_random_faults_during_pull_and_push_end_like_a_clean_sync(
    seed_value: int, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    creates = watch_creates(monkeypatch)
    rng = random.Random(seed_value)
    base = seed(tmp_path / "1c.sqlite", clients=6, seed_value=seed_value)
    with EmulatorServer(base) as server:
        store = Store(tmp_path / "store.sqlite")
        assert make_engine(store, server, tmp_path).run().ok
        refs = [offline_order(store, i % 3) for i in range(3)]
        inject(server, rng)
        for _attempt in range(12):
            if make_engine(store, server, tmp_path).run().ok:
                break
        else:
            pytest.fail("no sync completed after the faults")
        server.faults.clear()
        assert make_engine(store, server, tmp_path).run().ok
        assert all(base.get(ORDERS, r) is not None for r in refs)
        assert created(server) == 3
        # 1C saw each create once: never a second POST of a key it holds (its error 15)
        assert sorted(ref for ref, status, _code in creates if status == 201) == sorted(refs)
        assert not [code for _ref, _status, code in creates if code == "15"]
        clean = Store(tmp_path / "clean.sqlite")
        try:
            assert make_engine(clean, server, tmp_path).run().ok
            assert snapshot(store) == snapshot(clean)
        finally:
            clean.close()
        assert integrity_ok(store)
        store.close()


def test_sync_killed_mid_run_resumes_consistent(tmp_path: Path) -> None:
    """SIGKILL on a request count (the sync is surely running: it has made that many requests
    and not finished), three times at different points; then a sync ends like a clean one."""
    base = seed(tmp_path / "1c.sqlite", clients=8)
    home = tmp_path / "home"
    home.mkdir()
    with EmulatorServer(base) as server:
        connection.save(settings_for(server), home)
        store = Store(home / "store.sqlite")
        assert make_engine(store, server, home).run().ok  # clients to order for
        refs = [offline_order(store, i % 4) for i in range(2)]
        store.close()
        base_changes = base.get(
            "Catalog_Партнеры", next(iter(base.iter_objects("Catalog_Партнеры")))["Ref_Key"]
        )
        assert base_changes is not None
        server.faults.delay(0.02, count=None)  # a slower base, so a kill lands mid-request too
        for kill_after in (3, 9, 16):
            asked = len(server.requests)
            proc = subprocess.Popen(
                [
                    sys.executable,
                    "-m",
                    "wholesale_desk",
                    "--data-dir",
                    str(home),
                    "sync",
                    "--password-stdin",
                    "--quiet",
                ],
                stdin=subprocess.PIPE,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
                cwd=Path(__file__).resolve().parents[2],
                env={**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2])},
            )
            assert proc.stdin is not None
            proc.stdin.write((PASSWORD + "\n").encode())
            proc.stdin.close()
            deadline = time.monotonic() + 60
            while len(server.requests) < asked + kill_after:
                assert proc.poll() is None, "the sync ended before the kill"
                assert time.monotonic() < deadline, "the sync never made its requests"
                time.sleep(0.005)
            proc.send_signal(signal.SIGKILL)
            assert proc.wait(10) == -signal.SIGKILL
        server.faults.clear()
        store = Store(home / "store.sqlite")
        try:
            with store.session() as s:  # each killed run started and never finished
                runs = s.scalars(select(SyncRun).order_by(SyncRun.id)).all()
                assert [r.finished_at for r in runs[-3:]] == [None, None, None]
            assert integrity_ok(store)
            assert make_engine(store, server, home).run().ok
            assert integrity_ok(store)
            assert all(base.get(ORDERS, r) is not None for r in refs)
            assert created(server) == 2
            clean = Store(tmp_path / "clean.sqlite")
            try:
                assert make_engine(clean, server, tmp_path).run().ok
                killed, fresh = snapshot(store), snapshot(clean)
                assert killed == fresh, differing_rows(killed, fresh)
            finally:
                clean.close()
        finally:
            store.close()


def differing_rows(
    killed: dict[str, list[tuple[object, ...]]], fresh: dict[str, list[tuple[object, ...]]]
) -> str:
    """Which rows only one store holds, table by table: what a failure needs to be understood."""
    lines = []
    for table in sorted(set(killed) | set(fresh)):
        only_killed = set(killed.get(table, [])) - set(fresh.get(table, []))
        only_fresh = set(fresh.get(table, [])) - set(killed.get(table, []))
        if only_killed or only_fresh:
            lines.append(f"{table}: killed-only {sorted(only_killed, key=repr)[:3]}")
            lines.append(f"{table}: clean-only {sorted(only_fresh, key=repr)[:3]}")
    return "\n".join(lines)
