"""The window marks a connection whose certificate is not checked, in red, until it is safe."""

from __future__ import annotations

from dataclasses import dataclass

from wholesale_desk.connection import ConnectionSettings
from wholesale_desk.gui.main_window import MainWindow


@dataclass
class Company:
    """What the window reads of an opened company here: its connection settings."""

    settings: ConnectionSettings


def test_an_unchecked_certificate_shows_a_red_mark_in_the_status_bar(
    qtbot, main_window: MainWindow
) -> None:
    main_window.resize(1366, 768)
    main_window.show()
    qtbot.waitExposed(main_window)
    main_window.attach_session(Company(ConnectionSettings(url="https://h/b/", verify_tls=False)))
    mark = main_window.unsafe_connection
    assert mark.isVisible() and mark.text() == "Unsafe connection"
    assert "not checked" in mark.toolTip()
    assert mark.palette().color(mark.backgroundRole()).red() > 150
    main_window.grab().save("/tmp/store_unsafe_connection.png")

    main_window.attach_session(Company(ConnectionSettings(url="https://h/b/")))
    assert not mark.isVisible()


def test_the_settings_file_is_private_to_its_owner(qapp, tmp_path) -> None:
    import os
    import stat

    from wholesale_desk import settings_defaults as defaults
    from wholesale_desk.gui.settings import Settings

    if os.name != "posix":
        return
    settings = Settings(tmp_path / "settings.ini")
    settings.set(defaults.LANGUAGE, "ru")
    settings.sync()
    assert stat.S_IMODE((tmp_path / "settings.ini").stat().st_mode) == 0o600
    assert "ru" in (tmp_path / "settings.ini").read_text(encoding="utf-8")
