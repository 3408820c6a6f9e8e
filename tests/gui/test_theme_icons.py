"""Icons follow a theme switch (made in dark, drawn in light: the light colour), and disabled
controls are drawn greyed in both themes."""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QColor, QIcon, QPalette
from PySide6.QtWidgets import QApplication

from mlresume_gui.gui import theme
from mlresume_gui.gui.icons import icon


def stroke(ic: QIcon, mode: QIcon.Mode = QIcon.Mode.Normal) -> tuple[QColor, int]:
    """The most opaque colour the icon draws, and its alpha."""
    image = ic.pixmap(32, 32, mode).toImage()
    best = max((image.pixelColor(x, y) for x in range(32) for y in range(32)), key=lambda c: c.alpha())
    return best, best.alpha()


def close(a: QColor, hex_colour: str) -> bool:
    b = QColor(hex_colour)
    return max(abs(a.red() - b.red()), abs(a.green() - b.green()), abs(a.blue() - b.blue())) <= 24


def test_icons_follow_the_theme(qapp: Any) -> None:
    try:
        theme.apply_theme(qapp, "dark")
        ic = icon("go-up")
        assert close(stroke(ic)[0], theme.icon_color())
        theme.apply_theme(qapp, "light")
        colour, alpha = stroke(ic)
        assert close(colour, theme.theme_data("light")["icon"]) and alpha > 200  # not faded
        assert stroke(ic, QIcon.Mode.Disabled)[1] < alpha * 0.5  # disabled is faded
    finally:
        theme.apply_theme(qapp, "light")


def test_disabled_text_is_greyed_in_both_themes(qapp: Any) -> None:
    try:
        for name in ("light", "dark"):
            theme.apply_theme(qapp, name)
            pal = QApplication.palette()
            for role in (QPalette.ColorRole.ButtonText, QPalette.ColorRole.Text, QPalette.ColorRole.WindowText):
                assert pal.color(QPalette.ColorGroup.Disabled, role) != pal.color(QPalette.ColorGroup.Active, role)
    finally:
        theme.apply_theme(qapp, "light")
