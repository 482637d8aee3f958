"""How a command ends: one line in the user's language and an exit status, never a traceback.

Exit statuses: 0 done, 1 the operation failed (the store, a file, the disk, 1C), 2 bad input
(arguments, a path that cannot be written, a date out of range). Commands may return other
codes of their own (sync: 3 cancelled, 4 credentials refused). Anything unexpected is written to
the log with its traceback and said in one line that names the log.
"""

from __future__ import annotations

import errno
import logging
import os
import sys
from collections.abc import Callable
from typing import Any

from sqlalchemy.exc import DBAPIError

from wholesale_desk import paths
from wholesale_desk.i18n import UserError
from wholesale_desk.output_file import OutputError
from wholesale_desk.translations import Cli

log = logging.getLogger(__name__)

DONE, FAILED, BAD_INPUT, INTERRUPTED = 0, 1, 2, 130


class BadInput(UserError):
    """The command line itself is wrong (a value out of range, a file that is not an image)."""


def run(command: Callable[[Any], int], args: Any) -> int:
    """Run `command(args)`; turn every expected failure into one line on stderr and a status."""
    try:
        code = int(command(args))
        sys.stdout.flush()
        return code
    except BrokenPipeError:
        return _reader_went_away()
    except KeyboardInterrupt:
        _say(Cli.tr("interrupted"))
        return INTERRUPTED
    except Exception as exc:
        if isinstance(exc, OSError) and exc.errno == errno.EPIPE:
            return _reader_went_away()
        message, code = explain(exc)
        _say(message)
        return code


def explain(exc: BaseException) -> tuple[str, int]:
    """The user's words for `exc` and the exit status it deserves."""
    if isinstance(exc, OutputError):
        return str(exc.message), BAD_INPUT if exc.bad_input else FAILED
    if isinstance(exc, BadInput):
        return str(exc.message), BAD_INPUT
    if isinstance(exc, UserError):
        return str(exc.message), FAILED
    if isinstance(exc, DBAPIError):
        from wholesale_desk.store import store_error

        return str(store_error(paths.store_path(), exc).message), FAILED
    if isinstance(exc, OSError):
        return _os_error(exc), FAILED
    if isinstance(exc, OverflowError):
        return Cli.tr("a date or number is out of range ({error})").format(error=exc), BAD_INPUT
    return _unexpected(exc), FAILED


def _os_error(exc: OSError) -> str:
    where = exc.filename if exc.filename is not None else ""
    reason = exc.strerror or str(exc)
    if exc.errno == errno.ENOSPC:
        return Cli.tr("the disk is full ({path})").format(path=where)
    if isinstance(exc, PermissionError):
        return Cli.tr("no permission to use {path}").format(path=where)
    if isinstance(exc, FileNotFoundError):
        return Cli.tr("{path} does not exist").format(path=where)
    return Cli.tr("{path}: {reason}").format(path=where, reason=reason)


def _unexpected(exc: BaseException) -> str:
    """A bug: the traceback goes to the log (if one can be written), the user gets one line."""
    try:
        from wholesale_desk.logging_setup import setup_logging

        where = str(setup_logging())
        log.error("command failed", exc_info=exc)
    except Exception:  # no log folder either: the line below still says what happened
        where = "-"
    return Cli.tr("unexpected failure ({kind}); the details are in the log {path}").format(
        kind=type(exc).__name__, path=where
    )


def _say(message: str) -> None:
    line = " ".join(message.split())
    try:
        print(Cli.tr("error: {message}").format(message=line), file=sys.stderr, flush=True)
    except (OSError, ValueError):
        pass  # stderr is gone too: the status says it


def _reader_went_away() -> int:
    """`… | head` closed the pipe: stop quietly; stdout goes nowhere so the exit flush is silent."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError):
        pass
    return FAILED
