"""User-facing errors of reading and writing files: one clear line, never a traceback.

Also the two channels a reader uses besides its result: :func:`note` (a one-line remark for the
user: what was skipped or repaired) and :func:`locate` (where the reader is, "page 3", so an
unexpected failure can say where it happened).
"""

from __future__ import annotations

import contextlib
import re
import threading
from collections.abc import Iterator

_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff]")
_ESCAPES = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}


def one_line(text: str) -> str:
    """``text`` with control characters, line separators and lone surrogates escaped (``\\n``,
    ``\\x1b``, ``\\udcff``), so a message is always exactly one printable line."""
    def escape(m: re.Match[str]) -> str:
        ch = m.group()
        return _ESCAPES.get(ch) or (f"\\x{ord(ch):02x}" if ord(ch) < 0x100 else f"\\u{ord(ch):04x}")

    return _CONTROL.sub(escape, text)


class ReadError(Exception):
    """An input that cannot be read; ``str(err)`` is the one-line reason shown to the user."""

    def __init__(self, reason: str, path: str | None = None) -> None:
        self.reason = one_line(reason)
        self.path = path
        super().__init__(f"{one_line(path)}: {self.reason}" if path else self.reason)


class WriteError(Exception):
    """An output that cannot be written; ``str(err)`` is the one-line reason."""

    def __init__(self, reason: str, path: str | None = None) -> None:
        self.reason = one_line(reason)
        self.path = path
        super().__init__(f"{one_line(path)}: {self.reason}" if path else self.reason)


# What a parser's exception says about the file, in plain words, by the exception's class name (so
# this module imports no parser). The class name itself goes to the log, never to the user.
DAMAGE_REASONS = {
    "PSEOF": "it ends too early (cut short?)",
    "PDFEOFError": "it ends too early (cut short?)",
    "PSSyntaxError": "its internal structure is broken",
    "PDFSyntaxError": "its internal structure is broken",
    "PDFObjectNotFound": "it refers to parts that are missing",
    "PDFNoValidXRef": "its table of contents (xref) is broken",
    "PDFTypeError": "an internal object has the wrong type",
    "PDFValueError": "an internal object has an impossible value",
    "PDFFontError": "a font in it is broken",
    "CorruptDataError": "its compressed data is broken",
    "XMLSyntaxError": "its XML is not well-formed",
    "BadZipFile": "its zip archive is broken",
    "PackageNotFoundError": "it is not a Word package",
    "KeyError": "it refers to a part that is missing",
    "IndexError": "it refers to an item that does not exist",
    "UnicodeDecodeError": "it holds text in an encoding that cannot be decoded",
    "ZeroDivisionError": "an internal object has an impossible size",
    "OverflowError": "an internal number is out of range",
}
_GENERIC = "an internal object is malformed"


def damage_reason(exc: BaseException) -> str:
    """What a parser's exception says about the file in plain words ("it ends too early (cut
    short?)"), with where the reader was when it happened (``locate``), if it said."""
    text = DAMAGE_REASONS.get(type(exc).__name__, _GENERIC)
    where = _location.value
    return f"{where}: {text}" if where else text


def missing_module(description: str, exc: ImportError) -> str:
    """The reason for a reader that cannot start: this installation lacks a module it needs."""
    name = exc.name or "a module"
    return (f"reading this {description} needs {name}, which this installation of MLResume lacks: "
            "reinstall it (make run or make test sets it up again)")


def damaged(description: str, exc: BaseException) -> ReadError:
    """The ReadError for a parser's exception on a damaged file: ``damaged PDF file: …``; a
    missing module is the installation's fault, never the file's."""
    if isinstance(exc, ImportError):
        return ReadError(missing_module(description, exc))
    return ReadError(f"damaged {description}: {damage_reason(exc)}")


# ------------------------------------------------------------------ notes and location

class _State(threading.local):
    def __init__(self) -> None:
        self.value = ""
        self.notes: list[list[str]] = []


_location = _State()


def locate(where: str) -> None:
    """Say where the reader is now ("page 3", "the part word/footer1.xml"); "" when done."""
    _location.value = where


def note(message: str) -> None:
    """Tell the user something about the file being read (one line: what was skipped, repaired
    or read in an unusual way). Kept by the innermost :func:`collecting_notes`; else dropped."""
    line = one_line(message)
    if line and _location.notes and line not in _location.notes[-1]:
        _location.notes[-1].append(line)


@contextlib.contextmanager
def collecting_notes() -> Iterator[list[str]]:
    """Collect the notes readers give in this thread while the block runs."""
    notes: list[str] = []
    _location.notes.append(notes)
    try:
        yield notes
    finally:
        _location.notes.pop()
        _location.value = ""
