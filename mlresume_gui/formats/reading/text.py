"""Plain text and Markdown resumes -> the model.

Markdown headings (``#``, ``##`` or a line underlined with ``===``/``---``) are headings, list items are
bullets, and lines indented under a list item continue it. Emphasis and link markup are removed,
keeping link targets.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Callable
from pathlib import Path

from mlresume_gui.formats.errors import ReadError
from mlresume_gui.formats.reading.layout import LayoutDocument, LayoutLine, Piece, Span, normal_text
from mlresume_gui.formats.reading.structure import Line, build_resume
from mlresume_gui.formats.sniff import decode_bom
from mlresume_gui.model import Resume

_MD_LINK = re.compile(r"\[([^\]\[]*)\]\(([^)\s]+)(?:\s+\"[^\"]*\")?\)")  # no "[" in a label: linear
_MD_AUTOLINK = re.compile(r"<((?:https?://|mailto:)[^>]+)>")
_MARKS = ("**", "__", "*", "_", "`")  # emphasis and code markers, longest first
_MARK_AT = re.compile(r"[*_`]")
_HEADING = re.compile(r"^\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$")
_RULE = re.compile(r"^\s*(?:[-=_*]\s*){3,}$")
_GAP = re.compile(r"(?<=\S)(?: {3,}|\t+)(?=\S)")  # a column gap inside a line: "Title      London, UK"
_LIST = re.compile(r"^(\s*)(?:[-*+•▪◦‣–]|\d{1,2}[.)])\s+")


def decode(data: bytes) -> str:
    """Bytes of a text file as a string: UTF-8, UTF-16 or UTF-32 with a BOM, UTF-8, else Latin-1."""
    marked = decode_bom(data)
    if marked is not None:
        return marked
    if b"\x00" in data[:4096]:
        raise ReadError("this is a binary file, not text")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("latin-1")


def _inline(text: str) -> tuple[str, list[str]]:
    links: list[str] = []

    def link(m: re.Match[str]) -> str:
        links.append(m.group(2))
        label = m.group(1).strip()
        return label if label else m.group(2)

    text = _MD_LINK.sub(link, text)
    text = _MD_AUTOLINK.sub(lambda m: (links.append(m.group(1)), m.group(1))[1], text)
    text = strip_emphasis(text)
    text = text.replace("\\", "") if "\\" in text and not re.search(r"\\[a-z]{2,}", text) else text
    return text, links


def strip_emphasis(text: str) -> str:
    """``text`` without Markdown emphasis and code markers: ``**Acme**`` -> ``Acme``.

    A marker opens before a non-space and closes after one, the nearest closer winning (what a lazy
    regex from each marker to its match reads, but in linear time: the closers of each marker are
    found once and looked up by bisection, so openers without a closer cost nothing).
    """
    if not _MARK_AT.search(text):
        return text
    closers = {m: [k for k in _positions(text, m) if k > 0 and not text[k - 1].isspace()] for m in _MARKS}
    out: list[str] = []
    done = i = 0
    while True:
        # only markers with a closer still ahead can open: the others are skipped wholesale
        live = tuple(m for m in _MARKS if closers[m] and closers[m][-1] > i + len(m))
        found = _finder(live).search(text, i) if live else None
        if found is None:
            break
        i = found.start()
        for mark in live:
            body = i + len(mark)
            if not text.startswith(mark, i) or body >= len(text) or text[body].isspace():
                continue
            ks = closers[mark]
            at = bisect.bisect_left(ks, body + 1)
            if at < len(ks):
                out += [text[done:i], text[body:ks[at]]]
                done = i = ks[at] + len(mark)
                break
        else:
            i += 1
    out.append(text[done:])
    return "".join(out)


@functools.cache
def _finder(marks: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile("[" + re.escape("".join(sorted({m[0] for m in marks}))) + "]")


def _positions(text: str, mark: str) -> list[int]:
    """Every index where ``mark`` starts in ``text`` (overlapping: ``***`` holds ``**`` twice)."""
    out, k = [], text.find(mark)
    while k >= 0:
        out.append(k)
        k = text.find(mark, k + 1)
    return out


def lines_from_text(text: str) -> list[Line]:
    """Source lines with the hints plain text and Markdown give."""
    raw = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    out: list[Line] = []
    list_indent: int | None = None
    for i, line in enumerate(raw):
        if not line.strip():
            list_indent = None
            continue
        if _RULE.match(line):
            if out and re.match(r"^\s*[=-]{3,}\s*$", line) and raw[i - 1].strip() and not out[-1].bullet:
                out[-1].heading = True
            continue
        m = _HEADING.match(line)
        if m:
            body, links = _inline(m.group(2))
            out.append(Line(body, heading=True, size=20.0 - len(m.group(1)), links=tuple(links)))
            list_indent = None
            continue
        body, links = _inline(_GAP.sub("\t", line.rstrip()))
        lm = _LIST.match(line)
        indent = len(line) - len(line.lstrip())
        if lm:
            list_indent = len(lm.group(0))
            out.append(Line(body.strip(), bullet=False, cont=False, links=tuple(links)))
        elif list_indent is not None and indent >= 2:
            out.append(Line(body.strip(), cont=True, links=tuple(links)))
        else:
            list_indent = None
            out.append(Line(body.strip(), links=tuple(links)))
    return out


_STRONG = re.compile(r"^\s*(\*\*|__)(?=\S)(.+?)(?<=\S)\1\s*$")


def _spans(text: str) -> list[Span]:
    """A line's text as spans: link labels carry their target; emphasis markers removed."""
    out: list[Span] = []
    at = 0
    for m in _MD_LINK.finditer(text):
        if m.start() > at:
            out.append(Span(strip_emphasis(text[at:m.start()])))
        label = strip_emphasis(m.group(1).strip()) or m.group(2)
        out.append(Span(label, link=m.group(2)))
        at = m.end()
    rest = text[at:]
    for part in re.split(r"(<(?:https?://|mailto:)[^>]+>)", rest):
        if part.startswith("<") and part.endswith(">"):
            out.append(Span(part[1:-1], link=part[1:-1]))
        elif part:
            out.append(Span(strip_emphasis(part)))
    return [s for s in out if s.text]


def _pieces(text: str, bold: bool) -> list[Piece]:
    """Parts of a line set apart by a wide gap (tabs, three spaces or more) as pieces; a part
    wrapped whole in ``**`` is bold."""
    pieces = []
    for part in _GAP.split(text):
        strong = _STRONG.match(part)
        part = strong.group(2) if strong else part
        spans = [Span(normal_text(s.text, soft_hyphen_drawn=False), bold=bold or bool(strong), link=s.link)
                 for s in _spans(part)]
        if "".join(s.text for s in spans).strip():
            pieces.append(Piece(spans))
    return pieces


def layout_from_text(text: str) -> LayoutDocument:
    """Plain text or Markdown as layout lines: headings (``#`` or underlined) with their level in
    ``style`` ("heading 1" ...), list items with their marker and level, wide gaps as pieces,
    link targets on spans, blank lines before a line in ``gap_above`` (in lines)."""
    raw = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    lines: list[LayoutLine] = []
    blank = 0
    for i, line in enumerate(raw):
        if not line.strip():
            blank += 1
            continue
        if _RULE.match(line):
            prev = lines[-1] if lines else None
            if prev is not None and re.match(r"^\s*[=-]{3,}\s*$", line) and raw[i - 1].strip() and not prev.bullet:
                prev.style = "heading 1" if "=" in line else "heading 2"
            continue
        indent = len(line) - len(line.lstrip(" ")) + 4 * (len(line) - len(line.lstrip("\t")))
        style, bullet, level, body = "", "", -1, line.strip()
        m = _HEADING.match(line)
        lm = _LIST.match(line)
        if m:
            style, body = f"heading {len(m.group(1))}", m.group(2)
        elif lm:
            bullet, body, level = lm.group(0).strip(), line[lm.end():].strip(), indent // 2
        pieces = _pieces(body, bold=bool(m))
        if not pieces:
            continue
        ln = LayoutLine(pieces, bullet=bullet, indent=float(indent), gap_above=float(blank), style=style,
                        list_level=level)
        ln.links = tuple(dict.fromkeys(s.link for p in pieces for s in p.spans if s.link))
        lines.append(ln)
        blank = 0
    return LayoutDocument(lines, kind="text")


def _read(path: str | Path, progress: Callable[[float], None] | None) -> str:
    data = Path(path).read_bytes()
    if progress:
        progress(0.1)
    text = decode(data)
    if not text.strip():
        raise ReadError("the file holds no text")
    return text


def read_layout(path: str | Path, progress: Callable[[float], None] | None = None) -> LayoutDocument:
    """The layout of a .txt or .md file (see :func:`layout_from_text`)."""
    return layout_from_text(_read(path, progress))


def load(path: str | Path, progress: Callable[[float], None] | None = None) -> Resume:
    """Read a .txt or .md resume."""
    text = _read(path, progress)
    resume = build_resume(lines_from_text(text))
    if progress:
        progress(1.0)
    return resume
