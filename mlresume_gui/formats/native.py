"""The native ``.mlresume`` format: versioned UTF-8 JSON of the model, saved atomically."""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

from ..model import ModelError, Resume
from ..model.codec import from_dict, to_dict
from .atomic import write_text_atomic
from .errors import ReadError
from .limits import check_json_values
from .sniff import decode_bom

FORMAT_VERSION = 1
EXTENSION = ".mlresume"


def dumps(resume: Resume) -> str:
    """The document as native JSON text."""
    body = {"format_version": FORMAT_VERSION, **to_dict(resume)}
    return json.dumps(body, ensure_ascii=False, indent=2) + "\n"


def parse_json_text(text: str, what: str = "JSON") -> Any:
    """``json.loads`` with the position of a syntax error in the message; a document with more
    values than a resume import reads (``limits.MAX_JSON_VALUES``) is refused here."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ReadError(f"invalid {what} at line {exc.lineno}, column {exc.colno}: {exc.msg}") from None
    except RecursionError:
        raise ReadError(f"invalid {what}: nested too deeply") from None
    check_json_values(data, f"{what} document" if what == "JSON" else what)
    return data


def loads(text: str) -> Resume:
    """Parse native JSON text; raise ReadError naming what is wrong."""
    data = parse_json_text(text, "MLResume file")
    return from_data(data)


def from_data(data: Any) -> Resume:
    """Validate already-parsed native data and build the document."""
    if not isinstance(data, dict):
        raise ReadError("not an MLResume document: the top level is not an object")
    version = data.get("format_version")
    if not isinstance(version, int) or isinstance(version, bool):
        raise ReadError("not an MLResume document: format_version is missing")
    if version > FORMAT_VERSION:
        raise ReadError(
            f"written by a newer MLResume (format {version}); this version reads up to {FORMAT_VERSION}"
        )
    body = {k: v for k, v in data.items() if k != "format_version"}
    try:
        return from_dict(body)
    except ModelError as exc:
        raise ReadError(f"invalid field {exc.field}: {exc.reason}") from None
    except RecursionError:
        raise ReadError("invalid document: nested too deeply") from None


def decode_utf8(raw: bytes) -> str:
    """Bytes to text: UTF-16 or UTF-32 with a byte-order mark, else UTF-8 (with or without its
    mark), with a clear reason when they are none of these."""
    marked = decode_bom(raw)
    if marked is not None:
        return marked
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise ReadError(f"not UTF-8 text (bad byte at offset {exc.start})") from None


def load(path: str | os.PathLike[str], progress: Callable[[float], None] | None = None) -> Resume:
    """Read a ``.mlresume`` file."""
    try:
        raw = Path(path).read_bytes()
    except OSError as exc:
        raise ReadError(exc.strerror or str(exc), str(path)) from None
    try:
        return loads(decode_utf8(raw))
    except ReadError as exc:
        raise ReadError(exc.reason, str(path)) from None


def save(resume: Resume, path: str | os.PathLike[str]) -> None:
    """Write a ``.mlresume`` file atomically (old or new content survives a crash)."""
    write_text_atomic(path, dumps(resume))


def dump_text(resume: Resume, **_options: Any) -> str:
    """Writer entry point for the registry."""
    return dumps(resume)
