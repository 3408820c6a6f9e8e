"""Dragging bullets and entries: the glyph of each bullet row and the grip of each entry card are
handles; a line shows where the item will land.

A bullet drag carries ``MIME_TYPE`` data (the source entry's id and the bullet's id), so text fields
ignore it and the drop reaches the BulletList under the pointer (bullet_list.py), which turns it into
one MoveBullet command: within the entry, or into another entry of the same section. An entry drag
carries ``ENTRY_MIME_TYPE`` (section key and entry id) to the section editor (editors/section_view.py),
which turns it into one MoveEntry command.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QByteArray, QMimeData, QPoint, Qt
from PySide6.QtGui import (
    QDrag,
    QDragEnterEvent,
    QDragLeaveEvent,
    QDragMoveEvent,
    QDropEvent,
    QMouseEvent,
    QPalette,
)
from PySide6.QtWidgets import QApplication, QFrame, QLabel, QScrollArea, QWidget
from shiboken6 import isValid

if TYPE_CHECKING:
    from .bullet_list import BulletList

MIME_TYPE = "application/x-mlresume-bullet"
ENTRY_MIME_TYPE = "application/x-mlresume-entry"


def pair_mime(mime_type: str, first: str, second: str) -> QMimeData:
    """Drag data holding two ids."""
    mime = QMimeData()
    mime.setData(mime_type, QByteArray(f"{first}\n{second}".encode()))
    return mime


def read_pair_mime(mime: QMimeData | None, mime_type: str) -> tuple[str, str] | None:
    """The two ids of ``pair_mime`` data of ``mime_type``; None for any other data."""
    if mime is None or not mime.hasFormat(mime_type):
        return None
    parts = bytes(mime.data(mime_type).data()).decode("utf-8", "replace").split("\n")
    return (parts[0], parts[1]) if len(parts) == 2 and all(parts) else None


def bullet_mime(entry_id: str, bullet_id: str) -> QMimeData:
    """The data a bullet drag carries."""
    return pair_mime(MIME_TYPE, entry_id, bullet_id)


def read_bullet_mime(mime: QMimeData | None) -> tuple[str, str] | None:
    """(source entry id, bullet id) of a bullet drag; None for any other data."""
    return read_pair_mime(mime, MIME_TYPE)


class DragHandle(QLabel):
    """A label that starts a drag of ``mime()`` when pulled; the dragged picture is ``picture``."""

    def __init__(self, text: str, tooltip: str, name: str, picture: QWidget | None = None) -> None:
        super().__init__(text)
        self.picture = picture
        self.setCursor(Qt.CursorShape.OpenHandCursor)
        self.setToolTip(tooltip)
        self.setAccessibleName(name)
        self._press: QPoint | None = None

    def mime(self) -> QMimeData:
        raise NotImplementedError

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._press = event.position().toPoint()
            event.accept()
            return
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        start = self._press
        if start is not None and event.buttons() & Qt.MouseButton.LeftButton \
                and (event.position().toPoint() - start).manhattanLength() >= QApplication.startDragDistance():
            self._press = None
            self.start_drag()
            return
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        self._press = None
        super().mouseReleaseEvent(event)

    def start_drag(self) -> None:
        """Run the drag (returns when it is dropped or cancelled)."""
        drag = QDrag(self.window())  # not this handle: a drop into another entry deletes its row
        drag.setMimeData(self.mime())
        row = self.picture or self.parentWidget()
        if row is not None:
            image = row.grab()
            if image.width() > 480:
                image = image.scaledToWidth(480, Qt.TransformationMode.SmoothTransformation)
            if image.height() > 160:  # a tall card: its top is enough to show what moves
                image = image.copy(0, 0, image.width(), 160)
            drag.setPixmap(image)
            drag.setHotSpot(QPoint(self.width() // 2, self.height() // 2))
        self.setCursor(Qt.CursorShape.ClosedHandCursor)
        drag.exec(Qt.DropAction.MoveAction)
        if isValid(self):  # the row may have moved to another list (and this handle gone)
            self.setCursor(Qt.CursorShape.OpenHandCursor)
        DropIndicator.hide_all()


class BulletHandle(DragHandle):
    """The bullet's glyph: drag it to move the bullet (Alt+Up/Down does the same from the keyboard)."""

    def __init__(self, bullet_list: BulletList, bullet_id: str) -> None:
        super().__init__("•", "Drag to move this bullet (or Alt+Up / Alt+Down)", "Bullet handle")
        self.bullet_list, self.bullet_id = bullet_list, bullet_id
        self.setObjectName("BulletHandle")
        self.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignHCenter)
        self.setContentsMargins(0, 4, 0, 0)
        self.setFixedWidth(14)

    def mime(self) -> QMimeData:
        return bullet_mime(self.bullet_list.entry_id, self.bullet_id)


class DropIndicator(QFrame):
    """A line across a bullet list where a dragged bullet would land; one is visible at a time."""

    _shown: DropIndicator | None = None

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("BulletDropIndicator")
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setAutoFillBackground(True)
        self.setBackgroundRole(QPalette.ColorRole.Highlight)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.hide()

    def show_at(self, y: int) -> None:
        """Show the line centred on ``y`` (parent coordinates), hiding the one shown elsewhere."""
        other = DropIndicator._shown
        if other is not None and other is not self and isValid(other):
            other.hide()
        DropIndicator._shown = self
        self.setGeometry(0, max(0, y - 1), self.parentWidget().width(), 3)
        self.raise_()
        self.show()

    def hideEvent(self, event: object) -> None:
        if DropIndicator._shown is self:
            DropIndicator._shown = None
        super().hideEvent(event)  # type: ignore[arg-type]

    @classmethod
    def hide_all(cls) -> None:
        shown = cls._shown
        cls._shown = None
        if shown is not None and isValid(shown):
            shown.hide()


def scroll_towards(widget: QWidget, pos: QPoint, margin: int = 40) -> None:
    """While dragging near the top or bottom edge of the editor, scroll it to reveal more."""
    area = widget.parentWidget()
    while area is not None and not isinstance(area, QScrollArea):
        area = area.parentWidget()
    if area is None or area.widget() is None:
        return
    at = widget.mapTo(area.widget(), pos)
    area.ensureVisible(at.x(), at.y(), 0, margin)


class RowDropTarget:
    """Drop-target behaviour shared by the bullet list and the section page: rows stacked top to
    bottom, a line where a drop would land, one command on drop.

    Mix in before the QWidget class and provide ``drag_source(event)`` (what the drag carries,
    None when this target refuses it), ``drop_rows()`` (row ids in order with their widgets, None
    for a row not built), ``row_gap()`` and ``drop_source(source, index)``.
    """

    _indicator: DropIndicator | None = None

    def drag_source(self, event: QDropEvent | QDragMoveEvent) -> Any: ...
    def drop_rows(self) -> list[tuple[str, QWidget | None]]: ...
    def row_gap(self) -> int: ...
    def drop_source(self, source: Any, index: int) -> None: ...

    def drop_index(self, y: int) -> int:
        """Where a drop at height ``y`` lands: before the row whose middle is below ``y``."""
        rows = self.drop_rows()
        for i, (_id, widget) in enumerate(rows):
            if widget is not None and y < widget.geometry().center().y():
                return i
        return len(rows)

    def _indicator_y(self, index: int) -> int:
        rows = self.drop_rows()
        gap = self.row_gap() // 2
        if index < len(rows) and rows[index][1] is not None:
            return rows[index][1].geometry().top() - gap
        if rows and rows[-1][1] is not None:
            return rows[-1][1].geometry().bottom() + gap
        return 0

    def _track(self, event: QDragEnterEvent | QDragMoveEvent) -> None:
        if self.drag_source(event) is None:
            event.ignore()
            return
        event.setDropAction(Qt.DropAction.MoveAction)
        event.accept()
        pos = event.position().toPoint()
        if self._indicator is None:
            self._indicator = DropIndicator(self)  # type: ignore[arg-type]
        self._indicator.show_at(self._indicator_y(self.drop_index(pos.y())))
        scroll_towards(self, pos)  # type: ignore[arg-type]

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        self._track(event)

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        self._track(event)

    def dragLeaveEvent(self, event: QDragLeaveEvent) -> None:
        if self._indicator is not None:
            self._indicator.hide()
        super().dragLeaveEvent(event)  # type: ignore[misc]

    def dropEvent(self, event: QDropEvent) -> None:
        if self._indicator is not None:
            self._indicator.hide()
        source = self.drag_source(event)
        if source is None:
            event.ignore()
            return
        event.setDropAction(Qt.DropAction.MoveAction)
        event.accept()
        self.drop_source(source, self.drop_index(event.position().toPoint().y()))
