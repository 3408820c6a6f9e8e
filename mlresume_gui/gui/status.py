"""The status bar: save state, word count and page count (refreshed off the keystroke path).

The page count starts as an estimate from the text and is replaced, a moment after editing pauses,
by the real count of the export layout (template and variant as the preview shows them), laid out
in a pool thread.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, QTimer, Signal, Slot
from PySide6.QtWidgets import QLabel, QStatusBar
from shiboken6 import isValid

from . import settings
from .document import ResumeDocument
from .stats import estimate_pages, word_count

EXACT_PAGES_DELAY_MS = 1500


class _PageSignals(QObject):
    done = Signal(int, int)  # generation, pages (-1 when the layout failed)


class PageCountJob(QRunnable):
    """Lays out one export layout in a pool thread and reports its page count."""

    def __init__(self, generation: int, layout: Any, template: Any) -> None:
        super().__init__()
        self.generation, self.layout, self.template = generation, layout, template
        self.signals = _PageSignals()

    def run(self) -> None:
        from mlresume_gui.formats.writing.pdf import render_document

        try:
            pages = render_document(self.layout, self.template).pageCount()
        except Exception:  # the estimate stays; the status bar never shows an error
            pages = -1
        self.signals.done.emit(self.generation, pages)


class StatusInfo(QObject):
    """Fills three permanent labels of a QStatusBar and keeps them current.

    A QObject living in the GUI thread, so the page count's queued answer from the pool thread is
    delivered here, in the GUI thread (a plain Python receiver would be called in the worker).
    """

    def __init__(self, bar: QStatusBar, doc: ResumeDocument) -> None:
        super().__init__(bar)
        self.doc = doc
        self.state = QLabel()
        self.words = QLabel()
        self.pages = QLabel()
        for label, name in ((self.state, "Save state"), (self.words, "Word count"), (self.pages, "Page count")):
            label.setAccessibleName(name)
            bar.addPermanentWidget(label)
        self.timer = QTimer(bar, singleShot=True, interval=300)
        self.timer.timeout.connect(self.update_counts)
        self.exact_timer = QTimer(bar, singleShot=True, interval=EXACT_PAGES_DELAY_MS)
        self.exact_timer.timeout.connect(self.count_pages)
        # The global pool: a pool owned by the window would wait for a running count in its
        # destructor while the destroying thread holds the interpreter the count needs (a hang).
        self.pool = QThreadPool.globalInstance()
        self._generation = 0
        doc.changed.connect(lambda _ids: self.timer.start())
        doc.structureChanged.connect(self.timer.start)
        doc.loaded.connect(self.update_counts)
        doc.dirtyChanged.connect(self.update_state)
        doc.pathChanged.connect(lambda _p: self.update_state())
        self.update_counts()
        self.update_state()

    def update_state(self, *_args: object) -> None:
        if self.doc.is_dirty:
            self.state.setText("Unsaved changes")
        elif self.doc.path:
            self.state.setText("Saved")
        else:
            self.state.setText("Not saved yet")

    def update_counts(self) -> None:
        words = word_count(self.doc.resume)
        pages = estimate_pages(self.doc.resume)
        self.words.setText(f"{words} words")
        self.pages.setText(f"≈ {pages:g} page{'s' if pages != 1 else ''}")
        self.pages.setToolTip("Estimated from the text; the exact count follows in a moment")
        self._generation += 1  # any count in flight is now stale
        self.exact_timer.start()

    def count_pages(self) -> None:
        """Lay out the export of the shown variant in the pool; the label updates when done."""
        from mlresume_gui.formats.writing.layout import prepare
        from mlresume_gui.formats.writing.pdf import register_fonts

        variant = getattr(self.doc, "shown_variant", lambda: None)()
        template = settings.get("preview/template") or "classic"
        try:
            layout, tpl, _view = prepare(self.doc.resume, variant.name if variant else None, template)
            register_fonts(tpl)  # on the GUI thread; the worker only uses the font
        except (KeyError, ValueError):
            return
        job = PageCountJob(self._generation, layout, tpl)
        job.signals.done.connect(self._counted, Qt.ConnectionType.QueuedConnection)
        self.pool.start(job)

    @Slot(int, int)
    def _counted(self, generation: int, pages: int) -> None:
        if generation != self._generation or pages < 1 or not isValid(self.pages):
            return
        self.pages.setText(f"{pages} page{'s' if pages != 1 else ''}")
        template = settings.get("preview/template") or "classic"
        self.pages.setToolTip(f"Printed pages in the {template.title()} template")
