"""Colours and text formats of the live panel: severities, coverage, score bands and underlines.

The underline styles are chosen to stay distinct from spelling's red wavy line and legible on the
light and the dark palette: dashed raspberry for errors, dashed orange for warnings, dotted blue for
notes, and a faint green wash behind the numbers that count as results.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QTextCharFormat

SEVERITY_COLOURS = {"error": "#c2255c", "warning": "#e8590c", "info": "#1c7ed6"}
SEVERITY_LABELS = {"error": "Problem", "warning": "Warning", "info": "Note"}
SEVERITY_GLYPHS = {"error": "●", "warning": "▲", "info": "◆"}  # glyphs the shipped font has
METRIC_BACKGROUND = QColor(47, 158, 68, 48)
ARCHETYPE_COLOURS = {"research": "#7048e8", "infra": "#1098ad", "applied": "#f08c00"}

_UNDERLINES = {
    "error": QTextCharFormat.UnderlineStyle.DashUnderline,
    "warning": QTextCharFormat.UnderlineStyle.DashUnderline,
    "info": QTextCharFormat.UnderlineStyle.DotLine,
}


def severity_colour(severity: str) -> str:
    """The colour of a severity (``info`` for unknown ones)."""
    return SEVERITY_COLOURS.get(severity, SEVERITY_COLOURS["info"])


def score_colour(score: float) -> str:
    """Red, amber or green for a 0-100 score."""
    if score < 45:
        return "#e03131"
    if score < 70:
        return "#f08c00"
    return "#2f9e44"


def coverage_colour(fraction: float) -> tuple[int, int, int]:
    """A bar colour for a 0-1 coverage fraction: red when thin, amber in between, green when full."""
    if fraction < 0.34:
        return (224, 49, 49)
    if fraction < 0.67:
        return (240, 140, 0)
    return (47, 158, 68)


def finding_format(severity: str) -> QTextCharFormat:
    """The underline format of a finding of ``severity``."""
    fmt = QTextCharFormat()
    fmt.setUnderlineStyle(_UNDERLINES.get(severity, QTextCharFormat.UnderlineStyle.DotLine))
    fmt.setUnderlineColor(QColor(severity_colour(severity)))
    return fmt


def metric_format() -> QTextCharFormat:
    """The faint background behind a span that counts as a quantified result."""
    fmt = QTextCharFormat()
    fmt.setBackground(METRIC_BACKGROUND)
    return fmt
