"""Bullets: each its own wrapping, auto-growing field; a BulletList edits the bullets of one entry.

The field asks its BulletList (bullet_list.py) for the edits that span bullets: Enter splits a bullet
into the next one, Backspace in an empty bullet removes it, Backspace at the start of a bullet joins it
to the one before and Delete at its end joins the next one to it, pasting several lines makes several
bullets. A bullet glyph typed or pasted at the start is dropped. Up/Down at the first or last line move
to the neighbouring bullet. ``BulletEdit.document()`` is the QTextDocument that the ``UnderlineHub``
highlighter draws on.
"""

from __future__ import annotations

import re
from typing import Any

from PySide6.QtCore import QEvent, QMimeData, Qt, QTimer, Signal
from PySide6.QtGui import QContextMenuEvent, QFocusEvent, QHelpEvent, QKeyEvent, QTextCursor
from PySide6.QtWidgets import QMenu, QToolTip

from ..model import Bullet
from .commands import EditBulletText
from .document import ResumeDocument
from .editors.growing import GrowingTextEdit
from .highlighter import UnderlineHub
from .undo_keys import document_undo_in_menu

GLYPH_CHARS_RE = re.compile(r"^[•●◦▪▫■□‣⁃∙·○►▸➢➤✓✔]+$")
GLYPH_RE = re.compile(r"^\s*(?:[•●◦▪▫■□‣⁃∙·○►▸➢➤✓✔]+\s*|[-*–—]\s+)")


def strip_glyph(text: str) -> str:
    """``"• Shipped X"`` -> ``"Shipped X"``; text without a leading glyph is returned unchanged."""
    return GLYPH_RE.sub("", text, count=1)


def paste_lines(text: str) -> list[str]:
    """Pasted text as bullet lines: glyphs dropped, blank lines skipped."""
    lines = [strip_glyph(line).strip() for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n")]
    return [line for line in lines if line] or [""]


class BulletEdit(GrowingTextEdit):
    """The text field of one bullet."""

    splitRequested = Signal(str, int)  # bullet id, cursor position
    removeRequested = Signal(str)
    pasteRequested = Signal(str, list)  # bullet id, lines
    moveFocus = Signal(str, int)  # bullet id, -1 previous / +1 next
    moveRequested = Signal(str, int)  # bullet id, -1 up / +1 down
    mergeRequested = Signal(str, int)  # bullet id, -1 into the previous one / +1 the next one into it

    def __init__(self, doc: ResumeDocument, bullet: Bullet, hub: UnderlineHub | None = None) -> None:
        super().__init__()
        self.doc, self.bullet_id, self.hub = doc, bullet.id, hub
        self.setObjectName("bullet")
        self.setAccessibleName("Bullet")
        self.setPlaceholderText("What you did, with what, and the measurable result")
        self._updating = True
        self.setPlainText(bullet.text)
        self._updating = False
        self.highlighter = hub.attach(bullet.id, self.document()) if hub is not None else None
        self.textChanged.connect(self._edited)

    # -- model sync ------------------------------------------------------------------------------
    def model_text(self) -> str:
        return self.doc.bullet(self.bullet_id).text

    def _set_text(self, text: str, pos: int) -> None:
        self._updating = True
        self.setPlainText(text)
        self._updating = False
        self.set_cursor(pos)

    def set_cursor(self, pos: int) -> None:
        cursor = self.textCursor()
        n = len(self.toPlainText())
        cursor.setPosition(n if pos < 0 else min(pos, n))
        self.setTextCursor(cursor)

    def _edited(self) -> None:
        if self._updating or self.doc.resume.find(self.bullet_id) is None:
            return
        text = self.toPlainText()
        if strip_glyph(text) != text or "\n" in text:
            # never change the document inside its own change notification: tidy up right after
            QTimer.singleShot(0, self, self._tidy)
            return
        self._push(text, self.textCursor().position())

    def _push(self, text: str, pos: int) -> None:
        old = self.model_text()
        if text != old:
            before = max(0, min(len(old), pos - (len(text) - len(old))))
            self.doc.push(EditBulletText(self.doc, self.bullet_id, old, text, before, pos))

    def _tidy(self) -> None:
        """Drop a leading bullet glyph (and line breaks) that reached the text, then record it."""
        if self.doc.resume.find(self.bullet_id) is None:
            return
        text = self.toPlainText()
        pos = self.textCursor().position()
        clean = strip_glyph(text).replace("\n", " ")
        if clean != text:
            pos = max(0, pos - (len(text) - len(clean)))
            self._set_text(clean, pos)
        self._push(clean, pos)

    def refresh(self) -> None:
        if self.doc.resume.find(self.bullet_id) is None:
            return
        text = self.model_text()
        if self.toPlainText() != text:
            self._set_text(text, self.textCursor().position())

    def focus_at(self, pos: int) -> None:
        self.setFocus(Qt.FocusReason.OtherFocusReason)
        self.set_cursor(pos)

    # -- keys, paste, menu ---------------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:
        key, mods = event.key(), event.modifiers()
        cursor = self.textCursor()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not mods & Qt.KeyboardModifier.ControlModifier:
            self.splitRequested.emit(self.bullet_id, cursor.position())
            return
        if cursor.position() == 0 and not cursor.hasSelection() and GLYPH_CHARS_RE.match(event.text() or "x"):
            return  # a bullet glyph typed at the start: the bullet already has one
        if key == Qt.Key.Key_Space and cursor.position() == 0 and not cursor.hasSelection():
            return  # leading spaces only push the text away from its glyph
        if key == Qt.Key.Key_Space and cursor.position() == 1 and self.toPlainText()[:1] in "-*–—":
            cursor.deletePreviousChar()  # "- " typed at the start is a glyph, not text
            return
        if key == Qt.Key.Key_Backspace and not self.toPlainText():
            self.removeRequested.emit(self.bullet_id)
            return
        if key in (Qt.Key.Key_Backspace, Qt.Key.Key_Delete) and not cursor.hasSelection() \
                and not mods & (Qt.KeyboardModifier.AltModifier | Qt.KeyboardModifier.ShiftModifier):
            at_edge = (cursor.position() == 0 if key == Qt.Key.Key_Backspace
                       else cursor.position() == len(self.toPlainText()))
            if at_edge:
                self.mergeRequested.emit(self.bullet_id, -1 if key == Qt.Key.Key_Backspace else 1)
                return
        if mods & Qt.KeyboardModifier.AltModifier and key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            self.moveRequested.emit(self.bullet_id, -1 if key == Qt.Key.Key_Up else 1)
            return
        if not mods & ~Qt.KeyboardModifier.KeypadModifier and key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            probe = QTextCursor(cursor)
            moved = probe.movePosition(QTextCursor.MoveOperation.Up if key == Qt.Key.Key_Up
                                       else QTextCursor.MoveOperation.Down)
            if not moved:
                self.moveFocus.emit(self.bullet_id, -1 if key == Qt.Key.Key_Up else 1)
                return
        super().keyPressEvent(event)

    def insertFromMimeData(self, source: QMimeData) -> None:
        text = source.text() if source.hasText() else ""
        lines = paste_lines(text)
        if len(lines) > 1:
            self.pasteRequested.emit(self.bullet_id, lines)
            return
        cursor = self.textCursor()
        at_start = cursor.selectionStart() == 0
        cursor.insertText(lines[0] if at_start else text.replace("\n", " ").strip("\r"))

    def context_menu(self, pos: Any) -> QMenu:
        """The menu of a right click at ``pos``: the document's Undo/Redo, editing, spelling, and
        what installed parts add."""
        menu = self.createStandardContextMenu(pos)
        document_undo_in_menu(menu, self.doc.undo_stack)
        if self.hub is not None and self.hub.spell is not None:
            add_spelling_actions(menu, self, self.hub, pos)
        extend = getattr(self.window(), "extend_item_menu", None)
        if extend is not None:  # e.g. "Hide in this variant" (gui/variants_ui.py)
            extend(menu, self.bullet_id)
        return menu

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        menu = self.context_menu(event.pos())
        menu.exec(event.globalPos())
        menu.deleteLater()

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and self.hub is not None:
            help_event: QHelpEvent = event  # type: ignore[assignment]
            pos = self.cursorForPosition(help_event.pos()).position()
            tip = self.hub.tooltip_at(self.bullet_id, self.toPlainText(), pos)
            if tip:
                QToolTip.showText(help_event.globalPos(), tip, self)
            else:
                QToolTip.hideText()
            return True
        return super().event(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        self.doc.end_burst()
        super().focusOutEvent(event)

    def release(self) -> None:
        """Detach from the underline hub before deletion."""
        if self.hub is not None:
            self.hub.detach(self.bullet_id, self.highlighter)


def add_spelling_actions(menu: QMenu, edit: Any, hub: UnderlineHub, pos: Any) -> None:
    """Put suggestions and "Add to dictionary" for the word under ``pos`` at the top of ``menu``."""
    from .spelling import tokens

    spell = hub.spell
    at = edit.cursorForPosition(pos).position()
    text = edit.toPlainText()
    word = next(((s, e, w) for s, e, w in tokens(text) if s <= at <= e), None)
    if spell is None or word is None or not spell.is_misspelled(word[2]):
        return
    s, e, w = word
    first = menu.actions()[0] if menu.actions() else None
    suggestions = spell.suggestions(w)
    for sug in suggestions:
        act = menu.addAction(sug)
        act.triggered.connect(lambda _c=False, r=sug: replace_range(edit, s, e, r))
        menu.insertAction(first, act)
    if not suggestions:
        none = menu.addAction("(no suggestions)")
        none.setEnabled(False)
        menu.insertAction(first, none)
    add = menu.addAction(f"Add “{w}” to dictionary")
    add.triggered.connect(lambda _c=False: (spell.add_to_dictionary(w), hub.rehighlight_all()))
    menu.insertAction(first, add)
    menu.insertSeparator(first)


def replace_range(edit: Any, start: int, end: int, text: str) -> None:
    """Replace characters of ``edit`` as an undo step of its own (not merged with typing)."""
    edit.doc.end_burst()
    cursor = edit.textCursor()
    cursor.setPosition(start)
    cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
    cursor.insertText(text)
    edit.setTextCursor(cursor)
    edit.doc.end_burst()
