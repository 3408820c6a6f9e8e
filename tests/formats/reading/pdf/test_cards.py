"""Cards set side by side (schools in a grid) are found as runs of rows; label tables, tables of
wrapping lists and a head beside its dates are not."""

from __future__ import annotations

from types import SimpleNamespace

from mlresume_gui.formats.reading.pdf.cards import card_runs
from mlresume_gui.formats.reading.pdf.rows import Piece, Row

BOLD, PLAIN, GREY = ("Sans-Bold", 11.0, "0"), ("Sans", 9.0, "0"), ("Sans", 9.0, "0.5")


def _row(top: float, *cells: tuple[str, float, tuple]) -> Row:
    parts, boxes = [], []
    for text, x0, (font, size, colour) in cells:
        x1 = x0 + 5.5 * len(text)
        char = SimpleNamespace(fontname=font, size=size, graphicstate=SimpleNamespace(ncolor=colour))
        parts.append(Piece([char], text, x0, x1, 0.0, 10.0))
        boxes.append((x0, x1))
    return Row(text="\t".join(c[0] for c in cells), x0=boxes[0][0], x1=boxes[-1][1], top=top, bottom=top + 10,
               size=cells[0][2][1], bold=False, page=0, cells=boxes, parts=parts)


def test_two_schools_side_by_side_are_a_grid_of_cards() -> None:
    rows = [
        _row(80, ("Experience ends here", 50, PLAIN)),
        _row(100, ("Northfield Polytechnic", 50, BOLD), ("Lakeshore University", 300, BOLD)),
        _row(112, ("Aug 2010 - Jul 2012", 50, GREY), ("Oct 2006 - Jun 2010", 302, GREY)),
        _row(124, ("MSc - Robotics", 50, PLAIN), ("BSc - Physics", 302, PLAIN)),
    ]
    assert card_runs(rows) == [(1, 4)]


def test_a_table_of_labels_and_values_is_no_grid() -> None:
    rows = [_row(100 + 12 * k, ("DATA", 50, BOLD), ("Polars, Spark, dbt", 170, PLAIN)) for k in range(3)]
    assert card_runs(rows) == []


def test_a_table_of_lists_that_wrap_in_their_cells_is_no_grid() -> None:
    rows = [
        _row(100, ("Statistics", 42, BOLD), ("Libraries", 222, BOLD)),
        _row(112, ("Bayesian Inference ·", 42, PLAIN), ("PyTorch · NumPyro ·", 222, PLAIN)),
        _row(124, ("Causal Inference", 42, PLAIN), ("scikit-learn", 222, PLAIN)),
    ]
    assert card_runs(rows) == []


def test_rows_far_apart_or_of_one_style_only_are_no_grid() -> None:
    same = [_row(100 + 12 * k, (f"Item {k}", 50, PLAIN), (f"Other {k}", 300, PLAIN)) for k in range(3)]
    assert card_runs(same) == []
    apart = [_row(100, ("Northfield Polytechnic", 50, BOLD), ("Lakeshore University", 300, BOLD)),
             _row(160, ("MSc - Robotics", 50, PLAIN), ("BSc - Physics", 302, PLAIN))]
    assert card_runs(apart) == []
