"""The window's side of sync: "Refresh everything from 1C" beside Sync now, Cancel obeyed with 1C
silent, a sync held by the command line retried (and said), and a quit that waits for nobody."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select, update

from sync.faulty_proxy import FaultyProxy
from sync.helpers import FAST_RETRY, settings_for, snapshot
from sync.seed import PASSWORD, USER, seed
from wholesale_desk.demo.server import EmulatorServer
from wholesale_desk.gui import operations
from wholesale_desk.gui.main_window import MainWindow
from wholesale_desk.gui.session.controller import SessionController
from wholesale_desk.gui.settings import Settings, set_app_settings
from wholesale_desk.models import Client
from wholesale_desk.store import Store
from wholesale_desk.sync.engine import LOCK_FILE, SyncEngine
from wholesale_desk.sync.lock import SyncLock
from wholesale_desk.workspace import CurrentUser, Workspace


@pytest.fixture
def window(qtbot, tmp_path: Path) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    settings = Settings(tmp_path / "settings.ini")
    set_app_settings(settings)
    win = MainWindow(settings)
    qtbot.addWidget(win)
    yield win
    set_app_settings(None)


def open_workspace(controller: SessionController, url: str, home: Path) -> Workspace:
    """What `open_connected` gives the controller, pointed at `url` (no pages: faster)."""
    store = Store(home / "store.sqlite")
    settings = settings_for(url)
    engine = SyncEngine(store, settings, password=PASSWORD, data_dir=home, retry=FAST_RETRY)
    ws = Workspace(
        data_dir=home, store=store, settings=settings, engine=engine, user=CurrentUser(USER)
    )
    ws._closers.append(store.close)
    controller.workspace = ws
    return ws


def menu_texts(window: MainWindow) -> list[str]:
    return [a.text().replace("&", "") for a in window.ui.menuFile.actions()]


def test_refresh_everything_sits_beside_sync_now_and_rereads_what_the_cache_holds_wrong(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    controller = SessionController(window, window.settings)
    texts = menu_texts(window)
    at = texts.index(window.ui.actionSyncNow.text().replace("&", ""))
    assert texts[at + 1] == "Refresh everything from 1C" and texts[at + 2] == "Cancel sync"
    assert not controller.sync_actions.cancel_action.isEnabled()  # nothing to cancel yet
    base = seed(tmp_path / "1c.sqlite", clients=4)
    with EmulatorServer(base) as server:
        ws = open_workspace(controller, server.url, tmp_path)
        task = controller.sync_now()
        assert task is not None and controller.sync_actions.cancel_action.isEnabled()
        qtbot.waitUntil(lambda: task.done, timeout=60_000)
        with ws.store.transaction() as s:  # the cache went wrong with 1C's versions unchanged
            s.execute(update(Client).values(name="испорчено"))
        controller.sync_actions.full_action.trigger()
        full = controller.sync_task
        assert full is not None and full is not task
        qtbot.waitUntil(lambda: full.done, timeout=60_000)
        with ws.store.session() as s:
            assert "испорчено" not in {c.name for c in s.scalars(select(Client))}
        assert not controller.sync_actions.cancel_action.isEnabled()
        clean = Store(tmp_path / "clean.sqlite")
        engine = SyncEngine(clean, settings_for(server), password=PASSWORD, data_dir=tmp_path)
        assert engine.run().ok
        assert snapshot(clean) == snapshot(ws.store)
        clean.close()
        ws.close()


def test_a_sync_held_by_the_command_line_is_retried_and_said(
    qtbot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    controller = SessionController(window, window.settings)
    base = seed(tmp_path / "1c.sqlite", clients=4)
    with EmulatorServer(base) as server:
        ws = open_workspace(controller, server.url, tmp_path)
        cli = SyncLock(tmp_path / LOCK_FILE)
        cli.acquire()  # as `wholesale-desk sync` holds it (the same lock across processes)
        try:
            task = controller.sync_now()
            assert task is not None
            qtbot.waitUntil(lambda: task.done, timeout=30_000)
            assert "Another sync with 1C is running" in window.statusBar().currentMessage()
            status = window.sync_status  # what the user sees: the window waits to sync
            assert status.in_progress and status.ui.stageLabel.text().startswith("Another sync")
            assert controller.sync_actions.retry_timer.isActive()
        finally:
            cli.release()
        controller.sync_actions.retry_timer.setInterval(10)
        controller.sync_actions.retry_timer.start()
        qtbot.waitUntil(lambda: controller.sync_task is not task, timeout=5_000)
        again = controller.sync_task
        assert again is not None
        qtbot.waitUntil(lambda: again.done, timeout=60_000)
        assert ws.engine.last_sync_at() is not None  # the retry did sync
        ws.close()


def test_cancel_and_quit_with_1c_silent_stop_at_once_and_log_nothing_dead(
    qtbot, window: MainWindow, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:  # type: ignore[no-untyped-def]
    controller = SessionController(window, window.settings)
    base = seed(tmp_path / "1c.sqlite", clients=4)
    with EmulatorServer(base) as server, FaultyProxy(server.url, rate=0.0) as proxy:
        ws = open_workspace(controller, proxy.url, tmp_path)
        proxy.hang()  # 1C answers nothing, ever
        task = controller.sync_now()
        assert task is not None and proxy.wait_for(1, timeout=30)
        controller.sync_actions.cancel_action.trigger()
        qtbot.waitUntil(lambda: task.done, timeout=5_000)  # not 5 attempts × 120 s
        assert "Sync cancelled" in window.statusBar().currentMessage()
        # quitting while a sync waits on a silent 1C: the workers stop within the wait
        caplog.set_level(logging.INFO)
        task = controller.sync_now()
        assert task is not None and proxy.wait_for(2, timeout=30)
        assert operations.shutdown(5000)
        proxy.release()
        qtbot.wait(200)
        assert "Signal source has been deleted" not in caplog.text
        ws.close()
