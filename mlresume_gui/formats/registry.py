"""Format names and file extensions mapped to readers and writers: the one place the command line
and the window ask. Implementations are imported lazily so the command line starts fast."""

from __future__ import annotations

import contextlib
import copy
import importlib
import importlib.util
import os
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..model import Resume
from ..model.unwritable import describe, find_unwritable, replace_unwritable
from .errors import ReadError, WriteError, collecting_notes, damage_reason, note, one_line
from .limits import MAX_INPUT_BYTES
from .reading.placement import ImportResult


@dataclass(frozen=True)
class Reader:
    """An importer: ``load(path) -> Resume`` found at ``target`` ("module:function")."""

    name: str
    extensions: tuple[str, ...]
    target: str
    description: str

    def load(self, path: Path) -> Resume:
        return _resolve(self.target)(path)


@dataclass(frozen=True)
class Writer:
    """An exporter: ``dump(resume, **options) -> str | bytes`` found at ``target``."""

    name: str
    extension: str
    target: str
    binary: bool
    description: str

    def dump(self, resume: Resume, **options: Any) -> str | bytes:
        """The file's content; text no file can hold is replaced first (in a copy; see
        ``model.unwritable``) and reported with ``errors.note``."""
        return _resolve(self.target)(writable(resume), **options)


def writable(resume: Resume) -> Resume:
    """``resume`` itself, or a copy with its unwritable characters replaced (noted)."""
    count, _places = find_unwritable(resume)
    if not count:
        return resume
    with contextlib.suppress(RecursionError):  # extra data too deep to copy: clean the original
        resume = copy.deepcopy(resume)
    note(describe(*replace_unwritable(resume)))
    return resume


def _resolve(target: str) -> Callable[..., Any]:
    module, _, func = target.partition(":")
    return getattr(importlib.import_module(f"mlresume_gui.formats.{module}"), func)


READERS: tuple[Reader, ...] = (
    Reader("mlresume", (".mlresume",), "native:load", "MLResume document"),
    Reader("json", (".json",), "jsonresume:load_any_json", "JSON Resume or MLResume JSON"),
    Reader("pdf", (".pdf",), "reading.pipeline:read_pdf", "PDF resume"),
    Reader("docx", (".docx",), "reading.pipeline:read_docx", "Word document"),
    Reader("text", (".txt", ".md", ".markdown", ".text"), "reading.pipeline:read_text", "Text or Markdown"),
)

WRITERS: dict[str, Writer] = {
    w.name: w
    for w in (
        Writer("json-resume", ".json", "jsonresume:dump_text", False, "JSON Resume 1.0"),
        Writer("mlresume", ".mlresume", "native:dump_text", False, "MLResume document"),
        Writer("markdown", ".md", "writing.text:dump_markdown", False, "Markdown"),
        Writer("text", ".txt", "writing.text:dump_text", False, "Plain text"),
        Writer("docx", ".docx", "writing.word:dump", True, "Word document"),
        Writer("pdf", ".pdf", "writing.pdf:dump", True, "PDF"),
    )
}

IMPORT_EXTENSIONS = tuple(ext for r in READERS for ext in r.extensions)


def reader_for(path: str | os.PathLike[str]) -> Reader:
    """The reader for a file, by extension; ReadError for types MLResume does not read."""
    ext = Path(path).suffix.lower()
    for reader in READERS:
        if ext in reader.extensions:
            return reader
    known = ", ".join(IMPORT_EXTENSIONS)
    raise ReadError(f"unsupported file type {ext or '(no extension)'}; MLResume reads {known}")


def read_import(
    path: str | os.PathLike[str],
    *,
    progress: Callable[[float], None] | None = None,
    cancel: Callable[[], bool] | threading.Event | None = None,
    isolate: bool = True,
    text_only: bool = False,
) -> ImportResult:
    """Read any importable file into an :class:`ImportResult`: the resume, where each source line
    went (when the reader tracks it) and one-line notes for the user.

    PDF and Word files exported by MLResume carry their document as embedded data: it is used
    (note: "read from the MLResume data in the file") unless ``text_only`` asks to read only what
    the document shows, as an applicant tracking system would. Damaged or newer embedded data
    falls back to the text, with a note saying so. Failures are ReadError, as in read_document.
    """
    p = Path(path)
    notes: list[str] = []
    try:
        with collecting_notes() as said:  # what the reader said (errors.note), in this process or a child
            result = _read_checked(p, progress, cancel, isolate, text_only, notes)
    except ReadError as exc:
        exc.path = str(p)
        exc.args = (f"{one_line(str(p))}: {exc.reason}",)
        raise
    except (MemoryError, RecursionError):
        raise ReadError("the file is too large or too deeply nested to read", str(p)) from None
    except Exception as exc:  # a damaged file must never surface as a traceback
        raise ReadError(f"damaged or unreadable file: {damage_reason(exc)}", str(p)) from None
    if not isinstance(result, ImportResult):
        result = ImportResult(result)
    notes += said
    notes.append(describe(*replace_unwritable(result.resume)))
    result.notes[:0] = [n for n in notes if n and n not in result.notes]
    return result


def read_document(
    path: str | os.PathLike[str],
    *,
    progress: Callable[[float], None] | None = None,
    cancel: Callable[[], bool] | threading.Event | None = None,
    isolate: bool = True,
    text_only: bool = False,
) -> Resume:
    """Read any importable file into a Resume; every failure is a ReadError with one clear line.

    The real content type is sniffed from the bytes (a renamed file gets its own message), sizes
    are checked before parsing, .docx archives are checked before inflating, and every file (PDF,
    Word, text, JSON Resume, .mlresume) is parsed in a child process with time and memory limits
    (``isolate=False`` parses in this process, for benchmarks). ``progress(fraction)`` and
    ``cancel`` (a callable or an Event; cancelling raises ``sandbox.ReadCancelled``) serve the
    window's import worker. What a reader says about the file besides its result (a part it
    skipped, a page it turned) is in :func:`read_import`'s notes.
    """
    return read_import(path, progress=progress, cancel=cancel, isolate=isolate,
                       text_only=text_only).resume


def size_and_kind(p: Path) -> tuple[int, Any]:
    """A file's size and sniffed content type (``sniff.Kind``), refusing folders, empty files
    and files over every size limit; OS errors become one-line ReadErrors."""
    from . import limits, sniff

    try:
        if p.is_dir():
            raise ReadError("is a folder, not a file")
        size = p.stat().st_size
        if size == 0:
            raise ReadError("the file is empty")
        if size > MAX_INPUT_BYTES:
            limits.check_size(size, "")
        return size, sniff.sniff(p)
    except FileNotFoundError:
        raise ReadError("no such file") from None
    except PermissionError:
        raise ReadError("permission denied: MLResume may not read this file") from None
    except OSError as exc:
        raise ReadError(exc.strerror or str(exc)) from None


def _read_checked(p: Path, progress: Callable[[float], None] | None,
                  cancel: Callable[[], bool] | threading.Event | None, isolate: bool,
                  text_only: bool = False, notes: list[str] | None = None) -> Resume | ImportResult:
    from . import limits

    size, kind = size_and_kind(p)
    reader = _reader_for_content(p, kind)
    limits.check_size(size, reader.name)
    if reader.name == "docx":
        limits.check_docx_archive(p)
    if not _module_available(reader.target):
        raise ReadError(f"importing {reader.description}s is not available in this version")
    target = reader.target
    if not text_only and reader.name == "pdf":
        target = PDF_WITH_EMBEDDED  # the reader's own child looks for the embedded data first
    elif not text_only and reader.name == "docx":
        found, note = _embedded_docx(p)
        if found is not None:
            return found
        if note and notes is not None:
            notes.append(note)
    if not isolate:
        from .safe_xml import harden_docx_parser

        harden_docx_parser()
        return _resolve(target)(p, progress=progress)
    from .sandbox import run_reader

    return run_reader(target, str(p), description=_PLAIN[reader.name],
                      progress=progress, cancel=cancel)


#: A PDF read from the MLResume data an export embeds, else from its text, in one child and one parse.
PDF_WITH_EMBEDDED = "reading.pipeline:read_pdf_or_embedded"


def _embedded_docx(p: Path) -> tuple[ImportResult | None, str]:
    """The document embedded in an MLResume Word export, or None and why it was not used ("" if
    absent). The archive was checked before; its parts are read here, the document's text in
    the sandbox."""
    from . import embedded

    resume, note = embedded.embedded_resume(embedded.docx_payload(p))
    if resume is None:
        return None, note
    return ImportResult(resume, source="embedded", notes=[note]), note


_NAMES = {"pdf": "a PDF file", "docx": "a Word (.docx) file", "text": "a text file",
          "json": "a JSON file", "mlresume": "an MLResume file"}
_PLAIN = {"pdf": "PDF file", "docx": "Word file", "text": "text file", "json": "JSON file",
          "mlresume": "MLResume file"}
_RENAME = {"pdf": ".pdf", "docx": ".docx", "json": ".json", "text": ".txt"}


def _reader_for_content(p: Path, kind: Any) -> Reader:
    """The reader for a file, from its extension checked against its sniffed content."""
    by_name = {r.name: r for r in READERS}
    if kind.reader == "docx-encrypted":
        raise ReadError("the Word file is password-protected: remove the password and import again")
    try:
        named = reader_for(p)
    except ReadError:
        if kind.reader in ("pdf", "docx"):  # no or unknown extension, but recognisable content
            return by_name[kind.reader]
        hint = f"; {kind.hint}" if kind.hint else ""
        known = ", ".join(IMPORT_EXTENSIONS)
        raise ReadError(f"unsupported file type ({kind.label}); MLResume reads {known}{hint}") from None
    expected = {"mlresume": "json"}.get(named.name, named.name)
    if kind.reader == expected or {expected, kind.reader} == {"text", "json"}:
        return named
    if kind.reader == "docx-damaged" and expected == "docx":
        raise ReadError("damaged Word file: its zip archive is broken or truncated")
    what = _NAMES[named.name]
    advice = kind.hint
    if kind.reader in _RENAME and kind.reader != expected:
        advice = f"rename it to {_RENAME[kind.reader]} and import again"
    tail = f": {advice}" if advice else ""
    raise ReadError(f"not {what} despite its name: it looks like {kind.label}{tail}")


def _module_available(target: str) -> bool:
    module = target.partition(":")[0]
    return importlib.util.find_spec(f"mlresume_gui.formats.{module}") is not None


def writer_for(name: str) -> Writer:
    """The writer registered under ``name``."""
    try:
        return WRITERS[name]
    except KeyError:
        raise WriteError(f"unknown format {name!r}; choose one of {', '.join(WRITERS)}") from None
