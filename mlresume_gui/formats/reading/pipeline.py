"""The reading pipeline, one stage after another: a file's layout (``pdf``, ``word``, ``text``
readers) -> segments -> features -> the trained labeller -> assembly into the model and the
placement of every source line. The registry's PDF, Word and text targets are the ``read_*``
functions here (an ImportResult each); ``load_*`` give the resume alone.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from mlresume_gui.formats.errors import ReadError
from mlresume_gui.formats.reading.assembly import assemble
from mlresume_gui.formats.reading.labelling.features import document_features
from mlresume_gui.formats.reading.labelling.model import Labeller, shipped
from mlresume_gui.formats.reading.labelling.segments import Segment, layout_from_lines, segments
from mlresume_gui.formats.reading.layout import LayoutDocument
from mlresume_gui.formats.reading.placement import ImportResult
from mlresume_gui.model import Resume

Progress = Callable[[float], None] | None
_EMPTY = {"pdf": "the PDF holds no text", "docx": "the Word document holds no text", "text": "the file holds no text"}


def read_layout(path: str | Path, kind: str, progress: Progress = None) -> LayoutDocument:
    """The layout of a file of ``kind`` ("pdf", "docx" or "text")."""
    if kind == "pdf":
        from mlresume_gui.formats.reading import pdf as reader
    elif kind == "docx":
        from mlresume_gui.formats.reading import word as reader
    else:
        from mlresume_gui.formats.reading import text as reader
    if hasattr(reader, "read_layout"):
        return reader.read_layout(path, progress)
    if kind == "pdf":
        lines = reader.read_lines(path, progress)
    elif kind == "docx":
        lines = reader.read_lines(path)
    else:
        lines = reader.lines_from_text(reader.decode(Path(path).read_bytes()))
    return layout_from_lines(lines, kind)


def label(doc: LayoutDocument, labeller: Labeller | None = None) -> tuple[list[Segment], list[str], list[float]]:
    """The segments of ``doc``, the role of each and the labeller's confidence in it."""
    segs = segments(doc)
    roles, probs = (labeller or shipped()).tag(document_features(doc, segs))
    return segs, roles, probs


def read_document_layout(doc: LayoutDocument, labeller: Labeller | None = None) -> ImportResult:
    """The import of an already read layout."""
    segs, roles, probs = label(doc, labeller)
    return assemble(doc, segs, roles, probs)


def read(path: str | Path, kind: str, progress: Progress = None) -> ImportResult:
    """Read a PDF, Word or text file into an ImportResult."""
    if progress:
        progress(0.05)
    return _from_layout(read_layout(path, kind, progress), kind, progress)


def _from_layout(doc: LayoutDocument, kind: str, progress: Progress) -> ImportResult:
    if not any(ln.text.strip() for ln in doc.lines):
        raise ReadError(_EMPTY[kind])
    if progress:
        progress(0.9)
    result = read_document_layout(doc)
    result.notes.extend(doc.notes)
    if progress:
        progress(1.0)
    return result


def read_pdf(path: str | Path, progress: Progress = None) -> ImportResult:
    """A PDF resume and where each of its lines went (the registry's PDF target)."""
    return read(path, "pdf", progress)


def read_pdf_or_embedded(path: str | Path, progress: Progress = None) -> ImportResult:
    """A PDF, from the MLResume data an export embeds in it when that is there and readable (note
    ``embedded.USED``), else from its text (noting why damaged or newer data was not used): one
    parse of the file serves both (the registry's PDF target unless only the text is asked for)."""
    from mlresume_gui.formats import embedded
    from mlresume_gui.formats.reading import pdf

    notes: list[str] = []

    def embedded_document(document: object) -> ImportResult | None:
        resume, note = embedded.embedded_resume(embedded.pdf_document_payload(document))
        if resume is not None:
            return ImportResult(resume, source="embedded", notes=[note])
        if note:
            notes.append(note)
        return None

    if progress:
        progress(0.05)
    found = pdf.read_layout_unless(path, embedded_document, progress)
    if isinstance(found, ImportResult):
        return found
    result = _from_layout(found, "pdf", progress)
    result.notes[:0] = [n for n in notes if n not in result.notes]
    return result


def read_docx(path: str | Path, progress: Progress = None) -> ImportResult:
    """A .docx resume and where each of its lines went (the registry's Word target)."""
    return read(path, "docx", progress)


def read_text(path: str | Path, progress: Progress = None) -> ImportResult:
    """A .txt or .md resume and where each of its lines went (the registry's text target)."""
    return read(path, "text", progress)


def load_pdf(path: str | Path, progress: Progress = None) -> Resume:
    """Read a PDF resume."""
    return read(path, "pdf", progress).resume


def load_docx(path: str | Path, progress: Progress = None) -> Resume:
    """Read a .docx resume."""
    return read(path, "docx", progress).resume


def load_text(path: str | Path, progress: Progress = None) -> Resume:
    """Read a .txt or .md resume."""
    return read(path, "text", progress).resume
