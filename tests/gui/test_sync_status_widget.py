"""The status-bar sync area, driven through the slots the sync controller uses."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import Qt

from wholesale_desk.gui.sync_status import SyncStatusWidget
from wholesale_desk.i18n import QT_TRANSLATE_NOOP, text
from wholesale_desk.sync import failure

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


def test_a_failed_sync_says_so_until_a_sync_succeeds(status):
    status.set_last_synced(NOW - timedelta(minutes=7))
    status.set_progress("Pushing orders", 1, 3)
    status.set_sync_failed("1C cannot be reached", "1C at host:1 could not be reached")
    label = status.ui.lastSyncLabel
    assert "Sync failed: 1C cannot be reached" in label.text()
    assert "last successful sync 7 min ago" in label.text()
    assert "1C at host:1 could not be reached" in label.toolTip()
    assert not status.ui.progressBar.isVisible()
    # The controller refreshes the last *successful* time after every run: that must not hide
    # the failure (it did: a failed F5 showed "Synced 7 min ago").
    status.set_last_synced(NOW - timedelta(minutes=7))
    assert "Sync failed" in label.text()
    status.set_progress("Connecting", 0, 0)
    assert "Sync failed" in label.text()
    status.clear_failure()
    status.set_last_synced(NOW)
    assert label.text() == "Synced just now"
    assert label.toolTip() == ""


def test_a_failure_before_any_success_says_there_was_none(status):
    status.set_sync_failed("1C cannot be reached")
    assert "no successful sync yet" in status.ui.lastSyncLabel.text()


def test_russian_failure_text(russian, status):
    status.set_last_synced(NOW - timedelta(minutes=3))
    status.set_sync_failed(failure.summary(failure.Cause.UNREACHABLE))
    text_shown = status.ui.lastSyncLabel.text()
    assert "Синхронизация не удалась: нет связи с 1С" in text_shown
    assert "последняя успешная 3 мин назад" in text_shown


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
