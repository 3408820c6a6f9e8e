"""The import review dialog: what the importer recognised (contact, sections, entries, bullets, the
"Unsorted" lines highlighted) beside the text of the file, with Apply and Cancel.

Imported only when a review opens (gui/import_review.py), so the window starts without it.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QFont, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QSplitter,
    QTextEdit,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..model import SECTION_TITLES, Resume
from .editors.specs import entry_label

UNSORTED_BG = QColor(255, 214, 120)
UNSORTED_FG = QColor(40, 30, 0)


def unsorted_lines(resume: Resume) -> list[str]:
    """The lines the importer could not place (the entries of its holding section)."""
    lines = []
    for section in resume.custom:
        if section.holding:
            for entry in section.entries:
                lines.extend(t for t in (entry.title, entry.subtitle, *(b.text for b in entry.bullets)) if t)
    return lines


def _norm(text: str) -> str:
    return " ".join(text.split())


def matching_lines(source: list[str], wanted: list[str]) -> set[int]:
    """Indexes of the source lines that make up the ``wanted`` lines: a line equal to one, or a run
    of consecutive lines that joined with spaces gives one (the importer joins wrapped lines)."""
    lines = [_norm(t) for t in source]
    marked: set[int] = set()
    for target in {_norm(t) for t in wanted if _norm(t)}:
        for start, first in enumerate(lines):
            if not first or not target.startswith(first):
                continue
            joined, end = first, start
            while joined != target and end + 1 < len(lines) and lines[end + 1] \
                    and target.startswith(f"{joined} {lines[end + 1]}"):
                end += 1
                joined = f"{joined} {lines[end]}"
            if joined == target:
                marked.update(range(start, end + 1))
    return marked


def _location(loc: Any) -> str:
    return loc.text() or loc.address  # the line as written is kept in address when parsed


def _section_title(resume: Resume, key: str) -> str:
    headings = resume.meta.get("source_headings") or {}
    title = SECTION_TITLES.get(key, key)
    source = headings.get(key) if isinstance(headings, dict) else None
    return f"{title}  (“{source}”)" if source and source.casefold() != title.casefold() else title


class ImportReviewDialog(QDialog):
    """What the importer recognised, beside the file's text; Apply or Cancel."""

    def __init__(self, resume: Resume, source: str, path: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.resume, self.source, self.path = resume, source, path
        self.setObjectName("ImportReviewDialog")
        self.setWindowTitle(f"Review import — {Path(path).name}")
        self.resize(1100, 720)
        self.unsorted = unsorted_lines(resume)
        self.tree = QTreeWidget()
        self.tree.setHeaderLabel("Recognised structure")
        self.tree.setAccessibleName("Recognised structure")
        self.text = QPlainTextEdit()
        self.text.setReadOnly(True)
        self.text.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.text.setAccessibleName("Source text")
        self.text.setPlainText(source or "(The text of this file is not available.)")
        self.counts = self._fill_tree()
        self.highlighted = self._highlight_source()

        summary = QLabel(self._summary())
        summary.setObjectName("ReviewSummary")
        summary.setWordWrap(True)
        source_box = QWidget()
        source_layout = QVBoxLayout(source_box)
        source_layout.setContentsMargins(0, 0, 0, 0)
        source_layout.addWidget(QLabel("Text of the file (lines not placed are highlighted)"))
        source_layout.addWidget(self.text, 1)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.tree)
        split.addWidget(source_box)
        split.setSizes([520, 580])
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.apply_button = buttons.addButton("Apply", QDialogButtonBox.ButtonRole.AcceptRole)
        self.apply_button.setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(summary)
        layout.addWidget(split, 1)
        layout.addWidget(buttons)

    # -- the tree --------------------------------------------------------------------------------
    def _fill_tree(self) -> dict[str, int]:
        r = self.resume
        counts = {"sections": 0, "entries": 0, "bullets": 0}
        b = r.basics
        contact = QTreeWidgetItem(self.tree, ["Contact"])
        for label, value in (("Name", b.name), ("Headline", b.headline), ("Email", b.email),
                             ("Phone", b.phone), ("Location", _location(b.location)), ("Site", b.url)):
            if value:
                QTreeWidgetItem(contact, [f"{label}: {value}"])
        for p in b.profiles:
            QTreeWidgetItem(contact, [f"{p.network or 'Profile'}: {p.url or p.username}"])
        if r.summary:
            short = r.summary if len(r.summary) < 90 else r.summary[:87] + "…"
            QTreeWidgetItem(self.tree, ["Summary"]).addChild(QTreeWidgetItem([short]))
        bold = QFont(self.tree.font())
        bold.setBold(True)
        for key in r.ordered_sections():
            if key.startswith("custom:"):
                section = next((s for s in r.custom if f"custom:{s.id}" == key), None)
                if section is None or not section.entries:
                    continue
                entries, title = section.entries, section.title or "Custom section"
                holding = section.holding
            else:
                entries, title, holding = r.section(key), _section_title(r, key), False
                if not entries:
                    continue
            counts["sections"] += 1
            top = QTreeWidgetItem(self.tree, [f"{title}  ({len(entries)})"])
            top.setFont(0, bold)
            if holding:
                top.setText(0, f"{title}: {len(entries)} line{'s' if len(entries) != 1 else ''} "
                               "not placed (kept in this section)")
                _mark(top)
            for entry in entries:
                child = QTreeWidgetItem(top, [entry_label(key, entry)])
                if holding:
                    _mark(child)
                else:
                    counts["entries"] += 1
                items = getattr(entry, "items", None)
                if isinstance(items, list) and items:
                    QTreeWidgetItem(child, [", ".join(str(i) for i in items)])
                for bullet in getattr(entry, "bullets", ()):
                    QTreeWidgetItem(child, [f"• {bullet.text}"])
                    counts["bullets"] += 1
        self.tree.expandAll()
        return counts

    def _summary(self) -> str:
        c = self.counts
        text = (f"Recognised {c['sections']} sections, {c['entries']} entries and {c['bullets']} bullets "
                f"in {Path(self.path).name}.")
        if self.unsorted:
            n = len(self.unsorted)
            text += (f" {n} line{'s' if n != 1 else ''} could not be placed: "
                     "they go to the “Unsorted” section, so nothing is lost.")
        return text + " Apply replaces the open document's content (Edit > Undo brings it back)."

    # -- the source --------------------------------------------------------------------------------
    def _highlight_source(self) -> int:
        """Highlight the source lines that went to Unsorted; the number highlighted."""
        if not self.unsorted or not self.source:
            return 0
        blocks = []
        block = self.text.document().begin()
        while block.isValid():
            blocks.append(block)
            block = block.next()
        marked = matching_lines([b.text() for b in blocks], self.unsorted)
        fmt = QTextCharFormat()
        fmt.setBackground(QBrush(UNSORTED_BG))
        fmt.setForeground(QBrush(UNSORTED_FG))
        selections = []
        for i in sorted(marked):
            sel = QTextEdit.ExtraSelection()
            sel.cursor = QTextCursor(blocks[i])
            sel.cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock, QTextCursor.MoveMode.KeepAnchor)
            sel.format = fmt
            selections.append(sel)
        self.text.setExtraSelections(selections)
        return len(selections)


def _mark(item: QTreeWidgetItem) -> None:
    item.setBackground(0, QBrush(UNSORTED_BG))
    item.setForeground(0, QBrush(UNSORTED_FG))
