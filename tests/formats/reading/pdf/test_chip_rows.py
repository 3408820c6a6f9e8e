"""Chips: a page that draws its word spaces sets boxed tags apart by gaps with no space in them."""

from __future__ import annotations

from pdfminer.layout import LTAnno, LTChar, LTTextLineHorizontal
from pdfminer.pdfinterp import PDFGraphicState

from mlresume_gui.formats.reading.pdf.rows import _draws_spaces, _pieces


class _Font:
    fontname = "Sans"

    def is_vertical(self) -> bool:
        return False

    def get_descent(self) -> float:
        return -0.2

    def get_height(self) -> float:
        return 1.0


def _line(text: str, gaps: dict[int, float]) -> LTTextLineHorizontal:
    """A line of 10 pt characters 5 pt wide; ``gaps`` adds room before character k, with an
    inferred (not drawn) space there."""
    line = LTTextLineHorizontal(0.1)
    x = 0.0
    for k, t in enumerate(text):
        if k in gaps:
            line._objs.append(LTAnno(" "))
            x += gaps[k]
        line.add(
            LTChar(
                (1, 0, 0, 1, x, 100), _Font(), 10.0, 1.0, 0.0, t, 0.5, None, None, PDFGraphicState()
            )
        )
        x += 5.0
    return line


def test_a_gap_with_no_space_drawn_parts_chips_on_a_page_that_draws_its_spaces() -> None:
    line = _line("Ray Kueue", {4: 1.0})  # a drawn space widened (justified text) is no chip gap
    assert [p.text for p in _pieces(_line("Argo Flow", {}), True)] == ["Argo Flow"]
    assert [p.text for p in _pieces(_line("RayKueue", {3: 6.0}), True)] == ["Ray", "Kueue"]
    assert len(_pieces(line, True)) == 1  # a drawn space is in that gap: one run


def test_the_same_gap_on_a_page_that_infers_its_spaces_is_a_word_space() -> None:
    assert [" ".join(p.text.split()) for p in _pieces(_line("RayKueue", {3: 6.0}), False)] == [
        "Ray Kueue"
    ]


def test_a_gap_beside_a_separator_is_the_separators_spacing() -> None:
    assert len(_pieces(_line("Lyon|Ada", {4: 6.0, 5: 6.0}), True)) == 1


def test_a_page_draws_its_spaces_when_most_spaces_are_characters() -> None:
    assert _draws_spaces([_line("a b c", {})])
    assert not _draws_spaces([_line("abc", {1: 3.0, 2: 3.0})])
