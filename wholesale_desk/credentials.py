"""The 1C password: in the OS keyring, or — where there is none — in memory for this session only.

Never on disk in plain text, never in the store, settings or logs. `keyring_available()` tells
the UI whether to show "your password will be asked again next time" (the honest fallback).
"""

from __future__ import annotations

import logging
import threading

import keyring
import keyring.errors
from keyring.backend import KeyringBackend

log = logging.getLogger(__name__)

SERVICE = "WholesaleDesk/1C"

_memory: dict[str, str] = {}
_lock = threading.Lock()


def _backend() -> KeyringBackend | None:
    """The usable keyring backend, or None when only the fail/null backends exist."""
    try:
        backend = keyring.get_keyring()
    except Exception:  # a broken backend configuration must not stop the app
        return None
    name = f"{type(backend).__module__}.{type(backend).__name__}"
    if "fail" in name or "null" in name.lower() or getattr(backend, "priority", 1) <= 0:
        return None
    return backend


def keyring_available() -> bool:
    """True when passwords survive a restart; False means the in-memory fallback is in use."""
    return _backend() is not None


def _account(url: str, user: str) -> str:
    return f"{user}@{url}"


def save_password(url: str, user: str, password: str) -> bool:
    """Keep the password; returns True if it went to the keyring, False if memory only."""
    account = _account(url, user)
    with _lock:
        _memory[account] = password
    backend = _backend()
    if backend is None:
        return False
    try:
        backend.set_password(SERVICE, account, password)
    except keyring.errors.KeyringError as exc:
        log.warning("keyring refused the password (%s); keeping it for this session", exc)
        return False
    return True


def get_password(url: str, user: str) -> str | None:
    account = _account(url, user)
    with _lock:
        if account in _memory:
            return _memory[account]
    backend = _backend()
    if backend is None:
        return None
    try:
        return backend.get_password(SERVICE, account)
    except keyring.errors.KeyringError as exc:
        log.warning("keyring unreadable (%s)", exc)
        return None


def forget_password(url: str, user: str) -> None:
    """Drop the password (1C refused it, or the user disconnects)."""
    account = _account(url, user)
    with _lock:
        _memory.pop(account, None)
    backend = _backend()
    if backend is None:
        return
    try:
        backend.delete_password(SERVICE, account)
    except keyring.errors.KeyringError:
        pass
