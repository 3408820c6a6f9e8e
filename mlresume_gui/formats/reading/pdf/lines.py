"""Rows in reading order -> layout lines: spans with their style and link, pieces with their
position, running headers and footers, sidebars, list markers, icon glyphs and a name set over
two lines.

Works on the rows :mod:`order` put in reading order; nothing here walks characters again (each
piece already holds its words, collected in the one walk of :mod:`rows`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace
from functools import cache

from mlresume_gui.formats.reading.layout import (
    Box,
    LayoutDocument,
    LayoutLine,
    Piece,
    Span,
    normal_text,
)
from mlresume_gui.formats.reading.lineparse import opens_with_date, strip_bullet
from mlresume_gui.formats.reading.pdf.entry_heads import (
    join_cells,
    join_range_end,
    lift_head_pieces,
)
from mlresume_gui.formats.reading.pdf.margins import body_size_of, regions_of, running, with_margins
from mlresume_gui.formats.reading.pdf.order import flows, wrapped_cells
from mlresume_gui.formats.reading.pdf.rows import MARKERS, NUMBER, Row, Word, is_bold_name

FontInfo = tuple[int, float, float]  # descriptor Flags, ItalicAngle, FontWeight (0 when unknown)
Link = tuple[tuple[float, float, float, float], str]

_ICON_FONT = re.compile(
    r"awesome|icons?\b|icon[-_ ]?font|glyphicon|fontello|icomoon|academicons|octicon|devicon|"
    r"material.?(?:symbols|icons)|typicons|entypo|ionicons|tabler|bootstrap-?icons|simple-?icons|"
    r"wingding|webdings|dingbat|zapf",
    re.IGNORECASE,
)
_ITALIC = re.compile(r"italic|oblique|slant|kursiv|[-,]it\b|\bit\b|-bi\b|boldit|mediumit", re.IGNORECASE)
_FORCE_BOLD, _ITALIC_FLAG = 1 << 18, 1 << 6
# TeX fonts embedded without a character map: pdfminer gives "(cid:N)" for the dashes and
# ligatures; their codes in the T1 (Cork) and OT1 encodings
_TEX_FONT = re.compile(r"^(?:[A-Z]{6}\+)?(?:LM|CM|SF|EC|TC|Latin ?Modern)", re.IGNORECASE)
_TEX_CODES = {21: "–", 22: "—", 27: "ff", 28: "fi", 29: "fl", 30: "ffi", 31: "ffl",  # T1
              11: "ff", 12: "fi", 13: "fl", 14: "ffi", 15: "ffl", 123: "–", 124: "—"}  # OT1
_CID = re.compile(r"\(cid:(\d+)\)")


def _tex_glyphs(word: Word) -> Word:
    """A word of a TeX font with its unmapped dashes and ligatures read as text."""
    if "(cid:" not in word[0] or not _TEX_FONT.match(word[2]):
        return word
    text = _CID.sub(lambda m: _TEX_CODES.get(int(m.group(1)), m.group(0)), word[0])
    return (text, *word[1:])


@cache
def font_style(fontname: str, info: FontInfo | None) -> tuple[str, bool, bool]:
    """(name without the subset prefix, bold, italic) from the font's name and its descriptor."""
    name = fontname.split("+", 1)[1] if re.match(r"^[A-Z]{6}\+", fontname) else fontname
    flags, angle, weight = info or (0, 0.0, 0.0)
    bold = is_bold_name(name) or bool(flags & _FORCE_BOLD) or weight >= 600
    italic = bool(_ITALIC.search(name)) or bool(flags & _ITALIC_FLAG) or abs(angle) > 0.5
    return name, bold, italic


def colour_hex(value: object) -> str:
    """A fill colour as ``#rrggbb`` (gray, RGB or CMYK components in 0..1), "" when unknown."""
    try:
        return _colour(value if not isinstance(value, list) else tuple(value))
    except TypeError:  # unhashable: a pattern or other object
        return ""


@cache
def _colour(value: object) -> str:
    comps = value if isinstance(value, list | tuple) else (value,)
    try:
        c = [min(1.0, max(0.0, float(v))) for v in comps]  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return ""
    if len(c) == 1:
        rgb = (c[0],) * 3
    elif len(c) == 3:
        rgb = (c[0], c[1], c[2])
    elif len(c) == 4:
        k = 1 - c[3]
        rgb = ((1 - c[0]) * k, (1 - c[1]) * k, (1 - c[2]) * k)
    else:
        return ""
    return "#" + "".join(f"{round(v * 255):02x}" for v in rgb)


_GLYPH = re.compile("(?:[\ue000-\uf8ff\U000f0000-\U000ffffd\U00100000-\U0010fffd]|\\(cid:\\d+\\))+")


@cache
def _icon_font(font: str) -> bool:
    return bool(_ICON_FONT.search(font))


def _is_icon(word: Word, fonts: dict[str, FontInfo]) -> bool:
    """An icon glyph: a private-use character, a glyph with no character, or any glyph of an icon font."""
    return _icon_font(word[2]) or bool(_GLYPH.fullmatch(word[0]))


def _link_at(word: Word, links: list[Link]) -> str:
    x = (word[5] + word[7]) / 2
    y = (word[6] + word[8]) / 2
    for (x0, y0, x1, y1), uri in links:
        if x0 - 1 <= x <= x1 + 1 and y0 - 1 <= y <= y1 + 1:
            return uri
    return ""


def _spans(words: Iterable[Word], height: float, links: list[Link], fonts: dict[str, FontInfo]) -> list[Span]:
    """Words merged into spans of one style and link; a span's text starts with the space that
    separated it from the span before."""
    out: list[Span] = []
    key: tuple | None = None
    parts: list[str] = []
    box = [0.0, 0.0, 0.0, 0.0]
    soft = False

    def close() -> None:
        if key is not None and parts:
            font, size, colour, link = key
            name, bold, italic = font_style(font, fonts.get(font))
            out.append(Span("".join(parts), (box[0], height - box[3], box[2], height - box[1]),
                            name, round(size, 2), bold, italic, colour, link, soft))

    for w in words:
        text, space, font, size, ncolor, x0, y0, x1, y1 = w
        k = (font, size, colour_hex(ncolor), _link_at(w, links) if links else "")
        soft = text.endswith("\u00ad")
        text = normal_text(text, soft_hyphen_drawn=True)
        if k != key:
            close()
            key, parts, box = k, [], [x0, y0, x1, y1]
        parts.append(f" {text}" if space and (parts or out) else text)
        box = [min(box[0], x0), min(box[1], y0), max(box[2], x1), max(box[3], y1)]
    close()
    return out


def _strip_marker(words: list[Word], marker: str) -> list[Word]:
    """``words`` without the list marker's characters at their start."""
    need = len(marker.replace(" ", ""))
    out = list(words)
    while need > 0 and out:
        text = out[0][0]
        if len(text) <= need:
            need -= len(text)
            out.pop(0)
        else:
            out[0] = (text[need:], *out[0][1:])
            need = 0
    if out:
        out[0] = (out[0][0], False, *out[0][2:])
    return out


def _marker(row: Row, fonts: dict[str, FontInfo]) -> tuple[int, str]:
    """(piece index, list marker) the row's list item opens with, (0, "") when none: a bullet
    glyph, a number, a dash typed as a marker, a drawn dot. The marker opens the first piece, or
    the second when the first is a date or label set in a column of its own. An icon glyph (or a
    glyph with no character) is a marker when it is the line's only one and a sentence follows;
    before a short contact it is an icon."""
    words = [w for p in row.parts for w in p.words]
    glyphs = sum(1 for w in words if _is_icon(w, fonts))
    for i, part in enumerate(row.parts[:2]):
        if not part.words:
            continue
        if _is_icon(part.words[0], fonts):
            rest = part.text[len(part.words[0][0]):]
            if glyphs == 1 and len(rest.split()) >= 4 and sum(c.isalpha() for c in rest) >= 15:
                return i, "•icon"
            continue
        first = part.text
        if first[:1] in MARKERS:
            return i, first[:1]
        if i == 0 and not row.marker:
            continue
        num = NUMBER.match(first)
        if num:
            return i, num.group(0).strip()
        glyph, rest = strip_bullet(first)
        if glyph and not glyph[:1].isalnum():
            return (i, glyph) if not (glyph in "-–—~" and opens_with_date(rest)) else (0, "")
        if i == 0:
            return 0, "•drawn"
    return 0, ""


def _line(row: Row, height: float, links: list[Link], fonts: dict[str, FontInfo]) -> LayoutLine:
    for part in row.parts:
        part.words = [_tex_glyphs(w) for w in part.words]
    at, marker = _marker(row, fonts)
    icons = [w[0] for p in row.parts for w in p.words if _is_icon(w, fonts)][1 if marker == "•icon" else 0:]
    pieces: list[Piece] = []
    for i, part in enumerate(row.parts):
        words = part.words
        if i == at and marker and marker not in ("•drawn", "•icon"):
            words = _strip_marker(words, marker)
        kept = [w for w in words if not _is_icon(w, fonts)]
        if len(kept) < len(words) and kept:
            kept[0] = (kept[0][0], False, *kept[0][2:])
        spans = _spans(kept, height, links, fonts)
        if spans and "".join(s.text for s in spans).strip():
            xs = [s.box for s in spans]
            pieces.append(Piece(spans, (min(b[0] for b in xs), min(b[1] for b in xs),
                                        max(b[2] for b in xs), max(b[3] for b in xs))))
    bullet = "•" if marker in ("•drawn", "•icon") else marker
    line_links = list(dict.fromkeys([s.link for p in pieces for s in p.spans if s.link] + list(row.links)))
    line = LayoutLine(pieces, page=row.page, box=(row.x0, row.top, row.x1, row.bottom), column=row.column,
                      bullet=bullet, links=tuple(line_links))
    if icons:  # the glyphs themselves: an icon font's code tells a phone from an envelope
        line.extra["icons"] = tuple(icons)
    if pieces and bullet:
        line.extra["text_x0"] = round(pieces[min(at, len(pieces) - 1)].box[0], 2)
    return line


def _number_columns(rows: list[Row], width: float) -> dict[int, tuple[int, bool]]:
    """Row id -> (column in reading order, is a sidebar) for one page's rows; the full-width band
    above the columns belongs to the first column read."""
    order: list[int] = []
    extent: dict[int, list[float]] = {}
    for r in rows:
        if r.column not in order:
            order.append(r.column)
        e = extent.setdefault(r.column, [r.x0, r.x1])
        e[0], e[1] = min(e[0], r.x0), max(e[1], r.x1)
    real = [c for c in order if c != 0]
    numbering = {c: i for i, c in enumerate(real)}
    numbering[0] = 0
    content = max((e[1] for e in extent.values()), default=width) - min((e[0] for e in extent.values()), default=0.0)
    widest = max(real, key=lambda c: extent[c][1] - extent[c][0]) if len(real) > 1 else None
    out = {}
    for r in rows:
        e = extent[r.column]
        side = widest is not None and r.column not in (0, widest) and (e[1] - e[0]) < 0.42 * max(content, 1.0)
        out[id(r)] = (numbering[r.column], side)
    return out


def _join_name(lines: list[LayoutLine], body_size: float) -> list[LayoutLine]:
    """A name set over two lines in large type (``Maria`` / ``Lopez``) made one line of two pieces."""
    body = [i for i, ln in enumerate(lines) if ln.region == "body"][:2]
    if len(body) < 2 or body[1] != body[0] + 1:
        return lines
    a, b = lines[body[0]], lines[body[1]]
    big = a.size >= 1.4 * max(body_size, 1.0) and abs(a.size - b.size) < 0.5
    words_ok = all(1 <= len(ln.text.split()) <= 3 and re.fullmatch(r"[^\W\d_][\w.'’ -]*", ln.text) for ln in (a, b))
    close = a.page == b.page and a.column == b.column and b.box[1] - a.box[3] < 0.8 * a.size
    if not (big and words_ok and close and not a.bullet and not b.bullet):
        return lines
    a.pieces = a.pieces + b.pieces
    a.box = (min(a.box[0], b.box[0]), a.box[1], max(a.box[2], b.box[2]), b.box[3])
    a.links = a.links + b.links
    a.extra["joined_lines"] = 2
    return lines[: body[1]] + lines[body[1] + 1:]


def build_document(pages: list[list[Row]], sizes: list[tuple[float, float]], links: list[list[Link]],
                   fonts: dict[str, FontInfo]) -> LayoutDocument:
    """The layout of a PDF from its rows in reading order (one list per page)."""
    heights = [h for _, h in sizes]
    repeated = running(pages, heights)
    body_size = body_size_of(pages)
    regions: dict[int, str] = {}
    columns: dict[int, tuple[int, bool]] = {}
    for rows, (w, h) in zip(pages, sizes, strict=True):
        regions.update(regions_of(rows, h, repeated, body_size))
        columns.update(_number_columns(rows, w))
    body = flows([r for rows in pages for r in rows if id(r) not in regions], heights)
    lines: list[LayoutLine] = []
    prev: Row | None = None
    right: dict[tuple[int, int], float] = {}  # the right edge of each page's columns
    for r in body:
        key = (r.page, columns.get(id(r), (0, False))[0])
        right[key] = max(right.get(key, 0.0), r.x1)
    waiting: tuple[str, ...] = ()  # the links of a row of icons alone that opens a page, for the next line
    for r in with_margins(body, pages, regions):
        ln = _line(r, heights[r.page], links[r.page], fonts)
        if not ln.pieces:  # a row of icons alone: its links (profiles) go with the line above it
            if lines and lines[-1].page == r.page:
                lines[-1].links = tuple(dict.fromkeys([*lines[-1].links, *ln.links]))
            else:
                waiting = (*waiting, *ln.links)
            continue
        if waiting:
            ln.links, waiting = tuple(dict.fromkeys([*waiting, *ln.links])), ()
        ln.column, side = columns.get(id(r), (0, False))
        ln.region = regions.get(id(r), "sidebar" if side else "body")
        into = wrapped_cells(prev, r, strict=True) if prev is not None and lines and ln.region == lines[-1].region else None
        if into is not None and join_cells(lines[-1], ln, into, right.get((r.page, ln.column))):
            prev = replace(prev, text="\t".join(p.text for p in lines[-1].pieces), bottom=r.bottom)
            continue
        if into is not None and into[0] == 0:
            join_range_end(lines[-1], ln)  # a date range's end joins the row above; the rest stays a line
        lines.append(ln)
        prev = r
    lines = _join_name(lines, body_size)
    lift_head_pieces(lines)
    doc = LayoutDocument(lines, pages=list(sizes), kind="pdf")
    _place(doc)
    return doc


def _place(doc: LayoutDocument) -> None:
    """Column boxes, each line's indent from its column's left edge, gap above it, how far it
    stops short of the column's right edge (``extra["right_gap"]``: a wrapped line runs to it) and,
    after a list marker, where its text starts (``extra["text_indent"]``), and the block each
    line belongs to (``extra["block"]``: lines of one column set close together)."""
    boxes: dict[tuple[int, int], list[float]] = {}
    for ln in doc.lines:
        if ln.region in ("header", "footer"):
            continue
        b = boxes.setdefault((ln.page, ln.column), list(ln.box))
        b[0], b[1], b[2], b[3] = min(b[0], ln.box[0]), min(b[1], ln.box[1]), max(b[2], ln.box[2]), max(b[3], ln.box[3])
    doc.columns = {k: (b[0], b[1], b[2], b[3]) for k, b in boxes.items()}
    prev: dict[tuple[int, int], Box] = {}
    block, last = -1, None
    for ln in doc.lines:
        key = (ln.page, ln.column)
        col = doc.columns.get(key, ln.box)
        ln.indent = round(ln.box[0] - col[0], 2)
        ln.extra["right_gap"] = round(col[2] - ln.box[2], 2)
        if "text_x0" in ln.extra:  # where the text after the list marker starts
            ln.extra["text_indent"] = round(float(ln.extra.pop("text_x0")) - col[0], 2)  # type: ignore[arg-type]
        if ln.region in ("header", "footer"):
            continue
        above = prev.get(key)
        ln.gap_above = round(ln.box[1] - above[3], 2) if above is not None else 0.0
        prev[key] = ln.box
        # a block: lines of one column and region set close together (a paragraph, an entry head)
        if last is None or (last.page, last.column, last.region) != (ln.page, ln.column, ln.region) or (
                ln.gap_above > 0.6 * max(ln.size, last.size, 1.0)) or ln.gap_above < -0.5 * max(ln.size, 1.0):
            block += 1
        ln.extra["block"] = block
        last = ln
