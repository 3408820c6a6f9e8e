"""What the import review shows of the source: every visual line with where it sits (PDF: page and
box, from pdfminer's layout, in reading order; Word and text: the lines in order), and the review's
reading of a file, the reader's own placements when it gives them, else placements derived from
these lines (placement_match).

Called in the sandboxed child process (``sandbox.run_reader``), after the file passed its checks.
"""

from __future__ import annotations

import importlib
from pathlib import Path

from ...model import Resume
from .. import limits
from .placement import ImportResult
from .placement_match import SourceLine, derive_result

PageSize = tuple[float, float]


def pdf_source(path: str | Path) -> tuple[list[SourceLine], list[PageSize]]:
    """The visual lines of a PDF (text, page, box with the origin at the page's top left) and the
    size of each page, in points."""
    from pdfminer.high_level import extract_pages
    from pdfminer.layout import LAParams

    from .pdf import LAPARAMS
    from .pdf.order import pages_in_order
    from .pdf.rows import page_marks, page_pieces

    laid_out, sizes = [], []
    for layout in extract_pages(str(path), laparams=LAParams(**LAPARAMS), maxpages=limits.MAX_PDF_PAGES):
        laid_out.append((page_pieces(layout), layout.height, page_marks(layout)))
        sizes.append((float(layout.width), float(layout.height)))
    lines = [SourceLine(" ".join(r.text.split()), r.page, (r.x0, r.top, r.x1, r.bottom))
             for rows in pages_in_order(laid_out) for r in rows if r.text.strip()]
    return lines, sizes


def flat_source(path: str | Path, kind: str) -> list[SourceLine]:
    """The lines of a Word or text file, in order."""
    if kind == "docx":
        from .word import read_lines

        return [SourceLine(ln.text) for ln in read_lines(path) if ln.text.strip()]
    from .text import decode

    return [SourceLine(t) for t in decode(Path(path).read_bytes()).splitlines() if t.strip()]


def source(path: str | Path) -> tuple[list[SourceLine], list[PageSize]]:
    """The review's source lines of a PDF, Word or text file (pages: empty for Word and text)."""
    kind = {".pdf": "pdf", ".docx": "docx"}.get(Path(path).suffix.lower(), "text")
    if kind == "pdf":
        return pdf_source(path)
    return flat_source(path, kind), []


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
