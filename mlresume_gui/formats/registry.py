"""Format names and file extensions mapped to readers and writers: the one place the command line
and the window ask. Implementations are imported lazily so the command line starts fast."""

from __future__ import annotations

import importlib
import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..model import Resume
from .errors import ReadError, WriteError

# Inputs larger than this are refused before any parsing.
MAX_INPUT_BYTES = 25 * 1024 * 1024


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
    Reader("pdf", (".pdf",), "pdf_import:load", "PDF resume"),
    Reader("docx", (".docx",), "docx_import:load", "Word document"),
    Reader("text", (".txt", ".md", ".markdown", ".text"), "text_import:load", "Text or Markdown"),
)

WRITERS: dict[str, Writer] = {
    w.name: w
    for w in (
        Writer("json-resume", ".json", "jsonresume:dump_text", False, "JSON Resume 1.0"),
        Writer("mlresume", ".mlresume", "native:dump_text", False, "MLResume document"),
        Writer("markdown", ".md", "text_export:dump_markdown", False, "Markdown"),
        Writer("text", ".txt", "text_export:dump_text", False, "Plain text"),
        Writer("docx", ".docx", "docx_export:dump", True, "Word document"),
        Writer("pdf", ".pdf", "pdf_export:dump", True, "PDF"),
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


def read_document(path: str | os.PathLike[str]) -> Resume:
    """Read any importable file into a Resume; every failure is a ReadError with one clear line."""
    p = Path(path)
    try:
        if p.is_dir():
            raise ReadError("is a folder, not a file", str(p))
        size = p.stat().st_size
    except FileNotFoundError:
        raise ReadError("no such file", str(p)) from None
    except OSError as exc:
        raise ReadError(exc.strerror or str(exc), str(p)) from None
    if size > MAX_INPUT_BYTES:
        mb = MAX_INPUT_BYTES // (1024 * 1024)
        raise ReadError(f"file too large ({size / 1e6:.1f} MB; the limit is {mb} MB)", str(p))
    if size == 0:
        raise ReadError("the file is empty", str(p))
    reader = reader_for(p)
    try:
        return reader.load(p)
    except ReadError as exc:
        raise ReadError(exc.reason, str(p)) from None
    except (MemoryError, RecursionError):
        raise ReadError("the file is too complex to read", str(p)) from None
    except Exception as exc:  # a damaged file must never surface as a traceback
        raise ReadError(f"damaged or unreadable {reader.description} ({type(exc).__name__})", str(p)) from None


def writer_for(name: str) -> Writer:
    """The writer registered under ``name``."""
    try:
        return WRITERS[name]
    except KeyError:
        raise WriteError(f"unknown format {name!r}; choose one of {', '.join(WRITERS)}") from None
