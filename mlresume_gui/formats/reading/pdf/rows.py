"""Characters -> visual rows: the text of each line with its box, font size, weight and bullet mark.

A row is what the eye reads as one line inside one column. Wide gaps inside a row (a right-aligned
date, a table cell) are kept as a TAB so later stages can split the fields.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from dataclasses import field as _field
from functools import cache
from itertools import pairwise

from pdfminer.layout import (
    LTAnno,
    LTChar,
    LTContainer,
    LTCurve,
    LTFigure,
    LTImage,
    LTPage,
    LTTextLine,
)

from mlresume_gui.formats.reading.lineparse import find_dates, strip_bullet
from mlresume_gui.formats.reading.pdf.cards import card_runs
from mlresume_gui.formats.reading.pdf.stretched import join_stretched

_BOLD = re.compile(r"bold|black|heavy|semibold|demi|[-,]bd\b|\bbd\b", re.IGNORECASE)
NUMBER = re.compile(r"^\(?\d{1,2}[.)]\s+(?=\S)")
MARKERS = set("•▪▫■□◦○●‣⁃·►▶▸➢➤✓✔❖◆◇◾◽⦁∙⋅")


@dataclass
class Row:
    """One visual line on a page."""

    text: str
    x0: float
    x1: float
    top: float  # distance from the top of the page
    bottom: float
    size: float
    bold: bool
    page: int
    marker: bool = False  # starts with a bullet glyph (possibly an icon-font glyph)
    text_x0: float = 0.0  # where the text after the marker starts
    links: list[str] = _field(default_factory=list)
    column: int = 0
    cells: list[tuple[float, float]] = _field(default_factory=list)  # x extent of each TAB-separated part
    parts: list[Piece] = _field(default_factory=list)  # the pieces of the row, left to right

    @property
    def height(self) -> float:
        return self.bottom - self.top


Word = tuple[str, bool, str, float, object, float, float, float, float]
"""A word or a same-style part of one: (text, space before, font name, size, fill colour, x0, y0, x1, y1),
in PDF coordinates (origin at the bottom left)."""


@dataclass
class Piece:
    """A run of characters pdfminer put on one line (no wide gap inside)."""

    chars: list[LTChar]
    text: str
    x0: float
    x1: float
    y0: float
    y1: float
    words: list[Word] = _field(default_factory=list)


CHIP_GAP = 0.45  # ems of gap, with no space drawn in it, that part two chips


_SEPARATORS = frozenset("|·•◦∙⋅,;/–—-:")


def _chip_edge(last: LTChar, char: LTChar) -> bool:
    """Neither character is a separator printed between values (``Lyon | ada@…``): a gap beside
    one is the separator's own spacing, not a chip's edge."""
    return last.get_text() not in _SEPARATORS and char.get_text() not in _SEPARATORS


def _text_lines(container: LTContainer) -> Iterable[LTTextLine]:
    for obj in container:
        if isinstance(obj, LTTextLine):
            yield obj
        elif isinstance(obj, LTContainer):
            yield from _text_lines(obj)


def _pieces(line: LTTextLine, drawn: bool = False) -> list[Piece]:
    """The runs of a pdfminer line, split where a gap wider than most of an em separates two
    characters (pdfminer joins a left cell and a right-aligned date when they come close).

    In the same walk over the characters each run collects its words, a word also ending where
    the font, size or colour changes, so the layout can give every span its style and link."""
    out: list[Piece] = []
    chars: list[LTChar] = []
    text: list[str] = []
    words: list[Word] = []
    word: list[str] = []
    first: LTChar | None = None
    last: LTChar | None = None
    space = False

    def end_word() -> None:
        nonlocal space
        if word and first is not None and last is not None:
            words.append(("".join(word), space, first.fontname, first.size, first.graphicstate.ncolor,
                          first.x0, min(first.y0, last.y0), last.x1, max(first.y1, last.y1)))
            space = False
        word.clear()

    def flush() -> None:
        nonlocal space
        end_word()
        t = "".join(text).strip()
        if chars and t:
            out.append(Piece(list(chars), t, chars[0].x0, chars[-1].x1,
                             min(c.y0 for c in chars), max(c.y1 for c in chars), list(words)))
        chars.clear()
        text.clear()
        words.clear()
        space = False

    objs = list(line)
    drop = _letter_spaced_breaks(objs)
    lowered = _small_caps_lower(objs)
    # ``drawn``: the page draws its word spaces, so a gap with no space in it parts two chips
    spaced = False  # a space was drawn since the last character
    for i, obj in enumerate(objs):
        if i in drop:
            continue
        if isinstance(obj, LTChar):
            t = obj.get_text()
            if i in lowered:
                t = t.lower()
            if t in ("\t", "\xa0") or t.isspace():
                text.append(" ")
                end_word()
                space = space or bool(words)
                spaced = True
                continue
            gap = obj.x0 - last.x1 if last is not None else 0.0
            em = max(obj.size, last.size, 1.0) if last is not None else 1.0
            wide = gap > 0.8 * em or (drawn and not spaced and gap > CHIP_GAP * em and _chip_edge(last, obj))
            if last is not None and ((wide and not _only_marker(text)) or _glued_date(last, obj, objs, i)):
                flush()
            elif word and (obj.fontname != first.fontname or obj.size != first.size  # type: ignore[union-attr]
                           or obj.graphicstate.ncolor != first.graphicstate.ncolor):  # type: ignore[union-attr]
                end_word()
            if not word:
                first = obj
            chars.append(obj)
            text.append(t)
            word.append(t)
            last = obj
            spaced = False
        elif isinstance(obj, LTAnno):
            t = obj.get_text()
            text.append(" " if t.isspace() else t)
            if t.isspace():
                end_word()
                space = space or bool(words)
            else:
                word.append(t)
    flush()
    if len(out) == 1:  # keep pdfminer's own box for an unsplit line
        out[0].x0, out[0].x1, out[0].y0, out[0].y1 = line.x0, line.x1, line.y0, line.y1
    return out


def _gap(a: LTChar, b: LTChar) -> float:
    return b.x0 - a.x1


def _letter_spaced_breaks(objs: list) -> set[int]:
    """The positions of the spaces pdfminer guessed (LTAnno) between two letters set no further
    apart than the line's own letter spacing. In letter-spaced text (CSS letter-spacing, soul's
    letter spacing) the gap between letters passes pdfminer's word margin for the smaller glyphs,
    which split "to" into "t o"; real spaces (a space glyph, or a gap clearly wider than the
    letters') stay."""
    chars = [(i, o) for i, o in enumerate(objs) if isinstance(o, LTChar)]
    pairs = [(i, a, j, b) for (i, a), (j, b) in pairwise(chars)
             if not a.get_text().isspace() and not b.get_text().isspace()]
    if len(pairs) < 4:
        return set()
    gaps = sorted(_gap(a, b) for _, a, _, b in pairs)
    letter = gaps[len(gaps) // 2]
    if letter <= 0.05:  # not letter-spaced: pdfminer's guesses are word breaks
        return set()
    out = set()
    for i, a, j, b in pairs:
        guessed = [k for k in range(i + 1, j) if isinstance(objs[k], LTAnno) and objs[k].get_text() == " "]
        if guessed and len(guessed) == j - i - 1 and _gap(a, b) <= letter + 0.08 * max(a.size, b.size, 1.0):
            out.update(guessed)
    return out


def _small_caps_lower(objs: list) -> set[int]:
    """The capitals of a line to read as lower case: capitals set as small capitals, i.e. in a
    font that the same line also sets at 1.2 to 1.7 times their size (HTML engines draw
    ``font-variant: small-caps`` so when the font has none of its own). All of them where that
    size has no lower-case letter (the engine drew "to" as "TO" at a smaller size), else those
    inside a word (a font whose small-capital glyphs map back to capitals: "ContaCt")."""
    sizes: dict[str, set[float]] = {}
    letters: set[tuple[str, float]] = set()
    lower_at: set[tuple[str, float]] = set()
    for o in objs:
        if isinstance(o, LTChar) and o.get_text().isalnum():
            key = (o.fontname, round(o.size, 1))
            sizes.setdefault(o.fontname, set()).add(key[1])
            if o.get_text().isalpha():
                letters.add(key)
                if o.get_text().islower():
                    lower_at.add(key)
    small = {(font, size) for font, size in letters if size and any(1.2 <= big / size <= 1.7 for big in sizes[font])}
    out: set[int] = set()
    if not small:
        return out
    prev: LTChar | None = None
    for i, o in enumerate(objs):
        if not isinstance(o, LTChar):
            prev = None if o.get_text().isspace() else prev
            continue
        key = (o.fontname, round(o.size, 1))
        if key in small and o.get_text().isupper():
            inside = prev is not None and prev.get_text().isalpha() and (prev.fontname, round(prev.size, 1)) == key
            if key not in lower_at or inside:
                out.add(i)
        prev = None if o.get_text().isspace() else o
    return out


def _glued_date(last: LTChar, obj: LTChar, objs: list, k: int) -> bool:
    """True when a date set in another font starts right after a letter with no space between
    (``Technology09/2018 - 07/2022``: a date floated to the end of a full line): a piece of its own."""
    if not (last.get_text()[-1:].isalpha() and obj.get_text()[:1].isdigit()):
        return False
    if obj.fontname == last.fontname and abs(obj.size - last.size) < 0.5:
        return False
    rest = "".join(o.get_text() for o in objs[k:k + 40] if isinstance(o, LTChar | LTAnno))
    span = find_dates(rest)
    if span is None or span.begin != 0:
        return False
    before = "".join(o.get_text() for o in objs[max(0, k - 20):k] if isinstance(o, LTChar | LTAnno))
    word = re.split(r"[\W\d_]", before)[-1]  # the letters the date is glued to: a word of their own,
    joined = find_dates(f"{word} {rest}")  # not a month or a "to" of the same date
    return len(word) >= 3 and (joined is None or joined.begin != 0)


def _only_marker(text: list[str]) -> bool:
    """True when the run so far is only a list marker (a bullet glyph or ``1.``), which a hanging
    indent keeps apart from its text."""
    t = "".join(text).strip()
    return len(t) <= 4 and (t in MARKERS or strip_bullet(f"{t} x")[0] == t or unicodedata.category(t[:1] or " ") == "Co")


def page_pieces(page: LTPage) -> list[Piece]:
    """Every text piece of a laid-out page that lies on the page (some producers also draw the
    clipped last line of the previous page above the top edge)."""
    out: list[list[Piece]] = []
    lines = [ln for ln in _text_lines(page) if page.y0 <= (ln.y0 + ln.y1) / 2 <= page.y1
             and page.x0 <= (ln.x0 + ln.x1) / 2 <= page.x1]
    drawn = _draws_spaces(lines)
    for ln in lines:
        out.append(_pieces(ln, drawn))
    # justified lines: a page that draws its spaces parts chips at gaps, and they may be alike
    return [p for line in out for p in line] if drawn else join_stretched(out)


def _draws_spaces(lines: list[LTTextLine]) -> bool:
    """True when most of the page's word spaces are drawn characters (a browser's PDF), not gaps
    the reader infers (TeX draws none): then a gap with no space drawn in it sets chips apart."""
    drawn = inferred = 0
    for ln in lines:
        for o in ln:
            if o.get_text() == " ":
                if isinstance(o, LTChar):
                    drawn += 1
                else:
                    inferred += 1
    return drawn > 2 * inferred


def page_marks(page: LTPage) -> list[tuple[float, float, float, float]]:
    """Small drawn shapes (list bullets painted as dots or squares rather than as text)."""
    out = []
    for obj in page:
        if isinstance(obj, LTCurve | LTFigure | LTImage):
            w, h = obj.x1 - obj.x0, obj.y1 - obj.y0
            if 0.8 <= w <= 7 and 0.8 <= h <= 7 and 0.5 <= w / h <= 2:
                out.append((obj.x0, obj.y0, obj.x1, obj.y1))
    return out


def merge_rows(pieces: list[Piece], height: float, page_no: int, column: int = 0,
               marks: list[tuple[float, float, float, float]] | None = None) -> list[Row]:
    """Pieces of one column merged into rows (TAB between pieces), top to bottom."""
    pieces = sorted(pieces, key=lambda p: (-p.y1, p.x0))
    rows: list[list[Piece]] = []
    for p in pieces:
        for row in rows[-4:]:
            r = row[0]
            overlap = min(r.y1, p.y1) - max(r.y0, p.y0)
            low, high = sorted((r.y1 - r.y0, p.y1 - p.y0))
            # a name in large type beside a contact line in small type are two lines, not one
            if overlap > 0.5 * low and high <= 1.8 * max(low, 0.1):
                row.append(p)
                break
        else:
            rows.append([p])
    out = []
    for row in rows:
        row.sort(key=lambda p: p.x0)
        r = _row(row, height, page_no)
        r.column = column
        if not r.marker and marks:
            y0, y1 = min(p.y0 for p in row), max(p.y1 for p in row)
            for mx0, my0, mx1, my1 in marks:
                if r.x0 - 24 <= mx0 and mx1 <= r.x0 + 0.5 and y0 - 1 <= (my0 + my1) / 2 <= y1 + 1:
                    r.marker, r.text_x0, r.text = True, r.x0, "• " + r.text
                    r.x0 = mx0
                    break
        out.append(r)
    out.sort(key=lambda r: (r.top, r.x0))
    return _cards_in_turn(out, height, page_no, column)


def _cards_in_turn(rows: list[Row], height: float, page_no: int, column: int) -> list[Row]:
    """``rows`` with each grid of cards set side by side read one card after the other
    (see ``cards``): every line of the first card, then of the next."""
    runs = card_runs(rows)
    if not runs:
        return rows
    out: list[Row] = []
    at = 0
    for first, stop in runs:
        out.extend(rows[at:first])
        for k in range(len(rows[first].parts)):
            for r in rows[first:stop]:
                part = _row([r.parts[k]], height, page_no)
                part.column = column
                out.append(part)
        at = stop
    out.extend(rows[at:])
    return out


def _size(chars: list[LTChar]) -> float:
    sizes = [c.size for c in chars if c.get_text().isalnum()] or [c.size for c in chars]
    return round(sorted(sizes)[len(sizes) // 2], 1)


@cache
def is_bold_name(fontname: str) -> bool:
    return bool(_BOLD.search(fontname))


def _row(group: list[Piece], height: float, page_no: int) -> Row:
    chars = [c for p in group for c in p.chars]
    text = ""
    for p in group:
        text = f"{text}\t{p.text}" if text else p.text
    first = group[0].chars[0]
    ft = first.get_text()
    marker = ft in MARKERS or unicodedata.category(ft[:1] or " ") == "Co"
    text_x0 = first.x0
    num = NUMBER.match(group[0].text)
    glyph = strip_bullet(group[0].text)[0] if not marker and not num else ""
    if glyph and not glyph[:1].isalnum():  # a text glyph used as a marker: "– ", "* ", "> "
        marker = True
        rest = [c for c in chars[len(glyph.replace(" ", "")):] if not c.get_text().isspace()]
        text_x0 = rest[0].x0 if rest else first.x1
    elif num and not marker:
        marker = True
        text_x0 = chars[min(len(chars) - 1, len(num.group(0).replace(" ", "")))].x0
    elif marker:
        rest = [c for c in chars[1:] if not c.get_text().isspace()]
        text_x0 = rest[0].x0 if rest else first.x1
        if unicodedata.category(ft[:1]) == "Co":
            text = "• " + text[1:].lstrip()
    alnum = [c for c in chars if c.get_text().isalnum()] or chars
    bold = sum(1 for c in alnum if is_bold_name(c.fontname or "")) > len(alnum) / 2
    y1 = max(p.y1 for p in group)
    y0 = min(p.y0 for p in group)
    return Row(
        text=text,
        x0=group[0].x0,
        x1=group[-1].x1,
        top=height - y1,
        bottom=height - y0,
        size=_size(chars),
        bold=bold,
        page=page_no,
        marker=marker,
        text_x0=text_x0,
        cells=[(p.x0, p.x1) for p in group],
        parts=list(group),
    )
