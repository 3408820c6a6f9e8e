"""Dropping a file anywhere on the window imports it, with a visible drop target over the window.

File drags are taken where the system delivers them to the window (its QWindow), before Qt hands
them to the widget under the pointer: a text field never sees a file drop, so it can never insert
the file's ``file://`` URL. Other drags (bullets, entries, sections) pass on untouched, and so do
file drags over a widget that reads dropped files itself (``TAKES_FILE_DROPS``: the Job panel).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, QMimeData, QObject, QPoint, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QWidget

DRAG_EVENTS = (QEvent.Type.DragEnter, QEvent.Type.DragMove, QEvent.Type.Drop)


class DropOverlay(QWidget):
    """A translucent panel over the whole window naming the file that a drop would import."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.setObjectName("DropOverlay")
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setAttribute(Qt.WidgetAttribute.WA_NoSystemBackground)
        self.name = ""
        self.hide()

    def show_for(self, path: str) -> None:
        self.name = Path(path).name
        self.setGeometry(self.parentWidget().rect())
        self.raise_()
        self.show()
        self.update()

    def paintEvent(self, _event: QPaintEvent) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        accent = self.palette().highlight().color()
        veil = QColor(accent)
        veil.setAlpha(40)
        p.fillRect(self.rect(), veil)
        pen = QPen(accent, 3, Qt.PenStyle.DashLine)
        p.setPen(pen)
        box = QRectF(self.rect()).adjusted(16, 16, -16, -16)
        p.drawRoundedRect(box, 14, 14)
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * 1.8)
        font.setBold(True)
        p.setFont(font)
        p.setPen(self.palette().windowText().color())
        p.drawText(box, Qt.AlignmentFlag.AlignCenter, f"Drop to import “{self.name}”\n"
                   "(read and shown for review first: the document changes only when you apply)")


class WindowFileDrops(QObject):
    """Takes file drags on ``window`` at its QWindow: overlay while over it, ``import_file`` on drop."""

    def __init__(self, window: QWidget, path_of: Callable[[QMimeData], str],
                 import_file: Callable[[str], None]) -> None:
        super().__init__(window)
        self.window, self.path_of, self.import_file = window, path_of, import_file
        self.overlay = DropOverlay(window)
        self._handle: QObject | None = None
        window.installEventFilter(self)  # for the moment its QWindow exists
        self.attach()

    def attach(self) -> None:
        handle = self.window.windowHandle()
        if handle is not None and handle is not self._handle:
            handle.installEventFilter(self)
            self._handle = handle

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        t = event.type()
        if obj is self.window:
            if t in (QEvent.Type.Show, QEvent.Type.WinIdChange):
                self.attach()
            return False
        if t == QEvent.Type.DragLeave:
            self.overlay.hide()
            return False
        if t not in DRAG_EVENTS:
            return False
        path = self.path_of(event.mimeData())  # type: ignore[attr-defined]
        if not path or self._taken_below(event.position().toPoint()):  # type: ignore[attr-defined]
            return False  # not a file we import, or a widget that reads files itself: its own drop
        event.setDropAction(Qt.DropAction.CopyAction)  # type: ignore[attr-defined]
        event.accept()
        if t == QEvent.Type.Drop:
            self.overlay.hide()
            self.import_file(path)
        else:
            self.overlay.show_for(path)
        return True


    def _taken_below(self, pos: QPoint) -> bool:
        """True over a widget that takes file drops itself (its class sets ``TAKES_FILE_DROPS``,
        as the Job panel's posting field does)."""
        w = self.window.childAt(pos)
        while w is not None and w is not self.window:
            if getattr(type(w), "TAKES_FILE_DROPS", False):
                return True
            w = w.parentWidget()
        return False


def importable_path(mime: QMimeData) -> str:
    """The first local file in a drag that MLResume imports, "" when there is none."""
    from ..formats.registry import IMPORT_EXTENSIONS

    for url in mime.urls() if mime.hasUrls() else ():
        path = url.toLocalFile()
        if path and Path(path).suffix.lower() in IMPORT_EXTENSIONS:
            return path
    return ""


def install_file_drops(window: QWidget) -> WindowFileDrops:
    """File drops anywhere on ``window`` go to ``window.import_file``."""
    return WindowFileDrops(window, importable_path, window.import_file)  # type: ignore[attr-defined]
