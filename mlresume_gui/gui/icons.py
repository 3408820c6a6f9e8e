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
DISABLED_OPACITY = 0.35  # a disabled button's icon: clearly fainter than an enabled one


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
    dozens of icons at start-up and show them only when opened. With ``tinted`` the strokes take
    the current theme's icon colour at paint time, so icons made before a theme switch follow it.
    """

    def __init__(self, svg: str, tinted: bool = False) -> None:
        super().__init__()
        self._svg = svg
        self._tinted = tinted
        self._renderer: Any = None
        self._colour = ""

    def _current(self) -> Any:
        colour = theme.icon_color() if self._tinted else ""
        if self._renderer is None or colour != self._colour:
            from PySide6.QtSvg import QSvgRenderer

            svg = self._svg.replace(_BASE_STROKE, colour) if colour else self._svg
            self._renderer = QSvgRenderer(QByteArray(svg.encode("utf-8")))
            self._colour = colour
        return self._renderer

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        if mode == QIcon.Mode.Disabled:  # faded as a whole (the SVG renderer sets its own opacity)
            painter.drawPixmap(rect, self.pixmap(rect.size(), mode, state))
            return
        self._current().render(painter, QRectF(rect))

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        from PySide6.QtGui import QImage, QPainter, QPixmap  # here: their enums cost start-up time

        image = QImage(size, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        self._current().render(painter, QRectF(QRect(QPoint(0, 0), size)))
        painter.end()
        if mode == QIcon.Mode.Disabled:
            faded = QImage(size, QImage.Format.Format_ARGB32_Premultiplied)
            faded.fill(Qt.GlobalColor.transparent)
            painter = QPainter(faded)
            painter.setOpacity(DISABLED_OPACITY)
            painter.drawImage(0, 0, image)
            painter.end()
            image = faded
        return QPixmap.fromImage(image)

    def clone(self) -> QIconEngine:
        return SvgIconEngine(self._svg, self._tinted)

    def colour(self) -> str:
        """The stroke colour of the last paint ("" before any, or untinted)."""
        return self._colour


def icon(name: str) -> QIcon:
    """The icon ``resources/icons/<name>.svg`` in the current theme's colour (null when missing)."""
    svg = _svg(name)
    if not svg:
        return QIcon()
    return QIcon(SvgIconEngine(svg, tinted=True))


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
