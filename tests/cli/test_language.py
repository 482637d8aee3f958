"""The command line speaks Russian to a Russian user, English when asked, JSON the same in both.

Each story runs `wholesale-desk` as a separate process with the user's environment, as a shell
would, against a prepared local store.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from factories import make_client

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "services"))

from order_world import World, build

from wholesale_desk import i18n, translations
from wholesale_desk.i18n import QT_TRANSLATE_NOOP, text
from wholesale_desk.store import Store

ROOT = Path(__file__).resolve().parents[2]
LOCALE_VARIABLES = ("LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE", translations.LANGUAGE_ENV)


@pytest.fixture(scope="module")
def home(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, World]:
    """A store with the pricing world and two clients a manager could both mean by "Берёзка"."""
    folder = tmp_path_factory.mktemp("cli-language")
    store = Store(folder / "store.sqlite")
    world = build(store)
    with store.transaction() as session:
        make_client(session, name="Берёзка Север", inn="7728168971")
        make_client(session, name="Берёзка Юг", inn="7702070139")
    store.close()
    return folder, world


def wholesale_desk(home: Path, *args: str, **env: str) -> subprocess.CompletedProcess[str]:
    clean = {k: v for k, v in os.environ.items() if k not in LOCALE_VARIABLES}
    clean.update(WHOLESALE_DESK_HOME=str(home), PYTHONPATH=str(ROOT), PYTHONIOENCODING="utf-8")
    clean.update(env)
    return subprocess.run(
        [sys.executable, "-m", "wholesale_desk", *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=clean,
        cwd=ROOT,
        timeout=120,
        check=False,
    )


def price_args(world: World) -> list[str]:
    return ["price", "7707083893", "PRF-PN-27", "--qty", "10", "--date", world.today.isoformat()]


def test_a_russian_locale_prices_in_russian(home: tuple[Path, World]) -> None:
    folder, world = home
    done = wholesale_desk(folder, *price_args(world), LANG="ru_RU.UTF-8")
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert lines[0].startswith("Клиент:")
    assert any(line.startswith("Вид цен:") and "Крупный опт" in line for line in lines)
    assert any(line.startswith("Итого:") for line in lines)
    assert "Скидки:" in lines and "соглашение" in done.stdout
    # a date as a Russian reads it; money as before
    assert "Дата:" in done.stdout and world.today.strftime("%d.%m.%Y") in done.stdout
    assert "902,50" in done.stdout
    assert "Client:" not in done.stdout and "Due date" not in done.stdout
    # values line up in one column however long the Russian labels are
    labelled = [line for line in lines if line[:1].isalpha() and not line.endswith(":")]
    columns = {len(line) - len(line.split(":", 1)[1].lstrip()) for line in labelled}
    assert len(columns) == 1


def test_the_variable_overrides_the_locale(home: tuple[Path, World]) -> None:
    folder, world = home
    done = wholesale_desk(folder, *price_args(world), LANG="ru_RU.UTF-8", WHOLESALE_DESK_LANG="en")
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("Client:") and "Due date:" in done.stdout
    assert world.today.isoformat() in done.stdout
    russian = wholesale_desk(
        folder, *price_args(world), LANG="en_US.UTF-8", WHOLESALE_DESK_LANG="ru"
    )
    assert russian.stdout.startswith("Клиент:")


def test_json_is_the_same_in_both_languages(home: tuple[Path, World]) -> None:
    folder, world = home
    ru = wholesale_desk(folder, *price_args(world), "--json", LANG="ru_RU.UTF-8")
    en = wholesale_desk(folder, *price_args(world), "--json", LANG="C")
    assert ru.returncode == en.returncode == 0
    assert ru.stdout == en.stdout
    data = json.loads(ru.stdout)
    assert data["date"] == world.today.isoformat() and data["amount"] == "902.50"


def test_json_problems_stay_english(home: tuple[Path, World]) -> None:
    folder, _world = home
    ru = wholesale_desk(folder, "price", "000001", "NOPRICE-1", "--json", LANG="ru_RU.UTF-8")
    assert any("No price" in p for p in json.loads(ru.stdout)["problems"])


def test_an_ambiguous_client_is_explained_in_russian(
    home: tuple[Path, World], tmp_path: Path
) -> None:
    folder, _world = home
    out = tmp_path / "reminder.pdf"
    ru = wholesale_desk(
        folder, "print", "reminder", "--client", "Берёзка", "--out", str(out), LANG="ru_RU.UTF-8"
    )
    assert ru.returncode == 1
    assert "Под «Берёзка» подходят несколько клиентов" in ru.stderr
    assert "Берёзка Север" in ru.stderr and "Берёзка Юг" in ru.stderr
    assert not out.exists()
    en = wholesale_desk(
        folder, "print", "reminder", "--client", "Берёзка", "--out", str(out), LC_ALL="en_GB.UTF-8"
    )
    assert "Several clients match «Берёзка»" in en.stderr


def test_help_and_usage_errors_in_russian(home: tuple[Path, World]) -> None:
    folder, _world = home
    helped = wholesale_desk(folder, "price", "--help", LANG="ru_RU.UTF-8")
    assert helped.stdout.startswith("использование: wholesale-desk price")
    assert "позиционные аргументы:" in helped.stdout and "параметры:" in helped.stdout
    assert "показать эту справку и выйти" in helped.stdout
    assert "количество (по умолчанию 1)" in helped.stdout
    top = wholesale_desk(folder, "--help", LANG="ru_RU.UTF-8")
    assert "показать версию программы и выйти" in top.stdout
    assert "синхронизировать локальную базу с 1С" in top.stdout
    wrong = wholesale_desk(folder, "price", LANG="ru_RU.UTF-8")
    assert wrong.returncode == 2
    assert "ошибка: не хватает обязательных аргументов: CLIENT, PRODUCT" in wrong.stderr
    english = wholesale_desk(folder, "price", "--help", LANG="C.UTF-8")
    assert english.stdout.startswith("usage: wholesale-desk price") and "options:" in english.stdout


@pytest.mark.parametrize(
    ("n", "form"),
    [
        (0, 2),
        (1, 0),
        (2, 1),
        (4, 1),
        (5, 2),
        (11, 2),
        (12, 2),
        (14, 2),
        (21, 0),
        (22, 1),
        (25, 2),
        (101, 0),
        (111, 2),
    ],
)
def test_russian_plural_rule(n: int, form: int) -> None:
    assert translations.plural_form_ru(n) == form


def test_plural_messages_read_naturally_in_russian() -> None:
    translations.activate("ru")
    waiting = [
        translations.Cli.tr("%n change(s) waiting to go to 1C", "", n)
        for n in (1, 2, 5, 11, 21, 22, 25)
    ]
    assert waiting == [
        "1 изменение ждёт отправки в 1С",
        "2 изменения ждут отправки в 1С",
        "5 изменений ждут отправки в 1С",
        "11 изменений ждут отправки в 1С",
        "21 изменение ждёт отправки в 1С",
        "22 изменения ждут отправки в 1С",
        "25 изменений ждут отправки в 1С",
    ]
    # thousands grouped as the window groups them (a no-break space), not "20000"
    assert translations.Cli.tr("%n change(s) waiting to go to 1C", "", 20001) == (
        "20\u00a0001 изменение ждёт отправки в 1С"
    )
    translations.activate("en")
    assert (
        translations.Cli.tr("%n change(s) waiting to go to 1C", "", 1)
        == "1 change waiting to go to 1C"
    )
    assert (
        translations.Cli.tr("%n change(s) waiting to go to 1C", "", 3)
        == "3 changes waiting to go to 1C"
    )


def test_sync_summary_counts_in_russian() -> None:
    from wholesale_desk.commands.sync import summary

    translations.activate("ru")
    assert summary("ok", 3, 0) == "sync: готово; 3 изменения ждут отправки в 1С"
    assert summary("failed", 1, 5) == (
        "sync: ошибка; 1 изменение ждёт отправки в 1С; 5 строк пропущено, см. журнал синхронизации"
    )
    translations.deactivate()
    assert summary("ok", 1, 0) == "sync: ok; 1 change(s) waiting to go to 1C"


def test_importing_the_core_keeps_messages_english() -> None:
    """Core tests assert English: nothing but an entry point switches the language."""
    message = text("Lookup", QT_TRANSLATE_NOOP("Lookup", "Give a client's name, code or ИНН."))
    assert i18n.active_translator() is None
    assert str(message) == "Give a client's name, code or ИНН."
    translations.activate("ru")
    assert str(message) != message.english() == "Give a client's name, code or ИНН."
    translations.deactivate()
    assert str(message) == "Give a client's name, code or ИНН."


@pytest.mark.parametrize(
    ("environ", "language"),
    [
        ({"LANG": "ru_RU.UTF-8"}, "ru"),
        ({"LC_ALL": "ru_RU.UTF-8", "LANG": "en_US.UTF-8"}, "ru"),
        ({"LC_ALL": "C", "LANG": "ru_RU.UTF-8"}, "en"),
        ({"LC_MESSAGES": "ru_UA.UTF-8"}, "ru"),
        ({"LANG": "de_DE.UTF-8"}, "en"),
        ({"WHOLESALE_DESK_LANG": "ru", "LANG": "en_US.UTF-8"}, "ru"),
        ({"WHOLESALE_DESK_LANG": "en", "LANG": "ru_RU.UTF-8"}, "en"),
        ({"WHOLESALE_DESK_LANG": "fr", "LANG": "ru_RU.UTF-8"}, "ru"),
    ],
)
def test_language_follows_the_variable_then_the_locale(
    environ: dict[str, str], language: str
) -> None:
    if sys.platform == "win32" and not any(k != "WHOLESALE_DESK_LANG" for k in environ):
        pytest.skip("Windows falls back to the user's locale")
    assert translations.choose_language(environ) == language
