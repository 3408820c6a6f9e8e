"""Running headers and footers of a PDF: text repeated at the same edge of two pages or more,
page numbers and "Page 1 of 2", small print alone at the very top or bottom. They are found
here and kept out of the flow (each page's header before its body, its footer after it), their
contact details still read.
"""

from __future__ import annotations

import re

from mlresume_gui.formats.reading.pdf.order import is_page_number, margin_key
from mlresume_gui.formats.reading.pdf.rows import Row

_PAGE_OF = re.compile(
    r"\bpage\s*\d{1,3}\s*(?:/|of)\s*\d{1,3}\b|\b\d{1,3}\s*/\s*\d{1,3}\s*$", re.IGNORECASE
)
TOP_MARGIN, BOTTOM_MARGIN = 0.1, 0.92  # share of the page height that counts as its top/bottom edge


def running(pages: list[list[Row]], heights: list[float]) -> set[str]:
    """Texts (numbers masked) set at the same place in the top or bottom margin of two pages or
    more: running headers and footers. A date or a subheading that happens to open two pages
    stands elsewhere on each, and words must be the same, not only the shape of numbers."""
    seen: dict[str, list[tuple[int, float, str]]] = {}
    for rows, h in zip(pages, heights, strict=True):
        for r in rows:
            if r.top < TOP_MARGIN * h or r.bottom > BOTTOM_MARGIN * h:
                edge = r.top if r.top < TOP_MARGIN * h else h - r.bottom
                seen.setdefault(margin_key(r.text), []).append(
                    (r.page, edge, re.sub(r"\d+", "", r.text))
                )
    out = set()
    for key, where in seen.items():
        pages_at = {p for p, _, _ in where}
        if len(pages_at) < 2 or (
            not re.search(r"[^\W\d_]{2}", key) and not is_page_number(key.replace("#", "1"))
        ):
            continue
        edges = sorted(e for _, e, _ in where)
        if edges[-1] - edges[0] <= 3.0:
            out.add(key)
    return out


def regions_of(
    rows: list[Row], height: float, repeated: set[str], body_size: float
) -> dict[int, str]:
    """Running header and footer rows of a page: page numbers and "Page 1 of 2" at an edge,
    text repeated at the same edge of other pages, and a small-print line set apart at the very
    top or bottom (a "last updated" note)."""
    out: dict[int, str] = {}
    if not rows:
        return out
    by_top = sorted(rows, key=lambda r: r.top)
    for r in rows:
        top_edge, bottom_edge = r.top < TOP_MARGIN * height, r.bottom > BOTTOM_MARGIN * height
        if not (top_edge or bottom_edge):
            continue
        region = "header" if top_edge else "footer"
        text = r.text.replace("\t", " ").strip()
        if is_page_number(text) or _PAGE_OF.search(text):
            out[id(r)] = region
            continue
        i = by_top.index(r)
        neighbour = (
            by_top[i + 1]
            if top_edge and i + 1 < len(by_top)
            else by_top[i - 1]
            if bottom_edge and i
            else None
        )
        gap = (
            1e9
            if neighbour is None
            else neighbour.top - r.bottom
            if top_edge
            else r.top - neighbour.bottom
        )
        if margin_key(r.text) in repeated:
            if r.page == 0 and top_edge and r.size > body_size + 1:
                continue  # the name at the top of page 1, repeated in the later pages' headers
            if gap >= 0.8 * max(
                r.height, 1.0
            ):  # set apart from the text (a subheading that opens two pages is not)
                out[id(r)] = region
            continue
        # small print alone at the edge: nothing beside it, a clear gap to the rest of the page
        if neighbour is None or (top_edge and i != 0) or (bottom_edge and i != len(by_top) - 1):
            continue
        if r.size < body_size - 0.4 and gap > 1.2 * max(r.height, 1.0) and len(text.split()) <= 10:
            out[id(r)] = region
    return out


def body_size_of(pages: list[list[Row]]) -> float:
    sizes: dict[float, int] = {}
    for rows in pages:
        for r in rows:
            sizes[r.size] = sizes.get(r.size, 0) + len(r.text)
    return max(sizes, key=sizes.__getitem__) if sizes else 0.0


def with_margins(body: list[Row], pages: list[list[Row]], regions: dict[int, str]) -> list[Row]:
    """The body rows with each page's running header rows put before its first body row and its
    footer rows after its last."""
    first: dict[int, int] = {}
    last: dict[int, int] = {}
    for i, r in enumerate(body):
        first.setdefault(r.page, i)
        last[r.page] = i
    before: dict[int, list[Row]] = {}
    after: dict[int, list[Row]] = {}
    tail: list[Row] = []
    for p, rows in enumerate(pages):
        for r in rows:
            region = regions.get(id(r))
            if region == "header" and p in first:
                before.setdefault(first[p], []).append(r)
            elif region == "footer" and p in last:
                after.setdefault(last[p], []).append(r)
            elif region:
                tail.append(r)  # a page with nothing but its header or footer
    out: list[Row] = []
    for i, r in enumerate(body):
        out += [*before.get(i, []), r, *after.get(i, [])]
    return out + tail
