"""Importing a file into the open document: read off the GUI thread, with progress and cancel, and
applied as one undo step. Every drop on the window and File > Import... come through ``import_file``.

Who owns what (a worker thread must never reach an object the GUI thread may already have deleted):

- jobs report through ONE :class:`ReadRelay` that lives as long as the application (a child of
  the QApplication), tagged with their serial number, never through objects of their own or of a
  window that may close while they run; each flow listens for its own serial;
- jobs run in the global thread pool: no pool is destroyed with a window (a pool's destructor
  waits for its jobs, which would wait for the interpreter the destroying thread holds);
- the flow owns ONE progress dialog for its whole life: it is reset and hidden between imports,
  never deleted while a report may still be on its way to it;
- progress reaches the dialog only through the flow's slot, which drops reports of a job that is
  no longer the running one (finished or cancelled);
- a result that arrives while the modal progress dialog runs its own event processing (inside
  ``QProgressDialog.setValue``) is handled once that call has returned.

``ImportReviewFlow`` (gui/import_review.py) extends this flow with the review, through the same
entry point.
"""

from __future__ import annotations

import contextlib
import itertools
import threading
import time
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, Qt, QThreadPool, QTimer, Signal
from PySide6.QtWidgets import QApplication, QProgressDialog, QWidget
from shiboken6 import isValid

from ..formats import native
from ..formats.errors import ReadError
from ..model import Resume
from . import dialogs
from .document import ResumeDocument
from .import_commands import ImportResume


class ReadRelay(QObject):
    """The signals every read job reports through; one per application, so it outlives the jobs."""

    progress = Signal(int, int)  # job serial, percent
    done = Signal(int, object, str)  # job serial, payload (None on failure), error text


_relay: ReadRelay | None = None
_serials = itertools.count(1)


def relay() -> ReadRelay:
    """The application's read relay (made on first use, a child of the QApplication)."""
    global _relay
    if _relay is None or not isValid(_relay):
        _relay = ReadRelay(QCoreApplication.instance())
    return _relay


class ReadJob(QRunnable):
    """Reads one file in a pool thread and reports through the flow's relay.

    Subclasses override ``read`` (the payload: a Resume here); errors become a one-line reason.
    """

    def __init__(self, path: str, serial: int, relay: ReadRelay) -> None:
        super().__init__()
        self.path, self.serial, self.relay = path, serial, relay
        self.finished = threading.Event()  # set when run() has returned

    def read(self) -> Any:
        from ..formats.registry import read_document

        return read_document(self.path)

    def report_progress(self, percent: int) -> None:
        self._emit(self.relay.progress, self.serial, int(percent))

    def run(self) -> None:
        try:
            payload, error = self.read(), ""
        except ReadError as exc:
            payload, error = None, str(exc)
        except Exception as exc:  # never let a worker die silently
            payload, error = None, f"{self.path}: cannot read ({type(exc).__name__})"
        self._emit(self.relay.done, self.serial, payload, error)
        self.finished.set()

    @staticmethod
    def _emit(signal: Any, *args: object) -> None:
        with contextlib.suppress(RuntimeError):  # the flow and its relay went away with the window
            signal.emit(*args)


class ImportFlow(QObject):
    """Runs imports one at a time; ``finished(ok)`` after each (also when cancelled or failed)."""

    finished = Signal(bool)
    REPORTS_PROGRESS = False  # its jobs report 0-100 (else the dialog shows a busy bar)

    def __init__(self, doc: ResumeDocument, files: object, window: QWidget | None = None) -> None:
        super().__init__(window)
        self.doc, self.files, self.window = doc, files, window
        self.pool = QThreadPool.globalInstance()
        self.relay = relay()
        self.relay.progress.connect(self._progress_changed, Qt.ConnectionType.QueuedConnection)
        self.relay.done.connect(self._job_done, Qt.ConnectionType.QueuedConnection)
        self._serial = 0  # of the last job this flow started
        self._running = 0  # serial of the running job, 0 when idle
        self._job: ReadJob | None = None
        self._dialog: QProgressDialog | None = None
        self._in_set_value = False
        self._path = ""
        self._as_document = False
        app = QApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.shutdown)

    @property
    def busy(self) -> bool:
        return self._running != 0

    def import_file(self, path: str, as_document: bool = False) -> None:
        """Read ``path`` in the background; native files open as the document, others replace its
        content as one undoable step, or, with ``as_document`` (File > Open of a PDF, Word or text
        file), become a new untitled document (the caller has asked about unsaved changes)."""
        if self.busy:
            return
        self._path, self._as_document = path, as_document
        self._serial = next(_serials)
        self._start(self.make_job(path, self._serial), path, self.REPORTS_PROGRESS)

    def make_job(self, path: str, serial: int) -> ReadJob:
        """The job that reads ``path`` (the reviewed flow makes one that also gathers the source)."""
        return ReadJob(path, serial, self.relay)

    # -- progress --------------------------------------------------------------------------------
    def progress_dialog(self) -> QProgressDialog:
        """The flow's one progress dialog (made on first use, reused by every import)."""
        if self._dialog is None:
            dialog = QProgressDialog("", "Cancel", 0, 0, self.window)
            dialog.setObjectName("ImportProgress")
            dialog.setWindowTitle("Import")
            dialog.setMinimumDuration(300)
            dialog.setWindowModality(Qt.WindowModality.WindowModal)
            dialog.setAutoClose(True)
            dialog.setAutoReset(False)  # the flow resets it when the job ends, not the last report
            dialog.canceled.connect(self.cancel)
            dialog.reset()  # a new dialog starts its show timer at once: stop it until a job runs
            dialog.hide()
            self._dialog = dialog
        return self._dialog

    def _start(self, job: ReadJob, path: str, with_progress: bool = False) -> None:
        """Run ``job`` in the pool behind the cancellable progress dialog (busy, or 0-100)."""
        job.setAutoDelete(False)
        self._job, self._running = job, job.serial
        dialog = self.progress_dialog()
        dialog.reset()
        dialog.setLabelText(f"Reading {Path(path).name}…")
        dialog.setRange(0, 100 if with_progress else 0)
        dialog.setValue(0)  # starts the minimum-duration timer: shown only if the read is slow
        self.pool.start(job)

    def _progress_changed(self, serial: int, percent: int) -> None:
        if serial != self._running or self._dialog is None or self._in_set_value:
            return  # a finished or cancelled job, or a report inside the dialog's own processing
        if self._dialog.maximum() == 0:
            return  # busy indicator: no steps to show
        self._in_set_value = True  # setValue of a modal dialog processes events itself
        try:
            self._dialog.setValue(max(0, min(99, percent)))
        finally:
            self._in_set_value = False

    def _stop_progress(self) -> None:
        self._job, self._running = None, 0
        if self._dialog is not None:
            self._dialog.reset()  # hides it and stops its show timer; the dialog is kept

    def cancel(self) -> None:
        """Stop waiting: the result of the running read is thrown away when it arrives."""
        if not self.busy:
            return
        self.stop_job(self._job)
        self._stop_progress()
        self.finished.emit(False)

    def stop_job(self, job: ReadJob | None) -> None:
        """Ask a running job to stop early (the reviewed flow's jobs can)."""

    def shutdown(self) -> None:
        """The application quits: stop the running read and wait for it."""
        if self.busy:
            self.stop_job(self._job)
            self._stop_progress()
            self.wait(5000)

    # -- results -------------------------------------------------------------------------------
    def _job_done(self, serial: int, payload: Any, error: str) -> None:
        if serial != self._running:
            return  # the result of a read that was cancelled
        if self._in_set_value:  # inside the progress dialog's event processing: after it returns
            QTimer.singleShot(0, self, lambda: self._job_done(serial, payload, error))
            return
        self._stop_progress()
        self.handle_result(payload, error)

    def handle_result(self, payload: Any, error: str) -> None:
        """Apply a read's payload (a Resume), or show why it failed; then ``finished``."""
        if payload is None:
            dialogs.show_error(self.window, "Cannot import", error)
            self.finished.emit(False)
            return
        self.apply(payload, self._path)
        self.finished.emit(True)

    def apply(self, resume: Resume, path: str) -> None:
        if Path(path).suffix.lower() == native.EXTENSION:
            if self.files.maybe_save():  # type: ignore[attr-defined]
                self.files.load_read(resume, path)  # type: ignore[attr-defined]
            return
        if self._as_document:
            self.files.load_read(resume, path)  # type: ignore[attr-defined]
            return
        self.doc.push(ImportResume(self.doc, resume, path))

    def wait(self, ms: int = 10000) -> None:
        """Wait until this flow's running read (if any) has returned, at most ``ms``."""
        job = self._job
        deadline = time.monotonic() + ms / 1000
        while job is not None and not job.finished.is_set() and time.monotonic() < deadline:
            job.finished.wait(0.02)
            QCoreApplication.processEvents()
