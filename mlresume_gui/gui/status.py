"""The status bar: save state, word count and page count (refreshed off the keystroke path).

One source of truth for pages: the export layout (``export_layout``: the variant shown, the
preview's template), laid out in a pool thread a moment after editing pauses; the preview counts
the same layout. Until the first count arrives an estimate from the text stands in; after that
the last real count stays shown while a new one is made, so the figure never flips between an
estimate and a count. Words are counted in what the shown variant exports (hidden items out).
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


def export_layout(doc: Any, template: str | None = None) -> tuple[Any, Any]:
    """(layout, template) of what an export of the shown variant prints; fonts registered here, on
    the GUI thread (a worker only uses them). Raises KeyError or ValueError for a bad variant or
    template."""
    from mlresume_gui.formats.writing.layout import prepare
    from mlresume_gui.formats.writing.pdf import register_fonts

    variant = getattr(doc, "shown_variant", lambda: None)()
    layout, tpl, _view = prepare(doc.resume, variant.name if variant else None,
                                 template or settings.get("preview/template") or "classic")
    register_fonts(tpl)
    return layout, tpl


def shown_resume(doc: Any) -> Any:
    """The resume as the shown variant exports it (the base resume itself when none is shown)."""
    variant = getattr(doc, "shown_variant", lambda: None)()
    if variant is None:
        return doc.resume
    from ..model.variants import apply_variant

    return apply_variant(doc.resume, variant)


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

    def __init__(self, bar: QStatusBar, doc: ResumeDocument, deferred: bool = False) -> None:
        """``deferred``: the counts wait for :meth:`start` (the window calls it just after its
        first paint: counting a large resume is no part of the first frame)."""
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
        self.exact: int | None = None  # the last real page count (None before the first)
        doc.changed.connect(lambda _ids: self.timer.start())
        doc.structureChanged.connect(self.timer.start)
        doc.loaded.connect(self._reloaded)
        doc.variantChanged.connect(lambda _v: self.timer.start())
        doc.dirtyChanged.connect(self.update_state)
        doc.pathChanged.connect(lambda _p: self.update_state())
        self._waiting = deferred
        if not deferred:
            self.update_counts()
        self.update_state()

    def start(self) -> None:
        """Count now when the counts were deferred (see ``__init__``)."""
        if self._waiting:
            self._waiting = False
            self.update_counts()

    def update_state(self, *_args: object) -> None:
        if self.doc.is_dirty:
            self.state.setText("Unsaved changes")
        elif self.doc.path:
            self.state.setText("Saved")
        else:
            self.state.setText("Not saved yet")

    def _reloaded(self) -> None:
        self.exact = None  # another document: its own count, the estimate until then
        if not self._waiting:
            self.update_counts()

    def update_counts(self) -> None:
        shown = shown_resume(self.doc)
        self.words.setText(f"{word_count(shown)} words")
        if self.exact is None:
            pages = estimate_pages(shown)
            self.pages.setText(f"≈ {pages:g} page{'s' if pages != 1 else ''}")
            self.pages.setToolTip("Estimated from the text; the exact count follows in a moment")
        else:
            self.pages.setToolTip("Printed pages of the export; counting again after the last change…")
        self._generation += 1  # any count in flight is now stale
        self.exact_timer.start()

    def count_pages(self) -> None:
        """Lay out the export of the shown variant in the pool; the label updates when done."""
        try:
            layout, tpl = export_layout(self.doc)
        except (KeyError, ValueError):
            return
        job = PageCountJob(self._generation, layout, tpl)
        job.signals.done.connect(self._counted, Qt.ConnectionType.QueuedConnection)
        self.pool.start(job)

    @Slot(int, int)
    def _counted(self, generation: int, pages: int) -> None:
        if generation != self._generation or pages < 1 or not isValid(self.pages):
            return
        self.exact = pages
        self.pages.setText(f"{pages} page{'s' if pages != 1 else ''}")
        template = settings.get("preview/template") or "classic"
        self.pages.setToolTip(f"Printed pages in the {template.title()} template")
