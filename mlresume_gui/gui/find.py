"""Edit > Find: search every field of the resume, step to the next or previous match, show it
selected in its field.

The matches are computed from the model (never from widgets: sections not shown have none) in the
order the editor shows them: contact, summary, then each section's entries field by field, bullets
included. Edits only mark the list stale; it is computed again when the user steps or types in the
find field, so nothing here runs on the keystroke path of the editor.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QToolBar,
    QToolButton,
    QWidget,
)

from .editors.specs import BASICS_FIELDS, ENTRY_FIELDS, kind_of
from .undo_keys import OWN_UNDO

TEXT_CONTROLS = {"text", "url", "multiline", "list"}


@dataclass(frozen=True)
class Match:
    """One occurrence: the editing key (item id, ``basics``, ``location`` or ``resume``), the field
    and the character range in the text the field shows."""

    key: str
    attr: str
    start: int
    end: int


def field_texts(doc: Any) -> list[tuple[str, str, str]]:
    """(key, attr, shown text) of every searchable field, in the editor's order."""
    out: list[tuple[str, str, str]] = []
    for key, attr, _label, control in BASICS_FIELDS:
        if control in TEXT_CONTROLS:
            out.append((key, attr, doc.get(key, attr) or ""))
    out.append(("resume", "summary", doc.resume.summary or ""))
    for section in doc.resume.ordered_sections():
        specs = ENTRY_FIELDS.get(kind_of(section), [])
        for entry in doc.entries(section):
            for attr, _label, control in specs:
                value = getattr(entry, attr, None)
                if control == "bullets":
                    out += [(b.id, "text", b.text) for b in value or ()]
                elif control == "list":
                    out.append((entry.id, attr, ", ".join(value or [])))
                elif control in TEXT_CONTROLS:
                    out.append((entry.id, attr, str(value or "")))
    return out


def find_matches(doc: Any, needle: str) -> list[Match]:
    """Every case-insensitive occurrence of ``needle`` in the resume."""
    if not needle:
        return []
    low = needle.casefold()
    found = []
    for key, attr, text in field_texts(doc):
        hay = text.casefold()
        at = hay.find(low)
        while at >= 0:
            found.append(Match(key, attr, at, at + len(needle)))
            at = hay.find(low, at + max(1, len(low)))
    return found


class FindBar(QToolBar):
    """The find field with Previous/Next and "n of m"; hidden until Edit > Find."""

    def __init__(self, window: Any) -> None:
        super().__init__("Find")
        self.main, self.doc = window, window.doc
        self.setObjectName("FindBar")
        self.setMovable(False)
        box = QWidget()
        row = QHBoxLayout(box)
        row.setContentsMargins(4, 2, 4, 2)
        row.addWidget(QLabel("Find:"))
        self.field = QLineEdit()
        self.field.setObjectName("FindField")
        self.field.setAccessibleName("Find in the resume")
        self.field.setPlaceholderText("Text to find in every field")
        self.field.setClearButtonEnabled(True)
        self.field.setProperty(OWN_UNDO, True)  # its undo is its own, not the document's
        self.field.textEdited.connect(self._typed)
        self.field.returnPressed.connect(self._return)
        row.addWidget(self.field, 1)
        self.buttons = {}
        for name, tip, slot in (("previous", "Previous match (Shift+F3)", self.previous),
                                ("next", "Next match (F3)", self.next)):
            b = QToolButton()
            b.setText("▲" if name == "previous" else "▼")
            b.setToolTip(tip)
            b.setAccessibleName(tip)
            b.clicked.connect(slot)
            row.addWidget(b)
            self.buttons[name] = b
        self.count = QLabel("")
        self.count.setObjectName("FindCount")
        self.count.setMinimumWidth(self.count.fontMetrics().horizontalAdvance("No matches") + 8)
        row.addWidget(self.count)
        close = QToolButton()
        close.setText("✕")
        close.setToolTip("Close (Esc)")
        close.setAccessibleName("Close find")
        close.clicked.connect(self.close_bar)
        row.addWidget(close)
        self.addWidget(box)
        self.matches: list[Match] = []
        self.index = -1
        self._stale = True
        for signal in (self.doc.changed, self.doc.structureChanged, self.doc.loaded):
            signal.connect(self._mark_stale)
        self.hide()

    def _mark_stale(self, *_args: object) -> None:
        self._stale = True

    def open(self) -> None:
        """Show the bar with the field focused (its text selected, to type a new search)."""
        self.show()
        self.field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.field.selectAll()

    def close_bar(self) -> None:
        self.hide()
        self.main.focus_editor()

    def keyPressEvent(self, event: Any) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.close_bar()
            return
        super().keyPressEvent(event)

    def _return(self) -> None:
        """Enter: the next match; Shift+Enter: the previous one (the field keeps the focus)."""
        back = QApplication.keyboardModifiers() & Qt.KeyboardModifier.ShiftModifier
        self.step(-1 if back else 1, keep_focus=True)

    def _refresh(self) -> None:
        current = self.matches[self.index] if 0 <= self.index < len(self.matches) else None
        self.matches = find_matches(self.doc, self.field.text())
        self._stale = False
        self.index = self.matches.index(current) if current in self.matches else -1
        self._show_count()

    def _typed(self, _text: str) -> None:
        self.index = -1
        self._refresh()
        if self.matches:
            self.step(1, keep_focus=True)

    def _show_count(self) -> None:
        if not self.field.text():
            self.count.setText("")
        elif not self.matches:
            self.count.setText("No matches")
        else:
            self.count.setText(f"{self.index + 1 if self.index >= 0 else 0} of {len(self.matches)}")

    def next(self) -> None:
        self.step(1)

    def previous(self) -> None:
        self.step(-1)

    def step(self, direction: int, keep_focus: bool = False) -> Match | None:
        """Go to the next (1) or previous (-1) match, wrapping around; show it selected."""
        if self._stale or not self.matches:
            self._refresh()
        if not self.matches:
            return None
        if self.index < 0:
            self.index = 0 if direction > 0 else len(self.matches) - 1
        else:
            self.index = (self.index + direction) % len(self.matches)
        match = self.matches[self.index]
        self._show_count()
        self.show_match(match)
        if keep_focus:
            self.field.setFocus(Qt.FocusReason.OtherFocusReason)
        return match

    def show_match(self, match: Match) -> None:
        """Show the match's section, scroll to its field and select the matched text there."""
        self.main.focus_item(match.key, match.attr, match.start)
        widget = self.main.editor.binder.widget(match.key, match.attr)
        if widget is None:
            return
        if isinstance(widget, QLineEdit):
            widget.setSelection(match.start, match.end - match.start)
        elif hasattr(widget, "textCursor"):
            cursor = widget.textCursor()
            cursor.setPosition(match.start)
            cursor.setPosition(match.end, QTextCursor.MoveMode.KeepAnchor)
            widget.setTextCursor(cursor)
            widget.ensureCursorVisible()
        self.main.editor.ensureWidgetVisible(widget, 40, 40)


def install_find(window: Any) -> FindBar:
    """Add the find bar (below the editor) to ``window``; the window does it on first use (its
    ``find_bar``), as the bar is hidden until then."""
    bar = FindBar(window)
    window.addToolBar(Qt.ToolBarArea.BottomToolBarArea, bar)
    return bar
