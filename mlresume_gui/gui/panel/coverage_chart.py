"""Skills coverage: one horizontal bar per category of the target's expected stack (pyqtgraph).

Bars show the fraction of the category's items found in the resume, coloured by coverage. A switch
compares the three archetypes side by side. Clicking a bar lists the items present and missing;
clicking a missing item adds it to the skills section (one undo step).

pyqtgraph (and numpy) cost ~0.3 s to import, so the plot is built only after the window's first
paint (the panel calls :meth:`CoverageChart.ensure_built` then); until then a placeholder stands in.
"""

from __future__ import annotations

import html
import math
import os
from typing import Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from ...model import ARCHETYPES
from .live import LiveScoring
from .score_view import label_of
from .skills import add_skill
from .style import ARCHETYPE_COLOURS, coverage_colour
from .widgets import heading, wrapping_label

ROW_PX = 24  # plot height per category row
COMPARE_ROW_PX = 34
BAR = 0.62
COMPARE_BAR = 0.27
X_RANGE = (-0.01, 1.07)  # room for the "100%" tick label
LABEL_SHARE = 0.38  # at most this share of the chart's width goes to category names


def compare_categories(coverages: dict[str, dict[str, Any]], first: str) -> list[str]:
    """The union of the archetypes' categories, the ``first`` archetype's order leading."""
    order = [first, *(a for a in ARCHETYPES if a != first)]
    out: list[str] = []
    for a in order:
        for cat in coverages.get(a, {}):
            if cat not in out:
                out.append(cat)
    return out


class CoverageChart(QWidget):
    """The coverage bars, the compare switch and the have/missing list of the selected bar."""

    skillAdded = Signal(str, str)  # category, item

    def __init__(self, live: LiveScoring, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.live = live
        self.plot: Any = None
        self.items: dict[str, Any] = {}  # archetype (or "single") -> BarGraphItem
        self.categories: list[str] = []
        self.coverages: dict[str, dict[str, Any]] = {}
        self.selected: tuple[str, str] | None = None  # (archetype, category)
        self._data_key: Any = None
        self.zero_labels: list[Any] = []  # "none" written beside bars of no coverage (reused)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        head = QHBoxLayout()
        self.title = heading("Skills coverage")
        head.addWidget(self.title, 1)
        self.compare = QCheckBox("Compare archetypes")
        self.compare.setToolTip("Show the coverage of the research, infrastructure and applied stacks side by side")
        self.compare.toggled.connect(lambda _on: self.refresh())
        head.addWidget(self.compare)
        layout.addLayout(head)
        self.plot_box = QVBoxLayout()
        self.placeholder = QLabel("Loading chart…")
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setMinimumHeight(120)
        self.plot_box.addWidget(self.placeholder)
        layout.addLayout(self.plot_box)
        self.legend = QLabel()
        self.legend.setTextFormat(Qt.TextFormat.RichText)
        self.legend.setVisible(False)
        layout.addWidget(self.legend)
        self.details = wrapping_label()
        self.details.setObjectName("CoverageDetails")
        self.details.setTextFormat(Qt.TextFormat.RichText)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.details.linkActivated.connect(self._link)
        layout.addWidget(self.details)
        live.detailsChanged.connect(self.refresh)
        live.targetChanged.connect(lambda _t: self.refresh())
        live.rebuilt.connect(self._forget_selection)

    def _forget_selection(self) -> None:
        self.selected = None

    # -- lazy construction -------------------------------------------------------------------------
    def ensure_built(self) -> None:
        """Import pyqtgraph and build the plot (once)."""
        if self.plot is not None:
            return
        os.environ.setdefault("PYQTGRAPH_QT_LIB", "PySide6")
        import pyqtgraph as pg

        plot = pg.PlotWidget()
        plot.setAccessibleName("Skills coverage chart")
        plot.setMenuEnabled(False)
        plot.setMouseEnabled(x=False, y=False)
        plot.hideButtons()
        plot.setMinimumHeight(80)
        item = plot.getPlotItem()
        item.getViewBox().invertY(True)
        item.getViewBox().setXRange(X_RANGE[0], X_RANGE[1], padding=0)
        item.showGrid(x=True, y=False, alpha=0.25)
        item.getAxis("bottom").setTicks([[(v, f"{v:.0%}") for v in (0, 0.25, 0.5, 0.75, 1.0)]])
        plot.scene().sigMouseClicked.connect(self._clicked)
        self.pg = pg
        self.plot = plot
        self.plot_box.removeWidget(self.placeholder)
        self.placeholder.deleteLater()
        self.plot_box.addWidget(plot)
        self._apply_palette()
        self._data_key = None
        self.refresh()

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        if self.plot is not None and event.oldSize().width() != event.size().width():
            self._data_key = None
            self.refresh()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and self.plot is not None:
            self._apply_palette()

    def _apply_palette(self) -> None:
        pal = self.palette()
        fg = pal.color(QPalette.ColorRole.WindowText)
        self.plot.setBackground(pal.color(QPalette.ColorRole.Base))
        for name in ("left", "bottom"):
            axis = self.plot.getPlotItem().getAxis(name)
            axis.setPen(self.pg.mkPen(pal.color(QPalette.ColorRole.Mid)))
            axis.setTextPen(self.pg.mkPen(fg))
        self._data_key = None
        self.refresh()

    # -- data --------------------------------------------------------------------------------------
    def _archetypes(self) -> list[str]:
        target = self.live.target
        return [target, *(a for a in ARCHETYPES if a != target)] if self.compare.isChecked() else [target]

    def refresh(self) -> None:
        """Read the scorer's coverage and update the bars in place (only when the data changed)."""
        scorer = self.live.scorer
        self.coverages = {a: scorer.coverage(a) for a in self._archetypes()}
        target = self.live.target
        self.categories = (compare_categories(self.coverages, target) if self.compare.isChecked()
                           else list(self.coverages[target]))
        if self.selected is None or self.selected[0] not in self.coverages \
                or self.selected[1] not in self.coverages[self.selected[0]]:
            self.selected = self._default_selection()
        self.title.setText(f"Skills coverage — {label_of(target)}" if not self.compare.isChecked()
                           else "Skills coverage — all archetypes")
        self._show_details()
        if self.plot is None:
            return
        values = self.values()
        key = (self.compare.isChecked(), tuple(self.categories),
               tuple((a, tuple(sorted(v.items()))) for a, v in values.items()), self.selected)
        if key == self._data_key:
            return
        self._data_key = key
        self._draw(values)

    def _default_selection(self) -> tuple[str, str] | None:
        target = self.live.target
        cov = self.coverages.get(target, {})
        if not cov:
            return None
        worst = min(cov, key=lambda c: (cov[c].fraction, list(cov).index(c)))
        return target, worst

    def values(self) -> dict[str, dict[str, float]]:
        """Archetype -> category -> the fraction each bar shows."""
        return {a: {c: float(v.fraction) for c, v in cov.items()} for a, cov in self.coverages.items()}

    def plotted(self) -> dict[str, dict[str, float]]:
        """Archetype -> category -> the bar length actually drawn (read back from the plot items)."""
        out: dict[str, dict[str, float]] = {}
        for a, item in self.items.items():
            if not item.isVisible():
                continue
            ys, widths = item.opts["y"], item.opts["width"]
            out[a] = {self.categories[math.floor(y + 0.5)]: float(w) for y, w in zip(ys, widths, strict=True)}
        return out

    def _draw(self, values: dict[str, dict[str, float]]) -> None:
        pg = self.pg
        compare = self.compare.isChecked()
        archetypes = list(values)
        for a in ARCHETYPES:
            if a not in self.items:
                item = pg.BarGraphItem(x0=[], y=[], width=[], height=BAR)
                self.plot.addItem(item)
                self.items[a] = item
        fg = self.palette().color(QPalette.ColorRole.WindowText)
        for slot, a in enumerate(ARCHETYPES):
            item = self.items[a]
            if a not in values:
                item.setVisible(False)
                continue
            rows = [(i, c) for i, c in enumerate(self.categories) if c in values[a]]
            if not rows:  # (pyqtgraph cannot take empty pen lists)
                item.setVisible(False)
                continue
            offset = (archetypes.index(a) - (len(archetypes) - 1) / 2) * (COMPARE_BAR + 0.02) if compare else 0.0
            ys = [i + offset for i, _c in rows]
            widths = [values[a][c] for _i, c in rows]
            if compare:
                brushes = [QColor(ARCHETYPE_COLOURS[a])] * len(rows)
            else:
                brushes = [QColor(*coverage_colour(values[a][c])) for _i, c in rows]
            pens = []
            for (_i, c), brush in zip(rows, brushes, strict=True):
                if self.selected == (a, c):
                    pens.append(pg.mkPen(fg, width=2))
                elif values[a][c] == 0:  # an empty category still shows as a stub at 0
                    pens.append(pg.mkPen(brush, width=3))
                else:
                    pens.append(pg.mkPen(None))
            item.setOpts(x0=[0.0] * len(rows), y=ys, width=widths,
                         height=COMPARE_BAR if compare else BAR, brushes=brushes, pens=pens)
            item.setVisible(True)
            item.setZValue(slot)
        self._label_zeros(values, archetypes, compare)
        item = self.plot.getPlotItem()
        left = item.getAxis("left")
        metrics = self.fontMetrics()
        room = max(80, int(self.width() * LABEL_SHARE))
        labels = [metrics.elidedText(c, Qt.TextElideMode.ElideRight, room) for c in self.categories]
        left.setTicks([list(enumerate(labels))])
        self.plot.setToolTip("\n".join(  # the whole names and figures, also where labels are cut
            f"{c}: " + ", ".join(f"{label_of(a)} {values[a][c]:.0%}" if compare else f"{values[a][c]:.0%}"
                                 for a in archetypes if c in values[a])
            for c in self.categories))
        left.setWidth(max((metrics.horizontalAdvance(t) for t in labels), default=40) + 14)
        n = max(len(self.categories), 1)
        item.getViewBox().setYRange(-0.5, n - 0.5, padding=0)
        item.getViewBox().setXRange(X_RANGE[0], X_RANGE[1], padding=0)
        self.plot.setFixedHeight(n * (COMPARE_ROW_PX if compare else ROW_PX) + 40)
        self.legend.setVisible(compare)
        if compare:
            self.legend.setText("  ".join(
                f'<span style="color:{ARCHETYPE_COLOURS[a]}">■</span> {label_of(a)}' for a in archetypes))

    def _label_zeros(self, values: dict[str, dict[str, float]], archetypes: list[str], compare: bool) -> None:
        """Write "none" where a bar has no length, so an empty category reads as empty, not missing."""
        spots = []
        for a in archetypes:
            offset = (archetypes.index(a) - (len(archetypes) - 1) / 2) * (COMPARE_BAR + 0.02) if compare else 0.0
            spots += [(i + offset, a) for i, c in enumerate(self.categories) if values[a].get(c, -1.0) == 0.0]
        fg = self.palette().color(QPalette.ColorRole.WindowText)
        while len(self.zero_labels) < len(spots):
            label = self.pg.TextItem("none", anchor=(0, 0.5))
            self.plot.addItem(label)
            self.zero_labels.append(label)
        for n, label in enumerate(self.zero_labels):
            if n >= len(spots):
                label.setVisible(False)
                continue
            y, a = spots[n]
            label.setText("none" if not compare else f"none ({label_of(a)})", color=fg)
            label.setPos(0.015, y)
            label.setVisible(True)

    def zero_labelled(self) -> list[float]:
        """Plot heights where a "none" label is shown (tests)."""
        return [label.pos().y() for label in self.zero_labels if label.isVisible()]

    # -- selection and the have/missing list ------------------------------------------------------
    def _clicked(self, event: Any) -> None:
        vb = self.plot.getPlotItem().getViewBox()
        if not vb.sceneBoundingRect().contains(event.scenePos()):
            return
        point = vb.mapSceneToView(event.scenePos())
        self.select_at(point.y())

    def select_at(self, y: float) -> None:
        """Select the bar at plot height ``y`` (the category row, and in compare mode the archetype)."""
        row = math.floor(y + 0.5)
        if not 0 <= row < len(self.categories):
            return
        category = self.categories[row]
        archetypes = [a for a in self.coverages if category in self.coverages[a]]
        if not archetypes:
            return
        if self.compare.isChecked():
            order = list(self.coverages)
            slots = {a: (order.index(a) - (len(order) - 1) / 2) * (COMPARE_BAR + 0.02) for a in archetypes}
            archetype = min(archetypes, key=lambda a: abs(row + slots[a] - y))
        else:
            archetype = archetypes[0]
        self.select(archetype, category)

    def select(self, archetype: str, category: str) -> None:
        """Show the items present and missing in ``category`` of ``archetype``."""
        if category in self.coverages.get(archetype, {}):
            self.selected = (archetype, category)
            self._show_details()
            if self.plot is not None:
                self._data_key = None
                self.refresh()

    def _show_details(self) -> None:
        if self.selected is None:
            self.details.setText("")
            return
        a, category = self.selected
        cov = self.coverages[a][category]
        have = ", ".join(html.escape(i) for i in cov.have) or "none yet"
        missing = " ".join(f'<a href="add:{html.escape(i, quote=True)}">+&nbsp;{html.escape(i)}</a>'
                           for i in cov.missing)
        total = len(cov.have) + len(cov.missing)
        head = f"<b>{html.escape(category)}</b>"
        if self.compare.isChecked():
            head += f" ({label_of(a)})"
        text = f"{head}: {len(cov.have)} of {total}<br>Have: {have}"
        if missing:
            text += f"<br>Missing (click to add to Skills): {missing}"
        if self.details.text() != text:
            self.details.setText(text)

    def _link(self, href: str) -> None:
        if href.startswith("add:") and self.selected is not None:
            self.add_missing(href[4:])

    def add_missing(self, item: str) -> bool:
        """Add a missing item of the selected category to the skills section (one undo step)."""
        if self.selected is None:
            return False
        category = self.selected[1]
        if add_skill(self.live.doc, category, item):
            self.skillAdded.emit(category, item)
            self.live.flush()
            return True
        return False
