"""A left gutter of headings and dates set beside the entries they belong to, not on their baselines.

Some layouts put each section's heading and each entry's dates in a narrow column to the left of
the text (a table or grid of label and content), where they start a little above or below the
entry's first line. Read as a sidebar, every heading and date would come before or after the
whole text; read as one flow by height, a date would fall between two lines of a bullet. Here
each block of the gutter is read just before the block of text it stands beside.
"""

from __future__ import annotations

from itertools import pairwise

from mlresume_gui.formats.reading.lineparse import find_dates
from mlresume_gui.formats.reading.pdf.rows import Piece, Row, merge_rows
from mlresume_gui.formats.reading.pdf.stretched import joined
from mlresume_gui.formats.reading.structure import section_for_heading

_MAX_WORDS = 6  # a gutter block is a label: a heading, a date, a word or two


def _blocks(pieces: list[Piece]) -> list[list[Piece]]:
    """Pieces grouped top to bottom where they are set as consecutive lines of one block."""
    out: list[list[Piece]] = []
    for p in sorted(pieces, key=lambda p: (-p.y1, p.x0)):
        if out:
            last = out[-1][-1]
            height = max(last.y1 - last.y0, p.y1 - p.y0, 1.0)
            if last.y0 - p.y1 < 0.6 * height and p.y1 < last.y1 - 0.5 * height:
                out[-1].append(p)
                continue
        out.append([p])
    return out


def _one_label(block: list[Piece]) -> bool:
    """True when a block of lines is one label set over two or three lines: a heading ("Education
    &" / "Training") or a wrapped date range ("Jul 2021 – Mar" / "2025"); a heading over its
    entry's dates stays two."""
    text = _text(block)
    if not 1 < len(block) <= 3 or len(text.split()) > _MAX_WORDS:
        return False
    first, whole = find_dates(block[0].text), find_dates(text)
    if first is None:
        return whole is None
    return first.start is None and whole is not None and whole.start is not None and not _is_heading(block[0].text)


def _text(block: list[Piece]) -> str:
    return " ".join(p.text.replace("\t", " ") for p in block)


def _is_heading(text: str) -> bool:
    return len(text.split()) <= _MAX_WORDS and section_for_heading(text) is not None


def label_blocks(left: list[Piece], right: list[Piece], carried: bool = False) -> list[list[Piece]] | None:
    """The blocks of the pieces left of a column edge when they are headings and dates for the
    text on the right (short blocks, at least one of them a section heading or two of them dates,
    no section heading in the text itself, and far less text than it), else None. ``carried``:
    the previous page had such a gutter at this edge (a later page may hold no heading, or the
    text a heading of its own)."""
    if not left or not right:
        return None
    blocks = _blocks(left)
    texts = [_text(b) for b in blocks]
    short = sum(1 for b, t in zip(blocks, texts, strict=True) if len(b) <= 3 and len(t.split()) <= _MAX_WORDS)
    if short < 0.75 * len(blocks):
        return None
    share = 0.5 if carried else 0.4
    if not carried:
        headings = sum(map(_is_heading, texts))
        dates = sum(1 for t in texts if find_dates(t) is not None)
        if (headings < 1 and dates < 2) or any(_is_heading(p.text) for p in right):
            return None
    return blocks if sum(len(t) for t in texts) <= share * sum(len(p.text) for p in right) else None


def interleaved(blocks: list[list[Piece]], right: list[Piece], height: float, page_no: int, column: int,
                marks: list) -> list[Row]:
    """The rows of the text (``right``, not empty) with each gutter block read just before the row
    or paragraph it stands beside (see ``_place``)."""
    rows = merge_rows(right, height, page_no, column, marks)
    pitches = sorted(b.top - a.top for a, b in pairwise(rows) if b.top > a.top)
    pitch = pitches[len(pitches) // 2] if pitches else 12.0
    starts = [0] + [i for i in range(1, len(rows)) if rows[i].top - rows[i - 1].top > 1.4 * pitch]
    before: dict[int, list[Row]] = {}
    for block in blocks:
        one = joined(block) if _one_label(block) else None
        block_rows = merge_rows([one] if one else block, height, page_no, column, marks)
        before.setdefault(_place(rows, starts, block_rows[0].top, pitch), []).extend(block_rows)
    out: list[Row] = []
    for i, r in enumerate(rows):
        out.extend(sorted(before.get(i, []), key=lambda g: g.top))
        out.append(r)
    out.extend(sorted(before.get(len(rows), []), key=lambda g: g.top))
    return out


def _place(rows: list[Row], starts: list[int], top: float, pitch: float) -> int:
    """The index of the text row a gutter block at ``top`` is read before: the row on its
    baseline; else the paragraph it stands beside; else (in the space between two paragraphs)
    the next row down."""
    level = [i for i, r in enumerate(rows) if abs(r.top - top) <= 0.35 * pitch]
    if level:
        return min(level, key=lambda i: abs(rows[i].top - top))
    para = max((k for k, i in enumerate(starts) if rows[i].top <= top + 0.5 * pitch), default=None)
    if para is None:
        return 0
    last = (starts[para + 1] if para + 1 < len(starts) else len(rows)) - 1
    if top <= rows[last].top + 0.5 * pitch:
        return starts[para]
    return next((i for i, r in enumerate(rows) if r.top >= top - 0.5 * pitch), len(rows))
