"""Link annotations: the URLs behind words and icons, with the rectangle they cover."""

from __future__ import annotations

from pdfminer.pdfpage import PDFPage
from pdfminer.pdftypes import resolve1

from .rows import Row


def page_links(page: PDFPage) -> list[tuple[tuple[float, float, float, float], str]]:
    """``((x0, y0, x1, y1), uri)`` for every URI link annotation of a page."""
    out = []
    annots = resolve1(page.annots) if page.annots else None
    if not isinstance(annots, list):
        return out
    for ref in annots[:500]:
        annot = resolve1(ref)
        if not isinstance(annot, dict):
            continue
        action = resolve1(annot.get("A"))
        rect = resolve1(annot.get("Rect"))
        if not isinstance(action, dict) or not isinstance(rect, list) or len(rect) != 4:
            continue
        uri = resolve1(action.get("URI"))
        if isinstance(uri, bytes):
            uri = uri.decode("utf-8", "replace")
        if not isinstance(uri, str) or not uri.strip():
            continue
        try:
            x0, y0, x1, y1 = (float(resolve1(v)) for v in rect)
        except (TypeError, ValueError):
            continue
        out.append(((min(x0, x1), min(y0, y1), max(x0, x1), max(y0, y1)), uri.strip()))
    return out


def attach_links(rows: list[Row], links: list[tuple[tuple[float, float, float, float], str]], height: float) -> None:
    """Give each row the URLs whose rectangles overlap it (the closest row when none does)."""
    for (x0, y0, x1, y1), uri in links:
        top, bottom = height - y1, height - y0
        best, best_overlap = None, 0.0
        for row in rows:
            v = min(bottom, row.bottom) - max(top, row.top)
            h = min(x1, row.x1) - max(x0, row.x0)
            if v > 0 and h > -2:
                score = v + max(h, 0)
                if score > best_overlap:
                    best, best_overlap = row, score
        if best is not None and uri not in best.links:
            best.links.append(uri)
