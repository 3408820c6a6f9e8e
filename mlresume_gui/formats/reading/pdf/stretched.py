"""Lines whose word spaces were stretched to fill their width (justified text, a paragraph cell of
a table), joined back into one piece.

A line is split into pieces where a gap wider than most of an em parts two characters, which is
how a right-aligned date or a second table column is told from the text. Justification widens
every space of a line alike, so a short line set justified ("October   2010   –") falls apart
into words. Two or more such gaps of one width in a line, each before a piece that starts where
no other piece on the page starts (a column edge is shared by many lines), are stretched spaces:
the pieces they part are one. A gap before a column edge, or a single wide gap, still parts.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import replace
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from mlresume_gui.formats.reading.pdf.rows import Piece

_EDGE = 3  # pieces starting at one x (within 1.5 points) that make it a column edge
_MAX_GAP = 1.6  # ems: wider than this, a gap parts columns however alike
_ALIKE = 1.4  # largest over smallest of the gaps read as one line's stretched spaces


def _key(x: float) -> int:
    return round(x / 1.5)


def _em(piece: Piece) -> float:
    sizes = [c.size for c in piece.chars if c.get_text().strip()]
    return max(sizes, default=piece.y1 - piece.y0) or 1.0


def joined(pieces: list[Piece]) -> Piece:
    """Two or more pieces as one, a space between each and the next (the words after it marked
    as spaced): the words of a stretched line, or a label set over two lines."""
    first = pieces[0]
    words = list(first.words)
    for p in pieces[1:]:
        words += [(w[0], True if i == 0 else w[1], *w[2:]) for i, w in enumerate(p.words)]
    return replace(first, chars=[c for p in pieces for c in p.chars], text=" ".join(p.text for p in pieces),
                   x0=min(p.x0 for p in pieces), x1=max(p.x1 for p in pieces),
                   y0=min(p.y0 for p in pieces), y1=max(p.y1 for p in pieces), words=words)


def join_stretched(lines: list[list[Piece]]) -> list[Piece]:
    """The pieces of a page (grouped by the line they come from), a line's pieces parted only by
    stretched spaces joined into one."""
    starts = Counter(_key(p.x0) for line in lines for p in line)
    texts: dict[int, set[str]] = {}
    for line in lines:
        for p in line:
            texts.setdefault(_key(p.x0), set()).add(p.text)
    # (a dash that ends several justified lines starts at one x too: an edge holds different texts)
    edge = {k for k, n in starts.items() if n + starts.get(k - 1, 0) + starts.get(k + 1, 0) >= _EDGE
            and len(texts[k] | texts.get(k - 1, set()) | texts.get(k + 1, set())) >= 2}
    out: list[Piece] = []
    for line in lines:
        if len(line) < 3:
            out.extend(line)
            continue
        loose = [k for k in range(1, len(line)) if _key(line[k].x0) not in edge
                 and line[k].x0 - line[k - 1].x1 <= _MAX_GAP * _em(line[k])]
        gaps = [line[k].x0 - line[k - 1].x1 for k in loose]
        if len(gaps) < 2 or min(gaps) <= 0 or max(gaps) > _ALIKE * min(gaps):
            out.extend(line)
            continue
        merged = [line[0]]
        for k in range(1, len(line)):
            if k in loose:
                merged[-1] = joined([merged[-1], line[k]])
            else:
                merged.append(line[k])
        out.extend(merged)
    return out
