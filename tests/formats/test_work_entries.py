"""Work entries assembled from labelled segments (reading.work_entries): header lines split into
title, company and place, parts repeated or misread, and the shared rule for when a header part
opens a new entry."""

from __future__ import annotations

from mlresume_gui.formats.reading.layout import LayoutLine, Piece, Span
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


def _set(text: str, x0: float, x1: float, y: float, bullet: str = "") -> LayoutLine:
    """A PDF line of one piece from ``x0`` to ``x1`` at height ``y`` in a column whose wrapping
    edge is at 500 points."""
    ln = LayoutLine(pieces=[Piece([Span(text, size=10.0)], box=(x0, y, x1, y + 10))], box=(x0, y, x1, y + 10),
                    bullet=bullet)
    ln.extra["right_gap"] = round(500.0 - x1, 2)
    return ln


def test_a_line_after_one_that_ended_with_room_for_its_first_word_is_no_continuation() -> None:
    r = _read([
        (_set("Experience", 40, 120, 0), ["heading"]),
        (_set("Tern Analytics, Data Scientist", 40, 260, 14), ["w_orgtitle"]),
        (_set("Built the churn model that the retention team used for every weekly", 60, 499, 28), ["w_bullet"]),
        (_set("campaign in the region and beyond the first year of the launch", 60, 498, 42), ["cont"]),
        (_set("review", 60, 95, 56), ["cont"]),
        (_set("Ran the weekly forecast", 60, 200, 70), ["cont"]),
        (_set("Wrote the pricing service that the shops used for every order placed", 60, 497, 84), ["w_bullet"]),
        (_set("online", 60, 95, 98), ["other"]),
    ], probs=[1.0] * 7 + [0.4])
    job = r.resume.experience[0]
    assert [b.text for b in job.bullets] == [
        "Built the churn model that the retention team used for every weekly campaign in the region and beyond "
        "the first year of the launch review", "Ran the weekly forecast",
        "Wrote the pricing service that the shops used for every order placed online"]


def _listed(text: str, level: int) -> LayoutLine:
    ln = _line(text, bullet="•")
    ln.list_level = level
    return ln


def test_a_short_line_over_a_line_of_dates_opens_the_next_entry() -> None:
    jobs = _read([
        (_line("Experience"), ["heading"]),
        (_listed("Data Scientist, Tern Analytics", 0), ["w_orgtitle"]),
        (_line("2019 – 2021"), ["w_date"]),
        (_listed("Built the churn model", 1), ["w_bullet"]),
        (_listed("Research Intern at Quarry Blue Labs", 0), ["other"]),
        (_line("Jun 2018 – Aug 2018 3 months"), ["other"]),
        (_listed("Labelled the speech corpus", 1), ["w_bullet"]),
        (_listed("Another line", 1), ["cont"]),
    ]).resume.experience
    assert [(j.title, j.company) for j in jobs] == [("Data Scientist", "Tern Analytics"),
                                                     ("Research Intern", "Quarry Blue Labs")]
    assert jobs[1].start is not None and (jobs[1].start.year, jobs[1].start.month) == (2018, 6)
    assert [b.text for b in jobs[1].bullets] == ["Labelled the speech corpus", "Another line"]


def test_misread_head_lines_fill_the_place_and_the_title_of_the_entry() -> None:
    jobs = _read([
        (_line("Ada Quist"), ["name"]),
        (_line("Machine Learning Engineer"), ["headline"]),
        (_line("Work"), ["name"]),
        (_line("Applied Scientist"), ["headline"]),
        (_line("Tern Analytics"), ["heading"]),
        (_line("Kestrelburg, Deutschland"), ["w_org"]),
        (_line("Built the churn model", bullet="•"), ["w_bullet"]),
        (_line("Quarry Blue Labs"), ["w_org"]),
        (_line("2016 – 2019"), ["w_date"]),
        (_line("Postdoctoral Researcher"), ["w_org"]),
        (_line("Labelled the speech corpus", bullet="•"), ["w_bullet"]),
    ]).resume.experience
    assert [(j.title, j.company, j.location) for j in jobs] == [
        ("Applied Scientist", "Tern Analytics", "Kestrelburg, Deutschland"),
        ("Postdoctoral Researcher", "Quarry Blue Labs", "")]


def test_a_company_with_where_its_job_was_stays_the_company() -> None:
    job = _read([
        (_line("Experience"), ["heading"]),
        (_line("Staff Research Engineer"), ["w_title"]),
        (_line("Tern Analytics, Remote"), ["w_org"]),
        (_line("2019 – 2021"), ["w_date"]),
    ]).resume.experience[0]
    assert (job.title, job.company, job.location) == ("Staff Research Engineer", "Tern Analytics", "Remote")


def test_sure_degrees_after_the_jobs_open_the_education_section_a_heading_missed() -> None:
    r = _read([
        (_line("Experience"), ["heading"]),
        (_line("Data Scientist, Tern Analytics"), ["w_orgtitle"]),
        (_line("Built the churn model", bullet="•"), ["w_bullet"]),
        (_line("Northfield Polytechnic"), ["e_org"]),
        (_line("MSc in Statistics"), ["e_degree"]),
        (_line("2014 – 2016"), ["e_date"]),
        (_line("Research Engineer, Quarry Blue Labs"), ["w_orgtitle"]),
        (_line("Labelled the speech corpus", bullet="•"), ["w_bullet"]),
    ])
    assert [j.company for j in r.resume.experience] == ["Tern Analytics", "Quarry Blue Labs"]
    assert [(e.institution, e.degree) for e in r.resume.education] == [("Northfield Polytechnic", "MSc")]


def test_a_left_date_cell_wrapped_beside_the_first_bullet_ends_its_range() -> None:
    """moderncv (pdflatex) wraps "02.2020 –" / "heute" in its date column, the second line beside
    the first bullet: the range is whole and no bullet holds a date or a present word."""
    from pathlib import Path

    from mlresume_gui.formats.reading.lineparse import parse_end
    from mlresume_gui.formats.registry import read_document

    docs = Path(__file__).resolve().parents[1] / "fixtures" / "corpus" / "docs"
    for path in sorted(docs.glob("*--latex-moderncv-classic.pdf"))[:3]:
        resume = read_document(path, isolate=False)
        assert resume.experience
        assert all(job.end is not None for job in resume.experience), path.name
        bullets = [b.text.strip() for job in resume.experience for b in job.bullets]
        assert not [b for b in bullets if len(b.split()) <= 2 and parse_end(b) is not None], path.name


def test_a_place_taken_for_the_role_gives_way_to_the_role_line_under_it() -> None:
    from mlresume_gui.formats.reading.work_entries import _place_read_as_role
    from mlresume_gui.model import Experience

    job = Experience(company="Quillfeather Robotics", title="Porto")
    _place_read_as_role(job, "Staff Machine Learning Engineer")
    assert (job.company, job.title, job.location) == ("Quillfeather Robotics", "", "Porto")
    kept = Experience(company="Quillfeather Robotics", title="Data Scientist")
    _place_read_as_role(kept, "Senior Data Scientist")  # a real role stays: the line is a new entry's
    assert (kept.title, kept.location) == ("Data Scientist", "")
    placed = Experience(company="Quillfeather Robotics", title="Porto", location="Remote")
    _place_read_as_role(placed, "Staff Machine Learning Engineer")
    assert placed.title == "Porto"


def test_a_company_and_role_parted_by_a_comma_are_split_whichever_part_the_labeller_named() -> None:
    jobs = _read([
        (_line("Experience"), ["heading"]),
        (_line("Tern Analytics, Senior Data Scientist, Leeds."), ["w_org"]),
        (_line("2019 – 2021"), ["w_date"]),
        (_line("Built the churn model", bullet="•"), ["w_bullet"]),
        (_line("Quarry Blue Labs, Research Intern"), ["w_title"]),
        (_line("2018 – 2019"), ["w_date"]),
        (_line("Ran the weekly forecast", bullet="•"), ["w_bullet"]),
        (_line("Machine Learning Engineer, Search"), ["w_title"]),
        (_line("2016 – 2018"), ["w_date"]),
    ]).resume.experience
    assert [(j.company, j.title, j.location) for j in jobs] == [
        ("Tern Analytics", "Senior Data Scientist", "Leeds"),
        ("Quarry Blue Labs", "Research Intern", ""),
        ("", "Machine Learning Engineer, Search", ""),
    ]


def test_a_company_set_as_a_lower_heading_over_its_role_opens_the_next_entry() -> None:
    big = LayoutLine(pieces=[Piece([Span("Experience", size=16.0)])])
    jobs = _read([
        (big, ["heading"]),
        (_line("Tern Analytics"), ["w_org"]),
        (_line("Data Scientist"), ["w_title"]),
        (_line("Built the churn model", bullet="•"), ["w_bullet"]),
        (_line("Quarry Blue Labs"), ["heading"]),
        (_line("Research Intern"), ["w_title"]),
        (_line("Ran the weekly forecast", bullet="•"), ["w_bullet"]),
        (_line("quarryblue"), ["heading"]),  # no organisation's name: left as the labeller read it
        (_line("2016 – 2018"), ["w_date"]),
    ]).resume.experience
    assert [(j.company, j.title) for j in jobs][:2] == [("Tern Analytics", "Data Scientist"),
                                                        ("Quarry Blue Labs", "Research Intern")]
