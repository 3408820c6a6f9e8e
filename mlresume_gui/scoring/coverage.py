"""Skills coverage: which items of each archetype's expected stack the resume names, and where.

A :class:`SkillReader` finds canonical skills in texts with one set of knowledge tables and owns
the caches of what it read (keyed on the texts, so an edit that leaves a part alone reuses it).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from ..model import Resume
from .knowledge import ARCHETYPES, Knowledge
from .text import phrase_key, tokenize


@dataclass(frozen=True)
class CategoryCoverage:
    """One category of a target's stack: the items found, the items missing, the share found."""

    have: tuple[str, ...]
    missing: tuple[str, ...]
    fraction: float

    def to_dict(self) -> dict[str, object]:
        return {"have": list(self.have), "missing": list(self.missing), "fraction": round(self.fraction, 3)}


def section_key(resume: Resume) -> tuple[tuple[str, ...], ...]:
    """The skills section as a tuple of item tuples (the key of the cached readings)."""
    return tuple(tuple(g.items) for g in resume.skills)


class SkillReader:
    """Canonical skills in texts and the coverage of each target's stack, for one set of tables."""

    def __init__(self, kn: Knowledge) -> None:
        self.knowledge = kn
        self.skills_in = lru_cache(maxsize=4096)(self._skills_in)
        self.listed = lru_cache(maxsize=64)(self._listed)
        self._static = lru_cache(maxsize=64)(self._static_of)

    def clear(self) -> None:
        """Forget every cached reading."""
        for cached in (self.skills_in, self.listed, self._static):
            cached.cache_clear()

    def _skills_in(self, text: str) -> frozenset[str]:
        """Canonical skills named anywhere in ``text`` (a sentence, a keyword, a skills item)."""
        kn = self.knowledge
        found: set[str] = set()
        whole = kn.skill_exact.get(phrase_key(text))
        if whole:
            found.add(whole)
        words = [t.norm for t in tokenize(text)]
        for _first, _len, entry in kn.lexicon.scan(words):
            if entry.skill:
                found.add(entry.skill)
        return frozenset(found)

    def _listed(self, groups: tuple[tuple[str, ...], ...]) -> frozenset[str]:
        """Canonical skills of skills-section items given as a tuple of item tuples."""
        found: set[str] = set()
        for items in groups:
            for item in items:
                found |= self.skills_in(item)
                for part in item.replace("(", ",").replace(")", ",").split(","):
                    if part.strip():
                        found |= self.skills_in(part.strip())
        return frozenset(found)

    def section_items(self, resume: Resume) -> set[str]:
        """Canonical skills listed in the skills section (each item, and each name inside an item)."""
        return set(self.listed(section_key(resume)))

    def _static_of(self, groups: tuple[tuple[str, ...], ...], summary: str, headline: str,
                   projects: tuple[tuple[tuple[str, ...], str], ...], approaches: tuple[str, ...]) -> frozenset[str]:
        found = set(self.listed(groups))
        found |= self.skills_in(summary) if summary else set()
        found |= self.skills_in(headline) if headline else set()
        for keywords, description in projects:
            for kw in keywords:
                found |= self.skills_in(kw)
            if description:
                found |= self.skills_in(description)
        for approach in approaches:
            if approach:
                found |= self.skills_in(approach)
        return frozenset(found)

    def static(self, resume: Resume) -> set[str]:
        """Skills named outside bullets: skills section, summary, headline, project keywords.

        Cached on those parts of the resume (their texts are the key), so that a bullet edit, which
        leaves them alone, does not read them again.
        """
        return set(self._static(section_key(resume), resume.summary, resume.basics.headline,
                                tuple((tuple(p.keywords), p.description) for p in resume.projects),
                                tuple(c.approach for c in resume.competitions)))

    def coverage(self, found: set[str] | frozenset[str], target: str) -> dict[str, CategoryCoverage]:
        """Coverage of ``target``'s stack by the canonical skills ``found``."""
        out: dict[str, CategoryCoverage] = {}
        for category, items in self.knowledge.archetypes[target].items():
            have = tuple(i for i in items if i in found)
            missing = tuple(i for i in items if i not in found)
            out[category] = CategoryCoverage(have, missing, len(have) / len(items) if items else 0.0)
        return out

    def all_coverage(self, found: set[str] | frozenset[str]) -> dict[str, dict[str, CategoryCoverage]]:
        """Coverage for every archetype."""
        return {a: self.coverage(found, a) for a in ARCHETYPES}


def coverage_score(cov: dict[str, CategoryCoverage]) -> float:
    """A [0, 1] summary: each category counts as full once three of its items (or all) are found."""
    if not cov:
        return 0.0
    parts = [min(1.0, len(c.have) / max(1, min(3, len(c.have) + len(c.missing)))) for c in cov.values()]
    return sum(parts) / len(parts)
