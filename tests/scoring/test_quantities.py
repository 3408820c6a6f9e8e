"""Telling results from other numbers: kinds, values and spans."""

from __future__ import annotations

import pytest

from mlresume_gui.scoring.features import read_bullet
from mlresume_gui.scoring.knowledge import knowledge


def kinds(text: str) -> list[tuple[str, str]]:
    f = read_bullet(text, knowledge())
    return [(q.kind, text[q.start : q.end]) for q in f.quantities]


def result_kinds(text: str) -> set[str]:
    return {q.kind for q in read_bullet(text, knowledge()).quantities if q.result}


@pytest.mark.parametrize("text,kind,span", [
    ("reduced per-step time from 4.2s to 1.6s", "before_after", "4.2s to 1.6s"),
    ("cut latency from 80ms p99 to 12ms p99", "before_after", "80ms p99 to 12ms"),
    ("lifted recall 0.34 → 0.51", "before_after", "0.34 → 0.51"),
    ("raised accuracy from 71% to 84%", "before_after", "71% to 84%"),
    ("cut the retrain from 14 h to 2.5 h", "before_after", "14 h to 2.5 h"),
    ("lifted CTR 2.4%", "percent", "2.4%"),
    ("2.5x faster decoding", "fold", "2.5x"),
    ("a 10-fold speed-up", "fold", "10-fold"),
    ("p99 of 640 ms", "latency", "640 ms"),
    ("serving 12K QPS", "throughput", "12K QPS"),
    ("8,000 tokens/s per GPU", "throughput", "8,000 tokens/s"),
    ("saving $4.3M a year", "money", "$4.3M"),
    ("for 45M monthly users", "users", "45M monthly users"),
    ("on 1.8B card transactions", "data", "1.8B card transactions"),
    ("in an A/B test (n=9M sessions)", "sample", "9M"),
    ("with 180+ citations", "citations", "180+ citations"),
    ("finished 3rd", "placement", "3rd"),
    ("top 0.5% of the field", "placement", "0.5%"),
    ("caught within 24 hours", "time", "24 hours"),
    ("used by 4 ML teams", "count", "4"),
    ("1.3K GitHub stars", "users", "1.3K GitHub stars"),
    ("an LLM-judge agreement of 0.87", "metric", "0.87"),
    ("took 96 GB of HBM", "memory", "96 GB"),
])
def test_results(text: str, kind: str, span: str) -> None:
    found = kinds(text)
    assert any(k == kind and s.startswith(span.split()[0]) and span in text for k, s in found), found
    assert kind in result_kinds(text)


@pytest.mark.parametrize("text,kind,span", [
    ("runs on 1024-GPU clusters", "compute", "1024-GPU"),
    ("on 48 A100 GPUs", "compute", "48 A100 GPUs"),
    ("70B-parameter LLMs", "params", "70B-parameter"),
    ("a transformer with 600M parameters", "params", "600M parameters"),
])
def test_compute_is_scale_not_a_result(text: str, kind: str, span: str) -> None:
    """GPUs used and parameters (the size of an architecture) are scale: they add to an outcome but
    are no result on their own."""
    assert any(k == kind and s.startswith(span.split()[0]) for k, s in kinds(text)), kinds(text)
    assert kind not in result_kinds(text)


@pytest.mark.parametrize("text,kind", [
    ("published at NeurIPS 2024", "year"),
    ("since 2019", "year"),
    ("for 3 years", "tenure"),
    ("across 5 teams", "non_outcome"),
    ("completed 4 courses", "non_outcome"),
    ("used 12 tools", "non_outcome"),
    ("in 3 Kaggle competitions", "non_outcome"),
    ("an A/B test over 4 weeks", "duration"),
    ("upgraded to CUDA 12", "version"),
    ("AWQ 4-bit quantization", "bits"),
])
def test_numbers_that_are_not_results(text: str, kind: str) -> None:
    found = kinds(text)
    assert any(k == kind for k, _ in found), found
    assert not result_kinds(text), found


@pytest.mark.parametrize("text", [
    "Fine-tuned Llama-3-8B", "GPT-4 and GPT-4o", "top-1 recall", "p50/p99 latency", "NDCG@10",
    "A100 and H100 nodes", "ResNet-50 backbone", "S3 buckets", "F1 score", "a 3D detector",
])
def test_numbers_inside_names_are_not_results(text: str) -> None:
    assert not result_kinds(text), kinds(text)


def test_model_size_is_specific_but_no_result() -> None:
    found = kinds("Fine-tuned Mistral-7B with LoRA")
    assert ("model_size", "7B") in found
    assert not result_kinds("Fine-tuned Mistral-7B with LoRA")


def test_field_size_needs_a_competition() -> None:
    assert "field" in result_kinds("Finished 14th of 7,176 teams in the M5 Forecasting competition")
    assert "field" not in result_kinds("Coordinated work of 7 teams")
