"""A narrow cell whose word breaks at a soft hyphen (``Bach-`` / ``elor`` beside a school and a
date, ``pdf.entry_heads`` and ``pdf.order``): the cell is one word again, and the weight that
decides is the cell's own."""

from __future__ import annotations

from types import SimpleNamespace

from hypothesis import given
from hypothesis import strategies as st

from mlresume_gui.formats.reading.degrees import school_and_field
from mlresume_gui.formats.reading.layout import LayoutLine, Piece, Span
from mlresume_gui.formats.reading.pdf.entry_heads import join_cells
from mlresume_gui.formats.reading.pdf.order import _first_cell_bold
from mlresume_gui.formats.reading.pdf.rows import Piece as RowPiece
from mlresume_gui.formats.reading.pdf.rows import Row


def _piece(
    text: str, x0: float, x1: float, y: float, soft: bool = False, bold: bool = True
) -> Piece:
    box = (x0, y, x1, y + 10)
    return Piece([Span(text, box=box, size=10.0, bold=bold, soft_hyphen=soft)], box=box)


def _head(first: str, soft: bool) -> LayoutLine:
    pieces = [
        _piece(first, 60, 90, 0, soft),
        _piece("Westmere College", 94, 300, 0, bold=False),
        _piece("2011 – 2014", 455, 550, 0, bold=False),
    ]
    return LayoutLine(pieces=pieces, box=(60, 0, 550, 10))


def test_a_soft_hyphen_break_in_the_first_cell_makes_one_word() -> None:
    head, below = (
        _head("Bach-", True),
        LayoutLine(pieces=[_piece("elor", 60, 80, 13)], box=(60, 13, 80, 23)),
    )
    assert join_cells(head, below, [0], 550)
    assert [p.text for p in head.pieces] == ["Bachelor", "Westmere College", "2011 – 2014"]


def test_a_drawn_hyphen_that_is_no_soft_one_is_left_alone() -> None:
    head, below = (
        _head("Bach-", False),
        LayoutLine(pieces=[_piece("elor", 60, 80, 13)], box=(60, 13, 80, 23)),
    )
    assert not join_cells(head, below, [0], 550)


@given(
    st.sampled_from(["Mas", "Bach", "Diplo", "Doc"]),
    st.sampled_from(["ter", "elor", "ma", "torate"]),
)
def test_any_word_broken_softly_is_joined_without_its_hyphen(a: str, b: str) -> None:
    head, below = (
        _head(f"{a}-", True),
        LayoutLine(pieces=[_piece(b, 60, 80, 13)], box=(60, 13, 80, 23)),
    )
    assert join_cells(head, below, [0], 550)
    assert head.pieces[0].text == a + b


def test_the_first_cell_weight_decides() -> None:
    bold = SimpleNamespace(fontname="ABCDEF+Serif-Bold")
    row = Row(
        "Bach-\tWestmere College",
        60,
        300,
        0,
        10,
        10.0,
        False,
        0,
        parts=[RowPiece([bold], "Bach-", 60, 90, 0, 10)],
    )
    assert _first_cell_bold(row)
    assert not _first_cell_bold(Row("x", 0, 1, 0, 1, 10.0, False, 0))


def test_a_field_after_a_school_is_no_campus() -> None:
    assert school_and_field("Northfield University, Information Technology") == (
        "Northfield University",
        "Information Technology",
    )
    assert school_and_field("Westmere College, Urbana-Champaign, Physics") == (
        "Westmere College, Urbana-Champaign",
        "Physics",
    )


def test_a_span_knows_it_ends_in_a_soft_hyphen() -> None:
    from mlresume_gui.formats.reading.pdf.lines import _spans

    words = [("Bach\u00ad", False, "Serif-Bold", 10.0, (0,), 60, 0, 90, 10)]
    (span,) = _spans(words, 800.0, [], {})
    assert (span.text, span.soft_hyphen) == ("Bach-", True)
    (span,) = _spans([("Data-", False, "Serif", 10.0, (0,), 60, 0, 90, 10)], 800.0, [], {})
    assert not span.soft_hyphen
