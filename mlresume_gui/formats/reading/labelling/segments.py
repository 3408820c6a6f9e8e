"""Layout lines -> segments, the units the labeller gives a role.

A segment is one piece of a line, or a part of a piece between strong separators (``Company |
Role | 2020 – Present`` is three segments). Segments keep their line, so features can read the
line's geometry and assembly can say where each source line went.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from mlresume_gui.formats.reading.layout import LayoutDocument, LayoutLine, Piece, Span
from mlresume_gui.formats.reading.lineparse import clean, flatten

# a bar, a middle dot or a bullet between spaces separates values printed on one line
_SEPARATOR = re.compile(r"\s*\|\s*|\s+[·•◦∙⋅⋄♦]\s+|\t")


@dataclass
class Segment:
    """One part of a line that holds one value (or a run of prose)."""

    text: str
    line: LayoutLine
    line_index: int  # the line's position in the document's reading order
    piece: int  # index of the piece in its line
    pieces: int  # pieces on the line
    part: int  # index of this part in its piece
    parts: int  # parts in the piece
    x0: float = 0.0
    x1: float = 0.0

    @property
    def first_of_line(self) -> bool:
        return self.piece == 0 and self.part == 0

    @property
    def last_of_line(self) -> bool:
        return self.piece == self.pieces - 1 and self.part == self.parts - 1


def split_piece(text: str) -> list[str]:
    """The parts of one piece's text between strong separators (empty parts dropped)."""
    parts = [flatten(p) for p in _SEPARATOR.split(text)]
    return [p for p in parts if p] or ([flatten(text)] if flatten(text) else [])


def segments(doc: LayoutDocument) -> list[Segment]:
    """Every segment of the document in reading order."""
    out: list[Segment] = []
    for li, line in enumerate(doc.lines):
        cleaned = [(p, clean(p.text)) for p in line.pieces]
        pieces = [(p, c) for p, c in cleaned if flatten(c)]
        for pi, (piece, text) in enumerate(pieces):
            parts = split_piece(text)
            for k, part in enumerate(parts):
                out.append(Segment(part, line, li, pi, len(pieces), k, len(parts), piece.box[0], piece.box[2]))
    return out


def layout_from_lines(lines: list, kind: str) -> LayoutDocument:
    """A LayoutDocument from the older ``structure.Line`` list (text with TABs at wide gaps, size,
    weight and hints), for readers that do not yet produce layout themselves."""
    out: list[LayoutLine] = []
    for ln in lines:
        text = clean(ln.text)
        if not flatten(text):
            continue
        pieces = [Piece([Span(t, size=ln.size, bold=ln.bold)]) for t in text.split("\t") if t.strip()]
        extra: dict[str, object] = {}
        if ln.heading is not None:
            extra["heading"] = ln.heading
        if ln.cont is not None:
            extra["cont"] = ln.cont
        out.append(LayoutLine(pieces=pieces, bullet="•" if ln.bullet else "", links=tuple(ln.links),
                              region="header" if ln.page_header else "body", extra=extra))
    return LayoutDocument(lines=out, kind=kind)
