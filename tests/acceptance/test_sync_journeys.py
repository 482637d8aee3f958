"""Sync as a manager meets it in the demo window: refresh everything from 1C from the File menu,
a command-line sync holding the lock (the window says so and tries again), Cancel."""

from __future__ import annotations

from desk import Desk
from sqlalchemy import select, update

from wholesale_desk.gui import operations
from wholesale_desk.models import Client, SyncRun
from wholesale_desk.sync.engine import LOCK_FILE
from wholesale_desk.sync.lock import SyncLock


def file_menu(desk: Desk) -> list[str]:
    return [a.text().replace("&", "") for a in desk.window.ui.menuFile.actions()]


def test_refresh_everything_from_the_file_menu_rereads_the_cache(desk: Desk) -> None:
    texts = file_menu(desk)
    at = texts.index(desk.window.ui.actionSyncNow.text().replace("&", ""))
    assert texts[at + 1 : at + 3] == ["Refresh everything from 1C", "Cancel sync"]
    store = desk.workspace.store
    with store.transaction() as s:  # the cache went wrong, 1C's versions unchanged
        s.execute(update(Client).values(name="испорчено"))
    desk.controller.sync_actions.full_action.trigger()
    desk.wait_until(lambda: desk.controller.syncing, 5_000)
    desk.wait_for_sync(180_000)
    with store.session() as s:
        names = set(s.scalars(select(Client.name)))
        assert "испорчено" not in names and len(names) > 100
        last = s.scalars(select(SyncRun).order_by(SyncRun.id.desc())).first()
        assert last is not None and last.status == "ok"
    assert "Synced" in desk.window.sync_status.ui.lastSyncLabel.text()


def test_a_command_line_sync_holding_the_lock_is_said_and_retried(desk: Desk) -> None:
    cli = SyncLock(desk.workspace.data_dir / LOCK_FILE)
    cli.acquire()  # as `wholesale-desk sync` from a scheduler holds it
    try:
        desk.window.ui.actionSyncNow.trigger()
        desk.wait_until(
            lambda: "Another sync with 1C is running" in desk.window.statusBar().currentMessage()
        )
        assert desk.controller.sync_actions.retry_timer.isActive()
        stage = desk.window.sync_status.ui.stageLabel
        assert stage.isVisible() and stage.text().startswith("Another sync with 1C is running")
        desk.screenshot("sync-busy")
    finally:
        cli.release()
    runs = _runs(desk)
    desk.controller.sync_actions.retry_timer.setInterval(50)
    desk.controller.sync_actions.retry_timer.start()
    desk.wait_until(lambda: _runs(desk) > runs)
    desk.wait_for_sync()
    assert desk.controller.sync_task is not None and desk.controller.sync_task.done


def test_cancel_sync_from_the_file_menu_stops_the_sync(desk: Desk) -> None:
    cancel = desk.controller.sync_actions.cancel_action
    assert not cancel.isEnabled()
    runs = _runs(desk)
    desk.controller.sync_actions.full_action.trigger()  # a long one
    desk.wait_until(lambda: _runs(desk) > runs, 10_000)  # it is running
    assert cancel.isEnabled()
    cancel.trigger()
    desk.wait_until(lambda: not desk.controller.syncing, 5_000)
    with desk.workspace.store.session() as s:
        last = s.scalars(select(SyncRun).order_by(SyncRun.id.desc())).first()
        assert last is not None and last.status == "cancelled"
    desk.settle()
    assert not cancel.isEnabled()
    assert not desk.window.sync_status.in_progress  # the status bar is not left "syncing"
    assert "Sync cancelled" in desk.window.statusBar().currentMessage()
    desk.screenshot("sync-cancelled")
    assert operations.shutdown(5000)


def _runs(desk: Desk) -> int:
    with desk.workspace.store.session() as s:
        return len(s.scalars(select(SyncRun.id)).all())
