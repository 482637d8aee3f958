"""The window exactly as `wholesale-desk --demo` builds it, for the acceptance journeys.

`desk` starts the app through `wholesale_desk.gui.app.start_gui(demo=True)` (what `run_gui`
runs before its event loop): the same QApplication set-up, settings, translators, main window
and `SessionController`, which starts the demo emulator over real HTTP on 127.0.0.1 and syncs.
The fixture returns once the pages are attached and the first sync is done.

Each test has its own data folder (`WHOLESALE_DESK_HOME`), hence its own settings, log, demo
base and store. Generating the demo company and its first full sync take ~20 s, so they are done
once per test session (the very steps the app takes on a first `--demo` start) and every test
starts from a copy of that `demo` folder, as a user who has opened the demo before.

    def test_something(desk): ...            # English
    def test_something_ru(russian_desk): ... # the Russian UI (the language setting is "ru")
    def test_custom(open_desk): desk = open_desk(language="ru", before_start=...)
"""

from __future__ import annotations

import shutil
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from desk import Desk
from PySide6.QtWidgets import QApplication

from wholesale_desk import paths, workspace
from wholesale_desk import settings_defaults as defaults
from wholesale_desk.gui import app as app_module
from wholesale_desk.gui import operations as tasks
from wholesale_desk.gui.settings import Settings, set_app_settings

WINDOW_SIZE = (1366, 768)
"""The laptop screen the app is designed for."""

OpenDesk = Callable[..., Desk]


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A data folder whose demo company is generated and synced once (as on a first start)."""
    home = tmp_path_factory.mktemp("demo-template")
    ws = workspace.open_demo(home)
    try:
        result = ws.engine.run()
        assert result.ok, f"the demo company's first sync failed: {result.errors}"
    finally:
        ws.close()
    return home


def _copy_demo(template: Path, home: Path, *, synced: bool) -> None:
    source = workspace.demo_dir(template)
    target = workspace.demo_dir(home)
    target.mkdir(parents=True)
    for item in source.iterdir():
        if item.is_file() and (synced or item.name == "emulator.sqlite"):
            shutil.copyfile(item, target / item.name)


@pytest.fixture
def open_desk(
    qtbot, qapp: QApplication, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, demo_template: Path
) -> Iterator[OpenDesk]:
    """Start the demo window the way `wholesale-desk --demo` does; see the module docstring.

    `language`: "en" or "ru" (stored as the user's setting before start, as a user would have
    chosen it). `synced=False` starts from the generated base only, so the first sync is a full
    one. `before_start(home)` may change the data folder (settings, demo base) before start.
    """
    opened: list[Desk] = []
    # Closing the last window must not quit the test's QApplication.
    qapp.setQuitOnLastWindowClosed(False)

    def open_(
        language: str = "en",
        *,
        synced: bool = True,
        before_start: Callable[[Path], None] | None = None,
    ) -> Desk:
        home = tmp_path / f"home{len(opened)}"
        home.mkdir()
        monkeypatch.setenv(paths.HOME_ENV, str(home))
        _copy_demo(demo_template, home, synced=synced)
        Settings(home / defaults.SETTINGS_FILE_NAME).set(defaults.LANGUAGE, language)
        if before_start is not None:
            before_start(home)
        context = app_module.start_gui(demo=True)
        desk = Desk(qtbot, context, home)
        opened.append(desk)
        window = desk.window
        window.resize(*WINDOW_SIZE)
        qtbot.waitExposed(window)
        desk.wait_until(lambda: context.controller is not None, 20_000)
        desk.wait_until(lambda: context.controller and context.controller.pages, 60_000)
        desk.wait_for_sync(120_000 if not synced else 60_000)
        return desk

    yield open_

    for desk in opened:
        _close(desk)
    qapp.setQuitOnLastWindowClosed(True)


def _close(desk: Desk) -> None:
    """Close the window and release the company (emulator, store), then forget the app's set-up."""
    context = desk.context
    for dialog in desk.dialogs():
        dialog.reject()
    tasks.shutdown(10_000)
    tasks.wait_all(10.0)
    if context.window is not None:
        context.window.close()
    context.close_session()
    if context.window is not None:
        context.window.deleteLater()
        context.window = None
    context.controller = None
    context.translations.apply("en")
    app = context.app
    app.removeTranslator(context.translations.app_translator)
    app.removeTranslator(context.translations.qt_translator)
    context.translations.deleteLater()
    context.settings.changed.disconnect()
    if context in app_module._contexts:
        app_module._contexts.remove(context)
    set_app_settings(None)
    QApplication.processEvents()
    shutil.rmtree(workspace.demo_dir(desk.home), ignore_errors=True)


@pytest.fixture
def desk(open_desk: OpenDesk) -> Desk:
    """The English demo window, first sync done."""
    return open_desk("en")


@pytest.fixture
def russian_desk(open_desk: OpenDesk) -> Desk:
    """The demo window in Russian (the user's language setting is "ru"), first sync done."""
    return open_desk("ru")
