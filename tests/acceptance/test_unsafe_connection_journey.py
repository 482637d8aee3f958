"""A company whose 1C certificate is not checked (`connect --insecure`) is marked in red in the
window's status bar, in the user's language, and the mark is gone once checking is back on."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

pytest.importorskip("desk", reason="the acceptance fixture (tests/acceptance/conftest.py)")

from wholesale_desk import workspace


def _checks(verify: bool):  # type: ignore[no-untyped-def]
    def set_verify(home: Path) -> None:
        path = workspace.demo_dir(home) / "connection.json"
        saved = json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}
        saved["verify_tls"] = verify
        path.write_text(json.dumps(saved), encoding="utf-8")

    return set_verify


def test_an_unchecked_certificate_is_marked_in_red_until_checking_is_back(open_desk) -> None:
    desk = open_desk(language="ru", before_start=_checks(False))
    mark = desk.window.unsafe_connection
    assert desk.workspace.settings.insecure
    assert mark.isVisible() and mark.text() == "Небезопасное подключение"
    assert "не проверяется" in mark.toolTip()
    assert mark.palette().color(mark.backgroundRole()).red() > 150
    desk.screenshot("unsafe-connection", desk.window)

    again = open_desk(language="en", before_start=_checks(True))
    assert not again.window.unsafe_connection.isVisible()
