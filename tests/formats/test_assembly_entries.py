"""Assembly of entries from labelled segments, with the labels given (reading.assembly and the
builders of reading.assembler): where the labeller's word on one segment is overruled by the
section it stands in, the list markers and the entry around it."""

from __future__ import annotations

from mlresume_gui.formats.reading.headers import best_split, role_evidence
from mlresume_gui.formats.reading.layout import LayoutLine
from tests.formats.assembly_rows import line as _line
from tests.formats.assembly_rows import read as _read


def test_unmarked_lines_before_marked_bullets_are_the_entry_description() -> None:
    result = _read([
        (_line("Experience"), ["heading"]),
        (_line("Tern Analytics, Staff Engineer", "2019 – 2023"), ["w_orgtitle", "w_date"]),
        (_line("A small firm building forecasting tools for grocers."), ["w_bullet"]),
        (_line("Wrote the demand model", bullet="•"), ["w_bullet"]),
        (_line("Ran the on-call rota", bullet="•"), ["w_bullet"]),
    ])
    job = result.resume.experience[0]
    assert job.description == "A small firm building forecasting tools for grocers."
    assert [b.text for b in job.bullets] == ["Wrote the demand model", "Ran the on-call rota"]
    targets = [p.target for p in result.placements]
    assert targets[2:] == ["experience[0].description", "experience[0].bullets[0]", "experience[0].bullets[1]"]


def test_a_marked_line_among_bullets_is_a_bullet_whatever_its_label() -> None:
    result = _read([
        (_line("Experience"), ["heading"]),
        (_line("Tern Analytics, Staff Engineer"), ["w_orgtitle"]),
        (_line("Wrote the demand model", bullet="•"), ["w_bullet"]),
        (_line("Won the Regional Data Prize", bullet="•"), ["w_orgtitle"]),
        (_line("Ran the on-call rota", bullet="•"), ["w_bullet"]),
    ])
    jobs = result.resume.experience
    assert len(jobs) == 1
    assert [b.text for b in jobs[0].bullets] == ["Wrote the demand model", "Won the Regional Data Prize",
                                                 "Ran the on-call rota"]


def test_the_section_decides_the_family_of_an_entry_part() -> None:
    result = _read([
        (_line("Projects"), ["heading"]),
        (_line("Wayfinder", "Mar 2021"), ["w_org", "w_date"]),
        (_line("A route planner for cargo bikes", bullet="•"), ["w_bullet"]),
        (_line("Education"), ["heading"]),
        (_line("Northfield Polytechnic", "2014 – 2018"), ["e_org", "w_date"]),
    ])
    r = result.resume
    assert not r.experience
    assert [p.name for p in r.projects] == ["Wayfinder"]
    assert r.projects[0].start is not None and r.projects[0].start.year == 2021
    assert [b.text for b in r.projects[0].bullets] == ["A route planner for cargo bikes"]
    assert len(r.education) == 1 and r.education[0].end is not None and r.education[0].end.year == 2018


def test_prose_in_the_summary_labelled_as_a_bullet_stays_summary() -> None:
    result = _read([
        (_line("Summary"), ["heading"]),
        (_line("Engineer who likes small models and"), ["summary"]),
        (_line("careful evaluation."), ["w_bullet"]),
        (_line("Speaking"), ["heading"]),
        (_line("Keynote at a regional meetup", bullet="•"), ["w_bullet"]),
        (_line("Awards and Prizes"), ["heading"]),
        (_line("Best poster, a regional workshop", bullet="•"), ["w_bullet"]),
    ])
    r = result.resume
    assert r.summary.split() == ["Engineer", "who", "likes", "small", "models", "and", "careful", "evaluation."]
    assert not r.experience
    custom = [c for c in r.custom if not c.holding]
    assert [e.title for e in custom[0].entries] == ["Keynote at a regional meetup"]
    assert len(r.awards) == 1


def test_a_field_before_its_degree_is_the_field() -> None:
    result = _read([
        (_line("Education"), ["heading"]),
        (_line("Northfield Polytechnic", "2014 – 2018"), ["e_org", "e_date"]),
        (_line("Applied Statistics"), ["e_degree"]),
        (_line("MSc"), ["e_degree"]),
    ])
    e = result.resume.education[0]
    assert (e.degree, e.field) == ("MSc", "Applied Statistics")


def test_roles_joined_by_a_slash_read_as_a_role() -> None:
    assert role_evidence("CTO/Co-founder") > 0.5
    found = best_split("CTO/Co-founder, Tern Analytics – Leeds, UK")
    assert found is not None
    assert (found.role, found.organisation, found.location) == ("CTO/Co-founder", "Tern Analytics", "Leeds, UK")


def test_a_sub_heading_inside_an_entry_keeps_the_entry_open() -> None:
    result = _read([
        (_line("Work"), ["heading"]),
        (_line("Tern Analytics 2019 – 2023"), ["w_org"]),
        (_line("Staff Engineer"), ["w_title"]),
        (_line("Responsibilities:"), ["heading"]),
        (_line("Wrote the demand model", bullet="•"), ["other"]),
        (_line("Ran the on-call rota", bullet="•"), ["p_bullet"]),
        (_line("Achievements"), ["heading"]),
        (_line("Best poster, a regional workshop", bullet="•"), ["item"]),
    ])
    r = result.resume
    assert len(r.experience) == 1
    job = r.experience[0]
    assert (job.company, job.title) == ("Tern Analytics", "Staff Engineer")
    assert [b.text for b in job.bullets] == ["Wrote the demand model", "Ran the on-call rota"]
    assert len(r.awards) == 1  # a heading that names a section, with no colon, is that section


def test_unplaced_lines_of_a_work_section_by_their_shape() -> None:
    result = _read([
        (_line("Experience"), ["heading"]),
        (_line("Data Scientist, Tern Analytics"), ["w_orgtitle"]),
        (_line("May 2021 - Aug 2023 2 yrs 3 mos"), ["other"]),
        (_line("Wrote the demand model", bullet="•"), ["w_bullet"]),
        (_line("Harbour Freight Co 2017 – 2021"), ["other"]),
        (_line("Analyst"), ["other"]),
        (_line("Built the pricing dashboards", bullet="•"), ["other"]),
    ])
    jobs = result.resume.experience
    assert [(j.company, j.title) for j in jobs] == [("Tern Analytics", "Data Scientist"),
                                                    ("Harbour Freight Co", "Analyst")]
    assert jobs[0].start is not None and (jobs[0].start.year, jobs[0].end.year) == (2021, 2023)
    assert [b.text for b in jobs[1].bullets] == ["Built the pricing dashboards"]


def test_a_marked_head_at_a_shallower_list_level_opens_the_next_entry() -> None:
    def listed(text: str, level: int) -> LayoutLine:
        ln = _line(text, bullet="•")
        ln.list_level = level
        return ln
    result = _read([
        (_line("Experience"), ["heading"]),
        (listed("Data Scientist, Tern Analytics", 0), ["w_orgtitle"]),
        (listed("Wrote the demand model", 1), ["w_bullet"]),
        (listed("Analyst, Harbour Freight Co", 0), ["w_orgtitle"]),
        (listed("Built the pricing dashboards", 1), ["w_bullet"]),
    ])
    assert [j.company for j in result.resume.experience] == ["Tern Analytics", "Harbour Freight Co"]


def test_dates_and_place_at_the_end_of_the_first_bullet_line_belong_to_the_head() -> None:
    result = _read([
        (_line("Experience"), ["heading"]),
        (_line("Tern Analytics, Data Scientist"), ["w_orgtitle"]),
        (_line("Trained a demand model on four years of", "Mar 2020 – Jan 2023", bullet="•"), ["w_bullet", "w_date"]),
        (_line("till data"), ["cont"]),
        (_line("Ran the on-call rota", bullet="•"), ["w_bullet"]),
    ])
    jobs = result.resume.experience
    assert len(jobs) == 1
    job = jobs[0]
    assert job.start is not None and (job.start.year, job.end.year) == (2020, 2023)
    assert [b.text for b in job.bullets] == ["Trained a demand model on four years of till data", "Ran the on-call rota"]
    assert [p.target for p in result.placements][2] == "experience[0].bullets[0]"


def test_a_date_range_wrapped_in_a_narrow_date_column_keeps_its_end() -> None:
    result = _read([
        (_line("Experience"), ["heading"]),
        (_line("2019 –", "Tern Analytics — Data Scientist"), ["w_date", "w_orgtitle"]),
        (_line("2023"), ["w_date"]),
        (_line("Wrote the demand model", bullet="•"), ["w_bullet"]),
        (_line("2016", "Harbour Freight Co — Analyst"), ["w_date", "w_orgtitle"]),
        (_line("2019"), ["w_date"]),
    ])
    jobs = result.resume.experience
    assert [(j.company, j.start.year, j.end.year) for j in jobs] == [("Tern Analytics", 2019, 2023),
                                                                     ("Harbour Freight Co", 2016, 2019)]


def test_a_whole_line_naming_another_section_is_a_heading_whatever_its_label() -> None:
    result = _read([
        (_line("Experience"), ["heading"]),
        (_line("Tern Analytics, Data Scientist"), ["w_orgtitle"]),
        (_line("Wrote the demand model", bullet="•"), ["w_bullet"]),
        (_line("Education & Training"), ["w_org"]),
        (_line("Northfield Polytechnic", "2014 – 2018"), ["e_org", "e_date"]),
        (_line("Selected Projects"), ["other"]),
        (_line("Wayfinder"), ["p_name"]),
    ])
    r = result.resume
    assert [j.company for j in r.experience] == ["Tern Analytics"]
    assert [e.institution for e in r.education] == ["Northfield Polytechnic"]
    assert [p.name for p in r.projects] == ["Wayfinder"]


def test_a_line_about_the_company_and_a_headline_label_inside_a_job() -> None:
    result = _read([
        (_line("Experience"), ["heading"]),
        (_line("Tern Analytics"), ["w_org"]),
        (_line("2019 – 2023"), ["w_date"]),
        (_line("Forecasting tools for grocers"), ["w_org"]),
        (_line("Staff Engineer"), ["headline"]),
        (_line("Wrote the demand model", bullet="•"), ["w_bullet"]),
    ])
    jobs = result.resume.experience
    assert len(jobs) == 1
    assert (jobs[0].company, jobs[0].company_info, jobs[0].title) == (
        "Tern Analytics", "Forecasting tools for grocers", "Staff Engineer")


def test_a_place_after_the_last_comma_of_a_company_line_is_the_location() -> None:
    result = _read([
        (_line("Work"), ["heading"]),
        (_line("Data Engineer"), ["w_title"]),
        (_line("Quillon Freight, Rotterdam"), ["w_org"]),
        (_line("Built the route model", bullet="•"), ["w_bullet"]),
        (_line("Analyst"), ["w_title"]),
        (_line("Harbourline Bank, Toronto, ON"), ["w_org"]),
        (_line("Priced the loans", bullet="•"), ["w_bullet"]),
        (_line("Intern"), ["w_title"]),
        (_line("Brackwell, Inc."), ["w_org"]),
    ])
    jobs = result.resume.experience
    assert [(j.company, j.location) for j in jobs] == [
        ("Quillon Freight", "Rotterdam"), ("Harbourline Bank", "Toronto, ON"), ("Brackwell, Inc.", "")]
