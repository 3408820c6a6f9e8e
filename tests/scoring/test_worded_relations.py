"""Third round of the quantity reader: qualified fractions ("by nearly half"), after-then-before in
time words alone ("overnight instead of the whole weekend"), compound nouns counted by their head
("6 claims models" are models), and hyphenated durations ("a ten-minute pipeline")."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from mlresume_gui.scoring.bullet import score_bullet
from mlresume_gui.scoring.features import read_bullet
from mlresume_gui.scoring.knowledge import knowledge


def outcome(text: str) -> bool:
    return read_bullet(text, knowledge()).has_outcome and "no-metric" not in score_bullet(text, "applied", "mid").flags


@pytest.mark.parametrize("text", [
    "Churn among new subscribers fell by nearly half in the first quarter after launch",
    "Onboarding drop-off is down by almost a third since the checklist model launched",
    "Cut the weekly GPU bill to roughly a quarter with spot capacity",
    "Training now finishes overnight instead of taking the whole weekend",
    "Support answers in minutes rather than days with the ticket routing model",
    "Reps spend an hour a week on lead research instead of a full day",
    "Recovery after preemption takes seconds rather than an hour",
    "Brought model deploys from a day of manual steps to a ten-minute pipeline",
    "Nightly ETL completes in 40 minutes, not the 5 hours it used to take",
])
def test_worded_relations_are_outcomes(text: str) -> None:
    assert outcome(text), read_bullet(text, knowledge()).quantities


@pytest.mark.parametrize("text", [
    "Deployed 6 claims models to SageMaker with 14 endpoints",  # claims models are models
    "Trained 12 customer models with XGBoost",
    "Ran 12 load tests on 4 serving backends",  # serving names the backends, not their reach
    "Retrained the model weekly instead of monthly",  # a frequency, not a span of time that shrank
    "Backtested the forecaster over 3 years of data against two baselines",
])
def test_effort_look_alikes_stay_no_outcome(text: str) -> None:
    assert not read_bullet(text, knowledge()).has_outcome, read_bullet(text, knowledge()).quantities


def test_a_hyphenated_duration_keeps_its_kind() -> None:
    kinds = [q.kind for q in read_bullet("Replaced it with a 10-minute pipeline", knowledge()).quantities]
    assert kinds == ["duration"]


_FRACTIONS = ["by half", "by a third", "by a quarter", "to a third", "to a fifth", "to a tenth"]
_QUALIFIERS = ["nearly", "almost", "about", "roughly", "more than", "close to", "well over"]
_SUBJECTS = ["False declines", "Manual reviews", "Cold-start time", "Serving cost", "Label noise"]


@settings(max_examples=80, deadline=None)
@given(st.sampled_from(_SUBJECTS), st.sampled_from(_FRACTIONS), st.sampled_from(_QUALIFIERS))
def test_a_qualifier_never_turns_a_fraction_into_no_outcome(subject: str, fraction: str, qualifier: str) -> None:
    plain = f"{subject} fell {fraction} after the new model launched"
    lead, rest = fraction.split(" ", 1)
    qualified = f"{subject} fell {lead} {qualifier} {rest} after the new model launched"
    assert outcome(plain) and outcome(qualified), qualified


_AFTER = ["in minutes", "in seconds", "overnight", "in an hour", "in a single afternoon", "in two days"]
_BEFORE = ["days", "a week", "the whole weekend", "a full working day", "several hours", "three weeks"]
_JOINS = ["instead of", "rather than", "compared with"]


@settings(max_examples=80, deadline=None)
@given(st.sampled_from(_AFTER), st.sampled_from(_JOINS), st.sampled_from(_BEFORE))
def test_after_then_before_in_time_words_is_an_outcome(after: str, join: str, before: str) -> None:
    text = f"The nightly retrain finishes {after} {join} {before} on the new scheduler"
    assert outcome(text), (text, read_bullet(text, knowledge()).quantities)


@settings(max_examples=60, deadline=None)
@given(st.integers(2, 99), st.sampled_from(["claims", "customer", "image", "query", "user", "ticket"]),
       st.sampled_from(["models", "classifiers", "pipelines", "dashboards", "notebooks"]))
def test_a_count_of_things_built_is_effort_whatever_names_them(n: int, modifier: str, head: str) -> None:
    text = f"Maintained {n} {modifier} {head} in Python"
    assert not read_bullet(text, knowledge()).has_outcome, text
    assert "no-metric" in score_bullet(text, "applied", "mid").flags, text


@pytest.mark.parametrize("british,american", [
    ("Raised GPU utilisation from 38% to 81%", "Raised GPU utilization from 38% to 81%"),
    ("Quantised the ranker to int8 and optimised the tokeniser", "Quantized the ranker to int8 and optimized the tokenizer"),
])
def test_british_spellings_read_as_american_ones(british: str, american: str) -> None:
    b, a = read_bullet(british, knowledge()), read_bullet(american, knowledge())
    assert b.norms == a.norms and b.signals == a.signals


def test_words_that_only_end_like_british_spellings_keep_their_s() -> None:
    from mlresume_gui.scoring.text import norm_word

    assert [norm_word(w) for w in ("raised", "noise", "revised", "wise")] == ["raised", "noise", "revised", "wise"]


@pytest.mark.parametrize("text", [
    "Turned a six-week vendor onboarding review into a two-day automated check",
    "Took the monthly close from a three-day manual reconciliation to a single two-hour run",
    "Moved the risk report from two days of manual queries to an overnight job",
])
def test_spans_of_time_joined_by_to_or_into_are_a_before_after(text: str) -> None:
    assert outcome(text), read_bullet(text, knowledge()).quantities


@pytest.mark.parametrize("text", [
    "Designed a 24-layer encoder with 350M parameters in PyTorch",  # the size of an architecture
    "Maintained 14 dashboard pages and 6 alert policies for the serving fleet",  # pages of dashboards are effort
])
def test_sizes_and_things_written_are_no_result(text: str) -> None:
    assert "no-metric" in score_bullet(text, "infra", "mid").flags, read_bullet(text, knowledge()).quantities


def test_material_used_to_onboard_people_has_reach() -> None:
    text = "Wrote an internal primer on score-based models, now used to onboard 25 new researchers"
    assert not score_bullet(text, "research", "mid").flags


def test_a_multiplier_word_follows_its_number() -> None:
    kinds = [q.kind for q in read_bullet("Trained 4 click-time prediction models in PyTorch", knowledge()).quantities]
    assert "fold" not in kinds, kinds
    assert [q.kind for q in read_bullet("Made scoring 4 times faster", knowledge()).quantities] == ["fold"]


def test_a_marker_inside_a_compound_noun_is_no_coursework() -> None:
    assert "tutorial" not in score_bullet("Built a shift-assignment model for 300 nurses, halving overtime",
                                          "applied", "mid").flags
    assert "tutorial" in score_bullet("Reproduced a GAN by following a blog tutorial", "applied", "mid").flags


def test_a_task_word_belongs_to_a_descriptive_competition_name() -> None:
    text = "Took second place of 900 teams in a Kaggle ranking challenge with a LightGBM ensemble"
    assert "kaggle-no-context" not in score_bullet(text, "applied", "mid").flags


def test_a_share_in_digits_is_a_percentage() -> None:
    text = "Reviewers stopped re-checking 3 in 4 invoices once the matching model launched"
    assert outcome(text), read_bullet(text, knowledge()).quantities


def test_k_fold_cross_validation_is_no_multiplier() -> None:
    kinds = [q.kind for q in read_bullet("Tuned the model with 10-fold cross-validation", knowledge()).quantities]
    assert "fold" not in kinds, kinds
    assert "fold" in [q.kind for q in read_bullet("Made loading 10-fold faster", knowledge()).quantities]


def test_time_saved_is_an_outcome() -> None:
    assert outcome("Saved 6 engineer-days a month by automating the release notes")


def test_a_signed_change_is_a_metric() -> None:
    kinds = [q.kind for q in read_bullet("New state of the art on the Waymo benchmark, +1.8 mAPH", knowledge()).quantities]
    assert kinds == ["metric"], kinds


def test_a_platform_title_is_a_competition_claim() -> None:
    assert "kaggle-no-context" in score_bullet("Kaggle Master", "applied", "mid").flags


def test_a_field_counted_in_teams_needs_no_of() -> None:
    text = "Hackathon winner: a retail vision hackathon, 60 teams, with a YOLOv8 shelf detector"
    assert "kaggle-no-context" not in score_bullet(text, "applied", "mid").flags


def test_wins_on_m_of_n_benchmarks_are_a_share() -> None:
    assert outcome("Our distilled model beats the teacher on 5 of 8 reading-comprehension benchmarks")
    kinds = {q.kind for q in read_bullet("Placed top 5 of 900 teams in a Kaggle retail competition with LightGBM",
                                         knowledge()).quantities}
    assert "placement" in kinds and "percent" not in kinds, kinds


@pytest.mark.parametrize("text", [
    "Moderated 20K listings a day with 3 classifiers",  # how much runs through: volume, scale
    "Generated 2M job recommendations a day with a two-tower model",  # a large count of things made
])
def test_volume_processed_is_scale_not_an_outcome(text: str) -> None:
    f = read_bullet(text, knowledge())
    assert f.has_result and not f.has_outcome, f.quantities


def test_a_magnitude_word_belongs_to_its_number() -> None:
    q = read_bullet("Recommendations reach 3 million shoppers a week", knowledge()).quantities[0]
    assert q.value == 3e6


@pytest.mark.parametrize("text", [
    "Made nightly backfills sevenfold faster by pruning partitions",
    "Reviewers finish the queue by noon instead of working until the evening",
    "Refunds are approved the next day, not in the usual fortnight",
])
def test_idiomatic_outcomes_are_outcomes(text: str) -> None:
    assert outcome(text), read_bullet(text, knowledge()).quantities


def test_rules_named_with_a_noun_before_them_are_effort() -> None:
    assert not read_bullet("Maintained 9 claims routing rules in Drools", knowledge()).has_outcome
