"""The matcher's knowledge: posting terms, headings and boilerplate, read once from
``resources/knowledge`` (``jd_terms.toml``, ``jd_headings.toml``, ``boilerplate.toml``) together
with the scorer's skills and archetype tables, so a skill has one canonical name everywhere."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from ..resources import resource
from ..scoring.knowledge import ARCHETYPES, knowledge
from ..scoring.text import PhraseTable, key_set, phrase_key

# table of jd_terms.toml -> the kind a term of it has in the match report
KIND_OF_TABLE = {"skills": "skill", "methods": "skill", "domains": "skill",
                 "responsibilities": "responsibility", "qualifications": "qualification"}
HEADING_ROLES = ("required", "preferred", "responsibilities", "context", "boilerplate")


@dataclass
class MatchTables:
    """Every lookup the matcher reads."""

    terms: PhraseTable = field(default_factory=PhraseTable)  # phrase key -> canonical name
    kinds: dict[str, str] = field(default_factory=dict)  # canonical -> skill|responsibility|qualification
    members: dict[str, frozenset[str]] = field(default_factory=dict)  # umbrella -> its evidence terms
    cased: dict[str, str] = field(default_factory=dict)  # exact spelling -> canonical
    in_lists: dict[str, str] = field(default_factory=dict)  # exact spelling -> canonical, in lists only
    headings: dict[tuple[str, ...], str] = field(default_factory=dict)  # heading key -> role
    heading_words: tuple[tuple[str, frozenset[str]], ...] = ()  # (role, words), in checking order
    line_markers: PhraseTable = field(default_factory=PhraseTable)
    soft: frozenset[tuple[str, ...]] = frozenset()
    not_tech: frozenset[str] = frozenset()  # lower-case words the shape detector skips
    hints: dict[str, PhraseTable] = field(default_factory=dict)  # archetype -> phrase -> weight
    stacks: dict[str, frozenset[str]] = field(default_factory=dict)  # archetype -> its stack items


def _load(name: str) -> dict[str, Any]:
    with resource("knowledge", name).open("rb") as fh:
        return tomllib.load(fh)


def _add(table: PhraseTable, name: str, canonical: str) -> None:
    key = phrase_key(name)
    if key and key not in table:
        table[key] = canonical


def _build() -> MatchTables:
    t = MatchTables()
    kn = knowledge()
    jd = _load("jd_terms.toml")
    skills = _load("skills.toml")
    exact_only = key_set(skills.get("exact_only", {}).get("names", []))
    # posting tables first: a posting's own spelling of a concept wins over a skill alias
    for table, kind in KIND_OF_TABLE.items():
        for canonical, aliases in jd.get(table, {}).items():
            t.kinds.setdefault(canonical, kind)
            for name in (canonical, *aliases):
                _add(t.terms, name, canonical)
    for canonical, aliases in skills["synonyms"].items():
        t.kinds.setdefault(canonical, "skill")
        for name in (canonical, *aliases):
            if phrase_key(name) not in exact_only:
                _add(t.terms, name, canonical)
    for a in ARCHETYPES:
        items = {i for cat in kn.archetypes[a].values() for i in cat}
        t.stacks[a] = frozenset(items)
        for item in items:
            t.kinds.setdefault(item, "skill")
            if phrase_key(item) not in exact_only:
                _add(t.terms, item, item)
    t.terms.freeze()
    t.members = {u: frozenset(m) for u, m in jd.get("umbrellas", {}).items()}
    t.cased = dict(jd.get("cased", {}))
    # a venue named in a posting ("papers at NeurIPS or ICML") asks for publications
    venue_term = jd.get("venues", {}).get("term", "Research publications")
    skip = {w.casefold() for w in jd.get("venues", {}).get("not_alone", [])}
    for venue in _load("venues.toml")["main"]:
        if venue.casefold() not in skip:
            t.cased.setdefault(venue, venue_term)
    for name in jd.get("in_lists", {}).get("names", []):
        t.in_lists[name] = kn.skill_names.get(name.lower(), name)
        t.kinds.setdefault(t.in_lists[name], "skill")
    for a, hints in jd.get("archetype_hints", {}).items():
        table: PhraseTable = PhraseTable()
        for phrase, weight in hints.items():
            table[phrase_key(phrase)] = float(weight)
        table.freeze()
        t.hints[a] = table

    heads = _load("jd_headings.toml")
    for role in HEADING_ROLES:
        for phrase in heads.get(role, []):
            t.headings.setdefault(phrase_key(phrase), role)
    t.heading_words = tuple((role, frozenset(w for word in words for w in phrase_key(word)))
                            for role, words in heads.get("heading_words", {}).items())

    boiler = _load("boilerplate.toml")
    markers: PhraseTable = PhraseTable()
    for phrase in boiler["line_markers"]["phrases"]:
        if phrase_key(phrase):
            markers[phrase_key(phrase)] = True
    markers.freeze()
    t.line_markers = markers
    t.soft = key_set(boiler["soft_skills"]["phrases"])
    t.not_tech = frozenset(w.lower() for w in boiler["not_tech"]["words"])
    return t


@cache
def tables() -> MatchTables:
    """The shared matcher tables (loaded on first use)."""
    return _build()


def kind_of(term: str) -> str:
    """The report kind of a canonical term (unknown technologies are skills)."""
    return tables().kinds.get(term, "skill")
