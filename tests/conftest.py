"""Shared test setup: Qt offscreen, a private data folder per test session."""

from __future__ import annotations

import os
import tempfile

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("WHOLESALE_DESK_HOME", tempfile.mkdtemp(prefix="wd-test-home-"))
# Tests never touch a real keychain.
os.environ.setdefault("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")
