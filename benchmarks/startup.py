"""Start-up time: from a fresh Python process to the main window on screen.

Starts `wholesale-desk`'s real GUI path (`run_gui`) offscreen in a new process several times,
with a fresh data folder, and prints the median as `startup.window_shown_ms: N`. The time runs
from just before the process is spawned to the moment the window reports itself shown, so it
includes the interpreter, imports, translators, settings and the first event-loop turn.
`startup.process_total_ms` adds quitting; `startup.session_import_ms` is the work deferred until
after the window shows (importing the session controller: store, sync, pages).
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

RUNS = 5
ROOT = Path(__file__).resolve().parents[1]

CHILD = """
import sys, time
from PySide6.QtWidgets import QApplication
from wholesale_desk.gui.app import run_gui

def shown(window):
    window.repaint()  # the first frame is painted, synchronously
    print("shown", window.isVisible(), flush=True)
    QApplication.quit()

sys.exit(run_gui(False, on_shown=shown))
"""


def one_run(home: str) -> tuple[float, float]:
    """Milliseconds to the window shown, and to the process' exit."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", WHOLESALE_DESK_HOME=home)
    start = time.perf_counter()
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        cwd=ROOT,  # the source tree's package, when not installed
    )
    assert child.stdout is not None
    line = child.stdout.readline()
    shown_ms = (time.perf_counter() - start) * 1000
    child.wait(timeout=60)
    exit_ms = (time.perf_counter() - start) * 1000
    if not line.startswith("shown True"):
        raise SystemExit(f"the window did not show (exit code {child.returncode})")
    return shown_ms, exit_ms


SESSION_IMPORT = """
import time
start = time.perf_counter()
import wholesale_desk.gui.session.controller
print(round((time.perf_counter() - start) * 1000))
"""


def session_import_ms() -> int | None:
    """What the window defers until after it is shown: importing the session (store, sync, pages)."""
    result = subprocess.run(
        [sys.executable, "-c", SESSION_IMPORT],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=dict(os.environ, QT_QPA_PLATFORM="offscreen"),
        check=False,
    )
    return int(result.stdout.strip()) if result.returncode == 0 else None


def main() -> int:
    with tempfile.TemporaryDirectory(prefix="wd-bench-startup-") as home:
        one_run(home)  # warm the OS file cache and create the data folder, as a second start
        runs = [one_run(home) for _ in range(RUNS)]
    print(f"startup.window_shown_ms: {round(statistics.median(r[0] for r in runs))}")
    print(f"startup.process_total_ms: {round(statistics.median(r[1] for r in runs))}")
    deferred = session_import_ms()
    if deferred is not None:
        print(f"startup.session_import_ms: {deferred}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
