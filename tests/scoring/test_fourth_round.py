"""Fourth round: fractions with any ordinal denominator, outcomes that outrank effort, tutorials
named after the material, and schedules or fleets that are no outcome."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from mlresume_gui.scoring.bullet import score_bullet
from mlresume_gui.scoring.features import read_bullet
from mlresume_gui.scoring.knowledge import knowledge
from mlresume_gui.scoring.numbers import ordinal_words


def outcome(text: str) -> bool:
    return read_bullet(text, knowledge()).has_outcome and "no-metric" not in score_bullet(text, "applied", "mid").flags


def test_ordinals_are_spelt_from_the_cardinals() -> None:
    words = ordinal_words({"three": 3, "twelve": 12, "sixteen": 16, "forty": 40, "two": 2})
    assert words == {"third": 3, "twelfth": 12, "sixteenth": 16, "fortieth": 40}


@pytest.mark.parametrize("text", [
    "Shrank the replay buffer's memory to one-sixteenth with a compressed layout",
    "Invoice disputes fell to an eleventh of last year's count after the matcher shipped",
    "Dropped the labelling budget to three-sixteenths of the original plan with active learning",
    "Brought warehouse energy use down to one-thirtieth of the peak with a scheduling model",
    "Reduced returned parcels by seven-twentieths with the packaging recommender",
    "Misrouted calls went from one in thirteen to one in sixty with the new intent model",
])
def test_fractions_with_any_ordinal_denominator_are_outcomes(text: str) -> None:
    assert outcome(text), text


def test_a_placement_past_tenth_is_read() -> None:
    f = read_bullet("Came fourteenth of 400 teams in the satellite-imagery challenge", knowledge())
    assert "placement" in f.kinds


def test_an_ordinal_of_a_thing_is_no_fraction() -> None:
    assert not outcome("Built a sixteenth model variant for the pricing team in PyTorch")


@pytest.mark.parametrize("text", [
    "Recreated a song-lyrics generator from a Medium article step by step",
    "Rebuilt a spam filter on SMS messages from a data science blog post, step by step",
    "Made a weather LSTM by following a YouTube video line for line",
    "Coded a resume parser with spaCy from a freeCodeCamp video course",
    "Packaged a toy model in Docker as shown in the official getting-started course",
])
def test_material_named_before_how_it_was_followed_is_a_tutorial(text: str) -> None:
    assert "tutorial" in score_bullet(text, "applied", "mid").flags, text


@pytest.mark.parametrize("text", [
    "Built a dropout predictor from course enrolment data for the university",
    "Gave a lecture series on recommender systems to 80 engineers; 4 teams adopted its templates",
    "Wrote a blog post on feature stores step by step, read 12K times",
])
def test_data_about_courses_and_authored_material_are_no_tutorial(text: str) -> None:
    assert "tutorial" not in score_bullet(text, "applied", "mid").flags, text


@pytest.mark.parametrize(("target", "strong", "weak"), [
    ("applied", "Parcel damage claims fell by about a fifth after the packing model went live",
     "Wrote a packing model with PyTorch, LightGBM and 40 features for 300 warehouses using Airflow and MLflow"),
    ("applied", "Came first of 5 vendor models in the insurer's pricing bake-off",
     "Submitted a CatBoost pricing model with 180 variables and SHAP reports to the insurer's bake-off"),
    ("infra", "Index builds now take a twelfth of the time",
     "Operate 120 Elasticsearch nodes, 40 Kafka brokers and 3 Flink clusters for 25 teams with Terraform"),
    ("research", "Our sampler halves the steps a diffusion model needs",
     "Trained 36 diffusion models in JAX on 512 TPU cores across 4 datasets and 3 noise schedules"),
])
def test_an_outcome_outranks_effort_tools_and_specificity(target: str, strong: str, weak: str) -> None:
    s, w = score_bullet(strong, target, "mid"), score_bullet(weak, target, "mid")
    assert s.score > w.score, (s.score, w.score)


def test_a_hyphenated_placement_word_is_no_placement() -> None:
    f = read_bullet("Entered an XGBoost model with 90 variables in the champion-challenger review", knowledge())
    assert not f.has_outcome


def test_a_count_a_verb_acted_on_is_no_outcome_count() -> None:
    f = read_bullet("Surveyed 9 denoising methods and reimplemented 5 of them in JAX", knowledge())
    assert not f.has_outcome
    assert read_bullet("Mentored 6 analysts, 4 of whom now own production models", knowledge()).has_outcome


@pytest.mark.parametrize("text", [
    "Improved speech translation by 2.7 BLEU on 5 language pairs with a joint decoder",
    "Raised panoptic quality on Cityscapes by 1.9 with a new mask head",
    "Our retriever scores 3.1 nDCG above the strongest dense baseline on 8 datasets",
    "Outstanding paper award at EMNLP 2024 for a study of annotation artefacts",
])
def test_metric_margins_and_paper_awards_are_outcomes(text: str) -> None:
    assert outcome(text), text


@pytest.mark.parametrize("text", [
    "Trained 4 segmentation models over 5 seeds on Cityscapes",
    "Grouped shoppers by 9 segments with k-means in scikit-learn",
])
def test_counts_beside_margin_words_are_no_margin(text: str) -> None:
    assert not outcome(text), text


def test_more_hardware_is_scale_and_less_is_an_outcome() -> None:
    assert not outcome("Scaled pretraining from 16 to 768 GPUs with Megatron-LM")
    assert outcome("Cut the GPUs the nightly job needs from 48 to 12 with activation offloading")


def test_a_version_and_a_span_of_time_are_no_share() -> None:
    assert not outcome("Moved 200 DAGs from Airflow 1 to Airflow 2 in four months")
    assert outcome("Mentored 6 engineers; 4 in 6 were promoted within two years")


def test_a_cloned_tutorial_repository_is_a_tutorial() -> None:
    assert "tutorial" in score_bullet("Cloned a GitHub tutorial repo and trained a GAN on CelebA", "applied", "mid").flags
    assert "tutorial" not in score_bullet("Forked vLLM and added a paged KV cache for 3 model families",
                                          "infra", "mid").flags


@pytest.mark.parametrize("text", [
    "Topped the private leaderboard of the satellite change-detection challenge among 80 labs",
    "Nearly all refund requests are now approved without an agent",
    "Almost every pull request now gets a model review within a minute",
])
def test_placements_and_shares_in_words_are_outcomes(text: str) -> None:
    assert outcome(text), text


def test_nearly_all_of_ones_own_work_is_no_share() -> None:
    assert not outcome("Wrote nearly all the feature pipelines for the team in Spark")


@pytest.mark.parametrize("text", [
    "Our detector outperforms all prior methods on the nuScenes dataset at equal latency",
    "Set a new record on the BIG-Bench Hard benchmark with a 3B model",
])
def test_a_best_result_claim_measured_on_something_is_an_outcome(text: str) -> None:
    assert outcome(text), text


def test_state_of_the_art_as_an_adjective_is_no_outcome() -> None:
    assert not outcome("Built state-of-the-art ranking models for the feed team")


def test_the_fleet_one_runs_is_scale_and_what_a_system_covers_is_scope() -> None:
    own = score_bullet("Own 16 production models for the lending team", "applied", "mid")
    assert "no-metric" in own.flags and "vague" not in own.flags
    assert not outcome("Serving 25 models in production on KServe")
    assert outcome("Deployed canary analysis with automatic rollback across 30 production models")


def test_a_step_by_step_adjective_after_material_is_no_following() -> None:
    text = "Turned the onboarding course into step-by-step labs used by 300 engineers a year"
    assert "tutorial" not in score_bullet(text, "applied", "mid").flags


@pytest.mark.parametrize("text", [
    "Fine-tuned a ViT on a Kaggle dataset of 60K retinal scans, reaching 0.93 AUC",
    "Won the company hackathon with an invoice-search prototype that is now used by 150 accountants",
])
def test_a_platform_as_a_source_and_a_win_that_led_somewhere_are_no_bare_claims(text: str) -> None:
    assert "kaggle-no-context" not in score_bullet(text, "applied", "mid").flags, text


@pytest.mark.parametrize("text", ["Top 10% of teams in two Kaggle competitions", "Kaggle Grandmaster with 12 gold medals",
                                  "Won 3 hackathons"])
def test_bare_competition_claims_are_still_flagged(text: str) -> None:
    assert "kaggle-no-context" in score_bullet(text, "applied", "mid").flags, text


@pytest.mark.parametrize("text", ["Teams get results back within the hour instead of overnight",
                                  "Answers arrive in seconds rather than overnight"])
def test_a_time_word_closing_the_bullet_after_a_reverse_join_is_read(text: str) -> None:
    assert outcome(text), text  # it used to raise IndexError


_PIECES = ["instead of", "rather than", "down from", "from", "to", "now", "overnight", "same day", "a", "the", "full",
           "day", "hour", "minutes", "one", "in", "twelve", "one-sixteenth", "two-fifths", "third", "half", "nearly",
           "all", "by", "3", "40%", "1.8", "BLEU", "above", "Kaggle", "dataset", "top", "of", "teams", "step by step",
           "tutorial", "Medium article", "production", "models", "GPUs", "weekly", "monthly", "champion-challenger",
           "reproduced", "4", "of them", "serving", "ranked", "first", "fourteenth", "x", "fold", "times", "fewer"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), min_size=1, max_size=12))
def test_any_arrangement_of_the_readers_words_scores_without_error(pieces: list[str]) -> None:
    text = " ".join(pieces)
    for target in ("applied", "infra", "research"):
        s = score_bullet(text, target, "mid")
        assert 0 <= s.score <= 100


@pytest.mark.parametrize("text", [
    "Invoices are settled a whole week sooner with the matching model",
    "Raised decode throughput by three and a half times with speculative decoding",
    "Grew monthly users of the search assistant to 45K from 6K",
    "Raised precision to 0.88 from 0.79 with a reranker",
])
def test_more_worded_changes_are_outcomes(text: str) -> None:
    assert outcome(text), text


@pytest.mark.parametrize("text", [
    "Pickers walk one fewer aisle per order since the slotting model went live",
    "Claims are paid the same day for eight customers in ten with the triage model",
    "Analysts spend a morning a month on audits that used to take a fortnight",
])
def test_counts_shares_and_then_clauses_in_words_are_outcomes(text: str) -> None:
    assert outcome(text), text


def test_a_count_spread_over_units_is_no_share() -> None:
    assert not outcome("Deployed 4 services in 12 regions with Terraform")
    assert not any(q.kind == "percent" for q in read_bullet("Hired 2 engineers in 3 time zones", knowledge()).quantities)


def test_capacity_where_and_sizes_are_no_outcome_and_to_from_rates_are() -> None:
    assert not outcome("Serve embedding lookups from 60 Redis shards handling 2M reads per second")
    assert not outcome("Set up pipeline parallelism for the 405B deployment across 64 GPUs on 8 nodes")
    assert outcome("Chargeback disputes are down to 300 a month from 2,100 since the evidence model shipped")


@pytest.mark.parametrize("text", [
    "Our policy reaches the baseline's return with 8 times fewer environment steps",
    "Wrote the team's guide to feature monitoring, now the required reading for every new analyst",
])
def test_a_multiplier_before_an_effort_noun_and_required_reading_are_outcomes(text: str) -> None:
    assert outcome(text), text


def test_a_reinforcement_learning_agent_is_no_llm_work() -> None:
    assert "llm-unspecific" not in score_bullet("Trained a PPO agent for pallet-stacking robots in Isaac Gym",
                                                "research", "mid").flags
    assert "llm-unspecific" in score_bullet("Used large language models for the sales team", "applied", "mid").flags


@pytest.mark.parametrize("text", [
    "Lecturer of the computer vision module for 120 master's students, rated 4.5 of 5",
    "Taught the weekend forecasting class, rated 4.9/5 by 4 cohorts",
])
def test_a_teaching_rating_is_an_outcome(text: str) -> None:
    assert outcome(text), text
    assert "tutorial" not in score_bullet(text, "applied", "mid").flags


@pytest.mark.parametrize("text", [
    "Our solver finishes 27 more puzzles than the strongest open baseline",
    "Raters prefer our summaries in 6 of every 10 comparisons",
])
def test_comparative_counts_and_shares_of_every_are_outcomes(text: str) -> None:
    assert outcome(text), text


def test_more_of_ones_own_work_is_no_outcome() -> None:
    assert not outcome("Built 4 more dashboards for the growth team in Looker")


@pytest.mark.parametrize("text", [
    "Canary rollbacks take seconds, not minutes, with the release controller",
    "Nightly reconciliations are down to minutes with the incremental join",
])
def test_time_that_shrank_in_unit_words_is_an_outcome(text: str) -> None:
    assert outcome(text), text
