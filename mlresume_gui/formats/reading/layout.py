"""The layout every reader produces: spans, pieces and lines that keep their geometry to the end.

PDF, Word and text readers all turn a file into a :class:`LayoutDocument`: lines in reading order,
each made of :class:`Piece` runs (a right-aligned date or location is its own piece with its own
position, never a tab in the text), each piece of :class:`Span` runs of one style. The labeller
reads features from these lines; assembly turns labelled lines into the model. Readers fill what
their format knows and leave the rest at its default (a Word paragraph has no coordinates, but it
has a style name, a list level and a table cell).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

Box = tuple[float, float, float, float]  # x0, y0, x1, y1 in points, origin at the page's top left


@dataclass(frozen=True)
class Span:
    """A run of text in one font, size, weight, slant and colour, with its link target if any."""

    text: str
    box: Box = (0.0, 0.0, 0.0, 0.0)
    font: str = ""
    size: float = 0.0
    bold: bool = False
    italic: bool = False
    colour: str = ""  # "#rrggbb", "" when unknown
    link: str = ""  # URL the span links to ("" when none)
    soft_hyphen: bool = False  # its text ends in a soft hyphen, drawn as "-" where the line broke


@dataclass
class Piece:
    """Spans on one line with no wide gap between them (one column of an entry line)."""

    spans: list[Span]
    box: Box = (0.0, 0.0, 0.0, 0.0)

    @property
    def text(self) -> str:
        return "".join(s.text for s in self.spans)


@dataclass
class LayoutLine:
    """One line as the eye reads it, in reading order, with where and how it is set."""

    pieces: list[Piece]
    page: int = 0
    box: Box = (0.0, 0.0, 0.0, 0.0)
    column: int = 0  # 0 = main flow; 1, 2 ... = further columns or sidebars, in reading order
    region: str = "body"  # "body", "header", "footer" (running header/footer), "sidebar"
    bullet: str = ""  # the list marker removed from the text ("•", "-", "1." ...), "" when none
    indent: float = 0.0  # left edge relative to the column's left edge, in points
    gap_above: float = 0.0  # space between this line and the previous one of its column, in points
    style: str = ""  # the source's paragraph style name (Word), "" when none
    list_level: int = -1  # Word numbering level, -1 when not a list paragraph
    table: tuple[int, int, int] | None = None  # (table, row, column) of the cell holding the line
    in_textbox: bool = False
    links: tuple[str, ...] = ()  # every link target on the line
    extra: dict[str, object] = field(default_factory=dict)

    @property
    def text(self) -> str:
        """The line's text, pieces joined by one space."""
        return " ".join(p.text.strip() for p in self.pieces if p.text.strip())

    @property
    def size(self) -> float:
        """The dominant font size (by characters)."""
        sizes: dict[float, int] = {}
        for p in self.pieces:
            for s in p.spans:
                sizes[s.size] = sizes.get(s.size, 0) + len(s.text)
        return max(sizes, key=sizes.__getitem__) if sizes else 0.0

    @property
    def bold(self) -> bool:
        """Most characters are bold."""
        total = sum(len(s.text) for p in self.pieces for s in p.spans)
        bold = sum(len(s.text) for p in self.pieces for s in p.spans if s.bold)
        return total > 0 and bold * 2 > total


@dataclass
class LayoutDocument:
    """A whole file as lines in reading order, with its page sizes and where it came from."""

    lines: list[LayoutLine]
    pages: list[tuple[float, float]] = field(default_factory=list)  # (width, height) per page
    kind: str = ""  # "pdf", "docx", "text"
    notes: list[str] = field(default_factory=list)  # one-line remarks for the user
    columns: dict[tuple[int, int], Box] = field(default_factory=dict)  # (page, column) -> its box (PDF)

    @property
    def body(self) -> list[LayoutLine]:
        """The lines outside running headers and footers."""
        return [ln for ln in self.lines if ln.region not in ("header", "footer")]


# -- text as it is read -------------------------------------------------------------------------

# hyphens that look like "-" on the page: soft (drawn only where a line breaks, and a PDF draws
# it), non-breaking, the Unicode hyphen and the minus sign; a date range written with any of them
# must still read as a range
_HYPHENS = {0x2010: "-", 0x2011: "-", 0x2212: "-", 0xFE63: "-", 0xFF0D: "-"}
_LIGATURES = {c: unicodedata.normalize("NFKC", chr(c)) for c in range(0xFB00, 0xFB07)}
_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff"))
_TABLE = {**_HYPHENS, **_LIGATURES, **_INVISIBLE}
_SOFT_BETWEEN = re.compile(r"(?<=[\s\d])\u00ad|\u00ad(?=[\s\d])")


def normal_text(text: str, soft_hyphen_drawn: bool) -> str:
    """Text as the reader sees it: ligatures expanded, zero-width marks dropped, every hyphen-like
    character made ``-``. ``soft_hyphen_drawn``: the source draws its soft hyphens (a PDF does);
    otherwise a soft hyphen is invisible and dropped, except between digits or spaces, where a
    producer used it as the dash of a range."""
    text = text.translate(_TABLE)
    if "\u00ad" in text:
        text = text.replace("\u00ad", "-") if soft_hyphen_drawn else _SOFT_BETWEEN.sub("-", text).replace("\u00ad", "")
    return text


_CID = re.compile(r"(?:\(cid:\d+\))+")


def is_icon_text(text: str) -> bool:
    """True when ``text`` is only icon glyphs: private-use characters of an icon font, or glyphs
    the PDF gives no character for (pdfminer's ``(cid:N)``)."""
    t = text.strip()
    return bool(t) and (all(unicodedata.category(c) == "Co" for c in t) or bool(_CID.fullmatch(t)))
