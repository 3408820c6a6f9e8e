"""Import with a review: the file is read off the GUI thread (progress, cancel), then a dialog shows
the source with every line marked where it went beside the recognised structure, lets the user fix
what was misread, and Apply replaces the document's content as ONE undo step.

The review shows the reader's own placements (an ImportResult) when the reader makes them, and
otherwise placements derived from the source lines (formats/reading/placement_match.py).

PDF, Word and text files are reviewed (their structure is guessed); JSON Resume and .mlresume files
are structured already and apply at once, as before. ``ImportFlow.finished(ok)`` still reports the
end of the read (ok: a result is ready, shown for review or applied); ``reviewClosed(applied)``
reports the user's answer. ``install_import_review(window)`` puts this flow in place of the plain one.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QWidget

from ..formats.errors import ReadError
from ..formats.reading.placement import ImportResult
from ..model import Resume
from .import_commands import ImportResume
from .import_flow import ImportFlow, ReadJob, ReadRelay

REVIEWED = ("pdf", "docx", "text")  # readers whose structure is a guess worth reviewing


# -- reading (worker thread) -----------------------------------------------------------------------
def content_kind(path: str) -> str:
    """The reader a file's content calls for ("pdf", "docx", "text", "json", "" when unknown)."""
    from ..formats import sniff

    try:
        return sniff.sniff(path).reader
    except OSError:
        return ""


@dataclass
class Reading:
    """What the review shows: the reader's result with every line's placement, and PDF page sizes."""

    result: ImportResult
    pages: list[tuple[float, float]] = field(default_factory=list)


def review_source(path: str, cancel: threading.Event | None = None) -> tuple[list, list, Any]:
    """The source lines, page sizes and (when the reader makes one) the reader's own ImportResult,
    read in the sandboxed child process (the file passed its checks in the read just before);
    empty when the source cannot be read again."""
    from ..formats.sandbox import run_reader

    try:
        return run_reader("reading.source_lines:review_source", path, description="file", cancel=cancel)
    except (ReadError, OSError, ValueError):
        return [], [], None


class ReviewReadJob(ReadJob):
    """Reads a file (``read_document`` with progress and cancel), then what its review shows.

    Its payload is a :class:`Reading` for PDF, Word and text files, the Resume for the others.
    """

    def __init__(self, path: str, serial: int, relay: ReadRelay) -> None:
        super().__init__(path, serial, relay)
        self.cancel = threading.Event()

    def read(self) -> Any:
        from ..formats.reading.source_lines import review_reading
        from ..formats.registry import read_document

        review = content_kind(self.path) in REVIEWED
        scale = 70 if review else 100
        resume = read_document(self.path, cancel=self.cancel,
                               progress=lambda f: self.report_progress(int(f * scale)))
        if not review:
            return resume
        lines, pages, reader = review_source(self.path, self.cancel)
        self.report_progress(90)
        return Reading(review_reading(resume, lines, reader), pages)


# -- the flow ------------------------------------------------------------------------------------------
class ReviewedImportFlow(ImportFlow):
    """The window's import flow with real progress, a cancel that stops the reader, and the review."""

    reviewClosed = Signal(bool)  # applied?
    REPORTS_PROGRESS = True

    def __init__(self, doc: Any, files: object, window: QWidget | None = None) -> None:
        super().__init__(doc, files, window)
        self.review: Any = None  # the open ImportReviewDialog

    def make_job(self, path: str, serial: int) -> ReadJob:
        return ReviewReadJob(path, serial, self.relay)

    def stop_job(self, job: ReadJob | None) -> None:
        if isinstance(job, ReviewReadJob):
            job.cancel.set()  # the sandbox kills the reading child at once

    def handle_result(self, payload: Any, error: str) -> None:
        if not isinstance(payload, Reading):  # errors and structured files: the plain flow
            super().handle_result(payload, error)
            return
        self.show_review(payload, self._path)
        self.finished.emit(True)

    def show_review(self, reading: Reading, path: str) -> Any:
        """Open the review (window-modal, not blocking); Apply pushes the corrected resume as one
        ImportResume."""
        from .import_review_dialog import ImportReviewDialog

        dialog = ImportReviewDialog(reading.result, reading.pages, path, self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        as_document = self._as_document
        dialog.accepted.connect(lambda: self._apply_reviewed(dialog.reading.resume, path, as_document))
        dialog.rejected.connect(lambda: self.reviewClosed.emit(False))
        dialog.destroyed.connect(lambda *_a: setattr(self, "review", None))
        self.review = dialog
        dialog.open()
        return dialog

    def _apply_reviewed(self, resume: Resume, path: str, as_document: bool = False) -> None:
        if as_document:  # File > Open, Open Recent, Finder: a new untitled document
            self.files.load_read(resume, path)  # type: ignore[attr-defined]
        else:
            self.doc.push(ImportResume(self.doc, resume, path))
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


__all__ = ["Reading", "ReviewedImportFlow", "install_import_review", "is_importable_start_file",
           "review_source", "start_with_import"]
