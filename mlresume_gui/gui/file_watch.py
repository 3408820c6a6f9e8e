"""Changes made to the open file by other programs are noticed, never overwritten silently.

``DiskGuard`` remembers the size, modification time and content hash of the file as it was last
read or written. A QFileSystemWatcher on the file reports changes (checked after a short pause, as
editors write in several steps); before every save the stamp is checked again (a watcher can miss
a change, e.g. on network drives). On a change the user chooses: reload, overwrite, save elsewhere
or decide later. A deleted file is reported once; the document stays open, unsaved.
"""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QFileSystemWatcher, QObject, QTimer, Signal

from . import dialogs

CHECK_DELAY_MS = 250


@dataclass(frozen=True)
class Stamp:
    """What a file looked like: size, modification time (ns) and SHA-256 of its bytes."""

    size: int
    mtime_ns: int
    digest: str


def stamp_of(path: str) -> Stamp | None:
    """The file's stamp, None when it does not exist (or cannot be read)."""
    try:
        st = os.stat(path)
        with open(path, "rb") as fh:
            digest = hashlib.file_digest(fh, "sha256").hexdigest()
    except OSError:
        return None
    return Stamp(st.st_size, st.st_mtime_ns, digest)


class DiskGuard(QObject):
    """Watches the document's file; asks the user when another program changed or deleted it."""

    externalChange = Signal(str)  # "changed" or "deleted" (noticed; before the question)

    def __init__(self, files: Any) -> None:
        super().__init__(files)
        self.files, self.doc = files, files.doc
        self.path = ""
        self.stamp: Stamp | None = None
        self._told_deleted = False
        self._asking = False
        self._asked_about: Stamp | None = None  # the change the user chose to decide about later
        self.watcher = QFileSystemWatcher(self)
        self.watcher.fileChanged.connect(lambda _p: self._timer.start())
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(CHECK_DELAY_MS)
        self._timer.timeout.connect(self.check)
        self.doc.loaded.connect(self.remember)
        files.saved.connect(lambda _p: self.remember())

    def remember(self) -> None:
        """The document now matches its file on the disk (just read or written): watch it."""
        if self.watcher.files():
            self.watcher.removePaths(self.watcher.files())
        self.path = self.doc.path or ""
        self.stamp = stamp_of(self.path) if self.path else None
        self._told_deleted = False
        self._asked_about = None
        if self.path and self.stamp is not None:
            self.watcher.addPath(self.path)

    def changed_on_disk(self) -> str:
        """"" when the file is as last read or written, else "changed" or "deleted"."""
        if not self.path or self.path != (self.doc.path or ""):
            return ""
        now = stamp_of(self.path)
        if now is None:
            return "deleted"
        if self.stamp is None or now.digest != self.stamp.digest:
            return "changed"
        if now != self.stamp:  # touched, same bytes: nothing to ask about
            self.stamp = now
        return ""

    def check(self) -> None:
        """After the watcher fired: ask once per change (a save or reload resets the stamp)."""
        if self._asking:
            return
        what = self.changed_on_disk()
        if what and self.path not in self.watcher.files() and os.path.exists(self.path):
            self.watcher.addPath(self.path)  # replaced by rename: watch the new file
        if not what or (what == "deleted" and self._told_deleted):
            return
        if what == "changed" and self._asked_about is not None and stamp_of(self.path) == self._asked_about:
            return  # the same change, already asked about: the next save asks again
        self.externalChange.emit(what)
        self._resolve(what, saving=False)

    def allow_write(self, path: str) -> bool:
        """Called before the document is saved to ``path``: False when the save must not go on."""
        if os.path.abspath(path) != os.path.abspath(self.path or "\0"):
            return True
        what = self.changed_on_disk()
        if not what or (what == "deleted" and self._told_deleted):
            return True
        return self._resolve(what, saving=True)

    def _resolve(self, what: str, saving: bool) -> bool:
        """Ask and act; True when the caller may write the file now."""
        from .files import display_name

        self._asking = True
        try:
            answer = dialogs.ask_external_change(self.files.window, display_name(self.doc),
                                                 what == "deleted", self.doc.is_dirty)
        finally:
            self._asking = False
        if what == "deleted":
            self._told_deleted = True
            self.doc._forced_dirty = True  # what is shown exists nowhere on the disk now
            self.doc.dirtyChanged.emit(True)
        if answer == "reload":
            self.files.reload_from_disk()
            return False
        if answer == "overwrite":
            if saving:
                return True
            return self.files.write(self.path)
        if answer == "save_as":
            self.files.save_as()
            return False
        if not saving and what == "changed":
            self._asked_about = stamp_of(self.path)
        return False
