"""Sixth round: a compound noun is counted by its head, not its modifier ("5 vector databases"),
and the people who took or read taught material are its adoption."""

from __future__ import annotations

import pytest

from mlresume_gui.scoring.bullet import score_bullet
from mlresume_gui.scoring.features import read_bullet
from mlresume_gui.scoring.knowledge import knowledge


def kinds(text: str) -> list[str]:
    return [q[0] for q in read_bullet(text, knowledge()).quantities]


@pytest.mark.parametrize("text", [
    "Compared 4 graph databases on two cloud providers for the search group",
    "Installed 350 shelf cameras across the flagship branches",
    "Evaluated 6 feature platforms before the migration",
    "Wired up 90 field sensors on the test farm",
])
def test_a_singular_modifier_is_not_the_counted_noun(text: str) -> None:
    assert kinds(text)[0] == "effort", (text, kinds(text))
    assert "no-metric" in score_bullet(text, "infra", "mid").flags


@pytest.mark.parametrize("text,kind", [
    ("Indexed 40M product listings for the marketplace search", "data"),
    ("Serve recommendations to 12M users daily", "users"),
    ("Lifted retention 4 points year over year", "percent"),
    ("Built a 10-minute pipeline for refreshing features", "latency"),
])
def test_plural_heads_units_and_percentages_keep_their_kind(text: str, kind: str) -> None:
    assert kinds(text)[0] != "effort", (text, kinds(text))


@pytest.mark.parametrize("text", [
    "Wrote a primer on causal forests for the analytics guild, now read by 900 colleagues",
    "Built the evening labs of the data engineering course, taken by 250 students a term",
    "Taught a workshop series on model monitoring to 140 site reliability engineers",
])
def test_the_audience_of_taught_material_is_its_adoption(text: str) -> None:
    f = read_bullet(text, knowledge())
    assert f.has_outcome, text
    assert not score_bullet(text, "applied", "mid").flags, text


def test_a_reviewer_role_with_a_volume_is_no_adoption() -> None:
    assert not read_bullet("Screened 300 loan files a week as the second reviewer", knowledge()).has_outcome
