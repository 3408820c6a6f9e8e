"""Outcomes written in words and relations are outcomes: multipliers, fractions, before→after in
words, durations that shrink, "instead of", "down from", ranks and placements."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from mlresume_gui.scoring.bullet import score_bullet
from mlresume_gui.scoring.features import read_bullet
from mlresume_gui.scoring.knowledge import knowledge

_UNITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
          "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"]
_TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
_ORDINALS = ["", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"]


def words(n: int) -> str:
    """``n`` (0-999) in English words, the way a person writes it on a resume."""
    if n < 20:
        return _UNITS[n]
    if n < 100:
        tens, unit = divmod(n, 10)
        return _TENS[tens] + (f"-{_UNITS[unit]}" if unit else "")
    hundreds, rest = divmod(n, 100)
    return f"{_UNITS[hundreds]} hundred" + (f" and {words(rest)}" if rest else "")


def outcome(text: str) -> bool:
    f = read_bullet(text, knowledge())
    return f.has_outcome and "no-metric" not in score_bullet(text, "applied", "mid").flags


@pytest.mark.parametrize("text", [
    # multipliers and fractions
    "Cut checkpoint restore time three-fold by streaming shards from object storage",
    "Sped up feature backfills by an order of magnitude after rewriting the joins",
    "Halving the calibration error of the churn model while keeping recall",
    "The assistant now resolves twice as many chats without a hand-off",
    "Serving now costs one-fifth of what the CPU fleet did",
    "Inference cost fell to a quarter after moving to int4 weights",
    "Moderators clear three times as many reports per shift with the ranked queue",
    "False alarms dropped by half within a month of launch",
    "Cut the share of claims needing a second review from one in four to one in ten",
    # before → after in words, durations that shrink
    "Brought label review from a week to a single afternoon with an active-learning queue",
    "Took release sign-off from two days to fifteen minutes with automated canary checks",
    "Cold start of the embedding service went from ninety seconds to nine",
    "Drop-off fell from 34 percent to 21 percent after the checklist model shipped",
    "Raised GPU utilisation from 38% to 81% by packing small jobs",
    # instead of, down from, up from
    "Evaluation sweeps take 4 minutes instead of a manual hour",
    "Account takeovers now run at 600 a month, down from 2,300",
    "Recommendations reach 3 million shoppers a week, up from a pilot of 40 thousand",
    "Confirmed takeovers are down from 1,900 to 700 a month",
    # before → after in unit words alone, and counts after "from"
    "Took nightly retraining from days to hours by caching tokenised shards",
    "Took partner onboarding from weeks to a few days with a document-check model",
    "Grew model adoption from 2 teams to 11 within a year",
    "Cut the quarterly audit from two months to three weeks",
    # ranks and placements
    "Ranked top-5 of 1,400 teams in a fraud detection competition using a CatBoost ensemble",
    "Placed second of 418 teams in a speech translation shared task with a distilled conformer",
    "Ranked first on a public table-QA leaderboard with a fine-tuned T5",
    "Took first place of 240 teams in a document VQA challenge with a Donut model",
])
def test_outcome_in_words_is_an_outcome(text: str) -> None:
    assert outcome(text), read_bullet(text, knowledge()).quantities


@pytest.mark.parametrize("text", [
    "First author of a paper on sparse attention",  # an ordinal that is no placement
    "Built a two-tower retrieval model for the home feed",  # "two" names the model
    "Ran retraining once a week for the ranking model",  # a frequency, not a change
    "Fine-tuned 20+ models with Trainer, DeepSpeed and LoRA on 8-GPU nodes",  # effort
    "Run weekly retraining jobs in Airflow for 12 models and review 30 dashboards",
    "Benchmarked 6 eviction policies across 3 GPU types",
    "Raised top-1 recall with hard negative mining",  # a metric's name, not a placement
    "Annotated 5,000 receipts and trained 4 extraction models",  # a large count is scale
    "Scaled 3 models to 40 GPUs",  # two different things: no before→after
])
def test_effort_and_look_alikes_are_no_outcome(text: str) -> None:
    assert not read_bullet(text, knowledge()).has_outcome


@pytest.mark.parametrize("strong,weak,target", [
    ("Raised GPU utilisation from 38% to 81%", "Fine-tuned 20+ models with Trainer, DeepSpeed and LoRA on 8-GPU nodes",
     "infra"),
    ("Confirmed takeovers are down from 1,900 to 700 a month",
     "Run weekly retraining jobs in Airflow for 12 models and review 30 dashboards", "applied"),
    ("Cut the nightly index rebuild from six hours to forty minutes",
     "Maintained the nightly index rebuild across 10 shards and 3 regions on Kubernetes", "infra"),
])
def test_an_outcome_ranks_above_effort_and_scale(strong: str, weak: str, target: str) -> None:
    assert score_bullet(strong, target, "mid").score > score_bullet(weak, target, "mid").score


_TEMPLATES = [
    ("Cut the {thing} from {a} minutes to {b} minutes", True),
    ("Brought {thing} down from {a} seconds to {b} seconds with request batching", True),
    ("Made the {thing} {a} times faster by caching decoded shards", False),
    ("Raised {thing} accuracy by {a} percent on the held-out eval", False),
    ("The {thing} now takes {b} hours instead of {a} hours", True),
    ("Incidents on the {thing} fell from {a} to {b} a month", True),
    ("Cut {thing} time {a}-fold with asynchronous sharded saves", False),
]
_THINGS = ["nightly index rebuild", "checkpoint restore", "feature backfill", "evaluation sweep", "model release"]


@settings(max_examples=150, deadline=None)
@given(st.sampled_from(_TEMPLATES), st.sampled_from(_THINGS), st.integers(2, 999), st.integers(1, 998))
def test_rewording_a_number_into_words_keeps_the_outcome(template: tuple[str, bool], thing: str, a: int, b: int) -> None:
    pattern, pair = template
    if pair and b >= a:
        a, b = b + 1, a
    digits = pattern.format(thing=thing, a=a, b=b)
    if not outcome(digits):
        return  # the property is about words: an outcome in digits stays one in words
    for spelled in (pattern.format(thing=thing, a=words(a), b=b), pattern.format(thing=thing, a=a, b=words(b)),
                    pattern.format(thing=thing, a=words(a), b=words(b))):
        assert outcome(spelled), (digits, spelled, read_bullet(spelled, knowledge()).quantities)


@settings(max_examples=60, deadline=None)
@given(st.integers(1, 10), st.integers(11, 999))
def test_a_placement_in_words_is_a_placement(place: int, teams: int) -> None:
    for verb, placed in (("Placed", _ORDINALS[place]), ("Finished", _ORDINALS[place])):
        text = f"{verb} {placed} of {teams} teams in a fraud detection competition with a LightGBM ensemble"
        kinds = {q.kind for q in read_bullet(text, knowledge()).quantities}
        assert "placement" in kinds and "field" in kinds, (text, kinds)
        assert "kaggle-no-context" not in score_bullet(text, "applied", "mid").flags


def test_spans_of_numbers_in_words_are_spans_of_the_original_text() -> None:
    text = "Took release sign-off from two days to fifteen minutes"
    spans = [text[q.start : q.end] for q in read_bullet(text, knowledge()).quantities]
    assert "two days to fifteen minutes" in spans
