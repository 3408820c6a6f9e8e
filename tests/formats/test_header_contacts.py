"""Contact details at the top of a resume that the labeller misreads: a place set among the
contact lines but called prose, an e-mail or web address cut at a narrow column's edge, a row of
profile icons that carry links but no text."""

from __future__ import annotations

from mlresume_gui.formats.reading.assembler import Assembler
from mlresume_gui.formats.reading.labelling.segments import segments
from mlresume_gui.formats.reading.layout import LayoutDocument, LayoutLine, Piece, Span
from mlresume_gui.formats.reading.pdf.links import attach_links
from mlresume_gui.formats.reading.pdf.rows import Row


def _read(lines: list[str], roles: list[str], column: int = 0):
    doc = LayoutDocument(lines=[LayoutLine(pieces=[Piece([Span(t, size=10)])], column=column) for t in lines], kind="pdf")
    a = Assembler(segments(doc))
    a.run(roles)
    return a.resume


def test_a_place_among_the_contact_lines_called_prose() -> None:
    r = _read(["Maren Oduya", "Profile", "Kestrelton WA US", "maren@example.org", "Experience"],
              ["name", "heading", "summary", "contact", "heading"])
    loc = r.basics.location
    assert (loc.city, loc.region, loc.country_code) == ("Kestrelton", "WA", "US")
    assert not r.summary


def test_a_labelled_place_left_unplaced_before_the_first_heading() -> None:
    r = _read(["Maren Oduya", "+44 20 7946 0958", "Location: Aldenburg, Bavaria", "maren@example.org", "Skills"],
              ["name", "contact", "other", "contact", "heading"])
    assert (r.basics.location.city, r.basics.location.region) == ("Aldenburg", "Bavaria")


def test_prose_between_contact_lines_stays_prose() -> None:
    r = _read(["Maren Oduya", "Profile", "I build ranking systems for search.", "maren@example.org", "Skills"],
              ["name", "heading", "summary", "contact", "heading"])
    assert r.summary.startswith("I build") and not r.basics.location.city


def test_an_email_and_a_site_cut_at_the_column_edge() -> None:
    r = _read(["Maren Oduya", "maren.oduya@exam", "ple.org", "oduya-lab.example.c", "om", "Experience"],
              ["name", "contact", "contact", "contact", "contact", "heading"])
    assert r.basics.email == "maren.oduya@example.org"
    assert r.basics.url == "https://oduya-lab.example.com"


def _row(top: float, x0: float = 50, x1: float = 300) -> Row:
    return Row(text="x", x0=x0, x1=x1, top=top, bottom=top + 10, size=10, bold=False, page=0)


def test_a_link_over_no_text_goes_to_the_closest_row() -> None:
    rows = [_row(100), _row(130), _row(400)]
    height = 800
    # an icon 8 pt below the second row, and one far from every row
    attach_links(rows, [((60, height - 156, 72, height - 148), "https://github.com/oduya"),
                        ((60, height - 260, 72, height - 250), "https://example.org/far")], height)
    assert rows[1].links == ["https://github.com/oduya"]
    assert not rows[0].links and not rows[2].links
