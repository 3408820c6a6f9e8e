"""Icons drawn from the SVG files in resources/icons, sharp at any size and tinted for the theme."""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QByteArray, QPoint, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QIcon, QIconEngine

if TYPE_CHECKING:
    from PySide6.QtGui import QPainter, QPixmap

from ..resources import resource
from . import theme

_BASE_STROKE = "#5f6b7a"


APP_ICON_SIZES = (16, 24, 32, 48, 64, 128, 256)  # what window managers and task bars ask for


@cache
def _svg(name: str, folder: str = "icons") -> str:
    try:
        return resource(folder, f"{name}.svg").read_text(encoding="utf-8")
    except OSError:
        return ""


class SvgIconEngine(QIconEngine):
    """Renders an SVG at exactly the requested size (so high-DPI screens get crisp pixels).

    The SVG is parsed (and QtSvg loaded) on the first paint, not when the icon is made: menus make
    dozens of icons at start-up and show them only when opened.
    """

    def __init__(self, svg: str) -> None:
        super().__init__()
        self._svg = svg
        self._renderer: Any = None

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        if self._renderer is None:
            from PySide6.QtSvg import QSvgRenderer

            self._renderer = QSvgRenderer(QByteArray(self._svg.encode("utf-8")))
        if mode == QIcon.Mode.Disabled:
            painter.setOpacity(0.4)
        self._renderer.render(painter, QRectF(rect))

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        from PySide6.QtGui import QImage, QPainter, QPixmap  # here: their enums cost start-up time

        image = QImage(size, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        self.paint(painter, QRect(QPoint(0, 0), size), mode, state)
        painter.end()
        return QPixmap.fromImage(image)

    def clone(self) -> QIconEngine:
        return SvgIconEngine(self._svg)


def icon(name: str) -> QIcon:
    """The icon ``resources/icons/<name>.svg`` in the current theme's colour (null when missing)."""
    svg = _svg(name)
    if not svg:
        return QIcon()
    return QIcon(SvgIconEngine(svg.replace(_BASE_STROKE, theme.icon_color())))


class _AppIconEngine(SvgIconEngine):
    """The application icon: scalable, but lists the usual sizes (X11 sends the window manager the
    sizes an icon lists, and an engine without sizes would send none)."""

    def availableSizes(self, mode: QIcon.Mode = QIcon.Mode.Normal,
                       state: QIcon.State = QIcon.State.Off) -> list[QSize]:
        return [QSize(n, n) for n in APP_ICON_SIZES]

    def clone(self) -> QIconEngine:
        return _AppIconEngine(self._svg)


def app_icon() -> QIcon:
    """The application and window icon, from resources/branding/mlresume.svg (null when missing)."""
    svg = _svg("mlresume", "branding")
    return QIcon(_AppIconEngine(svg)) if svg else QIcon()
