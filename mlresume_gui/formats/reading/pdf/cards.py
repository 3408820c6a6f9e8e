"""Cards set side by side: two or more entries laid out in a grid (schools, projects, awards), each
one a stack of lines in its own column, the stacks level with each other.

Read row by row, such a grid gives both names, then both date ranges, then both degrees. A run
of rows is a grid of cards when every row has the same number of cells starting at the same
places, every row is set in one style across its cells (a name beside a name, dates beside
dates), and the rows are not all of one style (a stack: a name over its dates over its degree)
or one of them holds nothing but date ranges. A table of labels and values (a bold label beside
plain text) is no grid: its rows change style across their cells; nor is a table of lists that
wrap on in their cells.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from mlresume_gui.formats.reading.grouping import open_end
from mlresume_gui.formats.reading.lineparse import find_dates

if TYPE_CHECKING:
    from mlresume_gui.formats.reading.pdf.rows import Row

_ALIGN = 4.0  # points a card's left edge may move between its lines (fonts' side bearings)
_MAX_CARDS = 4


def _style(row: Row, k: int) -> tuple:
    first = row.parts[k].chars[0]
    return first.fontname, round(first.size, 1), str(first.graphicstate.ncolor)


def _uniform(row: Row) -> tuple | None:
    """The one style of a row's cells (None when they differ, or the row is no row of cards)."""
    if not 2 <= len(row.parts) <= _MAX_CARDS or row.marker or len(row.cells) != len(row.parts):
        return None
    if any(open_end(t.rstrip()) for t in row.text.split("\t")):
        return None  # a list that wraps on in its cell ("PyTorch · JAX ·"): a table of lists
    styles = {_style(row, k) for k in range(len(row.parts))}
    if len(styles) != 1:
        return None
    em = max(row.size, 1.0)
    if any(row.cells[k][0] - row.cells[k - 1][1] < em for k in range(1, len(row.cells))):
        return None
    return styles.pop()


def _level(a: Row, b: Row) -> bool:
    """``b`` is the next line of the same cards as ``a``."""
    return (len(a.cells) == len(b.cells) and a.page == b.page and a.column == b.column
            and all(abs(x[0] - y[0]) <= _ALIGN for x, y in zip(a.cells, b.cells, strict=True))
            and -1 <= b.top - a.bottom <= 1.2 * max(a.height, b.height, 1.0))


def _dates_only(row: Row) -> bool:
    parts = row.text.split("\t")
    return all((d := find_dates(p)) is not None and d.start is not None for p in parts)


def card_runs(rows: list[Row]) -> list[tuple[int, int]]:
    """(first, last + 1) of every run of ``rows`` (top to bottom) that is a grid of cards."""
    out: list[tuple[int, int]] = []
    i = 0
    while i < len(rows):
        style = _uniform(rows[i])
        if style is None:
            i += 1
            continue
        styles = [style]
        j = i + 1
        while j < len(rows) and _level(rows[j - 1], rows[j]) and (s := _uniform(rows[j])) is not None:
            styles.append(s)
            j += 1
        if j - i >= 2 and (len(set(styles)) >= 2 or any(_dates_only(r) for r in rows[i:j])):
            out.append((i, j))
        i = max(j, i + 1)
    return out
