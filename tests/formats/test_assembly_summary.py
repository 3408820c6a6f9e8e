"""Prose under a summary heading is the summary, whatever entry role the labeller gave it, until an
entry header starts under that heading."""

from __future__ import annotations

from mlresume_gui.formats.reading.assembly import assemble
from mlresume_gui.formats.reading.labelling.segments import segments
from mlresume_gui.formats.reading.layout import LayoutDocument, LayoutLine, Piece, Span


def _doc(*texts: str) -> LayoutDocument:
    return LayoutDocument(lines=[LayoutLine(pieces=[Piece([Span(t, size=10.0)])]) for t in texts])


def _read(texts: list[str], roles: list[str]):
    doc = _doc(*texts)
    segs = segments(doc)
    assert len(segs) == len(roles)
    return assemble(doc, segs, roles, [0.9] * len(roles)).resume


def test_a_paragraph_labelled_as_a_bullet_under_a_summary_heading_is_the_summary():
    r = _read(["Nia Oduya", "Profile", "Applied scientist who turns messy sensor data into",
               "models that ship.", "Experience", "Tidewell Labs, Scientist", "Built a thing that mattered"],
              ["name", "heading", "p_bullet", "cont", "heading", "w_orgtitle", "w_bullet"])
    assert r.summary == "Applied scientist who turns messy sensor data into models that ship."
    assert r.projects == []
    assert len(r.experience) == 1 and [b.text for b in r.experience[0].bullets] == ["Built a thing that mattered"]


def test_an_entry_header_under_a_summary_heading_still_opens_its_entry():
    r = _read(["Summary", "Tidewell Labs, Scientist", "Built a thing that mattered"],
              ["heading", "w_orgtitle", "w_bullet"])
    assert r.summary == ""
    assert len(r.experience) == 1 and [b.text for b in r.experience[0].bullets] == ["Built a thing that mattered"]


def test_summary_prose_under_another_heading_stays_with_the_open_entry():
    r = _read(["Education", "Lakeshore Institute, MSc in Statistics", "GPA: 3.9/4.0", "Experience",
               "Tidewell Labs, Scientist", "Cut the nightly batch from six hours to forty minutes"],
              ["heading", "e_orgdeg", "summary", "heading", "w_orgtitle", "summary"])
    assert r.summary == ""
    assert len(r.education) == 1 and r.education[0].gpa == "3.9/4.0"
    assert [b.text for b in r.experience[0].bullets] == ["Cut the nightly batch from six hours to forty minutes"]


def test_a_summary_before_any_heading_is_still_the_summary():
    r = _read(["Nia Oduya", "Applied scientist who ships models.", "Experience"], ["name", "summary", "heading"])
    assert r.summary == "Applied scientist who ships models."


def test_labelled_contact_lines_under_the_summary_are_contact_details_not_summary():
    r = _read(["Ada Quill", "About", "Engineer who ships models.", "Phone: +44 20 7946 0958",
               "Email: ada@example.org", "Location: where the work is"],
              ["name", "heading", "summary", "other", "summary", "summary"])
    assert r.basics.phone.replace(" ", "") == "+442079460958"
    assert r.basics.email == "ada@example.org"
    assert "Phone" not in r.summary and "ada@" not in r.summary
    assert "where the work is" in r.summary
