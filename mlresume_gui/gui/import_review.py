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

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QWidget

from ..formats.errors import ReadError
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


class ReviewReadJob(ReadJob):
    """Reads a file (``read_document`` with progress and cancel), then its source text for review.

    Its payload is ``(resume, source)``; ``source`` is None for files applied without review.
    """

    def __init__(self, path: str, serial: int, relay: ReadRelay) -> None:
        super().__init__(path, serial, relay)
        self.cancel = threading.Event()

    def read(self) -> Any:
        from ..formats.registry import read_document

        kind = content_kind(self.path)
        review = kind in REVIEWED
        scale = 80 if review else 100
        resume = read_document(self.path, cancel=self.cancel,
                               progress=lambda f: self.report_progress(int(f * scale)))
        text = source_text(self.path, kind, self.cancel) if review else None
        return resume, text


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
        if payload is None or payload[1] is None:  # errors and structured files: the plain flow
            super().handle_result(payload if payload is None else payload[0], error)
            return
        resume, source = payload
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


__all__ = ["ReviewedImportFlow", "install_import_review", "is_importable_start_file", "source_text",
           "start_with_import"]
