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
    """One line of the breakdown: name, meter, value × weight."""

    def __init__(self, grid: QGridLayout, row: int, name: str) -> None:
        self.name = QLabel(name.capitalize())
        self.meter = Meter()
        self.meter.setAccessibleName(name)
        self.value = QLabel()
        self.value.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
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


class BulletView(QWidget):
    """Score, breakdown and findings of the bullet the cursor is in."""

    def __init__(self, live: LiveScoring, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.live = live
        self.bullet_id = ""
        self._weights: dict[str, float] = {}
        self._weights_for = ""
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        head = QHBoxLayout()
        head.addWidget(heading("Focused bullet"), 1)
        self.score = QLabel("")
        self.score.setObjectName("BulletScore")
        self.score.setAccessibleName("Bullet score")
        font = self.score.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.5)
        self.score.setFont(font)
        head.addWidget(self.score)
        layout.addLayout(head)
        self.hint = wrapping_label(EMPTY_HINT)
        layout.addWidget(self.hint)

        self.body = QWidget()
        body = QVBoxLayout(self.body)
        body.setContentsMargins(0, 0, 0, 0)
        body.setSpacing(4)
        self.grid = QGridLayout()
        self.grid.setHorizontalSpacing(8)
        self.grid.setVerticalSpacing(2)
        self.grid.setColumnStretch(1, 1)
        body.addLayout(self.grid)
        self.rows: dict[str, ComponentRow] = {}
        self.penalties = wrapping_label()
        self.penalties.setObjectName("Penalties")
        body.addWidget(self.penalties)
        self.findings_box = QVBoxLayout()
        self.findings_box.setSpacing(6)
        body.addLayout(self.findings_box)
        self.finding_labels: list[QLabel] = []
        self.no_findings = QLabel("No findings: this bullet reads well.")
        body.addWidget(self.no_findings)
        layout.addWidget(self.body)
        self.body.setVisible(False)

        live.focusChanged.connect(self.show_bullet)
        live.bulletScored.connect(self._scored)
        live.targetChanged.connect(lambda _t: self.refresh())
        live.rebuilt.connect(self.refresh)

    # -- following the cursor --------------------------------------------------------------------
    def show_bullet(self, bullet_id: str) -> None:
        self.bullet_id = bullet_id
        self.setMinimumHeight(0)  # a new bullet: the view may shrink once
        self.refresh()

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
            self.score.setStyleSheet(f"color: {score_colour(score.score)}")
        target = self.live.target
        if target != self._weights_for:
            self._weights, self._weights_for = component_weights(target), target
        self._show_components(score.components)
        self._show_penalties(score.penalties)
        self._show_findings(score.findings)
        self._keep_height()

    def _keep_height(self) -> None:
        """Grow, never shrink, while the same bullet is edited: findings that come and go with
        each key would otherwise move (and repaint) everything below this view."""
        wanted = self.sizeHint().height()
        if wanted > self.minimumHeight():
            self.setMinimumHeight(wanted)

    def _show_components(self, components: dict[str, float]) -> None:
        for name, value in components.items():
            row = self.rows.get(name)
            if row is None:
                row = self.rows[name] = ComponentRow(self.grid, len(self.rows), name)
            row.show(float(value), self._weights.get(name))
        if len(components) != len(self.rows):
            for name, row in self.rows.items():
                if name not in components:
                    row.hide()

    def _show_penalties(self, penalties: dict[str, float]) -> None:
        taken = [(code, pts) for code, pts in penalties.items() if pts]
        text = ("Points off: " + ", ".join(f"−{pts:g} {code}" for code, pts in taken)) if taken else ""
        if self.penalties.text() != text:
            self.penalties.setText(text)
            self.penalties.setVisible(bool(text))

    def _show_findings(self, findings: tuple[Any, ...]) -> None:
        while len(self.finding_labels) < len(findings):
            label = wrapping_label()
            label.setTextFormat(Qt.TextFormat.RichText)
            label.setObjectName("Finding")
            self.findings_box.addWidget(label)
            self.finding_labels.append(label)
        for label, finding in zip(self.finding_labels, findings, strict=False):
            text = finding_html(finding)
            if label.text() != text:
                label.setText(text)
                label.setToolTip(finding.code)
            if label.isHidden():
                label.setVisible(True)
        for label in self.finding_labels[len(findings):]:
            if not label.isHidden():
                label.setVisible(False)
        if self.no_findings.isHidden() == (not findings):
            self.no_findings.setVisible(not findings)

    def shown_findings(self) -> list[str]:
        """The rich text of the findings shown (tests)."""
        return [lb.text() for lb in self.finding_labels if not lb.isHidden()]

    def shown_weights(self) -> dict[str, str]:
        """Component name -> the "value × weight" text shown (tests)."""
        return {n: r.value.text() for n, r in self.rows.items() if r.shown}
