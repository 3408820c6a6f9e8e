"""A date range wrapped inside a right-aligned column of dates left of the text (``2015-10 to`` /
``2017-05``) is one cell over two rows; short items of a right-aligned list stay apart."""

from __future__ import annotations

from mlresume_gui.formats.reading.pdf.order import wrapped_cells
from mlresume_gui.formats.reading.pdf.rows import Row


def _row(text: str, top: float, cells: list[tuple[float, float]]) -> Row:
    return Row(text=text, x0=cells[0][0], x1=cells[-1][1], top=top, bottom=top + 10, size=10, bold=False,
               page=0, cells=cells)


def test_the_end_of_a_range_under_its_start_in_a_right_aligned_date_column_joins_it() -> None:
    head = _row("2015-10 to\tNorthfield Polytechnic, MSc in Statistics", 100, [(73, 122), (131, 470)])
    assert wrapped_cells(head, _row("2017-05", 113, [(86, 122)])) == [0]


def test_a_bullet_running_into_the_date_beside_it_does_not_take_the_next_line_as_the_dates() -> None:
    head = _row("• Built the churn model for the grocer with\tJune 2011 – Aug 2011", 100, [(73, 433), (432, 521)])
    assert wrapped_cells(head, _row("gradient-boosted trees and weekly refits", 113, [(85, 431)])) is None


def test_items_of_a_right_aligned_list_are_not_wraps_of_each_other() -> None:
    row = _row("Flax\tPandas", 100, [(300, 322), (380, 412)])
    assert wrapped_cells(row, _row("scikit-learn\tRedis", 113, [(268, 322), (390, 412)])) is None
