"""The focused bullet: its score, the component breakdown with the target's weights, penalties, and
every finding with its message and suggestion.

Follows the cursor from bullet to bullet and refreshes on every keystroke. Rows and finding labels
are created once and reused (text and visibility change, widgets are never rebuilt per key).
"""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from .live import LiveScoring
from .style import SEVERITY_GLYPHS, SEVERITY_LABELS, score_colour, severity_colour
from .widgets import Meter, heading, wrapping_label

EMPTY_HINT = "Put the cursor in a bullet to see its score and what would raise it."


def component_weights(target: str) -> dict[str, float]:
    """The weight of each score component for ``target`` (from the knowledge tables)."""
    try:
        from ...scoring.knowledge import knowledge

        return dict(knowledge().weights.get(target, {}))
    except (ImportError, OSError, KeyError):
        return {}


def finding_html(finding: Any) -> str:
    """A finding as rich text: coloured severity mark, message, then the suggestion."""
    colour = severity_colour(finding.severity)
    glyph = SEVERITY_GLYPHS.get(finding.severity, "•")
    label = SEVERITY_LABELS.get(finding.severity, finding.severity)
    out = (f'<span style="color:{colour}">{glyph}</span> <b>{html.escape(label)}:</b> '
           f"{html.escape(finding.message)}")
    if finding.suggestion:
        out += f'<br><span style="color:{colour}">→</span> <i>{html.escape(finding.suggestion)}</i>'
    return out


class ComponentRow:
    """One line of the breakdown: name, meter, value × weight (fixed sizes: updating it never
    re-lays out the panel)."""

    def __init__(self, grid: QGridLayout, row: int, name: str, value_width: int) -> None:
        self.name = QLabel(name.capitalize())
        self.meter = Meter()
        self.meter.setAccessibleName(name)
        self.value = QLabel()
        self.value.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.value.setFixedSize(value_width, self.value.sizeHint().height())
        grid.addWidget(self.name, row, 0)
        grid.addWidget(self.meter, row, 1)
        grid.addWidget(self.value, row, 2)
        self.shown = True
        self.text = ""

    def show(self, value: float, weight: float | None) -> None:
        self.meter.set_value(value, score_colour(value * 100))
        text = f"{value:.2f}" + (f" × {weight:g}" if weight is not None else "")
        if self.text != text:
            self.text = text
            self.value.setText(text)
        self._set_shown(True)

    def hide(self) -> None:
        self._set_shown(False)

    def _set_shown(self, shown: bool) -> None:
        if shown != self.shown:
            self.shown = shown
            for w in (self.name, self.meter, self.value):
                w.setVisible(shown)


class FindingsBox(QWidget):
    """Holds the findings label at a height that changes only when told to (:meth:`fit`).

    While keys arrive the label's text changes in place: a finding that appears is shown in full
    once typing pauses, one that goes leaves its space until then. Changing the height with every
    key would move, and repaint, everything below it in the panel.
    """

    def __init__(self, label: QLabel) -> None:
        super().__init__()
        self.label = label
        label.setParent(self)
        self._width = -1

    def fit(self) -> None:
        """Take the height the label needs at the current width."""
        width = self.width()
        if width <= 0:
            return
        wanted = self.label.heightForWidth(width)
        if wanted < 0:
            wanted = self.label.sizeHint().height()
        if wanted != self.height() or self.minimumHeight() != wanted:
            self.setFixedHeight(wanted)
        self.label.setGeometry(0, 0, width, max(wanted, self.label.heightForWidth(width)))

    def keep_size(self) -> None:
        """New text at the old height: the label covers the box (more text is cut off until ``fit``)."""
        if self.label.height() < self.height():
            self.label.resize(self.width(), self.height())

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        if event.size().width() != self._width:
            self._width = event.size().width()
            self.fit()


class BulletView(QWidget):
    """Score, breakdown and findings of the bullet the cursor is in.

    The layout is fixed while a bullet is edited: the score and the breakdown have fixed sizes, and
    the points off with the findings are one rich-text label in a box whose height is fitted when
    the cursor moves to another bullet or typing pauses (``settle``), never per key. So the panel
    below never jumps (nor repaints) with each key, and no gap stays once typing stops.
    """

    def __init__(self, live: LiveScoring, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.live = live
        self.bullet_id = ""
        self._weights: dict[str, float] = {}
        self._weights_for = ""
        self._colour = ""
        self._shown: list[str] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        head = QHBoxLayout()
        head.addWidget(heading("Focused bullet"), 1, Qt.AlignmentFlag.AlignVCenter)
        self.score = QLabel("")
        self.score.setObjectName("BulletScore")
        self.score.setAccessibleName("Bullet score")
        self.score.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        font = self.score.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.5)
        self.score.setFont(font)
        metrics = self.score.fontMetrics()
        self.score.setFixedSize(metrics.horizontalAdvance("100") + 4, metrics.height())
        head.addWidget(self.score, 0, Qt.AlignmentFlag.AlignVCenter)
        layout.addLayout(head)
        self.hint = wrapping_label(EMPTY_HINT)
        layout.addWidget(self.hint)

        self.body = QWidget()
        body = QVBoxLayout(self.body)
        body.setContentsMargins(0, 0, 0, 0)
        body.setSpacing(6)
        self.grid = QGridLayout()
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setHorizontalSpacing(8)
        self.grid.setVerticalSpacing(2)
        self.grid.setColumnStretch(1, 1)
        body.addLayout(self.grid)
        self.rows: dict[str, ComponentRow] = {}
        self._value_width = self.fontMetrics().horizontalAdvance("0.00 × 100") + 4
        self.findings = wrapping_label()
        self.findings.setObjectName("Findings")
        self.findings.setTextFormat(Qt.TextFormat.RichText)
        self.findings.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.findings_box = FindingsBox(self.findings)
        body.addWidget(self.findings_box)
        layout.addWidget(self.body)
        self.body.setVisible(False)

        live.focusChanged.connect(self.show_bullet)
        live.bulletScored.connect(self._scored)
        live.targetChanged.connect(lambda _t: self.refresh())
        live.rebuilt.connect(self.refresh)
        live.detailsChanged.connect(self.settle)

    # -- following the cursor --------------------------------------------------------------------
    def show_bullet(self, bullet_id: str) -> None:
        self.bullet_id = bullet_id
        self.refresh()
        self.settle()  # a new bullet: fit its findings exactly

    def _scored(self, bullet_id: str) -> None:
        if bullet_id == self.bullet_id:
            self.refresh()

    def refresh(self) -> None:
        """Show the current score of the focused bullet (in place)."""
        score = self.live.bullet(self.bullet_id) if self.bullet_id else None
        if self.hint.isHidden() != (score is not None):
            self.hint.setVisible(score is None)
            self.body.setVisible(score is not None)
        if score is None:
            self.score.setText("")
            return
        text = str(round(score.score))
        if self.score.text() != text:
            self.score.setText(text)
        colour = score_colour(score.score)
        if colour != self._colour:  # a style sheet per key would re-polish the label each time
            self._colour = colour
            self.score.setStyleSheet(f"color: {colour}")
        target = self.live.target
        if target != self._weights_for:
            self._weights, self._weights_for = component_weights(target), target
        self._show_components(score.components)
        self._show_findings(score.penalties, score.findings)

    def settle(self) -> None:
        """Fit the findings box to its text (typing paused, or another bullet)."""
        self.findings_box.fit()

    def _show_components(self, components: dict[str, float]) -> None:
        for name, value in components.items():
            row = self.rows.get(name)
            if row is None:
                row = self.rows[name] = ComponentRow(self.grid, len(self.rows), name, self._value_width)
            row.show(float(value), self._weights.get(name))
        if len(components) != len(self.rows):
            for name, row in self.rows.items():
                if name not in components:
                    row.hide()

    def _show_findings(self, penalties: dict[str, float], findings: tuple[Any, ...]) -> None:
        taken = [(code, pts) for code, pts in penalties.items() if pts]
        parts = [finding_html(f) for f in findings]
        self._shown = parts
        blocks = []
        if taken:
            blocks.append("Points off: " + ", ".join(f"−{pts:g} {html.escape(code)}" for code, pts in taken))
        blocks += parts or ["No findings: this bullet reads well."]
        text = "".join(f'<div style="margin-bottom:6px">{b}</div>' for b in blocks)
        if self.findings.text() != text:
            self.findings.setText(text)
            self.findings.setToolTip(", ".join(f.code for f in findings))
            self.findings_box.keep_size()

    def shown_findings(self) -> list[str]:
        """The rich text of each finding shown (tests)."""
        return [] if self.body.isHidden() else list(self._shown)

    def shown_weights(self) -> dict[str, str]:
        """Component name -> the "value × weight" text shown (tests)."""
        return {n: r.value.text() for n, r in self.rows.items() if r.shown}
