"""Lay out a PDF page so that its text reads left to right, whatever the page's /Rotate says.

A page may carry /Rotate 90 while its text is drawn upright in the page's own space (a viewer
shows it sideways), or its text may be drawn turned on an upright page. pdfminer lays out what a
viewer shows, so such text comes out one letter per line. :func:`page_layout` looks at the
direction most characters run in and, when it is not left to right, lays the page out again
turned by that angle (pdfminer applies /Rotate as a turn of the whole page), with a note.
"""

from __future__ import annotations

import math
from collections import Counter
from typing import Any

from pdfminer.layout import LTChar, LTContainer

from .errors import locate, note


def _chars(item: Any, out: list[LTChar], limit: int = 4000) -> list[LTChar]:
    """Up to ``limit`` characters of a layout, in drawing order (iterative walk)."""
    stack = [item]
    while stack and len(out) < limit:
        node = stack.pop()
        if isinstance(node, LTChar):
            out.append(node)
        elif isinstance(node, LTContainer):
            stack.extend(reversed(list(node)))
    return out


def text_direction(layout: Any) -> int:
    """The angle (0, 90, 180 or 270 degrees, counter-clockwise) most characters' baselines run
    at in a laid-out page; 0 when it holds no text."""
    votes: Counter[int] = Counter()
    for ch in _chars(layout, []):
        if not ch.get_text().strip():
            continue
        a, b = ch.matrix[0], ch.matrix[1]
        if a == 0 and b == 0:
            continue
        votes[round(math.degrees(math.atan2(b, a)) / 90) % 4 * 90] += 1
    if not votes:
        return 0
    angle, count = votes.most_common(1)[0]
    return angle if count > sum(votes.values()) / 2 else 0


def page_layout(page: Any, interpreter: Any, device: Any, number: int) -> Any:
    """The layout of ``page`` (page ``number``, from 0) with its text turned to read left to
    right; the reader's location is set to the page for any failure's reason."""
    locate(f"page {number + 1}")
    interpreter.process_page(page)
    layout = device.get_result()
    angle = text_direction(layout)
    if not angle:
        return layout
    shown = page.rotate
    page.rotate = (page.rotate + angle) % 360
    budget = getattr(device, "budget", None)
    used = budget.used if budget is not None else 0
    interpreter.process_page(page)
    turned = device.get_result()
    if budget is not None:  # the same characters again: count them once
        budget.used = used
    if text_direction(turned) != 0:
        page.rotate = shown
        return layout
    what = (f"is rotated {shown} degrees" if shown and (shown + angle) % 360 == 0
            else f"has its text turned {angle} degrees")
    note(f"page {number + 1} {what}: its text was read in its own direction")
    return turned
