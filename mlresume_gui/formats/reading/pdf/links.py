"""Link annotations: the URLs behind words and icons, with the rectangle they cover."""

from __future__ import annotations

from pdfminer.pdfpage import PDFPage

from mlresume_gui.formats.errors import ReadError
from mlresume_gui.formats.limits import resolve_ref
from mlresume_gui.formats.reading.pdf.rows import Row

MAX_ANNOTATIONS = 500  # per page; a resume has a handful


def page_links(page: PDFPage) -> list[tuple[tuple[float, float, float, float], str]]:
    """``((x0, y0, x1, y1), uri)`` for every URI link annotation of a page.

    References are followed with a bound: an annotation that refers to itself in a loop is skipped
    (the links are extras; the page's text is still read)."""
    out: list[tuple[tuple[float, float, float, float], str]] = []
    try:
        annots = resolve_ref(page.annots) if page.annots else None
    except ReadError:
        return out
    if not isinstance(annots, list):
        return out
    for ref in annots[:MAX_ANNOTATIONS]:
        try:
            link = _link(ref)
        except ReadError:
            continue
        if link is not None:
            out.append(link)
    return out


def _link(ref: object) -> tuple[tuple[float, float, float, float], str] | None:
    annot = resolve_ref(ref)
    if not isinstance(annot, dict):
        return None
    action = resolve_ref(annot.get("A"))
    rect = resolve_ref(annot.get("Rect"))
    if not isinstance(action, dict) or not isinstance(rect, list) or len(rect) != 4:
        return None
    uri = resolve_ref(action.get("URI"))
    if isinstance(uri, bytes):
        uri = uri.decode("utf-8", "replace")
    if not isinstance(uri, str) or not uri.strip():
        return None
    try:
        x0, y0, x1, y1 = (float(resolve_ref(v)) for v in rect)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return None
    return (min(x0, x1), min(y0, y1), max(x0, x1), max(y0, y1)), uri.strip()


NEAREST_ROW = 24.0  # points: how far a link over no text (an icon) may be from the row it goes with


def attach_links(rows: list[Row], links: list[tuple[tuple[float, float, float, float], str]], height: float) -> None:
    """Give each row the URLs whose rectangles overlap it; a link over no text (a row of
    profile icons) goes to the closest row above or below it, when one is near."""
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
        if best is None:
            near = [(max(row.top - bottom, top - row.bottom), k) for k, row in enumerate(rows)]
            near = [(d, k) for d, k in near if 0 <= d <= NEAREST_ROW]
            best = rows[min(near)[1]] if near else None
        if best is not None and uri not in best.links:
            best.links.append(uri)
