"""An entry head whose right column runs one row lower than its left one (reading.pdf.entry_heads)."""

from __future__ import annotations

from mlresume_gui.formats.reading.layout import LayoutLine, Piece, Span
from mlresume_gui.formats.reading.pdf.entry_heads import (
    join_cells,
    join_range_end,
    lift_head_pieces,
)


def _piece(text: str, x0: float, x1: float, top: float) -> Piece:
    box = (x0, top, x1, top + 10.0)
    return Piece([Span(text, box=box, size=10.0)], box)


def _line(pieces: list[Piece], bullet: str = "") -> LayoutLine:
    box = (min(p.box[0] for p in pieces), pieces[0].box[1], max(p.box[2] for p in pieces), pieces[0].box[3])
    return LayoutLine(pieces, box=box, bullet=bullet)


def test_dates_level_with_the_first_bullet_join_the_head_row() -> None:
    head = _line([_piece("Lantern Works, Data Scientist", 60, 250, 100), _piece("Leeds, UK", 500, 550, 100)])
    first = _line([_piece("Trained a demand model on four years of till data that", 80, 430, 113),
                   _piece("Mar 2020 – Jan 2023", 460, 550, 113)], bullet="•")
    wrapped = _line([_piece("cut waste by a fifth", 80, 200, 126)])
    lines = [head, first, wrapped]
    lift_head_pieces(lines)
    assert [p.text for p in head.pieces] == ["Lantern Works, Data Scientist", "Leeds, UK", "Mar 2020 – Jan 2023"]
    assert [p.text for p in first.pieces] == ["Trained a demand model on four years of till data that"]
    assert first.box[2] == 430


def test_a_right_piece_not_under_a_head_at_the_same_edge_stays() -> None:
    # an award list: each bullet carries its own year, no head row above with a right piece
    head = _line([_piece("Awards", 60, 120, 100)])
    item = _line([_piece("Best poster, a regional workshop", 80, 300, 113), _piece("2021", 530, 550, 113)], bullet="•")
    lift_head_pieces([head, item])
    assert [p.text for p in item.pieces] == ["Best poster, a regional workshop", "2021"]
    # a head whose right piece ends elsewhere, or a bullet row far below it
    head = _line([_piece("Lantern Works", 60, 150, 100), _piece("Leeds", 400, 430, 100)])
    item = _line([_piece("Ran the forecasting rota", 80, 300, 113), _piece("2021 – 2022", 500, 550, 113)], bullet="•")
    lift_head_pieces([head, item])
    assert len(item.pieces) == 2
    head = _line([_piece("Lantern Works", 60, 150, 100), _piece("Leeds", 520, 550, 100)])
    item = _line([_piece("Ran the forecasting rota", 80, 300, 140), _piece("2021 – 2022", 500, 550, 140)], bullet="•")
    lift_head_pieces([head, item])
    assert len(item.pieces) == 2


def test_wrapped_cells_of_a_head_join_their_cells() -> None:
    head = _line([_piece("Data Scientist, Demand", 60, 230, 100), _piece("May 2019 to", 480, 550, 100)])
    wrapped = _line([_piece("Forecasting, Lantern Works", 60, 240, 112), _piece("June 2021", 500, 550, 112)])
    assert join_cells(head, wrapped, [0, 1])
    assert [p.text for p in head.pieces] == ["Data Scientist, Demand Forecasting, Lantern Works", "May 2019 to June 2021"]
    assert head.box[3] == 122.0
    # a word broken over the rows is left alone (nothing joined)
    head = _line([_piece("Data Scien-", 60, 230, 100), _piece("2019", 520, 550, 100)])
    assert not join_cells(head, _line([_piece("tist", 60, 90, 112)]), [0])
    assert [p.text for p in head.pieces] == ["Data Scien-", "2019"]
    # the company set in italics under a role is a part of its own
    head = _line([_piece("Data Scientist", 60, 230, 100), _piece("Leeds", 520, 550, 100)])
    below = _line([Piece([Span("Lantern Works", box=(60, 112, 150, 122), size=10.0, italic=True)], (60, 112, 150, 122)),
                   _piece("2019 – 2021", 490, 550, 112)])
    assert not join_cells(head, below, [0, 1])
    # a paragraph under a head, wider than the head's cell, is a line of its own
    head = _line([_piece("2019 – 2021", 20, 90, 100), _piece("Data Scientist, Lantern Works", 120, 300, 100)])
    assert not join_cells(head, _line([_piece("Builds forecasting tools for grocers across", 120, 550, 112)]), [1])
    # a last cell that stopped with room left for the next word did not wrap
    head = _line([_piece("2019 – 2021", 20, 90, 100), _piece("BSc in Statistics", 120, 220, 100)])
    assert not join_cells(head, _line([_piece("Northfield Polytechnic", 120, 240, 112)]), [1], right=550)
    assert join_cells(head, _line([_piece("Northfield Polytechnic", 120, 240, 112)]), [1], right=250)


def test_the_end_of_a_range_in_a_left_date_column_joins_it_and_the_role_beside_it_stays() -> None:
    head = _line([_piece("Jun 2010 – Sep", 48, 139, 100), _piece("Lantern Works — Leeds", 151, 330, 100)])
    below = _line([_piece("2012", 48, 74, 112), _piece("Junior Data Scientist", 151, 244, 112)])
    assert join_range_end(head, below)
    assert [p.text for p in head.pieces] == ["Jun 2010 – Sep 2012", "Lantern Works — Leeds"]
    assert [p.text for p in below.pieces] == ["Junior Data Scientist"]
    assert below.box[0] == 151
    # a whole range, or a piece that makes no range with it, stays as it is
    whole = _line([_piece("Jun 2010 – Sep 2012", 48, 139, 100), _piece("Lantern Works", 151, 330, 100)])
    assert not join_range_end(whole, _line([_piece("2013", 48, 74, 112), _piece("Data Scientist", 151, 244, 112)]))
    plain = _line([_piece("Northfield", 48, 139, 100), _piece("Lantern Works", 151, 330, 100)])
    assert not join_range_end(plain, _line([_piece("Polytechnic", 48, 110, 112), _piece("Leeds", 151, 244, 112)]))
