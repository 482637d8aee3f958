"""The 1C password: in an encrypted OS keyring, or — where there is none — in memory for this
session only.

Never on disk in plain text, never in the store, settings or logs. Only keyrings that encrypt
are accepted (Windows Credential Manager, macOS Keychain, Secret Service, KWallet): the common
`keyrings.alt` fallbacks keep the password in a file as plain text or base64, and using one
while saying "stored in the system keyring" would be a lie. `keyring_available()` tells the UI
whether to show "your password will be asked again next time" (the honest fallback), and
`refused_backend()` names a keyring that was found but not trusted.
"""

from __future__ import annotations

import logging
import threading

import keyring
import keyring.errors
from keyring.backend import KeyringBackend

log = logging.getLogger(__name__)

SERVICE = "WholesaleDesk/1C"

ENCRYPTED_BACKENDS = frozenset(
    {
        "keyring.backends.Windows.WinVaultKeyring",
        "keyring.backends.macOS.Keyring",
        "keyring.backends.SecretService.Keyring",
        "keyring.backends.libsecret.Keyring",
        "keyring.backends.kwallet.DBusKeyring",
        "keyring.backends.kwallet.DBusKeyringKWallet4",
    }
)
"""Backends (module.Class) that keep secrets encrypted by the OS; every other one is refused."""

_memory: dict[str, str] = {}
_lock = threading.Lock()


def _name(backend: KeyringBackend) -> str:
    return f"{type(backend).__module__}.{type(backend).__name__}"


def _candidates() -> list[KeyringBackend]:
    """The configured backend, or the chain's members in priority order."""
    try:
        chosen = keyring.get_keyring()
    except Exception:  # a broken backend configuration must not stop the app
        return []
    chained = getattr(chosen, "backends", None)
    if isinstance(chained, list | tuple):
        return list(chained)
    return [chosen]


def _backend() -> KeyringBackend | None:
    """The encrypted keyring to use, or None (fail/null backends, or only plaintext ones)."""
    for candidate in _candidates():
        if _name(candidate) in ENCRYPTED_BACKENDS and getattr(candidate, "priority", 1) > 0:
            return candidate
    return None


def refused_backend() -> str | None:
    """The name of a keyring that exists but keeps passwords unencrypted (None if none)."""
    if _backend() is not None:
        return None
    for candidate in _candidates():
        name = _name(candidate)
        if "fail" not in name and "null" not in name.lower() and "chainer" not in name:
            return name
    return None


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
