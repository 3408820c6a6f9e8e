"""Undo commands for variants: create, rename, delete, switch, hide/show an item, set the target,
and the Research/Applied pair. Variants hold ids only, so none of these touches a bullet's text.

Every command changes the model, then announces it through ``ResumeDocument.show_variant`` (which
emits ``variantChanged`` and ``targetChanged``), so the window, the panel and the preview follow on
redo and on undo alike. Commands find their variant by id when they run (the Research/Applied
command swaps in copies), never by a Python reference kept from construction.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from typing import Any

from PySide6.QtGui import QUndoCommand

from ..model import Variant
from ..model import variants as vmodel
from .commands import SetValue
from .document import ResumeDocument


class _VariantCommand(QUndoCommand):
    """Base: runs ``apply(forward)`` then shows ``shown_after`` / ``shown_before``."""

    def __init__(self, doc: ResumeDocument, text: str) -> None:
        super().__init__(text)
        self.doc = doc
        self.shown_before = doc.variant_id
        self.shown_after = doc.variant_id

    def redo(self) -> None:
        self.apply(True)
        self.doc.show_variant(self.shown_after)

    def undo(self) -> None:
        self.apply(False)
        self.doc.show_variant(self.shown_before)

    def apply(self, forward: bool) -> None:
        """Change the model (nothing for a plain switch)."""


class SwitchVariant(_VariantCommand):
    """Show another variant ("" for the base resume)."""

    def __init__(self, doc: ResumeDocument, variant_id: str) -> None:
        variant = next((v for v in doc.resume.variants if v.id == variant_id), None)
        super().__init__(doc, f"Show {variant.name if variant else 'base resume'}")
        self.shown_after = variant_id


class CreateVariant(_VariantCommand):
    """Add a variant (optionally a copy of another) and show it."""

    def __init__(self, doc: ResumeDocument, name: str, target: str | None = None,
                 copy_of: str | None = None) -> None:
        super().__init__(doc, f"Create variant {name.strip()}")
        # Validate and build on a scratch list, so a bad name raises here and changes nothing.
        scratch = copy.copy(doc.resume)
        scratch.variants = list(doc.resume.variants)
        self.variant = vmodel.create_variant(scratch, name, target, copy_of)
        self.index = len(doc.resume.variants)
        self.shown_after = self.variant.id

    def apply(self, forward: bool) -> None:
        if forward:
            self.doc.resume.variants.insert(self.index, self.variant)
        else:
            self.doc.resume.variants.remove(_by_id(self.doc, self.variant.id))


class AddVariant(_VariantCommand):
    """Add a variant built elsewhere (e.g. tailored to a job posting) and show it."""

    def __init__(self, doc: ResumeDocument, variant: Variant) -> None:
        variant.name = _checked_name(doc, variant.name)
        super().__init__(doc, f"Create variant {variant.name}")
        self.variant = variant
        self.index = len(doc.resume.variants)
        self.shown_after = variant.id

    def apply(self, forward: bool) -> None:
        if forward:
            self.doc.resume.variants.insert(self.index, copy.deepcopy(self.variant))
        else:
            self.doc.resume.variants.remove(_by_id(self.doc, self.variant.id))


class RenameVariant(_VariantCommand):
    """Rename a variant; ValueError (a one-line reason) when the name is empty or taken."""

    def __init__(self, doc: ResumeDocument, variant_id: str, new: str) -> None:
        variant = _by_id(doc, variant_id)
        clean = _checked_name(doc, new, variant)
        super().__init__(doc, f"Rename variant {variant.name} to {clean}")
        self.variant_id, self.old, self.new = variant_id, variant.name, clean

    def apply(self, forward: bool) -> None:
        _by_id(self.doc, self.variant_id).name = self.new if forward else self.old


class DeleteVariant(_VariantCommand):
    """Remove a variant (the base resume is untouched); shows the base if it was shown."""

    def __init__(self, doc: ResumeDocument, variant_id: str) -> None:
        self.variant = _by_id(doc, variant_id)
        super().__init__(doc, f"Delete variant {self.variant.name}")
        self.index = doc.resume.variants.index(self.variant)
        if doc.variant_id == variant_id:
            self.shown_after = ""

    def apply(self, forward: bool) -> None:
        if forward:
            self.doc.resume.variants.remove(_by_id(self.doc, self.variant.id))
        else:
            self.doc.resume.variants.insert(self.index, self.variant)


class HideInVariant(_VariantCommand):
    """Hide (or show again) an entry, bullet, section or custom section in one variant."""

    def __init__(self, doc: ResumeDocument, variant_id: str, item_id: str, hidden: bool = True) -> None:
        variant = _by_id(doc, variant_id)
        verb = "Hide" if hidden else "Show"
        super().__init__(doc, f"{verb} item in {variant.name}")
        self.variant_id, self.item_id, self.hidden = variant_id, item_id, hidden
        self.was_hidden = item_id in variant.hidden
        self.position = variant.hidden.index(item_id) if self.was_hidden else -1

    def apply(self, forward: bool) -> None:
        variant = _by_id(self.doc, self.variant_id)
        hidden = variant.hidden
        if forward:
            vmodel.hide(variant, self.item_id, self.hidden)
        elif self.was_hidden and self.item_id not in hidden:
            hidden.insert(self.position, self.item_id)
        elif not self.was_hidden and self.item_id in hidden:
            hidden.remove(self.item_id)


class SetVariantTarget(_VariantCommand):
    """Set a variant's own target archetype (None: follow the base resume's)."""

    def __init__(self, doc: ResumeDocument, variant_id: str, target: str | None) -> None:
        variant = _by_id(doc, variant_id)
        super().__init__(doc, f"Set target of {variant.name}")
        self.variant_id, self.old, self.new = variant_id, variant.target, target

    def apply(self, forward: bool) -> None:
        _by_id(self.doc, self.variant_id).target = self.new if forward else self.old


class CreateResearchApplied(_VariantCommand):
    """Create (or refresh) the Research and Applied variants with the scorer: one undo step."""

    def __init__(self, doc: ResumeDocument, scorer: Callable[[str, str], Any],
                 keep_publications: int = 5) -> None:
        super().__init__(doc, "Create Research and Applied variants")
        self.before = [copy.deepcopy(v) for v in doc.resume.variants]
        scratch = copy.copy(doc.resume)
        scratch.variants = [copy.deepcopy(v) for v in doc.resume.variants]
        self.made = vmodel.create_research_and_applied(scratch, scorer, keep_publications=keep_publications)
        self.after = scratch.variants

    def apply(self, forward: bool) -> None:
        self.doc.resume.variants[:] = [copy.deepcopy(v) for v in (self.after if forward else self.before)]


def _checked_name(doc: ResumeDocument, name: str, allow: Variant | None = None) -> str:
    clean = name.strip()
    if not clean:
        raise ValueError("a variant needs a name")
    other = vmodel.find_variant(doc.resume, clean)
    if other is not None and other is not allow:
        raise ValueError(f"a variant named {other.name!r} already exists")
    return clean


def _by_id(doc: ResumeDocument, variant_id: str) -> Variant:
    for v in doc.resume.variants:
        if v.id == variant_id:
            return v
    raise KeyError(f"no variant with id {variant_id!r}")


def target_command(doc: ResumeDocument, target: str | None) -> QUndoCommand:
    """The command that sets the target the panel shows: the shown variant's, else the resume's."""
    variant = doc.shown_variant()
    if variant is not None:
        return SetVariantTarget(doc, variant.id, target)
    return SetValue(doc, "resume", "target", doc.resume.target, target, "target")


def scorer_for(doc: ResumeDocument) -> Callable[[str, str], Any]:
    """The bullet scorer the Research/Applied action ranks with (the resume's seniority applies)."""
    from ..scoring.bullet import score_bullet

    seniority = doc.resume.seniority
    return lambda text, target: score_bullet(text, target, seniority)
