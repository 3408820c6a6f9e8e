"""Entry heads set over two rows: a right column that runs one row lower than the left one, and
cells that wrap.

Some layouts set an entry's head in two columns: on the left the organisation and role, on the
right the location and, one row below, the dates. When the entry's first bullet starts on that
second row, the dates share a row with the bullet and would be read in the middle of it. A short
piece at the right edge of an entry's first bullet row, under a head row whose own last piece
ends at the same edge, belongs to the head: it is moved to the head's line, so the head holds
all its parts and the bullet's wrapped lines follow the bullet directly. A head whose cells wrap
(``Software Engineer, ML`` / ``Infrastructure, Acme`` beside ``May 2019 to`` / ``June 2021``)
becomes one line, each cell's text joined with its wrapped end.
"""

from __future__ import annotations

from dataclasses import replace
from itertools import pairwise

from mlresume_gui.formats.reading.layout import LayoutLine, Piece, Span
from mlresume_gui.formats.reading.lineparse import find_dates, join_wrapped

_EDGE = 2.5  # points: how far apart two right edges may be and still be one edge
_MAX_WORDS, _MAX_CHARS = 6, 40  # a date, a place or a short label, not prose


def _short(piece: Piece) -> bool:
    text = piece.text.strip()
    return 0 < len(text) <= _MAX_CHARS and len(text.split()) <= _MAX_WORDS and not text.endswith((".", ";", ":"))


def _under(head: LayoutLine, line: LayoutLine) -> bool:
    """``line`` is the row right below ``head`` in the same column and region."""
    if (head.page, head.column, head.region) != (line.page, line.column, line.region):
        return False
    gap = line.box[1] - head.box[3]
    return -0.5 * max(head.size, 1.0) < gap < 0.8 * max(head.size, line.size, 1.0)


def _box(pieces: list[Piece]) -> tuple[float, float, float, float]:
    return (min(p.box[0] for p in pieces), min(p.box[1] for p in pieces),
            max(p.box[2] for p in pieces), max(p.box[3] for p in pieces))


def lift_head_pieces(lines: list[LayoutLine]) -> None:
    """Move the right-edge piece of each entry's first bullet row up to the head row above it
    (see the module's note); lines are changed in place."""
    for head, line in pairwise(lines):
        if head.bullet or not line.bullet or len(head.pieces) < 2 or len(line.pieces) < 2:
            continue
        piece, own = line.pieces[-1], head.pieces[-1]
        if not (_under(head, line) and _short(piece) and _short(own)):
            continue
        if abs(piece.box[2] - own.box[2]) > _EDGE or piece.box[0] <= line.pieces[-2].box[2]:
            continue
        line.pieces.pop()
        head.pieces.append(piece)
        links = [s.link for s in piece.spans if s.link]
        if links:
            head.links = tuple(dict.fromkeys([*head.links, *links]))
            kept = {s.link for p in line.pieces for s in p.spans if s.link}
            line.links = tuple(u for u in line.links if u in kept or u not in links)
        x0, _, x1, _ = _box(line.pieces)
        line.box = (min(line.box[0], x0), line.box[1], x1, line.box[3])


def _soft_break(piece: Piece, after: str) -> bool:
    """True when ``piece`` ends in a word broken at a soft hyphen that ``after`` completes."""
    last = piece.spans[-1] if piece.spans else None
    return bool(last and last.soft_hyphen and last.text.rstrip().endswith("-") and after[:1].isalpha())


def join_cells(head: LayoutLine, line: LayoutLine, into: list[int], right: float | None = None) -> bool:
    """Join the pieces of ``line`` to the pieces of ``head`` they continue (``into[k]`` is the
    piece of ``head`` that piece ``k`` of ``line`` carries on; ``right`` is the column's right
    edge, where a last cell wraps); False, with nothing changed,
    when the pieces do not match, a word is split across the two rows, or a piece changes style
    or runs wider than the cell above it."""
    if len(into) != len(line.pieces) or any(i >= len(head.pieces) for i in into):
        return False
    for k, i in enumerate(into):
        a, b = head.pieces[i].text.rstrip(), line.pieces[k].text.strip()
        if join_wrapped(a, b) != f"{a} {b}" and not _soft_break(head.pieces[i], b):
            return False
        cell, more = head.pieces[i].box, line.pieces[k].box
        if more[2] > cell[2] + 0.15 * (cell[2] - cell[0]) + 5.0:
            return False  # wider than the cell it would carry on: a paragraph of its own
        if i == len(head.pieces) - 1 and right is not None:  # the last cell wraps at the column's edge
            first = b.split()[0] if b.split() else ""
            width = (more[2] - more[0]) / max(1, len(b)) * (len(first) + 1)
            if cell[2] + width < right - 2.0:
                return False  # its first word had room above: a line of its own
        end, start = head.pieces[i].spans[-1], line.pieces[k].spans[0]
        if (end.bold, end.italic) != (start.bold, start.italic) or abs(end.size - start.size) > 0.6:
            return False  # a cell carries on in its own style; another style is a part of its own
    for k, i in enumerate(into):
        piece, more = head.pieces[i], line.pieces[k]
        last = piece.spans[-1]
        if _soft_break(piece, more.text.strip()):  # "Bach-" / "elor": one word again, its soft hyphen gone
            spans = [*piece.spans[:-1], replace(last, text=last.text.rstrip()[:-1], soft_hyphen=False)]
            head.pieces[i] = Piece([*spans, *more.spans], _box([piece, more]))
            continue
        head.pieces[i] = _carried_on(piece, more)
    head.box = (min(head.box[0], line.box[0]), head.box[1], max(head.box[2], line.box[2]), max(head.box[3], line.box[3]))
    head.links = tuple(dict.fromkeys([*head.links, *line.links]))
    head.extra["joined_lines"] = int(head.extra.get("joined_lines", 1)) + 1  # type: ignore[call-overload]
    return True


def join_range_end(head: LayoutLine, line: LayoutLine) -> bool:
    """Move the first piece of ``line`` into the first cell of ``head`` when only the two together
    make a date range (``Jun 2010 – Sep`` / ``2012`` in a left column of dates, beside a company
    over its role): the rest of ``line`` stays a line of its own. False, with nothing changed,
    when the piece completes no range or changes style."""
    if len(line.pieces) < 2 or not head.pieces:
        return False
    cell, more = head.pieces[0], line.pieces[0]
    a, b = cell.text.rstrip(), more.text.strip()
    alone, joined = find_dates(a), find_dates(f"{a} {b}")
    if joined is None or joined.start is None or joined.end is None or joined.stop <= len(a) + 1:
        return False
    if alone is not None and alone.start is not None and alone.end is not None:
        return False  # the range was whole already
    end, start = cell.spans[-1], more.spans[0]
    if (end.bold, end.italic) != (start.bold, start.italic) or more.box[2] > cell.box[2] + 5.0:
        return False
    head.pieces[0] = _carried_on(cell, more)
    line.pieces.pop(0)
    x0, _, x1, _ = _box(line.pieces)
    line.box = (x0, line.box[1], x1, line.box[3])
    return True


def _carried_on(piece: Piece, more: Piece) -> Piece:
    """``piece`` with ``more``, its wrapped end, after a space set in the style it ended in."""
    last = piece.spans[-1]
    gap = Span(" ", box=last.box, font=last.font, size=last.size, bold=last.bold, italic=last.italic,
               colour=last.colour)
    return Piece([*piece.spans, gap, *more.spans], _box([piece, more]))
