"""Skills coverage: which items of each archetype's expected stack the resume names, and where."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from ..model import Resume
from .knowledge import ARCHETYPES, knowledge
from .text import phrase_key, tokenize


@dataclass(frozen=True)
class CategoryCoverage:
    """One category of a target's stack: the items found, the items missing, the share found."""

    have: tuple[str, ...]
    missing: tuple[str, ...]
    fraction: float

    def to_dict(self) -> dict[str, object]:
        return {"have": list(self.have), "missing": list(self.missing), "fraction": round(self.fraction, 3)}


@lru_cache(maxsize=4096)
def skills_in(text: str) -> frozenset[str]:
    """Canonical skills named anywhere in ``text`` (a sentence, a keyword, a skills item)."""
    kn = knowledge()
    found: set[str] = set()
    whole = kn.skill_exact.get(phrase_key(text))
    if whole:
        found.add(whole)
    words = [t.norm for t in tokenize(text)]
    for _first, _len, entry in kn.lexicon.scan(words):
        if entry.skill:
            found.add(entry.skill)
    return frozenset(found)


def _section_key(resume: Resume) -> tuple[tuple[str, ...], ...]:
    return tuple(tuple(g.items) for g in resume.skills)


@lru_cache(maxsize=64)
def listed_skills(groups: tuple[tuple[str, ...], ...]) -> frozenset[str]:
    """Canonical skills of skills-section items given as a tuple of item tuples (cached)."""
    found: set[str] = set()
    for items in groups:
        for item in items:
            found |= skills_in(item)
            for part in item.replace("(", ",").replace(")", ",").split(","):
                if part.strip():
                    found |= skills_in(part.strip())
    return frozenset(found)


def skills_section_items(resume: Resume) -> set[str]:
    """Canonical skills listed in the skills section (each item, and each name inside an item)."""
    return set(listed_skills(_section_key(resume)))


@lru_cache(maxsize=64)
def _static(groups: tuple[tuple[str, ...], ...], summary: str, headline: str,
            projects: tuple[tuple[tuple[str, ...], str], ...], approaches: tuple[str, ...]) -> frozenset[str]:
    found = set(listed_skills(groups))
    found |= skills_in(summary) if summary else set()
    found |= skills_in(headline) if headline else set()
    for keywords, description in projects:
        for kw in keywords:
            found |= skills_in(kw)
        if description:
            found |= skills_in(description)
    for approach in approaches:
        if approach:
            found |= skills_in(approach)
    return frozenset(found)


def static_skills(resume: Resume) -> set[str]:
    """Skills named outside bullets: skills section, summary, headline, project keywords.

    Cached on those parts of the resume (their texts are the key), so that a bullet edit, which
    leaves them alone, does not read them again.
    """
    return set(_static(_section_key(resume), resume.summary, resume.basics.headline,
                       tuple((tuple(p.keywords), p.description) for p in resume.projects),
                       tuple(c.approach for c in resume.competitions)))


def coverage_for(found: set[str] | frozenset[str], target: str) -> dict[str, CategoryCoverage]:
    """Coverage of ``target``'s stack by the canonical skills ``found``."""
    out: dict[str, CategoryCoverage] = {}
    for category, items in knowledge().archetypes[target].items():
        have = tuple(i for i in items if i in found)
        missing = tuple(i for i in items if i not in found)
        out[category] = CategoryCoverage(have, missing, len(have) / len(items) if items else 0.0)
    return out


def coverage_score(cov: dict[str, CategoryCoverage]) -> float:
    """A [0, 1] summary: each category counts as full once three of its items (or all) are found."""
    if not cov:
        return 0.0
    parts = [min(1.0, len(c.have) / max(1, min(3, len(c.have) + len(c.missing)))) for c in cov.values()]
    return sum(parts) / len(parts)


def all_coverage(found: set[str] | frozenset[str]) -> dict[str, dict[str, CategoryCoverage]]:
    """Coverage for every archetype."""
    return {a: coverage_for(found, a) for a in ARCHETYPES}
