"""Entry header lines split into role, organisation, location and dates, with the evidence the
labeller chooses from."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from mlresume_gui.formats.reading.headers import (
    best_split,
    organisation_evidence,
    role_evidence,
    split_header,
)
from mlresume_gui.model import PRESENT, PartialDate

ROLES = ["Machine Learning Engineer", "Senior Data Scientist", "Research Intern", "Applied Scientist",
         "Staff Software Engineer", "Postdoctoral Researcher", "ML Platform Lead", "Teaching Assistant"]
ORGS = ["Quarry Blue Labs", "Oststern Logistics GmbH", "Kestrel Robotics", "Harbourlight Analytics",
        "Lakeshore University", "Umberfield Insurance Ltd", "Veldhoven Instruments BV", "Tidewell Systems Inc."]
PLACES = ["Berlin, Germany", "Lisbon, Portugal", "Austin, TX", "Remote", "Toronto, Canada"]
SHAPES = ["{o} — {r} | {l}", "{r} @ {o}", "{r}, {o}", "{r} at {o}, {l}", "{o} | {r} | {l}", "{r} – {o} ({l})",
          "{o}, {r}, {l}", "{o} · {r}"]


@given(st.sampled_from(ROLES), st.sampled_from(ORGS), st.sampled_from(PLACES), st.sampled_from(SHAPES))
def test_every_header_shape_finds_its_role_organisation_and_place(role, org, place, shape) -> None:
    text = shape.format(r=role, o=org, l=place)
    c = best_split(text)
    assert c is not None, text
    assert (c.role, c.organisation) == (role, org), text
    if "{l}" in shape:
        assert c.location == place, text


@given(st.sampled_from(ROLES), st.sampled_from(ORGS), st.sampled_from(["2019 – 2021", "Jan 2020 – Present", "03/2018 - 06/2020"]),
       st.sampled_from(["{o} — {r} {d}", "{r}, {o} ........ {d}", "{o}\t{d}", "{r} @ {o} | {d}"]))
def test_dates_are_taken_out_first_and_kept(role, org, dates, shape) -> None:
    text = shape.format(r=role, o=org, d=dates)
    c = best_split(text)
    assert c is not None and c.dates is not None, text
    assert c.organisation == org, text
    assert all(dates not in p.text for p in c.parts)


def test_company_with_its_city_in_brackets() -> None:
    c = best_split("Harbourlight Analytics (Lisbon, Portugal)")
    assert c is not None and (c.organisation, c.location, c.role) == ("Harbourlight Analytics", "Lisbon, Portugal", "")


def test_dotted_leaders_separate_like_a_gap() -> None:
    c = best_split("Brackenridge Systems ........ 2019 – 2021")
    assert c is not None and c.organisation == "Brackenridge Systems"
    assert c.dates is not None and (c.dates.start, c.dates.end) == (PartialDate(2019), PartialDate(2021))


def test_candidates_carry_evidence_and_positions() -> None:
    text = "Kestrel Robotics — Machine Learning Engineer | Berlin, Germany"
    found = split_header(text)
    assert len(found) >= 2 and found == sorted(found, key=lambda c: -c.score)
    best = found[0]
    for p in best.parts:
        assert text[p.begin:p.stop] == p.text
    by_text = {p.text: p for p in best.parts}
    assert by_text["Machine Learning Engineer"].role > by_text["Kestrel Robotics"].role
    assert by_text["Kestrel Robotics"].organisation > by_text["Machine Learning Engineer"].organisation
    assert by_text["Berlin, Germany"].location


def test_a_legal_form_after_a_comma_stays_with_its_name() -> None:
    c = best_split("Kestrel, Inc. — ML Engineer")
    assert c is not None and (c.organisation, c.role) == ("Kestrel, Inc.", "ML Engineer")


def test_open_ranges_and_single_parts() -> None:
    c = best_split("Fernhill Research\tJan 2020 – Present")
    assert c is not None and c.organisation == "Fernhill Research" and c.role == ""
    assert c.dates is not None and c.dates.end is PRESENT
    only = best_split("Data Scientist")
    assert only is not None and (only.role, only.organisation) == ("Data Scientist", "")
    assert best_split("") is None


@pytest.mark.parametrize(("text", "role", "org"), [
    ("Research Engineer", 1.0, 0.0),
    ("Quarry Blue Labs", 0.0, 0.9),
    ("Lakeshore University", 0.0, 0.9),
])
def test_evidence_scores(text: str, role: float, org: float) -> None:
    assert role_evidence(text) == pytest.approx(role)
    assert organisation_evidence(text) == pytest.approx(org)


@given(st.text(max_size=80))
def test_split_header_never_fails(text: str) -> None:
    for c in split_header(text):
        for p in c.parts:
            assert p.text and 0 <= p.begin <= p.stop <= len(text)


def test_a_qualified_section_name_names_its_section() -> None:
    from mlresume_gui.formats.reading.headings import section_for_heading

    assert section_for_heading("Internship Experience") == "experience"
    assert section_for_heading("Projects Experience") == "projects"
    assert section_for_heading("Work Experience (3)") == "experience"
    assert section_for_heading("Senior Data Scientist") is None
    assert section_for_heading("Remote Work") is None


@pytest.mark.parametrize(("text", "role", "org", "place"), [
    ("Research Intern, Speech, Kestrel Robotics – Austin, TX", "Research Intern, Speech", "Kestrel Robotics", "Austin, TX"),
    ("Staff Software Engineer, Ranking Infra, Tidewell Systems", "Staff Software Engineer, Ranking Infra",
     "Tidewell Systems", ""),
    ("Harbourlight Analytics, Applied Scientist, Forecasting", "Applied Scientist, Forecasting",
     "Harbourlight Analytics", ""),
])
def test_a_title_keeps_the_qualifier_after_its_comma(text: str, role: str, org: str, place: str) -> None:
    found = next(c for c in split_header(text) if c.role and c.organisation
                 and len(c.parts) == sum(1 for x in (c.role, c.organisation, c.location) if x))
    assert (found.role, found.organisation, found.location) == (role, org, place)


def test_a_legal_form_after_a_comma_stays_with_its_company() -> None:
    c = best_split("Senior Data Scientist, Quarry Blue Labs, Inc.")
    assert c is not None and (c.role, c.organisation) == ("Senior Data Scientist", "Quarry Blue Labs, Inc.")


def test_a_place_ending_the_header_with_a_full_stop_is_a_place() -> None:
    c = best_split("Data Scientist, Quarry Blue Labs, Berlin.")
    assert c is not None and (c.role, c.organisation, c.location) == ("Data Scientist", "Quarry Blue Labs", "Berlin")
