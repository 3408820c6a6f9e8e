"""The open document: the model, its undo stack, its path and whether it has unsaved changes.

Signals other parts listen to (the live panel included):

- ``changed(ids: set[str])``: content of these items changed (entry ids, bullet ids, custom-section ids,
  ``"basics"`` for contact fields, ``"resume"`` for the summary). Emitted on every keystroke.
- ``structureChanged()``: entries, bullets or sections were added, removed or moved.
- ``loaded()``: a whole new model was put in place (open, new, revert, recovery, import).
- ``targetChanged(str)``: the target archetype changed ("" when unset).
- ``focusRequested(item_id, attr, pos)``: undo/redo asks the editor to show a place.
- ``dirtyChanged(bool)`` and ``pathChanged(str)``.
- ``variantChanged(str)``: the variant shown changed, or a variant was created, renamed, deleted or
  edited (id of the variant shown, "" for the base resume); see gui/variants_ui.py.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack
from shiboken6 import isValid

from ..model import SECTION_TYPES, Bullet, Resume, Variant

# Editing keys that are not ids: what they address and which id ``changed`` reports for them.
SPECIAL_KEYS = {"resume": "resume", "basics": "basics", "location": "basics"}


class ResumeDocument(QObject):
    """Model + QUndoStack + path + dirty state; every edit goes through ``push``."""

    changed = Signal(object)
    structureChanged = Signal()
    loaded = Signal()
    targetChanged = Signal(str)
    focusRequested = Signal(str, str, int)
    dirtyChanged = Signal(bool)
    pathChanged = Signal(str)
    variantChanged = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.resume = Resume()
        self.path: str | None = None
        self.undo_stack = QUndoStack(self)
        self._forced_dirty = False
        self._burst = 0
        self.variant_id = ""  # the variant the window shows ("" = the base resume)
        self.undo_stack.cleanChanged.connect(lambda _clean: self.dirtyChanged.emit(self.is_dirty))
        # The stack clears itself (emitting indexChanged, cleanChanged...) while it is destroyed, after
        # this document is gone: silence it first, so no listener reads a half-deleted document.
        stack = self.undo_stack
        self.destroyed.connect(lambda *_a: isValid(stack) and stack.blockSignals(True))

    # -- life cycle ------------------------------------------------------------------------------
    def load(self, resume: Resume, path: str | None = None, *, dirty: bool = False) -> None:
        """Put a whole new model in place; not an undo step (the stack is cleared)."""
        self.resume = resume
        self.undo_stack.clear()
        self._forced_dirty = dirty
        self.set_path(path)
        self.loaded.emit()
        self.structureChanged.emit()
        self.targetChanged.emit(resume.target or "")
        self.dirtyChanged.emit(self.is_dirty)

    def set_path(self, path: str | None) -> None:
        self.path = path
        self.pathChanged.emit(path or "")

    def mark_saved(self, path: str) -> None:
        """The document was written to ``path``."""
        self._forced_dirty = False
        self.set_path(path)
        self.undo_stack.setClean()
        self.dirtyChanged.emit(self.is_dirty)

    @property
    def is_dirty(self) -> bool:
        if not isValid(self.undo_stack):  # during teardown
            return self._forced_dirty
        return self._forced_dirty or not self.undo_stack.isClean()

    def push(self, command: QUndoCommand) -> None:
        """Run an edit and record it for undo."""
        self.undo_stack.push(command)

    def end_burst(self) -> None:
        """Stop merging typing into the previous undo step (focus left a field)."""
        self._burst += 1

    @property
    def burst(self) -> int:
        return self._burst

    # -- the variant shown ------------------------------------------------------------------------
    def shown_variant(self) -> Variant | None:
        """The variant the window shows, None for the base resume (or a stale id)."""
        if not self.variant_id:
            return None
        return next((v for v in self.resume.variants if v.id == self.variant_id), None)

    def effective_target(self) -> str:
        """The target the scores follow: the shown variant's own, else the resume's ("" when unset)."""
        variant = self.shown_variant()
        return (variant.target if variant is not None and variant.target else self.resume.target) or ""

    def show_variant(self, variant_id: str) -> None:
        """Show a variant ("" for the base) without undo (variant commands call this) and announce it."""
        self.variant_id = variant_id
        self.variantChanged.emit(variant_id)
        self.targetChanged.emit(self.effective_target())

    # -- addressing -----------------------------------------------------------------------------
    def obj(self, key: str) -> Any:
        """The object an editing key addresses: ``resume``, ``basics``, ``location`` or an item id."""
        if key == "resume":
            return self.resume
        if key == "basics":
            return self.resume.basics
        if key == "location":
            return self.resume.basics.location
        found = self.resume.find(key)
        if found is None:
            raise KeyError(key)
        return found[0]

    def get(self, key: str, attr: str) -> Any:
        """Current value of a field; ``link:<Network>`` reads a profile URL of basics."""
        if attr.startswith("link:"):
            return self.resume.basics.link(attr[5:])
        return getattr(self.obj(key), attr)

    def set(self, key: str, attr: str, value: Any) -> None:
        """Set a field without undo (commands call this) and announce it."""
        if attr.startswith("link:"):
            self.resume.basics.set_link(attr[5:], value)
        else:
            setattr(self.obj(key), attr, value)
        self.changed.emit({SPECIAL_KEYS.get(key, key)})
        if key == "resume" and attr == "target":
            self.targetChanged.emit(value or "")

    def entries(self, section: str) -> list[Any]:
        """The entry list of a section key (``experience`` or ``custom:<id>``)."""
        if section.startswith("custom:"):
            return self.custom_section(section[7:]).entries
        return self.resume.section(section)

    def custom_section(self, section_id: str) -> Any:
        for s in self.resume.custom:
            if s.id == section_id:
                return s
        raise KeyError(section_id)

    def section_of(self, item_id: str) -> str | None:
        """The section key holding an entry, bullet or custom section; None when unknown."""
        if item_id in ("basics", "location"):
            return "basics"
        if item_id == "resume":
            return "summary"
        for s in self.resume.custom:
            if s.id == item_id:
                return f"custom:{s.id}"
        for key, _lst, entry in self.resume.iter_entries():
            if entry.id == item_id or any(b.id == item_id for b in getattr(entry, "bullets", ())):
                return key
        return None

    def entry_of(self, item_id: str) -> Any | None:
        """The entry that is ``item_id`` or holds bullet ``item_id``."""
        for _key, _lst, entry in self.resume.iter_entries():
            if entry.id == item_id or any(b.id == item_id for b in getattr(entry, "bullets", ())):
                return entry
        return None

    def bullet(self, bullet_id: str) -> Bullet:
        return self.resume.bullet(bullet_id)

    def section_keys(self) -> list[str]:
        """Every section in display order, contact and summary first."""
        return ["basics", "summary", *self.resume.ordered_sections()]

    @staticmethod
    def is_builtin(section: str) -> bool:
        return section in SECTION_TYPES

    def request_focus(self, item_id: str, attr: str = "", pos: int = -1) -> None:
        self.focusRequested.emit(item_id, attr, pos)
