"""Scoring one bullet: named components in [0, 1], penalties for flags, findings with spans.

A :class:`BulletScorer` is built from one set of knowledge tables and owns the caches of its
readings and scores; ``score(text, target, seniority, context)`` is a pure function of its
arguments and those tables. Only the "archetype signal" component depends on the target; the
target also sets the component weights and the wording of suggestions. :func:`score_bullet` scores
with the shared scorer of the shipped tables (the one :mod:`.scorer` composes).
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from functools import cache, lru_cache
from itertools import repeat
from operator import itemgetter
from typing import Any, NamedTuple

from .advice import make_finding
from .explain import explain
from .features import OUTCOME_KINDS, SCALE_KINDS, Features, read_bullet
from .findings import FLAG_CODES, Finding
from .knowledge import ARCHETYPES, Knowledge, knowledge
from .quantity import magnitude_score
from .rules import Raised, raise_all

_new = tuple.__new__
_object_new = object.__new__
_set = object.__setattr__

# Cache bounds. Every cached score keeps a few objects the garbage collector has to walk on each
# full collection, so the caches hold what an editing session revisits (a few resumes, three
# targets, undo and redo) and no more: a full collection stays cheap even after hours of typing.
SCORE_CACHE = 2048
READ_CACHE = 1024

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
    gate: float  # the share of its points a bullet keeps: 1.0 with an outcome
    opener_span: tuple[int, int]
    worded: bool  # no outcome read, but words of one ("now", "fell", "since"): above effort without any


def _merge(spans: list[tuple[int, int]]) -> tuple[tuple[int, int], ...]:
    out: list[list[int]] = []
    for s, e in sorted(spans):
        if out and s <= out[-1][1]:
            out[-1][1] = max(out[-1][1], e)
        else:
            out.append([s, e])
    return tuple(map(tuple, out))


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


def _components(f: Features, seniority: str | None, kn: Knowledge, length: float) -> tuple[float, ...]:
    """The target-independent components in COMPONENTS order (0.0 in the archetype signal's place)."""
    tags = f.tags
    kinds = f.kinds
    has_result = f.has_result
    outcome = 0.0
    if f.results:
        grade = kn.outcome_grade.get
        outcome = max(map(grade, map(_KIND, f.results), repeat(0.4)))
    if "fold" in tags:
        outcome = max(outcome, kn.outcome_grade["multiplier_word"])
    if "reach_top" in tags:  # "became the team's default", "the course adopted it": an adoption in words
        outcome = max(outcome, kn.outcome_grade.get("adoption_words", 0.0))
    if "placed" in tags:  # "runner-up", "gold medal": a placement in words
        outcome = max(outcome, kn.outcome_grade["placement"])
    if not has_result and "qualitative" in kinds:
        outcome = kn.outcome_grade["qualitative"]
    scale = 0.0
    if f.quantities:
        ref = kn.scale_reference.get(seniority or "mid", kn.scale_reference["mid"])
        for q in f.quantities:
            kind = q[0]
            if kind in SCALE_KINDS:
                scale = max(scale, 0.5 + 0.5 * magnitude_score(q[1], ref[SCALE_KINDS[kind]]))
            elif kind == "throughput" or kind == "memory":
                scale = max(scale, 0.8)
    # a paper's venue is an outcome, but one that measures nothing: the scale and counts beside it
    # ("12k robot episodes over seven months (CoRL 2023)") count as they would without it
    measured = f.has_outcome and not ("venue" in tags and _unmeasured(f))
    if not measured:  # scale adds to an outcome; without one it counts for less
        scale *= kn.outcome_gate["scale_share"]
        # a count of what was used or built is no outcome: little of the outcome's points
        outcome *= kn.outcome_gate.get("outcome_share", 1.0)
    model_type = "task" in tags and not kn.model_nouns.isdisjoint(f.norms)
    if "model" in tags:
        text, starts, ends = f.text, f.starts, f.ends
        named = len(f.skills) + len({text[starts[a] : ends[b]].lower() for a, b, e in f.found if "model" in e.keys})
    else:
        named = len(f.skills)
    named += 0.5 * (f.count("tech") if "tech" in tags else 0) + 0.5 * model_type + 0.5 * ("named" in tags)
    specificity = (
        0.3 * ("skill" in tags or "model" in tags or "tech" in tags or model_type)
        + 0.25 * ("task" in tags or "dataset" in tags or "datanoun" in tags or "measure" in tags or "named" in tags)
        + 0.2 * (not _SPECIFIC_KINDS.isdisjoint(kinds))
        + 0.25 * (has_result or "qualitative" in kinds)
    )
    return (specificity, outcome, scale, min(1.0, named / 2), 0.0, kn.verb_strength.get(f.opener, 0.5), length)


def _unmeasured(f: Features) -> bool:
    """No measured result, multiplier, placement, adoption or state of the art in the bullet: with a
    venue, the paper is its only outcome (a launch with its scope stays an outcome of its own)."""
    return f.tags.isdisjoint(_WORDED_OUTCOMES) and not any(q[0] in _MEASURED for q in f.results)


_WORDED_OUTCOMES = frozenset(("fold", "placed", "reach_top", "sota"))
_MEASURED = OUTCOME_KINDS - {"papers"}
_SPECIFIC_KINDS = frozenset(("data", "users", "audience", "sample", "compute", "params"))
_KIND = itemgetter(0)
# _components and score_bullet spell the components out in this order
assert COMPONENTS == ("specificity", "quantified outcome", "scale", "named technology", "archetype signal",
                      "verb strength", "length")


def _read(text: str, seniority: str | None, context: str, kn: Knowledge, length: Any) -> _Reading:
    """The target-independent reading of a bullet (``length`` maps a word count to its component)."""
    # a pasted wall of text is read up to a bound, so scoring time stays bounded too
    f = read_bullet(text[:MAX_CHARS], kn)
    raised = raise_all(f, context)
    if f.words > kn.length["too_long"] or len(text) > MAX_CHARS:
        raised.append(Raised("long-bullet", 0, len(text)))
    spans = [q[2:4] for q in f.quantities if q[4] or q[0] == "compute"]  # results, and scale used
    if "fold" in f.tags:
        spans += [(h.start, h.end) for h in f.spans("fold")]
    ships = f.ships
    severities = []
    penalties: dict[str, float] = {}
    flags = []
    if raised:
        table = kn.penalties
        for item in raised:
            code = item[0]
            severities.append(_severity(code, seniority, kn))
            if code == "tutorial":
                penalties["tutorial"] = float(table["tutorial"].get(seniority or "unknown", 12))
            elif code in table:
                penalties[code] = float(table[code])
            if code in FLAG_CODES:
                flags.append(code)
    return _new(_Reading, (tuple(raised), _components(f, seniority, kn, length(f.words)), tuple(severities), penalties,
                           sum(penalties.values()), tuple(flags), _merge(spans) if len(spans) > 1 else tuple(spans),
                           f.signals, f.skills, ships, _owns_deployment(f, ships, kn),
                           # a tutorial's accuracy is little outcome of work: it stays below real work (the
                           # cap), above a tutorial without one
                           _gate(f.has_outcome, "tutorial" in flags, kn.outcome_gate["factor"]),
                           f.opener_span,
                           not f.has_outcome and "tutorial" not in flags and not kn.result_words.isdisjoint(f.norms)))


def _owns_deployment(f: Features, ships: bool, kn: Knowledge) -> bool:
    """A deployment of machine learning the person owned: shipped or launched in their own words
    ("Shipped the load forecast"), or a model owned end to end with an outcome ("Own the outage
    model end to end; crews ..."); an A/B test run or a service used is not ownership on its own."""
    return ((f.opener == "strong" and "ship" in f.tags) or (ships and "own" in f.tags)) and _ml_work(f, kn)


def _ml_work(f: Features, kn: Knowledge) -> bool:
    """The bullet is about machine learning: it names a model, LLM work or a word of the field
    ("Deployed the churn model"; an API serving shipments is no model deployment)."""
    return "model" in f.tags or "llm" in f.tags or not kn.ml_words.isdisjoint(f.norms)


def _gate(outcome: bool, tutorial: bool, factor: float) -> float:
    """The share of its points a bullet keeps: all with an outcome, ``factor`` without one; a
    tutorial's outcome keeps it halfway between, still below real work."""
    if not outcome:
        return factor
    return (1.0 + factor) / 2 if tutorial else 1.0


def _weight_vector(kn: Knowledge, target: str) -> tuple[float, ...]:
    """The target's component weights in COMPONENTS order, normalised to sum 1."""
    weights = kn.weights[target]
    total = sum(weights.get(c, 0.0) for c in COMPONENTS) or 1.0
    return tuple(weights.get(c, 0.0) / total for c in COMPONENTS)


def _severity(code: str, seniority: str | None, kn: Knowledge) -> str:
    if code == "tutorial":
        return kn.severity["tutorial-early" if seniority in ("student", "junior") else "tutorial-late"]
    return kn.severity.get(code, "info")


class BulletScorer:
    """Scores single bullets from one set of knowledge tables, and owns the caches it fills.

    ``score`` and ``read`` are cached per scorer (bounded, see SCORE_CACHE and READ_CACHE);
    :meth:`clear` forgets them.
    """

    def __init__(self, kn: Knowledge) -> None:
        self.knowledge = kn
        self._weights = {t: _weight_vector(kn, t) for t in ARCHETYPES}
        self._cap = kn.outcome_gate.get("cap", 100.0)
        self._floor = kn.outcome_gate.get("floor", 0.0)
        self._worded_floor = kn.outcome_gate.get("worded_floor", 0.0)
        self._weak_floor = kn.outcome_gate.get("weak_opener_floor", 0.0)
        self._length = lru_cache(maxsize=512)(lambda words: _length(words, kn))
        self.finding = lru_cache(maxsize=1024)(make_finding)
        self.read = lru_cache(maxsize=READ_CACHE)(self._read)
        self.score = lru_cache(maxsize=SCORE_CACHE)(self._score)

    def clear(self) -> None:
        """Forget every cached reading, score and finding."""
        for cached in (self.read, self.score, self.finding, self._length):
            cached.cache_clear()

    def _read(self, text: str, seniority: str | None, context: str) -> _Reading:
        return _read(text, seniority, context, self.knowledge, self._length)

    def _score(self, text: str, target: str, seniority: str | None = None, context: str = "") -> BulletScore:
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
        r = self.read(text, seniority, context)
        b = r.base
        signal = r.signals[target]
        w = self._weights[target]
        # the weighted sum in COMPONENTS order, as sum() adds it
        raw = 100.0 * sum((w[0] * b[0], w[1] * b[1], w[2] * b[2], w[3] * b[3], w[4] * signal, w[5] * b[5], w[6] * b[6]))
        if r.gate < 1.0 and r.worded:  # an outcome in words no reader caught: above effort without one
            raw = max(raw * r.gate, self._worded_floor)
        elif r.gate < 1.0:  # no outcome: it keeps part of its points, and stays below any outcome
            raw = min(raw * r.gate, self._cap)
        elif raw < self._floor:  # an outcome outranks effort, scale and specificity without one
            raw = self._floor
        score = round(max(0.0, min(100.0, raw - r.penalty)))
        if r.gate >= 1.0 and "weak-verb" in r.penalties:  # a weak opener never sinks an outcome below effort
            others = r.penalty - r.penalties["weak-verb"]
            score = max(score, round(max(0.0, min(raw, self._weak_floor) - others)))
        finding = self.finding
        findings = tuple(map(finding, r.raised, r.severities, repeat(target), repeat(seniority))) if r.raised else ()
        components = {"specificity": b[0], "quantified outcome": b[1], "scale": b[2], "named technology": b[3],
                      "archetype signal": signal, "verb strength": b[5], "length": b[6]}
        cfg = self.knowledge.explain
        if score < cfg["threshold"]:  # a low score always says what costs it points
            notes = _explain(r, components, w, len(text), cfg)
            findings += tuple(map(finding, notes, repeat("info"), repeat(target), repeat(seniority)))
        elif r.gate < 1.0 and "no-metric" not in r.flags:  # above it, a missing outcome still says so
            notes = _explain(r, components, w, len(text), {**cfg, "notes": len(COMPONENTS)})
            findings += tuple(finding(n, "info", target, seniority) for n in notes if n[0] == "no-outcome")
        obj = _object_new(BulletScore)
        # all fields at once: the frozen dataclass's __init__ sets them one by one through
        # object.__setattr__, and this runs for every bullet on every keystroke
        _set(obj, "__dict__", {"score": score, "components": components, "penalties": dict(r.penalties),
                               "findings": findings, "flags": r.flags, "metric_spans": r.spans, "signals": r.signals,
                               "skills": r.skills, "ships": r.ships, "owns_deployment": r.owns_deployment})
        return obj


@cache
def shared_bullet_scorer() -> BulletScorer:
    """The bullet scorer of the shipped knowledge tables (built on first use)."""
    return BulletScorer(knowledge())


def score_bullet(text: str, target: str, seniority: str | None = None, context: str = "") -> BulletScore:
    """Score one bullet with the shared scorer (see :meth:`BulletScorer.score`)."""
    return shared_bullet_scorer().score(text, target, seniority, context)


assert tuple(f.name for f in fields(BulletScore)) == (
    "score", "components", "penalties", "findings", "flags", "metric_spans", "signals", "skills", "ships",
    "owns_deployment"), "score_bullet builds BulletScore field by field"


def _explain(r: _Reading, components: dict[str, float], weights: tuple[float, ...], length: int,
             cfg: dict[str, float]) -> tuple[Raised, ...]:
    codes = tuple(map(_KIND, r.raised))
    comps = tuple(components.items())
    notes = explain(comps, weights, codes, r.gate, r.opener_span, length, cfg)
    if not notes and not r.penalty:  # nothing raised costs points: name the costliest component anyway
        notes = explain(comps, weights, (), r.gate, r.opener_span, length, {**cfg, "min_points": 0.0, "notes": 1})
    return notes
