"""The conventions MLResume's exporters write, which are common ones, read back by the importers:
a role with no organisation, a typed dash inside a real list item, brackets beside dates, quoted
publication titles, custom entries, competitions laid out as entries, and a detail line under a
heading that had room to spare (not a wrapped cell)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from mlresume_gui.formats.reading.entries import (
    Block,
    custom_entry_from_block,
    experience_from_block,
)
from mlresume_gui.formats.reading.items import is_competition_detail, publication_from_text
from mlresume_gui.formats.reading.lineparse import Joined, find_dates, join_wrapped, remove_span
from mlresume_gui.formats.reading.pdf.order import wrapped_cells
from mlresume_gui.formats.reading.pdf.rows import Row
from mlresume_gui.formats.reading.structure import Line, build_resume
from mlresume_gui.formats.writing.layout import CLOSE_QUOTE, OPEN_QUOTE, build_layout, plain
from mlresume_gui.formats.writing.templates import load_template
from mlresume_gui.model import Competition, PartialDate, Publication, Resume


def test_a_heading_that_is_only_a_role_fills_the_title() -> None:
    job, _ = experience_from_block(Block(head=["Research Intern\t2019"]))
    assert (job.company, job.title, job.start) == ("", "Research Intern", PartialDate(2019))
    for org in ("Acme Labs", "Scale AI", "Google Research"):
        job, _ = experience_from_block(Block(head=[org]))
        assert (job.company, job.title) == (org, ""), org


def test_a_dash_typed_in_a_real_list_item_is_its_text() -> None:
    r = build_resume([
        Line("Ada Lee"), Line("EXPERIENCE", bold=True), Line("Acme Corp — Engineer\t2020 – 2022"),
        Line("- not a nested list, 3 × faster", bullet=True),
        Line("• a glyph typed twice", bullet=True),
        Line("- a plain-text bullet"),
    ])
    assert [b.text for b in r.experience[0].bullets] == [
        "- not a nested list, 3 × faster", "a glyph typed twice", "a plain-text bullet"]


def test_a_date_leaves_the_brackets_that_belong_to_the_text() -> None:
    cases = {
        "M.S., Computer Science (Machine Learning)\tSep 2015 – Jun 2017": "M.S., Computer Science (Machine Learning)",
        "Acme (2019 – 2021)": "Acme",
        "Acme Corp (London, 2019)": "Acme Corp (London)",
        "Acme (2019, London)": "Acme (London)",
        "[2019] Acme": "Acme",
    }
    for text, rest in cases.items():
        assert remove_span(text, find_dates(text)) == rest, text


def test_quoted_titles_with_colons_and_accented_authors() -> None:
    pub, _ = publication_from_text("Z. Ångström-Núñez. “A Title: With Colons. Part 2.” ICLR, 2023. 1 citation.")
    assert (pub.title, pub.authors, pub.venue, pub.year, pub.citations) == (
        "A Title: With Colons. Part 2", ["Z. Ångström-Núñez"], "ICLR", 2023, 1)
    pub, _ = publication_from_text("“Scaling Laws.” ICML Workshop on Efficient Systems, 2024.")
    assert (pub.title, pub.authors, pub.venue, pub.workshop) == ("Scaling Laws", [], "ICML Workshop on Efficient Systems", True)


def test_a_year_written_into_the_venue_name_stays_there() -> None:
    for text, venue in (("A. Bo. “T.” AISTATS 2018.", "AISTATS 2018"), ("A. Bo. Scaling Things. ICML, 2018.", "ICML"),
                        ("A. Bo. Scaling Things. ICML (2018).", "ICML")):
        pub, _ = publication_from_text(text)
        assert (pub.venue, pub.year) == (venue, 2018), text


def test_exported_publications_quote_the_title_and_read_back() -> None:
    r = Resume()
    r.basics.name = "Ada Lee"
    r.publications = [Publication(title="Why “Attention”? A Study", authors=["Ada Lee", "B. Kim"], venue="AISTATS 2018",
                                  date=PartialDate(2018), citations=3)]
    line = build_layout(r, load_template()).sections[0].items[0]
    text = plain(line.spans)
    assert f"{OPEN_QUOTE}Why “Attention”? A Study.{CLOSE_QUOTE}" in text and "AISTATS 2018." in text
    pub, _ = publication_from_text(text)
    assert (pub.title, pub.authors, pub.venue, pub.year, pub.citations) == (
        "Why “Attention”? A Study", ["Ada Lee", "B. Kim"], "AISTATS 2018", 2018, 3)
    r.publications[0].title = "Is Attention All You Need?"
    text = plain(build_layout(r, load_template()).sections[0].items[0].spans)
    assert "Need?." not in text and publication_from_text(text)[0].title == "Is Attention All You Need?"


def test_custom_entries_keep_title_subtitle_and_date() -> None:
    entry = custom_entry_from_block(Block(head=["PyData — Keynote\t2024"], bullets=["Spoke to 800 people"]))
    assert (entry.title, entry.subtitle, entry.date, [b.text for b in entry.bullets]) == (
        "PyData", "Keynote", "2024", ["Spoke to 800 people"])


def test_competitions_laid_out_as_entries_or_as_one_line_each() -> None:
    r = build_resume([
        Line("Ada Lee"), Line("COMPETITIONS", bold=True),
        Line("M5 Forecasting Accuracy — Kaggle\t2021"), Line("31st of 4,958 teams"), Line("Approach: LightGBM with lag features"),
        Line("Google Landmark Recognition — Kaggle"), Line("9th of 3,315 teams"),
        Line("Feedback Prize — Kaggle"),
    ])
    got = [(c.name, c.platform, c.placement, c.teams, c.approach) for c in r.competitions]
    assert got == [
        ("M5 Forecasting Accuracy", "Kaggle", "31st of 4,958 teams", 4958, "LightGBM with lag features"),
        ("Google Landmark Recognition", "Kaggle", "9th of 3,315 teams", 3315, ""),
        ("Feedback Prize", "Kaggle", "", None, ""),
    ]
    one = build_resume([Line("Ada Lee"), Line("COMPETITIONS", bold=True),
                        Line("• Kaggle — Feedback Prize: 22nd of 4,905 teams — DeBERTa-v3 with pseudo-labelling")])
    c = one.competitions[0]
    assert (c.name, c.placement, c.teams, c.approach) == ("Feedback Prize", "22nd of 4,905 teams", 4905, "DeBERTa-v3 with pseudo-labelling")
    assert is_competition_detail("Top 1% of 2,000 teams") and not is_competition_detail("Top Secret Challenge")


def test_the_field_size_is_written_once() -> None:
    r = Resume()
    r.competitions = [Competition(name="M5", platform="Kaggle", placement="31st of 4,958 teams", teams=4958),
                      Competition(name="Santa", platform="Kaggle", placement="22nd", teams=2907)]
    metas = [e.meta for e in build_layout(r, load_template()).sections[0].items]
    assert metas == ["31st of 4,958 teams", "22nd · 2,907 teams"]


def _row(text: str, x0: float, top: float, cells: list[tuple[float, float]]) -> Row:
    return Row(text=text, x0=x0, x1=cells[-1][1], top=top, bottom=top + 10, size=10, bold=False, page=0, cells=cells)


def test_a_short_line_under_a_heading_with_room_left_is_its_own_line() -> None:
    wide = _row("University of Toronto — M.S.\tSep 2015 – Jun 2017", 40, 100, [(40, 330), (480, 570)])
    assert wrapped_cells(wide, _row("GPA: 3.9/4.0", 40, 111, [(40, 95)])) is None
    narrow = _row("University College\t2012 to 2016", 40, 100, [(40, 150), (160, 210)])
    assert wrapped_cells(narrow, _row("London", 40, 111, [(40, 75)])) == [0]
    unfinished = _row("University of\tSep 2015 – Jun 2017", 40, 100, [(40, 110), (480, 570)])
    assert wrapped_cells(unfinished, _row("Cambridge", 40, 111, [(40, 90)])) == [0]
    # a role and a place over a company and its dates: two rows, not one wrapped (the dates only start below)
    place = _row("Staff Engineer\tLeeds, UK", 40, 100, [(40, 140), (520, 570)])
    below = _row("Lantern Works\tMar 2021 – present", 40, 111, [(40, 120), (490, 570)])
    assert wrapped_cells(place, below, strict=True) is None
    wrapped = _row("Staff Engineer\tLeeds, UK · May 2019 to", 40, 100, [(40, 140), (460, 570)])
    assert wrapped_cells(wrapped, _row("Lantern Works\tJune 2021", 40, 111, [(40, 120), (525, 570)]), strict=True) == [0, 1]


@given(st.lists(st.text(alphabet="ab -,\t/x", min_size=0, max_size=30), min_size=1, max_size=30))
def test_joined_lines_match_joining_them_one_by_one(parts: list[str]) -> None:
    want = parts[0]
    joined = Joined(parts[0])
    for part in parts[1:]:
        want = join_wrapped(want, part)
        joined.add(part)
    assert joined.text() == want
