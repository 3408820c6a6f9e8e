"""The live side panel: score and fit, the focused bullet, skills coverage, resume findings."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtWidgets import QFrame, QScrollArea, QVBoxLayout, QWidget

from .bullet_view import BulletView
from .coverage_chart import CoverageChart
from .findings_list import FindingsList
from .live import LiveScoring, ScorerFactory
from .score_view import ScoreView
from .widgets import separator


class FittingScroll(QScrollArea):
    """A vertical scroll area whose page takes the height its wrapped text needs at the width."""

    def __init__(self, page: QWidget) -> None:
        super().__init__()
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setWidget(page)
        page.installEventFilter(self)

    def fit_page(self) -> None:
        """A word-wrapping label only knows its height for a given width; the scroll area alone
        sizes the page from its plain minimum and squeezes such labels until they are cut."""
        page = self.widget()
        layout = page.layout()
        width = self.viewport().width()
        wanted = layout.totalHeightForWidth(width) if layout.hasHeightForWidth() else -1
        wanted = max(wanted, layout.totalMinimumSize().height())
        if page.minimumHeight() != wanted:
            page.setMinimumHeight(wanted)

    def eventFilter(self, watched: Any, event: Any) -> bool:
        if watched is self.widget() and event.type() == QEvent.Type.LayoutRequest:
            QTimer.singleShot(0, self, self.fit_page)  # after the layout has taken the new sizes
        return super().eventFilter(watched, event)

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        self.fit_page()


class SidePanel(QWidget):
    """The right-hand panel; all views read the one LiveScoring controller.

    The target selector, the overall score and the fit stay at the top; the focused bullet, the
    coverage chart and the findings scroll below them when they are taller than the window.
    """

    def __init__(self, live: LiveScoring, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.live = live
        self.setObjectName("LivePanel")
        self.setAccessibleName("Live score panel")
        self.setMinimumWidth(300)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        self.score_view = ScoreView(live)
        head = QWidget()
        head.setObjectName("LivePanelHead")
        head_layout = QVBoxLayout(head)
        head_layout.setContentsMargins(10, 10, 10, 6)
        head_layout.addWidget(self.score_view)
        head_layout.addWidget(separator())
        outer.addWidget(head)
        self.head = head
        head.installEventFilter(self)
        page = QWidget()
        page.setObjectName("LivePanelPage")
        layout = QVBoxLayout(page)
        layout.setContentsMargins(10, 4, 10, 10)
        layout.setSpacing(10)
        self.bullet_view = BulletView(live)
        self.chart = CoverageChart(live)
        self.findings = FindingsList(live)
        for i, w in enumerate((self.bullet_view, self.chart, self.findings)):
            if i:
                layout.addWidget(separator())
            layout.addWidget(w)
        layout.addStretch(1)
        self.scroll = FittingScroll(page)
        outer.addWidget(self.scroll, 1)
        self._started = False
        self._wait_for_show = False
        # a wrapped label's new height does not always reach the layouts above it: fit again
        # once the views have taken new text (off the keystroke path: these are coalesced)
        for signal in (live.detailsChanged, live.summaryChanged, live.focusChanged, live.rebuilt):
            signal.connect(self._refit_soon)

    def _refit_soon(self, *_args: Any) -> None:
        QTimer.singleShot(0, self, self._refit)

    def _refit(self) -> None:
        self.fit_head()
        self.scroll.fit_page()

    def fit_head(self) -> None:
        """The head takes the height its wrapped lean line needs at the panel's width."""
        width = self.width()
        wanted = self.head.heightForWidth(width) if width > 0 else -1
        if wanted > 0 and self.head.height() != wanted:
            self.head.setFixedHeight(wanted)

    def eventFilter(self, watched: Any, event: Any) -> bool:
        if watched is self.head and event.type() == QEvent.Type.LayoutRequest:
            QTimer.singleShot(0, self, self.fit_head)
        return super().eventFilter(watched, event)

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        self.fit_head()

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
