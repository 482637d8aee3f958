"""The status-bar sync area, driven through the slots the sync controller uses."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import Qt

from wholesale_desk.gui.sync_status import SyncStatusWidget
from wholesale_desk.i18n import QT_TRANSLATE_NOOP, text

NOW = datetime(2026, 3, 5, 12, 0, tzinfo=UTC)


@pytest.fixture
def status(qtbot) -> SyncStatusWidget:
    widget = SyncStatusWidget(clock=lambda: NOW)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def test_before_any_sync_it_says_never_synced_and_hides_the_rest(status):
    assert status.ui.lastSyncLabel.text() == "Never synced"
    assert not status.ui.progressBar.isVisible()
    assert not status.ui.pendingLabel.isVisible()
    assert not status.ui.connectionLabel.isVisible()


def test_online_and_offline(status):
    status.set_online(True)
    assert "Online" in status.ui.connectionLabel.text()
    status.set_online(False)
    assert "Offline" in status.ui.connectionLabel.text()
    assert status.ui.connectionLabel.isVisible()


def test_time_since_the_last_sync(status):
    status.set_last_synced(NOW - timedelta(seconds=20))
    assert status.ui.lastSyncLabel.text() == "Synced just now"
    status.set_last_synced(NOW - timedelta(minutes=7))
    assert status.ui.lastSyncLabel.text() == "Synced 7 min ago"
    three_days = NOW - timedelta(days=3)
    status.set_last_synced(three_days)
    local = three_days.astimezone()
    assert status.ui.lastSyncLabel.text() == f"Synced on {local:%d.%m.%Y} {local:%H:%M}"


def test_progress_shows_stage_and_counts_then_hides(status):
    stage = text("Sync", QT_TRANSLATE_NOOP("Sync", "Pulling clients"))
    status.set_progress(stage, 120, 500)
    assert status.ui.progressBar.isVisible()
    assert status.ui.progressBar.maximum() == 500
    assert status.ui.progressBar.value() == 120
    assert status.ui.stageLabel.text() == "Pulling clients: 120 of 500"
    assert not status.ui.syncNowButton.isEnabled()

    status.set_progress("Counting changes")
    assert status.ui.progressBar.maximum() == 0  # busy: amount unknown
    assert status.ui.stageLabel.text() == "Counting changes"

    status.finish_progress()
    status.set_last_synced(NOW)
    assert not status.ui.progressBar.isVisible()
    assert status.ui.syncNowButton.isEnabled()
    assert status.ui.lastSyncLabel.text() == "Synced just now"


def test_a_failed_sync_says_so_until_the_next_success(status):
    status.set_progress("Pushing orders", 1, 3)
    status.set_sync_failed("1C answered 503")
    assert status.ui.lastSyncLabel.text().endswith("Last sync failed</span>")
    assert status.ui.lastSyncLabel.toolTip() == "1C answered 503"
    assert not status.ui.progressBar.isVisible()
    status.set_last_synced(NOW)
    assert status.ui.lastSyncLabel.text() == "Synced just now"


def test_pending_changes_count_in_english(translations, status):
    translations.apply("en")
    status.set_pending_changes(1)
    assert status.ui.pendingLabel.text() == "1 change not sent to 1C"
    status.set_pending_changes(3)
    assert status.ui.pendingLabel.isVisible()
    assert status.ui.pendingLabel.text() == "3 changes not sent to 1C"
    status.set_pending_changes(0)
    assert not status.ui.pendingLabel.isVisible()


def test_sync_now_button_asks_for_a_sync(qtbot, status):
    with qtbot.waitSignal(status.syncNowRequested):
        qtbot.mouseClick(status.ui.syncNowButton, Qt.MouseButton.LeftButton)


@pytest.mark.parametrize(
    ("count", "expected"),
    [
        (1, "1 изменение не отправлено в 1С"),
        (3, "3 изменения не отправлены в 1С"),
        (5, "5 изменений не отправлено в 1С"),
        (21, "21 изменение не отправлено в 1С"),
    ],
)
def test_russian_plurals_for_pending_changes(russian, status, count, expected):
    status.set_pending_changes(count)
    assert status.ui.pendingLabel.text() == expected


def test_russian_status_texts(russian, status):
    status.set_online(False)
    status.set_last_synced(NOW - timedelta(minutes=7))
    assert "Нет связи" in status.ui.connectionLabel.text()
    assert status.ui.lastSyncLabel.text() == "Синхронизировано 7 мин назад"
    assert status.ui.syncNowButton.text() == "Синхронизировать сейчас"
