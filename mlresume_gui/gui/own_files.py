"""Documents MLResume wrote itself, opened without the reading sandbox.

Every file is read in a sandboxed child process (``formats.sandbox``): its time and memory limits
are what keep a hostile file from hanging or exhausting the editor. Starting that child's server
costs a start-up on its own, so a file whose bytes are exactly what this program last saved there
(its SHA-256 recorded at save time) is read in this process instead: such bytes are the output of
``native.dumps`` from a validated model, and read back in bounded time and memory. Any other file,
including one of ours changed by another program since, still goes through the sandbox. The bytes
are read once, then hashed and parsed: a change between the two cannot slip in.
"""

from __future__ import annotations

import hashlib
import os

from ..formats import native
from ..formats.errors import ReadError
from ..model import Resume
from ..model.unwritable import replace_unwritable
from . import settings

KEY = "files/written"
MAX_REMEMBERED = 16
MAX_BYTES = 4 * 1024 * 1024  # larger files (not a resume this program wrote) take the sandbox


def _key(path: str) -> str:
    return os.path.normcase(os.path.abspath(path))


def remember(path: str, digest: str) -> None:
    """Record that the file at ``path`` now holds the bytes with SHA-256 ``digest``, written by
    MLResume (the most recent first; older entries are dropped past a few)."""
    key = _key(path)
    kept = [e for e in settings.get(KEY) if e.partition(" ")[2] != key]
    settings.put(KEY, [f"{digest} {key}", *kept][:MAX_REMEMBERED])


def forget(path: str) -> None:
    """Drop ``path`` from the record (its next read takes the sandbox)."""
    key = _key(path)
    settings.put(KEY, [e for e in settings.get(KEY) if e.partition(" ")[2] != key])


def _recorded(path: str) -> str:
    key = _key(path)
    for entry in settings.get(KEY):
        digest, _, where = entry.partition(" ")
        if where == key:
            return digest
    return ""


def _bundled(path: str) -> bool:
    """True for the sample resume installed with the program (as trusted as its code)."""
    from ..resources import sample_resume

    return _key(path) == _key(str(sample_resume()))


def recorded(path: str) -> bool:
    """True when ``path`` is the bundled sample or a document this program saved (its bytes are
    checked when it is read)."""
    return path.lower().endswith(native.EXTENSION) and (_bundled(path) or bool(_recorded(path)))


def read_own(path: str) -> Resume | None:
    """The document at ``path`` when its bytes are the ones MLResume last wrote there (or it is
    the bundled sample); None for any other file (the caller reads it in the sandbox) or one that
    fails to read."""
    if not path.lower().endswith(native.EXTENSION):
        return None
    bundled = _bundled(path)
    digest = "" if bundled else _recorded(path)
    if not bundled and not digest:
        return None
    try:
        with open(path, "rb") as fh:
            raw = fh.read(MAX_BYTES + 1)
    except OSError:
        return None
    if len(raw) > MAX_BYTES or (digest and hashlib.sha256(raw).hexdigest() != digest):
        return None
    try:
        resume = native.loads(native.decode_utf8(raw))
    except (ReadError, RecursionError, MemoryError):
        return None  # the sandboxed read gives the reason
    replace_unwritable(resume)  # as every read does
    return resume
