"""A column of dates and section headings beside the entries (``pdf.order.label_column``) is read
with them even when the dates do not share a baseline with an entry line; a range written with a
letter-spaced "t o" still reads as a range (``lineparse.find_dates``)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from mlresume_gui.formats.reading.lineparse import find_dates
from mlresume_gui.formats.reading.pdf.order import label_column
from mlresume_gui.formats.reading.pdf.rows import Piece


def _p(text: str, x0: float, y0: float) -> Piece:
    return Piece([], text, x0, x0 + 5 * len(text), y0, y0 + 8)


RIGHT = [
    _p(t, 150, 700 - 14 * k)
    for k, t in enumerate(
        [
            "Northfield University",
            "MSc: Applied Physics",
            "Westmere College",
            "BA: Philosophy",
            "Brindle Labs",
            "Research Engineer",
            "Built a solver for sparse systems",
        ]
    )
]


def test_dates_and_headings_set_apart_from_their_entries_are_labels() -> None:
    left = [
        _p("Education", 40, 700),
        _p("2014-09 to 2016-07", 40, 671),
        _p("2010-08 to 2014-07", 40, 643),
        _p("Experience", 40, 630),
        _p("2016 – 2021", 40, 610),
    ]
    assert label_column(left, RIGHT)


def test_a_sidebar_of_contacts_and_skills_is_no_label_column() -> None:
    left = [
        _p("Skills", 40, 697),
        _p("Python, Rust", 40, 681),
        _p("ada@example.org", 40, 667),
        _p("2016 – 2021", 40, 653),
        _p("Languages", 40, 637),
        _p("French", 40, 623),
    ]
    assert not label_column(left, RIGHT)


@given(
    st.integers(1990, 2030),
    st.integers(1, 12),
    st.integers(0, 5),
    st.sampled_from(["t o", "T O", "to"]),
)
def test_a_letter_spaced_to_joins_a_range(year: int, month: int, more: int, to: str) -> None:
    span = find_dates(f"{year}-{month:02d} {to} {year + more}-{month:02d}")
    assert span is not None and span.start is not None and span.end is not None
    assert (span.start.year, span.end.year) == (year, year + more)
