"""Light and dark palettes (data in resources/themes/*.toml) following the system colour scheme."""

from __future__ import annotations

from functools import cache

from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

from ..resources import resource
from . import settings

CARD_QSS = """
QFrame#EntryCard { border: 1px solid palette(mid); border-radius: 6px; background: palette(base); }
QLabel#SectionTitle { font-size: 15pt; font-weight: 600; }
QLineEdit, QPlainTextEdit { border: 1px solid palette(mid); border-radius: 3px; padding: 1px 2px; }
QLineEdit:focus, QPlainTextEdit:focus { border: 1px solid palette(highlight); }
QLineEdit[invalid="true"] { border: 1px solid #d64545; }
"""


STYLE = "Fusion"


@cache
def theme_data(name: str) -> dict:
    """The parsed theme file ``resources/themes/<name>.toml`` (empty when missing or broken)."""
    import tomllib

    try:
        with open(resource("themes", f"{name}.toml"), "rb") as fh:
            return tomllib.load(fh)
    except (OSError, tomllib.TOMLDecodeError):
        return {}


def system_is_dark() -> bool:
    """True when the platform asks for a dark colour scheme."""
    from PySide6.QtCore import Qt  # (its enums cost ~30 ms: not before the first frame)

    hints = QGuiApplication.styleHints()
    return hints.colorScheme() == Qt.ColorScheme.Dark


def current_name() -> str:
    app = QApplication.instance()
    return str(app.property("mlresume_theme") or "light") if app else "light"


def icon_color() -> str:
    return str(theme_data(current_name()).get("icon", "#5f6b7a"))


def last_used() -> str:
    """The theme the last session showed (the first frame's palette, before the system is asked)."""
    name = settings.get("window/theme")
    return name if name in ("light", "dark") else "light"


def apply_theme(app: QApplication, name: str | None = None) -> str:
    """Apply the ``light`` or ``dark`` palette (by default the one the system asks for)."""
    name = name or ("dark" if system_is_dark() else "light")
    if app.property("mlresume_style") != STYLE:
        app.setStyle(STYLE)  # (make_app passes it on the command line: no QStyle wrapper at start-up)
        app.setProperty("mlresume_style", STYLE)
    palette = QPalette()
    for role_name, colour in theme_data(name).get("palette", {}).items():
        role = getattr(QPalette.ColorRole, role_name, None)
        if role is not None:
            palette.setColor(role, QColor(colour))
    for role_name, colour in theme_data(name).get("disabled", {}).items():  # greyed-out controls
        role = getattr(QPalette.ColorRole, role_name, None)
        if role is not None:
            palette.setColor(QPalette.ColorGroup.Disabled, role, QColor(colour))
    app.setPalette(palette)
    app.setStyleSheet(CARD_QSS)
    app.setProperty("mlresume_theme", name)
    if name != settings.get("window/theme"):
        settings.put("window/theme", name)
    return name


def follow_system(app: QApplication) -> None:
    """Re-apply the palette whenever the system colour scheme changes."""
    QGuiApplication.styleHints().colorSchemeChanged.connect(lambda _s: apply_theme(app))
