"""Whether a segment carries on the one above it: the line above ran to its column's edge (the
first word of this line would not have fitted there) or broke after a word that cannot end a
name (``of``, ``and``, ``&``, a comma, a hyphen).

Used where the labeller gives a wrapped line the same role as the line it carries on (a degree
or a school's name set over two lines in a narrow column).
"""

from __future__ import annotations

import re

from mlresume_gui.formats.reading.labelling.segments import Segment

_OPEN_END = re.compile(r"(?:[,&+/-]|\b(?:of|and|for|in|de|du|des|da|di|del|der|für|und|et|y|e|the|la|le))$",
                       re.IGNORECASE)


def first_word_width(seg: Segment) -> float | None:
    """The width the first word of ``seg`` takes on its line (from its piece's box), or None."""
    text = seg.text.strip()
    width = seg.x1 - seg.x0
    if not text or width <= 0 or seg.parts != 1:
        return None
    word = text.split()[0]
    return width * (len(word) + 1) / len(text)


def carries_on(above: Segment, seg: Segment, close_is_enough: bool = False) -> bool:
    """True when ``seg`` starts a new line that carries on ``above``, the last segment of the line
    before it in the same column. ``close_is_enough``: the labeller gave both the same role, so
    a line set as close as the lines of one paragraph carries on too (a box narrower than its
    column wraps before the column's edge)."""
    if seg.line_index == above.line_index or not seg.first_of_line or not above.last_of_line:
        return False
    if (seg.line.page, seg.line.column) != (above.line.page, above.line.column):
        return False
    if above.text.strip() and _OPEN_END.search(above.text.strip()):
        return True
    gap = above.line.extra.get("right_gap")
    word = first_word_width(seg)
    if not isinstance(gap, int | float) or word is None:
        return False
    size = max(seg.line.size, above.line.size, 1.0)
    if seg.line.gap_above > 0.8 * size:  # set apart: a new line of its own
        return False
    return gap < word or (close_is_enough and 0 <= seg.line.gap_above <= 0.4 * size)
