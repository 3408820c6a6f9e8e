"""Job postings in: a .txt, .md, .html, .pdf or .docx file (or pasted text) -> its lines.

Files go through the same guards as a resume import: size limits, the content sniffed against the
name, .docx archives checked before inflating, and PDF and Word files parsed in the reading
sandbox (a child process with time and memory limits) by the reading layer's own line readers.
Every failure is a :class:`ReadError` with one plain line.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from ..formats import limits
from ..formats.errors import ReadError
from ..formats.registry import size_and_kind
from .html_text import html_lines, looks_like_html
from .lines import PostingLine

POSTING_EXTENSIONS = (".txt", ".text", ".md", ".markdown", ".html", ".htm", ".pdf", ".docx")
MAX_POSTING_CHARS = 400_000  # a posting is a page or two; more is not a posting

_MD_HEADING = re.compile(r"^\s{0,3}#{1,6}\s+(.*?)\s*#*\s*$")
_LIST = re.compile(r"^\s*(?:[-*+•▪◦‣–·●○■□✓✔→>]|\d{1,2}[.)]|\(?[a-z][.)])\s+")
_EMPH = re.compile(r"(\*\*|__|`)")
_MD_LINK = re.compile(r"\[([^\]\[]*)\]\([^)\s]*\)")


@dataclass
class Posting:
    """A job posting's lines, and names its source gives the company (HTML site name)."""

    lines: list[PostingLine]
    names: list[str] = field(default_factory=list)
    source: str = ""


def text_lines(text: str) -> list[PostingLine]:
    """Lines of plain text or Markdown, with the heading and list hints the markup gives."""
    out: list[PostingLine] = []
    raw = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    for i, line in enumerate(raw):
        if not line.strip():
            continue
        if re.match(r"^\s*[=-]{3,}\s*$", line):  # a Setext underline makes the line above a heading
            if out and i and raw[i - 1].strip():
                out[-1] = out[-1]._replace(heading=True)
            continue
        m = _MD_HEADING.match(line)
        if m:
            out.append(PostingLine(_clean(m.group(1)), heading=True))
            continue
        lm = _LIST.match(line)
        body = _clean(line[lm.end():] if lm else line)
        if body:
            whole_bold = bool(re.fullmatch(r"\s*(\*\*|__)[^*_]+(\*\*|__)\s*:?\s*", line))
            out.append(PostingLine(body, heading=True if whole_bold else None, bullet=bool(lm)))
    return out


def _clean(text: str) -> str:
    text = _MD_LINK.sub(r"\1", text)
    return _EMPH.sub("", text).strip()


def posting_from_text(text: str) -> Posting:
    """A posting pasted or dropped as text (HTML markup is recognised and stripped)."""
    text = text[:MAX_POSTING_CHARS]
    if looks_like_html(text):
        lines, names = html_lines(text)
        return Posting(lines, names, "html")
    return Posting(text_lines(text), [], "text")


def read_posting(path: str | Path) -> Posting:
    """Read a posting file; ReadError (one line, naming the file) when it cannot be read."""
    p = Path(path)
    try:
        posting = _read(p)
    except ReadError as exc:
        raise ReadError(exc.reason, str(p)) from None
    except (MemoryError, RecursionError):
        raise ReadError("the file is too large or too deeply nested to read", str(p)) from None
    except Exception as exc:  # a damaged file is never a traceback
        raise ReadError(f"damaged or unreadable file ({type(exc).__name__})", str(p)) from None
    if not any(ln.text.strip() for ln in posting.lines):
        raise ReadError("the job description holds no text", str(p))
    return posting


def _read(p: Path) -> Posting:
    ext = p.suffix.lower()
    if ext not in POSTING_EXTENSIONS:
        raise ReadError(f"unsupported job description type {ext or '(no extension)'}; "
                        f"MLResume reads {', '.join(POSTING_EXTENSIONS)}")
    size, kind = size_and_kind(p)
    if ext in (".pdf", ".docx"):
        want = ext[1:]
        if kind.reader != want:
            raise ReadError(f"not a {want.upper()} file despite its name: it looks like {kind.label}")
        limits.check_size(size, want)
        if want == "docx":
            limits.check_docx_archive(p)
        return Posting(_sandboxed(p, want), [], want)
    limits.check_size(size, "text")
    if kind.reader not in ("text", "json") and not (kind.label.endswith("(HTML)") and ext in (".html", ".htm")):
        raise ReadError(f"not a text file despite its name: it looks like {kind.label}")
    from ..formats.reading.text import decode

    text = decode(p.read_bytes())
    if ext in (".html", ".htm"):
        lines, names = html_lines(text[:MAX_POSTING_CHARS])
        return Posting(lines, names, "html")
    return posting_from_text(text)


def _sandboxed(p: Path, kind: str) -> list[PostingLine]:
    import importlib

    from ..formats.sandbox import run_reader

    # load the reader here first, so that a child forked from this process starts with it
    for module in (("mlresume_gui.formats.reading.pdf",) if kind == "pdf"
                   else ("mlresume_gui.formats.reading.word", "docx", "mlresume_gui.formats.safe_xml")):
        importlib.import_module(module)
    rows = run_reader(f"{__name__}:document_lines", str(p), package="",
                      description="PDF file" if kind == "pdf" else "Word file")
    return [PostingLine(*row) for row in rows]


def document_lines(path: str) -> list[tuple[str, bool | None, bool]]:
    """Runs in the reading sandbox: a PDF's or Word file's text lines as plain tuples."""
    if path.lower().endswith(".docx"):
        from ..formats.reading.word import read_lines
        from ..formats.safe_xml import harden_docx_parser

        harden_docx_parser()
        lines = read_lines(path)
    else:
        from ..formats.reading.pdf import read_lines  # type: ignore[assignment]

        lines = read_lines(path)
    out = []
    for ln in lines:
        for part in ln.text.split("\t"):
            text = re.sub(r"\s+", " ", part).strip()
            if text:
                heading = True if ln.heading or (ln.bold and len(text) < 60) else ln.heading
                out.append((text, heading, bool(ln.bullet)))
    return out
