"""The demo window as `wholesale-desk --demo` opens it: every section holds its real page."""

from __future__ import annotations

from wholesale_desk.gui.main_window import EmptyStatePage


def test_the_demo_opens_with_every_section_filled_and_synced(desk):
    window = desk.window
    assert window.isVisible()
    assert (window.width(), window.height()) == (1366, 768)
    for key in window.keys():
        assert not isinstance(window.page(key), EmptyStatePage), f"{key} shows its empty state"
    assert desk.workspace.is_demo
    assert desk.workspace.settings.url.startswith("http://127.0.0.1:")
    assert window.sync_status.ui.lastSyncLabel.text() == "Synced just now"
    assert window.sync_status.ui.connectionLabel.text().endswith("Online")
    desk.screenshot("demo-window")


def test_the_russian_demo_speaks_russian(russian_desk):
    window = russian_desk.window
    assert window.windowTitle().endswith("— Wholesale Desk")
    assert window.ui.navigation.item(0).text() == "Клиенты"
    assert window.sync_status.ui.lastSyncLabel.text() == "Синхронизировано только что"
