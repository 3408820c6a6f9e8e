"""Education entries whose dates stand one year over the other, and a school's name wrapped onto a
line the labeller called a heading (``education_entries``)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from mlresume_gui.formats.reading.assembler import Assembler
from mlresume_gui.formats.reading.labelling.segments import segments
from mlresume_gui.formats.reading.layout import LayoutDocument, LayoutLine, Piece, Span

Row = tuple[str, str, int, float, bool]  # text, role, block, size, bold


def _run(rows: list[Row]) -> Assembler:
    lines = [
        LayoutLine(pieces=[Piece([Span(t, size=size, bold=bold)])], extra={"block": block})
        for t, _, block, size, bold in rows
    ]
    doc = LayoutDocument(lines=lines, kind="pdf")
    a = Assembler(segments(doc))
    a.run([r for _, r, _, _, _ in rows])
    return a


def _years(a: Assembler) -> list[tuple[int | None, int | None]]:
    return [
        (e.start.year if e.start else None, e.end.year if e.end else None)
        for e in a.resume.education
    ]


def test_two_stacked_years_are_one_range_and_a_wrapped_school_goes_on() -> None:
    a = _run(
        [
            ("Education", "heading", 0, 14, True),
            ("2013", "other", 1, 11, True),
            ("2015", "e_date", 1, 11, True),
            ("Lakeshore Institute of", "e_org", 2, 13, True),
            ("Harborview", "heading", 2, 13, True),
            ("MSc", "e_degree", 2, 11, False),
            ("Robotics", "e_degree", 3, 11, False),
            ("2009", "e_date", 4, 11, True),
            ("2013", "e_date", 4, 11, True),
            ("Westmere College", "e_org", 5, 13, True),
            ("BA", "e_degree", 5, 11, False),
        ]
    )
    assert _years(a) == [(2013, 2015), (2009, 2013)]
    assert [(e.institution, e.degree, e.field) for e in a.resume.education] == [
        ("Lakeshore Institute of Harborview", "MSc", "Robotics"),
        ("Westmere College", "BA", ""),
    ]


def test_a_heading_set_apart_still_opens_its_section() -> None:
    a = _run(
        [
            ("Education", "heading", 0, 14, True),
            ("Westmere College", "e_org", 1, 13, True),
            ("Volunteering", "heading", 2, 14, True),
            ("Tutor, Brindle Labs", "w_orgtitle", 3, 11, False),
        ]
    )
    assert a.resume.education[0].institution == "Westmere College"
    assert a.key == "volunteer"


@given(st.integers(1980, 2025), st.integers(0, 6))
def test_any_start_year_over_a_later_end_year(start: int, years: int) -> None:
    a = _run(
        [
            ("Education", "heading", 0, 14, True),
            ("Westmere College", "e_org", 1, 13, True),
            (str(start), "e_date", 2, 11, False),
            (str(start + years), "e_date", 2, 11, False),
        ]
    )
    assert _years(a) == [(start, start + years)]
