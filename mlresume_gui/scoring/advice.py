"""Plain words for each flag: a one-line message and a concrete suggestion, tuned to the target."""

from __future__ import annotations

from functools import lru_cache

from .findings import Finding, Severity
from .rules import Raised

# What a measured result looks like for each target, used in no-metric and vague suggestions.
_RESULT_EXAMPLE = {
    "research": "the benchmark and the score you reached (e.g. +2.1 BLEU on WMT'14, SOTA on ImageNet)",
    "infra": "the scale and the speed-up (GPU count, step time before → after, p99 latency, cost)",
    "applied": "the shipped outcome (metric before → after, A/B lift with its size and duration, users reached)",
}

_MISSING = {
    "name": "the competition's name",
    "placement": "your placement (rank or top %)",
    "field size": "how many teams entered",
    "approach": "the approach that got you there",
}


def _join(items: list[str]) -> str:
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " and " + items[-1]


def _words(r: Raised, target: str, seniority: str | None) -> tuple[str, str]:
    code = r.code
    if code == "weak-verb":
        phrase = r.detail[0] if r.detail else "this opener"
        return (f"Opens with “{phrase}”, which hides what you did yourself",
                "Lead with the action you owned: Built, Shipped, Trained, Cut, Designed…")
    if code == "vague":
        return ("Too general: no model, task, data or result a reader could check",
                "Name the model type and the task, add the data scale, and end with "
                + _RESULT_EXAMPLE[target])
    if code == "no-metric":
        return ("No measured result: nothing before → after, no %, scale, latency, money or count of outcome",
                "Add " + _RESULT_EXAMPLE[target])
    if code == "tutorial":
        early = seniority in ("student", "junior")
        if early:
            return ("Reads as a tutorial or course exercise: fine as a learning project at your stage",
                    "Keep it under Projects and say what you changed or measured beyond the tutorial")
        return ("Tutorial or course work presented as experience: it reads as a learning exercise",
                "Drop it, or replace it with work you did on a real problem (your own data, users or results)")
    if code == "kaggle-no-context":
        missing = [_MISSING[m] for m in r.detail if m in _MISSING]
        return ("Competition claim without context: it is missing " + _join(missing),
                "Write it as: place and top % in <competition name> (N teams), with <approach and techniques>")
    if code == "buzzword-stack":
        listed = ", ".join(r.detail[:6])
        return (f"A stack of fashionable terms ({listed}) with nothing shown in depth",
                "Pick the one or two you used in production and say what shipped and what it changed")
    if code == "llm-unspecific":
        return ("LLM work without a named model, data set, evaluation or outcome",
                "Name the model and its size, the data, how you evaluated it and the result "
                "(e.g. fine-tuned Llama-3-8B on 300K tickets; +9 pts accuracy on a 1K-question eval)")
    if code == "unanchored-percent":
        pct = r.detail[0] if r.detail else "the percentage"
        return (f"{pct} without a baseline is hard to judge",
                f"Say what the {pct} is measured against: a baseline, a benchmark or an A/B test")
    if code == "long-bullet":
        return ("Long bullet: the result gets lost", "Keep one idea per bullet, about one or two lines")
    if code == "short-bullet":
        return ("Very short bullet", "Say what you built, for what, at what scale, and what it changed")
    return (code, "")


@lru_cache(maxsize=1024)
def make_finding(r: Raised, severity: Severity, target: str, seniority: str | None) -> Finding:
    """The user-facing finding for a raised rule."""
    message, suggestion = _words(r, target, seniority)
    return Finding(r.code, severity, message, suggestion, r.start, r.end)
