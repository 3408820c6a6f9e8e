"""Where a Word paragraph's text stands across the page, worked out from what the file says:
the page's margins, the table cell or text box holding it, its indent and alignment, and its tab
stops (a date after a right-aligned tab stop ends at the stop, as a PDF would show it).

Word files hold no coordinates, so widths are estimated from the font size; the positions give
the labeller what a PDF's geometry gives it (indent, a piece set flush right, a right half).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from mlresume_gui.formats.reading.layout import LayoutLine, Piece
from mlresume_gui.formats.reading.word_styles import W

_TWIPS = 20.0  # per point
_LETTER = (612.0, 72.0, 540.0)  # page width, left and right margin edges when a file sets none
DEFAULT_TAB = 36.0  # Word's default tab interval when settings say nothing
CELL_MARGIN = 5.4  # Word's default left and right cell margins
_CHAR = 0.5  # average glyph width of a proportional font, in ems
TabStop = tuple[float, str]  # position from the frame's left edge, alignment ("left", "right", "center")


@dataclass(frozen=True)
class Frame:
    """The left and right edges (points from the page's left) text is set between."""

    left: float
    right: float


def twips(value: str | None) -> float | None:
    """A twips attribute in points, None when absent or not a number."""
    if value is None or not value.lstrip("-").isdigit():
        return None
    return int(value) / _TWIPS


def page_frame(sect_pr: Any | None) -> Frame:
    """The text area of a section's page (``w:sectPr``): page width less its margins."""
    width, left, right = _LETTER
    if sect_pr is not None:
        size, margins = sect_pr.find(f"{W}pgSz"), sect_pr.find(f"{W}pgMar")
        w = twips(size.get(f"{W}w")) if size is not None else None
        if w and w > 72:
            width, right = w, w - 72.0
        if margins is not None:
            ml, mr = twips(margins.get(f"{W}left")), twips(margins.get(f"{W}right"))
            left = ml if ml is not None and 0 <= ml < width / 2 else left
            right = width - mr if mr is not None and 0 <= mr < width / 2 else right
    return Frame(left, max(right, left + 72.0))


def tab_stops(elements: list[Any]) -> list[TabStop]:
    """The tab stops ``w:tabs`` elements set, base style first and the paragraph last (a later
    ``clear`` removes an earlier stop at the same position)."""
    stops: dict[float, str] = {}
    for tabs in elements:
        for tab in tabs.iterchildren(f"{W}tab"):
            pos = twips(tab.get(f"{W}pos"))
            if pos is None:
                continue
            kind = tab.get(f"{W}val") or "left"
            if kind == "clear":
                stops.pop(pos, None)
            elif kind != "bar":
                stops[pos] = {"end": "right", "decimal": "right", "start": "left", "num": "left"}.get(kind, kind)
    return sorted(stops.items())


def text_width(text: str, size: float) -> float:
    """The estimated width of ``text`` set at ``size`` points."""
    return len(text) * (size or 11.0) * _CHAR


def _next_stop(x: float, frame: Frame, stops: list[TabStop]) -> TabStop:
    for pos, kind in stops:
        if frame.left + pos > x + 0.5:
            return frame.left + pos, kind
    steps = int((x - frame.left) // DEFAULT_TAB) + 1
    return frame.left + steps * DEFAULT_TAB, "left"


def place_pieces(line: LayoutLine, frame: Frame, jc: str, stops: list[TabStop], tabs: list[list[str]]) -> None:
    """Give each piece of ``line`` (split at tabs) and the line itself a box across ``frame``.

    ``jc``: the paragraph's alignment; ``tabs``: for each piece, the tabs before it ("" for an
    ordinary tab, placed by the next stop; an alignment for an absolute-position tab)."""
    start = frame.left + max(line.indent, 0.0)
    pieces = line.pieces
    x = start
    boxes: list[tuple[float, float]] = []
    for i, piece in enumerate(pieces):
        w = text_width(piece.text, _size(piece))
        before = tabs[i] if i < len(tabs) else ([""] if i else [])
        kind, pos = "left", x if i else start
        for tab in before:
            if tab == "right":
                pos, kind = frame.right, "right"
            elif tab == "center":
                pos, kind = (frame.left + frame.right) / 2, "center"
            else:
                pos, kind = _next_stop(pos, frame, stops)
        if not before and len(pieces) == 1 and jc in ("right", "end"):
            pos, kind = frame.right, "right"
        elif not before and len(pieces) == 1 and jc == "center":
            pos, kind = (start + frame.right) / 2, "center"
        if kind == "right":  # flush with the stop, or with the frame's edge when the stop is past it
            x1 = min(pos, frame.right)
            x0 = max(frame.left, x1 - w)
        else:
            x0 = max(frame.left, min(pos - w / 2 if kind == "center" else pos, frame.right - 1.0))
            x1 = min(x0 + w, frame.right)
        boxes.append((x0, x1))
        x = x1
    y = line.box[1]
    for piece, (x0, x1) in zip(pieces, boxes, strict=True):
        piece.box = (x0, y, x1, y + _size(piece))
    if boxes:
        line.box = (boxes[0][0], y, max(b[1] for b in boxes), y + line.size)


def _size(piece: Piece) -> float:
    return max((s.size for s in piece.spans), default=0.0)


def table_columns(tbl: Any, frame: Frame) -> list[float]:
    """The left edges of a table's grid columns and, last, its right edge (points)."""
    ind = tbl.find(f"{W}tblPr/{W}tblInd")
    left = frame.left + ((twips(ind.get(f"{W}w")) or 0.0) if ind is not None and ind.get(f"{W}type") in (None, "dxa") else 0.0)
    widths = [twips(g.get(f"{W}w")) or 0.0 for g in tbl.iterfind(f"{W}tblGrid/{W}gridCol")]
    if not widths or not sum(widths):
        return [left, frame.right]
    edges = [left]
    for w in widths:
        edges.append(edges[-1] + w)
    return edges


def cell_frame(edges: list[float], col: int, span: int) -> Frame:
    """The text area of a cell starting at grid column ``col`` and spanning ``span`` columns."""
    n = len(edges) - 1
    if n <= 0:
        return Frame(0.0, _LETTER[2])
    a = min(max(col, 0), n - 1)
    b = min(a + max(span, 1), n)
    left, right = edges[a] + CELL_MARGIN, edges[b] - CELL_MARGIN
    return Frame(left, max(right, left + 1.0))
