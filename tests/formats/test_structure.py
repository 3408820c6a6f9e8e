"""Shared import structure: dates, bullets, headings, contacts and the line -> model pass."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from mlresume_gui.formats.reading.contacts import is_location, take_contacts
from mlresume_gui.formats.reading.entries import Block, education_from_block, experience_from_block
from mlresume_gui.formats.reading.items import publication_from_text, skill_group_from_text
from mlresume_gui.formats.reading.lineparse import (
    clean,
    find_dates,
    join_wrapped,
    parse_date,
    strip_bullet,
)
from mlresume_gui.formats.reading.nothing_lost import missing_lines
from mlresume_gui.formats.reading.structure import UNSORTED, Line, build_resume, section_for_heading
from mlresume_gui.model import PRESENT, Basics, PartialDate

MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
years = st.integers(min_value=1960, max_value=2090)
months = st.integers(min_value=1, max_value=12)


@given(years, months)
def test_month_year_forms_parse_to_the_same_date(year: int, month: int) -> None:
    want = PartialDate(year, month)
    for text in (f"{MONTHS[month - 1]} {year}", f"{month:02d}/{year}", f"{month}/{year}", f"{year}-{month:02d}"):
        assert parse_date(text) == want, text


@given(years, years, st.sampled_from([" – ", "–", " - ", " to ", " — "]))
def test_year_ranges_are_found_in_any_order_of_context(a: int, b: int, dash: str) -> None:
    start, end = min(a, b), max(a, b)
    span = find_dates(f"Acme Corp | {start}{dash}{end} | Remote")
    assert span is not None
    assert (span.start, span.end) == (PartialDate(start), PartialDate(end))


@given(years, months, st.sampled_from(["Present", "now", "current", "Today"]))
def test_open_ranges_end_at_present(year: int, month: int, word: str) -> None:
    span = find_dates(f"{MONTHS[month - 1]} {year} – {word}")
    assert span is not None and span.start == PartialDate(year, month) and span.end is PRESENT


@given(st.text(max_size=60))
def test_date_finder_never_crashes_and_spans_are_inside(text: str) -> None:
    span = find_dates(text)
    if span is not None:
        assert 0 <= span.begin < span.stop <= len(text)


def test_season_and_expected_dates() -> None:
    assert find_dates("Summer 2022").end == PartialDate(2022, 6)
    assert find_dates("Expected May 2025").end == PartialDate(2025, 5)
    assert find_dates("03/2020 - now").end is PRESENT
    assert find_dates("Python 3.11, 512 GPUs") is None


@given(st.sampled_from(["•", "▪", "–", "*", "‣", "○", "-", "1.", "2)", "[3]"]), st.from_regex(r"[A-Z][a-z]{2,10}( [a-z]{2,8}){0,4}", fullmatch=True))
def test_any_bullet_marker_is_stripped(marker: str, text: str) -> None:
    assert strip_bullet(f"{marker} {text}") == (marker, text)


@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=80))
def test_clean_is_idempotent_and_drops_tabs_runs(text: str) -> None:
    once = clean(text)
    assert clean(once) == once
    assert "  " not in once and "\t\t" not in once


def test_clean_repairs_ligatures_and_icons_and_joins_hyphenation() -> None:
    assert clean("e\ufb03cient \uf0e0 ﬁne") == "efficient fine"
    assert join_wrapped("distri-", "buted training") == "distributed training"
    assert join_wrapped("linkedin.com/in/", "jdoe") == "linkedin.com/in/jdoe"
    assert join_wrapped("cut latency", "by 40%") == "cut latency by 40%"


def test_headings_by_vocabulary() -> None:
    assert section_for_heading("WORK HISTORY") == "experience"
    assert section_for_heading("Awards & Honors:") == "awards"
    assert section_for_heading("E X P E R I E N C E") == "experience"
    assert section_for_heading("Selected Publications") == "publications"
    assert section_for_heading("Built a ranking model") is None


def test_contacts_are_split() -> None:
    b = Basics()
    rest = take_contacts(b, "a.b@x.io | +1 (415) 555-0134 | Berlin, Germany | github.com/ab | scholar.google.com/citations?user=X")
    assert rest == []
    assert b.email == "a.b@x.io" and b.phone == "+1 (415) 555-0134"
    assert b.location.city == "Berlin" and b.link("GitHub") == "https://github.com/ab"
    assert b.link("Google Scholar").startswith("https://scholar.google.com")
    assert is_location("Austin, TX") and not is_location("Google, Mountain")


def test_entry_fields_in_any_order() -> None:
    for head in (["Stripe\tJan 2021 – Present", "Senior ML Engineer\tRemote"],
                 ["Senior ML Engineer, Stripe | Remote | Jan 2021 – Present"],
                 ["Senior ML Engineer at Stripe (Jan 2021 – Present)", "Remote"]):
        job, rest = experience_from_block(Block(head=head, bullets=["Shipped it"]))
        assert (job.company, job.title, job.location) == ("Stripe", "Senior ML Engineer", "Remote"), head
        assert job.start == PartialDate(2021, 1) and job.end is PRESENT and rest == []


def test_education_fields() -> None:
    edu, _ = education_from_block(Block(head=["ETH Zurich\t2016 – 2018", "M.Sc. in Computer Science, GPA: 5.6/6"]))
    assert (edu.institution, edu.degree, edu.field, edu.gpa) == ("ETH Zurich", "M.Sc.", "Computer Science", "5.6/6")


def test_publication_forms() -> None:
    pub, _ = publication_from_text("J. Doe, A. Li and B. Kim. Scaling Sparse Experts. NeurIPS Workshop on Systems, 2023. (Cited by 45)")
    assert pub.authors == ["J. Doe", "A. Li", "B. Kim"] and pub.title == "Scaling Sparse Experts"
    assert pub.venue == "NeurIPS Workshop on Systems" and pub.year == 2023 and pub.workshop and pub.citations == 45
    pub, _ = publication_from_text("J. Doe and C. Wu. “Feature Drift in Production.” ICML, 2021.")
    assert pub.title == "Feature Drift in Production" and pub.venue == "ICML" and not pub.workshop


def test_skills_line() -> None:
    g = skill_group_from_text("ML Frameworks: PyTorch, JAX (pmap, pjit), scikit-learn")
    assert g.category == "ML Frameworks" and g.items == ["PyTorch", "JAX (pmap, pjit)", "scikit-learn"]


def test_build_resume_places_everything_and_keeps_the_rest() -> None:
    lines = [Line("Ada Park", size=20), Line("ada@park.dev | Austin, TX", size=10), Line("EXPERIENCE", size=12, bold=True),
             Line("Acme\t2019 – 2021", size=10), Line("ML Engineer", size=10), Line("• Cut latency 40% on 3 models", size=10),
             Line("Quux frobnicator zeta", size=10, heading=False), Line("SKILLS", size=12, bold=True),
             Line("Languages: Python, Go", size=10)]
    r = build_resume(lines)
    assert r.basics.name == "Ada Park" and r.basics.email == "ada@park.dev"
    assert r.experience[0].company == "Acme" and [b.text for b in r.experience[0].bullets] == ["Cut latency 40% on 3 models"]
    assert r.skills[0].items == ["Python", "Go"]
    assert missing_lines([ln.text for ln in lines], r) == []


def test_unplaceable_lines_go_to_the_holding_section() -> None:
    r = build_resume([Line("Ada Park"), Line("Quux frobnicator zeta"), Line("Wibble wobble")])
    holding = [s for s in r.custom if s.holding]
    assert holding and holding[0].title == UNSORTED
    assert missing_lines(["Quux frobnicator zeta", "Wibble wobble"], r) == []


def test_hyphen_at_the_margin_joins_a_word_but_keeps_a_compound() -> None:
    assert join_wrapped("optimi-", "zation of kernels") == "optimization of kernels"
    assert join_wrapped("a long-", "context model") == "a long-context model"
    assert join_wrapped("a rule-", "based system") == "a rule-based system"
    assert join_wrapped("Long-", "Context Attention") == "Long-Context Attention"
    assert join_wrapped("a 13B-", "parameter model") == "a 13B-parameter model"
    assert join_wrapped("state-of-", "the-art") == "state-of-the-art"


def test_title_and_company_split_at_the_right_comma() -> None:
    block = Block(head=["Software Engineer, ML Infrastructure, Anyscale | Berlin, Germany | 2019–2021"])
    job, _ = experience_from_block(block)
    assert (job.title, job.company, job.location) == ("Software Engineer, ML Infrastructure", "Anyscale", "Berlin, Germany")
    job, _ = experience_from_block(Block(head=["Anyscale, Staff Research Engineer", "2019–2021"]))
    assert (job.title, job.company) == ("Staff Research Engineer", "Anyscale")


def test_a_wrapped_word_that_names_a_section_is_not_a_heading() -> None:
    r = build_resume([
        Line("Ada Lee"),
        Line("EXPERIENCE", bold=True),
        Line("Acme\tJan 2020 – Present"),
        Line("Research Engineer"),
        Line("• Released a dataset now used in five follow-up"),
        Line("papers", cont=True),
        Line("• Led the evaluation of 12 models"),
    ])
    assert [b.text for b in r.experience[0].bullets] == [
        "Released a dataset now used in five follow-up papers", "Led the evaluation of 12 models"]
    assert not r.publications


def test_a_lesser_heading_inside_a_section_heads_an_entry() -> None:
    r = build_resume([
        Line("Ada Lee", heading=True, size=19),
        Line("Experience", heading=True, size=18),
        Line("Acme Robotics", heading=True, size=17),
        Line("Research Engineer · Jan 2020 – Present"),
        Line("Trained grasp policies on 2M episodes", bullet=True),
        Line("Globex", heading=True, size=17),
        Line("ML Engineer · 2017 – 2019"),
    ])
    assert [(j.company, j.title) for j in r.experience] == [("Acme Robotics", "Research Engineer"), ("Globex", "ML Engineer")]
    assert not r.custom


def test_a_new_entry_starts_when_the_opening_style_returns() -> None:
    r = build_resume([
        Line("Ada Lee", size=20, bold=True),
        Line("EDUCATION", bold=True, size=12),
        Line("University of Toronto", bold=True, size=10),
        Line("M.S. in Computer Science, 2016–2018", size=10),
        Line("McGill University", bold=True, size=10),
        Line("B.S. in Mathematics, 2012–2016", size=10),
    ])
    assert [(e.institution, e.degree) for e in r.education] == [("University of Toronto", "M.S."), ("McGill University", "B.S.")]


def test_skills_named_by_a_column_gap_and_citation_tails() -> None:
    r = build_resume([
        Line("Ada Lee"),
        Line("SKILLS", bold=True),
        Line("Languages\tPython, Go"),
        Line("Serving\tvLLM, Triton"),
        Line("PUBLICATIONS", bold=True),
        Line("A. Lee and B. Kim. Sparse Adapters for Retrieval."),
        Line("ICML, 2024."),
    ])
    assert [(s.category, s.items) for s in r.skills] == [("Languages", ["Python", "Go"]), ("Serving", ["vLLM", "Triton"])]
    assert len(r.publications) == 1 and r.publications[0].venue == "ICML" and r.publications[0].date.year == 2024
