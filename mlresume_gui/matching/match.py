"""A resume against a job posting: which of the posting's terms the resume shows and where, the
archetype the posting leans to, and a 0-100 score that weighs required terms above preferred
ones and a bullet with a measured outcome above a skills-line mention."""

from __future__ import annotations

from dataclasses import dataclass, field

from ..model import Resume
from ..scoring.bullet import score_bullet
from ..scoring.knowledge import ARCHETYPES, knowledge
from ..scoring.text import split_words
from .evidence import DEGREES, Place, contains_phrase, degree_level, places, terms_in
from .posting import Requirements, Term
from .tables import tables

REQUIRED_WEIGHT = 3.0
PREFERRED_WEIGHT = 1.0
# credit for a term by the best place that shows it
EVIDENCE_CREDIT = {"outcome": 1.0, "bullet": 0.85, "text": 0.75, "skills": 0.6}
EVIDENCE_WORDS = {"outcome": "a bullet with a measured outcome", "bullet": "a bullet without a measured outcome",
                  "text": "a summary, project, publication or degree line", "skills": "the skills list only"}
_EVIDENCE_RANK = ("skills", "text", "bullet", "outcome")


@dataclass
class TermMatch:
    """One posting term and what the resume shows of it."""

    term: str
    kind: str
    required: bool
    found: bool
    places: list[Place] = field(default_factory=list)
    evidence: str = ""  # the best kind of place: "outcome", "bullet", "text", "skills" or ""
    examples: tuple[str, ...] = ()

    @property
    def where(self) -> list[str]:
        return list(dict.fromkeys(p.where for p in self.places))

    def to_dict(self) -> dict[str, object]:
        return {"term": self.term, "kind": self.kind, "required": self.required,
                "found": self.found, "where": self.where}


@dataclass
class MatchResult:
    """The match of a resume to a posting."""

    archetype: str
    score: int
    terms: list[TermMatch]
    fit: dict[str, float] = field(default_factory=dict)
    title: str = ""

    @property
    def missing(self) -> list[str]:
        return [t.term for t in self.terms if t.required and not t.found]

    def to_dict(self) -> dict[str, object]:
        """The JSON contract of SPEC §4c."""
        return {"archetype": self.archetype, "score": self.score,
                "terms": [t.to_dict() for t in self.terms], "missing": self.missing}


def posting_archetype(req: Requirements) -> tuple[str, dict[str, float]]:
    """The archetype a posting leans to, and the share of the evidence for each."""
    t = tables()
    kn = knowledge()
    score = dict.fromkeys(ARCHETYPES, 0.0)
    for term in req.terms:
        homes = [a for a in ARCHETYPES if term.term in t.stacks[a]]
        for a in homes:
            score[a] += (1.0 if term.required else 0.5) / len(homes)
    for i, line in enumerate(req.lines):
        words = split_words(line)[0]
        boost = 3.0 if line == req.title else 1.0
        if req.roles and i < len(req.roles) and req.roles[i] == "boilerplate":
            continue
        for a in ARCHETYPES:
            for _f, _n, w in t.hints[a].scan(words):
                score[a] += boost * w
        for _f, _n, entry in kn.lexicon.scan(words):
            for a, w in entry.signals:
                score[a] += 0.5 * w
    total = sum(score.values()) or 1.0
    fit = {a: round(score[a] / total, 3) for a in ARCHETYPES}
    order = ("applied", "infra", "research")
    return max(order, key=lambda a: (score[a], -order.index(a))), fit


def _places_of(term: Term, index: list[tuple[Place, frozenset[str]]], resume: Resume,
               depth: int = 0) -> list[Place]:
    t = tables()
    name = term.term
    if name in DEGREES:
        need = DEGREES.index(name) + 1
        return [p for p in (pl for pl, _ in index) if p.section == "education" and p.field == "degree"
                and degree_level(p.text) >= need]
    found = [p for p, terms in index if name in terms]
    known = name in t.kinds
    if not known:
        found = [p for p, _terms in index if contains_phrase(p.text, name)]
    if name == "Research publications" and resume.publications:
        found += [p for p, _terms in index if p.section == "publications" and p.field == "title"]
    if depth == 0:
        for member in t.members.get(name, ()):
            found += _places_of(Term(member, "", False, 0), index, resume, 1)
    return list(dict.fromkeys(found))


def _evidence(place: Place, target: str) -> str:
    if place.kind != "bullet":
        return place.kind
    flags = score_bullet(place.text, target).flags
    return "bullet" if "no-metric" in flags else "outcome"


def match_resume(resume: Resume, req: Requirements) -> MatchResult:
    """Match ``resume`` against the analysed posting ``req``."""
    archetype, fit = posting_archetype(req)
    index = [(p, terms_in(p.text, p.kind == "skills")) for p in places(resume)]
    out: list[TermMatch] = []
    earned = possible = 0.0
    for term in sorted(req.terms, key=lambda x: (not x.required, x.line)):
        found = _places_of(term, index, resume)
        best = max((_evidence(p, archetype) for p in found), key=_EVIDENCE_RANK.index, default="")
        found.sort(key=lambda p: -_EVIDENCE_RANK.index(_evidence(p, archetype)))
        out.append(TermMatch(term.term, term.kind, term.required, bool(found), found, best, term.examples))
        weight = REQUIRED_WEIGHT if term.required else PREFERRED_WEIGHT
        possible += weight
        earned += weight * EVIDENCE_CREDIT.get(best, 0.0)
    score = round(100 * earned / possible) if possible else 0
    return MatchResult(archetype, score, out, fit, req.title)


def explain(result: MatchResult) -> list[str]:
    """Plain lines that say how the score was made."""
    req = [t for t in result.terms if t.required]
    pref = [t for t in result.terms if not t.required]
    lines = [
        f"Required terms count {REQUIRED_WEIGHT:g}x, preferred 1x; each found term earns its weight times "
        "the credit of its best evidence: " + ", ".join(f"{EVIDENCE_WORDS[k]} {round(100 * v)}%"
                                                       for k, v in EVIDENCE_CREDIT.items()) + ".",
        f"Required: {sum(t.found for t in req)} of {len(req)} found; preferred: {sum(t.found for t in pref)} of {len(pref)} found.",
    ]
    weak = [t.term for t in result.terms if t.found and t.evidence == "skills"]
    if weak:
        lines.append("Shown only in the skills list (a bullet with a result would earn full credit): "
                     + ", ".join(weak) + ".")
    return lines
