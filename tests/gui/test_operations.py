"""The background-task helper: results on the GUI thread, errors, one db op at a time,
cancellation and progress."""

from __future__ import annotations

import threading
import time

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton, QWidget

from wholesale_desk.gui.operations import Operation, Progress, pool
from wholesale_desk.i18n import QT_TRANSLATE_NOOP, UserError, text


@pytest.fixture
def parent(qtbot) -> QWidget:
    widget = QWidget()
    qtbot.addWidget(widget)
    return widget


def test_op_runs_off_the_gui_thread_and_success_runs_on_it(qtbot, parent):
    seen: dict[str, object] = {}

    def op(progress: Progress) -> int:
        seen["op_thread"] = threading.current_thread()
        return 42

    def success(result: int) -> None:
        seen["result"] = result
        seen["success_thread"] = threading.current_thread()

    task = Operation(parent, op=op, success=success).run()
    qtbot.waitUntil(lambda: task.done, timeout=5000)
    assert seen["result"] == 42
    assert seen["op_thread"] is not threading.main_thread()
    assert seen["success_thread"] is threading.main_thread()


def test_failure_callback_gets_the_exception_on_the_gui_thread(qtbot, parent):
    failures: list[tuple[BaseException, threading.Thread]] = []
    successes: list[object] = []

    def op(progress: Progress) -> None:
        raise ValueError("1C said no")

    task = (
        Operation(parent, op=op, success=successes.append)
        .failure(lambda exc: failures.append((exc, threading.current_thread())))
        .run()
    )
    qtbot.waitUntil(lambda: task.done, timeout=5000)
    assert successes == []
    ((error, thread),) = failures
    assert isinstance(error, ValueError) and str(error) == "1C said no"
    assert thread is threading.main_thread()


def test_default_failure_shows_the_user_error_message(qtbot, parent):
    message = text(
        "Pricing", QT_TRANSLATE_NOOP("Pricing", "No price for {product}"), product="Nails"
    )

    def op(progress: Progress) -> None:
        raise UserError(message)

    Operation(parent, op=op).run()

    def shown_boxes() -> list[QMessageBox]:
        widgets = QApplication.topLevelWidgets()
        return [w for w in widgets if isinstance(w, QMessageBox) and w.isVisible()]

    qtbot.waitUntil(lambda: bool(shown_boxes()), timeout=5000)
    (box,) = shown_boxes()
    assert box.text() == "No price for Nails"
    box.close()


def test_database_ops_never_overlap(qtbot, parent):
    lock = threading.Lock()
    running = 0
    most = 0
    threads: set[int] = set()

    def op(progress: Progress) -> None:
        nonlocal running, most
        with lock:
            running += 1
            most = max(most, running)
        threads.add(threading.get_ident())
        time.sleep(0.05)
        with lock:
            running -= 1

    tasks = [Operation(parent, op=op, kind="db").run() for _ in range(4)]
    qtbot.waitUntil(lambda: all(t.done for t in tasks), timeout=5000)
    assert most == 1
    assert len(threads) == 1, "every db op runs on the one db thread"
    assert pool("db").maxThreadCount() == 1


def test_network_ops_may_run_together(qtbot, parent):
    both_in = threading.Barrier(2, timeout=3)

    def op(progress: Progress) -> bool:
        both_in.wait()  # raises BrokenBarrierError if the ops were serialised
        return True

    results: list[bool] = []
    tasks = [
        Operation(parent, op=op, success=results.append, kind="network").run() for _ in range(2)
    ]
    qtbot.waitUntil(lambda: all(t.done for t in tasks), timeout=5000)
    assert results == [True, True]


def test_cancelled_op_stops_and_calls_neither_success_nor_failure(qtbot, parent):
    started = threading.Event()
    outcome: list[str] = []

    def op(progress: Progress) -> None:
        started.set()
        while True:
            progress.check_cancelled()
            time.sleep(0.01)

    task = (
        Operation(parent, op=op, success=lambda _: outcome.append("success"), kind="network")
        .failure(lambda _: outcome.append("failure"))
        .on_cancelled(lambda: outcome.append("cancelled"))
        .run()
    )
    assert started.wait(5)
    task.cancel()
    qtbot.waitUntil(lambda: task.done, timeout=5000)
    assert outcome == ["cancelled"]


def test_progress_dialog_cancel_button_cancels_the_op(qtbot, parent):
    started = threading.Event()

    def op(progress: Progress) -> None:
        started.set()
        while not progress.cancelled:
            time.sleep(0.01)
        progress.check_cancelled()

    cancelled: list[bool] = []
    task = (
        Operation(parent, op=op, kind="network")
        .with_progress("Loading clients", cancellable=True)
        .on_cancelled(lambda: cancelled.append(True))
        .run()
    )
    assert started.wait(5)
    dialog = task.progress_dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible, timeout=5000)  # slow ops only: after a short delay
    (cancel_button,) = dialog.findChildren(QPushButton)
    qtbot.mouseClick(cancel_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: task.done, timeout=5000)
    assert cancelled == [True]
    assert task.progress_dialog is None


def test_progress_reaches_the_gui_with_stage_and_counts(qtbot, parent):
    reported: list[tuple[str, int, int]] = []
    go_on = threading.Event()

    def op(progress: Progress) -> str:
        progress.update(
            text("Sync", QT_TRANSLATE_NOOP("Sync", "Pulling {what}"), what="orders"), 3, 10
        )
        go_on.wait(5)
        return "done"

    task = (
        Operation(parent, op=op, kind="network")
        .with_progress("Synchronising")
        .on_progress(lambda *args: reported.append(args))
        .run()
    )
    qtbot.waitUntil(lambda: ("Pulling orders", 3, 10) in reported, timeout=5000)
    dialog = task.progress_dialog
    assert dialog is not None
    assert "Pulling orders" in dialog.labelText()
    assert (dialog.value(), dialog.maximum()) == (3, 10)
    go_on.set()
    qtbot.waitUntil(lambda: task.done, timeout=5000)


def test_success_is_skipped_when_the_parent_window_is_gone(qtbot):
    widget = QWidget()
    release = threading.Event()
    called: list[object] = []
    task = Operation(
        widget, op=lambda p: release.wait(5), success=called.append, kind="network"
    ).run()
    widget.deleteLater()
    qtbot.waitUntil(lambda: not _alive(widget))
    release.set()
    qtbot.waitUntil(lambda: task.done, timeout=5000)
    assert called == []


def _alive(widget: QWidget) -> bool:
    import shiboken6

    return shiboken6.isValid(widget)
