"""``mlresume FILE`` for a PDF, Word or text file: the start path imports it (progress, review) and
the window survives, run after run, whatever order the read's reports and the dialogs' own event
processing take. The progress dialog shows at once here, so its modal ``setValue`` processes
events while results arrive (the path that used to delete the dialog under its own feet)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QProgressDialog, QPushButton

from mlresume_gui.gui import app as start
from mlresume_gui.gui import import_flow

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "import"
FILES = ["qt_sidebar_left.pdf", "docx_sidebar.docx", "lo_odt_classic.pdf", "docx_styles.docx"]


class _EagerProgress(QProgressDialog):
    """The import's progress dialog, shown without the usual grace period."""

    def setMinimumDuration(self, ms: int) -> None:
        super().setMinimumDuration(0)


@pytest.fixture
def eager_progress(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(import_flow, "QProgressDialog", _EagerProgress)


def _open_like_the_command_line(qtbot: Any, spell: Any, path: Path) -> Any:
    from mlresume_gui.gui.main_window import MainWindow

    window = MainWindow(spell=spell, with_panel=False)
    qtbot.addWidget(window)
    start.open_initial(window, str(path))  # before the window is shown, as run() does
    window.show()
    run_event_loop_until(lambda: window.importer.review is not None and window.importer.review.isVisible())
    return window


def run_event_loop_until(done: Callable[[], bool], timeout_s: float = 30.0) -> None:
    """Run the application's own event loop (``exec``, as ``mlresume`` does) until ``done()``."""
    app = QApplication.instance()
    deadline = time.monotonic() + timeout_s
    timer = QTimer()
    timer.setInterval(10)
    timer.timeout.connect(lambda: (done() or time.monotonic() > deadline) and app.exit(0))
    timer.start()
    app.exec()
    timer.stop()
    assert done(), "timed out"


def settle(seconds: float) -> None:
    end = time.monotonic() + seconds
    run_event_loop_until(lambda: time.monotonic() > end)


@pytest.mark.usefixtures("eager_progress")
def test_command_line_open_survives_many_runs(qtbot: Any, spell: Any) -> None:
    paths = [FIXTURES / name for name in FILES if (FIXTURES / name).exists()]
    assert paths, "import fixtures missing"
    for run in range(2):
        for path in paths:
            window = _open_like_the_command_line(qtbot, spell, path)
            flow = window.importer
            settle(0.15)  # late progress reports and deferred deletions are delivered now
            assert not flow.busy and not flow.progress_dialog().isVisible()
            if run % 2:
                flow.review.reject()  # falls back to the sample
                assert window.doc.resume.basics.name
            else:
                with qtbot.waitSignal(flow.reviewClosed, timeout=5000):
                    flow.review.accept()
                assert window.doc.resume.basics.name
                assert window.windowTitle().startswith(f"{path.stem} (imported)")
            window.doc.undo_stack.setClean()
            window.close()
            flow.wait()


@pytest.mark.usefixtures("eager_progress")
def test_late_reports_of_a_cancelled_read_reach_nothing(qtbot: Any, spell: Any) -> None:
    """Cancel while the read runs: its progress and result arrive later and change nothing."""
    from mlresume_gui.gui.main_window import MainWindow

    window = MainWindow(spell=spell, with_panel=False)
    qtbot.addWidget(window)
    window.files.open_sample()
    window.ensure_tools()
    window.show()
    flow = window.importer
    for _ in range(4):
        with qtbot.waitSignal(flow.finished, timeout=5000) as done:
            window.import_file(str(FIXTURES / FILES[0]))
            flow.progress_dialog().findChild(QPushButton).click()  # the user cancels at once
        assert done.args == [False] and not flow.busy
        flow.relay.progress.emit(flow._serial, 50)  # a stale report, as a slow worker would send
        flow.relay.done.emit(flow._serial, None, "stale")
        qtbot.wait(50)
        assert flow.review is None and not flow.progress_dialog().isVisible()
        assert window.doc.resume.basics.name == "Maya Okafor" and window.doc.undo_stack.count() == 0
    flow.wait()


@pytest.mark.slow
def test_the_real_command_survives_repeated_opens(tmp_path: Path) -> None:
    """``mlresume FILE`` itself (its own QApplication, panel, event loop), several times over."""
    driver = Path(__file__).with_name("cli_open_driver.py")
    paths = [FIXTURES / name for name in FILES if (FIXTURES / name).exists()]
    env = dict(os.environ, HOME=str(tmp_path), XDG_CONFIG_HOME=str(tmp_path / "config"),
               XDG_DATA_HOME=str(tmp_path / "data"), QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM",
                                                                                     "offscreen"))
    for path in paths:
        run = subprocess.run([sys.executable, str(driver), str(path)], env=env, capture_output=True,
                             text=True, timeout=90)
        assert run.returncode != -signal.SIGSEGV, f"{path.name}: the window crashed"
        assert run.returncode == 0 and "applied" in run.stdout, f"{path.name}: {run.stderr[-500:]}"
