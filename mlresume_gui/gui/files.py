"""File actions: New, Open, Open Recent, Save, Save As, Revert and the unsaved-changes prompt."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from ..formats import native
from ..formats.errors import ReadError, WriteError
from ..model import Resume
from . import dialogs, settings
from .document import ResumeDocument


def display_name(doc: ResumeDocument) -> str:
    if doc.path:
        return Path(doc.path).name
    return doc.property("untitled_name") or "Untitled"


def read_file(path: str) -> Resume:
    """A document file read for opening: in this process when MLResume wrote exactly these bytes
    (``own_files``), else in the reading sandbox; ReadError with one line when it cannot be read."""
    from .own_files import read_own

    resume = read_own(path)
    if resume is not None:
        return resume
    from ..formats.registry import read_document

    return read_document(path)


REVIEWED_EXTENSIONS = (".pdf", ".docx", ".txt", ".md", ".markdown", ".text")


def is_reviewed_import(path: str) -> bool:
    """True for a file whose structure the importer guesses (PDF, Word, text): it is opened through
    the import flow with a review; .mlresume and JSON Resume files open directly."""
    return Path(path).suffix.lower() in REVIEWED_EXTENSIONS


class FileController(QObject):
    """Opens and saves the document; ``recentChanged`` when the recent list changes."""

    recentChanged = Signal()
    saved = Signal(str)

    def __init__(self, doc: ResumeDocument, parent_widget: QWidget | None = None) -> None:
        super().__init__(parent_widget)
        self.doc, self.window = doc, parent_widget
        # Opens a PDF, Word or text file through the import flow (progress, cancel, review); the
        # window sets it. Without it such files are read here, at once and without review.
        self.import_opener: Callable[[str], None] | None = None
        from .file_watch import DiskGuard

        self.guard = DiskGuard(self)  # changes other programs make to the open file

    # -- reading -------------------------------------------------------------------------------
    def new(self) -> bool:
        if not self.maybe_save():
            return False
        self.doc.setProperty("untitled_name", "Untitled")
        self.doc.load(Resume(), None)
        return True

    def open(self) -> bool:
        folder = settings.get("files/last_dir") or str(Path.home())
        path = dialogs.open_file_name(self.window, folder)
        return bool(path) and self.open_path(path)

    def open_path(self, path: str, *, ask: bool = True) -> bool:
        """Open a file as the document; a ReadError is shown and the open document is kept.

        PDF, Word and text files go to ``import_opener`` when set: True then means the import has
        started (it ends in a review; the document changes only when the user applies it).
        """
        if ask and not self.maybe_save():
            return False
        if self.import_opener is not None and is_reviewed_import(path):
            self.import_opener(path)
            return True
        try:
            resume = read_file(path)
        except ReadError as exc:
            dialogs.show_error(self.window, "Cannot open", str(exc))
            return False
        self.load_read(resume, path)
        return True

    def load_read(self, resume: Resume, path: str) -> None:
        """Make a freshly read file the document (native files keep their path; others are untitled)."""
        full = os.path.abspath(path)
        if Path(path).suffix.lower() == native.EXTENSION:
            self.doc.load(resume, full)
            settings.put("files/last", full)
        else:
            self.doc.setProperty("untitled_name", f"{Path(path).stem} (imported)")
            self.doc.load(resume, None)
        self.add_recent(full)

    def open_sample(self) -> None:
        from ..resources import sample_resume

        self.doc.setProperty("untitled_name", "Sample resume")
        self.doc.load(native.load(sample_resume()), None)

    def revert(self) -> bool:
        if not self.doc.path or not self.doc.is_dirty:
            return False
        if not dialogs.ask_yes_no(self.window, "Revert",
                                  f"Discard every change since “{display_name(self.doc)}” was saved?"):
            return False
        try:
            resume = read_file(self.doc.path)
        except ReadError as exc:
            dialogs.show_error(self.window, "Cannot revert", str(exc))
            return False
        self.doc.load(resume, self.doc.path)
        return True

    # -- writing -------------------------------------------------------------------------------
    def save(self) -> bool:
        if not self.doc.path:
            return self.save_as()
        return self.save_to(self.doc.path)

    def save_as(self) -> bool:
        folder = settings.get("files/last_dir") or str(Path.home())
        suggestion = str(Path(folder) / (Path(display_name(self.doc)).stem.replace(" (imported)", "")
                                         + native.EXTENSION))
        path = dialogs.save_file_name(self.window, suggestion)
        if not path:
            return False
        if not path.endswith(native.EXTENSION):
            path += native.EXTENSION
        return self.save_to(path)

    def save_to(self, path: str) -> bool:
        """Save to ``path``; when another program changed the open file since, the user decides."""
        if not self.guard.allow_write(path):
            return False
        return self.write(path)

    def write(self, path: str) -> bool:
        """Write the document to ``path`` (atomic) and make it the document's file."""
        try:
            native.save(self.doc.resume, path)
        except WriteError as exc:
            dialogs.show_error(self.window, "Cannot save", str(exc))
            return False
        full = os.path.abspath(path)
        self.doc.mark_saved(full)
        settings.put("files/last", full)
        settings.put("files/last_dir", str(Path(full).parent))
        self.add_recent(full)
        self.saved.emit(full)  # the guard stamps the file as written
        from .own_files import remember

        if self.guard.stamp is not None and self.guard.path == full:
            remember(full, self.guard.stamp.digest)
        return True

    def reload_from_disk(self) -> bool:
        """Read the open file again, replacing what is shown (no question: the caller asked)."""
        path = self.doc.path
        if not path:
            return False
        try:
            resume = read_file(path)
        except ReadError as exc:
            dialogs.show_error(self.window, "Cannot reload", str(exc))
            return False
        self.doc.load(resume, path)
        return True

    def maybe_save(self) -> bool:
        """Ask about unsaved changes; False when the user cancels (or saving failed)."""
        if not self.doc.is_dirty:
            return True
        answer = dialogs.ask_save_changes(self.window, display_name(self.doc))
        if answer == "save":
            return self.save()
        return answer == "discard"

    # -- recent files --------------------------------------------------------------------------
    def recent(self) -> list[str]:
        return [p for p in settings.get("files/recent") if p]

    def add_recent(self, path: str) -> None:
        items = [path, *(p for p in self.recent() if p != path)][: settings.get("files/recent_max")]
        settings.put("files/recent", items)
        self.recentChanged.emit()

    def clear_recent(self) -> None:
        settings.put("files/recent", [])
        self.recentChanged.emit()
