"""A row of icons alone (profile links drawn as glyphs with no text) reads as no line, and its
links go with the line above it, or with the next line when it opens its page."""

from __future__ import annotations

from mlresume_gui.formats.reading.pdf.lines import build_document
from mlresume_gui.formats.reading.pdf.rows import Piece, Row

_ICON = "\ue602"


def _row(text: str, top: float, links: list[str] | None = None, page: int = 0) -> Row:
    words = [
        (w, k > 0, "Sans", 10.0, 0, 60.0 + 40 * k, 700 - top, 90.0 + 40 * k, 710 - top)
        for k, w in enumerate(text.split())
    ]
    part = Piece([], text, 60.0, 60.0 + 40 * len(words), 700 - top, 710 - top, words)
    return Row(
        text=text,
        x0=part.x0,
        x1=part.x1,
        top=top,
        bottom=top + 10,
        size=10,
        bold=False,
        page=page,
        links=list(links or []),
        parts=[part],
    )


def test_the_links_of_a_row_of_icons_go_with_the_line_above() -> None:
    rows = [
        _row("Ada Quill", 100),
        _row("ada@example.org", 120, ["mailto:ada@example.org"]),
        _row(f"{_ICON} {_ICON}", 150, ["https://github.com/adaquill", "https://lnkd.example/ada"]),
        _row("Experience", 200),
    ]
    doc = build_document([rows], [(600.0, 800.0)], [[]], {})
    assert [ln.text for ln in doc.lines] == ["Ada Quill", "ada@example.org", "Experience"]
    assert doc.lines[1].links == (
        "mailto:ada@example.org",
        "https://github.com/adaquill",
        "https://lnkd.example/ada",
    )


def test_a_row_of_icons_that_opens_the_document_gives_its_links_to_the_next_line() -> None:
    rows = [_row(_ICON, 90, ["https://github.com/adaquill"]), _row("Ada Quill", 100)]
    doc = build_document([rows], [(600.0, 800.0)], [[]], {})
    assert [(ln.text, ln.links) for ln in doc.lines] == [
        ("Ada Quill", ("https://github.com/adaquill",))
    ]
