"""Unexpected exceptions in the window: logged, reported in a dialog the user can copy from, the
autosave flushed; the program keeps running unless it keeps failing.

``install_crash_handler(app, flush_callback)`` hooks ``sys.excepthook`` (exceptions in Qt slots
and the GUI thread) and ``threading.excepthook`` (worker threads: the report is carried to the
GUI thread by a queued signal). ``set_flush_callback`` lets the window register its autosave
later. The report holds the traceback and versions, never the document's text; it is appended to
``<AppLocalDataLocation>/logs/mlresume.log``.
"""

from __future__ import annotations

import contextlib
import sys
import threading
import time
import traceback
from collections.abc import Callable
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, QStandardPaths, QThread, Signal, Slot
from PySide6.QtWidgets import QApplication

from . import settings

LOG_NAME = "mlresume.log"
MAX_LOG_BYTES = 1024 * 1024
STORM_COUNT, STORM_SECONDS = 5, 3.0  # this many failures this fast: stop instead of looping

if TYPE_CHECKING:
    from .crash_dialog import CrashDialog

_flush: Callable[[], object] | None = None
_bridge: _Bridge | None = None
_recent: list[float] = []
_dialog: CrashDialog | None = None
_previous_hooks: tuple[Any, Any] | None = None


class _Bridge(QObject):
    """Lives in the GUI thread; worker threads emit ``reported`` to reach it (queued)."""

    reported = Signal(str, str)  # report, exception type name

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.reported.connect(self.deliver)

    @Slot(str, str)
    def deliver(self, report: str, type_name: str) -> None:
        _report(report, type_name)


def log_dir() -> Path:
    """The folder of MLResume's logs (the platform's local application data, then ``logs``)."""
    if not QApplication.organizationName():
        settings.data_dir()  # sets the organisation and application names
    base = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppLocalDataLocation)
    return Path(base or settings.data_dir()) / "logs"


def log_path() -> Path:
    """The log file crash reports are appended to."""
    return log_dir() / LOG_NAME


def set_flush_callback(callback: Callable[[], object] | None) -> None:
    """What to call to save the autosave copy when something goes wrong (the window sets it)."""
    global _flush
    _flush = callback


def build_report(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None,
                 thread: str | None = None) -> str:
    """The text of a crash report: when, versions, where, and the traceback."""
    import platform

    from .. import __version__

    try:
        from PySide6 import __version__ as qt_version
    except ImportError:
        qt_version = "?"
    lines = [
        f"MLResume {__version__} crash report, {time.strftime('%Y-%m-%d %H:%M:%S')}",
        f"Python {platform.python_version()}, PySide6 {qt_version}, {platform.platform()}",
        f"Thread: {thread or threading.current_thread().name}",
        "",
        "".join(traceback.format_exception(exc_type, exc, tb)).rstrip(),
    ]
    return "\n".join(lines) + "\n"


def write_log(report: str) -> Path | None:
    """Append ``report`` to the log (rotating it past MAX_LOG_BYTES); None when it cannot be written."""
    path = log_path()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        if path.exists() and path.stat().st_size > MAX_LOG_BYTES:
            path.replace(path.with_suffix(".log.1"))
        with path.open("a", encoding="utf-8") as fh:
            fh.write(report + "\n")
        return path
    except OSError:
        return None


def _flush_autosave() -> str:
    """Run the flush callback; a one-line note on how it went (it must never raise)."""
    if _flush is None:
        return "no autosave was registered"
    try:
        _flush()
    except Exception as exc:  # the document may be what is broken
        return f"the autosave could not be written ({type(exc).__name__}: {exc})"
    return "a recovery copy of the document was saved"


def _storming() -> bool:
    now = time.monotonic()
    _recent.append(now)
    del _recent[:-STORM_COUNT]
    return len(_recent) == STORM_COUNT and now - _recent[0] < STORM_SECONDS


def handle(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None,
           thread: str | None = None) -> None:
    """sys.excepthook: log, flush the autosave, show the report; quit only when failing repeatedly."""
    if issubclass(exc_type, KeyboardInterrupt):
        sys.__excepthook__(exc_type, exc, tb)
        return
    report = build_report(exc_type, exc, tb, thread)
    with contextlib.suppress(Exception):
        sys.stderr.write(report)
    if _bridge is not None and not _in_gui_thread():  # e.g. a QRunnable in a thread pool
        _bridge.reported.emit(report, exc_type.__name__)
        return
    _report(report, exc_type.__name__)


def _in_gui_thread() -> bool:
    app = QCoreApplication.instance()
    return app is None or QThread.currentThread() == app.thread()


def _report(report: str, type_name: str) -> None:
    fatal = _storming()
    note = _flush_autosave()
    logged = write_log(report + f"({note})\n")
    show_report(report, type_name, note, logged, fatal)
    if fatal:
        app = QApplication.instance()
        if app is not None:
            app.exit(70)


def _thread_hook(args: threading.ExceptHookArgs) -> None:
    if args.exc_type is SystemExit or args.exc_value is None:
        return
    name = args.thread.name if args.thread is not None else "worker"
    report = build_report(args.exc_type, args.exc_value, args.exc_traceback, name)
    with contextlib.suppress(Exception):
        sys.stderr.write(report)
    if _bridge is not None:
        _bridge.reported.emit(report, args.exc_type.__name__)  # queued to the GUI thread


def show_report(report: str, type_name: str, note: str, logged: Path | None, fatal: bool) -> None:
    """Show the crash dialog (non-blocking; one at a time). Tests replace this function."""
    global _dialog
    from .crash_dialog import CrashDialog

    if _dialog is not None and _dialog.isVisible():
        _dialog.add(report)
        return
    parent = QApplication.activeWindow()
    _dialog = CrashDialog(report, type_name, note, logged, fatal, parent)
    _dialog.open()


def install_crash_handler(app: QApplication | None = None,
                          flush_callback: Callable[[], object] | None = None) -> None:
    """Route unexpected exceptions (GUI thread and worker threads) to the crash report."""
    global _bridge, _previous_hooks
    app = app or QApplication.instance()  # type: ignore[assignment]
    if flush_callback is not None:
        set_flush_callback(flush_callback)
    if _previous_hooks is None:
        _previous_hooks = (sys.excepthook, threading.excepthook)
    if _bridge is None:
        _bridge = _Bridge(app)
    sys.excepthook = handle
    threading.excepthook = _thread_hook


def uninstall_crash_handler() -> None:
    """Put back the hooks that were there before (for tests)."""
    global _bridge, _previous_hooks
    if _previous_hooks is not None:
        sys.excepthook, threading.excepthook = _previous_hooks
        _previous_hooks = None
    if _bridge is not None:
        _bridge.deleteLater()
        _bridge = None
    set_flush_callback(None)
    _recent.clear()


def install() -> None:
    """Install with the running application (kept for app.py; the window sets the flush later)."""
    install_crash_handler(QApplication.instance())  # type: ignore[arg-type]


def __getattr__(name: str) -> Any:
    """``crash.CrashDialog`` still resolves (the dialog lives in crash_dialog.py, loaded on demand)."""
    if name == "CrashDialog":
        from .crash_dialog import CrashDialog

        return CrashDialog
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
