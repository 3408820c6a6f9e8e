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


def outcome(text: str) -> bool:
    return read_bullet(text, knowledge()).has_outcome


@pytest.mark.parametrize("text", [
    "Search replicas now come back in about ninety seconds after a zone outage instead of waiting for a rebuild",
    "Analysts get the fraud digest within roughly twenty minutes of a spike instead of the next day",
    "The churn scores are now refreshed daily rather than monthly",
    "Settlement files reach the bank by 6am instead of mid-morning",
    "Forecasts are out by 7 pm rather than the following noon",
])
def test_times_past_a_qualifier_schedules_changed_and_clock_times(text: str) -> None:
    assert outcome(text), read_bullet(text, knowledge()).quantities


@pytest.mark.parametrize("text", [
    "Retrain the ranking model daily rather than weekly",  # a schedule kept, no change said
    "Trained for about three weeks on 64 GPUs",  # how long it ran
    "Meet the data team by 10am every Monday",  # a meeting time
])
def test_schedules_and_spans_of_effort_stay_no_outcome(text: str) -> None:
    assert not outcome(text), read_bullet(text, knowledge()).quantities


@pytest.mark.parametrize("text", [
    "No nightly backfill has run more than 20 minutes late since the queue rework",
    "Riders never wait longer than 3 minutes for a match at peak hours",
    "The label sync used to break roughly weekly; it has broken once in five months since",
    "Our scraper used to get blocked daily and is blocked twice a month at most",
])
def test_a_negated_bound_and_a_rate_that_fell_are_outcomes(text: str) -> None:
    assert outcome(text), read_bullet(text, knowledge()).quantities


@pytest.mark.parametrize("text", [
    "Ran soak tests for more than 6 hours each",  # a bound without a negation: how long it ran
    "We used to retrain weekly and review drift once a day",  # the second rate is no rarer
    "The report used to go out monthly and now goes out once a week",  # more often is no drop
])
def test_a_bound_without_negation_and_a_rate_that_rose_are_not(text: str) -> None:
    assert not outcome(text), read_bullet(text, knowledge()).quantities


@pytest.mark.parametrize("text", [
    "Built a route planner for 300 couriers using OR-Tools",
    "Designed a yield forecaster for 1,500 vineyards from drone imagery",
])
def test_whom_the_work_is_for_is_no_result_alone(text: str) -> None:
    assert "no-metric" in score_bullet(text, "applied", "mid").flags, text


@pytest.mark.parametrize("text", [
    "Launched a route planner for 300 couriers in two cities",  # shipped: the audience is its scope
    "Ran a hands-on course on forecasting for 60 planners",  # taught: the audience is its adoption
    "Built a fraud model for 45M monthly users",  # how many use it
])
def test_an_audience_that_shipped_was_taught_or_uses_it_is_a_result(text: str) -> None:
    assert "no-metric" not in score_bullet(text, "applied", "mid").flags, text
