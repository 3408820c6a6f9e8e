"""Import with a review: the file is read off the GUI thread (progress, cancel), then a dialog shows
what was recognised (contact, sections, entries, bullets; the "Unsorted" lines highlighted) beside
the text extracted from the file, and Apply replaces the document's content as ONE undo step.

PDF, Word and text files are reviewed (their structure is guessed); JSON Resume and .mlresume files
are structured already and apply at once, as before. ``ImportFlow.finished(ok)`` still reports the
end of the read (ok: a result is ready, shown for review or applied); ``reviewClosed(applied)``
reports the user's answer. ``install_import_review(window)`` puts this flow in place of the plain one.
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, Signal
from PySide6.QtWidgets import QWidget

from ..formats.errors import ReadError
from ..model import Resume
from .commands import ReplaceResume
from .import_flow import ImportFlow

REVIEWED = ("pdf", "docx", "text")  # readers whose structure is a guess worth reviewing


# -- reading (worker thread) -----------------------------------------------------------------------
def content_kind(path: str) -> str:
    """The reader a file's content calls for ("pdf", "docx", "text", "json", "" when unknown)."""
    from ..formats import sniff

    try:
        return sniff.sniff(path).reader
    except OSError:
        return ""


def source_text(path: str, kind: str, cancel: threading.Event | None = None) -> str:
    """The text of the file as the importer saw it, one line per source line ("" if unavailable).

    Text files are decoded here; PDF and Word lines are extracted again in the sandboxed child
    process (the file passed its checks in the structured read just before).
    """
    from ..formats.sandbox import run_reader

    try:
        if kind == "text":
            from mlresume_gui.formats.reading.text import decode

            return decode(Path(path).read_bytes())
        target = {"pdf": "reading.pdf:read_lines", "docx": "reading.word:read_lines"}.get(kind)
        if target is None:
            return ""
        lines = run_reader(target, path, description=f"{kind.upper()} file", cancel=cancel)
        return "\n".join(ln.text for ln in lines if ln.text.strip())
    except (ReadError, OSError, ValueError):
        return ""


class _Signals(QObject):
    progress = Signal(int)
    done = Signal(object, object, str)  # Resume or None, source text (None: no review), error


class ReviewReadJob(QRunnable):
    """Reads a file (``read_document`` with progress and cancel), then its source text for review."""

    def __init__(self, path: str) -> None:
        super().__init__()
        self.path = path
        self.signals = _Signals()
        self.cancel = threading.Event()

    def run(self) -> None:
        from ..formats.registry import read_document

        kind = content_kind(self.path)
        review = kind in REVIEWED
        scale = 80 if review else 100
        try:
            resume = read_document(self.path, cancel=self.cancel,
                                   progress=lambda f: self.signals.progress.emit(int(f * scale)))
        except ReadError as exc:
            self.signals.done.emit(None, "", str(exc))
            return
        except Exception as exc:  # never let a worker die silently
            self.signals.done.emit(None, "", f"{self.path}: cannot read ({type(exc).__name__})")
            return
        text = source_text(self.path, kind, self.cancel) if review else ""
        self.signals.progress.emit(100)
        self.signals.done.emit(resume, text if review else None, "")


# -- the flow ------------------------------------------------------------------------------------------
class ReviewedImportFlow(ImportFlow):
    """The window's import flow with real progress, a cancel that stops the reader, and the review."""

    reviewClosed = Signal(bool)  # applied?

    def __init__(self, doc: Any, files: object, window: QWidget | None = None) -> None:
        super().__init__(doc, files, window)
        self.review: Any = None  # the open ImportReviewDialog

    def import_file(self, path: str, as_document: bool = False) -> None:
        if self._job is not None:
            return
        self._path, self._as_document = path, as_document
        job = ReviewReadJob(path)
        job.signals.done.connect(self._reviewed_done, Qt.ConnectionType.QueuedConnection)
        self._start(job, path, job.signals.progress)

    def cancel(self) -> None:
        job = self._job
        if isinstance(job, ReviewReadJob):
            job.cancel.set()  # the sandbox kills the reading child at once
        self._job = None  # its result, if one is on its way, is thrown away
        self._close_progress()
        self.finished.emit(False)

    def _reviewed_done(self, resume: Resume | None, source: str | None, error: str) -> None:
        if self._stale():
            return  # the result of a read that was cancelled
        if source is None or resume is None:
            self._done(resume, error)  # structured files and errors: the plain flow
            return
        self._job = None
        self._close_progress()
        self.show_review(resume, source, self._path)
        self.finished.emit(True)

    def show_review(self, resume: Resume, source: str, path: str) -> Any:
        """Open the review (window-modal, not blocking); Apply pushes one ReplaceResume."""
        from .import_review_dialog import ImportReviewDialog

        dialog = ImportReviewDialog(resume, source, path, self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        as_document = self._as_document
        dialog.accepted.connect(lambda: self._apply_reviewed(resume, path, as_document))
        dialog.rejected.connect(lambda: self.reviewClosed.emit(False))
        dialog.destroyed.connect(lambda *_a: setattr(self, "review", None))
        self.review = dialog
        dialog.open()
        return dialog

    def _apply_reviewed(self, resume: Resume, path: str, as_document: bool = False) -> None:
        if as_document:  # File > Open, Open Recent, Finder: a new untitled document
            self.files.load_read(resume, path)  # type: ignore[attr-defined]
        else:
            self.doc.push(ReplaceResume(self.doc, resume, f"Import {Path(path).name}"))
        self.reviewClosed.emit(True)


def install_import_review(window: Any) -> ReviewedImportFlow:
    """Replace the window's plain import flow by the reviewed one (same entry point, same signals)."""
    flow = ReviewedImportFlow(window.doc, window.files, window)
    old = window.importer
    window.importer = flow
    if old is not None and not old.busy:
        old.deleteLater()
    return flow


def start_with_import(window: Any, path: str) -> None:
    """``mlresume resume.pdf``: an empty untitled document named after the file, then the import
    (progress and review) through the window's one entry point; a cancelled or failed import falls
    back to the usual start document (the last one, else the sample)."""
    from . import settings

    window.ensure_tools()
    window.doc.setProperty("untitled_name", f"{Path(path).stem} (imported)")
    window.doc.load(Resume(), None)
    flow = window.importer

    def fall_back() -> None:
        if window.doc.resume.is_empty() and not window.doc.is_dirty:
            last = settings.get("files/last")
            if not (last and Path(last).is_file() and window.files.open_path(last, ask=False)):
                window.files.open_sample()

    def read_over(ok: bool) -> None:
        flow.finished.disconnect(read_over)
        if not ok:
            fall_back()
        elif isinstance(flow, ReviewedImportFlow) and flow.review is not None:
            flow.review.rejected.connect(fall_back)

    flow.finished.connect(read_over)
    window.import_file(path)
    if not flow.busy:  # refused at once
        flow.finished.disconnect(read_over)
        fall_back()


def is_importable_start_file(path: str) -> bool:
    """True for a file the start should import (PDF, Word, text) rather than open as a document."""
    from .files import is_reviewed_import

    return is_reviewed_import(path)


__all__ = ["ReviewedImportFlow", "install_import_review", "is_importable_start_file", "source_text",
           "start_with_import"]
