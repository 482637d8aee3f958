"""The status bar of the assembled window tells the truth about syncs: with 1C out of reach, F5
shows the failure (and the time of the last *successful* sync) until a sync succeeds again."""

from __future__ import annotations

import socket
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from wholesale_desk.connection import ConnectionSettings, normalize_url
from wholesale_desk.demo.base import EmulatorBase
from wholesale_desk.demo.company import generate
from wholesale_desk.demo.server import EmulatorServer
from wholesale_desk.gui.main_window import MainWindow
from wholesale_desk.gui.session.controller import SessionController
from wholesale_desk.onec.client import RetryPolicy
from wholesale_desk.store import Store
from wholesale_desk.sync.engine import SyncEngine
from wholesale_desk.workspace import CurrentUser, Workspace

USER, PASSWORD = "Администратор", "demo"
FAST_RETRY = RetryPolicy(attempts=2, base_delay=0.01, max_delay=0.02)


def dead_url() -> str:
    """An address on which nothing listens (a port just released)."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    return normalize_url(f"http://127.0.0.1:{port}/demo")


@pytest.fixture
def session(
    qtbot: QtBot, settings, tmp_path: Path
) -> Iterator[tuple[SessionController, Workspace]]:
    base = EmulatorBase(tmp_path / "1c.sqlite")
    generate(base, "tiny", seed=3)
    server = EmulatorServer(base).start()
    store = Store(tmp_path / "store.sqlite")
    conn = ConnectionSettings(
        url=normalize_url(server.url), user=USER, server_timezone="UTC", history_depth_months=12
    )
    engine = SyncEngine(store, conn, password=PASSWORD, data_dir=tmp_path, retry=FAST_RETRY)
    ws = Workspace(tmp_path, store, conn, engine, CurrentUser(USER, head_of_sales=True))
    window = MainWindow(settings)
    qtbot.addWidget(window)
    controller = SessionController(window, settings)
    window.show()
    controller.attach(ws)
    yield controller, ws
    if controller.sync_task is not None:
        qtbot.waitUntil(lambda: controller.sync_task.done, timeout=60_000)
    server.stop()
    ws.close()
    store.close()


def sync_and_wait(qtbot: QtBot, controller: SessionController) -> None:
    if controller.sync_task is not None:
        qtbot.waitUntil(lambda: controller.sync_task.done, timeout=60_000)
    with qtbot.waitSignal(controller.syncFinished, timeout=60_000):
        controller.window.ui.actionSyncNow.trigger()  # what F5 does


def test_failed_sync_stays_visible_until_a_sync_succeeds(qtbot, session):
    controller, ws = session
    status = controller.window.sync_status
    label = status.ui.lastSyncLabel
    qtbot.waitUntil(
        lambda: controller.sync_task is not None and controller.sync_task.done, timeout=60_000
    )
    assert label.text().startswith("Synced"), label.text()
    assert "Online" in status.ui.connectionLabel.text()

    good_url = ws.engine.settings.url
    ws.engine.settings.url = dead_url()
    sync_and_wait(qtbot, controller)
    assert "Sync failed: 1C cannot be reached" in label.text()
    assert "last successful sync" in label.text()
    assert "Offline" in status.ui.connectionLabel.text()
    assert "could not be reached" in label.toolTip()

    # The sync log says the same in words; 1C's technical text is the cell's tooltip.
    log = controller.show_sync_log()
    assert log is not None
    assert log.table.item(0, 2).text() == "failed: 1C cannot be reached"
    assert log.table.item(0, 4).text().startswith("There is no network")
    assert "could not be reached" in log.table.item(0, 4).toolTip()
    log.reject()

    # Pressing F5 again while 1C is still away: still the failure, never "Synced …".
    sync_and_wait(qtbot, controller)
    assert "Sync failed" in label.text()

    ws.engine.settings.url = good_url
    sync_and_wait(qtbot, controller)
    assert label.text().startswith("Synced"), label.text()
    assert "Online" in status.ui.connectionLabel.text()


def test_a_failure_from_before_the_window_opened_is_shown_at_once(qtbot, settings, tmp_path):
    store = Store(tmp_path / "store.sqlite")
    conn = ConnectionSettings(url=dead_url(), user=USER, server_timezone="UTC")
    engine = SyncEngine(store, conn, password=PASSWORD, data_dir=tmp_path, retry=FAST_RETRY)
    assert engine.run().cause is not None  # the last sync (say, from the CLI) failed
    ws = Workspace(tmp_path, store, conn, engine, CurrentUser(USER))
    window = MainWindow(settings)
    qtbot.addWidget(window)
    controller = SessionController(window, settings)
    controller.timer.stop()
    controller.workspace = ws
    controller._show_status()
    assert "Sync failed: 1C cannot be reached" in window.sync_status.ui.lastSyncLabel.text()
    ws.close()
    store.close()
