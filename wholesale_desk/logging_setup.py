"""The app's log: a rotating file in `<data folder>/logs/`, with secrets scrubbed.

Users send this file with bug reports, so it must never contain a password or an auth header,
whatever a caller formats into a message.
"""

from __future__ import annotations

import logging
import re
from logging.handlers import RotatingFileHandler
from pathlib import Path

from wholesale_desk import paths

LOG_FILE_NAME = "wholesale-desk.log"
MAX_BYTES = 1_000_000
BACKUP_COUNT = 5
_FORMAT = "%(asctime)s %(levelname)-7s %(threadName)s %(name)s: %(message)s"

_SECRET_PATTERNS = (
    # password=..., "password": "...", passwd: ..., pwd=...
    re.compile(
        r"""(?P<key>["']?(?:password|passwd|pwd|пароль)["']?\s*[:=]\s*)(?P<value>"[^"]*"|'[^']*'|\S+)""",
        re.IGNORECASE,
    ),
    # Authorization: Basic dXNlcjpwYXNz / Bearer ...
    re.compile(r"(?P<key>\b(?:Basic|Bearer)\s+)(?P<value>[A-Za-z0-9+/=._-]{6,})"),
    # http://user:secret@host
    re.compile(r"(?P<key>://[^/\s:@]+:)(?P<value>[^@\s/]+)(?=@)"),
)


def redact(message: str) -> str:
    """Replace anything that looks like a password or credential with `***`."""
    for pattern in _SECRET_PATTERNS:
        message = pattern.sub(lambda m: m.group("key") + "***", message)
    return message


class SecretFilter(logging.Filter):
    """Scrubs the fully formatted message (and traceback text) of every record."""

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        cleaned = redact(message)
        if cleaned != message:
            record.msg, record.args = cleaned, None
        return True


class _RedactingFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        return redact(super().format(record))


class _PrivateRotatingFileHandler(RotatingFileHandler):
    """A rotating log whose files only their owner may read (0600 on POSIX)."""

    def _open(self):  # type: ignore[no-untyped-def]
        paths.private_file(Path(self.baseFilename), create=True)
        return super()._open()


def log_file() -> Path:
    """Where the current log file lives (the folder is created on demand)."""
    return paths.log_dir() / LOG_FILE_NAME


def setup_logging(level: int = logging.INFO, *, console: bool = False) -> Path:
    """Attach the rotating file handler to the root logger once; returns the log file path.

    Calling it again (tests, a second window) does not add a second handler; it re-targets the
    handler when the data folder has changed.
    """
    path = log_file()
    root = logging.getLogger()
    for handler in list(root.handlers):
        if getattr(handler, "_wholesale_desk", False):
            if Path(getattr(handler, "baseFilename", "")) == path:
                root.setLevel(min(root.level or level, level))
                return path
            root.removeHandler(handler)
            handler.close()
    file_handler = _PrivateRotatingFileHandler(
        path, maxBytes=MAX_BYTES, backupCount=BACKUP_COUNT, encoding="utf-8", delay=True
    )
    file_handler._wholesale_desk = True  # type: ignore[attr-defined]
    file_handler.setFormatter(_RedactingFormatter(_FORMAT))
    file_handler.addFilter(SecretFilter())
    root.addHandler(file_handler)
    if console:
        stream = logging.StreamHandler()
        stream._wholesale_desk = True  # type: ignore[attr-defined]
        stream.setFormatter(_RedactingFormatter(_FORMAT))
        stream.addFilter(SecretFilter())
        root.addHandler(stream)
    root.setLevel(level)
    return path
