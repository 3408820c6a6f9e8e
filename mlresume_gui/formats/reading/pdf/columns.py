"""Where a page's columns part: the gutter that no row crosses, and whether what stands on one
side of it is a column of its own or labels (dates, headings, places) of the lines beside it."""

from __future__ import annotations

import bisect

from mlresume_gui.formats.reading.contacts import (
    EMAIL,
    URL,
    find_contacts,
    is_location,
    phone_digits,
)
from mlresume_gui.formats.reading.lineparse import find_dates
from mlresume_gui.formats.reading.pdf.rows import Piece


def find_gutter(pieces: list[Piece]) -> float | None:
    """The x where a second column starts, if the page has one.

    A column edge is an x where several pieces start, aligned, that almost no piece crosses (a
    few full-width rows such as the name may); both sides must hold text down a good part of the
    page, or the short side be a block of contact details. Works with wide gutters and with tight
    table layouts that leave almost no gap.
    """
    if len(pieces) < 8:
        return None
    left, right = min(p.x0 for p in pieces), max(p.x1 for p in pieces)
    lo, hi = left + 0.15 * (right - left), left + 0.85 * (right - left)
    limit = 2 + len(pieces) // 40
    starts: dict[int, list[Piece]] = {}
    for p in pieces:
        if lo <= p.x0 <= hi:
            starts.setdefault(round(p.x0 / 3), []).append(p)
    span = max(p.y1 for p in pieces) - min(p.y0 for p in pieces)
    best: tuple[int, float] | None = None
    for key in sorted(starts, key=lambda k: -len(starts[k])):
        group = starts[key] + starts.get(key - 1, []) + starts.get(key + 1, [])
        if len(group) < 4:
            break
        x = min(p.x0 for p in group) - 0.5
        crossing = [p for p in pieces if p.x0 < x - 1 and p.x1 > x + 1]
        if len(crossing) > limit:
            continue
        lft = [p for p in pieces if p.x1 <= x + 1]
        rgt = [p for p in pieces if p.x0 >= x - 1]
        if len(lft) < 4 or len(rgt) < 4:
            continue
        over = [[p for p in crossing if ((p.x0 + p.x1) / 2 < x) == on_left] for on_left in (True, False)]
        if any(max(p.y1 for p in side) - min(p.y0 for p in side) < 0.3 * span and not _contact_block(side + more)
               for side, more in zip((lft, rgt), over, strict=True)):
            continue
        if best is None or len(group) > best[0]:
            best = (len(group), x)
    return best[1] if best else None


def _contact_block(pieces: list[Piece]) -> bool:
    """True when pieces hold three or more contact details (a short sidebar of them is a column)."""
    return sum(1 for p in pieces if any(c.kind != "location" for c in find_contacts(p.text))) >= 3


def label_column(left: list[Piece], right: list[Piece]) -> bool:
    """True when the pieces left of a gutter are a column of dates or labels set beside the lines
    they belong to (moderncv and its kin): most of them share a baseline with a piece on the right,
    and they are right-aligned or far fewer than the lines on the right. A sidebar (one holding
    contact details, say) is read apart."""
    if not left or not right:
        return False
    if sum(1 for p in left if EMAIL.search(p.text) or URL.search(p.text) or phone_digits(p.text)) >= 2:
        return False  # contact details are a sidebar's, never labels of the text beside them
    baselines = sorted(p.y0 for p in right)
    aligned = 0
    for p in left:
        i = bisect.bisect_left(baselines, p.y0 - 1.5)
        if i < len(baselines) and baselines[i] <= p.y0 + 1.5:
            aligned += 1
    if aligned < 0.6 * len(left):
        return False
    ends = sorted(p.x1 for p in left)
    median_end = ends[len(ends) // 2]
    right_aligned = sum(1 for e in ends if abs(e - median_end) <= 3) >= 0.6 * len(ends)
    return right_aligned or len(left) * 2 <= len(right)


def labels_beside(pieces: list[Piece], x: float) -> bool:
    """True when the pieces on one side of the column edge ``x`` are labels of the lines on the
    other: a left column of dates and headings, or a right one of dates and places (each set on
    the baseline of its entry's head)."""
    left = [p for p in pieces if p.x1 <= x + 1]
    right = [p for p in pieces if p.x0 >= x - 1]
    if label_column(left, right):
        return True
    dated = sum(1 for p in right if find_dates(p.text) is not None or is_location(p.text.strip(" ·,|")))
    return dated >= 0.6 * len(right) and label_column(right, left)


def still_fits(pieces: list[Piece], x: float) -> bool:
    """True when a column edge found on an earlier page also splits this page (few pieces cross it)."""
    crossing = sum(1 for p in pieces if p.x0 < x - 1 and p.x1 > x + 1)
    return bool(pieces) and crossing <= 1 + len(pieces) // 40
