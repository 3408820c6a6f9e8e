"""The name at the top of a resume: lines that are no name, a name with more on its line, a
name set over two lines (cut between words, at a hyphen or after a particle)."""

from __future__ import annotations

import pytest

from mlresume_gui.formats.reading.assembler import Assembler
from mlresume_gui.formats.reading.labelling.segments import segments
from mlresume_gui.formats.reading.layout import LayoutDocument, LayoutLine, Piece, Span
from mlresume_gui.formats.reading.names import continues_name, is_date_line, join_name, split_name


@pytest.mark.parametrize(("text", "name", "rest"), [
    ("Maren Oduya's CV", "Maren Oduya", ""),
    ("MAREN ODUYA — RESUME", "MAREN ODUYA", ""),
    ("Curriculum Vitae: Maren Oduya", "Maren Oduya", ""),
    ("Maren Oduya, Machine Learning Engineer", "Maren Oduya", "Machine Learning Engineer"),
    ("Maren Oduya | Data Scientist", "Maren Oduya", "Data Scientist"),
    ("RESUME", "", ""),
    ("Last updated in June 2025", "", "Last updated in June 2025"),
    ("Oduya, Maren", "Oduya, Maren", ""),
    ("Maren Kessel-", "Maren Kessel-", ""),
])
def test_what_a_name_line_holds(text: str, name: str, rest: str) -> None:
    assert split_name(text) == (name, rest)


def test_date_lines() -> None:
    assert is_date_line("Last updated: 03/2024") and is_date_line("Updated on 12 May 2025")
    assert not is_date_line("Maren Oduya") and not is_date_line("Joined in 2019 as an engineer")


def test_a_name_carried_on() -> None:
    assert continues_name("Maren", "Oduya", adjacent=True)
    assert continues_name("Maren van der", "Linde", adjacent=False)
    assert continues_name("Maren Kessel-", "Brandt", adjacent=False)
    assert join_name("Maren Kessel-", "Brandt") == "Maren Kessel-Brandt"
    assert not continues_name("Maren Oduya", "Research Scientist", adjacent=True)
    assert not continues_name("Maren Oduya", "Experience", adjacent=True)
    assert not continues_name("Maren Oduya", "London, UK", adjacent=True)
    assert not continues_name("Maren", "maren@example.org", adjacent=True)


def _doc(lines: list[tuple[str, float]]) -> LayoutDocument:
    return LayoutDocument(lines=[LayoutLine(pieces=[Piece([Span(t, size=s)])]) for t, s in lines], kind="pdf")


def _basics(lines: list[tuple[str, float]], roles: list[str]):
    doc = _doc(lines)
    segs = segments(doc)
    a = Assembler(segs)
    a.run(roles)
    return a.resume.basics


def test_a_name_over_two_lines_the_second_called_a_name_again() -> None:
    b = _basics([("Maren", 24), ("Oduya", 24), ("Research Scientist", 12), ("Experience", 14)],
                ["name", "name", "headline", "heading"])
    assert (b.name, b.headline) == ("Maren Oduya", "Research Scientist")


def test_a_first_name_taken_for_a_heading() -> None:
    b = _basics([("Maren", 24), ("van der Linde", 24), ("Research Scientist", 12), ("Profile", 14)],
                ["heading", "name", "headline", "heading"])
    assert (b.name, b.headline) == ("Maren van der Linde", "Research Scientist")


def test_a_name_cut_at_a_hyphen_across_a_contact() -> None:
    b = _basics([("Maren Kessel-", 24), ("+44 20 7946 0958", 10), ("Brandt", 24), ("Experience", 14)],
                ["name", "contact", "name", "heading"])
    assert b.name == "Maren Kessel-Brandt" and b.phone


def test_a_header_line_before_the_name_is_no_name() -> None:
    b = _basics([("Last updated in June 2025", 9), ("Maren Oduya", 24), ("Experience", 14)],
                ["name", "name", "heading"])
    assert b.name == "Maren Oduya"
    b = _basics([("RESUME", 20), ("Maren Oduya", 24), ("Experience", 14)], ["name", "name", "heading"])
    assert b.name == "Maren Oduya"


def test_a_heading_of_another_size_stays_a_heading() -> None:
    b = _basics([("Summary", 14), ("Maren Oduya", 24), ("Experience", 14)], ["heading", "name", "heading"])
    assert b.name == "Maren Oduya"


def test_a_line_that_is_no_name_gives_way_to_the_name_set_larger_below_it() -> None:
    b = _basics([("Jump to main text", 10), ("Maren Oduya", 24), ("maren@example.org", 10), ("Experience", 14)],
                ["name", "cont", "contact", "heading"])
    assert b.name == "Maren Oduya" and b.email == "maren@example.org"


def test_a_title_called_the_name_under_the_name_called_a_heading() -> None:
    b = _basics([("Maren Oduya", 14), ("Data Scientist (Contract)", 10), ("Experience", 14)],
                ["heading", "name", "heading"])
    assert (b.name, b.headline) == ("Maren Oduya", "Data Scientist (Contract)")


def test_a_name_shaped_line_stays_the_name() -> None:
    b = _basics([("Maren Oduya", 10), ("Kestrel Analytics", 24), ("Experience", 14)], ["name", "other", "heading"])
    assert b.name == "Maren Oduya"


def test_a_headline_beside_the_name_wrapped_onto_the_next_line_is_one_headline() -> None:
    doc = _doc([("Maren Oduya | ML Platform", 24), ("Engineer", 24), ("Experience", 14)])
    segs = segments(doc)
    assert [s.text for s in segs][:2] == ["Maren Oduya", "ML Platform"]
    a = Assembler(segs)
    a.run(["name", "name", "headline", "heading"])
    assert (a.resume.basics.name, a.resume.basics.headline) == ("Maren Oduya", "ML Platform Engineer")
    # a name in two pieces with no bar between them stays one name
    two = LayoutDocument(lines=[LayoutLine(pieces=[Piece([Span("Maren", size=24)]), Piece([Span("Oduya", size=24)])]),
                                LayoutLine(pieces=[Piece([Span("Data Scientist", size=12)])])], kind="pdf")
    a = Assembler(segments(two))
    a.run(["name", "name", "headline"])
    assert (a.resume.basics.name, a.resume.basics.headline) == ("Maren Oduya", "Data Scientist")
