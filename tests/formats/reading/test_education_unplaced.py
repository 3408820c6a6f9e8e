"""Education lines the labeller left unplaced or called a continuation, read from what they
hold (``education_entries``), and bare grades (``degrees.bare_grade``)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from mlresume_gui.formats.reading.assembler import Assembler
from mlresume_gui.formats.reading.degrees import bare_grade, honours_only
from mlresume_gui.formats.reading.labelling.segments import segments
from mlresume_gui.formats.reading.layout import LayoutDocument, LayoutLine, Piece, Span
from mlresume_gui.model import Education


def _education(rows: list[tuple[str, str]]) -> Assembler:
    lines = [LayoutLine(pieces=[Piece([Span(text, size=10.0)])]) for text, _ in rows]
    doc = LayoutDocument(lines=lines, kind="pdf")
    a = Assembler(segments(doc))
    a.run([role for _, role in rows])
    return a


def _fields(entries: list[Education]) -> list[tuple[str, str, str, str]]:
    return [(e.institution, e.degree, e.field, e.gpa) for e in entries]


def test_degree_lines_left_unplaced_become_entries() -> None:
    a = _education(
        [
            ("Education", "heading"),
            ("Applied Physics, MSc, Northfield University", "other"),
            ("Mar, 2014 - Jun, 2016", "other"),
            ("3.71/4.00", "other"),
            ("Westmere College", "item"),
            ("BA Philosophy", "e_degree"),
        ]
    )
    got = a.resume.education
    assert _fields(got) == [
        ("Northfield University", "MSc", "Applied Physics", "3.71/4.00"),
        ("Westmere College", "BA", "Philosophy", ""),
    ]
    assert (got[0].start.year, got[0].start.month, got[0].end.year) == (2014, 3, 2016)
    assert "unsorted" not in a.targets


def test_a_grade_called_a_continuation_is_no_part_of_the_field() -> None:
    a = _education(
        [
            ("Education", "heading"),
            ("Lakeshore Institute of Technology", "e_org"),
            ("MS Robotics", "e_degree"),
            ("GPA 3.8", "cont"),
            ("summa cum laude", "cont"),
        ]
    )
    (e,) = a.resume.education
    assert (e.field, e.gpa) == ("Robotics", "3.8")
    assert "summa cum laude" in e.notes


def test_a_job_line_left_unplaced_under_education_stays_unplaced() -> None:
    a = _education(
        [
            ("Education", "heading"),
            ("BSc Physics, Westmere College", "e_orgdeg"),
            ("Teaching Assistant, Westmere College", "other"),
        ]
    )
    (e,) = a.resume.education
    assert e.institution == "Westmere College"
    assert a.targets[-1] == "unsorted"


@pytest.mark.parametrize(
    "text", ["3.94/4.00", "GPA 3.9", "4.0", "87%", "CGPA: 8.6/10", "(3.7/4.0)", "Grade 1,3"]
)
def test_bare_grades(text: str) -> None:
    assert bare_grade(text)


@pytest.mark.parametrize(
    "text", ["2019", "12", "MSc 3.9", "Top 5%  of the class", "Python 3.11 tooling", ""]
)
def test_not_bare_grades(text: str) -> None:
    assert bare_grade(text) is None


def test_honours_alone() -> None:
    assert (
        honours_only("First class")
        and honours_only("summa cum laude")
        and honours_only("(with distinction)")
    )
    assert not honours_only("First class of students") and not honours_only("")


@given(
    st.integers(0, 400),
    st.integers(0, 99),
    st.sampled_from(["", "GPA ", "GPA: ", "Grade "]),
    st.sampled_from(["", "/4.0", " / 5", "/10"]),
)
def test_any_decimal_grade_with_or_without_a_word_is_a_grade(
    whole: int, frac: int, word: str, out_of: str
) -> None:
    text = f"{word}{whole % 10}.{frac}{out_of}"
    assert bare_grade(text) == f"{whole % 10}.{frac}{out_of}".strip()
