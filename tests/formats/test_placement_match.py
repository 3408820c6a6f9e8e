"""Placements derived for a reader that returns the Resume alone: every non-blank source line gets
one, in reading order; a line goes to the field that holds its text; what it names exists in the
resume; on every import fixture (files from several producers) most lines find their field."""

from __future__ import annotations

from pathlib import Path

import pytest

from mlresume_gui.formats.reading import field_paths
from mlresume_gui.formats.reading.placement_match import SourceLine, derive_placements, normalise
from mlresume_gui.formats.reading.review_anchors import anchor_of
from mlresume_gui.model import Bullet, Experience, PartialDate, Resume, SkillGroup

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "import"


def test_lines_go_to_the_fields_that_hold_their_text() -> None:
    r = Resume()
    r.basics.name, r.basics.email = "Ada Example", "ada@example.org"
    r.experience.append(Experience(company="Northwind", title="ML Engineer", start=PartialDate(2021, 3),
                                   end=PartialDate(2023, 1), bullets=[Bullet("Shipped a ranker to 3M users, "
                                                                             "lifting CTR 4%")]))
    r.experience.append(Experience(company="Contoso", title="ML Engineer"))
    r.skills.append(SkillGroup("Serving", ["vLLM", "Triton"]))
    lines = ["Ada Example", "ada@example.org · Berlin", "Work History", "Northwind — ML Engineer",
             "Mar 2021 – Jan 2023", "• Shipped a ranker to 3M users,", "lifting CTR 4%", "Contoso",
             "ML Engineer", "Serving: vLLM, Triton", "Page 1 of 1", ""]
    r.meta["source_headings"] = {"experience": "Work History"}
    placed = derive_placements(r, [SourceLine(t) for t in lines])
    assert [p.index for p in placed] == list(range(len(lines) - 1))  # the blank line has none
    got = {p.text: (p.target, p.role) for p in placed}
    assert got["Ada Example"] == ("basics.name", "name")
    assert got["ada@example.org · Berlin"][0] == "basics.email"
    assert got["Work History"] == ("experience", "heading")
    assert got["Northwind — ML Engineer"] == ("experience[0].company", "organisation")
    assert got["Mar 2021 – Jan 2023"] == ("experience[0].dates", "dates")
    assert got["lifting CTR 4%"] == ("experience[0].bullets[0]", "bullet")
    assert got["ML Engineer"] == ("experience[1].title", "title")  # the one after "Contoso"
    assert got["Serving: vLLM, Triton"] == ("skills[0]", "skill")
    assert got["Page 1 of 1"] == ("", "other")
    conf = {p.text: p.confidence for p in placed}
    assert conf["Ada Example"] == 1.0 and 0.5 < conf["Northwind — ML Engineer"] < 1.0
    assert conf["Page 1 of 1"] == 0.0


def test_normalise_ignores_case_space_and_markers() -> None:
    assert normalise("  •  Built   THE model\t") == "built the model"


@pytest.mark.parametrize("path", sorted(FIXTURES.glob("*.pdf")) + sorted(FIXTURES.glob("*.docx")),
                         ids=lambda p: p.name)
def test_fixtures_lines_find_their_fields(path: Path) -> None:
    from mlresume_gui.formats.reading import pdf, word
    from mlresume_gui.formats.registry import read_document

    resume = read_document(path, isolate=False)
    lines = (pdf if path.suffix == ".pdf" else word).read_lines(path)
    placed = derive_placements(resume, [SourceLine(ln.text) for ln in lines])
    assert len(placed) == sum(1 for ln in lines if ln.text.strip())
    for p in placed:
        if p.target:
            assert field_paths.parse(p.target) is not None, p.target
            assert anchor_of(resume, p.target) != ("",), p.target
    found = sum(1 for p in placed if p.target) / max(1, len(placed))
    assert found >= 0.85, f"{path.name}: only {found:.0%} of the lines found a field"
