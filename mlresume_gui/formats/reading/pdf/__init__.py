"""PDF resumes -> the model, from the layout (positions, fonts, sizes, weight) and link annotations.

One layout pass with pdfminer.six per page; then rows, reading order and :func:`build_resume`.
The shared limits hold throughout: pages counted before any is laid out, characters counted as
they are drawn, object references followed a bounded number of hops. A damaged file raises
ReadError with the reason, never pdfminer's own exception.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

from pdfminer.converter import PDFPageAggregator
from pdfminer.layout import LAParams
from pdfminer.pdfdocument import PDFDocument, PDFEncryptionError, PDFPasswordIncorrect
from pdfminer.pdfinterp import PDFPageInterpreter, PDFResourceManager
from pdfminer.pdfpage import PDFPage
from pdfminer.pdfparser import PDFParser
from pdfminer.psexceptions import PSException

from mlresume_gui.formats import limits
from mlresume_gui.formats.errors import ReadError, damaged
from mlresume_gui.formats.pdf_upright import page_layout
from mlresume_gui.formats.reading.layout import LayoutDocument
from mlresume_gui.formats.reading.pdf.lines import FontInfo, build_document
from mlresume_gui.formats.reading.pdf.links import attach_links, page_links
from mlresume_gui.formats.reading.pdf.order import pages_in_order, to_lines
from mlresume_gui.formats.reading.pdf.rows import Piece, Row, page_marks, page_pieces
from mlresume_gui.formats.reading.structure import Line, build_resume
from mlresume_gui.model import Resume

LAPARAMS = dict(char_margin=2.0, line_margin=0.5, word_margin=0.1, boxes_flow=None, all_texts=True)
MAX_PAGES_COUNTED = 10_000  # pages counted for the "too many pages" message before giving up
_PAGE_REFS = ("LastModified", "Resources", "MediaBox", "CropBox", "Contents", "Rotate")


class _BoundedPage(PDFPage):
    """A page whose attributes are resolved with a bound before pdfminer resolves them without one
    (a ``/Contents 7 0 R`` where object 7 is ``7 0 R`` would otherwise loop for ever)."""

    def __init__(self, doc: PDFDocument, pageid: object, attrs: object, label: str | None) -> None:
        attrs = limits.resolve_ref(attrs)
        if isinstance(attrs, dict):
            attrs = dict(attrs)
            for key in _PAGE_REFS:
                if key in attrs:
                    value = limits.resolve_ref(attrs[key])
                    attrs[key] = [limits.resolve_ref(v) for v in value] if isinstance(value, list) else value
        super().__init__(doc, pageid, attrs, label)


class _CountingAggregator(PDFPageAggregator):
    """The layout device, counting every character drawn against the document's budget."""

    def __init__(self, *args: Any, budget: limits.CharBudget, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.budget = budget
        self.fonts: dict[str, FontInfo] = {}  # font name -> what its descriptor says of its style

    def render_char(self, matrix: Any, font: Any, *args: Any, **kwargs: Any) -> float:
        self.budget.add(1)
        if font.fontname not in self.fonts:
            self.fonts[font.fontname] = _font_info(font)
        return super().render_char(matrix, font, *args, **kwargs)


def _font_info(font: Any) -> FontInfo:
    """(Flags, ItalicAngle, FontWeight) of a font's descriptor; zeros where it says nothing."""
    desc = getattr(font, "descriptor", None) or {}
    try:
        weight = float(limits.resolve_ref(desc.get("FontWeight", 0)) or 0)  # type: ignore[arg-type]
    except (TypeError, ValueError, ReadError):
        weight = 0.0
    try:
        return int(getattr(font, "flags", 0) or 0), float(getattr(font, "italic_angle", 0) or 0), weight
    except (TypeError, ValueError):
        return 0, 0.0, weight


def _pages(doc: PDFDocument) -> list[PDFPage]:
    """The document's pages, refused once there are more than a resume import reads."""
    found = _BoundedPage.create_pages(doc)
    pages = list(itertools.islice(found, limits.MAX_PDF_PAGES + 1))
    if len(pages) > limits.MAX_PDF_PAGES:
        limits.check_page_count(len(pages) + sum(1 for _ in itertools.islice(found, MAX_PAGES_COUNTED)))
    return pages


def read_lines(path: str | Path, progress: Callable[[float], None] | None = None) -> list[Line]:
    """The text lines of a PDF in reading order, with style hints and link targets."""
    return _guarded(lambda: _read_lines(path, progress))


T = TypeVar("T")


def _guarded(read: Callable[[], T]) -> T:
    """``read()``, with pdfminer's errors on a damaged file turned into ReadError."""
    try:
        return read()
    except (MemoryError, RecursionError):
        raise  # the caller has its own words for these
    except Exception as exc:
        # pdfminer's own errors, and anything pdfminer's code raised (it asserts on some damage):
        # the file is damaged; an exception raised in MLResume's code is a bug and goes on up
        if isinstance(exc, PSException | EOFError) or _raised_in(exc, "pdfminer"):
            raise damaged("PDF file", exc) from None
        raise


def _raised_in(exc: BaseException, package: str) -> bool:
    """True when the innermost frame of ``exc``'s traceback is in ``package``'s code."""
    tb = exc.__traceback__
    while tb is not None and tb.tb_next is not None:
        tb = tb.tb_next
    return tb is not None and str(tb.tb_frame.f_globals.get("__name__", "")).startswith(f"{package}.")


class _Pages:
    """What one layout pass over a PDF gives: each page's pieces, size, drawn marks and links,
    and the fonts' descriptors."""

    def __init__(self) -> None:
        self.laid_out: list[tuple[list[Piece], float, list]] = []
        self.sizes: list[tuple[float, float]] = []
        self.links: list[list[tuple[tuple[float, float, float, float], str]]] = []
        self.fonts: dict[str, FontInfo] = {}

    def in_order(self) -> list[list[Row]]:
        """The rows of every page in reading order, with the links attached."""
        pages = pages_in_order(self.laid_out)
        for rows, page_link, (_, h) in zip(pages, self.links, self.sizes, strict=True):
            attach_links(rows, page_link, h)
        if not any(pages):
            raise ReadError("the PDF looks like a scanned image: no text to import")
        return pages


def _read_pages(path: str | Path, progress: Callable[[float], None] | None,
                look: Callable[[PDFDocument], Any] | None = None) -> Any:
    """The pages laid out (a :class:`_Pages`); or, when ``look(document)`` on the parsed document
    gives something other than None, that."""
    with open(path, "rb") as fh:
        head = fh.read(1024)
        if b"%PDF-" not in head:
            raise ReadError("not a PDF file (no PDF header)")
        fh.seek(0)
        parser = PDFParser(fh)
        try:
            doc = PDFDocument(parser)
        except PDFPasswordIncorrect:
            raise ReadError("the PDF is password-protected: remove the password and import again") from None
        except PDFEncryptionError:
            raise ReadError("the PDF is encrypted in a way MLResume cannot read: remove the password and import again") from None
        if look is not None:
            found = look(doc)
            if found is not None:
                return found
        pages_raw = _pages(doc)
        if not pages_raw:
            raise ReadError("the PDF has no pages")
        rsrc = PDFResourceManager(caching=True)
        device = _CountingAggregator(rsrc, laparams=LAParams(**LAPARAMS), budget=limits.CharBudget(limits.MAX_PDF_CHARS))
        interp = PDFPageInterpreter(rsrc, device)
        out = _Pages()
        for i, page in enumerate(pages_raw):
            layout = page_layout(page, interp, device, i)  # turned to read left to right, noted
            out.laid_out.append((page_pieces(layout), layout.height, page_marks(layout)))
            out.sizes.append((layout.width, layout.height))
            out.links.append(page_links(page))
            if progress:
                progress(0.05 + 0.85 * (i + 1) / len(pages_raw))
        out.fonts = device.fonts
    return out


def _read_lines(path: str | Path, progress: Callable[[float], None] | None) -> list[Line]:
    pages = _read_pages(path, progress)
    return to_lines(pages.in_order(), [h for _, h in pages.sizes])


def read_layout(path: str | Path, progress: Callable[[float], None] | None = None) -> LayoutDocument:
    """The layout of a PDF: lines in reading order with their pieces, spans (font, size, weight,
    slant, colour, link), columns, sidebars and running headers and footers (marked, kept)."""
    return _guarded(lambda: _read_layout(path, progress))


def _read_layout(path: str | Path, progress: Callable[[float], None] | None,
                 look: Callable[[PDFDocument], Any] | None = None) -> Any:
    pages = _read_pages(path, progress, look)
    if not isinstance(pages, _Pages):
        return pages
    return build_document(pages.in_order(), pages.sizes, pages.links, pages.fonts)


def read_layout_unless(path: str | Path, look: Callable[[PDFDocument], T | None],
                       progress: Callable[[float], None] | None = None) -> T | LayoutDocument:
    """``look(document)`` on the parsed PDF (e.g. for an exported file's embedded data); what it
    gives when that is not None, else the layout (:func:`read_layout`) from the same parse."""
    return _guarded(lambda: _read_layout(path, progress, look))


def load(path: str | Path, progress: Callable[[float], None] | None = None) -> Resume:
    """Read a PDF resume."""
    lines = read_lines(path, progress)
    resume = build_resume(lines)
    if progress:
        progress(1.0)
    return resume
