"""The undo step of an import: the document's content AND its identity follow the file imported.

After an import the open document is the imported one: an untitled document named after the file
("cv (imported)"), so the window title, the unsaved-changes prompt and the recovery record name it
(also after a second and a third import). Undo brings back the content, the name and the path
the document had before.
"""

from __future__ import annotations

from pathlib import Path

from ..model import Resume
from .commands import ReplaceResume
from .document import ResumeDocument


def imported_name(path: str) -> str:
    """The untitled name of a document imported from ``path``."""
    return f"{Path(path).stem} (imported)"


class ImportResume(ReplaceResume):
    """Replace the whole content with an imported resume and name the document after its file."""

    def __init__(self, doc: ResumeDocument, new: Resume, path: str) -> None:
        super().__init__(doc, new, f"Import {Path(path).name}")
        self.old_path, self.old_name = doc.path, doc.property("untitled_name")
        self.new_name = imported_name(path)

    def apply(self, forward: bool) -> None:
        super().apply(forward)
        self.doc.setProperty("untitled_name", self.new_name if forward else self.old_name)
        self.doc.set_path(None if forward else self.old_path)  # announces the new name too
