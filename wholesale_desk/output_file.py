"""Writing a file the user named (`--out`, Save as…): atomic for documents, harmless for devices.

A regular file (or a new name) is written through a temporary file renamed over it, so a reader
never sees half a file and a failed write leaves the old one. Anything else — `/dev/null`, a
terminal, a named pipe — is written in place: renaming over it would swap a device for a regular
file (run as an administrator, that breaks the machine). `-` means standard output.
"""

from __future__ import annotations

import errno
import os
import stat
import sys
import tempfile
from pathlib import Path

from wholesale_desk.i18n import QT_TRANSLATE_NOOP, Text, UserError, text

CTX = "OutputFile"
STDOUT = "-"


class OutputError(UserError, OSError):
    """The named output cannot be written; `bad_input` when the name itself is the problem.

    An `OSError` too, so callers that caught the bare OS failure before still catch it."""

    def __init__(self, message: Text, *, bad_input: bool) -> None:
        super().__init__(message)
        self.bad_input = bad_input


def is_stdout(path: Path | str | None) -> bool:
    return path is not None and str(path) == STDOUT


def check_target(path: Path | str) -> None:
    """Say in words, before any work is done, why `path` cannot be written (or return).

    Missing folders are fine when they can be made (`write_output` makes them)."""
    if is_stdout(path):
        return
    target = Path(path).expanduser()
    folder = _nearest_existing(target.parent)
    if target.is_dir():
        source = QT_TRANSLATE_NOOP("OutputFile", "{path} is a folder: give a file name")
    elif not folder.is_dir():
        source = QT_TRANSLATE_NOOP("OutputFile", "{folder} is not a folder")
    elif _is_regular_or_new(target) and not os.access(folder, os.W_OK | os.X_OK):
        source = QT_TRANSLATE_NOOP("OutputFile", "The folder {folder} may not be written to")
    elif target.exists() and not os.access(target, os.W_OK):
        source = QT_TRANSLATE_NOOP("OutputFile", "{path} may not be written to")
    else:
        return
    raise OutputError(text(CTX, source, path=str(path), folder=str(folder)), bad_input=True)


def _nearest_existing(folder: Path) -> Path:
    """`folder` or its closest ancestor that exists (a file there is reported as such)."""
    while not folder.exists() and folder.parent != folder:
        folder = folder.parent
    return folder


def _is_regular_or_new(target: Path) -> bool:
    try:
        return stat.S_ISREG(target.stat().st_mode)
    except FileNotFoundError:
        return True


def write_output(path: Path | str, data: bytes, *, durable: bool = True) -> None:
    """Write `data` to `path`: a regular file atomically (its folder made if missing), a device
    or pipe in place, `-` to standard output."""
    if is_stdout(path):
        sys.stdout.flush()
        sys.stdout.buffer.write(data)
        sys.stdout.buffer.flush()
        return
    target = Path(path).expanduser()
    try:
        if _is_regular_or_new(target):
            target.parent.mkdir(parents=True, exist_ok=True)
            _replace(target, data, durable=durable)
        else:
            with open(target, "wb") as handle:
                handle.write(data)
    except OSError as exc:
        raise write_error(target, exc) from exc


def _replace(target: Path, data: bytes, *, durable: bool) -> None:
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=target.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            if durable:
                os.fsync(handle.fileno())
        os.chmod(tmp, _mode_for(target))
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _mode_for(target: Path) -> int:
    """The mode the file had, or what a plain `open()` would give a new one (0666 − umask)."""
    try:
        return stat.S_IMODE(target.stat().st_mode)
    except FileNotFoundError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask


def write_error(target: Path, exc: OSError) -> OutputError:
    """An OS failure to write `target`, in words (a full disk, no rights, a missing folder)."""
    if exc.errno == errno.ENOSPC:
        source = QT_TRANSLATE_NOOP("OutputFile", "The disk is full: {path} was not written")
        return OutputError(text(CTX, source, path=str(target)), bad_input=False)
    if isinstance(exc, PermissionError):
        source = QT_TRANSLATE_NOOP("OutputFile", "{path} may not be written to")
    elif isinstance(exc, IsADirectoryError):
        source = QT_TRANSLATE_NOOP("OutputFile", "{path} is a folder: give a file name")
    elif isinstance(exc, FileNotFoundError | NotADirectoryError):
        source = QT_TRANSLATE_NOOP("OutputFile", "The folder {folder} does not exist")
    else:
        source = QT_TRANSLATE_NOOP("OutputFile", "{path} could not be written: {error}")
    message = text(CTX, source, path=str(target), folder=str(target.parent), error=exc.strerror)
    return OutputError(message, bad_input=True)
