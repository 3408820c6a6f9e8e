"""The bullets of one entry: a column of BulletEdit rows kept in step with the model by id.

Edits that span bullets happen here, each one undo step: split (Enter), remove (Backspace in an empty
bullet), merge (Backspace at the start, Delete at the end), paste of several lines, and moves: Alt+Up/Down
or a drag of the bullet's glyph, within the entry or to another entry of the same section.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QHBoxLayout, QToolButton, QVBoxLayout, QWidget

from ..model import Bullet
from .bullet_commands import AddBullet, MergeBullets, MoveBullet, RemoveBullet, join_separator
from .bullet_drag import BulletHandle, RowDropTarget, read_bullet_mime
from .bullet_edit import BulletEdit
from .commands import EditBulletText
from .document import ResumeDocument
from .highlighter import UnderlineHub
from .icons import icon


class BulletList(RowDropTarget, QWidget):
    """The bullets of one entry, kept in step with the model by id (widgets are reused, not rebuilt)."""

    def __init__(self, doc: ResumeDocument, entry_id: str, hub: UnderlineHub | None, binder: Any) -> None:
        super().__init__()
        self.doc, self.entry_id, self.hub, self.binder = doc, entry_id, hub, binder
        self.setAccessibleName("Bullets")
        self._rows: dict[str, tuple[QWidget, BulletEdit]] = {}
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(4)
        self._layout = QVBoxLayout()
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(4)
        outer.addLayout(self._layout)
        self.add_button: QToolButton | None = None
        self.sync()  # rows first, so the natural tab order runs bullets -> "Add bullet"
        self.add_button = QToolButton()
        self.add_button.setIcon(icon("bullet-add"))
        self.add_button.setText("Add bullet")
        self.add_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.add_button.setAccessibleName("Add bullet")
        self.add_button.clicked.connect(self.add_at_end)
        outer.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.setAcceptDrops(True)  # bullets dragged by their glyph (bullet_drag.py)

    def bullets(self) -> list[Bullet]:
        return self.doc.obj(self.entry_id).bullets

    def editor(self, bullet_id: str) -> BulletEdit | None:
        row = self._rows.get(bullet_id)
        return row[1] if row else None

    def editors(self) -> list[BulletEdit]:
        return [edit for _row, edit in self._rows.values()]

    def _make_row(self, bullet: Bullet) -> tuple[QWidget, BulletEdit]:
        row = QWidget()
        h = QHBoxLayout(row)
        h.setContentsMargins(0, 0, 0, 0)
        glyph = BulletHandle(self, bullet.id)
        edit = BulletEdit(self.doc, bullet, self.hub)
        edit.splitRequested.connect(self.split)
        edit.removeRequested.connect(self.remove)
        edit.pasteRequested.connect(self.paste)
        edit.moveFocus.connect(self.move_focus)
        edit.moveRequested.connect(self.move_bullet)
        edit.mergeRequested.connect(self.merge)
        h.addWidget(glyph)
        h.addWidget(edit, 1)
        self.binder.add(edit, bullet.id, "text")
        return row, edit

    def sync(self) -> None:
        """Match the rows to the model: create new bullets' rows, drop removed ones, reorder."""
        try:
            bullets = self.bullets()
        except KeyError:
            return
        wanted = [b.id for b in bullets]
        for bid in [b for b in self._rows if b not in wanted]:
            row, edit = self._rows.pop(bid)
            edit.release()
            self.binder.drop(row)
            row.setParent(None)
            row.deleteLater()
        for b in bullets:
            if b.id not in self._rows:
                self._rows[b.id] = self._make_row(b)
            else:
                self._rows[b.id][1].refresh()
        current = [self._layout.itemAt(i).widget() for i in range(self._layout.count())]
        target = [self._rows[bid][0] for bid in wanted]
        if current != target:
            for w in current:
                self._layout.removeWidget(w)
            for i, w in enumerate(target):
                self._layout.insertWidget(i, w)
                w.show()
        prev: QWidget | None = None
        for w in [*(self._rows[bid][1] for bid in wanted), self.add_button]:
            if prev is not None and w is not None:
                QWidget.setTabOrder(prev, w)
            prev = w

    def _index(self, bullet_id: str) -> int:
        return [b.id for b in self.bullets()].index(bullet_id)

    def _focus(self, bullet_id: str, pos: int) -> None:
        edit = self.editor(bullet_id)
        if edit is not None:
            edit.focus_at(pos)

    # -- edits -------------------------------------------------------------------------------
    def add_at_end(self) -> None:
        bullet = Bullet()
        self.doc.push(AddBullet(self.doc, self.entry_id, len(self.bullets()), bullet))
        self._focus(bullet.id, 0)

    def split(self, bullet_id: str, pos: int) -> None:
        old = self.doc.bullet(bullet_id).text
        head, tail = old[:pos].rstrip(), old[pos:].lstrip()
        new = Bullet(text=tail)
        stack = self.doc.undo_stack
        stack.beginMacro("New bullet")
        if head != old:
            self.doc.push(EditBulletText(self.doc, bullet_id, old, head, pos, len(head)))
        self.doc.push(AddBullet(self.doc, self.entry_id, self._index(bullet_id) + 1, new))
        stack.endMacro()
        self.doc.end_burst()
        self._focus(new.id, 0)

    def remove(self, bullet_id: str) -> None:
        i = self._index(bullet_id)
        prev = self.bullets()[i - 1].id if i > 0 else None
        self.doc.push(RemoveBullet(self.doc, self.entry_id, i))
        if prev is not None:
            self._focus(prev, -1)
        elif self.bullets():
            self._focus(self.bullets()[0].id, 0)
        elif self.add_button is not None:
            self.add_button.setFocus()

    def paste(self, bullet_id: str, lines: list[str]) -> None:
        edit = self.editor(bullet_id)
        old = self.doc.bullet(bullet_id).text
        cursor = edit.textCursor() if edit else None
        a, b = (cursor.selectionStart(), cursor.selectionEnd()) if cursor else (len(old), len(old))
        head, tail = old[:a], old[b:]
        first = head + lines[0] if head.strip() else lines[0]
        stack = self.doc.undo_stack
        stack.beginMacro("Paste bullets")
        self.doc.push(EditBulletText(self.doc, bullet_id, old, first, a, len(first)))
        self.doc.end_burst()
        at = self._index(bullet_id)
        last = None
        for n, line in enumerate(lines[1:], start=1):
            text = line + tail if n == len(lines) - 1 else line
            last = Bullet(text=text)
            self.doc.push(AddBullet(self.doc, self.entry_id, at + n, last))
        stack.endMacro()
        self.doc.end_burst()
        if last is not None:
            self._focus(last.id, len(lines[-1]))

    def move_focus(self, bullet_id: str, step: int) -> None:
        ids = [b.id for b in self.bullets()]
        i = ids.index(bullet_id) + step
        if 0 <= i < len(ids):
            self._focus(ids[i], 0 if step > 0 else -1)
        else:
            self.focusNextPrevChild(step > 0)

    def move_bullet(self, bullet_id: str, step: int) -> None:
        i = self._index(bullet_id)
        j = i + step
        if 0 <= j < len(self.bullets()):
            pos = self.editor(bullet_id).textCursor().position()
            self.doc.push(MoveBullet(self.doc, self.entry_id, i, j))
            self._focus(bullet_id, pos)

    def merge(self, bullet_id: str, step: int) -> bool:
        """Join a bullet to the previous one (``step`` -1) or the next one to it (+1); the cursor
        stays where the two texts meet. False when there is no such neighbour."""
        bullets = self.bullets()
        first = self._index(bullet_id) + (-1 if step < 0 else 0)
        if first < 0 or first + 1 >= len(bullets):
            return False
        a, b = bullets[first], bullets[first + 1]
        cursor = len(a.text) + (len(join_separator(a.text, b.text)) if step < 0 else 0)
        back = (b.id, 0) if step < 0 else (a.id, len(a.text))
        self.doc.end_burst()
        self.doc.push(MergeBullets(self.doc, self.entry_id, first, cursor, back))
        self.doc.end_burst()
        self._focus(a.id, cursor)
        return True

    # -- drag and drop -------------------------------------------------------------------------
    def accepts_from(self, entry_id: str, bullet_id: str) -> bool:
        """True when a bullet of entry ``entry_id`` may be dropped here (same entry or section)."""
        if entry_id != self.entry_id and self.doc.section_of(entry_id) != self.doc.section_of(self.entry_id):
            return False
        entry = self.doc.entry_of(bullet_id)
        return entry is not None and entry.id == entry_id

    def drag_source(self, event: QDragEnterEvent | QDragMoveEvent | QDropEvent) -> tuple[str, str] | None:
        """(entry id, bullet id) of a bullet dragged here, when this list accepts it."""
        source = read_bullet_mime(event.mimeData())
        return source if source is not None and self.accepts_from(*source) else None

    def drop_rows(self) -> list[tuple[str, QWidget | None]]:
        rows = [(b.id, self._rows.get(b.id)) for b in self.bullets()]
        return [(bid, row[0] if row is not None else None) for bid, row in rows]

    def row_gap(self) -> int:
        return self._layout.spacing()

    def drop_source(self, source: tuple[str, str], index: int) -> None:
        self.drop_bullet(source[0], source[1], index)

    def drop_bullet(self, entry_id: str, bullet_id: str, index: int) -> bool:
        """Move bullet ``bullet_id`` of entry ``entry_id`` so it lands before the bullet now at
        ``index`` of this entry (``len`` = at the end): one undo step. False when nothing moves."""
        if not self.accepts_from(entry_id, bullet_id):
            return False
        src = [b.id for b in self.doc.obj(entry_id).bullets].index(bullet_id)
        if entry_id == self.entry_id:
            if index > src:
                index -= 1
            if index == src:
                return False
        pos = edit.textCursor().position() if (edit := self._editor_anywhere(bullet_id)) else -1
        self.doc.end_burst()
        self.doc.push(MoveBullet(self.doc, entry_id, src, index, self.entry_id))
        self._focus(bullet_id, pos)
        return True

    def _editor_anywhere(self, bullet_id: str) -> BulletEdit | None:
        widget = self.binder.widget(bullet_id, "text")
        return widget if isinstance(widget, BulletEdit) else None
