"""Tidying a Word line's text once it is read: a bullet glyph typed at the start of a paragraph
made the line's marker, icon-font glyphs set aside, "Page 1 of 2" set in the body sent to the
footer."""

from __future__ import annotations

import re

from mlresume_gui.formats.reading.layout import LayoutLine, Piece, Span, is_icon_text
from mlresume_gui.formats.reading.lineparse import opens_with_date, strip_bullet
from mlresume_gui.formats.reading.pdf.rows import MARKERS


def typed_marker(pieces: list[Piece]) -> str:
    """A bullet glyph typed at the start of a paragraph (``• Built ...``), removed from its text."""
    first = pieces[0]
    if not first.spans:
        return ""
    marker, rest = strip_bullet(first.text)
    if not marker or marker[:1].isalnum() or (marker in "-–—~" and opens_with_date(rest)):
        return ""  # "– Present" carries on a date range
    span = first.spans[0]
    rest = span.text.lstrip()
    if not rest.startswith(marker):
        return ""
    first.spans[0] = Span(rest[len(marker):].lstrip(), span.box, span.font, span.size, span.bold, span.italic,
                          span.colour, span.link)
    return marker


_PUA = re.compile("[\ue000-\uf8ff]")
_PAGE_OF = re.compile(r"\bpage\s*\d{1,3}\s*(?:/|of)\s*\d{1,3}\s*$", re.IGNORECASE)


def tidy(line: LayoutLine) -> None:
    """Icon glyphs (private-use characters of an icon font) taken out of the line and kept in
    ``extra["icons"]``; a bullet glyph set as a piece of its own made the line's marker."""
    icons: list[str] = []
    pieces: list[Piece] = []
    for piece in line.pieces:
        spans = []
        for span in piece.spans:
            if is_icon_text(span.text):
                icons.append(span.text.strip())
            elif _PUA.search(span.text):  # an icon typed in the same run as its contact
                icons += _PUA.findall(span.text)
                text = _PUA.sub("", span.text)
                spans.append(Span(text.lstrip() if not spans else text, span.box, span.font, span.size,
                                  span.bold, span.italic, span.colour, span.link))
            else:
                spans.append(span)
        if spans and "".join(s.text for s in spans).strip():
            pieces.append(Piece(spans, piece.box))
    if icons:
        line.extra["icons"] = tuple(icons)
    if not line.bullet and len(pieces) > 1 and pieces[0].text.strip() in MARKERS:
        line.bullet = pieces.pop(0).text.strip()
    if pieces:
        line.pieces = pieces
    if line.region == "body" and _PAGE_OF.search(line.text) and len(line.text) < 80:
        line.region = "footer"  # "Page 1 of 2" set in the body (a text box, a PDF turned into Word)
