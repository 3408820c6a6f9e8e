"""The review's edits as pure operations: a line moved between fields, into a new entry, to and
from Unsorted; entries split and merged; every other line still marked where its text is; the
input never changed."""

from __future__ import annotations

import pytest

from mlresume_gui.formats.reading import review_edits as edits
from mlresume_gui.formats.reading.placement import ImportResult, Placement
from mlresume_gui.formats.reading.placement_match import SourceLine, derive_placements
from mlresume_gui.model import (
    PRESENT,
    Bullet,
    CustomEntry,
    CustomSection,
    Experience,
    PartialDate,
    Resume,
)
from mlresume_gui.model.codec import to_dict

LINES = [
    "Dana Example",
    "dana@example.org",
    "Experience",
    "ML Engineer",  # misread: the title went to company, the company to title
    "Northwind Labs",
    "Jan 2020 – Present",
    "• Cut p99 latency 40% for 2M daily users",
    "• Built the feature store",
    "Research Intern",
    "Jun 2018 – Aug 2019",
    "• Trained ranking models",
    "+1 555 0100",
]


def _reading() -> ImportResult:
    r = Resume()
    r.basics.name, r.basics.email = "Dana Example", "dana@example.org"
    r.experience.append(Experience(
        company="ML Engineer", title="Northwind Labs", start=PartialDate(2020, 1), end=None,
        bullets=[Bullet("Cut p99 latency 40% for 2M daily users"), Bullet("Built the feature store"),
                 Bullet("Research Intern"), Bullet("Trained ranking models")]))
    r.custom.append(CustomSection(title="Unsorted", holding=True,
                                  entries=[CustomEntry(title="Jun 2018 – Aug 2019"), CustomEntry(title="+1 555 0100")]))
    r.experience[0].end = PRESENT
    placements = derive_placements(r, [SourceLine(t) for t in LINES])
    return ImportResult(resume=r, placements=placements)


def _targets(result: ImportResult) -> dict[str, str]:
    return {p.text: p.target for p in result.placements}


def test_the_adapter_marks_every_line_where_it_went() -> None:
    t = _targets(_reading())
    assert t["Dana Example"] == "basics.name" and t["Experience"] == "experience"
    assert t["ML Engineer"] == "experience[0].company" and t["Jan 2020 – Present"] == "experience[0].dates"
    assert t["• Built the feature store"] == "experience[0].bullets[1]"
    assert t["+1 555 0100"] == "unsorted[1]"


def test_move_between_fields_swaps_a_misread_title_and_company() -> None:
    before = _reading()
    snapshot = to_dict(before.resume)
    step = edits.move_line(before, 4, "experience[0].company")  # "Northwind Labs" is the company
    job = step.resume.experience[0]
    assert job.company == "Northwind Labs" and job.title == ""
    assert _targets(step)["ML Engineer"].startswith("unsorted")  # the text it replaced is kept
    step = edits.move_line(step, 3, "experience[0].title")
    job = step.resume.experience[0]
    assert (job.company, job.title) == ("Northwind Labs", "ML Engineer")
    t = _targets(step)
    assert t["ML Engineer"] == "experience[0].title" and t["Northwind Labs"] == "experience[0].company"
    assert [e.title for e in step.resume.custom[0].entries] == ["Jun 2018 – Aug 2019", "+1 555 0100"]
    assert to_dict(before.resume) == snapshot  # the input is never changed
    assert step.placements[3].confidence == 1.0


def test_move_into_a_new_entry_then_split_and_merge() -> None:
    step = edits.move_line(_reading(), 8, "experience[+].title")  # "Research Intern" starts a job
    assert [e.title for e in step.resume.experience] == ["Northwind Labs", "Research Intern"]
    assert "Research Intern" not in [b.text for b in step.resume.experience[0].bullets]
    t = _targets(step)
    assert t["Research Intern"] == "experience[1].title"
    assert t["• Trained ranking models"] == "experience[0].bullets[2]"  # still found after the move
    step = edits.move_line(step, 10, "experience[1].bullets[+]")
    step = edits.move_line(step, 9, "experience[1].dates")
    intern = step.resume.experience[1]
    assert intern.start == PartialDate(2018, 6) and intern.end == PartialDate(2019, 8)
    assert [b.text for b in intern.bullets] == ["Trained ranking models"]
    assert _targets(step)["+1 555 0100"] == "unsorted[0]"  # the Unsorted line left moved up
    merged = edits.merge_with_next(step, 4)
    assert len(merged.resume.experience) == 1
    job = merged.resume.experience[0]
    assert job.start == PartialDate(2018, 6) and job.end is PRESENT
    assert [b.text for b in job.bullets][-1] == "Trained ranking models"
    assert _targets(merged)["Research Intern"] == "experience[0].title"
    again = edits.split_entry(merged, 8)  # the second job starts at "Research Intern" again
    assert [e.title for e in again.resume.experience][1] == "Research Intern"
    assert [b.text for b in again.resume.experience[1].bullets] == ["Trained ranking models"]
    assert [b.text for b in again.resume.experience[0].bullets] == [
        "Cut p99 latency 40% for 2M daily users", "Built the feature store"]
    assert _targets(again)["• Trained ranking models"] == "experience[1].bullets[0]"


def test_unsorted_line_moved_to_the_contact_and_back() -> None:
    step = edits.move_line(_reading(), 11, "basics.phone")
    assert step.resume.basics.phone == "+1 555 0100"
    assert [e.title for e in step.resume.custom[0].entries] == ["Jun 2018 – Aug 2019"]
    assert edits.unsorted_lines(step) == [9]
    back = edits.move_line(step, 11, "unsorted[+]")
    assert back.resume.basics.phone == "" and edits.unsorted_lines(back) == [9, 11]


def test_a_wrapped_line_joins_the_field_before_it() -> None:
    r = Resume()
    r.experience.append(Experience(company="Northwind", title="Senior", bullets=[Bullet("Built a model"),
                                                                              Bullet("serving 2M users")]))
    result = ImportResult(r, [Placement(0, "Northwind", "experience[0].company"),
                              Placement(1, "Senior", "experience[0].title"),
                              Placement(2, "• Built a model", "experience[0].bullets[0]"),
                              Placement(3, "serving 2M users", "experience[0].bullets[1]")])
    step = edits.join_with_previous(result, 3)
    assert [b.text for b in step.resume.experience[0].bullets] == ["Built a model serving 2M users"]
    assert [p.target for p in step.placements][2:] == ["experience[0].bullets[0]"] * 2


def test_impossible_edits_say_why() -> None:
    reading = _reading()
    snapshot = to_dict(reading.resume)
    with pytest.raises(edits.ReviewError, match="no date"):
        edits.move_line(reading, 0, "experience[0].dates")
    with pytest.raises(edits.ReviewError):
        edits.split_entry(reading, 3)  # the entry starts at its first line
    with pytest.raises(edits.ReviewError):
        edits.merge_with_next(reading, 3)  # the only job
    with pytest.raises(edits.ReviewError):
        edits.move_line(reading, 0, "nowhere[3]")
    assert to_dict(reading.resume) == snapshot
