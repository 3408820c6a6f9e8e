"""Atomic file writes: a temporary file in the same folder, flushed, fsynced, then renamed.

A save killed half-way leaves its temporary file (``.NAME.XXXXXXXX.tmp``) behind; the next
successful save of the same file removes such leftovers once they are over a minute old (a
younger one may belong to a save still running in another process).
"""

from __future__ import annotations

import contextlib
import os
import re
import stat
import tempfile
import time
from pathlib import Path

from .errors import WriteError

STALE_AFTER_S = 60.0
_TMP_SUFFIX = ".tmp"


def write_bytes_atomic(path: str | os.PathLike[str], data: bytes) -> None:
    """Replace ``path`` with ``data`` so that a crash leaves the old or the new file, never a mix."""
    target = Path(path)
    folder = target.parent if str(target.parent) else Path(".")
    if _is_special(target):
        _write_in_place(target, data)
        return
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=_TMP_SUFFIX, dir=folder)
    except OSError as exc:
        raise WriteError(f"cannot write in {folder}: {exc.strerror or exc}", str(target)) from None
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        with contextlib.suppress(OSError):
            os.chmod(tmp, 0o644 & ~_umask())
        os.replace(tmp, target)
        _fsync_dir(folder)
    except OSError as exc:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise WriteError(f"cannot save: {exc.strerror or exc}", str(target)) from None
    remove_stale_temporaries(target)


def _is_special(target: Path) -> bool:
    """True for an existing target that is not a regular file: a folder, or a device, pipe or
    socket (``/dev/null``, ``/dev/stdout``) that must be written into, never replaced."""
    try:
        mode = target.stat().st_mode
    except (OSError, ValueError):
        return False
    return not stat.S_ISREG(mode)


def _write_in_place(target: Path, data: bytes) -> None:
    if target.is_dir():
        raise WriteError("is a folder: give a file name to write", str(target))
    try:
        with open(target, "wb") as fh:
            fh.write(data)
            fh.flush()
    except OSError as exc:
        raise WriteError(f"cannot write: {exc.strerror or exc}", str(target)) from None


def remove_stale_temporaries(target: Path, older_than_s: float = STALE_AFTER_S) -> list[Path]:
    """Delete the temporary files that killed saves of ``target`` left beside it, once they are
    older than ``older_than_s``; returns those removed. Failures are ignored (best effort)."""
    folder = target.parent if str(target.parent) else Path(".")
    # mkstemp's names: the prefix, 8 characters of [a-z0-9_], the suffix
    pattern = re.compile(rf"\.{re.escape(target.name)}\.[a-z0-9_]{{8}}{re.escape(_TMP_SUFFIX)}")
    limit = time.time() - older_than_s
    removed = []
    with contextlib.suppress(OSError), os.scandir(folder) as entries:
        for entry in entries:
            if not pattern.fullmatch(entry.name):
                continue
            with contextlib.suppress(OSError):
                if entry.is_file(follow_symlinks=False) and entry.stat(follow_symlinks=False).st_mtime < limit:
                    os.unlink(entry.path)
                    removed.append(Path(entry.path))
    return removed


def write_text_atomic(path: str | os.PathLike[str], text: str) -> None:
    """Atomic write of UTF-8 text."""
    write_bytes_atomic(path, text.encode("utf-8"))


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def _fsync_dir(folder: Path) -> None:
    if os.name != "posix":
        return
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
