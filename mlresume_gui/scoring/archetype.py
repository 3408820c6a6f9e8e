"""Archetype fit: how strongly the whole resume reads as research, infra or applied, in [0, 1]."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from functools import lru_cache
from operator import itemgetter
from typing import Any, NamedTuple

from ..model import Resume
from ..model.people import is_first_author
from .knowledge import ARCHETYPES, Knowledge
from .seniority import has_phd_in
from .text import tokenize


class _Paper(NamedTuple):
    """The parts of a publication the research evidence reads."""

    title: str
    venue: str
    workshop: bool
    authors: tuple[str, ...]
    citations: int | None
    summary: str


class PaperReader:
    """Venues, themes and research evidence of publications, for one set of tables; owns its caches."""

    def __init__(self, kn: Knowledge) -> None:
        self.knowledge = kn
        self._main = frozenset(kn.venues_main)
        self.venue_kind = lru_cache(maxsize=2048)(self._venue_kind)
        self.themes_of = lru_cache(maxsize=2048)(self._themes_of)
        self._evidence = lru_cache(maxsize=64)(self._evidence_of)

    def clear(self) -> None:
        """Forget every cached reading."""
        for cached in (self.venue_kind, self.themes_of, self._evidence):
            cached.cache_clear()

    def _venue_kind(self, venue: str, workshop: bool = False) -> str:
        """"main", "workshop", "other" (peer-reviewed elsewhere) or "none" (arXiv, blogs)."""
        kn = self.knowledge
        words = tuple(t.norm for t in tokenize(venue))
        grams = {words[i : i + n] for n in (1, 2, 3) for i in range(len(words) - n + 1)}
        if grams & kn.non_peer_reviewed and not (grams & self._main):
            return "none"
        if workshop or grams & kn.workshop_markers:
            return "workshop"
        if grams & self._main:
            return "main"
        return "other" if venue.strip() else "none"

    def _themes_of(self, title: str, venue: str, summary: str = "") -> frozenset[str]:
        """Research themes a paper's title and summary (else its venue) point to."""
        kn = self.knowledge
        found: set[str] = set()
        for text in (title, summary):
            for _f, _l, themes in kn.themes.scan([t.norm for t in tokenize(text)]):
                found |= themes
        if not found:
            for t in tokenize(venue):
                theme = kn.venue_themes.get(t.norm)
                if theme:
                    found.add(theme)
        return frozenset(found)

    def theme_share(self, pubs: list[Any]) -> float:
        """Share of themed papers that belong to the most common theme (1.0 with fewer than 3)."""
        counts: dict[str, int] = {}
        themed = 0
        for p in pubs:
            th = self.themes_of(p.title, p.venue, p.summary)
            if th:
                themed += 1
                for t in th:
                    counts[t] = counts.get(t, 0) + 1
        if themed < 3:
            return 1.0
        return max(counts.values()) / themed

    def shared_word_share(self, pubs: list[Any]) -> float:
        """Share of papers that hold the word most of them share, in title or summary ("attention"
        in three of five titles): a story even where no theme table knows the field."""
        if not pubs:
            return 0.0
        stop = self.knowledge.title_stopwords
        counts: dict[str, int] = {}
        for p in pubs:
            words = {t.norm for t in tokenize(f"{p.title} {p.summary}")}
            for w in words:
                if len(w) > 3 and not w[:1].isdigit() and w not in stop:
                    counts[w] = counts.get(w, 0) + 1
        return max(counts.values(), default=0) / len(pubs)

    def _evidence_of(self, papers: tuple[tuple[str, str, bool, tuple[str, ...], int | None, str], ...], name: str,
                     degrees: tuple[tuple[str, str], ...]) -> float:
        pubs = list(map(_Paper._make, papers))
        main = sum(1 for p in pubs if self.venue_kind(p.venue, p.workshop) == "main")
        workshop = sum(1 for p in pubs if self.venue_kind(p.venue, p.workshop) in ("workshop", "other"))
        first = any(is_first_author(list(p.authors), name) for p in pubs) if name else False
        cites = sum(p.citations or 0 for p in pubs)
        score = min(1.0, (main + 0.4 * workshop) / 3) * 0.55
        score += 0.15 * first + 0.15 * min(1.0, cites / 200) + 0.15 * has_phd_in(degrees)
        if len(pubs) >= 3 and self.theme_share(pubs) >= self.knowledge.resume["min_theme_share"]:
            score += 0.1  # a coherent research story
        return min(1.0, score)

    def evidence(self, resume: Resume) -> float:
        """Research evidence of the publication list and degrees, in [0, 1] (cached on their texts)."""
        papers = tuple([(p.title, p.venue, p.workshop, tuple(p.author_names()), p.citation_count(), p.summary)
                        for p in resume.publications])
        degrees = tuple((e.degree, e.field) for e in resume.education)
        return self._evidence(papers, resume.basics.name, degrees)


_HALF = 0.5


def fit(signals: Iterable[Mapping[str, float]], ships: int, coverage: Mapping[str, float],
        resume: Resume, papers: PaperReader) -> dict[str, float]:
    """Fit per archetype from bullet signals, shipping bullets, coverage scores and sections."""
    sig = signals if isinstance(signals, list) else list(signals)
    n = len(sig)
    try:  # every bullet's signals name every archetype: read them in C
        sums = {a: sum(map(itemgetter(a), sig)) for a in ARCHETYPES}
        strong_infra = sum(map(_HALF.__le__, map(itemgetter("infra"), sig)))
    except KeyError:  # a mapping without some archetype counts 0 for it
        sums = {a: sum(s.get(a, 0.0) for s in sig) for a in ARCHETYPES}
        strong_infra = sum(1 for s in sig if s.get("infra", 0) >= 0.5)
    evidence = {
        "research": papers.evidence(resume),
        "applied": min(1.0, ships / 4),
        "infra": min(1.0, strong_infra / 4),
    }
    w = papers.knowledge.fit_weights
    out: dict[str, float] = {}
    for a in ARCHETYPES:
        mean = sums[a] / n if n else 0.0
        value = w["bullets"] * min(1.0, 1.6 * mean) + w["coverage"] * coverage.get(a, 0.0) + w["evidence"] * evidence[a]
        out[a] = round(max(0.0, min(1.0, value)), 3)
    return out


def detected(fits: Mapping[str, float]) -> str:
    """The archetype the resume leans to (ties go to applied, then infra)."""
    order = ("applied", "infra", "research")
    return max(order, key=lambda a: (fits.get(a, 0.0), -order.index(a)))
