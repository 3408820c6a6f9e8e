"""Undo commands: one QUndoCommand class per kind of edit of the open document.

Every command changes the model only through ``ResumeDocument``, so the document's signals fire on
redo and on undo alike. Undo and redo (after the first run) ask the editor to focus the changed place.
The commands on bullets (add, remove, move, merge) are in bullet_commands.py.
"""

from __future__ import annotations

import copy
import time
from typing import Any

from PySide6.QtGui import QUndoCommand

from ..model import Bullet, CustomEntry, CustomSection, Resume, new_id
from .document import ResumeDocument

MERGE_GAP_S = 2.0  # typing pauses longer than this start a new undo step


class _Command(QUndoCommand):
    """Base: remembers whether redo already ran once (the live edit) to avoid moving focus then."""

    def __init__(self, doc: ResumeDocument, text: str) -> None:
        super().__init__(text)
        self.doc = doc
        self._ran = False

    def redo(self) -> None:
        self.apply(True)
        if self._ran:
            self.focus(True)
        self._ran = True

    def undo(self) -> None:
        self.apply(False)
        self.focus(False)

    def apply(self, forward: bool) -> None:
        raise NotImplementedError

    def focus(self, forward: bool) -> None:
        """Ask the editor to show where the change was."""


class EditText(_Command):
    """Typing in a text field of an entry, basics or the summary; a burst merges into one step."""

    ID = 1

    def __init__(self, doc: ResumeDocument, key: str, attr: str, old: Any, new: Any,
                 pos_before: int = -1, pos_after: int = -1, label: str = "") -> None:
        super().__init__(doc, f"Typing in {label or attr}")
        self.key, self.attr, self.old, self.new = key, attr, old, new
        self.pos_before, self.pos_after = pos_before, pos_after
        self.burst, self.stamp = doc.burst, time.monotonic()

    def id(self) -> int:
        return self.ID

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not (isinstance(other, EditText) and type(other) is type(self)):
            return False
        if (other.key, other.attr, other.burst) != (self.key, self.attr, self.burst):
            return False
        if other.stamp - self.stamp > MERGE_GAP_S:
            return False
        self.new, self.pos_after, self.stamp = other.new, other.pos_after, other.stamp
        return True

    def apply(self, forward: bool) -> None:
        self.doc.set(self.key, self.attr, self.new if forward else self.old)

    def focus(self, forward: bool) -> None:
        self.doc.request_focus(self.key, self.attr, self.pos_after if forward else self.pos_before)


class EditBulletText(EditText):
    """Typing in a bullet; merges like EditText."""

    ID = 2

    def __init__(self, doc: ResumeDocument, bullet_id: str, old: str, new: str,
                 pos_before: int = -1, pos_after: int = -1) -> None:
        super().__init__(doc, bullet_id, "text", old, new, pos_before, pos_after, "bullet")


class SetValue(_Command):
    """A discrete change of a field: a date, a switch, a number, a list of authors or items."""

    def __init__(self, doc: ResumeDocument, key: str, attr: str, old: Any, new: Any, label: str = "") -> None:
        super().__init__(doc, f"Change {label or attr}")
        self.key, self.attr, self.old, self.new = key, attr, old, new

    def apply(self, forward: bool) -> None:
        self.doc.set(self.key, self.attr, copy.deepcopy(self.new if forward else self.old))

    def focus(self, forward: bool) -> None:
        self.doc.request_focus(self.key, self.attr, -1)


class EditList(EditText):
    """Typing a comma-separated list (skills items, keywords, roles); merges like EditText."""

    ID = 3

    def apply(self, forward: bool) -> None:
        self.doc.set(self.key, self.attr, list(self.new if forward else self.old))


class EditAuthors(SetValue):
    """A change of a publication's author list (add, remove, rename, reorder)."""

    def __init__(self, doc: ResumeDocument, pub_id: str, old: list[str], new: list[str]) -> None:
        super().__init__(doc, pub_id, "authors", list(old), list(new), "authors")


def fresh_ids(obj: Any) -> Any:
    """Give an entry copy (and its bullets) new ids."""
    if hasattr(obj, "id"):
        obj.id = new_id()
    for b in getattr(obj, "bullets", ()):
        b.id = new_id()
    for e in getattr(obj, "entries", ()):
        fresh_ids(e)
    return obj


class StructureEdit(_Command):
    """Base of the edits that add, remove or move items: they announce ``structureChanged``."""

    def apply(self, forward: bool) -> None:
        (self.do if forward else self.undo_)()
        self.doc.structureChanged.emit()

    def do(self) -> None:
        raise NotImplementedError

    def undo_(self) -> None:
        raise NotImplementedError


class AddEntry(StructureEdit):
    """Insert an entry into a section."""

    def __init__(self, doc: ResumeDocument, section: str, index: int, entry: Any, text: str = "Add entry") -> None:
        super().__init__(doc, text)
        self.section, self.index, self.entry = section, index, entry

    def do(self) -> None:
        self.doc.entries(self.section).insert(self.index, self.entry)

    def undo_(self) -> None:
        self.doc.entries(self.section).remove(self.entry)

    def focus(self, forward: bool) -> None:
        self.doc.request_focus(self.entry.id if forward else self.section, "", -1)


class DuplicateEntry(AddEntry):
    """Insert a copy (with new ids) of an entry right after it."""

    def __init__(self, doc: ResumeDocument, section: str, index: int) -> None:
        original = doc.entries(section)[index]
        super().__init__(doc, section, index + 1, fresh_ids(copy.deepcopy(original)), "Duplicate entry")


class RemoveEntry(StructureEdit):
    """Remove an entry from a section."""

    def __init__(self, doc: ResumeDocument, section: str, index: int) -> None:
        super().__init__(doc, "Remove entry")
        self.section, self.index = section, index
        self.entry = doc.entries(section)[index]

    def do(self) -> None:
        self.doc.entries(self.section).remove(self.entry)

    def undo_(self) -> None:
        self.doc.entries(self.section).insert(self.index, self.entry)

    def focus(self, forward: bool) -> None:
        self.doc.request_focus(self.section if forward else self.entry.id, "", -1)


class MoveEntry(StructureEdit):
    """Move an entry to another place in its section."""

    def __init__(self, doc: ResumeDocument, section: str, src: int, dst: int) -> None:
        super().__init__(doc, "Move entry")
        self.section, self.src, self.dst = section, src, dst
        self.entry = doc.entries(section)[src]

    def _move(self, a: int, b: int) -> None:
        lst = self.doc.entries(self.section)
        lst.insert(b, lst.pop(a))

    def do(self) -> None:
        self._move(self.src, self.dst)

    def undo_(self) -> None:
        self._move(self.dst, self.src)

    def focus(self, forward: bool) -> None:
        self.doc.request_focus(self.entry.id, "", -1)


class AddCustomSection(StructureEdit):
    """Add a custom section (a title and entries of bullets)."""

    def __init__(self, doc: ResumeDocument, title: str = "New section", index: int | None = None) -> None:
        super().__init__(doc, "Add section")
        self.section = CustomSection(title=title, entries=[CustomEntry(bullets=[Bullet()])])
        self.index = len(doc.resume.custom) if index is None else index

    def do(self) -> None:
        self.doc.resume.custom.insert(self.index, self.section)

    def undo_(self) -> None:
        self.doc.resume.custom.remove(self.section)
        key = f"custom:{self.section.id}"
        if key in self.doc.resume.section_order:
            self.doc.resume.section_order.remove(key)

    def focus(self, forward: bool) -> None:
        self.doc.request_focus(self.section.id if forward else "resume", "title" if forward else "", -1)


class RemoveCustomSection(StructureEdit):
    """Remove a custom section with its entries."""

    def __init__(self, doc: ResumeDocument, section_id: str) -> None:
        super().__init__(doc, "Remove section")
        self.section = doc.custom_section(section_id)
        self.index = doc.resume.custom.index(self.section)
        self.order = list(doc.resume.section_order)

    def do(self) -> None:
        self.doc.resume.custom.remove(self.section)

    def undo_(self) -> None:
        self.doc.resume.custom.insert(self.index, self.section)
        self.doc.resume.section_order[:] = self.order

    def focus(self, forward: bool) -> None:
        self.doc.request_focus("resume" if forward else self.section.id, "", -1)


class MoveSection(StructureEdit):
    """Move a section (built-in or custom) in the display order."""

    def __init__(self, doc: ResumeDocument, section: str, dst: int) -> None:
        super().__init__(doc, "Move section")
        self.section = section
        self.old = list(doc.resume.section_order)
        order = doc.resume.ordered_sections()
        order.remove(section)
        order.insert(max(0, min(dst, len(order))), section)
        self.new = order

    def do(self) -> None:
        self.doc.resume.section_order[:] = self.new

    def undo_(self) -> None:
        self.doc.resume.section_order[:] = self.old

    def focus(self, forward: bool) -> None:
        self.doc.request_focus(self.section, "", -1)


class ReplaceResume(_Command):
    """Replace the whole content (an import) as one undo step; the path stays."""

    def __init__(self, doc: ResumeDocument, new: Resume, text: str = "Import") -> None:
        super().__init__(doc, text)
        self.old, self.new = doc.resume, new

    def apply(self, forward: bool) -> None:
        self.doc.resume = self.new if forward else self.old
        self.doc.structureChanged.emit()
        self.doc.changed.emit({"resume", "basics"})
        self.doc.targetChanged.emit(self.doc.resume.target or "")

    def focus(self, forward: bool) -> None:
        self.doc.request_focus("basics", "", -1)
