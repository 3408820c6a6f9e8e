"""Scoring one bullet: named components in [0, 1], penalties for flags, findings with spans.

``score_bullet(text, target, seniority)`` is a pure function of its arguments and the knowledge
tables, cached on them. Only the "archetype signal" component depends on the target; the target
also sets the component weights and the wording of suggestions.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from itertools import repeat
from operator import mul
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
    base: tuple[float, ...]  # the components in COMPONENTS order, 0.0 for the archetype signal
    severities: tuple[str, ...]  # of each raised rule
    penalties: dict[str, float]
    penalty: float  # the sum of the penalties
    flags: tuple[str, ...]
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
    tags = f.tags
    kinds = f.kinds
    has_result = f.has_result
    grade = kn.outcome_grade
    outcome = max([grade.get(q[0], 0.4) for q in f.results], default=0.0)
    if "fold" in tags:
        outcome = max(outcome, grade["multiplier_word"])
    if not has_result and "qualitative" in kinds:
        outcome = grade["qualitative"]
    scale = 0.0
    if f.quantities:
        ref = kn.scale_reference.get(seniority or "mid", kn.scale_reference["mid"])
        for q in f.quantities:
            kind = q[0]
            if kind in SCALE_KINDS:
                scale = max(scale, 0.5 + 0.5 * magnitude_score(q[1], ref[SCALE_KINDS[kind]]))
            elif kind == "throughput" or kind == "memory":
                scale = max(scale, 0.8)
    model_type = "task" in tags and not kn.model_nouns.isdisjoint(f.norms)
    models = tags.get("model")
    text = f.text
    named = len(f.skills) + (len({text[h[1] : h[2]].lower() for h in models}) if models else 0)
    named += 0.5 * len(tags.get("tech", ())) + 0.5 * model_type
    specificity = (
        0.3 * ("skill" in tags or "model" in tags or "tech" in tags or model_type)
        + 0.25 * ("task" in tags or "dataset" in tags or "datanoun" in tags)
        + 0.2 * (not _SPECIFIC_KINDS.isdisjoint(kinds))
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


_SPECIFIC_KINDS = frozenset(("data", "users", "sample", "compute", "params"))


_SIGNAL = COMPONENTS.index("archetype signal")


@lru_cache(maxsize=8192)
def _read(text: str, seniority: str | None, context: str) -> _Reading:
    kn = knowledge()
    # a pasted wall of text is read up to a bound, so scoring time stays bounded too
    f = read_bullet(text[:MAX_CHARS], kn)
    raised = raise_all(f, context)
    if f.words > kn.length["too_long"] or len(text) > MAX_CHARS:
        raised.append(Raised("long-bullet", 0, len(text)))
    spans = [(q[2], q[3]) for q in f.quantities if q[4]]
    comps = _components(f, seniority, kn)
    base = tuple(comps[c] if c != "archetype signal" else 0.0 for c in COMPONENTS)
    severities = []
    penalties: dict[str, float] = {}
    for item in raised:
        code = item[0]
        severities.append(_severity(code, seniority, kn))
        if code == "tutorial":
            penalties["tutorial"] = float(kn.penalties["tutorial"].get(seniority or "unknown", 12))
        elif code in kn.penalties:
            penalties[code] = float(kn.penalties[code])
    flags = tuple(x[0] for x in raised if x[0] in FLAG_CODES)
    return _Reading(tuple(raised), base, tuple(severities), penalties, sum(penalties.values()), flags,
                    _merge(spans) if len(spans) > 1 else tuple(spans), f.signals, f.skills, f.ships,
                    f.owns_deployment)


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
    if not text.strip():
        empty = Finding("empty", "error", "Empty bullet", "Write what you did and what it changed, or delete it", 0, 0)
        comps = dict.fromkeys(COMPONENTS, 0.0)
        return BulletScore(0, comps, {}, (empty,), (), (), dict.fromkeys(ARCHETYPES, 0.0))
    r = _read(text, seniority, context)
    values = list(r.base)
    values[_SIGNAL] = r.signals[target]
    raw = 100.0 * sum(map(mul, _weight_vector(target), values))
    score = round(max(0.0, min(100.0, raw - r.penalty)))
    findings = tuple(map(make_finding, r.raised, r.severities, repeat(target), repeat(seniority)))
    return BulletScore(score, dict(zip(COMPONENTS, values, strict=True)), dict(r.penalties), findings, r.flags, r.spans,
                       r.signals, r.skills, r.ships, r.owns_deployment)


def clear_cache() -> None:
    """Forget every cached bullet score (benchmarks, and after the knowledge is reloaded)."""
    score_bullet.cache_clear()
    _read.cache_clear()
    make_finding.cache_clear()
