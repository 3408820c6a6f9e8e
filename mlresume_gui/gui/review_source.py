"""The source side of the import review: the file's pages drawn from where each line sits (PDF
placements carry their boxes), or its lines one under another (Word, text); every line tinted with
the colour of the field it went to, unsure lines outlined in red with a "?"; click to select, drag
onto the recognised structure, keyboard Up/Down to walk the lines, Menu key or Ctrl+M to move one.

Drawn with QGraphicsScene from the placements alone: no PDF renderer is needed.
"""

from __future__ import annotations

from PySide6.QtCore import QMimeData, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QDrag,
    QFont,
    QFontMetricsF,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPen,
    QResizeEvent,
)
from PySide6.QtWidgets import (
    QGraphicsRectItem,
    QGraphicsScene,
    QGraphicsSimpleTextItem,
    QGraphicsView,
    QWidget,
)

from ..formats.reading.placement import Placement
from .review_targets import LINE_MIME, UNSURE_BELOW, role_colour

PAGE_GAP = 24.0
FLAT_WIDTH, FLAT_LINE, FLAT_MARGIN = 560.0, 18.0, 36.0
UNSURE = QColor("#d32f2f")


def page_boxes(lines: list[Placement], pages: list[tuple[float, float]]) -> tuple[list[QRectF], list[QRectF]]:
    """Each line's rectangle in scene coordinates and each page's, pages stacked with a gap; lines
    without a box are laid one under another on a page of their own."""
    if pages and all(p.box is not None for p in lines):
        tops, y = [], 0.0
        for _w, h in pages:
            tops.append(y)
            y += h + PAGE_GAP
        page_rects = [QRectF(0, tops[i], w, h) for i, (w, h) in enumerate(pages)]
        rects = []
        for p in lines:
            x0, y0, x1, y1 = p.box  # type: ignore[misc]
            top = tops[min(p.page, len(tops) - 1)]
            rects.append(QRectF(x0, top + y0, max(4.0, x1 - x0), max(4.0, y1 - y0)))
        return rects, page_rects
    rects = [QRectF(FLAT_MARGIN, FLAT_MARGIN + i * FLAT_LINE, FLAT_WIDTH - 2 * FLAT_MARGIN, FLAT_LINE - 3)
             for i in range(len(lines))]
    height = 2 * FLAT_MARGIN + len(lines) * FLAT_LINE
    return rects, [QRectF(0, 0, FLAT_WIDTH, height)]


class _LineItem(QGraphicsRectItem):
    def __init__(self, index: int, rect: QRectF) -> None:
        super().__init__(rect)
        self.index = index
        self.setAcceptHoverEvents(True)


class SourceView(QGraphicsView):
    """The source pages with every line marked; ``lineSelected(index)``, ``moveRequested(index)``."""

    lineSelected = Signal(int)
    moveRequested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ReviewSource")
        self.setAccessibleName("Source of the file, each line marked with where it went")
        self.setScene(QGraphicsScene(self))
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        self.setBackgroundBrush(QBrush(QColor("#8a8f96")))
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setDragMode(QGraphicsView.DragMode.NoDrag)
        self.items_by_line: list[_LineItem] = []
        self.current = -1
        self._press: QPointF | None = None
        self._lines: list[Placement] = []

    def show_lines(self, lines: list[Placement], pages: list[tuple[float, float]], labels: list[str]) -> None:
        """Draw ``lines`` (their text where they sit) with their targets' colours; tooltips name
        where each went (``labels``)."""
        scene = self.scene()
        scene.clear()
        self._lines = list(lines)
        rects, page_rects = page_boxes(lines, pages)
        for page in page_rects:
            scene.addRect(page, QPen(QColor("#5f6368")), QBrush(QColor("white"))).setZValue(-2)
        self.items_by_line = []
        for i, (p, rect) in enumerate(zip(lines, rects, strict=True)):
            colour = role_colour(p.role if p.target else "other")
            tint = QColor(colour)
            tint.setAlpha(70)
            item = _LineItem(i, rect)
            unsure = p.confidence < UNSURE_BELOW
            pen = QPen(UNSURE if unsure else colour, 1.6 if unsure else 0.8)
            if unsure:
                pen.setStyle(Qt.PenStyle.DashLine)
            item.setPen(pen)
            item.setBrush(QBrush(tint))
            item.setToolTip(f"{p.text}\n→ {labels[i]}" + (f"\nunsure ({p.confidence:.0%})" if unsure else ""))
            scene.addItem(item)
            self._add_text(item, p.text, rect)
            bar = scene.addRect(QRectF(rect.left() - 4, rect.top(), 3, rect.height()), QPen(Qt.PenStyle.NoPen),
                                QBrush(colour))
            bar.setParentItem(item)
            if unsure:
                mark = QGraphicsSimpleTextItem("?", item)
                mark.setBrush(QBrush(UNSURE))
                f = QFont()
                f.setBold(True)
                f.setPointSizeF(max(6.0, rect.height() * 0.8))
                mark.setFont(f)
                mark.setPos(rect.left() - 6 - QFontMetricsF(f).horizontalAdvance("?"), rect.top() - 1)
            self.items_by_line.append(item)
        scene.setSceneRect(scene.itemsBoundingRect().adjusted(-20, -20, 20, 20))
        if 0 <= self.current < len(self.items_by_line):
            self.select(self.current)

    @staticmethod
    def _add_text(item: QGraphicsRectItem, text: str, rect: QRectF) -> None:
        label = QGraphicsSimpleTextItem(text, item)
        font = QFont()
        font.setPointSizeF(max(4.0, rect.height() * 0.62))
        label.setFont(font)
        label.setBrush(QBrush(QColor("#202124")))
        width = QFontMetricsF(font).horizontalAdvance(text) or 1.0
        scale = min(1.0, rect.width() / width)
        label.setScale(scale)
        label.setPos(rect.left(), rect.top() + (rect.height() - QFontMetricsF(font).height() * scale) / 2)

    def fit_width(self) -> None:
        """Zoom so that a page's width fills the view."""
        rect = self.scene().sceneRect()
        if rect.width() > 0:
            self.resetTransform()
            factor = (self.viewport().width() - 8) / rect.width()
            self.scale(factor, factor)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit_width()  # the page keeps filling the view's width

    # -- selection ------------------------------------------------------------------------------
    def select(self, index: int, emit: bool = False) -> None:
        if not 0 <= index < len(self.items_by_line):
            return
        if 0 <= self.current < len(self.items_by_line):
            self.items_by_line[self.current].setZValue(0)
            self._outline(self.current, False)
        self.current = index
        item = self.items_by_line[index]
        item.setZValue(1)
        self._outline(index, True)
        self.ensureVisible(item, 40, 40)
        if emit:
            self.lineSelected.emit(index)

    def _outline(self, index: int, on: bool) -> None:
        item = self.items_by_line[index]
        p = self._lines[index]
        if on:
            item.setPen(QPen(QColor("#1a73e8"), 2.4))
        else:
            unsure = p.confidence < UNSURE_BELOW
            pen = QPen(UNSURE if unsure else role_colour(p.role if p.target else "other"), 1.6 if unsure else 0.8)
            if unsure:
                pen.setStyle(Qt.PenStyle.DashLine)
            item.setPen(pen)

    def line_at(self, pos: QPointF) -> int:
        for item in self.items(pos.toPoint()):
            while item is not None and not isinstance(item, _LineItem):
                item = item.parentItem()
            if isinstance(item, _LineItem):
                return item.index
        return -1

    def mousePressEvent(self, event: QMouseEvent) -> None:
        index = self.line_at(event.position())
        if index >= 0:
            self.select(index, emit=True)
            self._press = event.position() if event.button() == Qt.MouseButton.LeftButton else None
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._press is not None and (event.position() - self._press).manhattanLength() > 8 and self.current >= 0:
            self._press = None
            drag = QDrag(self)
            mime = QMimeData()
            mime.setData(LINE_MIME, str(self.current).encode())
            mime.setText(self._lines[self.current].text)
            drag.setMimeData(mime)
            drag.exec(Qt.DropAction.MoveAction)
            return
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        self._press = None
        super().mouseReleaseEvent(event)

    def contextMenuEvent(self, event: object) -> None:  # right click or the Menu key
        pos = event.pos()  # type: ignore[attr-defined]
        index = self.line_at(QPointF(pos)) if event.reason() == event.Reason.Mouse else self.current  # type: ignore[attr-defined]
        if index >= 0:
            self.select(index, emit=True)
            self.moveRequested.emit(index)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Down, Qt.Key.Key_Up) and self.items_by_line:
            step = 1 if key == Qt.Key.Key_Down else -1
            start = self.current if self.current >= 0 else (-1 if step > 0 else len(self.items_by_line))
            self.select(max(0, min(len(self.items_by_line) - 1, start + step)), emit=True)
            return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space) and self.current >= 0:
            self.moveRequested.emit(self.current)
            return
        super().keyPressEvent(event)
