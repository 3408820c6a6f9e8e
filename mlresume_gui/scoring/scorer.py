"""The Scorer: every reader of the scorer built from one set of knowledge tables, with their caches.

One :class:`Scorer` holds the bullet scorer (readings and scores), the skill reader (coverage),
the paper reader (venues, themes, research evidence) and the readers of the resume rules; each owns
the bounded caches of what it read, so a scorer built from other tables (tests, a maintainer's
edited copy) shares nothing with the shipped one. :func:`shared_scorer` is the scorer of the
shipped tables that the window, the command line and :func:`.bullet.score_bullet` use;
:func:`reload` rereads the tables and starts a new one.
"""

from __future__ import annotations

from functools import cache

from .archetype import PaperReader
from .bullet import BulletScore, BulletScorer, shared_bullet_scorer
from .coverage import SkillReader
from .knowledge import Knowledge, knowledge
from .resume_rules import ResumeReaders


class Scorer:
    """Scores bullets and resumes with one set of knowledge tables (default: the shipped ones)."""

    def __init__(self, kn: Knowledge | None = None, bullets: BulletScorer | None = None) -> None:
        self.knowledge = kn if kn is not None else knowledge()
        self.bullets = bullets if bullets is not None else BulletScorer(self.knowledge)
        self.skills = SkillReader(self.knowledge)
        self.papers = PaperReader(self.knowledge)
        self.readers = ResumeReaders(self.knowledge, self.skills, self.papers)

    def bullet(self, text: str, target: str, seniority: str | None = None, context: str = "") -> BulletScore:
        """The score of one bullet for ``target`` (see :meth:`.bullet.BulletScorer.score`)."""
        return self.bullets.score(text, target, seniority, context)

    def clear(self) -> None:
        """Forget every cached reading and score (benchmarks measure cold scoring with it)."""
        for part in (self.bullets, self.skills, self.papers, self.readers):
            part.clear()


@cache
def shared_scorer() -> Scorer:
    """The scorer of the shipped knowledge tables (it shares its bullet scorer with ``score_bullet``)."""
    return Scorer(knowledge(), shared_bullet_scorer())


def clear_cache() -> None:
    """Forget every cached score and reading of the shared scorer."""
    shared_scorer().clear()


def reload() -> Scorer:
    """Reread the knowledge tables and start a new shared scorer (the old caches go with the old one)."""
    knowledge.cache_clear()
    shared_bullet_scorer.cache_clear()
    shared_scorer.cache_clear()
    return shared_scorer()
