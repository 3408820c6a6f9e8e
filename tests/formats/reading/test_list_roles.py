"""Roles in list sections squared with the layout: left date columns, running footers, citation
parts on lines of their own, headings set smaller than the section's, headings in a left column."""

from __future__ import annotations

from mlresume_gui.formats.reading.assembly import assemble
from mlresume_gui.formats.reading.labelling.segments import segments
from mlresume_gui.formats.reading.layout import LayoutDocument, LayoutLine, Piece, Span


def _line(
    *pieces: tuple[str, float, bool],
    region: str = "body",
    right_gap: float | None = None,
    x: float = 60.0,
    top: float = 0.0,
) -> LayoutLine:
    out, left = [], x
    for text, size, bold in pieces:
        width = 0.5 * size * len(text)
        box = (left, top, left + width, top + size)
        out.append(Piece([Span(text, box=box, size=size, bold=bold)], box=box))
        left += width + 40
    line = LayoutLine(out, box=(x, top, left - 40, top + 10), region=region)
    if right_gap is not None:
        line.extra["right_gap"] = right_gap
    return line


def _read(lines: list[LayoutLine], roles: list[str]):
    doc = LayoutDocument(lines=lines, kind="pdf")
    segs = segments(doc)
    assert len(segs) == len(roles), [s.text for s in segs]
    return assemble(doc, segs, roles, [0.5] * len(roles)).resume


def test_a_date_in_a_left_column_goes_with_the_item_of_its_line() -> None:
    lines = [
        _line(("Ada Quill", 20, True)),
        _line(("Publications", 14, False)),
        _line(("May 2024", 10, False), ("Sparse Routing for Tiny Clinics", 10, True)),
        _line(("Maren Oduya, Ada Quill", 10, False)),
        _line(("ICML 2024", 10, False)),
        _line(("Dec 2023", 10, False), ("Quiet Gradients in Small Models", 10, True)),
        _line(("NeurIPS 2023", 10, False)),
    ]
    roles = ["name", "heading", "cont", "pub", "cont", "cont", "cont", "item", "cont"]
    pubs = _read(lines, roles).publications
    assert [p.title for p in pubs] == [
        "Sparse Routing for Tiny Clinics",
        "Quiet Gradients in Small Models",
    ]
    assert [(p.date.year, p.date.month) for p in pubs] == [(2024, 5), (2023, 12)]
    assert pubs[0].authors == ["Maren Oduya", "Ada Quill"]
    assert [p.venue for p in pubs] == ["ICML 2024", "NeurIPS 2023"]


def test_a_running_footer_amid_a_citation_is_held_and_the_citation_goes_on() -> None:
    lines = [
        _line(("Ada Quill", 20, True)),
        _line(("Publications", 14, False)),
        _line(("Sparse Routing for Tiny Clinics", 10, True)),
        _line(("Ada Quill - Page 1 of 2", 8, False), region="footer"),
        _line(("ICML 2024", 10, False)),
    ]
    resume = _read(lines, ["name", "heading", "pub", "cont", "cont"])
    assert [(p.title, p.venue) for p in resume.publications] == [
        ("Sparse Routing for Tiny Clinics", "ICML 2024")
    ]
    held = [e.title for s in resume.custom if s.holding for e in s.entries]
    assert held == ["Ada Quill - Page 1 of 2"]


def test_a_date_line_the_labeller_calls_an_item_carries_the_citation_on() -> None:
    lines = [
        _line(("Ada Quill", 20, True)),
        _line(("Publications", 14, False)),
        _line(("Sparse Routing for Tiny Clinics", 10, True)),
        _line(("Published on: Mar 01, 2021", 9, False)),
        _line(("Quiet Gradients in Small Models", 10, True)),
        _line(("Published on: Sep 01, 2022", 9, False)),
    ]
    pubs = _read(lines, ["name", "heading", "pub", "other", "pub", "other"]).publications
    assert [(p.title, p.date.year, p.date.month) for p in pubs] == [
        ("Sparse Routing for Tiny Clinics", 2021, 3),
        ("Quiet Gradients in Small Models", 2022, 9),
    ]


def test_headings_set_smaller_than_the_sections_are_its_items_and_their_wrapped_lines() -> None:
    lines = [
        _line(("Ada Quill", 20, True)),
        _line(("Publications", 20, False)),
        _line(("Sparse Routing for Tiny", 16, True), right_gap=2.0),
        _line(("Clinics", 16, True)),
        _line(("Published by KDD 2022", 10, False)),
        _line(("Quiet Gradients", 16, True)),
    ]
    pubs = _read(lines, ["name", "heading", "name", "heading", "pub", "heading"]).publications
    assert [p.title for p in pubs][:1] == ["Sparse Routing for Tiny Clinics"]
    assert pubs[0].venue == "KDD 2022"
    assert "Quiet Gradients" in [p.title for p in pubs]


def test_a_heading_in_a_left_column_beside_a_sections_first_line() -> None:
    lines = [
        _line(("Ada Quill", 20, True)),
        _line(("Publications", 16, False), ("Sparse Routing for Tiny Clinics", 12, True)),
        _line(("Published by KDD 2022", 10, False)),
        _line(("Skills", 16, False), ("Python, Rust, SQL", 10, False)),
    ]
    resume = _read(lines, ["name", "heading", "pub", "cont", "other", "skill"])
    assert [p.title for p in resume.publications] == ["Sparse Routing for Tiny Clinics"]
    assert [k for g in resume.skills for k in g.items] == ["Python", "Rust", "SQL"]


def test_a_whole_line_set_as_the_heading_and_naming_a_section_is_one() -> None:
    lines = [
        _line(("Ada Quill", 20, True)),
        _line(("Education (2)", 18, True)),
        _line(("Publications (1)", 18, True)),
        _line(("Sparse Routing for Tiny Clinics", 10, False)),
    ]
    resume = _read(lines, ["name", "heading", "item", "pub"])
    assert [p.title for p in resume.publications] == ["Sparse Routing for Tiny Clinics"]


def test_a_place_between_contact_lines_under_a_second_about_heading_is_the_persons() -> None:
    lines = [
        _line(("Ada Quill", 20, True)),
        _line(("Summary", 12, False)),
        _line(("Builds small models for clinics.", 10, False)),
        _line(("About", 12, False)),
        _line(("Leeds England GB", 9, False)),
        _line(("ada@example.org", 9, False)),
    ]
    resume = _read(lines, ["name", "heading", "summary", "heading", "other", "contact"])
    assert resume.basics.location.city == "Leeds"
    assert resume.summary == "Builds small models for clinics."
