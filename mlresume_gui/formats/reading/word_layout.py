"""A Word document as a :class:`LayoutDocument`: paragraphs with their style names and real list
markers, tab-separated parts as pieces, runs as spans (weight, slant, size, font, colour, link),
tables cell by cell (a row of one-line cells, such as company | dates, is one line of pieces),
text boxes placed by their position, page headers and footers.

Works on the XML python-docx parsed, with lxml directly (python-docx's objects are too slow
for the budget).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from mlresume_gui.formats.docx_package import STYLES_SKIPPED
from mlresume_gui.formats.errors import note
from mlresume_gui.formats.reading.layout import (
    LayoutDocument,
    LayoutLine,
    Piece,
    Span,
    is_icon_text,
    normal_text,
)
from mlresume_gui.formats.reading.lineparse import opens_with_date, strip_bullet
from mlresume_gui.formats.reading.pdf.rows import MARKERS
from mlresume_gui.formats.reading.word_boxes import WP, box_offset, place_boxes
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


class _Builder:
    """Spans gathered into pieces (split at tabs) and lines (split at line breaks)."""

    def __init__(self) -> None:
        self.lines: list[list[list[Span]]] = [[[]]]

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

    def tab(self) -> None:
        self.lines[-1].append([])

    def newline(self) -> None:
        self.lines.append([[]])

    def pieces(self) -> list[list[Piece]]:
        out = []
        for line in self.lines:
            pieces = [Piece(spans) for spans in line if "".join(s.text for s in spans).strip()]
            if pieces:
                out.append(pieces)
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
            out.text(normal_text(child.text or "", soft_hyphen_drawn=False), props, link)
        elif tag == f"{W}tab" or tag == f"{W}ptab":
            out.tab()
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
        if anchor is not None and anchor.tag == f"{WP}anchor":
            x, y = box_offset(anchor, "positionH"), box_offset(anchor, "positionV")
        lines = [ln for child in box for ln in _block(child, ctx)]
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
    for k, line_pieces in enumerate(pieces):
        bullet = marker if k == 0 else ""
        if not bullet and k == 0:
            bullet = _typed_marker(line_pieces)
        lines.append(LayoutLine(
            line_pieces, page=ctx.page, region=ctx.region, bullet=bullet,
            indent=indent if indent >= 0 else style_indent,
            gap_above=(before if before >= 0 else style_before) if k == 0 else 0.0,
            style=name, list_level=ilvl if marker else -1,
            links=tuple(dict.fromkeys(s.link for pc in line_pieces for s in pc.spans if s.link)),
        ))
        if k:
            lines[-1].extra["soft_break"] = True  # a line break inside the paragraph
    return lines


def _typed_marker(pieces: list[Piece]) -> str:
    """A bullet glyph typed at the start of a paragraph (``• Built ...``), removed from its text."""
    first = pieces[0]
    if not first.spans:
        return ""
    marker, rest = strip_bullet(first.text)
    if not marker or marker[:1].isalnum() or (marker in "-–—~" and opens_with_date(rest)):
        return ""  # "– Present" carries on a date range
    span = first.spans[0]
    rest = span.text.lstrip()
    if not rest.startswith(marker):
        return ""
    first.spans[0] = Span(rest[len(marker):].lstrip(), span.box, span.font, span.size, span.bold, span.italic,
                          span.colour, span.link)
    return marker


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
    for r, tr in enumerate(tbl.iterchildren(f"{W}tr")):
        cells: list[tuple[int, float, list[LayoutLine]]] = []
        for c, tc in enumerate(tr.iterchildren(f"{W}tc")):
            merge_el = tc.find(f"{W}tcPr/{W}vMerge")
            if merge_el is not None and merge_el.get(f"{W}val") in (None, "continue"):
                continue  # the rest of a cell merged down from the row above
            lines = [ln for child in tc for ln in _block(child, ctx)]
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
            out.append(line)
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
                sub = _Ctx(ctx.styles, ctx.numbering, rels, region=kind)
                for child in element:
                    for ln in _block(child, sub):
                        key = (kind, ln.text)
                        if ln.text.strip() and key not in seen:
                            seen.add(key)
                            ln.region = kind
                            out.append(ln)
    return heads, feet


_PUA = re.compile("[\ue000-\uf8ff]")
_PAGE_OF = re.compile(r"\bpage\s*\d{1,3}\s*(?:/|of)\s*\d{1,3}\s*$", re.IGNORECASE)


def _tidy(line: LayoutLine) -> None:
    """Icon glyphs (private-use characters of an icon font) taken out of the line and kept in
    ``extra["icons"]``; a bullet glyph set as a piece of its own made the line's marker."""
    icons: list[str] = []
    pieces: list[Piece] = []
    for piece in line.pieces:
        spans = []
        for span in piece.spans:
            if is_icon_text(span.text):
                icons.append(span.text.strip())
            elif _PUA.search(span.text):  # an icon typed in the same run as its contact
                icons += _PUA.findall(span.text)
                text = _PUA.sub("", span.text)
                spans.append(Span(text.lstrip() if not spans else text, span.box, span.font, span.size,
                                  span.bold, span.italic, span.colour, span.link))
            else:
                spans.append(span)
        if spans and "".join(s.text for s in spans).strip():
            pieces.append(Piece(spans, piece.box))
    if icons:
        line.extra["icons"] = tuple(icons)
    if not line.bullet and len(pieces) > 1 and pieces[0].text.strip() in MARKERS:
        line.bullet = pieces.pop(0).text.strip()
    if pieces:
        line.pieces = pieces
    if line.region == "body" and _PAGE_OF.search(line.text) and len(line.text) < 80:
        line.region = "footer"  # "Page 1 of 2" set in the body (a text box, a PDF turned into Word)


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
    ctx = _Ctx(Styles(styles_root), Numbering(numbering_root), _rels(doc.part))
    heads, feet = _margins(doc, ctx)
    body: list[LayoutLine] = []
    for child in doc.element.body:
        body.extend(_block(child, ctx))
    lines = heads + body + feet
    block = -1
    for ln in lines:
        _tidy(ln)
        if not ln.extra.get("soft_break"):  # a paragraph (or a one-line table row) is a block
            block += 1
        ln.extra["block"] = block
    return LayoutDocument(lines, kind="docx")
