"""The ATS check: an export read back from its text alone and compared field by field."""

from __future__ import annotations

import copy

import pytest
from export_cases import sample

from mlresume_gui.formats import ats
from mlresume_gui.model import Bullet, Experience, Resume


def _small() -> Resume:
    r = Resume()
    r.basics.name = "Ines Quaresma"
    r.basics.email = "ines@example.org"
    r.experience.append(Experience(company="Tidewater Robotics", title="ML Engineer",
                                   bullets=[Bullet("Cut grasp failures from 9% to 3% on 40k picks"),
                                            Bullet("Shipped the depth model to 120 robots")]))
    return r


def test_identical_resumes_are_all_same() -> None:
    checks = ats.compare(_small(), _small())
    assert checks and all(c.status == ats.SAME for c in checks)
    assert {c.path for c in checks} >= {"basics.name", "experience[0].company", "experience[0].bullets[1]"}


def test_a_lost_bullet_and_a_changed_title_are_marked() -> None:
    got = copy.deepcopy(_small())
    got.experience[0].bullets.pop()
    got.experience[0].title = "ML Engineer II"
    by_path = {c.path: c for c in ats.compare(_small(), got)}
    assert by_path["experience[0].bullets[1]"].status == ats.LOST
    assert by_path["experience[0].title"].status == ats.CHANGED
    assert by_path["experience[0].bullets[0]"].status == ats.SAME


def test_an_entry_read_into_the_wrong_place_is_lost() -> None:
    got = copy.deepcopy(_small())
    got.experience = []
    report = ats.AtsReport("pdf", ats.compare(_small(), got))
    assert report.count(ats.LOST) == 4 and report.intact < 0.5


@pytest.mark.parametrize("fmt", ["pdf", "docx"])
def test_the_sample_reads_back_almost_whole(fmt: str) -> None:
    from mlresume_gui.formats.writing.pdf import ensure_gui_app

    ensure_gui_app()
    resume = sample()
    report = ats.read_back(resume, None, fmt)
    assert not report.error
    assert resume.basics.name in report.text
    assert report.intact >= 0.95, [c for c in report.checks if c.status != ats.SAME]


def test_an_unknown_variant_is_an_error_not_an_exception() -> None:
    report = ats.read_back(_small(), "no-such-variant", "docx")
    assert report.error and not report.checks
