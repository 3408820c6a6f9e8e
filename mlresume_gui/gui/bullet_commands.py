"""Undo commands on bullets: add, remove, move (within an entry or to another entry) and merge."""

from __future__ import annotations

from ..model import Bullet
from .commands import StructureEdit
from .document import ResumeDocument


class AddBullet(StructureEdit):
    """Insert a bullet into an entry."""

    def __init__(self, doc: ResumeDocument, entry_id: str, index: int, bullet: Bullet | None = None) -> None:
        super().__init__(doc, "Add bullet")
        self.entry_id, self.index = entry_id, index
        self.bullet = bullet or Bullet()

    def _list(self) -> list[Bullet]:
        return self.doc.obj(self.entry_id).bullets

    def do(self) -> None:
        self._list().insert(self.index, self.bullet)

    def undo_(self) -> None:
        self._list().remove(self.bullet)

    def focus(self, forward: bool) -> None:
        if forward:
            self.doc.request_focus(self.bullet.id, "text", 0)
        else:
            bullets = self._list()
            near = bullets[min(self.index, len(bullets)) - 1] if self.index > 0 and bullets else None
            self.doc.request_focus(near.id if near else self.entry_id, "text", -1)


class RemoveBullet(StructureEdit):
    """Remove a bullet from its entry."""

    def __init__(self, doc: ResumeDocument, entry_id: str, index: int) -> None:
        super().__init__(doc, "Remove bullet")
        self.entry_id, self.index = entry_id, index
        self.bullet = doc.obj(entry_id).bullets[index]

    def do(self) -> None:
        self.doc.obj(self.entry_id).bullets.remove(self.bullet)

    def undo_(self) -> None:
        self.doc.obj(self.entry_id).bullets.insert(self.index, self.bullet)

    def focus(self, forward: bool) -> None:
        if forward:
            bullets = self.doc.obj(self.entry_id).bullets
            near = bullets[self.index - 1] if self.index > 0 and bullets else (bullets[0] if bullets else None)
            self.doc.request_focus(near.id if near else self.entry_id, "text", -1)
        else:
            self.doc.request_focus(self.bullet.id, "text", -1)


class MoveBullet(StructureEdit):
    """Move a bullet within its entry, or to another entry (``dst_entry_id``).

    ``dst`` is the bullet's index in the destination list once it has left its place.
    """

    def __init__(self, doc: ResumeDocument, entry_id: str, src: int, dst: int,
                 dst_entry_id: str | None = None) -> None:
        super().__init__(doc, "Move bullet")
        self.entry_id, self.src, self.dst = entry_id, src, dst
        self.dst_entry_id = dst_entry_id or entry_id
        self.bullet = doc.obj(entry_id).bullets[src]

    def _move(self, from_entry: str, to_entry: str, index: int) -> None:
        self.doc.obj(from_entry).bullets.remove(self.bullet)
        self.doc.obj(to_entry).bullets.insert(index, self.bullet)

    def do(self) -> None:
        self._move(self.entry_id, self.dst_entry_id, self.dst)

    def undo_(self) -> None:
        self._move(self.dst_entry_id, self.entry_id, self.src)

    def focus(self, forward: bool) -> None:
        self.doc.request_focus(self.bullet.id, "text", -1)


def join_separator(head: str, tail: str) -> str:
    """What goes between two bullet texts joined into one: a space between two words, else nothing."""
    if head.strip() and tail.strip() and not head[-1].isspace() and not tail[0].isspace():
        return " "
    return ""


class MergeBullets(StructureEdit):
    """Join the bullet after ``index`` onto the bullet at ``index`` (Backspace at the start of a
    bullet, Delete at its end). ``cursor`` is where the cursor goes in the joined text; ``back`` the
    (bullet id, position) that undo brings the cursor back to."""

    def __init__(self, doc: ResumeDocument, entry_id: str, index: int, cursor: int,
                 back: tuple[str, int]) -> None:
        super().__init__(doc, "Merge bullets")
        self.entry_id, self.index = entry_id, index
        bullets = doc.obj(entry_id).bullets
        self.first, self.second = bullets[index], bullets[index + 1]
        self.old = self.first.text
        self.new = self.old + join_separator(self.old, self.second.text) + self.second.text
        self.cursor, self.back = cursor, back

    def do(self) -> None:
        self.doc.obj(self.entry_id).bullets.remove(self.second)
        self.doc.set(self.first.id, "text", self.new)

    def undo_(self) -> None:
        self.doc.obj(self.entry_id).bullets.insert(self.index + 1, self.second)
        self.doc.set(self.first.id, "text", self.old)

    def focus(self, forward: bool) -> None:
        if forward:
            self.doc.request_focus(self.first.id, "text", self.cursor)
        else:
            self.doc.request_focus(self.back[0], "text", self.back[1])
