"""One sync at a time, across threads and processes: an OS lock on a file in the data folder.

The OS drops the lock when the process dies (even by SIGKILL), so a crash never leaves a stale
lock behind, unlike a "pid file exists" scheme.
"""

from __future__ import annotations

import os
import sys
import threading
from pathlib import Path
from types import TracebackType

_thread_lock = threading.Lock()


class SyncBusy(Exception):
    """Another sync holds the lock."""


class SyncLock:
    def __init__(self, path: Path) -> None:
        self.path = path
        self._fd: int | None = None
        self._thread_held = False

    def acquire(self) -> None:
        if not _thread_lock.acquire(blocking=False):
            raise SyncBusy()
        self._thread_held = True
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
            try:
                _lock_file(fd)
            except OSError as exc:
                os.close(fd)
                raise SyncBusy() from exc
            os.ftruncate(fd, 0)
            os.write(fd, str(os.getpid()).encode())
            self._fd = fd
        except BaseException:
            _thread_lock.release()
            self._thread_held = False
            raise

    def release(self) -> None:
        if self._fd is not None:
            try:
                _unlock_file(self._fd)
            finally:
                os.close(self._fd)
                self._fd = None
        if self._thread_held:
            self._thread_held = False
            _thread_lock.release()

    def __enter__(self) -> SyncLock:
        self.acquire()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.release()


if sys.platform == "win32":  # pragma: no cover - exercised on Windows builds
    import msvcrt

    def _lock_file(fd: int) -> None:
        msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)

    def _unlock_file(fd: int) -> None:
        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _lock_file(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)

    def _unlock_file(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)
