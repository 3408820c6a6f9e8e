"""Monotonic properties of the bullet score, checked over generated bullets."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from mlresume_gui.scoring.bullet import COMPONENTS, score_bullet

TARGETS = ("research", "infra", "applied")
SENIORITIES = (None, "student", "junior", "mid", "senior")

OPENERS = ["Built", "Shipped", "Designed", "Trained", "Owned", "Led", "Implemented", "Migrated",
           "Fine-tuned", "Deployed", "Scaled", "Wrote", "Developed", "Profiled"]
OBJECTS = ["a two-tower retrieval model for the home feed", "the vLLM serving stack for three models",
           "gradient-boosted fraud models in XGBoost", "a distributed training pipeline on PyTorch FSDP",
           "an anomaly-detection model for alerting", "a churn classifier in scikit-learn",
           "a CUDA kernel for fused attention", "drift monitoring across production models",
           "a RAG assistant over support documents", "a contrastive pretraining method for retrieval",
           "the feature store integration on Feast", "a ViT segmentation model for radiology scans",
           "Mistral-7B with LoRA on support conversations", "a speech recognition model for call audio"]
EXTRAS = ["", " with the platform team", " on 1.8B card transactions", " for 45M monthly users",
          " using PyTorch and Ray", " on 64 H100 GPUs", " published at ICML 2024"]
RESULTS = ["cut p99 latency from 80 ms to 12 ms", "raised recall from 0.62 to 0.71",
           "reduced step time from 4.2s to 1.6s", "lifted CTR from 1.9% to 2.3%",
           "cut serving cost from $90K to $40K a month", "raised accuracy from 71% to 84%"]

bullets = st.builds(lambda o, x, e: f"{o} {x}{e}", st.sampled_from(OPENERS), st.sampled_from(OBJECTS),
                    st.sampled_from(EXTRAS))


@settings(max_examples=150, deadline=None)
@given(bullets, st.sampled_from(RESULTS), st.sampled_from(TARGETS), st.sampled_from(SENIORITIES))
def test_adding_a_before_after_result_never_lowers_the_score(text: str, result: str, target: str,
                                                             seniority: str | None) -> None:
    before = score_bullet(text, target, seniority)
    after = score_bullet(f"{text}; {result}", target, seniority)
    assert after.score >= before.score
    assert "no-metric" not in after.flags and "vague" not in after.flags
    assert after.components["quantified outcome"] == 1.0


@settings(max_examples=150, deadline=None)
@given(bullets, st.sampled_from(RESULTS), st.sampled_from(TARGETS))
def test_replacing_the_outcome_with_worked_on_lowers_the_score(text: str, result: str, target: str) -> None:
    strong = score_bullet(f"{text}; {result}", target, "mid")
    _verb, _, rest = text.partition(" ")
    weak = score_bullet(f"Worked on {rest}", target, "mid")
    assert weak.score < strong.score
    assert "weak-verb" in weak.flags


@settings(max_examples=150, deadline=None)
@given(bullets, st.sampled_from(["", "; cut p99 latency from 80 ms to 12 ms"]), st.sampled_from(SENIORITIES))
def test_switching_target_changes_only_the_archetype_signal(text: str, result: str, seniority: str | None) -> None:
    scores = {t: score_bullet(text + result, t, seniority) for t in TARGETS}
    for c in COMPONENTS:
        values = {scores[t].components[c] for t in TARGETS}
        if c != "archetype signal":
            assert len(values) == 1, (c, values)
    assert {scores[t].flags for t in TARGETS} == {scores["applied"].flags}
    assert {scores[t].metric_spans for t in TARGETS} == {scores["applied"].metric_spans}


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=300), st.sampled_from(TARGETS), st.sampled_from(SENIORITIES))
def test_any_text_scores_in_range_with_valid_spans(text: str, target: str, seniority: str | None) -> None:
    s = score_bullet(text, target, seniority)
    assert 0 <= s.score <= 100
    assert set(s.components) == set(COMPONENTS) and all(0.0 <= v <= 1.0 for v in s.components.values())
    for f in s.findings:
        assert 0 <= f.start <= f.end <= len(text)
        assert f.severity in ("error", "warning", "info")
    for a, b in s.metric_spans:
        assert 0 <= a < b <= len(text)


def test_target_signal_moves_the_way_the_archetypes_say() -> None:
    infra = "Cut per-step time from 4.2s to 1.6s on 1024 H100 GPUs with FSDP and NCCL tuning"
    applied = "Shipped a ranking model to 45M users; lifted conversion 3.1% in an A/B test (n=9M sessions over 4 weeks)"
    research = "First author of a NeurIPS 2024 paper that set a new state of the art on MMLU; 180+ citations"
    for text, best in ((infra, "infra"), (applied, "applied"), (research, "research")):
        by = {t: score_bullet(text, t).components["archetype signal"] for t in TARGETS}
        assert max(by, key=by.get) == best, by
        assert score_bullet(text, best).score >= max(score_bullet(text, t).score for t in TARGETS)


def test_scale_expectation_grows_with_seniority() -> None:
    text = "Trained a churn model on 40K customer records"
    student = score_bullet(text, "applied", "student").components["scale"]
    senior = score_bullet(text, "applied", "senior").components["scale"]
    assert student > senior
