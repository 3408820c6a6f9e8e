"""Degree lines whose field or school stands before the degree, and schools named with their
campus (``degrees.parse_degree``)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from mlresume_gui.formats.reading.degrees import parse_degree

CASES = [
    (
        "Applied Physics, MSc, Northfield University",
        "MSc",
        "Applied Physics",
        "Northfield University",
    ),
    ("Data Science, PhD", "PhD", "Data Science", ""),
    (
        "Lakeshore Institute of Technology, Harborview, BEng in Robotics",
        "BEng",
        "Robotics",
        "Lakeshore Institute of Technology, Harborview",
    ),
    (
        "Westmere College, Eastbrook, MA Philosophy",
        "MA",
        "Philosophy",
        "Westmere College, Eastbrook",
    ),
    ("Brindle Labs, MSc Statistics", "MSc", "Statistics", "Brindle Labs"),
    ("MS Robotics 3.72/4.00", "MS", "Robotics", ""),
    ("BSc Mathematics (3.9/4.0)", "BSc", "Mathematics", ""),
]


@pytest.mark.parametrize(("text", "degree", "field", "school"), CASES)
def test_what_stands_before_the_degree(text: str, degree: str, field: str, school: str) -> None:
    d = parse_degree(text)
    assert d is not None
    assert (d.degree, d.field, d.institution) == (degree, field, school)


DEGREES = ["MSc", "BS", "PhD", "M.Eng.", "Bachelor of Arts"]
FIELDS = [
    "Computer Science",
    "Applied Mathematics",
    "Computational Linguistics",
    "Electrical Engineering",
]
SCHOOLS = ["Northfield University", "Lakeshore Institute of Technology", "Westmere College"]


@given(
    st.sampled_from(DEGREES),
    st.sampled_from(FIELDS),
    st.sampled_from(SCHOOLS),
    st.sampled_from([", ", " | "]),
)
def test_field_degree_school_in_that_order(degree: str, field: str, school: str, sep: str) -> None:
    d = parse_degree(f"{field}{sep}{degree}{sep}{school}")
    assert d is not None
    assert (d.degree, d.field, d.institution) == (degree, field, school)
