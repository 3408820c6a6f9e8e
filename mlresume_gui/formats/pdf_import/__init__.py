"""PDF resumes -> the model, from the layout (positions, fonts, sizes, weight) and link annotations.

One layout pass with pdfminer.six per page; then rows, reading order and :func:`build_resume`.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from pdfminer.converter import PDFPageAggregator
from pdfminer.layout import LAParams
from pdfminer.pdfdocument import PDFDocument, PDFEncryptionError, PDFPasswordIncorrect
from pdfminer.pdfinterp import PDFPageInterpreter, PDFResourceManager
from pdfminer.pdfpage import PDFPage
from pdfminer.pdfparser import PDFParser

from ...model import Resume
from ..errors import ReadError
from ..structure import Line, build_resume
from .links import attach_links, page_links
from .reading import pages_in_order, to_lines
from .rows import page_marks, page_pieces

MAX_PAGES = 30
LAPARAMS = dict(char_margin=2.0, line_margin=0.5, word_margin=0.1, boxes_flow=None)


def read_lines(path: str | Path, progress: Callable[[float], None] | None = None) -> list[Line]:
    """The text lines of a PDF in reading order, with style hints and link targets."""
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
        pages_raw = list(PDFPage.create_pages(doc))
        if not pages_raw:
            raise ReadError("the PDF has no pages")
        if len(pages_raw) > MAX_PAGES:
            raise ReadError(f"the PDF has {len(pages_raw)} pages; a resume import reads at most {MAX_PAGES}")
        rsrc = PDFResourceManager(caching=True)
        device = PDFPageAggregator(rsrc, laparams=LAParams(**LAPARAMS))
        interp = PDFPageInterpreter(rsrc, device)
        laid_out = []
        links = []
        for i, page in enumerate(pages_raw):
            interp.process_page(page)
            layout = device.get_result()
            laid_out.append((page_pieces(layout), layout.height, page_marks(layout)))
            links.append(page_links(page))
            if progress:
                progress(0.05 + 0.85 * (i + 1) / len(pages_raw))
    pages = pages_in_order(laid_out)
    heights = [h for _, h, _ in laid_out]
    for rows, page_link, h in zip(pages, links, heights, strict=True):
        attach_links(rows, page_link, h)
    if not any(pages):
        raise ReadError("the PDF looks like a scanned image: no text to import")
    return to_lines(pages, heights)


def load(path: str | Path, progress: Callable[[float], None] | None = None) -> Resume:
    """Read a PDF resume."""
    lines = read_lines(path, progress)
    resume = build_resume(lines)
    if progress:
        progress(1.0)
    return resume
