"""What the import review shows of the source: every line with where it sits (PDF: page and box,
from the reader's layout, in reading order; Word and text: the lines in order), and the review's
reading of a file, the reader's own placements when it gives them, else placements derived from
these lines (placement_match).

Called in the sandboxed child process (``sandbox.run_reader``), after the file passed its checks.
"""

from __future__ import annotations

import importlib
from pathlib import Path

from ...model import Resume
from .placement import ImportResult
from .placement_match import SourceLine, derive_result

PageSize = tuple[float, float]


def source(path: str | Path) -> tuple[list[SourceLine], list[PageSize]]:
    """The review's source lines of a PDF, Word or text file, from the reader's own layout (PDF
    lines carry their page and box, origin at the page's top left), and the PDF's page sizes."""
    kind = {".pdf": "pdf", ".docx": "docx"}.get(Path(path).suffix.lower(), "text")
    if kind == "pdf":
        from . import pdf as reader
    elif kind == "docx":
        from . import word as reader  # type: ignore[no-redef]
    else:
        from . import text as reader  # type: ignore[no-redef]
    doc = reader.read_layout(path)
    boxed = kind == "pdf" and bool(doc.pages)
    lines = [SourceLine(" ".join(ln.text.split()), ln.page, ln.box if boxed else None)
             for ln in doc.lines if ln.text.strip()]
    return lines, [(float(w), float(h)) for w, h in doc.pages] if boxed else []


def reader_result(path: str | Path) -> ImportResult | None:
    """The reader's own ImportResult (its placements, roles and confidences), when it makes one."""
    try:
        pipeline = importlib.import_module("mlresume_gui.formats.reading.pipeline")
    except ImportError:
        return None
    make = getattr(pipeline, "import_result", None)
    return make(path) if callable(make) else None


def review_source(path: str | Path) -> tuple[list[SourceLine], list[PageSize], ImportResult | None]:
    """Everything the review needs from the file (run in the sandbox): its source lines, its page
    sizes, and the reader's own ImportResult when the reader makes one."""
    lines, pages = source(path)
    return lines, pages, reader_result(path)


def review_reading(resume: Resume, lines: list[SourceLine], reader: ImportResult | None) -> ImportResult:
    """What the review shows: the reader's placements unchanged when it has them, else placements
    derived for ``resume`` from the source lines."""
    if reader is not None and reader.placements:
        return reader
    return derive_result(resume, lines)
