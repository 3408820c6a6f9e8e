"""A Word document as a :class:`LayoutDocument`: paragraphs with their style names and real list
markers, tab-separated parts as pieces, runs as spans (weight, slant, size, font, colour, link),
tables cell by cell (a row of one-line cells, such as company | dates, is one line of pieces),
text boxes placed by their position, page headers and footers.

Works on the XML python-docx parsed, with lxml directly (python-docx's objects are too slow
for the budget).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from mlresume_gui.formats.docx_package import STYLES_SKIPPED
from mlresume_gui.formats.errors import note
from mlresume_gui.formats.reading.headings import section_for_heading
from mlresume_gui.formats.reading.layout import (
    LayoutDocument,
    LayoutLine,
    Piece,
    Span,
    normal_text,
)
from mlresume_gui.formats.reading.word_boxes import WP, box_frame, box_offset, place_boxes
from mlresume_gui.formats.reading.word_geometry import (
    Frame,
    cell_frame,
    page_frame,
    place_pieces,
    tab_stops,
    table_columns,
)
from mlresume_gui.formats.reading.word_styles import (
    Numbering,
    RunProps,
    Styles,
    W,
    merge,
    numbering_of,
    paragraph_space,
    run_props,
)
from mlresume_gui.formats.reading.word_text import tidy, typed_marker

_R = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"
_MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"


@dataclass
class _Ctx:
    """What the walk needs: styles, numbering, hyperlink targets of the part being read."""

    styles: Styles
    numbering: Numbering
    rels: dict[str, str]
    region: str = "body"
    page: int = 0
    tables: int = 0
    boxes: list[tuple[float, float, list[LayoutLine]]] = field(default_factory=list)
    frame: Frame = field(default_factory=lambda: page_frame(None))  # where the text being read is set


class _Builder:
    """Spans gathered into pieces (split at tabs) and lines (split at line breaks)."""

    def __init__(self) -> None:
        self.lines: list[list[list[Span]]] = [[[]]]
        self.tabs: list[list[list[str]]] = [[[]]]  # per line, per piece: the tabs before it

    def text(self, text: str, props: RunProps, link: str) -> None:
        if not text:
            return
        spans = self.lines[-1][-1]
        bold, italic, size, font, colour = props
        last = spans[-1] if spans else None
        if last is not None and (last.bold, last.italic, last.size, last.font, last.colour, last.link) == (
                bool(bold), bool(italic), size, font, colour, link):
            spans[-1] = Span(last.text + text, last.box, font, size, bool(bold), bool(italic), colour, link)
        else:
            spans.append(Span(text, (0.0, 0.0, 0.0, 0.0), font, size, bool(bold), bool(italic), colour, link))

    def tab(self, kind: str = "") -> None:
        """A tab: "" for an ordinary one, the alignment of an absolute-position tab."""
        self.lines[-1].append([])
        self.tabs[-1].append([kind])

    def newline(self) -> None:
        self.lines.append([[]])
        self.tabs.append([[]])

    def pieces(self) -> list[tuple[list[Piece], list[list[str]]]]:
        """Each line's pieces with the tabs before each (an empty piece's tabs go to the next)."""
        out = []
        for line, tabs in zip(self.lines, self.tabs, strict=True):
            pieces: list[Piece] = []
            before: list[list[str]] = []
            pending: list[str] = []
            for spans, kinds in zip(line, tabs, strict=True):
                pending += kinds
                if "".join(s.text for s in spans).strip():
                    pieces.append(Piece(spans))
                    before.append(pending)
                    pending = []
            if pieces:
                out.append((pieces, before))
        return out


def _runs(el: Any, ctx: _Ctx, out: _Builder, base: RunProps, link: str, field: list[str]) -> None:
    """Walk a paragraph's inline content in order (runs, hyperlinks, fields, inserted text)."""
    for child in el:
        tag = child.tag
        if tag == f"{W}r":
            _run(child, ctx, out, base, link or (field[0] if field else ""), field)
        elif tag == f"{W}hyperlink":
            rid = child.get(_R)
            _runs(child, ctx, out, base, ctx.rels.get(rid or "", "") or link, field)
        elif tag == f"{W}fldSimple":
            instr = child.get(f"{W}instr") or ""
            _runs(child, ctx, out, base, _field_link(instr) or link, field)
        elif tag in (f"{W}ins", f"{W}smartTag", f"{W}customXml", f"{W}sdtContent", f"{W}sdt"):
            _runs(child, ctx, out, base, link, field)


def _field_link(instr: str) -> str:
    parts = instr.strip().split('"')
    return parts[1] if instr.strip().upper().startswith("HYPERLINK") and len(parts) > 1 else ""


def _run(r: Any, ctx: _Ctx, out: _Builder, base: RunProps, link: str, field: list[str]) -> None:
    rpr = r.find(f"{W}rPr")
    props = run_props(rpr)
    if rpr is not None:
        rstyle = rpr.find(f"{W}rStyle")
        if rstyle is not None:
            props = merge(props, ctx.styles.props(rstyle.get(f"{W}val") or ""))
    props = merge(props, base)
    for child in r:
        tag = child.tag
        if tag == f"{W}t":
            text = normal_text(child.text or "", soft_hyphen_drawn=False)
            for k, part in enumerate(text.split("\t")):  # a tab typed into the text is a tab too
                if k:
                    out.tab()
                out.text(part, props, link)
        elif tag == f"{W}tab":
            out.tab()
        elif tag == f"{W}ptab":
            out.tab({"right": "right", "center": "center"}.get(child.get(f"{W}alignment") or "", "left"))
        elif tag in (f"{W}br", f"{W}cr"):
            if child.get(f"{W}type") == "page":
                ctx.page += 1
            out.newline()
        elif tag == f"{W}noBreakHyphen":
            out.text("-", props, link)
        elif tag == f"{W}sym":
            code = child.get(f"{W}char") or ""
            if code:
                out.text("•" if code.upper() in ("F0B7", "F0A7", "B7") else "", props, link)
        elif tag == f"{W}lastRenderedPageBreak":
            ctx.page += 1
        elif tag == f"{W}instrText":
            url = _field_link(child.text or "")
            if url:
                field[:] = [url]
        elif tag == f"{W}fldChar" and child.get(f"{W}fldCharType") == "end":
            field.clear()
        elif tag in (f"{W}drawing", f"{W}pict", f"{_MC}AlternateContent"):
            _boxes(child, ctx)


def _boxes(el: Any, ctx: _Ctx) -> None:
    """Text boxes in a drawing: their paragraphs as lines, kept with the box's position (the
    markup-compatibility fallback copy of a box is skipped)."""
    if el.tag == f"{_MC}AlternateContent":
        choice = el.find(f"{_MC}Choice")
        el = choice if choice is not None else el.find(f"{_MC}Fallback")
        if el is None:
            return
    for box in el.iter(f"{W}txbxContent"):
        anchor = box.getparent()
        while anchor is not None and anchor.tag not in (f"{WP}anchor", f"{WP}inline") and anchor is not el:
            anchor = anchor.getparent()
        x = y = 0.0
        outer = ctx.frame
        if anchor is not None and anchor.tag == f"{WP}anchor":
            x, y = box_offset(anchor, "positionH"), box_offset(anchor, "positionV")
            ctx.frame = box_frame(anchor, outer)
        try:
            lines = [ln for child in box for ln in _block(child, ctx)]
        finally:
            ctx.frame = outer
        for ln in lines:
            ln.in_textbox = True
        ctx.boxes.append((y, x, lines))


def _paragraph(p: Any, ctx: _Ctx) -> list[LayoutLine]:
    ppr = p.find(f"{W}pPr")
    sid = None
    num_id, ilvl = "", 0
    indent = before = -1.0
    if ppr is not None:
        ps = ppr.find(f"{W}pStyle")
        sid = ps.get(f"{W}val") if ps is not None else None
        num_id, ilvl = numbering_of(ppr)
        indent, before = paragraph_space(ppr)
    name, style_num, style_lvl, style_indent, style_before = ctx.styles.paragraph(sid)
    if not num_id and style_num:
        num_id, ilvl = style_num, style_lvl
    base = merge(ctx.styles.props(sid or ctx.styles.default_para), ctx.styles.defaults)
    out = _Builder()
    ctx.boxes, outer_boxes = [], ctx.boxes
    _runs(p, ctx, out, base, "", [])
    boxes, ctx.boxes = ctx.boxes, outer_boxes
    lines = place_boxes(boxes)
    pieces = out.pieces()
    if not pieces:
        if num_id and num_id != "0":
            ctx.numbering.marker(num_id, ilvl)  # an empty item still counts
        return lines
    marker = ctx.numbering.marker(num_id, ilvl) if num_id else ""
    jc_el = ppr.find(f"{W}jc") if ppr is not None else None
    if jc_el is None:
        jc_el = ctx.styles.paragraph_property(sid, "jc")
    jc = (jc_el.get(f"{W}val") or "") if jc_el is not None else ""
    own_tabs = ppr.find(f"{W}tabs") if ppr is not None else None
    stops = tab_stops(ctx.styles.paragraph_tabs(sid) + ([own_tabs] if own_tabs is not None else []))
    for k, (line_pieces, tabs) in enumerate(pieces):
        bullet = marker if k == 0 else ""
        if not bullet and k == 0:
            bullet = typed_marker(line_pieces)
        lines.append(LayoutLine(
            line_pieces, page=ctx.page, region=ctx.region, bullet=bullet,
            indent=indent if indent >= 0 else style_indent,
            gap_above=(before if before >= 0 else style_before) if k == 0 else 0.0,
            style=name, list_level=ilvl if marker else -1,
            links=tuple(dict.fromkeys(s.link for pc in line_pieces for s in pc.spans if s.link)),
        ))
        place_pieces(lines[-1], ctx.frame, jc, stops, tabs)
        if k:
            lines[-1].extra["soft_break"] = True  # a line break inside the paragraph
    return lines


def _cell_width(tc: Any) -> float:
    w = tc.find(f"{W}tcPr/{W}tcW")
    val = w.get(f"{W}w") if w is not None else ""
    return int(val) / 20 if (val or "").isdigit() and (w.get(f"{W}type") in (None, "dxa")) else 0.0


def _table(tbl: Any, ctx: _Ctx) -> list[LayoutLine]:
    """A table's cells in reading order. A row whose filled cells each hold one line (company |
    dates) becomes one line of pieces; a layout row (a sidebar beside the main column) gives each
    cell's lines in turn, the narrow cell beside a wide one marked as a sidebar."""
    t = ctx.tables
    ctx.tables += 1
    out: list[LayoutLine] = []
    outer = ctx.frame
    grid = table_columns(tbl, outer)
    for r, tr in enumerate(tbl.iterchildren(f"{W}tr")):
        cells: list[tuple[int, float, list[LayoutLine]]] = []
        tcs = list(tr.iterchildren(f"{W}tc"))
        edges = grid if len(grid) > 2 or len(tcs) < 2 else _row_edges(tcs, outer)
        col = _grid_span(tr.find(f"{W}trPr/{W}gridBefore"))
        for c, tc in enumerate(tcs):
            span = _grid_span(tc.find(f"{W}tcPr/{W}gridSpan")) or 1
            frame, col = cell_frame(edges, col, span), col + span
            merge_el = tc.find(f"{W}tcPr/{W}vMerge")
            if merge_el is not None and merge_el.get(f"{W}val") in (None, "continue"):
                continue  # the rest of a cell merged down from the row above
            ctx.frame = frame
            try:
                lines = [ln for child in tc for ln in _block(child, ctx)]
            finally:
                ctx.frame = outer
            for ln in lines:
                if ln.table is None:
                    ln.table = (t, r, c)
            cells.append((c, _cell_width(tc), lines))
        filled = [cell for cell in cells if cell[2]]
        if len(filled) >= 2 and all(len(lines) == 1 for _, _, lines in filled):
            line = filled[0][2][0]
            line.pieces = [p for _, _, lines in filled for p in lines[0].pieces]
            line.links = tuple(dict.fromkeys(u for _, _, lines in filled for u in lines[0].links))
            line.extra["cells"] = tuple(c for c, _, _ in filled)
            _span_pieces(line)
            out.append(line)
            continue
        if _entry_row(filled):  # a date (or place) cell beside the entry it dates: its first line
            main = next(lines for _, _, lines in filled if len(lines) > 1)
            first = main[0]
            first.pieces = [p for _, _, lines in filled for p in lines[0].pieces]
            first.links = tuple(dict.fromkeys(u for _, _, lines in filled for u in lines[0].links))
            first.extra["cells"] = tuple(c for c, _, _ in filled)
            _span_pieces(first)
            out.extend(main)
            continue
        widths = [w for _, w, _ in filled]
        total = sum(widths)
        layout_row = len(filled) >= 2 and sum(1 for _, _, lines in filled if len(lines) > 2) >= 1
        for k, (_, w, lines) in enumerate(filled):
            for ln in lines:
                if layout_row:
                    ln.column = k
                    if total and w < 0.42 * total and ln.region == "body":
                        ln.region = "sidebar"
                out.append(ln)
    return out


def _span_pieces(line: LayoutLine) -> None:
    """A line made of several cells' pieces spans them all."""
    boxes = [p.box for p in line.pieces if p.box[2] > 0]
    if boxes:
        line.box = (min(b[0] for b in boxes), line.box[1], max(b[2] for b in boxes), line.box[3])


def _entry_row(filled: list[tuple[int, float, list[LayoutLine]]]) -> bool:
    """A row of one cell of several lines and others of one line each that is no section
    heading (``2021 – 2023`` | the entry): read as a PDF shows it, the short cells beside the
    entry's first line."""
    long = [lines for _, _, lines in filled if len(lines) > 1]
    short = [lines[0] for _, _, lines in filled if len(lines) == 1]
    return (len(long) == 1 and bool(short) and len(long[0]) <= 40
            and not any(section_for_heading(ln.text) for ln in short))


def _grid_span(el: Any | None) -> int:
    val = el.get(f"{W}val") if el is not None else ""
    return int(val) if (val or "").isdigit() else 0


def _row_edges(tcs: list[Any], frame: Frame) -> list[float]:
    """Column edges of a row whose table has no grid: from the cells' widths, else equal."""
    widths = [_cell_width(tc) for tc in tcs]
    if not all(widths):
        widths = [(frame.right - frame.left) / len(tcs)] * len(tcs)
    edges = [frame.left]
    for w in widths:
        edges.append(edges[-1] + w)
    return edges


def _block(el: Any, ctx: _Ctx) -> list[LayoutLine]:
    tag = el.tag
    if tag == f"{W}p":
        return _paragraph(el, ctx)
    if tag == f"{W}tbl":
        return _table(el, ctx)
    if tag in (f"{W}sdt", f"{W}sdtContent", f"{W}customXml"):
        inner = el.find(f"{W}sdtContent") if tag == f"{W}sdt" else el
        return [ln for child in (inner if inner is not None else []) for ln in _block(child, ctx)]
    return []


def _rels(part: Any) -> dict[str, str]:
    out = {}
    for rid, rel in part.rels.items():
        if rel.is_external:
            out[rid] = rel.target_ref
    return out


def _margins(doc: Any, ctx: _Ctx) -> tuple[list[LayoutLine], list[LayoutLine]]:
    """The page headers and footers of every section, each text once."""
    heads: list[LayoutLine] = []
    feet: list[LayoutLine] = []
    seen: set[tuple[str, str]] = set()
    for section in doc.sections:
        for kind, found, out in (("header", ("first_page_header", "header", "even_page_header"), heads),
                                 ("footer", ("first_page_footer", "footer", "even_page_footer"), feet)):
            for attr in found:
                try:
                    part = getattr(section, attr)
                    if part.is_linked_to_previous:
                        continue
                    element, rels = part._element, _rels(part.part)
                except (KeyError, ValueError, AttributeError):
                    continue
                sub = _Ctx(ctx.styles, ctx.numbering, rels, region=kind, frame=ctx.frame)
                for child in element:
                    for ln in _block(child, sub):
                        key = (kind, ln.text)
                        if ln.text.strip() and key not in seen:
                            seen.add(key)
                            ln.region = kind
                            out.append(ln)
    return heads, feet


def document_layout(doc: Any) -> LayoutDocument:
    """The layout of a python-docx Document: page headers, the body in reading order, footers."""
    try:
        styles_root = doc.styles.element
    except (KeyError, ValueError, AttributeError):  # AttributeError: a styles part of the wrong type
        styles_root = None
        note(STYLES_SKIPPED)
    try:
        numbering_root = doc.part.numbering_part.element
    except (KeyError, ValueError, NotImplementedError, AttributeError):
        numbering_root = None
    ctx = _Ctx(Styles(styles_root), Numbering(numbering_root), _rels(doc.part),
               frame=page_frame(doc.element.body.find(f"{W}sectPr")))
    heads, feet = _margins(doc, ctx)
    body: list[LayoutLine] = []
    for child in doc.element.body:
        body.extend(_block(child, ctx))
    lines = heads + body + feet
    block = -1
    for ln in lines:
        tidy(ln)
        if not ln.extra.get("soft_break"):  # a paragraph (or a one-line table row) is a block
            block += 1
        ln.extra["block"] = block
    return LayoutDocument(lines, kind="docx")
