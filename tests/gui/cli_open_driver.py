"""Runs ``mlresume FILE`` (gui/app.run, its real event loop) and quits a moment after the import
review has opened, applying it; tests/gui/test_cli_open.py runs this in a child process."""

from __future__ import annotations

import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from mlresume_gui.gui import app as start

SETTLE_MS = 1500  # after the review opens: late reports, deferred deletions, the panel's build

_original = start.open_initial


def _watch(window: object, path: str | None) -> None:
    _original(window, path)
    timer = QTimer(window)  # type: ignore[arg-type]

    def check() -> None:
        review = getattr(window.importer, "review", None)  # type: ignore[attr-defined]
        if review is not None and review.isVisible():
            timer.stop()
            QTimer.singleShot(SETTLE_MS, lambda: finish(review))

    def finish(review: object) -> None:
        review.accept()  # type: ignore[attr-defined]
        print(f"applied {window.doc.resume.basics.name!r}", flush=True)  # type: ignore[attr-defined]
        window.doc.undo_stack.setClean()  # type: ignore[attr-defined]
        QApplication.instance().quit()

    timer.timeout.connect(check)
    timer.start(50)


if __name__ == "__main__":  # the reader's sandbox imports this module again in its child process
    start.open_initial = _watch
    sys.exit(start.run(sys.argv[1]))
