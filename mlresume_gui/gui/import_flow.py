"""Importing a file into the open document: read off the GUI thread, with progress and cancel, and
applied as one undo step. Every drop on the window and File > Import... come through ``import_file``.

The import issue extends this flow (review dialog, "Unsorted" section) without changing its entry point.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from ..formats import native
from ..formats.errors import ReadError
from ..model import Resume
from . import dialogs
from .commands import ReplaceResume
from .document import ResumeDocument


class _Signals(QObject):
    done = Signal(object, str)  # Resume or None, error text


class ReadJob(QRunnable):
    """Reads one file with the format registry in a pool thread."""

    def __init__(self, path: str) -> None:
        super().__init__()
        self.path = path
        self.signals = _Signals()

    def run(self) -> None:
        from ..formats.registry import read_document

        try:
            resume = read_document(self.path)
        except ReadError as exc:
            self.signals.done.emit(None, str(exc))
            return
        except Exception as exc:  # never let a worker die silently
            self.signals.done.emit(None, f"{self.path}: cannot read ({type(exc).__name__})")
            return
        self.signals.done.emit(resume, "")


class ImportFlow(QObject):
    """Runs imports one at a time; ``finished(ok)`` after each (also when cancelled or failed)."""

    finished = Signal(bool)

    def __init__(self, doc: ResumeDocument, files: object, window: QWidget | None = None) -> None:
        super().__init__(window)
        self.doc, self.files, self.window = doc, files, window
        self.pool = QThreadPool(self)
        self._job: ReadJob | None = None
        self._progress: QProgressDialog | None = None
        self._path = ""
        self._as_document = False

    @property
    def busy(self) -> bool:
        return self._job is not None

    def import_file(self, path: str, as_document: bool = False) -> None:
        """Read ``path`` in the background; native files open as the document, others replace its
        content as one undoable step, or, with ``as_document`` (File > Open of a PDF, Word or text
        file), become a new untitled document (the caller has asked about unsaved changes)."""
        if self._job is not None:
            return
        self._path, self._as_document = path, as_document
        job = ReadJob(path)
        job.signals.done.connect(self._done, Qt.ConnectionType.QueuedConnection)
        self._start(job, path)

    def _start(self, job: QRunnable, path: str, progress_signal: Any = None) -> None:
        """Run ``job`` in the pool behind a cancellable progress dialog (busy, or 0-100 fed by
        ``progress_signal``)."""
        job.setAutoDelete(False)
        self._job = job  # type: ignore[assignment]
        maximum = 100 if progress_signal is not None else 0
        progress = QProgressDialog(f"Reading {Path(path).name}…", "Cancel", 0, maximum, self.window)
        progress.setWindowTitle("Import")
        progress.setMinimumDuration(300)
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.canceled.connect(self.cancel)
        if progress_signal is not None:
            progress_signal.connect(progress.setValue, Qt.ConnectionType.QueuedConnection)
        self._progress = progress
        self.pool.start(job)

    def cancel(self) -> None:
        """Stop waiting: the result of the running read is thrown away when it arrives."""
        self._job = None
        self._close_progress()
        self.finished.emit(False)

    def _close_progress(self) -> None:
        if self._progress is not None:
            self._progress.reset()
            self._progress.deleteLater()
            self._progress = None

    def _stale(self) -> bool:
        """True in a slot called by a job that is no longer the running one (it was cancelled)."""
        sender = self.sender()
        return sender is not None and (self._job is None or sender is not self._job.signals)

    def _done(self, resume: Resume | None, error: str) -> None:
        if self._stale():
            return
        self._job = None
        self._close_progress()
        if resume is None:
            dialogs.show_error(self.window, "Cannot import", error)
            self.finished.emit(False)
            return
        self.apply(resume, self._path)
        self.finished.emit(True)

    def apply(self, resume: Resume, path: str) -> None:
        if Path(path).suffix.lower() == native.EXTENSION:
            if self.files.maybe_save():  # type: ignore[attr-defined]
                self.files.load_read(resume, path)  # type: ignore[attr-defined]
            return
        if self._as_document:
            self.files.load_read(resume, path)  # type: ignore[attr-defined]
            return
        self.doc.push(ReplaceResume(self.doc, resume, f"Import {Path(path).name}"))

    def wait(self, ms: int = 10000) -> None:
        self.pool.waitForDone(ms)
