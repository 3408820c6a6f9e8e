"""Dragging entry cards in the section editor: the grip left of a card's title is its handle, the
page shows a line where the card will land, and a drop is one MoveEntry (SectionView.drop_entry)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QMimeData, QPoint, Qt
from PySide6.QtGui import QDragEnterEvent, QDragLeaveEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QWidget

from ..bullet_drag import (
    ENTRY_MIME_TYPE,
    DragHandle,
    DropIndicator,
    pair_mime,
    read_pair_mime,
    scroll_towards,
)
from ..icons import icon

if TYPE_CHECKING:
    from .card import EntryCard
    from .section_view import SectionView


class EntryHandle(DragHandle):
    """The grip of an entry card: drag it to move the entry (Alt+Up/Down from the keyboard)."""

    def __init__(self, card: EntryCard) -> None:
        super().__init__("", "Drag to move this entry (or Alt+Up / Alt+Down)", "Entry handle", picture=card)
        self.card = card
        self.setObjectName("EntryHandle")
        self.setPixmap(icon("drag-handle").pixmap(16, 16))

    def mime(self) -> QMimeData:
        return pair_mime(ENTRY_MIME_TYPE, self.card.section, self.card.entry_id)


class SectionPage(QWidget):
    """The page the section editor scrolls; entry cards dragged by their grip are dropped on it."""

    def __init__(self, view: SectionView) -> None:
        super().__init__()
        self.view = view
        self.setObjectName("SectionPage")
        self.setAcceptDrops(True)
        self._indicator: DropIndicator | None = None

    def dragged(self, event: QDragEnterEvent | QDragMoveEvent | QDropEvent) -> str | None:
        """The id of the entry an event drags, when it belongs to the section shown."""
        source = read_pair_mime(event.mimeData(), ENTRY_MIME_TYPE)
        if source is None or source[0] != self.view.section or source[1] not in self.view.cards:
            return None
        return source[1]

    def drop_index(self, y: int) -> int:
        """Where a drop at height ``y`` lands: before the card whose middle is below ``y``."""
        ids = [e.id for e in self.view.doc.entries(self.view.section)]
        for i, entry_id in enumerate(ids):
            card = self.view.cards.get(entry_id)
            if card is not None and y < card.geometry().center().y():
                return i
        return len(ids)

    def _indicator_y(self, index: int) -> int:
        ids = [e.id for e in self.view.doc.entries(self.view.section)]
        box = self.view._cards_box
        gap = (box.spacing() if box is not None else 10) // 2
        if index < len(ids) and ids[index] in self.view.cards:
            return self.view.cards[ids[index]].geometry().top() - gap
        if ids and ids[-1] in self.view.cards:
            return self.view.cards[ids[-1]].geometry().bottom() + gap
        return 0

    def _track(self, event: QDragEnterEvent | QDragMoveEvent) -> None:
        if self.dragged(event) is None:
            event.ignore()
            return
        event.setDropAction(Qt.DropAction.MoveAction)
        event.accept()
        pos: QPoint = event.position().toPoint()
        if self._indicator is None:
            self._indicator = DropIndicator(self)
        self._indicator.show_at(self._indicator_y(self.drop_index(pos.y())))
        scroll_towards(self, pos)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        self._track(event)

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        self._track(event)

    def dragLeaveEvent(self, event: QDragLeaveEvent) -> None:
        if self._indicator is not None:
            self._indicator.hide()
        super().dragLeaveEvent(event)

    def dropEvent(self, event: QDropEvent) -> None:
        if self._indicator is not None:
            self._indicator.hide()
        entry_id = self.dragged(event)
        if entry_id is None:
            event.ignore()
            return
        event.setDropAction(Qt.DropAction.MoveAction)
        event.accept()
        self.view.drop_entry(entry_id, self.drop_index(event.position().toPoint().y()))
