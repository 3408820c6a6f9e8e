"""The crash handler: an unexpected exception in a slot or a worker thread is logged, reported in
a dialog the user can copy from, the autosave is flushed, and the program keeps running."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtGui import QGuiApplication

from mlresume_gui.gui import crash


class Shown:
    def __init__(self) -> None:
        self.calls: list[dict[str, Any]] = []


@pytest.fixture
def shown(monkeypatch: pytest.MonkeyPatch, qapp: Any) -> Any:
    record = Shown()

    def fake_show(report: str, type_name: str, note: str, logged: Path | None, fatal: bool) -> None:
        record.calls.append({"report": report, "type": type_name, "note": note, "logged": logged,
                             "fatal": fatal, "thread": threading.current_thread().name})

    monkeypatch.setattr(crash, "show_report", fake_show)
    yield record
    crash.uninstall_crash_handler()


def _boom() -> None:
    raise ValueError("something unexpected")


def test_exception_in_a_slot_is_logged_flushed_reported_and_survived(qtbot: Any, qapp: Any, shown: Shown) -> None:
    flushed: list[int] = []
    crash.install_crash_handler(qapp, flush_callback=lambda: flushed.append(1))
    QTimer.singleShot(0, _boom)
    qtbot.waitUntil(lambda: bool(shown.calls), timeout=3000)
    call = shown.calls[0]
    assert call["type"] == "ValueError" and not call["fatal"]
    assert "something unexpected" in call["report"] and "Traceback" in call["report"]
    assert flushed == [1] and "recovery copy" in call["note"]
    log = crash.log_path()
    assert call["logged"] == log and "ValueError: something unexpected" in log.read_text("utf-8")
    assert log.parent.name == "logs"
    alive: list[bool] = []
    QTimer.singleShot(0, lambda: alive.append(True))  # the event loop still runs
    qtbot.waitUntil(lambda: bool(alive), timeout=3000)


def test_exception_in_a_worker_thread_reaches_the_gui_thread(qtbot: Any, qapp: Any, shown: Shown) -> None:
    crash.install_crash_handler(qapp)
    worker = threading.Thread(target=_boom, name="import-worker")
    worker.start()
    worker.join()
    qtbot.waitUntil(lambda: bool(shown.calls), timeout=3000)
    assert shown.calls[0]["thread"] == threading.main_thread().name
    assert "Thread: import-worker" in shown.calls[0]["report"]
    assert "no autosave" in shown.calls[0]["note"]


def test_exception_in_a_qt_pool_thread_reaches_the_gui_thread(qtbot: Any, qapp: Any, shown: Shown) -> None:
    from PySide6.QtCore import QRunnable, QThreadPool

    class Job(QRunnable):
        def run(self) -> None:
            _boom()

    crash.install_crash_handler(qapp)
    pool = QThreadPool()
    pool.start(Job())
    pool.waitForDone(3000)
    qtbot.waitUntil(lambda: bool(shown.calls), timeout=3000)
    assert shown.calls[0]["thread"] == threading.main_thread().name
    assert shown.calls[0]["type"] == "ValueError"


def test_a_failing_flush_is_reported_not_raised(qapp: Any, shown: Shown) -> None:
    def broken_flush() -> None:
        raise OSError("disk full")

    crash.install_crash_handler(qapp, flush_callback=broken_flush)
    try:
        _boom()
    except ValueError as exc:
        crash.handle(type(exc), exc, exc.__traceback__)
    assert "could not be written (OSError: disk full)" in shown.calls[0]["note"]


def test_repeated_failures_close_the_program(qapp: Any, shown: Shown, monkeypatch: pytest.MonkeyPatch) -> None:
    exits: list[int] = []
    monkeypatch.setattr(type(qapp), "exit", staticmethod(lambda code=0: exits.append(code)))
    crash.install_crash_handler(qapp)
    for _ in range(crash.STORM_COUNT):
        try:
            _boom()
        except ValueError as exc:
            crash.handle(type(exc), exc, exc.__traceback__)
    assert [c["fatal"] for c in shown.calls] == [False] * (crash.STORM_COUNT - 1) + [True]
    assert exits == [70]


def test_dialog_report_can_be_copied(qtbot: Any, tmp_path: Path) -> None:
    dialog = crash.CrashDialog("report text\nline 2", "ValueError", "a recovery copy of the document was saved",
                               tmp_path / "mlresume.log", False)
    qtbot.addWidget(dialog)
    assert "ValueError" in dialog.message.text() and str(tmp_path) in dialog.message.text()
    assert dialog.text.isReadOnly()
    dialog.add("second report")
    dialog.copy_button.click()
    assert QGuiApplication.clipboard().text() == dialog.text.toPlainText()
    assert "second report" in QGuiApplication.clipboard().text()


def test_log_rotates_when_large(qapp: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(crash, "MAX_LOG_BYTES", 100)
    crash.write_log("x" * 200)
    crash.write_log("fresh")
    assert crash.log_path().read_text("utf-8") == "fresh\n"
    assert crash.log_path().with_suffix(".log.1").exists()


def test_window_autosave_is_flushed_on_a_crash(window: Any, qtbot: Any, qapp: Any, shown: Shown) -> None:
    from mlresume_gui.gui.autosave import recovery_file

    flush = getattr(window.autosaver, "flush", window.autosaver.save_now)  # what app.py registers
    crash.install_crash_handler(qapp, flush_callback=flush)
    window.doc.undo_stack.resetClean()  # unsaved changes
    assert window.doc.is_dirty
    QTimer.singleShot(0, _boom)
    qtbot.waitUntil(lambda: bool(shown.calls), timeout=3000)
    window.autosaver.wait()
    assert recovery_file().exists()
    assert window.isVisible()
