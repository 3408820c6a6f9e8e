"""Education entries from labelled lines: a degree set apart from its school and field, degree
and school lines wrapped in a narrow column, a date range broken after its dash, a field on a
line of its own called a job title, and the degree parser's brackets."""

from __future__ import annotations

import pytest

from mlresume_gui.formats.reading.assembler import Assembler
from mlresume_gui.formats.reading.degrees import parse_degree, school_and_field
from mlresume_gui.formats.reading.labelling.segments import segments
from mlresume_gui.formats.reading.layout import LayoutDocument, LayoutLine, Piece, Span
from mlresume_gui.model import Education

Row = tuple[str, str, float, float]  # text, role, width of the line, gap above it


def _education(rows: list[Row], column: float = 200.0) -> list[Education]:
    lines = []
    y = 0.0
    for text, _, width, gap in rows:
        y += gap + 10
        box = (0.0, y, width, y + 10)
        lines.append(LayoutLine(pieces=[Piece([Span(text, box=box, size=10)], box=box)], box=box, gap_above=gap,
                                extra={"right_gap": column - width}))
    doc = LayoutDocument(lines=lines, kind="pdf")
    segs = segments(doc)
    a = Assembler(segs)
    a.run([role for _, role, _, _ in rows])
    return a.resume.education


def _fields(entries: list[Education]) -> list[tuple[str, str, str]]:
    return [(e.institution, e.degree, e.field) for e in entries]


def test_a_degree_in_a_column_of_its_own_then_school_and_field() -> None:
    got = _education([("Education", "heading", 60, 0), ("PhD", "other", 20, 8),
                      ("Northfield University, Computational Biology", "e_orgdeg", 190, 0),
                      ("Oct 2017 – Sept 2021", "e_date", 90, 0), ("MSc", "e_degree", 20, 8),
                      ("Westmere College, Mathematics", "e_degree", 150, 0)])
    assert _fields(got) == [("Northfield University", "PhD", "Computational Biology"),
                            ("Westmere College", "MSc", "Mathematics")]


def test_a_degree_and_a_school_wrapped_in_a_narrow_column() -> None:
    got = _education([("Education", "heading", 60, 0), ("M.S., Applied", "e_degree", 95, 8),
                      ("Mathematics", "e_degree", 70, 1), ("09/2014 -", "e_date", 50, 1), ("07/2016", "e_date", 40, 1),
                      ("Royal Academy of", "e_org", 100, 1), ("Kestrel Bay", "e_org", 60, 1)], column=110)
    assert _fields(got) == [("Royal Academy of Kestrel Bay", "M.S.", "Applied Mathematics")]
    assert (got[0].start.year, got[0].start.month, got[0].end.year) == (2014, 9, 2016)


def test_a_second_degree_name_starts_a_second_entry() -> None:
    got = _education([("Education", "heading", 60, 0), ("BSc Physics", "e_degree", 60, 8),
                      ("MSc Physics", "e_degree", 60, 1)], column=200)
    assert [e.degree for e in got] == ["BSc", "MSc"]


def test_a_field_called_a_job_title_under_an_education_heading() -> None:
    got = _education([("Education", "heading", 60, 0), ("Northfield University", "e_org", 120, 8),
                      ("2019 – 2021", "e_date", 60, 0), ("Machine Learning", "w_title", 90, 0), ("MS", "e_degree", 15, 0)])
    assert _fields(got) == [("Northfield University", "MS", "Machine Learning")]


def test_a_job_under_a_missed_heading_stays_a_job() -> None:
    doc_rows = [("Education", "heading", 60, 0), ("Northfield University, BSc Physics", "e_orgdeg", 150, 8),
                ("2015 – 2019", "e_date", 60, 0), ("Senior Data Scientist", "w_title", 110, 8)]
    got = _education(doc_rows)
    assert len(got) == 1 and got[0].field == "Physics"


def test_a_field_broken_at_a_hyphen_carries_on() -> None:
    got = _education([("Education", "heading", 60, 0), ("BS", "e_degree", 15, 8),
                      ("Northfield University, Kestrelton, Electrical Engineering and Computer Sci-", "e_orgdeg", 199, 0),
                      ("Aug 2002 – May 2006", "e_date", 90, 0), ("ences", "other", 30, 0)])
    assert _fields(got) == [("Northfield University, Kestrelton", "BS", "Electrical Engineering and Computer Sciences")]


@pytest.mark.parametrize(("text", "degree", "field", "school"), [
    ("BSc Computer Science (Artificial Intelligence)", "BSc", "Computer Science (Artificial Intelligence)", ""),
    ("Master of Science (M.Sc.) in Informatics", "Master of Science", "Informatics", ""),
    ("Bachelor of Technology (B.Tech.), Computer Science", "Bachelor of Technology", "Computer Science", ""),
    ("PhD, Machine Learning (thesis: robust inference)", "PhD", "Machine Learning", ""),
    ("MS Statistics at Northfield University", "MS", "Statistics", "Northfield University"),
    ("MSc (Machine Learning)", "MSc", "Machine Learning", ""),
])
def test_brackets_and_schools_after_the_field(text: str, degree: str, field: str, school: str) -> None:
    d = parse_degree(text)
    assert d is not None and (d.degree, d.field, d.institution) == (degree, field, school)


@pytest.mark.parametrize(("text", "school", "field"), [
    ("Northfield University, Computational Biology", "Northfield University", "Computational Biology"),
    ("Physics at Westmere College", "Westmere College", "Physics"),
    ("Kestrel Polytechnic, Computer Science", "Kestrel Polytechnic", "Computer Science"),
    ("Acme Holdings, Brankovo", "", ""),
])
def test_school_and_field_of_a_line_naming_no_degree(text: str, school: str, field: str) -> None:
    assert school_and_field(text) == (school, field)
