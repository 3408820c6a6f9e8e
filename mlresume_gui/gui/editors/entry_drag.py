"""Dragging entry cards in the section editor: the grip left of a card's title is its handle, the
page shows a line where the card will land, and a drop is one MoveEntry (SectionView.drop_entry)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QMimeData
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QWidget

from ..bullet_drag import ENTRY_MIME_TYPE, DragHandle, RowDropTarget, pair_mime, read_pair_mime
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


class SectionPage(RowDropTarget, QWidget):
    """The page the section editor scrolls; entry cards dragged by their grip are dropped on it."""

    def __init__(self, view: SectionView) -> None:
        super().__init__()
        self.view = view
        self.setObjectName("SectionPage")
        self.setAcceptDrops(True)

    def drag_source(self, event: QDragEnterEvent | QDragMoveEvent | QDropEvent) -> str | None:
        """The id of the entry an event drags, when it belongs to the section shown."""
        source = read_pair_mime(event.mimeData(), ENTRY_MIME_TYPE)
        if source is None or source[0] != self.view.section or source[1] not in self.view.cards:
            return None
        return source[1]

    def drop_rows(self) -> list[tuple[str, QWidget | None]]:
        view = self.view
        return [(e.id, view.cards.get(e.id) or view.slots.get(e.id)) for e in view.doc.entries(view.section)]

    def row_gap(self) -> int:
        box = self.view._cards_box
        return box.spacing() if box is not None else 10

    def drop_source(self, source: str, index: int) -> None:
        self.view.drop_entry(source, index)
