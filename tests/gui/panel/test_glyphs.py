"""Every severity glyph of the panel is in the shipped font (a missing one draws as an empty box)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QFont, QFontDatabase, QFontMetrics

from mlresume_gui.gui.panel.style import SEVERITY_GLYPHS

FONTS = Path(__file__).resolve().parents[3] / "resources" / "fonts"


def test_severity_glyphs_are_in_the_shipped_font(qapp) -> None:
    families = []
    for path in sorted(FONTS.rglob("*.ttf")):
        fid = QFontDatabase.addApplicationFont(str(path))
        families += QFontDatabase.applicationFontFamilies(fid) if fid >= 0 else []
    assert families
    for family in {*families, qapp.font().family()}:
        metrics = QFontMetrics(QFont(family))
        missing = [g for g in SEVERITY_GLYPHS.values() if not metrics.inFontUcs4(ord(g))]
        assert missing == [], (family, missing)
