"""Findings explain the score: below the threshold a bullet always says what costs it points."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from mlresume_gui.scoring.bullet import score_bullet
from mlresume_gui.scoring.findings import FLAG_CODES, NOTE_CODES
from mlresume_gui.scoring.knowledge import knowledge

THRESHOLD = knowledge().explain["threshold"]


def test_the_threshold_is_stated_in_the_tables() -> None:
    assert THRESHOLD == 60


def test_the_issue_example_explains_its_score() -> None:
    s = score_bullet("Benchmarked 6 eviction policies across 3 GPU types", "infra", "mid")
    assert s.score < THRESHOLD and s.findings
    assert "no-metric" in s.flags
    assert all(f.message and f.suggestion for f in s.findings)


def test_scale_without_outcome_is_explained_as_such() -> None:
    s = score_bullet("Trained gradient-boosted models for fraud detection on 12B-row transaction data", "applied", "mid")
    assert s.score < THRESHOLD
    note = next(f for f in s.findings if f.code == "no-outcome")
    assert "points" in note.message and note.severity == "info"


def test_a_bullet_above_the_threshold_may_read_well() -> None:
    s = score_bullet("Shipped a two-tower retrieval model to 45M users; lifted add-to-cart rate 2.4% in an A/B test "
                     "(n=9M sessions over 4 weeks)", "applied", "mid")
    assert s.score >= THRESHOLD and not s.flags


WORDS = ["Built", "Helped", "a", "model", "pipeline", "for", "fraud", "12", "GPUs", "users", "cut", "latency",
         "from", "80 ms", "to", "12 ms", "with", "PyTorch", "dashboards", "and", "LLM", "3x", "teams", "tutorial",
         "Kaggle", "top 5%", "shipped", "the", "ranking", "on", "1.2M", "rows", "halved", "errors"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(WORDS), min_size=1, max_size=16), st.sampled_from(["research", "infra", "applied"]),
       st.sampled_from([None, "student", "mid", "senior"]))
def test_every_bullet_below_the_threshold_names_what_costs_it_points(words: list[str], target: str,
                                                                     seniority: str | None) -> None:
    s = score_bullet(" ".join(words), target, seniority)
    if s.score < THRESHOLD:
        costly = [f for f in s.findings if f.code in FLAG_CODES or f.code in NOTE_CODES or f.code == "empty"]
        assert costly, (words, s.score, s.findings)
        assert all(f.message and f.suggestion for f in costly)


def test_notes_name_the_points_they_cost() -> None:
    s = score_bullet("Maintained the nightly index rebuild across 10 shards and 3 regions", "infra", "mid")
    notes = [f for f in s.findings if f.code in NOTE_CODES]
    assert notes and all("points" in f.message for f in notes if f.code != "unanchored-percent")


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(WORDS), min_size=1, max_size=16), st.sampled_from(["research", "infra", "applied"]))
def test_a_bullet_without_an_outcome_never_reads_well(words: list[str], target: str) -> None:
    """Whatever it scores, a bullet of effort or scale alone says that it shows no outcome."""
    from mlresume_gui.scoring.features import read_bullet

    text = " ".join(words)
    if not text.strip() or read_bullet(text, knowledge()).has_outcome:
        return
    codes = {f.code for f in score_bullet(text, target, "mid").findings}
    assert codes & {"no-metric", "no-outcome", "vague"}, (text, codes)


def test_discounted_scale_is_not_called_missing() -> None:
    s = score_bullet("Pretrained a 7B model on 2T tokens with Megatron-LM on 512 H100s", "infra", "mid")
    codes = [f.code for f in s.findings]
    assert "no-outcome" in codes and "no-scale" not in codes
