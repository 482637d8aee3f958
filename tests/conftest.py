"""Shared test setup: Qt offscreen, a private data folder per test session, English messages."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("WHOLESALE_DESK_HOME", tempfile.mkdtemp(prefix="wd-test-home-"))
# Tests never touch a real keychain.
os.environ.setdefault("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")
# Tests assert English messages whatever the machine's locale (a CI runner may be Russian); the
# command line's language tests set their own. Forced, not a default: a developer's setting too.
os.environ["WHOLESALE_DESK_LANG"] = "en"


@pytest.fixture(autouse=True)
def _english_core_messages() -> Iterator[None]:
    """`cli.main` activates a catalog for the process: never let it leak into the next test."""
    yield
    from wholesale_desk import translations

    translations.deactivate()
