"""Adding a missing skill from the coverage chart: one undoable step on the skills section."""

from __future__ import annotations

from ...model import SkillGroup
from ..commands import AddEntry, SetValue
from ..document import ResumeDocument


def _norm(text: str) -> str:
    return " ".join(text.replace("/", " ").split()).casefold()


def find_group(doc: ResumeDocument, category: str) -> SkillGroup | None:
    """The skills group named like ``category`` (case and spacing ignored), if there is one."""
    key = _norm(category)
    for group in doc.resume.skills:
        if _norm(group.category) == key:
            return group
    return None


def add_skill(doc: ResumeDocument, category: str, item: str) -> bool:
    """Add ``item`` to the skills group of ``category`` (a new group when there is none).

    One undo step; returns False when the item is already listed there.
    """
    group = find_group(doc, category)
    if group is None:
        cmd = AddEntry(doc, "skills", len(doc.resume.skills), SkillGroup(category=category, items=[item]))
    else:
        if any(_norm(i) == _norm(item) for i in group.items):
            return False
        old = list(group.items)
        cmd = SetValue(doc, group.id, "items", old, [*old, item], "skills")
    cmd.setText(f"Add skill {item}")
    doc.push(cmd)
    return True
