"""The import review dialog: where misreadings are fixed before anything reaches the document.

Left, the source (the PDF's pages drawn from where each line sits, or the Word/text lines), every
line tinted with the field it went to and unsure lines marked; right, the recognised structure and
the Unsorted lines. A line moves by its "Move to …" menu (Enter, the Menu key or Ctrl+M on the
source; the button on an Unsorted row) or by dragging it onto a field, entry or section; Ctrl+J
joins it to the line above, and entries split at a line or merge with the next. Every step is an
edit of the reading (formats/reading/review_edits.py) that Ctrl+Z takes back; Apply hands the
finished resume to the window as ONE undo step, Cancel changes nothing.

Imported only when a review opens (gui/import_review.py), so the window starts without it.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QSplitter,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..formats.reading import review_edits as edits
from ..formats.reading.placement import ImportResult
from .review_source import SourceView
from .review_structure import PATH, StructureTree
from .review_targets import ROLE_COLOURS, ROLE_NAMES, UNSURE_BELOW, describe, fill_menu
from .review_unsorted import UnsortedList

ACTIONS = (("Move to …", "Ctrl+M", "move"), ("Join with line above", "Ctrl+J", "join"),
           ("Split entry here", "Ctrl+Shift+S", "split"), ("Merge with next entry", "Ctrl+Shift+M", "merge"),
           ("Undo", "Ctrl+Z", "undo"))


def popup(menu: QMenu, pos: QPoint) -> None:
    """Show a menu at ``pos`` until a choice is made or it is dismissed."""
    menu.exec(pos)


def legend_html() -> str:
    chips = " ".join(f"<span style='background:{ROLE_COLOURS[r]};'>&nbsp;&nbsp;&nbsp;</span>&nbsp;{ROLE_NAMES[r]}"
                     for r in ROLE_NAMES)
    return f"{chips} &nbsp; <span style='color:#d32f2f'><b>?</b> dashed: unsure</span>"


class ImportReviewDialog(QDialog):
    """The reading of one file, to correct and then apply or cancel."""

    def __init__(self, reading: ImportResult, pages: list[tuple[float, float]], path: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ImportReviewDialog")
        self.setWindowTitle(f"Review import — {Path(path).name}")
        self.resize(1360, 860)
        self.path, self.pages = path, pages
        self.reading = reading
        self.history: list[ImportResult] = []
        self.summary = QLabel()
        self.summary.setObjectName("ReviewSummary")
        self.summary.setWordWrap(True)
        self.source = SourceView()
        self.where = QLabel("Select a line of the source to see where it went.")
        self.where.setObjectName("ReviewWhere")
        self.where.setWordWrap(True)
        self.tree = StructureTree()
        self.unsorted = UnsortedList()
        self.buttons: dict[str, QPushButton] = {}
        self._build()
        self.source.lineSelected.connect(self.select_line)
        self.source.moveRequested.connect(lambda i: self.open_move_menu(i))
        self.unsorted.lineSelected.connect(lambda i: self.select_line(i, from_list=True))
        self.unsorted.moveRequested.connect(lambda i, w: self.open_move_menu(i, w))
        self.tree.lineDropped.connect(self.move)
        self.tree.currentItemChanged.connect(self._tree_current)
        self.refresh()
        QTimer.singleShot(0, self.source.fit_width)

    def _build(self) -> None:
        bar = QHBoxLayout()
        for text, keys, name in ACTIONS:
            button = QPushButton(text)
            button.setToolTip(f"{text} ({QKeySequence(keys).toString(QKeySequence.SequenceFormat.NativeText)})")
            button.clicked.connect(getattr(self, f"do_{name}"))
            QShortcut(QKeySequence(keys), self, activated=getattr(self, f"do_{name}"))
            bar.addWidget(button)
            self.buttons[name] = button
        bar.addStretch(1)
        legend = QLabel(legend_html())
        legend.setWordWrap(True)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(QLabel("The file, each line marked with where it went"))
        left_layout.addWidget(self.source, 1)
        left_layout.addWidget(legend)
        left_layout.addWidget(self.where)
        left_layout.addLayout(bar)
        right = QSplitter(Qt.Orientation.Vertical)
        right.addWidget(self.tree)
        unsorted_box = QWidget()
        unsorted_layout = QVBoxLayout(unsorted_box)
        unsorted_layout.setContentsMargins(0, 0, 0, 0)
        self.unsorted_title = QLabel()
        unsorted_layout.addWidget(self.unsorted_title)
        unsorted_layout.addWidget(self.unsorted, 1)
        right.addWidget(unsorted_box)
        right.setSizes([560, 220])
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(left)
        split.addWidget(right)
        split.setSizes([800, 560])
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.apply_button = box.addButton("Apply", QDialogButtonBox.ButtonRole.AcceptRole)
        self.apply_button.setDefault(False)
        self.apply_button.setAutoDefault(False)  # Enter on the source opens "Move to …"
        box.accepted.connect(self.accept)
        box.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(split, 1)
        layout.addWidget(box)
        self.setTabOrder(self.source, self.buttons["move"])
        self.setTabOrder(self.buttons["undo"], self.tree)
        self.setTabOrder(self.tree, self.unsorted)

    # -- showing the reading ------------------------------------------------------------------
    @property
    def resume(self) -> object:
        return self.reading.resume

    @property
    def counts(self) -> dict[str, int]:
        return self.tree.counts

    def refresh(self) -> None:
        r = self.reading
        labels = [describe(r.resume, p.target) for p in r.placements]
        self.source.show_lines(r.placements, self.pages, labels)
        self.tree.show_resume(r.resume)
        loose = [(i, r.placements[i]) for i in edits.unsorted_lines(r)]
        self.unsorted.show_lines(loose)
        self.unsorted_title.setText(f"Unsorted ({len(loose)}): lines the reader could not place"
                                    if loose else "Unsorted: empty")
        self.summary.setText(self._summary(len(loose)))
        self.buttons["undo"].setEnabled(bool(self.history))
        has_line = self.source.current >= 0
        for name in ("move", "join", "split", "merge"):
            self.buttons[name].setEnabled(has_line)

    def _summary(self, loose: int) -> str:
        c = self.counts
        unsure = sum(1 for p in self.reading.placements if p.confidence < UNSURE_BELOW)
        text = (f"Recognised {c['sections']} sections, {c['entries']} entries and {c['bullets']} bullets "
                f"in {Path(self.path).name}.")
        if unsure:
            text += f" {unsure} line{'s' if unsure != 1 else ''} read with little certainty (marked “?”)."
        if loose:
            text += f" {loose} line{'s' if loose != 1 else ''} not placed: they stay in “Unsorted”, so nothing is lost."
        return text + " Fix what was misread, then Apply (one step that Edit > Undo takes back)."

    def select_line(self, index: int, from_list: bool = False) -> None:
        placements = self.reading.placements
        if not 0 <= index < len(placements):
            return
        self.source.select(index)
        p = placements[index]
        unsure = f" — unsure ({p.confidence:.0%})" if p.confidence < UNSURE_BELOW else ""
        self.where.setText(f"Line {index + 1}: “{p.text.replace(chr(9), ' ')}” → {describe(self.reading.resume, p.target)}"
                           f"{unsure}")
        item = self.tree.by_path.get(p.target)
        if item is not None:
            self.tree.blockSignals(True)
            self.tree.setCurrentItem(item)
            self.tree.scrollToItem(item)
            self.tree.blockSignals(False)
        for name in ("move", "join", "split", "merge"):
            self.buttons[name].setEnabled(True)

    def _tree_current(self, item: QTreeWidgetItem | None, _old: object) -> None:
        path = item.data(0, PATH) if item is not None else ""
        first = next((i for i, p in enumerate(self.reading.placements) if path and p.target == path), -1)
        if first >= 0:
            self.source.select(first)

    # -- edits ----------------------------------------------------------------------------------
    def edit(self, step: Callable[[ImportResult], ImportResult], keep: int) -> bool:
        """Run one edit of the reading; its reason is shown when it cannot be made."""
        try:
            new = step(self.reading)
        except edits.ReviewError as exc:
            self.where.setText(f"Cannot do that: {exc}.")
            return False
        self.history.append(self.reading)
        self.reading = new
        self.refresh()
        self.select_line(keep)
        return True

    def move(self, index: int, path: str) -> bool:
        return self.edit(lambda r: edits.move_line(r, index, path), index)

    def open_move_menu(self, index: int, anchor: QWidget | None = None) -> None:
        if not 0 <= index < len(self.reading.placements):
            return
        menu = QMenu(self)
        menu.setObjectName("ReviewMoveMenu")
        fill_menu(menu, self.reading, lambda path: self.move(index, path))
        if anchor is not None:
            pos = anchor.mapToGlobal(QPoint(0, anchor.height()))
        else:
            item = self.source.items_by_line[index]
            scene_pos = item.rect().bottomLeft()
            pos = self.source.viewport().mapToGlobal(self.source.mapFromScene(scene_pos))
        popup(menu, pos)

    def _current(self) -> int:
        return self.source.current

    def do_move(self) -> None:
        if self._current() >= 0:
            self.open_move_menu(self._current())

    def do_join(self) -> None:
        i = self._current()
        if i >= 0:
            self.edit(lambda r: edits.join_with_previous(r, i), i)

    def do_split(self) -> None:
        i = self._current()
        if i >= 0:
            self.edit(lambda r: edits.split_entry(r, i), i)

    def do_merge(self) -> None:
        i = self._current()
        if i >= 0:
            self.edit(lambda r: edits.merge_with_next(r, i), i)

    def do_undo(self) -> None:
        if self.history:
            keep = self._current()
            self.reading = self.history.pop()
            self.refresh()
            self.select_line(keep)
