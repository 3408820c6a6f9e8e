"""Text boxes of a Word page in reading order, from the position each is anchored at (a PDF
turned into Word by LibreOffice is all text boxes; a Word template sets its name and contact
block in them)."""

from __future__ import annotations

from typing import Any

from mlresume_gui.formats.reading.layout import LayoutLine
from mlresume_gui.formats.reading.word_geometry import Frame

WP = "{http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing}"
_EMU = 12700  # per point
_SAME_ROW = 3.0  # points: text boxes whose tops are this close are one line


def box_offset(anchor: Any, name: str) -> float:
    """An anchored shape's offset (``positionH`` or ``positionV``) in points, 0 when unset."""
    pos = anchor.find(f"{WP}{name}/{WP}posOffset")
    try:
        return int(pos.text) / _EMU if pos is not None and pos.text else 0.0
    except ValueError:
        return 0.0


def box_frame(anchor: Any, outer: Frame) -> Frame:
    """The text area of an anchored text box: its horizontal offset and its width. The offset is
    taken as it stands whatever it is measured from (producers that turn a PDF into boxes measure
    from the page's edge while saying "column"), so the boxes of one file stay comparable."""
    x = box_offset(anchor, "positionH")
    extent = anchor.find(f"{WP}extent")
    cx = extent.get("cx") if extent is not None else ""
    width = int(cx) / _EMU if (cx or "").isdigit() and int(cx) > 0 else outer.right - x
    return Frame(x, x + max(width, 1.0))


def place_boxes(boxes: list[tuple[float, float, list[LayoutLine]]]) -> list[LayoutLine]:
    """Text boxes in reading order: top to bottom, and one-line boxes that share a top (a name
    and a date set apart on the page) merged into one line of pieces, left to right."""
    out: list[LayoutLine] = []
    rows: list[list[tuple[float, float, list[LayoutLine]]]] = []
    for box in sorted(boxes, key=lambda b: (b[0], b[1])):
        if rows and len(box[2]) == 1 and all(len(b[2]) == 1 for b in rows[-1]) and abs(box[0] - rows[-1][0][0]) <= _SAME_ROW:
            rows[-1].append(box)
        else:
            rows.append([box])
    for row in rows:
        row.sort(key=lambda b: b[1])
        for y, _x, lines in row:  # the box's top, relative to its anchor (left and right are set)
            for ln in lines:
                ln.box = (ln.box[0], y, ln.box[2], y)
                for p in ln.pieces:
                    p.box = (p.box[0], y, p.box[2], y)
        if len(row) == 1:
            out.extend(row[0][2])
            continue
        first = row[0][2][0]
        first.pieces = [p for _, _, lines in row for p in lines[0].pieces]
        first.links = tuple(dict.fromkeys(u for _, _, lines in row for u in lines[0].links))
        out.append(first)
    return out
