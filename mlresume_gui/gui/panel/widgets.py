"""Small painted widgets the panel views share (cheap to update in place on every keystroke)."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPalette
from PySide6.QtWidgets import QFrame, QLabel, QSizePolicy, QWidget


class Meter(QWidget):
    """A thin horizontal bar showing a value in [0, 1] in a given colour."""

    def __init__(self, colour: str = "#2f9e44", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._value = 0.0
        self._colour = QColor(colour)
        self._marked = False
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMinimumWidth(40)

    def sizeHint(self) -> QSize:
        return QSize(120, 10)

    def value(self) -> float:
        return self._value

    def set_value(self, value: float, colour: str | None = None) -> None:
        """Show ``value`` (clamped to [0, 1]); repaints only when something changed."""
        value = max(0.0, min(1.0, float(value)))
        new_colour = QColor(colour) if colour else self._colour
        if value != self._value or new_colour != self._colour:
            self._value, self._colour = value, new_colour
            self.setAccessibleDescription(f"{round(value * 100)}%")
            self.update()

    def set_marked(self, marked: bool) -> None:
        """Draw an outline (the target's bar)."""
        if marked != self._marked:
            self._marked = marked
            self.update()

    def paintEvent(self, _event: object) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        r = QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5)
        track = self.palette().color(QPalette.ColorRole.Mid)
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(track)
        p.drawRoundedRect(r, 3, 3)
        if self._value > 0:
            filled = QRectF(r.x(), r.y(), max(r.height(), r.width() * self._value), r.height())
            p.setBrush(self._colour)
            p.drawRoundedRect(filled, 3, 3)
        if self._marked:
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.setPen(self.palette().color(QPalette.ColorRole.WindowText))
            p.drawRoundedRect(r, 3, 3)
        p.end()


def heading(text: str) -> QLabel:
    """A section heading of the panel."""
    label = QLabel(text)
    label.setObjectName("PanelHeading")
    font = label.font()
    font.setBold(True)
    label.setFont(font)
    return label


def wrapping_label(text: str = "") -> QLabel:
    """A label that wraps and lets the user select its text."""
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
    return label


def separator() -> QFrame:
    line = QFrame()
    line.setFrameShape(QFrame.Shape.HLine)
    line.setFrameShadow(QFrame.Shadow.Sunken)
    return line
