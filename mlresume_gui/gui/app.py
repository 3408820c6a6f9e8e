"""Start-up: QApplication, theme, the window, and which document to open.

``run(path)`` opens FILE, else the last document, else the bundled sample; a recovery file left by a
session that did not exit cleanly is offered first.
"""

from __future__ import annotations

import gc
import os
import sys
import time
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from . import settings

FREEZE_AFTER_MS = 3000
SANDBOX_AFTER_MS = 1500  # the reading sandbox's server starts this long after the first paint


def make_app(argv: list[str] | None = None, first_frame: bool = False) -> QApplication:
    """The QApplication with names and theme (reused when one exists).

    With ``first_frame`` (start-up) it gets only what the window's first frame shows: the palette
    of the theme the last session used; ``finish_app`` adds the rest once that frame is painted.
    """
    from . import theme

    app = QApplication.instance()
    if app is None:
        # The style by its command-line option: setStyle() from Python would wrap the QStyle and
        # build its many enums (tens of milliseconds of start-up).
        args = list(argv if argv is not None else sys.argv[:1])
        app = QApplication([*args[:1], "-style", theme.STYLE, *args[1:]])
        app.setProperty("mlresume_style", theme.STYLE)
    app.setOrganizationName(settings.ORGANIZATION)
    app.setApplicationName(settings.APPLICATION)
    app.setApplicationDisplayName("MLResume")
    app.setDesktopFileName("mlresume")
    if first_frame:
        theme.apply_theme(app, theme.last_used())
    else:
        finish_app(app)
    return app  # type: ignore[return-value]


def finish_app(app: QApplication) -> None:
    """The window icon and the palette the system asks for, followed from now on."""
    from . import theme
    from .icons import app_icon

    app.setWindowIcon(app_icon())
    theme.apply_theme(app)
    theme.follow_system(app)


def _imported_at_start(path: str) -> bool:
    """True for a start file to import rather than open; a native document (the usual case) does
    not load the import machinery before the first paint."""
    if Path(path).suffix.lower() == ".mlresume":
        return False
    from .import_review import is_importable_start_file

    return is_importable_start_file(path)


def start_file(path: str | None) -> str:
    """The file start-up opens: FILE, else the last document when it still exists ("" for the
    sample)."""
    if path:
        return path
    last = settings.get("files/last")
    return last if last and Path(last).is_file() else ""


def reads_in_sandbox(path: str) -> bool:
    """True when opening ``path`` at start-up needs the reading sandbox: any file but the bundled
    sample and the documents this program saved itself (see own_files)."""
    if not path:
        return False
    from .own_files import recorded

    return not recorded(path)


def warm_sandbox() -> None:
    """Start the reading sandbox's server (it preloads the readers in a process of its own)."""
    from ..formats.sandbox import warm_up

    warm_up(for_window=True)


def open_initial(window: object, path: str | None) -> None:
    """Load FILE, else the last document, else the sample; then offer a crash recovery."""
    from . import dialogs
    from .autosave import pending_recovery

    files = window.files  # type: ignore[attr-defined]
    doc = window.doc  # type: ignore[attr-defined]
    recovered = pending_recovery()  # read first: loading a document must not touch it
    opened = False
    if path and _imported_at_start(path):  # PDF, Word, text: the drop's path (progress, review)
        from .import_review import start_with_import

        start_with_import(window, path)
        opened = True
    elif path:
        opened = files.open_path(path, ask=False)
    if not opened:
        last = settings.get("files/last")
        if last and Path(last).is_file():
            opened = files.open_path(last, ask=False)
    if not opened:
        files.open_sample()
    if recovered is not None:
        resume, meta = recovered
        where = meta.get("path") or meta.get("name") or "an unsaved document"
        if dialogs.ask_yes_no(window, "Recover unsaved changes",  # type: ignore[arg-type]
                              f"MLResume did not close cleanly. Restore the unsaved changes to {where}?"):
            original = meta.get("path") or None
            if original is None:
                doc.setProperty("untitled_name", meta.get("name") or "Recovered")
            doc.load(resume, original, dirty=True)
        else:
            window.autosaver.discard()  # type: ignore[attr-defined]


class FileOpenHandler(QObject):
    """Hands the window the files the system asks the application to open: on macOS, Finder sends
    a double-clicked document, one dropped on the Dock icon or chosen with "Open With" as a
    QFileOpenEvent to the QApplication (other systems pass files on the command line). A file
    that arrives while the window shows its first frame is opened once the editor is built."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)  # removed from the application with the window
        self.window = window

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.FileOpen:
            return False
        path = event.file() or event.url().toLocalFile()  # type: ignore[attr-defined]
        if not path:
            return True
        if getattr(self.window, "is_built", True):
            self.window.open_file(path)  # type: ignore[attr-defined]
        else:
            self.window.built.connect(lambda: self.window.open_file(path))  # type: ignore[attr-defined]
        return True


def install_file_open(app: QApplication, window: QWidget) -> FileOpenHandler:
    """Route QFileOpenEvents sent to ``app`` to ``window.open_file``."""
    handler = FileOpenHandler(window)
    app.installEventFilter(handler)
    return handler


def _report(what: str) -> None:
    print(f"{what} {time.time():.6f} cpu {time.process_time():.6f}", flush=True)


class _FirstPaint(QObject):
    """bench/startup.py: prints when the window is first painted ("shown")."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.done = False

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and not self.done:
            self.done = True
            _report("shown")
        return False


def _finish_start(app: QApplication, window: QWidget, path: str | None, start: str) -> None:
    """Just after the first frame, once the editor is built: the rest of the application, the
    start document (``start``: the file that will be opened), and the work that waits for a quiet
    moment."""
    from . import crash

    if reads_in_sandbox(start):
        warm_sandbox()  # (again: it starts once) a native file this program did not write
    finish_app(app)
    crash.set_flush_callback(window.autosaver.flush)  # type: ignore[attr-defined]
    open_initial(window, path)
    window.spell.load_in_background()  # type: ignore[attr-defined]
    # Imports, Open and drops read in the sandbox: its server starts once the window is up.
    QTimer.singleShot(SANDBOX_AFTER_MS, warm_sandbox)
    # Once start-up's objects exist (panel, chart, word list), keep them out of full garbage
    # collections: those then take a few ms instead of ~25 ms, which a keystroke could land on.
    QTimer.singleShot(FREEZE_AFTER_MS, gc.freeze)
    if os.environ.get("MLRESUME_EXIT_AFTER_SHOW"):  # bench/startup.py: the editor is ready; quit
        _report("ready")
        window.doc.undo_stack.setClean()  # type: ignore[attr-defined]
        QTimer.singleShot(0, window.close)
        QTimer.singleShot(0, app.quit)


def run(path: str | None) -> int:
    """Open the editor; returns the process exit code.

    The window's first frame shows the start document as text (first_frame.py); the editor is
    built, and the document opened in it, on the next turn of the event loop.
    """
    os.environ.setdefault("PYQTGRAPH_QT_LIB", "PySide6")
    app = make_app(first_frame=True)
    start = start_file(path)
    if start and Path(start).suffix.lower() != ".mlresume":  # always read in the sandbox: its
        warm_sandbox()  # server starts now, while the window is built (a native file waits to see)
    from . import crash
    from .main_window import MainWindow

    crash.install()
    from ..resources import resource

    window = MainWindow(first_frame=start or str(resource("sample", "sample.mlresume")))
    window.built.connect(lambda: _finish_start(app, window, path, start))
    if sys.platform == "darwin":  # an application-wide filter: only where the system sends these
        install_file_open(app, window)
    if os.environ.get("MLRESUME_EXIT_AFTER_SHOW"):
        window.installEventFilter(_FirstPaint(window))
    window.show()
    return app.exec()
