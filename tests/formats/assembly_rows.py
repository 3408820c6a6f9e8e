"""Lines and labels for the assembly tests: a line made of pieces (with its list marker and, where a
test needs it, its box), and the assembly of rows whose segments' roles the test gives."""

from __future__ import annotations

from mlresume_gui.formats.reading.assembly import assemble
from mlresume_gui.formats.reading.labelling.segments import segments
from mlresume_gui.formats.reading.layout import LayoutDocument, LayoutLine, Piece, Span
from mlresume_gui.formats.reading.placement import ImportResult


def line(*pieces: str, bullet: str = "") -> LayoutLine:
    """A line of one 10-point span per piece, with no geometry."""
    return LayoutLine(pieces=[Piece([Span(t, size=10.0)]) for t in pieces], bullet=bullet)


def read(rows: list[tuple[LayoutLine, list[str]]], probs: list[float] | None = None) -> ImportResult:
    """Assemble the lines with the roles given for each line's segments (and their confidences,
    all sure unless given)."""
    doc = LayoutDocument(lines=[ln for ln, _ in rows])
    segs = segments(doc)
    roles = [r for _, rs in rows for r in rs]
    assert len(roles) == len(segs)
    return assemble(doc, segs, roles, probs or [1.0] * len(roles))
