"""Autosave to a recovery file in the user's data folder, never over the user's own file.

A save happens shortly after typing pauses, and at least every ``max_ms`` while typing goes on.
The recovery file is removed when the document is saved or the editor exits cleanly, so one found at
start-up means the last session ended without a clean exit.
"""

from __future__ import annotations

import contextlib
import json
import os
import time
from pathlib import Path

from PySide6.QtCore import QObject, QTimer
from shiboken6 import isValid

from ..formats import native
from ..formats.atomic import write_text_atomic
from ..formats.errors import ReadError, WriteError
from ..model import Resume
from . import settings
from .document import ResumeDocument
from .pools import serial_pool


def recovery_dir() -> Path:
    return Path(settings.data_dir()) / "recovery"


def recovery_file() -> Path:
    return recovery_dir() / "recovery.mlresume"


def _meta_file() -> Path:
    return recovery_dir() / "recovery.json"


class Autosaver(QObject):
    """Watches the document and writes the recovery file on a background thread."""

    def __init__(self, doc: ResumeDocument, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.doc = doc
        self.idle = QTimer(self, singleShot=True, interval=settings.get("autosave/idle_ms"))
        self.deadline = QTimer(self, singleShot=True, interval=settings.get("autosave/max_ms"))
        self.idle.timeout.connect(self.save_now)
        self.deadline.timeout.connect(self.save_now)
        self.pool = serial_pool("autosave")  # application-owned: see gui/pools.py
        self.writes = 0
        doc.undo_stack.indexChanged.connect(self._touched)
        doc.dirtyChanged.connect(self._dirty_changed)

    def _touched(self, *_args: object) -> None:
        if not isValid(self.doc) or not self.doc.is_dirty:  # the document is being destroyed
            return
        self.idle.start()
        if not self.deadline.isActive():
            self.deadline.start()

    def _dirty_changed(self, dirty: bool) -> None:
        if not dirty and self.writes:
            self.idle.stop()
            self.deadline.stop()
            self.discard()

    def save_now(self) -> None:
        """Write the recovery file now (the text is made here, the disk write runs in the pool)."""
        self.idle.stop()
        self.deadline.stop()
        if not self.doc.is_dirty:
            return
        text = native.dumps(self.doc.resume)
        meta = json.dumps({"path": self.doc.path, "saved_at": time.time(), "pid": os.getpid(),
                           "name": self.doc.property("untitled_name") or ""})
        self.writes += 1
        self.pool.start(lambda: _write(text, meta))

    def flush(self) -> None:
        """Write the recovery file now, on this thread (the crash handler calls this)."""
        self.idle.stop()
        self.deadline.stop()
        if not self.doc.is_dirty:
            return
        self.wait()
        text = native.dumps(self.doc.resume)
        meta = json.dumps({"path": self.doc.path, "saved_at": time.time(), "pid": os.getpid(),
                           "name": self.doc.property("untitled_name") or ""})
        self.writes += 1
        _write(text, meta)

    def wait(self) -> None:
        self.pool.waitForDone(5000)

    def discard(self) -> None:
        """Remove the recovery file (after a save or a clean exit)."""
        self.wait()
        for f in (recovery_file(), _meta_file()):
            with contextlib.suppress(OSError):
                f.unlink()


def _write(text: str, meta: str) -> None:
    try:
        recovery_dir().mkdir(parents=True, exist_ok=True)
        write_text_atomic(_meta_file(), meta)  # first: the document file marks a usable recovery
        write_text_atomic(recovery_file(), text)
    except (OSError, WriteError):
        pass  # autosave must never disturb typing; the next attempt may succeed


def pending_recovery() -> tuple[Resume, dict] | None:
    """The document left by a session that did not exit cleanly, with its metadata; None if none."""
    path = recovery_file()
    if not path.exists():
        return None
    try:
        meta = json.loads(_meta_file().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        meta = {}
    pid = meta.get("pid")
    if isinstance(pid, int) and pid != os.getpid() and _alive(pid):
        return None  # another editor is running and owns this file
    try:
        return native.load(path), meta
    except ReadError:
        return None


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True
    return True
