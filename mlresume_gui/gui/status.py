"""The status bar: save state, word count and estimated page count (refreshed off the keystroke path)."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QLabel, QStatusBar

from .document import ResumeDocument
from .stats import estimate_pages, word_count


class StatusInfo:
    """Fills three permanent labels of a QStatusBar and keeps them current."""

    def __init__(self, bar: QStatusBar, doc: ResumeDocument) -> None:
        self.doc = doc
        self.state = QLabel()
        self.words = QLabel()
        self.pages = QLabel()
        for label, name in ((self.state, "Save state"), (self.words, "Word count"), (self.pages, "Page count")):
            label.setAccessibleName(name)
            bar.addPermanentWidget(label)
        self.timer = QTimer(bar, singleShot=True, interval=300)
        self.timer.timeout.connect(self.update_counts)
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
