"""A sync on a bad network: through a proxy that breaks one request in five (every fault kind
ONEC.md lists, plus pages longer than asked), syncs converge to exactly what a clean sync
gives, every offline order reaches 1C exactly once, and a retry goes on where the last try
stopped instead of listing everything again."""

from __future__ import annotations

import json
import time
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from sync.faulty_proxy import KINDS, FaultyProxy
from sync.helpers import integrity_ok, make_engine, offline_order, snapshot
from sync.seed import seed
from wholesale_desk.demo import server as emulator
from wholesale_desk.demo.server import EmulatorServer
from wholesale_desk.models import SyncIssue
from wholesale_desk.onec.client import RetryPolicy
from wholesale_desk.store import Store
from wholesale_desk.sync import pull

ORDERS = "Document_ЗаказКлиента"
TIMEOUT = (2.0, 0.5)  # a slow reply (1 s) is a read timeout, as on a real bad network
RETRY = RetryPolicy(attempts=5, base_delay=0.01, max_delay=0.05)
TRIES = 4


def watch_creates(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, int, str]]:
    """Every create that reached 1C (past the proxy): (Ref_Key, status, OData error code)."""
    seen: list[tuple[str, int, str]] = []

    def record(method: str, path: str, payload: bytes, reply: Any) -> Any:
        if method == "POST" and path.endswith(ORDERS):
            code = ""
            if reply.status >= 400:
                code = json.loads(reply.body).get("odata.error", {}).get("code", "")
            seen.append((json.loads(payload)["Ref_Key"], reply.status, code))
        return reply

    if hasattr(emulator, "answer"):  # the emulator's dispatch, past its fault switchboard
        real_answer = emulator.answer

        def spy_answer(em: Any, method: str, path: str, query: str, payload: bytes, *a: Any) -> Any:
            return record(method, path, payload, real_answer(em, method, path, query, payload, *a))

        monkeypatch.setattr(emulator, "answer", spy_answer)
    else:  # the emulator before its dispatch moved out of the handler
        real = emulator._Handler._answer  # type: ignore[attr-defined]

        def spy(self: Any, method: str, path: str, query: str, payload: bytes) -> Any:
            return record(method, path, payload, real(self, method, path, query, payload))

        monkeypatch.setattr(emulator._Handler, "_answer", spy)
    return seen


def sync_until_ok(store: Store, url: str, home: Path, tries: int = TRIES) -> int:
    """Sync as a user on a bad network does (again after a failure); the try that completed."""
    for attempt in range(1, tries + 1):
        result = make_engine(store, url, home, retry=RETRY, timeout=TIMEOUT).run()
        if result.ok:
            return attempt
    pytest.fail(f"no sync completed in {tries} tries: {result.errors}")


def test_syncs_through_one_fault_in_five_converge_to_a_clean_sync_exactly_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    creates = watch_creates(monkeypatch)
    kinds: Counter[str] = Counter()
    for seed_value in range(4):
        home = tmp_path / f"run{seed_value}"
        home.mkdir()
        base = seed(home / "1c.sqlite", clients=6, seed_value=seed_value)
        with (
            EmulatorServer(base) as server,
            FaultyProxy(server.url, rate=0.2, seed=seed_value) as proxy,
        ):
            store = Store(home / "store.sqlite")
            sync_until_ok(store, proxy.url, home)
            refs = [offline_order(store, i % 3) for i in range(4)]
            sync_until_ok(store, proxy.url, home)
            kinds.update(proxy.faults)
            assert sum(proxy.faults.values()) >= proxy.seen // 10  # the dice did break things
            clean = Store(home / "clean.sqlite")
            assert make_engine(clean, server, home).run().ok  # no proxy
            assert snapshot(store) == snapshot(clean)
            assert integrity_ok(store)
            for ref in refs:
                assert base.get(ORDERS, ref) is not None
                assert [s for r, s, _c in creates if r == ref] == [201]  # once, never again
            assert not [c for _r, _s, c in creates if c == "15"]
            clean.close()
            store.close()
        creates.clear()
    assert set(kinds) == set(KINDS), kinds  # every kind of fault was met


def test_lost_replies_to_creates_never_make_a_second_order(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    creates = watch_creates(monkeypatch)
    base = seed(tmp_path / "1c.sqlite", clients=4)
    with (
        EmulatorServer(base) as server,
        FaultyProxy(
            server.url, rate=0.5, seed=7, kinds=("drop", "slow", "truncated", "reset")
        ) as proxy,
    ):
        store = Store(tmp_path / "store.sqlite")
        assert make_engine(store, server, tmp_path).run().ok
        refs = [offline_order(store, i % 2) for i in range(10)]
        sync_until_ok(store, proxy.url, tmp_path, tries=8)
        assert proxy.faults["drop"] + proxy.faults["slow"] + proxy.faults["reset"] > 0
        assert sorted(r for r, s, _c in creates if s == 201) == sorted(refs)
        assert len(creates) == len(refs)  # no create was ever sent after one had landed
        store.close()


def test_a_retry_goes_on_where_the_failed_try_stopped(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(pull, "LIST_PAGE_FACTOR", 1)  # key listings of 2 rows a page
    base = seed(tmp_path / "1c.sqlite", clients=8)
    with EmulatorServer(base) as server, FaultyProxy(server.url, rate=0.0) as proxy:
        store = Store(tmp_path / "store.sqlite")
        assert make_engine(store, server, tmp_path, page_size=2).run().ok
        assert make_engine(store, proxy.url, tmp_path, page_size=2).run().ok
        clean_listing = sum(1 for _m, p, _f in proxy.log if _is_listing(p))
        # the network goes away every 6 requests: each try gets a little further
        once = RetryPolicy(attempts=1)
        start, tries, stops = len(proxy.log), 0, []
        while True:
            tries += 1
            assert tries < 200, "the tries never got to the end"
            mark = len(proxy.log)
            proxy.fail_after = proxy.seen + 6
            result = make_engine(store, proxy.url, tmp_path, page_size=2, retry=once).run()
            proxy.fail_after = None
            if result.ok:
                break
            failed = next(p for _m, p, f in proxy.log[mark:] if f == "503")
            if _is_listing(failed) and _skip(failed) > 0:
                stops.append((failed, len(proxy.log)))
        assert tries > 5 and stops, "no try stopped in the middle of a key listing"
        for failed, after in stops:  # the next try asked for the page that failed, not page one
            entity = failed.split("?")[0]
            resumed = next(p for _m, p, _f in proxy.log[after:] if p.split("?")[0] == entity)
            assert _skip(resumed) == _skip(failed)
        pieces = sum(1 for _m, p, f in proxy.log[start:] if _is_listing(p) and f is None)
        assert pieces <= clean_listing  # no page of a listing was fetched twice
        fresh = Store(tmp_path / "fresh.sqlite")
        assert make_engine(fresh, server, tmp_path).run().ok
        assert snapshot(store) == snapshot(fresh)
        fresh.close()
        store.close()


def _is_listing(path: str) -> bool:
    """A key listing: `$select=Ref_Key,DataVersion` (percent-encoded as the client sends it)."""
    query = path.split("?", 1)[-1]
    return "Ref_Key%2CDataVersion" in query or "Ref_Key,DataVersion" in query


def _skip(path: str) -> int:
    for part in path.split("?", 1)[-1].split("&"):
        if part.startswith(("%24skip=", "$skip=")):
            return int(part.split("=", 1)[1])
    return 0


def test_a_page_longer_than_asked_is_cut_and_logged_and_no_row_is_lost(tmp_path: Path) -> None:
    base = seed(tmp_path / "1c.sqlite", clients=8)
    with (
        EmulatorServer(base) as server,
        FaultyProxy(server.url, rate=1.0, kinds=("long_page",)) as proxy,
    ):
        store = Store(tmp_path / "store.sqlite")
        result = make_engine(store, proxy.url, tmp_path, page_size=2).run()
        assert result.ok and proxy.faults["long_page"] > 5
        with store.session() as s:
            assert any("longer than asked" in i.message for i in s.query(SyncIssue))
        fresh = Store(tmp_path / "fresh.sqlite")
        assert make_engine(fresh, server, tmp_path, page_size=2).run().ok
        assert snapshot(store) == snapshot(fresh)
        fresh.close()
        store.close()


def test_a_web_page_on_the_first_request_is_a_configuration_error_in_words(
    tmp_path: Path,
) -> None:
    base = seed(tmp_path / "1c.sqlite", clients=2)
    with EmulatorServer(base) as server, FaultyProxy(server.url, rate=1.0, kinds=("html",)) as px:
        store = Store(tmp_path / "store.sqlite")
        started = time.monotonic()
        result = make_engine(store, px.url, tmp_path).run()
        assert result.status == "failed" and px.seen == 1  # not retried: nothing to wait for
        assert "web page instead of data" in str(result.errors[0])
        assert "publication address" in str(result.errors[0])
        assert time.monotonic() - started < 30
        store.close()
