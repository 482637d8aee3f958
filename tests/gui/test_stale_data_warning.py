"""Debts come from the last successful sync: when that is older than the user's setting (24 h by
default), the credit banner, the receivables view and the card's debt box say so."""

from __future__ import annotations

import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "services"))
sys.path.insert(0, str(Path(__file__).resolve().parent / "orders"))

from order_world import World, fresh
from test_order_editor import open_editor

from wholesale_desk import settings_defaults, snapshots
from wholesale_desk.gui.clients.card import ClientCardView
from wholesale_desk.gui.receivables.page import ReceivablesPage
from wholesale_desk.gui.settings import Settings
from wholesale_desk.store import Store

WARNING = "Data from 1C is older than"


def synced(store: Store, ago: timedelta) -> None:
    with store.transaction() as session:
        snapshots.mark_taken(session, snapshots.LAST_SYNC, datetime.now(UTC) - ago)


@pytest.fixture
def world(tmp_path: Path) -> World:
    return fresh(tmp_path)


def receivables_text(qtbot: QtBot, store: Store) -> str:
    page = ReceivablesPage(store)
    qtbot.addWidget(page)
    task = page.reload()
    qtbot.waitUntil(lambda: task.done, timeout=10_000)
    return page.ui.totalsLabel.text()


def card_text(qtbot: QtBot, store: Store, client_id: str) -> tuple[str, str]:
    card = ClientCardView(store)
    qtbot.addWidget(card)
    with qtbot.waitSignal(card.loaded, timeout=10_000):
        card.show_client(client_id)
    label = card.ui.receivablesLabel
    return label.text(), label.toolTip()


def test_two_day_old_data_is_flagged_in_all_three_places(qtbot, settings, world):
    synced(world.store, timedelta(hours=49))
    assert WARNING in receivables_text(qtbot, world.store)
    box, tip = card_text(qtbot, world.store, world.client_id)
    assert "may be out of date" in box and WARNING in tip
    editor = open_editor(qtbot, world, world.client_id)
    assert WARNING in editor.ui.creditBanner.text()
    assert "24 h" in editor.ui.creditBanner.text()


def test_fresh_data_carries_no_warning(qtbot, settings, world):
    synced(world.store, timedelta(hours=2))
    assert WARNING not in receivables_text(qtbot, world.store)
    box, tip = card_text(qtbot, world.store, world.client_id)
    assert "out of date" not in box and tip == ""
    editor = open_editor(qtbot, world, world.client_id)
    assert WARNING not in editor.ui.creditBanner.text()


def test_the_limit_is_the_users_setting(qtbot, settings: Settings, world):
    synced(world.store, timedelta(hours=2))
    settings.set(settings_defaults.STALE_AFTER_HOURS, 1)
    assert "older than 1 h" in receivables_text(qtbot, world.store)


def test_russian_warning(qtbot, russian, settings, world):
    synced(world.store, timedelta(days=3))
    assert "Данные из 1С старше 24 ч" in receivables_text(qtbot, world.store)


def test_stale_rule():
    now = datetime(2026, 3, 5, 12, 0, tzinfo=UTC)
    assert snapshots.is_stale(None, 24, now)
    assert not snapshots.is_stale(now - timedelta(hours=24), 24, now)
    assert snapshots.is_stale(now - timedelta(hours=24, seconds=1), 24, now)
    assert snapshots.stale_warning(now - timedelta(hours=1), 24, now) is None
