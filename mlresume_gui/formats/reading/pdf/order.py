"""Rows -> lines in reading order: columns and sidebars, repeated page headers, wrapped lines.

Columns are found from the page itself: a vertical gutter that no row (apart from a full-width
band at the top) crosses. Each column is read top to bottom; the column that carries on from the
name block (its first line is not a section heading) is read first.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace

from mlresume_gui.formats.reading.grouping import open_end
from mlresume_gui.formats.reading.lineparse import find_dates, join_wrapped
from mlresume_gui.formats.reading.pdf.columns import (
    find_gutter,
    labels_beside,
    still_fits,
)
from mlresume_gui.formats.reading.pdf.gutter import interleaved, label_blocks
from mlresume_gui.formats.reading.pdf.rows import Piece, Row, is_bold_name, merge_rows
from mlresume_gui.formats.reading.structure import Line, section_for_heading

MAX_SPLITS = 3  # gutters looked for on a page: up to four columns
_PAGE_NO = re.compile(r"^(?:page\s*)?\d{1,3}(?:\s*(?:/|of)\s*\d{1,3})?$", re.IGNORECASE)


def is_page_number(text: str) -> bool:
    """True for ``3``, ``Page 2 of 3``, ``2/3``."""
    return bool(_PAGE_NO.match(text.strip()))


def _order_page(pieces: list[Piece], height: float, page_no: int, marks: list,
                gutter: float | None = None, labels: bool = False) -> tuple[list[Row], float | None, bool]:
    """The rows of one page in reading order, the x of its column edge, and whether the column
    left of it holds labels (headings, dates) for the text on the right."""
    x = find_gutter(pieces)
    if x is None and gutter is not None and still_fits(pieces, gutter):
        x = gutter  # a page too short to show its columns keeps the previous page's
    carried = labels and gutter is not None and x is not None and abs(x - gutter) <= 6
    if x is not None and labels_beside(pieces, x):
        x = None  # a column of dates or labels beside the entries they belong to: one flow
    if x is None:
        return merge_rows(pieces, height, page_no, 0, marks), None, False
    crossing = [p for p in pieces if p.x0 < x - 1 and p.x1 > x + 1]
    if len(crossing) <= 2:  # (a long e-mail address or a centred name may cross a gutter)
        left = [p for p in pieces if p.x1 <= x + 1 or (p in crossing and (p.x0 + p.x1) / 2 < x)]
        right = [p for p in pieces if p.x0 >= x - 1 or (p in crossing and (p.x0 + p.x1) / 2 >= x)]
        blocks = label_blocks(left, right, carried)
        if blocks is not None:  # headings and dates beside their text, off its baselines
            return interleaved(blocks, right, height, page_no, 0, marks), x, True
    across = {id(p) for p in crossing}
    # the band above the columns: full-width lines at the top, and with them whatever stands above
    # the point where both columns have begun (a name beside nothing, over a headline that crosses)
    tops = [max((p.y1 for p in pieces if id(p) not in across and (p.x1 <= x + 1) == left_side), default=height)
            for left_side in (True, False)]
    above = [p for p in pieces if p.y0 >= min(tops) - 1]
    if any(id(p) in across for p in above):
        # down to the lowest line that crosses: what starts a column under it stays in its column
        lowest = min(p.y0 for p in above if id(p) in across)
        band = [p for p in above if p.y0 >= lowest - 1]
    else:
        body_top = max((p.y1 for p in pieces if id(p) not in across), default=height)
        band = [p for p in crossing if p.y0 >= body_top - 1]
    in_band = {id(p) for p in band}
    rest = [p for p in crossing if id(p) not in in_band]
    body = [p for p in pieces if id(p) not in in_band and id(p) not in across]
    right = [p for p in body if p.x0 >= x - 1] + [p for p in rest if (p.x0 + p.x1) / 2 >= x]
    left = [p for p in body if p.x0 < x - 1] + [p for p in rest if (p.x0 + p.x1) / 2 < x]
    groups = [g for side in (left, right) for g in _split_columns(side, MAX_SPLITS - 1)]
    cols = [merge_rows(g, height, page_no, k + 1, marks) for k, g in enumerate(groups)]

    def opens_with_heading(col: list[Row]) -> bool:
        return bool(col) and section_for_heading(col[0].text) is not None

    if len(cols) >= 2 and opens_with_heading(cols[0]) and not opens_with_heading(cols[1]):
        cols[0], cols[1] = cols[1], cols[0]
    return merge_rows(band, height, page_no, 0, marks) + [r for col in cols for r in col], x, False


def _split_columns(pieces: list[Piece], depth: int) -> list[list[Piece]]:
    """The pieces of one column, split again where a gutter runs through them (a three-column
    page, a sidebar holding two columns), left to right; up to ``depth`` further splits."""
    x = find_gutter(pieces) if depth > 0 else None
    if x is None or labels_beside(pieces, x):
        return [pieces]
    left = [p for p in pieces if (p.x0 + p.x1) / 2 < x]
    right = [p for p in pieces if (p.x0 + p.x1) / 2 >= x]
    return _split_columns(left, depth - 1) + _split_columns(right, depth - 1)


def pages_in_order(pages: list[tuple[list[Piece], float, list]]) -> list[list[Row]]:
    """The rows of every page, each page in reading order; ``pages`` holds (pieces, height, marks)."""
    out: list[list[Row]] = []
    gutter: float | None = None
    labels = False
    for i, (pieces, height, marks) in enumerate(pages):
        rows, gutter, labels = _order_page(pieces, height, i, marks, gutter, labels)
        out.append(rows)
    return out


def flows(rows: list[Row], heights: list[float]) -> list[Row]:
    """Rows re-ordered so that a column continued on the next page is read on without a break.

    Each run of rows of one page and column is a segment. A segment that does not open with a
    section heading continues the segment of the previous page it overlaps most horizontally
    (the main column of a sidebar layout carries on under the sidebar's sections otherwise).
    """
    segments: list[list[Row]] = []
    for r in rows:
        if segments and segments[-1][0].page == r.page and segments[-1][0].column == r.column:
            segments[-1].append(r)
        else:
            segments.append([r])
    if len({seg[0].page for seg in segments}) < 2 or len(segments) < 3:
        return rows
    flows: list[list[list[Row]]] = []
    for seg in segments:
        head = seg[0]
        target = None
        if head.page > 0 and section_for_heading(head.text) is None:
            x0, x1 = min(r.x0 for r in seg), max(r.x1 for r in seg)
            best = 0.0
            for flow in flows:
                last = flow[-1]
                # only a column that ran down the page can carry on over the page
                if last[0].page != head.page - 1 or max(r.bottom for r in last) < 0.6 * heights[last[0].page]:
                    continue
                lx0, lx1 = min(r.x0 for r in last), max(r.x1 for r in last)
                overlap = (min(x1, lx1) - max(x0, lx0)) / max(1.0, min(x1 - x0, lx1 - lx0))
                if overlap > max(best, 0.5):
                    best, target = overlap, flow
        if target is None:
            flows.append([seg])
        else:
            target.append(seg)
    return [r for flow in flows for seg in flow for r in seg]


def margin_key(text: str) -> str:
    """A row's text with its numbers masked, so "Page 1" and "Page 2" repeat as one text."""
    return re.sub(r"\d+", "#", text.strip())


def repeated_margins(pages: list[list[Row]], heights: list[float]) -> set[str]:
    """Texts that repeat in the top or bottom margin of several pages (running headers, footers)."""
    if len(pages) < 2:
        return set()
    seen: Counter[str] = Counter()
    for rows, h in zip(pages, heights, strict=True):
        keys = {margin_key(r.text) for r in rows if r.top < 0.1 * h or r.bottom > 0.92 * h}
        seen.update(keys)
    return {k for k, n in seen.items() if n >= 2}


def to_lines(pages: list[list[Row]], heights: list[float]) -> list[Line]:
    """The rows of every page as structure lines, with repeated headers and page numbers removed."""
    repeated = repeated_margins(pages, heights)
    firsts = {id(r) for r in _firsts(pages, repeated)}
    ordered: list[Row] = []
    for rows, h in zip(pages, heights, strict=True):
        lowest = max((r.bottom for r in rows), default=0.0)
        highest = min((r.top for r in rows), default=0.0)
        for r in rows:
            edge = r.top < 0.1 * h or r.bottom > 0.92 * h
            if is_page_number(r.text) and (edge or r.bottom >= lowest - 1 or r.top <= highest + 1):
                continue
            if edge and margin_key(r.text) in repeated and id(r) not in firsts:
                continue
            ordered.append(r)
    return _hint(flows(ordered, heights))


def page_in_order(pieces: list[Piece], height: float, page_no: int, marks: list | None = None) -> list[Row]:
    """The rows of one page in reading order (columns found from the pieces)."""
    return _order_page(pieces, height, page_no, marks or [])[0]


def _firsts(pages: list[list[Row]], repeated: set[str]) -> list[Row]:
    firsts: dict[str, Row] = {}
    for rows in pages:
        for r in rows:
            key = margin_key(r.text)
            if key in repeated and key not in firsts:
                firsts[key] = r
    return list(firsts.values())


def wrapped_cells(prev: Row, r: Row, strict: bool = False) -> list[int] | None:
    """For a row that is the wrapped end of cells of the multi-part row above it (``University of``
    / ``Cambridge`` beside a date; ``Toronto · May 2019 to`` / ``June 2021``), the index of the
    cell each of its parts continues; None when it is a row of its own (``strict``: a date that
    starts on the row below does not make the row above unfinished)."""
    if len(prev.cells) < 2 or r.marker or prev.page != r.page or prev.column != r.column:
        return None
    if not -1 <= r.top - prev.bottom <= 0.5 * max(r.height, 1.0) or abs(r.size - prev.size) > 0.6:
        return None
    parts = r.text.split("\t")
    before = prev.text.split("\t")
    if len(parts) != len(r.cells) or len(before) != len(prev.cells):
        return None
    out: list[int] = []
    left_aligned = True
    for x0, x1 in r.cells:
        i = next((i for i, (a, _) in enumerate(prev.cells) if abs(x0 - a) <= 2), None)
        if i is None:  # a right-aligned cell (a date, perhaps in a left column of dates) wrapped
            left_aligned = False
            i = next((i for i, (_, b) in enumerate(prev.cells)
                      if abs(x1 - b) <= 2 and (x0 > prev.cells[i - 1][1] if i
                                               else _set_apart(prev) and _left_open(before[0], parts[len(out)]))), None)
        if i is None or (out and i <= out[-1]):
            return None
        out.append(i)
    if len(out) == 1 and out[0] == 0:  # one part under the first cell, ending before the next
        if _first_cell_bold(prev) == r.bold and r.x1 < prev.cells[1][0] - 4 and (
            _unfinished(before[0], parts[0]) or _no_room(prev, r)
        ):
            return out
        # or a paragraph whose last part (after a tab stop) wraps back to the margin
        return [len(prev.cells) - 1] if _unfinished(before[-1], parts[0]) else None
    if out[0] > 0 and left_aligned:  # nothing under the first cell: the later cells carry on
        return out
    i = out[0]
    if i > 0 and prev.cells[i][0] - prev.cells[i - 1][1] < 3 * max(prev.size, 1.0):
        return out  # a right-aligned cell that had filled its room up to the cell before it
    # several parts (or a right-hand part): only when the text shows an unfinished line
    if any(_unfinished(before[i], parts[k], strict) for k, i in enumerate(out)):
        return out
    return None


def _set_apart(row: Row) -> bool:
    """True when a row's first cell ends clear of the next one (a column of its own, such as
    dates set right-aligned left of the text), not a text running into a date beside it."""
    return row.cells[1][0] - row.cells[0][1] >= 2.0


def _first_cell_bold(row: Row) -> bool:
    """The weight of a row's first cell (a bold degree beside a plain school and date)."""
    chars = row.parts[0].chars if row.parts else []
    return is_bold_name(chars[0].fontname) if chars else row.bold


def _no_room(prev: Row, r: Row) -> bool:
    """True when the first word of ``r`` would not have fitted after the first cell of ``prev``
    before its next cell: the row above had to wrap there (a line under a heading that left room,
    such as ``GPA: 3.9`` under ``University of Toronto — M.S.`` beside a date, is a line of its own)."""
    words = r.text.split()
    first_w = (r.x1 - r.x0) / max(1, len(r.text)) * (len(words[0]) + 1) if words else 0.0
    return prev.cells[0][1] + first_w >= prev.cells[1][0] - 2 * max(prev.size, 1.0)


def _unfinished(text: str, after: str, strict: bool = False) -> bool:
    """True when ``after`` reads as the end of ``text``: a lower-case start, or ``text`` left open
    for it (:func:`_left_open`)."""
    return after[:1].islower() or _left_open(text, after, strict)


def _left_open(text: str, after: str, strict: bool = False) -> bool:
    """True when ``text`` was left open for ``after``: an open end (a comma, "to", "of"), or a date
    range that only the two together complete (``May 2019 to`` / ``June 2021``; ``strict``: one
    that starts in ``text``). A lower-case start alone is no sign in a column of short items."""
    if open_end(text.rstrip()):
        return True
    alone, joined = find_dates(text), find_dates(f"{text} {after}")
    if joined is None or (strict and joined.begin >= len(text.rstrip())):  # strict: a date only below is no wrap
        return False
    return alone is None or joined.stop - joined.begin > alone.stop - alone.begin


def _range_end(prev: Row, r: Row) -> bool:
    """True for ``– 2026`` under ``M.S. in Statistics, 2024``: a dash that opens a line is the rest
    of a date range, not a bullet, when only the two lines together make the range."""
    if r.text[:1] not in "–—-" or prev.page != r.page or prev.column != r.column or "\t" in r.text:
        return False
    if not -1 <= r.top - prev.bottom <= 0.8 * max(r.height, 1.0) or abs(r.size - prev.size) > 0.6:
        return False
    alone, joined = find_dates(prev.text), find_dates(f"{prev.text} {r.text}")
    return joined is not None and joined.start is not None and joined.stop > len(prev.text) and (
        alone is None or alone.start is None)


def _hint(rows: list[Row]) -> list[Line]:
    """Lines with their wrap hint: a row continues the previous one when it sits right under it,
    in the same column and style, aligned with its text, and the previous row ran to the margin."""
    out: list[Line] = []
    col_right: dict[tuple[int, int], float] = {}
    for r in rows:
        k = (r.page, r.column)
        col_right[k] = max(col_right.get(k, 0.0), r.x1)
    col_left: dict[tuple[int, int], float] = {}
    for r in rows:
        k = (r.page, r.column)
        col_left[k] = min(col_left.get(k, 1e9), r.x0)
    prev: Row | None = None
    prev_in_bullet = False
    seen: set[tuple[int, int]] = set()
    for r in rows:
        into = wrapped_cells(prev, r) if prev is not None and out else None
        if into is not None:
            cells = out[-1].text.split("\t")
            for i, part in zip(into, r.text.split("\t"), strict=True):
                cells[i] = join_wrapped(cells[i], part)
            out[-1].text = "\t".join(cells)
            out[-1].links += tuple(r.links)
            prev = replace(prev, text=out[-1].text, bottom=r.bottom)  # a third line may wrap on
            continue
        if prev is not None and out and _range_end(prev, r):
            out[-1].text = join_wrapped(out[-1].text, r.text)
            out[-1].links += tuple(r.links)
            prev = replace(prev, text=out[-1].text, bottom=r.bottom)
            continue
        cont: bool | None = False
        # the first row of a page may carry on the last row of the previous page (same flow)
        turned = prev is not None and r.page == prev.page + 1 and (r.page, r.column) not in seen
        if prev is not None and (turned or (prev.page == r.page and prev.column == r.column)) and not r.marker:
            gap = 0.0 if turned else r.top - prev.bottom
            # a line left open (a comma, "to", a separator) carries on even into another weight
            same_style = abs(r.size - prev.size) <= 0.6 and (r.bold == prev.bold or _unfinished(prev.text, r.text))
            k = (prev.page, prev.column)
            width = max(1.0, col_right[k] - col_left[k])
            words = r.text.split()
            first_w = (r.x1 - r.x0) / max(1, len(r.text)) * (len(words[0]) + 1) if words else 0.0
            ran_to_edge = prev.x1 + first_w >= col_right[k] - 0.04 * width
            if -1 <= gap <= 0.8 * max(r.height, 1.0) and same_style and "\t" not in prev.text and "\t" not in r.text:
                anchor = prev.text_x0 if prev.marker else prev.x0
                if (prev_in_bullet and abs(r.x0 - anchor) <= 4) or abs(r.x0 - prev.x0) <= 3:
                    # across a page turn, a row that ran to the margin continues only when the
                    # previous one did not end a sentence
                    cont = True if ran_to_edge and not (turned and prev.text.rstrip()[-1:] in ".;:!?") else None
        if r.marker:
            prev_in_bullet = True
        elif cont is False:
            prev_in_bullet = False
        out.append(Line(r.text, size=r.size, bold=r.bold, cont=cont, links=tuple(r.links), bullet=False))
        seen.add((r.page, r.column))
        prev = r
    return out
