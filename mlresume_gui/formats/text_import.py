"""Plain text and Markdown resumes -> the model.

Markdown headings (``#``, ``##`` or a line underlined with ``===``/``---``) are headings, list items are
bullets, and lines indented under a list item continue it. Emphasis and link markup are removed,
keeping link targets.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

from ..model import Resume
from .errors import ReadError
from .structure import Line, build_resume

_MD_LINK = re.compile(r"\[([^\]]*)\]\(([^)\s]+)(?:\s+\"[^\"]*\")?\)")
_MD_AUTOLINK = re.compile(r"<((?:https?://|mailto:)[^>]+)>")
_EMPHASIS = re.compile(r"(\*\*|__|\*|_|`)(?=\S)(.+?)(?<=\S)\1")
_HEADING = re.compile(r"^\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$")
_RULE = re.compile(r"^\s*(?:[-=_*]\s*){3,}$")
_GAP = re.compile(r"(?<=\S)(?: {3,}|\t+)(?=\S)")  # a column gap inside a line: "Title      London, UK"
_LIST = re.compile(r"^(\s*)(?:[-*+•▪◦‣–]|\d{1,2}[.)])\s+")


def decode(data: bytes) -> str:
    """Bytes of a text file as a string: UTF-8 (with or without BOM), UTF-16 with BOM, else Latin-1."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16")
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
    text = _EMPHASIS.sub(r"\2", text)
    text = text.replace("\\", "") if "\\" in text and not re.search(r"\\[a-z]{2,}", text) else text
    return text, links


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


def load(path: str | Path, progress: Callable[[float], None] | None = None) -> Resume:
    """Read a .txt or .md resume."""
    data = Path(path).read_bytes()
    if progress:
        progress(0.1)
    text = decode(data)
    if not text.strip():
        raise ReadError("the file holds no text")
    resume = build_resume(lines_from_text(text))
    if progress:
        progress(1.0)
    return resume
