"""The live side panel: score and fit, the focused bullet, skills coverage, resume findings."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QFrame, QScrollArea, QVBoxLayout, QWidget

from .bullet_view import BulletView
from .coverage_chart import CoverageChart
from .findings_list import FindingsList
from .live import LiveScoring, ScorerFactory
from .score_view import ScoreView
from .widgets import separator


class SidePanel(QScrollArea):
    """The right-hand panel; all views read the one LiveScoring controller."""

    def __init__(self, live: LiveScoring, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.live = live
        self.setObjectName("LivePanel")
        self.setAccessibleName("Live score panel")
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setMinimumWidth(300)
        page = QWidget()
        page.setObjectName("LivePanelPage")
        layout = QVBoxLayout(page)
        layout.setContentsMargins(10, 10, 10, 10)
        layout.setSpacing(10)
        self.score_view = ScoreView(live)
        self.bullet_view = BulletView(live)
        self.chart = CoverageChart(live)
        self.findings = FindingsList(live)
        for i, w in enumerate((self.score_view, self.bullet_view, self.chart, self.findings)):
            if i:
                layout.addWidget(separator())
            layout.addWidget(w)
        layout.addStretch(1)
        self.setWidget(page)
        self._started = False
        self._wait_for_show = False

    def start(self) -> None:
        """Score the document now and build the chart on the next turn of the event loop.

        Called once the window has been painted: the scorer's knowledge tables and pyqtgraph (with
        numpy) would otherwise delay the first paint by most of a second.
        """
        if self._started:
            return
        self._started = True
        self.live.start()
        QTimer.singleShot(0, self.chart, self.chart.ensure_built)

    def start_on_show(self) -> None:
        """For hosts without a ``firstPainted`` signal: start just after the panel is first shown."""
        self._wait_for_show = True

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        if self._wait_for_show and not self._started:
            QTimer.singleShot(0, self, self.start)


def install_panel(window: Any, scorer_factory: ScorerFactory | None = None) -> SidePanel:
    """Build the panel for a MainWindow and put it in the window's right-hand slot.

    Uses ``window.doc``, ``window.hub``, ``window.bulletFocused`` and ``window.set_panel``;
    the panel is also kept as ``window.live_panel``. Scoring and the chart start on the window's
    ``firstPainted`` signal (at once when it was already painted).
    """
    live = LiveScoring(window.doc, window.hub, scorer_factory, parent=window)
    window.bulletFocused.connect(live.set_focus)
    panel = SidePanel(live)
    window.set_panel(panel)
    window.live_panel = panel
    painted = getattr(window, "firstPainted", None)
    if painted is None:
        panel.start_on_show()
    elif getattr(window, "painted", False):
        QTimer.singleShot(0, panel, panel.start)
    else:
        painted.connect(panel.start)
    return panel
