"""ResumeScorer: bullet scores keyed by bullet id, and the aggregates over them, kept up to date.

After an edit, ``update({bullet_id})`` re-scores that bullet only (no walk over the others) and
the aggregates (fit, coverage, findings, overall, weakest) are refreshed lazily, on first access,
from the per-bullet results. ``update(None)`` walks the whole document (structure changes: bullets
added, removed or moved); an id it does not know also makes it walk.

Aggregates follow the variant being edited (:meth:`ResumeScorer.set_variant`): its hidden
entries and bullets are scored but left out of the overall score, the weakest bullets, the fit,
the coverage and the resume-level findings.

What does not come from bullets (skills section, summary, projects, publications, competitions) is
cached on its texts by the :class:`.scorer.Scorer`'s readers, and the coverage is reused while the
set of skills named stays the same.
"""

from __future__ import annotations

import datetime as _dt
from operator import attrgetter
from typing import Any, NamedTuple

from ..model import Competition, Resume, Variant
from ..model.variants import apply_variant
from . import archetype as _arch
from .bullet import BulletScore
from .coverage import CategoryCoverage, coverage_score
from .findings import ResumeFinding
from .knowledge import ARCHETYPES
from .resume_rules import Context, resume_findings
from .scorer import Scorer, shared_scorer
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
    """Scores of one resume for one target, kept up to date incrementally.

    ``scorer`` is the :class:`.scorer.Scorer` whose tables and caches it uses (default: the
    shared one of the shipped tables).
    """

    def __init__(self, resume: Resume, target: str | None = None, today: _dt.date | None = None,
                 scorer: Scorer | None = None) -> None:
        if target is not None and target not in ARCHETYPES:
            raise ValueError(f"unknown target {target!r}")
        self.resume = resume
        self.scorer = scorer if scorer is not None else shared_scorer()
        self._score = self.scorer.bullets.score
        self._explicit = target
        self._today = today
        self._scores: dict[str, BulletScore] = {}
        self._keys: dict[str, tuple[str, str, str, str]] = {}
        self._places: dict[str, BulletPlace] = {}
        self._entries: dict[str, Any] = {}  # entry id -> entry, as of the last walk
        self._order: list[str] = []
        self._seniority = "mid"
        self._target = target or resume.target or "applied"
        self._variant: Variant | None = None
        self._hidden: frozenset[str] = frozenset()
        self._agg: dict[str, Any] = {}
        self._cov_memo: tuple[frozenset[str], dict[str, dict[str, CategoryCoverage]], dict[str, float]] | None = None
        self.walks = 0  # how many times the whole document was walked (tests check the keystroke path)
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

    @property
    def variant(self) -> Variant | None:
        """The variant whose view the aggregates follow (None: the base resume)."""
        return self._variant

    def set_target(self, target: str | None) -> None:
        """Score against ``target`` (None: the document's target, else the detected lean)."""
        if target is not None and target not in ARCHETYPES:
            raise ValueError(f"unknown target {target!r}")
        self._explicit = target
        self.update(set())

    def set_variant(self, variant: Variant | None) -> None:
        """Follow ``variant`` in the aggregates: its hidden entries and bullets are left out."""
        self._variant = variant
        self._hidden = frozenset(variant.hidden) if variant is not None else frozenset()
        self._agg = {}

    def _rescore(self, bid: str, text: str, ctx: str) -> None:
        key = (text, self._target, self._seniority, ctx)
        if self._keys.get(bid) != key:
            self._scores[bid] = self._score(text, self._target, self._seniority, ctx)
            self._keys[bid] = key

    def update(self, changed_ids: set[str] | None = None) -> None:
        """Re-score the bullets in ``changed_ids`` and refresh the aggregates lazily.

        An entry id in ``changed_ids`` re-scores that entry's bullets; the seniority (dates and
        titles) and the target are reread on every update. ``None``, or an id this scorer does not
        know, walks the whole document: bullets added, removed or moved are found then.
        """
        if changed_ids is None or not self._update_known(changed_ids):
            self._walk(changed_ids)
        self._agg = {}
        explicit = self._explicit or self.resume.target
        if explicit not in ARCHETYPES:
            lean = self.detected
            if lean != self._target:
                self._target = lean
                for bid, place in self._places.items():
                    self._rescore(bid, place.entry.bullets[place.index].text, _context(place.entry))
                self._agg = {}

    def _update_known(self, changed_ids: set[str]) -> bool:
        """Re-score only the named bullets and entries; False when a walk is needed instead."""
        explicit = self._explicit or self.resume.target
        target = explicit if explicit in ARCHETYPES else self._target
        places, entries = self._places, self._entries
        named_entries = [entries[i] for i in changed_ids if i in entries]
        if len(named_entries) + sum(1 for i in changed_ids if i in places) != len(changed_ids):
            return False  # an id never seen: a new bullet or entry
        if estimate(self.resume, self._today) != self._seniority:  # dates and titles only: no bullet walk
            return False
        if target != self._target:
            self._target = target
            return False
        todo: list[tuple[str, Any, int]] = []
        for entry in named_entries:
            bullets = getattr(entry, "bullets", ())
            for bi, b in enumerate(bullets):
                place = places.get(b.id)
                if place is None or place.entry is not entry or place.index != bi:
                    return False
                todo.append((b.id, entry, bi))
        for bid in changed_ids:
            place = places.get(bid)
            if place is not None:
                bullets = place.entry.bullets
                if place.index >= len(bullets) or bullets[place.index].id != bid:
                    return False  # moved or removed without a structure update
                todo.append((bid, place.entry, place.index))
        for bid, entry, bi in todo:
            text = entry.bullets[bi].text
            ctx = _context(entry)
            if entry.id in changed_ids:  # a named entry re-scores its bullets whatever their keys
                self._keys.pop(bid, None)
            self._rescore(bid, text, ctx)
        return True

    def _walk(self, changed_ids: set[str] | None) -> None:
        """Walk every bullet of the document: places, order, and a score for each changed one."""
        self.walks += 1
        keys = self._keys
        if changed_ids is None:
            keys.clear()
        self._seniority = estimate(self.resume, self._today)
        explicit = self._explicit or self.resume.target
        self._target = explicit if explicit in ARCHETYPES else self._target
        order: list[str] = []
        places: dict[str, BulletPlace] = {}
        entries: dict[str, Any] = {}
        scores, score = self._scores, self._score
        target, seniority = self._target, self._seniority
        seen: Any = None
        ctx, named = "", False
        for section, ei, bi, entry, bullet in self.resume.iter_bullets():
            if entry is not seen:  # an entry's bullets come together: its context is read once
                seen = entry
                entries[entry.id] = entry
                ctx = _context(entry)
                named = bool(changed_ids) and entry.id in changed_ids  # type: ignore[operator]
            bid, text = bullet.id, bullet.text
            order.append(bid)
            places[bid] = _new(BulletPlace, (section, ei, bi, entry))
            key = (text, target, seniority, ctx)
            if named or keys.get(bid) != key:
                scores[bid] = score(text, target, seniority, ctx)
                keys[bid] = key
        self._order, self._places, self._entries = order, places, entries
        if len(scores) != len(places):
            for stale in set(scores) - set(places):
                scores.pop(stale, None)
                keys.pop(stale, None)

    # -- per bullet ----------------------------------------------------------------------------
    def bullet(self, bullet_id: str) -> BulletScore:
        """The score of one bullet (scored on demand if it is new); KeyError for unknown ids."""
        if bullet_id not in self._scores:
            bullet = self.resume.bullet(bullet_id)
            self._scores[bullet_id] = self._score(bullet.text, self._target, self._seniority)
        return self._scores[bullet_id]

    def place(self, bullet_id: str) -> BulletPlace:
        """Where the bullet sits in the document."""
        return self._places[bullet_id]

    def bullet_ids(self) -> list[str]:
        """Bullet ids in document order."""
        return list(self._order)

    def visible_ids(self) -> list[str]:
        """Bullet ids the variant shows (every bullet on the base resume), in document order."""
        return self._memo("visible", self._visible)

    def _visible(self) -> list[str]:
        hidden = self._hidden
        if not hidden:
            return list(self._order)
        places = self._places
        return [bid for bid in self._order if bid not in hidden and places[bid].entry.id not in hidden
                and places[bid].section not in hidden]

    def _shown_scores(self) -> dict[str, BulletScore]:
        """The scores of the bullets the variant shows."""
        if not self._hidden:
            return self._scores
        scores = self._scores
        return self._memo("shown", lambda: {bid: scores[bid] for bid in self.visible_ids() if bid in scores})

    def weakest(self, n: int = 5) -> list[tuple[str, BulletScore]]:
        """The ``n`` lowest-scoring bullets the variant shows, worst first (document order breaks ties)."""
        pos = {bid: i for i, bid in enumerate(self._order)}
        ranked = sorted(self._shown_scores().items(), key=lambda kv: (kv[1].score, pos.get(kv[0], 0)))
        return ranked[:n]

    # -- aggregates (computed on first access after an update) ---------------------------------
    def _memo(self, key: str, make: Any) -> Any:
        value = self._agg.get(key)
        if value is None:
            value = self._agg[key] = make()
        return value

    def _view(self) -> Resume:
        """The resume as the variant shows it (the base resume when there is none)."""
        if self._variant is None:
            return self.resume
        return self._memo("view", lambda: apply_variant(self.resume, self._variant))

    def _found(self) -> frozenset[str]:
        def make() -> frozenset[str]:
            found = self.scorer.skills.static(self._view())
            found.update(*[s.skills for s in self._shown_scores().values()])
            return frozenset(found)
        return self._memo("found", make)

    def _all_coverage(self) -> dict[str, dict[str, CategoryCoverage]]:
        def make() -> dict[str, dict[str, CategoryCoverage]]:
            # an edit rarely changes which skills the resume names: then the coverage is reused
            found = self._found()
            if self._cov_memo is None or self._cov_memo[0] != found:
                cov = self.scorer.skills.all_coverage(found)
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
            scores = list(self._shown_scores().values())
            ships = sum(1 for s in scores if s.ships)
            return _arch.fit([s.signals for s in scores], ships, cov, self._view(), self.scorer.papers)
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
            shown = self._shown_scores()
            entries = {bid: places[bid].entry for bid in self._order if bid in shown}
            ctx = Context(self._view(), self._target, self._seniority, shown, entries, self.fit, self.coverage(),
                          self.scorer.readers)
            return resume_findings(ctx)
        return self._memo("findings", make)

    @property
    def overall(self) -> int:
        """The resume's 0-100 score: bullets, coverage of the target's stack, resume findings."""
        def make() -> int:
            cfg = self.scorer.knowledge.resume
            scores = [s.score for s in self._shown_scores().values()]
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
