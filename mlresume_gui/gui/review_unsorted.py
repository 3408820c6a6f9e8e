"""The review's Unsorted list: one row per source line the reader could not place, each with a
"Move to …" button, draggable onto any section or entry of the structure; empty (and saying so)
when the import was clean.
"""

from __future__ import annotations

from PySide6.QtCore import QMimeData, Qt, Signal
from PySide6.QtGui import QDrag
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QToolButton,
    QWidget,
)

from ..formats.reading.placement import Placement
from .review_targets import LINE_MIME

LINE = Qt.ItemDataRole.UserRole


class UnsortedList(QListWidget):
    """``moveRequested(index, button)`` when a row's "Move to …" is pressed (or Enter on a row)."""

    moveRequested = Signal(int, QWidget)
    lineSelected = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ReviewUnsorted")
        self.setAccessibleName("Unsorted lines")
        self.setDragEnabled(True)
        self.setSelectionMode(QListWidget.SelectionMode.SingleSelection)
        self.buttons: dict[int, QToolButton] = {}
        self.currentItemChanged.connect(self._current_changed)
        self.itemActivated.connect(lambda item: self._request(item.data(LINE)))

    def show_lines(self, lines: list[tuple[int, Placement]]) -> None:
        self.clear()
        self.buttons = {}
        if not lines:
            empty = QListWidgetItem("Nothing unsorted: every line found its place.")
            empty.setFlags(Qt.ItemFlag.NoItemFlags)
            self.addItem(empty)
            return
        for index, p in lines:
            item = QListWidgetItem()
            item.setData(LINE, index)
            item.setToolTip(p.text)
            row = QWidget()
            layout = QHBoxLayout(row)
            layout.setContentsMargins(6, 2, 4, 2)
            label = QLabel(p.text.replace("\t", "  "))
            label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
            button = QToolButton()
            button.setText("Move to …")
            button.setAccessibleName(f"Move “{p.text[:40]}” to")
            button.clicked.connect(lambda _c=False, i=index, b=button: self.moveRequested.emit(i, b))
            layout.addWidget(label, 1)
            layout.addWidget(button)
            item.setSizeHint(row.sizeHint())
            self.addItem(item)
            self.setItemWidget(item, row)
            self.buttons[index] = button

    def _current_changed(self, item: QListWidgetItem | None, _old: object) -> None:
        if item is not None and item.data(LINE) is not None:
            self.lineSelected.emit(item.data(LINE))

    def _request(self, index: object) -> None:
        if isinstance(index, int) and index in self.buttons:
            self.moveRequested.emit(index, self.buttons[index])

    def startDrag(self, _actions: object) -> None:
        item = self.currentItem()
        if item is None or item.data(LINE) is None:
            return
        mime = QMimeData()
        mime.setData(LINE_MIME, str(item.data(LINE)).encode())
        drag = QDrag(self)
        drag.setMimeData(mime)
        drag.exec(Qt.DropAction.MoveAction)
