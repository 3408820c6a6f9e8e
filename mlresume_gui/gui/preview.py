"""View > Preview: the pages of the chosen template and of the variant the window shows, as images.

Edits restart a 500 ms timer (the only work on the keystroke path). When it fires, the layout is
built from the model on the GUI thread (plain Python, a few milliseconds) and a pool thread turns it
into page images: ``writing.pdf.render_document`` paginates a QTextDocument exactly as the PDF export
does, and each page is drawn with ``QTextDocument.drawContents`` into a QImage (QTextDocument is
reentrant and QPainter may paint on a QImage outside the GUI thread). Results older than the latest
request are dropped. The preview renders only while its dock is visible, and the pane is built the
first time the dock is shown.
"""

from __future__ import annotations

import time
from typing import Any

from PySide6.QtCore import QObject, QRectF, QRunnable, Qt, QThreadPool, QTimer, Signal
from PySide6.QtGui import QAction, QColor, QImage, QPainter, QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from . import settings

DEBOUNCE_MS = 500
MIN_PAGE_WIDTH = 320
ZOOMS = (0.5, 0.75, 1.0, 1.25, 1.5, 2.0)  # besides "Fit width" (0)
SCREEN_DPI = 96.0  # 100 % shows the page at its printed size on a 96 dpi screen
PREVIEW_SHORTCUT = "Ctrl+Shift+P"


def render_pages(layout: Any, template: Any, width_px: int) -> list[QImage]:
    """The pages of ``layout`` drawn with ``template``, each ``width_px`` wide (QtGui only; any thread)."""
    from mlresume_gui.formats.writing.pdf import render_document

    doc = render_document(layout, template)
    page = doc.pageSize()
    scale = width_px / page.width()
    height_px = round(page.height() * scale)
    images = []
    for i in range(max(1, doc.pageCount())):
        image = QImage(width_px, height_px, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(QColor("white"))
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        painter.scale(scale, scale)
        top = i * page.height()
        painter.translate(0, -top)
        doc.drawContents(painter, QRectF(0, top, page.width(), page.height()))
        painter.end()
        images.append(image)
    del doc
    return images


class _Signals(QObject):
    done = Signal(int, object, str, float)  # generation, images, error, seconds


class RenderJob(QRunnable):
    """Renders the page images of one layout in a pool thread."""

    def __init__(self, generation: int, layout: Any, template: Any, width_px: int) -> None:
        super().__init__()
        self.generation, self.layout, self.template, self.width_px = generation, layout, template, width_px
        self.signals = _Signals()

    def run(self) -> None:
        start = time.perf_counter()
        try:
            images = render_pages(self.layout, self.template, self.width_px)
        except Exception as exc:  # shown in the pane, never a traceback
            self.signals.done.emit(self.generation, [], f"Cannot draw the preview ({type(exc).__name__})", 0.0)
            return
        self.signals.done.emit(self.generation, images, "", time.perf_counter() - start)


class PreviewPane(QWidget):
    """Template chooser, status line and the page images, newest first on top of the scroll."""

    rendered = Signal(int)  # page count after each update

    def __init__(self, window: Any) -> None:
        super().__init__()
        self.window, self.doc = window, window.doc
        self.setObjectName("PreviewPane")
        from mlresume_gui.formats.writing.templates import template_names

        self.template = QComboBox()
        self.template.setAccessibleName("Preview template")
        for name in template_names():
            self.template.addItem(name.title(), name)
        index = self.template.findData(settings.get("preview/template"))
        self.template.setCurrentIndex(max(index, 0))
        self.template.currentIndexChanged.connect(self._template_changed)
        self.zoom = QComboBox()
        self.zoom.setAccessibleName("Preview zoom")
        self.zoom.addItem("Fit width", 0.0)
        for z in ZOOMS:
            self.zoom.addItem(f"{z:.0%}", z)
        index = self.zoom.findData(float(settings.get("preview/zoom") or 0.0))
        self.zoom.setCurrentIndex(max(index, 0))
        self.zoom.currentIndexChanged.connect(self._zoom_changed)
        self.zoom_buttons = {}
        for step, text, tip in ((-1, "−", "Zoom out"), (1, "+", "Zoom in")):
            b = QToolButton()
            b.setText(text)
            b.setToolTip(tip)
            b.setAccessibleName(tip)
            b.clicked.connect(lambda _c=False, s=step: self.zoom_step(s))
            self.zoom_buttons[step] = b
        self.info = QLabel("")
        self.info.setObjectName("PreviewInfo")
        top = QHBoxLayout()
        top.addWidget(QLabel("Template:"))
        top.addWidget(self.template)
        top.addWidget(self.info, 1)
        zoom_row = QHBoxLayout()  # a row of its own: the pane stays as narrow as before
        zoom_row.addWidget(QLabel("Zoom:"))
        zoom_row.addWidget(self.zoom_buttons[-1])
        zoom_row.addWidget(self.zoom)
        zoom_row.addWidget(self.zoom_buttons[1])
        zoom_row.addStretch(1)
        self.pages_box = QVBoxLayout()
        self.pages_box.setSpacing(12)
        self.pages_box.setContentsMargins(12, 12, 12, 12)
        holder = QWidget()
        holder.setObjectName("PreviewPages")
        holder.setLayout(self.pages_box)
        self.pages_box.addStretch(1)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setWidget(holder)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)  # zoomed in
        self.scroll.setBackgroundRole(self.palette().ColorRole.Dark)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(top)
        layout.addLayout(zoom_row)
        layout.addWidget(self.scroll, 1)
        self.labels: list[QLabel] = []
        self.images: list[QImage] = []
        self._page_mm = 0.0
        self.last_seconds = 0.0

        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(DEBOUNCE_MS)
        self.timer.timeout.connect(self.render_now)
        self._generation = 0
        self._running = False
        self._pending = False
        for signal in (self.doc.changed, self.doc.variantChanged):
            signal.connect(self.schedule)
        for signal in (self.doc.structureChanged, self.doc.loaded):
            signal.connect(self.schedule)

    # -- scheduling --------------------------------------------------------------------------------
    @property
    def active(self) -> bool:
        """Renders only while it can be seen."""
        return self.isVisible()

    def schedule(self, *_args: object) -> None:
        """Render 500 ms after the last change (a restart of the timer: the keystroke cost)."""
        if self.active:
            self.timer.start()

    def _template_changed(self, _index: int) -> None:
        settings.put("preview/template", self.template.currentData())
        self.render_now()

    def _zoom_changed(self, _index: int) -> None:
        settings.put("preview/zoom", float(self.zoom.currentData()))
        self.render_now()

    def zoom_step(self, step: int) -> None:
        """One zoom level in (+1) or out (-1) from what is shown (fit width counts as its scale)."""
        now = self.zoom.currentData() or self.shown_scale()
        levels = list(ZOOMS)
        if step > 0:
            target = next((z for z in levels if z > now + 1e-6), levels[-1])
        else:
            target = next((z for z in reversed(levels) if z < now - 1e-6), levels[0])
        self.zoom.setCurrentIndex(self.zoom.findData(target))

    def shown_scale(self) -> float:
        """The scale of the pages shown, against their printed size (1.0 = 100 %)."""
        if not self.images or not self._page_mm:
            return 1.0
        printed = self._page_mm / 25.4 * SCREEN_DPI
        return self.images[0].width() / self.devicePixelRatioF() / printed

    @property
    def fit_width(self) -> bool:
        return not self.zoom.currentData()

    def page_width(self, page_mm: float = 0.0) -> int:
        """Device pixels across a page: the pane's width (fit width), else the zoom of the printed size."""
        ratio = self.devicePixelRatioF()
        if self.fit_width or not page_mm:
            width = max(MIN_PAGE_WIDTH, self.scroll.viewport().width() - 24)
        else:
            width = page_mm / 25.4 * SCREEN_DPI * float(self.zoom.currentData())
        return round(width * ratio)

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        if self.fit_width and self.images and abs(self.page_width() - self.images[0].width()) > 2:
            self.schedule()  # fit the new width once resizing pauses

    def render_now(self) -> None:
        """Build the layout here and draw the pages in the pool."""
        from .status import export_layout

        self.timer.stop()
        if self._running:
            self._pending = True
            return
        try:  # the same layout the status bar counts and the export prints
            layout, tpl = export_layout(self.doc, self.template.currentData())
        except (KeyError, ValueError) as exc:
            self.info.setText(str(exc.args[0] if exc.args else exc))
            return
        self._generation += 1
        self._page_mm = tpl.page_mm(None)[0]
        job = RenderJob(self._generation, layout, tpl, self.page_width(self._page_mm))
        job.signals.done.connect(self._done, Qt.ConnectionType.QueuedConnection)
        self._running = True
        self.pool.start(job)

    def _done(self, generation: int, images: list[QImage], error: str, seconds: float) -> None:
        self._running = False
        if self._pending:  # edits came in meanwhile: show this result, then draw again
            self._pending = False
            QTimer.singleShot(0, self, self.render_now)
        if generation != self._generation:
            return
        if error:
            self.info.setText(error)
            return
        self.last_seconds = seconds
        self._show(images)
        variant = self.doc.shown_variant()
        which = f"“{variant.name}”" if variant else "base resume"
        count = len(images)
        self.info.setText(f"{which}: {count} page{'s' if count != 1 else ''}")
        self.rendered.emit(count)

    def _show(self, images: list[QImage]) -> None:
        ratio = self.devicePixelRatioF()
        while len(self.labels) < len(images):
            label = QLabel()
            label.setAlignment(Qt.AlignmentFlag.AlignHCenter)
            label.setAccessibleName(f"Page {len(self.labels) + 1}")
            self.pages_box.insertWidget(len(self.labels), label)
            self.labels.append(label)
        while len(self.labels) > len(images):
            label = self.labels.pop()
            self.pages_box.removeWidget(label)
            label.deleteLater()
        for label, image in zip(self.labels, images, strict=True):
            pixmap = QPixmap.fromImage(image)
            pixmap.setDevicePixelRatio(ratio)
            label.setPixmap(pixmap)
        self.images = images

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        self.timer.start(0 if not self.images else DEBOUNCE_MS)

    def wait(self, ms: int = 10000) -> None:
        self.pool.waitForDone(ms)


def install_preview(window: Any) -> QAction:
    """Add View > Preview (a dock on the right, hidden until asked for) to ``window``."""
    from .docks import lazy_dock

    # the PreviewPane is built the first time the dock is shown (start-up)
    dock, act = lazy_dock(window, "Preview", "PreviewDock", "preview", lambda: PreviewPane(window),
                          "&Preview", PREVIEW_SHORTCUT, separator=True)
    act.setObjectName("PreviewAction")
    window.preview_dock = dock
    return act
