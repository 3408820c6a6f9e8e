"""Scoring one bullet: named components in [0, 1], penalties for flags, findings with spans.

``score_bullet(text, target, seniority)`` is a pure function of its arguments and the knowledge
tables, cached on them. Only the "archetype signal" component depends on the target; the target
also sets the component weights and the wording of suggestions.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from typing import NamedTuple

from .advice import make_finding
from .features import SCALE_KINDS, Features, read_bullet
from .findings import FLAG_CODES, Finding
from .knowledge import ARCHETYPES, Knowledge, knowledge
from .quantities import magnitude_score
from .rules import Raised, raise_all

MAX_CHARS = 2000  # characters of a bullet that are read; the rest only makes it a long bullet
COMPONENTS = ("specificity", "quantified outcome", "scale", "named technology", "archetype signal",
              "verb strength", "length")


@dataclass(frozen=True)
class BulletScore:
    """A bullet's score (0-100), its components and penalties, findings, flags and metric spans.

    ``signals`` holds the archetype signal for every archetype and ``skills`` the canonical
    skills the bullet names (both feed the resume aggregates). Treat the dicts as read-only:
    scores are cached and shared.
    """

    score: int
    components: dict[str, float]
    penalties: dict[str, float]
    findings: tuple[Finding, ...]
    flags: tuple[str, ...]
    metric_spans: tuple[tuple[int, int], ...]
    signals: dict[str, float] = field(default_factory=dict)
    skills: frozenset[str] = frozenset()
    ships: bool = False
    owns_deployment: bool = False


class _Reading(NamedTuple):
    """The target-independent part of a bullet's score (the features themselves are not kept)."""

    raised: tuple[Raised, ...]
    base: dict[str, float]
    spans: tuple[tuple[int, int], ...]
    signals: dict[str, float]
    skills: frozenset[str]
    ships: bool
    owns_deployment: bool


def _merge(spans: list[tuple[int, int]]) -> tuple[tuple[int, int], ...]:
    out: list[list[int]] = []
    for s, e in sorted(spans):
        if out and s <= out[-1][1]:
            out[-1][1] = max(out[-1][1], e)
        else:
            out.append([s, e])
    return tuple((s, e) for s, e in out)


def _length(words: int, kn: Knowledge) -> float:
    cfg = kn.length
    if words < cfg["good_min"]:
        if words <= cfg["too_short"]:
            return 0.2
        return 0.2 + 0.8 * (words - cfg["too_short"]) / (cfg["good_min"] - cfg["too_short"])
    if words <= cfg["good_max"]:
        return 1.0
    if words >= cfg["too_long"]:
        return cfg["floor"]
    frac = (words - cfg["good_max"]) / (cfg["too_long"] - cfg["good_max"])
    return 1.0 - frac * (1.0 - cfg["floor"])


def _components(f: Features, seniority: str | None, kn: Knowledge) -> dict[str, float]:
    kinds = f.kinds
    has_result = f.has_result
    grade = kn.outcome_grade
    outcome = max((grade.get(q.kind, 0.4) for q in f.results), default=0.0)
    if f.has("fold"):
        outcome = max(outcome, grade["multiplier_word"])
    if not has_result and "qualitative" in kinds:
        outcome = grade["qualitative"]
    ref = kn.scale_reference.get(seniority or "mid", kn.scale_reference["mid"])
    scale = 0.0
    for q in f.quantities:
        if q.kind in SCALE_KINDS:
            scale = max(scale, 0.5 + 0.5 * magnitude_score(q.value, ref[SCALE_KINDS[q.kind]]))
        elif q.kind in ("throughput", "memory"):
            scale = max(scale, 0.8)
    model_type = f.has("task") and any(t.norm in kn.model_nouns for t in f.tokens)
    named = len(f.skills) + len({f.text[h.start : h.end].lower() for h in f.spans("model")})
    named += 0.5 * len(f.spans("tech")) + 0.5 * model_type
    specificity = (
        0.3 * (f.has("skill") or f.has("model") or f.has("tech") or model_type)
        + 0.25 * (f.has("task") or f.has("dataset") or f.has("datanoun"))
        + 0.2 * any(q.kind in ("data", "users", "sample", "compute", "params") for q in f.quantities)
        + 0.25 * (has_result or "qualitative" in kinds)
    )
    return {
        "specificity": specificity,
        "quantified outcome": outcome,
        "scale": scale,
        "named technology": min(1.0, named / 2),
        "verb strength": kn.verb_strength.get(f.opener, 0.5),
        "length": _length(f.words, kn),
    }


@lru_cache(maxsize=8192)
def _read(text: str, seniority: str | None, context: str) -> _Reading:
    kn = knowledge()
    # a pasted wall of text is read up to a bound, so scoring time stays bounded too
    f = read_bullet(text[:MAX_CHARS], kn)
    raised = raise_all(f, context)
    if f.words > kn.length["too_long"] or len(text) > MAX_CHARS:
        raised.append(Raised("long-bullet", 0, len(text)))
    spans = [(q.start, q.end) for q in f.quantities if q.result]
    return _Reading(tuple(raised), _components(f, seniority, kn), _merge(spans), f.signals, f.skills,
                    f.ships, f.owns_deployment)


@lru_cache(maxsize=8)
def _weight_vector(target: str) -> tuple[float, ...]:
    """The target's component weights in COMPONENTS order, normalised to sum 1."""
    weights = knowledge().weights[target]
    total = sum(weights.get(c, 0.0) for c in COMPONENTS) or 1.0
    return tuple(weights.get(c, 0.0) / total for c in COMPONENTS)


def _severity(code: str, seniority: str | None, kn: Knowledge) -> str:
    if code == "tutorial":
        return kn.severity["tutorial-early" if seniority in ("student", "junior") else "tutorial-late"]
    return kn.severity.get(code, "info")


@lru_cache(maxsize=16384)
def score_bullet(text: str, target: str, seniority: str | None = None, context: str = "") -> BulletScore:
    """Score one bullet for ``target`` ("research", "infra" or "applied").

    ``seniority`` ("student", "junior", "mid", "senior" or None) sets the tutorial severity and
    the scale a reader expects; ``context`` is the heading of the entry the bullet sits under
    (a competition's name), which the competition rule may use.
    """
    if target not in ARCHETYPES:
        raise ValueError(f"unknown target {target!r}; choose one of {', '.join(ARCHETYPES)}")
    kn = knowledge()
    if not text.strip():
        empty = Finding("empty", "error", "Empty bullet", "Write what you did and what it changed, or delete it", 0, 0)
        comps = dict.fromkeys(COMPONENTS, 0.0)
        return BulletScore(0, comps, {}, (empty,), (), (), dict.fromkeys(ARCHETYPES, 0.0))
    r = _read(text, seniority, context)
    base = r.base
    values = [base[c] if c != "archetype signal" else r.signals[target] for c in COMPONENTS]
    comps = dict(zip(COMPONENTS, values, strict=True))
    weights = _weight_vector(target)
    raw = 100.0 * sum(w * v for w, v in zip(weights, values, strict=True))
    penalties: dict[str, float] = {}
    findings: list[Finding] = []
    for item in r.raised:
        sev = _severity(item.code, seniority, kn)
        findings.append(make_finding(item, sev, target, seniority))  # type: ignore[arg-type]
        if item.code == "tutorial":
            penalties["tutorial"] = float(kn.penalties["tutorial"].get(seniority or "unknown", 12))
        elif item.code in kn.penalties:
            penalties[item.code] = float(kn.penalties[item.code])
    score = round(max(0.0, min(100.0, raw - sum(penalties.values()))))
    flags = tuple(x.code for x in r.raised if x.code in FLAG_CODES)
    return BulletScore(score, comps, penalties, tuple(findings), flags, r.spans, r.signals,
                       r.skills, r.ships, r.owns_deployment)


def clear_cache() -> None:
    """Forget every cached bullet score (benchmarks, and after the knowledge is reloaded)."""
    score_bullet.cache_clear()
    _read.cache_clear()
    make_finding.cache_clear()
