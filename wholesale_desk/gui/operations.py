"""Background operations (Anki's word; CRM tasks are `services.tasks`): slow work off the GUI
thread, `Operation(parent, op=..., success=...).run()`.

Shaped like Anki's QueryOp. The op runs on a worker thread and receives a `Progress` to report
stages and check for cancellation; its result or exception comes back on the GUI thread.
Database ops (`kind="db"`, the default) run one at a time on a single long-lived worker thread,
so SQLite is never used from two threads at once; network ops (`kind="network"`) run in parallel.
Never touch widgets inside an op.

    Operation(self, op=lambda progress: clients.search(store, text), success=self.show_clients).run()

    Operation(self, op=sync.run, success=self.on_synced, kind="network")
        .failure(self.on_sync_failed)
        .with_progress(self.tr("Synchronising with 1C"), cancellable=True)
        .run()
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from typing import Any, Generic, Literal, TypeVar

import shiboken6
from PySide6.QtCore import (
    QCoreApplication,
    QObject,
    QRunnable,
    Qt,
    QThreadPool,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from wholesale_desk.gui.texts import render
from wholesale_desk.i18n import Text, UserError

log = logging.getLogger(__name__)

T = TypeVar("T")
Kind = Literal["db", "network"]

PROGRESS_POLL_MS = 100
"""How often the GUI looks at an op's progress: ops may report as often as they like."""
PROGRESS_DIALOG_DELAY_MS = 400
"""A progress dialog appears only for ops slower than this, so quick ones don't flash."""


class Cancelled(Exception):
    """Raised by `Progress.check_cancelled()`; a cancelled op calls neither success nor failure."""


class Progress:
    """Handed to the op: report what it is doing, and stop when the user cancels.

    Thread-safe; `update` only records the latest state, the GUI polls it.
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._cancel = threading.Event()
        self._state: tuple[Text | str, int, int] = ("", 0, 0)
        self._version = 0

    def update(self, stage: Text | str = "", done: int = 0, total: int = 0) -> None:
        """Report the current stage and `done` of `total` items (`total=0`: unknown amount)."""
        with self._lock:
            self._state = (stage, done, total)
            self._version += 1

    def snapshot(self) -> tuple[int, tuple[Text | str, int, int]]:
        with self._lock:
            return self._version, self._state

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def check_cancelled(self) -> None:
        """Raise `Cancelled` if the user asked to stop; call it between units of work."""
        if self._cancel.is_set():
            raise Cancelled


_pools: dict[str, QThreadPool] = {}


def pool(kind: Kind) -> QThreadPool:
    """The thread pool for a kind of work; "db" has exactly one thread that never expires."""
    if kind not in _pools:
        thread_pool = QThreadPool()
        if kind == "db":
            thread_pool.setMaxThreadCount(1)
            # One and the same thread for every db op: SQLite connections may be thread-bound.
            thread_pool.setExpiryTimeout(-1)
        else:
            thread_pool.setMaxThreadCount(max(4, QThreadPool.globalInstance().maxThreadCount()))
        _pools[kind] = thread_pool
    return _pools[kind]


_running: set[Operation[Any]] = set()


def running_operations() -> list[Operation[Any]]:
    return list(_running)


def shutdown(timeout_ms: int = 5000) -> bool:
    """Cancel every running task and wait for the workers; call on quit. True if all stopped."""
    for task in list(_running):
        task.cancel()
    return all(p.waitForDone(timeout_ms) for p in _pools.values())


class _Signals(QObject):
    """Lives on the GUI thread; the worker emits, so delivery is queued onto the GUI thread."""

    succeeded = Signal(object)
    failed = Signal(object)
    cancelled = Signal()


class _Runner(QRunnable):
    def __init__(
        self, op: Callable[[Progress], Any], progress: Progress, signals: _Signals
    ) -> None:
        super().__init__()
        self.setAutoDelete(False)
        self._op, self._progress, self._signals = op, progress, signals

    def run(self) -> None:
        try:
            if self._progress.cancelled:
                raise Cancelled
            result = self._op(self._progress)
        except Cancelled:
            self._signals.cancelled.emit()
        except Exception as exc:  # every failure must reach the GUI
            self._signals.failed.emit(exc)
        else:
            self._signals.succeeded.emit(result)


class Operation(QObject, Generic[T]):
    """One background operation and what to do with its outcome on the GUI thread."""

    progressChanged = Signal(str, int, int)
    finished = Signal()

    def __init__(
        self,
        parent: QWidget | QObject | None,
        *,
        op: Callable[[Progress], T],
        success: Callable[[T], Any] | None = None,
        kind: Kind = "db",
    ) -> None:
        super().__init__()  # no Qt parent: the Operation outlives a closed window until its op ends
        self._parent = parent
        self._op = op
        self._success = success
        self._failure: Callable[[BaseException], Any] | None = None
        self._on_progress: Callable[[str, int, int], Any] | None = None
        self._on_cancelled: Callable[[], Any] | None = None
        self._label: str | None = None
        self._cancellable = False
        self.kind: Kind = kind
        self.progress = Progress()
        self.progress_dialog: QProgressDialog | None = None
        self._seen_version = 0
        self._signals = _Signals()
        self._signals.succeeded.connect(self._deliver_success, Qt.ConnectionType.QueuedConnection)
        self._signals.failed.connect(self._deliver_failure, Qt.ConnectionType.QueuedConnection)
        self._signals.cancelled.connect(self._deliver_cancelled, Qt.ConnectionType.QueuedConnection)
        self._timer = QTimer(self)
        self._timer.setInterval(PROGRESS_POLL_MS)
        self._timer.timeout.connect(self._poll_progress)
        self._runner: _Runner | None = None
        self.done = False

    def failure(self, callback: Callable[[BaseException], Any]) -> Operation[T]:
        """Handle an exception from the op instead of the default message box."""
        self._failure = callback
        return self

    def on_progress(self, callback: Callable[[str, int, int], Any]) -> Operation[T]:
        """Receive `(stage, done, total)` on the GUI thread, e.g. to drive the status bar."""
        self._on_progress = callback
        return self

    def on_cancelled(self, callback: Callable[[], Any]) -> Operation[T]:
        self._on_cancelled = callback
        return self

    def with_progress(self, label: str | Text, cancellable: bool = False) -> Operation[T]:
        """Show a progress dialog (after a short delay) titled `label`, optionally with Cancel."""
        self._label = render(label)
        self._cancellable = cancellable
        return self

    def run(self) -> Operation[T]:
        """Queue the op; returns self so a caller (or a test) can keep a handle."""
        _running.add(self)
        if self._label is not None:
            self._make_dialog()
        self._timer.start()
        self._runner = _Runner(self._op, self.progress, self._signals)
        pool(self.kind).start(self._runner)
        return self

    # Backwards-friendly alias with Anki's spelling.
    run_in_background = run

    def cancel(self) -> None:
        """Ask the op to stop; it does so at its next `check_cancelled()`."""
        self.progress.cancel()

    # GUI-thread side

    def _parent_widget(self) -> QWidget | None:
        parent = self._parent
        if isinstance(parent, QWidget) and shiboken6.isValid(parent):
            return parent
        return None

    def _parent_alive(self) -> bool:
        return self._parent is None or shiboken6.isValid(self._parent)

    def _make_dialog(self) -> None:
        dialog = QProgressDialog(self._parent_widget())
        dialog.setWindowTitle(self._label or "")
        dialog.setLabelText(self._label or "")
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.setMinimumDuration(PROGRESS_DIALOG_DELAY_MS)
        dialog.setRange(0, 0)
        if self._cancellable:
            dialog.canceled.connect(self.cancel)
        else:
            dialog.setCancelButton(None)
        dialog.setValue(0)
        self.progress_dialog = dialog

    @Slot()
    def _poll_progress(self) -> None:
        dialog = self.progress_dialog
        if dialog is not None and shiboken6.isValid(dialog) and dialog.wasCanceled():
            self.cancel()
        version, (stage, done, total) = self.progress.snapshot()
        if version == self._seen_version:
            return
        self._seen_version = version
        stage_text = render(stage)
        dialog = self.progress_dialog
        if dialog is not None and shiboken6.isValid(dialog):
            label = self._label or ""
            if stage_text:
                label = f"{label}\n{stage_text}" if label else stage_text
            if total > 0:
                label = f"{label} ({done} / {total})"
            dialog.setLabelText(label)
            dialog.setRange(0, max(total, 0))
            dialog.setValue(min(done, total) if total > 0 else 0)
        self.progressChanged.emit(stage_text, done, total)
        if self._on_progress is not None and self._parent_alive():
            self._on_progress(stage_text, done, total)

    def _finish(self) -> None:
        self._poll_progress()
        self._timer.stop()
        dialog = self.progress_dialog
        if dialog is not None and shiboken6.isValid(dialog):
            dialog.reset()
            dialog.hide()
            dialog.deleteLater()
        self.progress_dialog = None
        self._runner = None
        self.done = True
        _running.discard(self)
        self.finished.emit()

    @Slot(object)
    def _deliver_success(self, result: object) -> None:
        self._finish()
        if self.progress.cancelled:
            self._deliver_cancelled_callbacks()
            return
        if self._success is not None and self._parent_alive():
            self._success(result)  # type: ignore[arg-type]

    @Slot(object)
    def _deliver_failure(self, exc: BaseException) -> None:
        self._finish()
        if self._failure is not None:
            if self._parent_alive():
                log.info("Operation failed: %r", exc)
                self._failure(exc)
            return
        show_error(self._parent_widget(), exc)

    @Slot()
    def _deliver_cancelled(self) -> None:
        self._finish()
        self._deliver_cancelled_callbacks()

    def _deliver_cancelled_callbacks(self) -> None:
        log.info("Operation cancelled")
        if self._on_cancelled is not None and self._parent_alive():
            self._on_cancelled()


def error_message(exc: BaseException) -> str:
    """What to tell the user about `exc`: a `UserError`'s own message, else a generic apology."""
    if isinstance(exc, UserError):
        return render(exc.message)
    return QCoreApplication.translate(
        "Operation",
        "Something went wrong: {error}\n\nThe details are in the log file (Help → Open log folder).",
    ).format(error=str(exc) or type(exc).__name__)


def show_error(parent: QWidget | None, exc: BaseException) -> QMessageBox:
    """The default failure handler: log the traceback, show a non-blocking message box."""
    if isinstance(exc, UserError):
        log.info("User error: %s", exc)
    else:
        log.error("Background task failed", exc_info=(type(exc), exc, exc.__traceback__))
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        QCoreApplication.translate("Operation", "Wholesale Desk"),
        error_message(exc),
        QMessageBox.StandardButton.Ok,
        parent,
    )
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box


def wait_all(timeout_s: float = 10.0) -> None:
    """Block (processing events) until no task is running; for tests and orderly shutdown."""
    deadline = time.monotonic() + timeout_s
    while _running and time.monotonic() < deadline:
        QCoreApplication.processEvents()
        time.sleep(0.005)
