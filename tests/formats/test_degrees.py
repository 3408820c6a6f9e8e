"""Degree lines into degree, field and school, across countries' degree names and the orders
people write them in."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from mlresume_gui.formats.reading.degrees import find_degree, looks_like_school, parse_degree

CASES = [
    ("BTech in Computer Science", "BTech", "bachelor", "Computer Science", ""),
    ("MSc Machine Learning", "MSc", "master", "Machine Learning", ""),
    ("MENG IN ELECTRICAL ENGINEERING", "MENG", "master", "ELECTRICAL ENGINEERING", ""),
    ("Dipl.-Ing. Informatik", "Dipl.-Ing.", "master", "Informatik", ""),
    ("Northfield University, PhD in Physics", "PhD", "doctorate", "Physics", "Northfield University"),
    ("Ph.D., Computer Science", "Ph.D.", "doctorate", "Computer Science", ""),
    ("Bachelor of Science in Statistics", "Bachelor of Science", "bachelor", "Statistics", ""),
    ("Licence Informatique", "Licence", "bachelor", "Informatique", ""),
    ("Laurea Magistrale in Ingegneria Informatica", "Laurea Magistrale", "master", "Ingegneria Informatica", ""),
    ("Diplom Physik, Technische Universität Aldenburg", "Diplom", "master", "Physik", "Technische Universität Aldenburg"),
    ("Magister in Philosophy", "Magister", "master", "Philosophy", ""),
    ("Master 2 Data Science", "Master 2", "master", "Data Science", ""),
    ("M.S. Statistics | Lakeshore Institute of Technology | 2016 – 2018", "M.S.", "master", "Statistics",
     "Lakeshore Institute of Technology"),
    ("Master’s degree in Economics", "Master’s degree", "master", "Economics", ""),
    ("Associate of Science in Nursing", "Associate of Science", "associate", "Nursing", ""),
    ("Westmere College (MBA)", "MBA", "master", "", "Westmere College"),
    ("Expected May 2026, MSc Data Science", "MSc", "master", "Data Science", ""),
    ("BA Economics GPA: 3.8/4.0", "BA", "bachelor", "Economics", ""),
    ("Doctorat en Informatique, Université de Valmont", "Doctorat", "doctorate", "Informatique", "Université de Valmont"),
]


@pytest.mark.parametrize(("text", "degree", "level", "field", "school"), CASES)
def test_degree_lines(text: str, degree: str, level: str, field: str, school: str) -> None:
    d = parse_degree(text)
    assert d is not None
    assert (d.degree, d.level, d.field, d.institution) == (degree, level, field, school)
    assert text[d.begin:d.stop].startswith(degree.split("’")[0])


def test_honours_are_kept_apart() -> None:
    d = parse_degree("University of Kestrel — B.Sc. (Hons) Computer Engineering, First Class")
    assert d is not None and (d.field, d.institution, d.honours) == ("Computer Engineering", "University of Kestrel", "Hons")
    d = parse_degree("Bachelor of Arts, Economics, with honours")
    assert d is not None and (d.field, d.honours) == ("Economics", "with honours")


@pytest.mark.parametrize("text", ["Mastered the art of Python", "Led a team of engineers", "As a lead, I", "ms latency"])
def test_lines_that_name_no_degree(text: str) -> None:
    assert parse_degree(text) is None


def test_plain_words_count_as_degrees_only_as_written() -> None:
    assert find_degree("MA in History") is not None
    assert find_degree("ma in history") is None
    assert find_degree("AS IN APPLIED SCIENCE") is not None


def test_schools_are_recognised_in_several_languages() -> None:
    for school in ("Northfield University", "Universität Aldenburg", "École Polytechnique de Valmont",
                   "Instituto Tecnológico de Sur", "Westmere College", "Hochschule Rhein"):
        assert looks_like_school(school)
    assert not looks_like_school("Computer Science")


DEGREES = ["MSc", "M.Sc.", "Master of Science", "BSc", "B.S.", "Bachelor of Engineering", "PhD", "Ph.D.", "MEng", "BTech"]
FIELDS = ["Computer Science", "Machine Learning", "Applied Mathematics", "Electrical Engineering", "Statistics"]
SCHOOLS = ["Northfield University", "Lakeshore Institute of Technology", "Westmere College", "Universität Aldenburg"]


@given(st.sampled_from(DEGREES), st.sampled_from(FIELDS), st.sampled_from(SCHOOLS),
       st.sampled_from([" in ", " ", ", "]), st.sampled_from(["{d}{j}{f}, {s}", "{s}, {d}{j}{f}", "{s} — {d}{j}{f}",
                                                              "{d}{j}{f} | {s} | 2018 – 2020", "{s}, {d}{j}{f} (2019)"]),
       st.booleans())
def test_every_order_of_degree_field_and_school_splits_the_same(degree, field, school, join, shape, caps) -> None:
    text = shape.format(d=degree, j=join, f=field, s=school)
    if caps:
        text = text.upper()
    d = parse_degree(text)
    assert d is not None, text
    want = (degree, field, school) if not caps else (degree.upper(), field.upper(), school.upper())
    assert (d.degree, d.field, d.institution) == want, text
