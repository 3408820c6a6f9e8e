"""Format names and file extensions mapped to readers and writers: the one place the command line
and the window ask. Implementations are imported lazily so the command line starts fast."""

from __future__ import annotations

import importlib
import importlib.util
import os
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..model import Resume
from .errors import ReadError, WriteError
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
        return _resolve(self.target)(resume, **options)


def _resolve(target: str) -> Callable[..., Any]:
    module, _, func = target.partition(":")
    return getattr(importlib.import_module(f"mlresume_gui.formats.{module}"), func)


READERS: tuple[Reader, ...] = (
    Reader("mlresume", (".mlresume",), "native:load", "MLResume document"),
    Reader("json", (".json",), "jsonresume:load_any_json", "JSON Resume or MLResume JSON"),
    Reader("pdf", (".pdf",), "reading.pipeline:load_pdf", "PDF resume"),
    Reader("docx", (".docx",), "reading.pipeline:load_docx", "Word document"),
    Reader("text", (".txt", ".md", ".markdown", ".text"), "reading.pipeline:load_text", "Text or Markdown"),
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


def read_document(
    path: str | os.PathLike[str],
    *,
    progress: Callable[[float], None] | None = None,
    cancel: Callable[[], bool] | threading.Event | None = None,
    isolate: bool = True,
) -> Resume:
    """Read any importable file into a Resume; every failure is a ReadError with one clear line.

    The real content type is sniffed from the bytes (a renamed file gets its own message), sizes
    are checked before parsing, .docx archives are checked before inflating, and PDF, Word and
    text files are parsed in a child process with time and memory limits (``isolate=False``
    parses in this process, for benchmarks). ``progress(fraction)`` and ``cancel`` (a callable or
    an Event; cancelling raises ``sandbox.ReadCancelled``) serve the window's import worker.
    """
    return _read(path, progress, cancel, isolate, result=False)


def read_import(
    path: str | os.PathLike[str],
    *,
    progress: Callable[[float], None] | None = None,
    cancel: Callable[[], bool] | threading.Event | None = None,
    isolate: bool = True,
) -> ImportResult:
    """As :func:`read_document`, but the whole ImportResult: the resume and where every source
    line of a PDF, Word or text file went (JSON and MLResume files come with no placements)."""
    return _read(path, progress, cancel, isolate, result=True)


def _read(path: str | os.PathLike[str], progress: Callable[[float], None] | None,
          cancel: Callable[[], bool] | threading.Event | None, isolate: bool, result: bool) -> Any:
    p = Path(path)
    try:
        return _read_checked(p, progress, cancel, isolate, result)
    except ReadError as exc:
        exc.path = str(p)
        exc.args = (f"{p}: {exc.reason}",)
        raise
    except (MemoryError, RecursionError):
        raise ReadError("the file is too large or too deeply nested to read", str(p)) from None
    except Exception as exc:  # a damaged file must never surface as a traceback
        raise ReadError(f"damaged or unreadable file ({type(exc).__name__})", str(p)) from None


def _read_checked(p: Path, progress: Callable[[float], None] | None,
                  cancel: Callable[[], bool] | threading.Event | None, isolate: bool, result: bool) -> Any:
    from . import limits, sniff

    try:
        if p.is_dir():
            raise ReadError("is a folder, not a file")
        size = p.stat().st_size
        if size == 0:
            raise ReadError("the file is empty")
        if size > MAX_INPUT_BYTES:
            limits.check_size(size, "")
        kind = sniff.sniff(p)
    except FileNotFoundError:
        raise ReadError("no such file") from None
    except PermissionError:
        raise ReadError("permission denied: MLResume may not read this file") from None
    except OSError as exc:
        raise ReadError(exc.strerror or str(exc)) from None
    reader = _reader_for_content(p, kind)
    limits.check_size(size, reader.name)
    if reader.name in _IN_PROCESS:
        resume = reader.load(p)
        source = "embedded" if reader.name == "mlresume" else "text"
        return ImportResult(resume=resume, source=source) if result else resume
    target = "reading.pipeline:import_result" if result else reader.target
    if reader.name == "docx":
        limits.check_docx_archive(p)
    if not _module_available(reader.target):
        raise ReadError(f"importing {reader.description}s is not available in this version")
    if not isolate:
        from .safe_xml import harden_docx_parser

        harden_docx_parser()
        return _resolve(target)(p, progress=progress)
    from .sandbox import run_reader

    return run_reader(target, str(p), description=_PLAIN[reader.name],
                      progress=progress, cancel=cancel)


# JSON readers are linear and fast: they run in this process. The others run in the sandbox.
_IN_PROCESS = ("mlresume", "json")
_NAMES = {"pdf": "a PDF file", "docx": "a Word (.docx) file", "text": "a text file",
          "json": "a JSON file", "mlresume": "an MLResume file"}
_PLAIN = {"pdf": "PDF file", "docx": "Word file", "text": "text file"}
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
