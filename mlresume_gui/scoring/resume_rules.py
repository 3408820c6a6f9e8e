"""Resume-level findings of SPEC §4: each a rule over the resume and its bullet scores."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache, partial
from itertools import repeat
from operator import attrgetter, contains
from typing import Any

from ..model import Competition, Experience, PartialDate, Resume
from .archetype import PaperReader
from .bullet import BulletScore
from .coverage import CategoryCoverage, SkillReader
from .features import read_bullet
from .findings import ResumeFinding
from .knowledge import Knowledge
from .rules import kaggle_no_context
from .seniority import has_phd
from .text import phrase_key, tokenize


class ResumeReaders:
    """What the resume rules read texts with (one set of tables), and the caches of those readings.

    The rules' own readings (competition context, skills-section depth, buzzword lines, award
    claims) are cached on their texts here, so an edit elsewhere in the resume reuses them.
    """

    def __init__(self, kn: Knowledge, skills: SkillReader, papers: PaperReader) -> None:
        self.knowledge, self.skills, self.papers = kn, skills, papers
        self.thin = lru_cache(maxsize=64)(partial(_thin, self))
        self.missing = lru_cache(maxsize=256)(partial(_missing, self))
        self.award_claim = lru_cache(maxsize=256)(partial(_award_claim, self))
        self.buzzword_lines = lru_cache(maxsize=64)(partial(_buzzword_lines, self))

    def clear(self) -> None:
        """Forget every cached reading."""
        for cached in (self.thin, self.missing, self.award_claim, self.buzzword_lines):
            cached.cache_clear()

    def cfg(self, key: str) -> float:
        """A resume-level threshold of ``scoring.toml``."""
        return self.knowledge.resume[key]


@dataclass
class Context:
    """What the resume rules read: the resume, its target and seniority, bullet scores."""

    resume: Resume
    target: str
    seniority: str
    scores: Mapping[str, BulletScore]
    entries: Mapping[str, Any]  # bullet id -> the entry holding it (in document order)
    fit: Mapping[str, float]
    coverage: Mapping[str, CategoryCoverage]
    readers: ResumeReaders

    def cfg(self, key: str) -> float:
        return self.readers.cfg(key)


_FLAGS = attrgetter("flags")


def research_only(ctx: Context) -> list[ResumeFinding]:
    if ctx.target != "applied":
        return []
    applied, least = ctx.cfg("production_signal"), ctx.cfg("production_outcome")
    # shipped work, or production work as applied as that with an outcome ("online evaluation with drift
    # reports for 5 models; two silent regressions were caught")
    ships = sum(1 for s in ctx.scores.values()
                if s.ships or (s.signals.get("applied", 0.0) >= applied
                               and s.components["quantified outcome"] >= least))
    need = int(ctx.cfg("min_shipping_bullets"))
    research_heavy = len(ctx.resume.publications) >= 3 or ctx.fit.get("research", 0) > ctx.fit.get("applied", 0)
    if ships >= need or not research_heavy:
        return []
    return [ResumeFinding(
        "research-only-for-applied", "warning",
        f"Reads as research-only for an applied role: {ships} bullet(s) show shipped work",
        f"Add at least {need - 1}–{need} bullets about models you put in production: what shipped, "
        "to how many users, and the metric it moved")]


def long_publications(ctx: Context) -> list[ResumeFinding]:
    pubs = ctx.resume.publications
    limit = int(ctx.cfg("max_publications_non_research"))
    if ctx.target == "research" or len(pubs) <= limit:
        return []
    return [ResumeFinding(
        "long-publication-list", "warning",
        f"{len(pubs)} publications on a resume aimed at {ctx.target} roles can read as a researcher in disguise",
        "Keep the one or two most substantial papers (three to five at most with a PhD) and move the rest "
        "to a link", pubs[0].id)]


def no_publications(ctx: Context) -> list[ResumeFinding]:
    if ctx.target != "research":
        return []
    peer = [p for p in ctx.resume.publications if ctx.readers.papers.venue_kind(p.venue, p.workshop) != "none"]
    if peer:
        return []
    return [ResumeFinding(
        "no-publications-for-research", "error",
        "No peer-reviewed publications on a research resume",
        "Add a Publications section: title, authors (you in bold), venue and year; preprints go in too, "
        "marked as such")]


# A citation count or an index with its number, in digits or words: "Cited 540 times", "2,300
# citations", "h-index: 21", "cited more than a thousand times", "hundreds of citations", "some seven
# hundred citations" ("cited as a reference" without a number is no citation signal).
_CITATIONS = re.compile(
    r"\d[\d,.]*\s*[kK]?\+?\s*(?:citations?|cites)\b|\bcit(?:ed|ations?)\b\D{0,24}(?:\d|\b(?:hundred|thousand)s?\b)"
    r"|\b(?:hundreds|thousands) of cit(?:ations|es)\b|\b(?:hundred|thousand)\s+cit(?:ations|es)\b"
    r"|\b(?:h|i10)[- ]index\b\D{0,12}\d", re.I)


def _mentions_citations(ctx: Context) -> bool:
    """A citation count or h-index written anywhere: summary, headline, awards, bullets, and each
    publication's summary or notes ("Cited 540 times")."""
    r = ctx.resume
    texts = [r.summary, r.basics.headline, *(a.title + " " + a.summary for a in r.awards)]
    texts += [p.summary for p in r.publications]
    texts += [str(p.extra.get("note", "")) + " " + str(p.extra.get("notes", "")) for p in r.publications if p.extra]
    texts += [e.notes for e in r.education]
    texts += [b.text for _k, _e, _i, _entry, b in r.iter_bullets()]
    return any(_CITATIONS.search(t) for t in texts if t)


def no_citations(ctx: Context) -> list[ResumeFinding]:
    if ctx.target != "research" or ctx.seniority != "senior" or not ctx.resume.publications:
        return []
    if any(p.citation_count() for p in ctx.resume.publications) or _mentions_citations(ctx):
        return []
    return [ResumeFinding(
        "no-citation-signal", "warning",
        "No citation count or h-index for a senior researcher",
        "Give the total citations and h-index (e.g. in the summary or beside Google Scholar), or the "
        "citations of your key papers", ctx.resume.publications[0].id)]


def _cover(sets: list[frozenset[str]]) -> int:
    """How many themes it takes to cover every paper, picked greedily (the commonest first)."""
    left = list(sets)
    picked = 0
    while left:
        top = Counter(t for th in left for t in th).most_common(1)[0][0]
        left = [th for th in left if top not in th]
        picked += 1
    return picked


def scattered_themes(ctx: Context) -> list[ResumeFinding]:
    pubs = ctx.resume.publications
    if ctx.target != "research" or len(pubs) < int(ctx.cfg("min_papers_for_theme")):
        return []
    counts: Counter[str] = Counter()
    themes = [ctx.readers.papers.themes_of(p.title, p.venue, p.summary) for p in pubs]
    sets = [th for th in themes if th]
    for th in sets:
        counts.update(th)
    themed = len(sets)
    if themed < int(ctx.cfg("min_papers_for_theme")) or len(counts) < 2:
        return []
    top, n = counts.most_common(1)[0]
    # a story: one theme covers more than the share, or two themes cover every themed paper
    if n / themed > ctx.cfg("min_theme_share") or _cover(sets) < 3:
        return []
    if ctx.readers.papers.shared_word_share(pubs) > ctx.cfg("min_theme_share"):
        return []  # most papers share a word of their own ("attention", "adapters"): one story
    off = next((p for p, th in zip(pubs, themes, strict=True) if th and top not in th), pubs[0])
    return [ResumeFinding(
        "scattered-research-themes", "warning",
        f"Papers spread over {len(counts)} unrelated themes; no single research story stands out",
        f"Lead with the papers of one theme (e.g. {top}) and say in the summary what connects your work",
        off.id, "title", 0, len(off.title))]


def _latest_job(resume: Resume) -> Experience | None:
    def key(job: Experience) -> tuple[int, int]:
        end = 10**6 if job.end is None or not isinstance(job.end, PartialDate) else job.end.months()
        start = job.start.months() if job.start else 0
        return end, start
    jobs = [j for j in resume.experience if j.bullets]
    return max(jobs, key=key) if jobs else None


def phd_not_leading(ctx: Context) -> list[ResumeFinding]:
    if ctx.target != "applied" or not has_phd(ctx.resume):
        return []
    job = _latest_job(ctx.resume)
    if job is None:
        return []
    first = job.bullets[0]
    score = ctx.scores.get(first.id)
    applied = score.signals.get("applied", 0) if score is not None else 0.0
    # a first bullet that reads as research more than as applied work ("First author of an estimator
    # for recommendation ...") does not lead with applied work, whatever applied words it has
    if score is None or score.ships or (applied >= 0.4 and applied >= score.signals.get("research", 0)):
        return []
    return [ResumeFinding(
        "phd-not-leading-applied", "warning",
        f"PhD aiming at applied roles, but the latest role ({job.company or job.title}) does not open with applied work",
        "Move a shipped-model bullet to the top of your latest role and keep publications compact",
        first.id)]


def no_owned_deployment(ctx: Context) -> list[ResumeFinding]:
    if ctx.target == "research" or not ctx.scores:
        return []
    if any(s.owns_deployment for s in ctx.scores.values()):
        return []
    return [ResumeFinding(
        "no-owned-deployment", "warning" if ctx.target == "applied" else "info",
        "No bullet shows a model deployment you owned",
        "If you have not owned one, describe your part honestly (\"contributed to …\" with your role) and "
        "aim at ML platform or ML-adjacent engineering roles rather than claiming more")]


def thin_skills(ctx: Context) -> list[ResumeFinding]:
    skills = ctx.resume.skills
    return list(ctx.readers.thin(ctx.target, tuple(tuple(g.items) for g in skills), skills[0].id if skills else None))


def _thin(rr: ResumeReaders, target: str, groups: tuple[tuple[str, ...], ...], first: str | None) -> tuple[ResumeFinding, ...]:
    listed = rr.skills.listed(groups)
    cats = rr.knowledge.archetypes[target]
    touched = [c for c, items in cats.items() if any(i in listed for i in items)]
    share = len(touched) / len(cats) if cats else 1.0
    n_items = sum(len(items) for items in groups)
    if share >= rr.cfg("min_skill_categories") and n_items >= rr.cfg("min_skill_items"):
        return ()
    empty = [c for c in cats if c not in touched]
    return (ResumeFinding(
        "thin-skills", "warning",
        f"Skills section thinner than {_with_article(rr.knowledge.labels[target].lower())} stack: "
        f"{len(touched)} of {len(cats)} categories, {n_items} items",
        "Add what you have really used under " + ", ".join(empty[:4]) if empty
        else "List the tools you have used in depth, grouped by category", first),)


def _with_article(word: str) -> str:
    """``"an infrastructure"``, ``"a research"``: the article by the first letter's sound."""
    return f"{'an' if word[:1] in 'aeiou' else 'a'} {word}"


_FIELD = re.compile(r"\b(?:of|out of|among)\s+[\d,.]+\s*[kK]?|[\d,.]+\s*[kK]?\+?\s+(?:teams|entrants|participants|competitors)", re.I)
_PLACE = re.compile(r"\d+(?:st|nd|rd|th)\b|\btop\s+[\d.]+|\b(?:gold|silver|bronze|winner|won|first place|rank)\b", re.I)


def _names_approach(kn: Knowledge, text: str) -> bool:
    words = [t.norm for t in tokenize(text)]
    return any(e.skill or e.tags & {"tech", "model"} for _f, _l, e in kn.lexicon.scan(words))


def _competition_missing(rr: ResumeReaders, c: Competition) -> list[str]:
    # the name may carry the whole claim ("5th of 3,100 teams in the Kaggle ... competition with a
    # graph network"): it is read with the bullets for the placement, the field and the approach
    text = " ".join([c.name, *(b.text for b in c.bullets)])
    return list(rr.missing(c.name, c.placement, c.teams, c.approach, text))


def _missing(rr: ResumeReaders, name: str, placement: str, teams: int | None, approach: str, text: str) -> tuple[str, ...]:
    missing = []
    if not name.strip():
        missing.append("name")
    # a placement or the size of the field it was won in ("3rd place", "of 1,400 teams", "top 2%")
    if (not placement.strip() and not _PLACE.search(text)
            and teams is None and not _FIELD.search(text) and "%" not in text):
        missing.append("placement")
    if not approach.strip() and not _names_approach(rr.knowledge, text):
        missing.append("approach")
    return tuple(missing)


def _award_claim(rr: ResumeReaders, text: str) -> tuple[tuple[str, ...], int, int] | None:
    """(what is missing, span) of a competition claim written as an award, None when it is none
    or gives its context ("Top 5% in 3 Kaggle competitions" lacks the name and the approach)."""
    raised = kaggle_no_context(read_bullet(text, rr.knowledge))
    return None if raised is None else (raised.detail, raised.start, raised.end)


def competitions_context(ctx: Context) -> list[ResumeFinding]:
    out = []
    sev = "info" if ctx.target == "research" else "warning"
    extra = " (for research roles competitions count little)" if ctx.target == "research" else ""
    advice = "Give the competition's name, your placement and the number of teams, and the approach"
    for c in ctx.resume.competitions:
        missing = _competition_missing(ctx.readers, c)
        if not missing:
            continue
        out.append(ResumeFinding(
            "competitions-without-context", sev,
            f"Competition {c.name or '(unnamed)'} lacks {', '.join(missing)}{extra}", advice, c.id, "name"))
    for a in ctx.resume.awards:  # "Kaggle Competitions Master", "Silver medal in a Kaggle NLP competition"
        # who gave it counts too ("Silver medal", awarded by Kaggle); spans stay inside the title
        claim = ctx.readers.award_claim(a.title + (", " + a.awarder if a.awarder else "")
                                        + (". " + a.summary if a.summary else ""))
        if claim is None:
            continue
        missing, start, end = claim
        label = a.title if len(a.title) <= 60 else a.title[:57] + "…"
        out.append(ResumeFinding(
            "competitions-without-context", sev,
            f"Award “{label}” claims a competition result without {_WANTED.get(missing[0], missing[0])}"
            + "".join(f", {_WANTED.get(m, m)}" for m in missing[1:]) + extra,
            advice, a.id, "title", min(start, len(a.title)), min(end, len(a.title))))
    for bid, entry in ctx.entries.items():  # a claim in a bullet ("Top 4% in 2 Kaggle competitions" under Projects)
        s = ctx.scores.get(bid)
        if s is None or isinstance(entry, Competition) or "kaggle-no-context" not in s.flags:
            continue
        found = next(f for f in s.findings if f.code == "kaggle-no-context")
        out.append(ResumeFinding(
            "competitions-without-context", sev,
            f"A bullet claims a competition result without its context{extra}", advice, bid, "text",
            found.start, found.end))
    return out


_WANTED = {"name": "the competition's name", "placement": "a placement", "field size": "the number of teams",
           "approach": "the approach"}


def buzzword_skills(ctx: Context) -> list[ResumeFinding]:
    return list(ctx.readers.buzzword_lines(tuple((g.category, tuple(g.items), g.id) for g in ctx.resume.skills)))


def _buzzword_lines(rr: ResumeReaders, groups: tuple[tuple[str, tuple[str, ...], str], ...]) -> tuple[ResumeFinding, ...]:
    kn = rr.knowledge
    out = []
    for category, items, gid in groups:
        buzz = [i for i in items if phrase_key(i) in kn.buzzwords]
        if len(buzz) >= rr.cfg("buzzword_min") and len(buzz) / max(1, len(items)) >= rr.cfg("buzzword_share"):
            out.append(ResumeFinding(
                "buzzword-skills", "warning",
                f"Skills line “{category or 'Skills'}” is mostly buzzwords ({', '.join(buzz[:5])})",
                "Replace the labels with the tools and methods you used (e.g. vLLM, LoRA on Llama-3-8B, "
                "FAISS) and show depth in a bullet", gid))
    return tuple(out)


def tutorial_as_work(ctx: Context) -> list[ResumeFinding]:
    if ctx.seniority not in ("mid", "senior"):
        return []
    if not any(map(contains, map(_FLAGS, ctx.scores.values()), repeat("tutorial"))):
        return []
    out = []
    for bid, entry in ctx.entries.items():
        s = ctx.scores.get(bid)
        if s is not None and "tutorial" in s.flags and isinstance(entry, Experience):
            out.append(ResumeFinding(
                "tutorial-as-work", "warning",
                f"Tutorial work listed as a job at {entry.company or 'a role'}",
                "Remove it from Experience; at your level it weakens the real work around it", bid))
    return out


RULES = (research_only, long_publications, no_publications, no_citations, scattered_themes, phd_not_leading,
         no_owned_deployment, thin_skills, competitions_context, buzzword_skills, tutorial_as_work)


def resume_findings(ctx: Context) -> list[ResumeFinding]:
    """Every resume-level finding, worst first."""
    out = [f for rule in RULES for f in rule(ctx)]
    order = {"error": 0, "warning": 1, "info": 2}
    return sorted(out, key=lambda f: order.get(f.severity, 3))
