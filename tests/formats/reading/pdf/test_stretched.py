"""A line set justified, its spaces stretched past the width that parts columns, is one piece;
a gap before a column edge, or a single wide gap, still parts."""

from __future__ import annotations

from types import SimpleNamespace

from mlresume_gui.formats.reading.pdf.rows import Piece
from mlresume_gui.formats.reading.pdf.stretched import join_stretched


def _piece(text: str, x0: float, y: float) -> Piece:
    char = SimpleNamespace(size=10.0, get_text=lambda: "x")
    return Piece([char], text, x0, x0 + 5.0 * len(text), y, y + 10,
                 [(text, False, "Serif", 10.0, 0, x0, y, x0 + 5.0 * len(text), y + 10)])


def _page(first: list[tuple[str, float]]) -> list[list[Piece]]:
    """One line made of ``first``'s pieces, and lines below whose text starts at 150 (a column edge)."""
    lines = [[_piece(t, x, 700) for t, x in first]]
    lines += [[_piece("May 2019", 48, 690 - 12 * k), _piece(f"Entry {k}", 150, 690 - 12 * k)] for k in range(3)]
    return lines


def test_words_parted_by_alike_stretched_gaps_are_one_piece_and_the_column_edge_still_parts() -> None:
    out = join_stretched(_page([("October", 48), ("2010", 93), ("–", 123), ("PhD in Robotics", 150)]))
    texts = [p.text for p in out if p.y0 == 700]
    assert texts == ["October 2010 –", "PhD in Robotics"]
    joined = out[0]
    assert (joined.x0, joined.x1) == (48, 128)
    assert [w[0] for w in joined.words] == ["October", "2010", "–"] and joined.words[1][1] is True


def test_a_single_wide_gap_or_unlike_gaps_part_the_pieces() -> None:
    one = join_stretched(_page([("Lantern Works", 48), ("Leeds", 260)]))
    assert [p.text for p in one if p.y0 == 700] == ["Lantern Works", "Leeds"]
    unlike = join_stretched(_page([("Lantern", 48), ("Works", 93), ("Leeds", 133), ("UK", 190)]))
    assert [p.text for p in unlike if p.y0 == 700] == ["Lantern", "Works", "Leeds", "UK"]
