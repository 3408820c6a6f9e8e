"""Plain words for each flag: a one-line message and a concrete suggestion, tuned to the target."""

from __future__ import annotations

from .findings import Finding, Severity
from .rules import Raised

_new = tuple.__new__  # a named tuple built without its Python-level __new__

# What a measured result looks like for each target, used in no-metric and vague suggestions.
_RESULT_EXAMPLE = {
    "research": "the benchmark and the score you reached (e.g. +2.1 BLEU on WMT'14, SOTA on ImageNet)",
    "infra": "the scale and the speed-up (GPU count, step time before → after, p99 latency, cost)",
    "applied": "the shipped outcome (metric before → after, A/B lift with its size and duration, users reached)",
}

# What each target's reader looks for, used in the off-target note.
_SIGNAL_EXAMPLE = {
    "research": "the venue, the benchmark and your part (first author, state of the art on a named benchmark, citations)",
    "infra": "the system and its scale (GPUs or nodes, parameters, throughput, p99 latency, step time, cost) "
             "with the tools that did it (FSDP, vLLM, CUDA …)",
    "applied": "what shipped, to how many users, and the product metric it moved (with the A/B test's size and length)",
}
_TARGET_LABEL = {"research": "a research", "infra": "an ML infrastructure", "applied": "an applied ML"}

# The notes that explain a low score (explain.py): message and suggestion templates.
_NOTES = {
    "no-outcome": ("Shows effort or scale (what was used or built) but not what it changed",
                   "Add the outcome: {result}"),
    "small-outcome": ("The result is a count or a scale, not a change a reader can weigh",
                      "Say what it changed: {result}"),
    "unspecific": ("Says little a reader could check: no task, data set or named metric",
                   "Name the task and the data, and the metric that moved"),
    "no-scale": ("No scale: how much data, how many users, GPUs or requests", "Add the scale you worked at"),
    "unnamed-tech": ("Names no model, tool or technique", "Name the model type and the tools that did the work "
                     "(e.g. a LightGBM ranker, Llama-3-8B with LoRA, PyTorch FSDP)"),
    "off-target": ("Little here that {target} reader looks for", "Add {signal}"),
    "plain-opener": ("Opens without an action verb of yours", "Lead with what you did: Built, Shipped, Cut, Trained…"),
    "short-bullet": ("Very short bullet", "Say what you built, for what, at what scale, and what it changed"),
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
    if code in _NOTES:
        pts = f" (about {r.detail[0]} points)" if r.detail else ""
        message, suggestion = _NOTES[code]
        label = _TARGET_LABEL.get(target, target)
        return (message.format(target=label) + pts,
                suggestion.format(target=label, result=_RESULT_EXAMPLE[target], signal=_SIGNAL_EXAMPLE[target]))
    if code == "long-bullet":
        return ("Long bullet: the result gets lost", "Keep one idea per bullet, about one or two lines")
    return (code, "")


def make_finding(r: Raised, severity: Severity, target: str, seniority: str | None) -> Finding:
    """The user-facing finding for a raised rule (the bullet scorer caches it)."""
    message, suggestion = _words(r, target, seniority)
    return _new(Finding, (r.code, severity, message, suggestion, r.start, r.end))
