"""The top of the panel: the target selector, the overall score and the fit to each archetype.

The target is stored with the document through an undoable command; "Auto" leaves it unset so the
scores follow the archetype the resume leans to.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QGridLayout, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from ...model import ARCHETYPES
from ..variant_commands import target_command
from .live import LiveScoring
from .style import ARCHETYPE_COLOURS, score_colour
from .widgets import Meter, heading, wrapping_label

LABELS = {"research": "Research", "infra": "Infrastructure", "applied": "Applied"}
SIGNAL_COMPONENT = "archetype signal"


def label_of(archetype: str) -> str:
    return LABELS.get(archetype, archetype.title())


def lean_line(live: LiveScoring) -> str:
    """One line on what pulls the resume toward or away from its target."""
    scorer, target = live.scorer, live.target
    fit, detected = scorer.fit, scorer.detected
    if not live.bullet_count():
        return "Add experience or project bullets to see how the resume reads."
    parts: list[str] = []
    if not live.stored_target:
        parts.append(f"No target set: scored as {label_of(detected)}, the archetype it leans to.")
    elif detected == target:
        parts.append(f"Reads as {label_of(target)}, the target ({fit.get(target, 0):.0%} fit).")
    else:
        parts.append(f"Leans {label_of(detected)} ({fit.get(detected, 0):.0%}) more than the "
                     f"{label_of(target)} target ({fit.get(target, 0):.0%}).")
    strong = sum(1 for _bid, s in live.scores() if s.components.get(SIGNAL_COMPONENT, 0.0) >= 0.5)
    parts.append(f"Toward it: {strong} of {live.bullet_count()} bullets carry "
                 f"{label_of(target).lower()} signals.")
    away = [f for f in scorer.resume_findings if f.severity in ("error", "warning")]
    if away:
        parts.append(f"Away from it: {away[0].message}")
    return " ".join(parts)


class ScoreView(QWidget):
    """Target selector, overall score, fit bars and the lean line."""

    def __init__(self, live: LiveScoring, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.live = live
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)

        row = QHBoxLayout()
        row.addWidget(heading("Target role"))
        self.target_box = QComboBox()
        self.target_box.setAccessibleName("Target archetype")
        self.target_box.setToolTip("The kind of role this resume is aimed at; stored with the document")
        self.target_box.addItem("Auto (follow the resume)", "")
        for a in ARCHETYPES:
            self.target_box.addItem(label_of(a), a)
        self.target_box.activated.connect(self._chosen)
        row.addWidget(self.target_box, 1)
        layout.addLayout(row)

        score_row = QHBoxLayout()
        self.overall = QLabel("–")
        self.overall.setObjectName("OverallScore")
        font = self.overall.font()
        font.setPointSizeF(font.pointSizeF() * 2.2)
        font.setBold(True)
        self.overall.setFont(font)
        self.overall.setAccessibleName("Overall score")
        score_row.addWidget(self.overall)
        score_col = QVBoxLayout()
        self.overall_caption = QLabel("overall, out of 100")
        self.overall_meter = Meter()
        score_col.addWidget(self.overall_caption)
        score_col.addWidget(self.overall_meter)
        score_row.addLayout(score_col, 1)
        layout.addLayout(score_row)

        grid = QGridLayout()
        grid.setHorizontalSpacing(8)
        grid.setVerticalSpacing(3)
        self.fit_labels: dict[str, QLabel] = {}
        self.fit_meters: dict[str, Meter] = {}
        self.fit_values: dict[str, QLabel] = {}
        for r, a in enumerate(ARCHETYPES):
            name = QLabel(label_of(a))
            meter = Meter(ARCHETYPE_COLOURS[a])
            meter.setAccessibleName(f"{label_of(a)} fit")
            value = QLabel("")
            value.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            value.setMinimumWidth(value.fontMetrics().horizontalAdvance("100% leans"))
            grid.addWidget(name, r, 0)
            grid.addWidget(meter, r, 1)
            grid.addWidget(value, r, 2)
            self.fit_labels[a], self.fit_meters[a], self.fit_values[a] = name, meter, value
        grid.setColumnStretch(1, 1)
        layout.addLayout(grid)
        self.lean = wrapping_label()
        self.lean.setObjectName("LeanLine")
        layout.addWidget(self.lean)

        live.summaryChanged.connect(self.refresh)
        live.detailsChanged.connect(self.refresh_details)
        live.targetChanged.connect(lambda _t: self.sync_target())
        self.sync_target()
        self.refresh()
        self.refresh_details()

    # -- the target ------------------------------------------------------------------------------
    def _chosen(self, index: int) -> None:
        new = self.target_box.itemData(index) or None
        old = self.live.stored_target or None
        if new != old:
            cmd = target_command(self.live.doc, new)  # the shown variant's target, else the resume's
            cmd.setText(f"Set target to {label_of(new) if new else 'Auto'}")
            self.live.doc.push(cmd)

    def sync_target(self) -> None:
        """Show the stored target in the selector."""
        index = self.target_box.findData(self.live.stored_target)
        self.target_box.blockSignals(True)
        self.target_box.setCurrentIndex(max(index, 0))
        self.target_box.blockSignals(False)
        self.refresh()

    # -- scores ------------------------------------------------------------------------------------
    def refresh(self) -> None:
        """Overall score and fit bars, updated in place."""
        scorer = self.live.scorer
        if not self.live.bullet_count():
            self.overall.setText("–")
            self.overall_meter.set_value(0)
        else:
            overall = float(scorer.overall)
            text = str(round(overall))
            if self.overall.text() != text:
                self.overall.setText(text)
            self.overall_meter.set_value(overall / 100, score_colour(overall))
        fit, detected, target = scorer.fit, scorer.detected, self.live.target
        for a in ARCHETYPES:
            value = float(fit.get(a, 0.0))
            self.fit_meters[a].set_value(value)
            self.fit_meters[a].set_marked(a == target)
            text = f"{value:.0%}" + (" leans" if a == detected else "")
            if self.fit_values[a].text() != text:
                self.fit_values[a].setText(text)
            bold = a == target
            if self.fit_labels[a].font().bold() != bold:
                font = self.fit_labels[a].font()
                font.setBold(bold)
                self.fit_labels[a].setFont(font)

    def refresh_details(self) -> None:
        """Scores, fit and the lean line (resume-wide aggregates: off the keystroke path)."""
        self.refresh()
        text = lean_line(self.live)
        if self.lean.text() != text:
            self.lean.setText(text)

    def state(self) -> dict[str, Any]:
        """What the view shows (tests)."""
        return {"overall": self.overall.text(), "target": self.target_box.currentData(),
                "fit": {a: self.fit_meters[a].value() for a in ARCHETYPES}}
