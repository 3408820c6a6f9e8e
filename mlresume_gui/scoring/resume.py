"""ResumeScorer: cached bullet scores keyed by bullet id, and the cheap aggregates over them.

After an edit, ``update({bullet_id})`` re-scores that bullet and refreshes the aggregates (fit,
coverage, findings, overall) lazily, from per-bullet results computed with the scores. Any
bullet whose text changed without being named is noticed too: the ids are a hint, not a contract.

What does not come from bullets (skills section, summary, projects, publications, competitions) is
cached on its texts, and the coverage is reused while the set of skills named stays the same, so
a keystroke costs one bullet score and one pass over the per-bullet results.
"""

from __future__ import annotations

import datetime as _dt
from operator import attrgetter
from typing import Any, NamedTuple

from ..model import Competition, Resume
from . import archetype as _arch
from .bullet import BulletScore, score_bullet
from .coverage import CategoryCoverage, all_coverage, coverage_score, static_skills
from .findings import ResumeFinding
from .knowledge import ARCHETYPES, knowledge
from .resume_rules import Context, resume_findings
from .seniority import estimate

_new = tuple.__new__
_ENTRY = attrgetter("entry")

__all__ = ["BulletPlace", "CategoryCoverage", "ResumeFinding", "ResumeScorer"]


class BulletPlace(NamedTuple):
    """Where a bullet sits: section key, entry index, bullet index, and the entry itself."""

    section: str
    entry_index: int
    index: int
    entry: Any


def _context(entry: Any) -> str:
    if isinstance(entry, Competition):
        return " ".join(p for p in (entry.platform, entry.name) if p)
    return ""


class ResumeScorer:
    """Scores of one resume for one target, kept up to date incrementally."""

    def __init__(self, resume: Resume, target: str | None = None, today: _dt.date | None = None) -> None:
        if target is not None and target not in ARCHETYPES:
            raise ValueError(f"unknown target {target!r}")
        self.resume = resume
        self._explicit = target
        self._today = today
        self._scores: dict[str, BulletScore] = {}
        self._keys: dict[str, tuple[str, str, str, str]] = {}
        self._places: dict[str, BulletPlace] = {}
        self._order: list[str] = []
        self._seniority = "mid"
        self._target = target or resume.target or "applied"
        self._agg: dict[str, Any] = {}
        self._cov_memo: tuple[frozenset[str], dict[str, dict[str, CategoryCoverage]], dict[str, float]] | None = None
        self.update(None)

    # -- state ---------------------------------------------------------------------------------
    @property
    def target(self) -> str:
        """The archetype scored against: the one set, else the document's, else the detected one."""
        return self._target

    @property
    def seniority(self) -> str:
        """The resume's seniority, stored or estimated."""
        return self._seniority

    def set_target(self, target: str | None) -> None:
        """Score against ``target`` (None: the document's target, else the detected lean)."""
        if target is not None and target not in ARCHETYPES:
            raise ValueError(f"unknown target {target!r}")
        self._explicit = target
        self.update(set())

    def _rescore(self, bid: str, text: str, ctx: str) -> None:
        key = (text, self._target, self._seniority, ctx)
        if self._keys.get(bid) != key:
            self._scores[bid] = score_bullet(text, self._target, self._seniority, ctx)
            self._keys[bid] = key

    def update(self, changed_ids: set[str] | None = None) -> None:
        """Re-score the bullets in ``changed_ids`` (None: every bullet) and refresh aggregates.

        Bullets added, removed or changed without being named are handled as well; an entry id
        in ``changed_ids`` re-scores that entry's bullets.
        """
        keys = self._keys
        if changed_ids is None:
            keys.clear()
        self._seniority = estimate(self.resume, self._today)
        explicit = self._explicit or self.resume.target
        self._target = explicit if explicit in ARCHETYPES else self._target
        order: list[str] = []
        places: dict[str, BulletPlace] = {}
        bullets: list[tuple[str, str, str]] = []
        scores = self._scores
        target, seniority = self._target, self._seniority
        detecting = explicit not in ARCHETYPES
        seen: Any = None
        ctx, named = "", False
        for section, ei, bi, entry, bullet in self.resume.iter_bullets():
            if entry is not seen:  # an entry's bullets come together: its context is read once
                seen = entry
                ctx = _context(entry)
                named = bool(changed_ids) and entry.id in changed_ids  # type: ignore[operator]
            bid, text = bullet.id, bullet.text
            order.append(bid)
            places[bid] = _new(BulletPlace, (section, ei, bi, entry))
            if detecting:
                bullets.append((bid, text, ctx))
            key = (text, target, seniority, ctx)
            if named or keys.get(bid) != key:
                scores[bid] = score_bullet(text, target, seniority, ctx)
                keys[bid] = key
        self._order, self._places = order, places
        if len(scores) != len(places):
            for stale in set(scores) - set(places):
                scores.pop(stale, None)
                keys.pop(stale, None)
        self._agg = {}
        if explicit not in ARCHETYPES:
            lean = self.detected
            if lean != self._target:
                self._target = lean
                for bid, text, ctx in bullets:
                    self._rescore(bid, text, ctx)
                self._agg = {"fit": self._agg.get("fit"), "found": self._agg.get("found")}

    # -- per bullet ----------------------------------------------------------------------------
    def bullet(self, bullet_id: str) -> BulletScore:
        """The score of one bullet (scored on demand if it is new); KeyError for unknown ids."""
        if bullet_id not in self._scores:
            bullet = self.resume.bullet(bullet_id)
            self._scores[bullet_id] = score_bullet(bullet.text, self._target, self._seniority)
        return self._scores[bullet_id]

    def place(self, bullet_id: str) -> BulletPlace:
        """Where the bullet sits in the document."""
        return self._places[bullet_id]

    def bullet_ids(self) -> list[str]:
        """Bullet ids in document order."""
        return list(self._order)

    def weakest(self, n: int = 5) -> list[tuple[str, BulletScore]]:
        """The ``n`` lowest-scoring bullets, worst first (document order breaks ties)."""
        pos = {bid: i for i, bid in enumerate(self._order)}
        ranked = sorted(self._scores.items(), key=lambda kv: (kv[1].score, pos.get(kv[0], 0)))
        return ranked[:n]

    # -- aggregates (computed on first access after an update) ---------------------------------
    def _memo(self, key: str, make: Any) -> Any:
        value = self._agg.get(key)
        if value is None:
            value = self._agg[key] = make()
        return value

    def _found(self) -> frozenset[str]:
        def make() -> frozenset[str]:
            found = static_skills(self.resume)
            found.update(*[s.skills for s in self._scores.values()])
            return frozenset(found)
        return self._memo("found", make)

    def _all_coverage(self) -> dict[str, dict[str, CategoryCoverage]]:
        def make() -> dict[str, dict[str, CategoryCoverage]]:
            # an edit rarely changes which skills the resume names: then the coverage is reused
            found = self._found()
            if self._cov_memo is None or self._cov_memo[0] != found:
                cov = all_coverage(found)
                self._cov_memo = (found, cov, {a: coverage_score(c) for a, c in cov.items()})
            return self._cov_memo[1]
        return self._memo("coverage", make)

    def coverage(self, target: str | None = None) -> dict[str, CategoryCoverage]:
        """Coverage of ``target``'s expected stack (default: the scored target), by category."""
        return self._all_coverage()[target or self._target]

    @property
    def fit(self) -> dict[str, float]:
        """Fit in [0, 1] for every archetype."""
        def make() -> dict[str, float]:
            self._all_coverage()
            cov = self._cov_memo[2]  # type: ignore[index]
            scores = list(self._scores.values())
            ships = sum(1 for s in scores if s.ships)
            return _arch.fit([s.signals for s in scores], ships, cov, self.resume)
        return self._memo("fit", make)

    @property
    def detected(self) -> str:
        """The archetype the resume leans to."""
        return _arch.detected(self.fit)

    @property
    def resume_findings(self) -> list[ResumeFinding]:
        """Resume-level findings for the scored target, worst first."""
        def make() -> list[ResumeFinding]:
            places = self._places
            ctx = Context(self.resume, self._target, self._seniority, self._scores,
                          dict(zip(places, map(_ENTRY, places.values()), strict=True)), self.fit, self.coverage())
            return resume_findings(ctx)
        return self._memo("findings", make)

    @property
    def overall(self) -> int:
        """The resume's 0-100 score: bullets, coverage of the target's stack, resume findings."""
        def make() -> int:
            cfg = knowledge().resume
            scores = [s.score for s in self._scores.values()]
            bullets = sum(scores) / len(scores) if scores else 0.0
            cov = coverage_score(self.coverage()) * 100
            value = cfg["overall_bullets"] * bullets + cfg["overall_coverage"] * cov
            for f in self.resume_findings:
                if f.severity == "error":
                    value -= cfg["finding_penalty_error"]
                elif f.severity == "warning":
                    value -= cfg["finding_penalty_warning"]
            return round(max(0.0, min(100.0, value)))
        return self._memo("overall", make)
