"""Work entries assembled from labelled segments (reading.work_entries): header lines split into
title, company and place, parts repeated or misread, and the shared rule for when a header part
opens a new entry."""

from __future__ import annotations

from tests.formats.assembly_rows import line as _line
from tests.formats.assembly_rows import read as _read


def test_a_qualified_title_in_one_header_line_keeps_its_qualifier() -> None:
    job = _read([
        (_line("Experience"), ["heading"]),
        (_line("Research Intern, Speech, Tern Analytics – Leeds, UK", "Jun 2022 – Sep 2022"), ["w_orgtitle", "w_date"]),
        (_line("Trained a keyword spotter", bullet="•"), ["w_bullet"]),
    ]).resume.experience[0]
    assert (job.title, job.company, job.location) == ("Research Intern, Speech", "Tern Analytics", "Leeds, UK")


def test_a_place_repeated_beside_the_first_bullet_opens_no_entry() -> None:
    jobs = _read([
        (_line("Experience"), ["heading"]),
        (_line("Mar 2019 – May 2021", "Data Scientist, Tern Analytics – Leeds, UK"), ["w_date", "w_orgtitle"]),
        (_line("Leeds, UK", "Built the churn model", bullet="•"), ["w_loc", "w_bullet"]),
        (_line("Ran the weekly forecast", bullet="•"), ["w_bullet"]),
    ]).resume.experience
    assert len(jobs) == 1
    assert jobs[0].location == "Leeds, UK"
    assert [b.text for b in jobs[0].bullets] == ["Built the churn model", "Ran the weekly forecast"]


def test_a_header_part_opens_a_new_entry_only_when_it_clashes_or_follows_a_body() -> None:
    r = _read([
        (_line("Experience"), ["heading"]),
        (_line("Tern Analytics"), ["w_org"]),
        (_line("Data Scientist"), ["w_title"]),
        (_line("2019 – 2021"), ["w_date"]),
        (_line("Built the churn model", bullet="•"), ["w_bullet"]),
        (_line("Quarry Blue Labs"), ["w_org"]),
        (_line("2016 – 2019"), ["w_date"]),
        (_line("2014 – 2016"), ["w_date"]),
        (_line("Education"), ["heading"]),
        (_line("Northfield Polytechnic"), ["e_org"]),
        (_line("Best thesis prize"), ["e_detail"]),
        (_line("Lakeshore University"), ["e_org"]),
    ]).resume
    assert [(j.company, j.start.year if j.start else None) for j in r.experience] == [
        ("Tern Analytics", 2019), ("Quarry Blue Labs", 2016), ("", 2014)]
    assert [e.institution for e in r.education] == ["Northfield Polytechnic", "Lakeshore University"]
    assert r.education[0].notes == "Best thesis prize"
