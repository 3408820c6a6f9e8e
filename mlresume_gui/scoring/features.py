"""What a bullet says, read once: the words it names, its numbers, its opener, its signals.

:func:`read_bullet` is target-independent; the bullet score and the resume aggregates are both
built from its :class:`Features`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import NamedTuple

from .knowledge import ARCHETYPES, Knowledge
from .quantities import Quantity, find_quantities
from .text import Token, split_words

_DIGIT = re.compile(r"\d")
SCALE_KINDS = {"users": "users", "data": "data", "sample": "data", "compute": "compute",
               "params": "params", "count": "count", "field": "count"}
OUTCOME_KINDS = frozenset({"before_after", "percent", "fold", "latency", "time", "throughput", "money",
                           "metric", "placement", "citations"})


class Hit(NamedTuple):
    """A knowledge phrase found in the bullet: its tags and span."""

    tags: frozenset[str]
    start: int
    end: int
    first: int  # index of its first token
    last: int  # index of its last token
    skill: str | None = None


@dataclass(slots=True)
class Features:
    """Everything the rules and components read about one bullet.

    The words are kept as three parallel lists (``norms``, ``starts``, ``ends``, as
    :func:`.text.split_words` gives them); :attr:`tokens` builds :class:`Token` tuples on demand.
    """

    text: str
    norms: list[str]
    starts: list[int]
    ends: list[int]
    hits: list[Hit]
    quantities: list[Quantity]
    opener: str  # "strong", "modest", "weak", "plain-verb" or "plain"
    opener_span: tuple[int, int]
    skills: frozenset[str]
    signals: dict[str, float]
    words: int
    tags: dict[str, list[Hit]] = field(default_factory=dict)
    kinds: frozenset[str] = frozenset()
    results: list[Quantity] = field(default_factory=list)
    has_result: bool = False  # a quantified result, scale or multiplier word
    has_outcome: bool = False  # a result beyond scale: before→after, %, latency, money...

    @property
    def tokens(self) -> list[Token]:
        """The words as (norm, start, end) tuples."""
        return [Token(n, s, e) for n, s, e in zip(self.norms, self.starts, self.ends, strict=True)]

    def has(self, tag: str) -> bool:
        return tag in self.tags

    def spans(self, tag: str) -> list[Hit]:
        return self.tags.get(tag, [])

    @property
    def ships(self) -> bool:
        """The bullet shows work in front of users, stated as the person's own."""
        return self.opener != "weak" and ("ship" in self.tags or "users" in self.kinds or "sample" in self.kinds)

    @property
    def owns_deployment(self) -> bool:
        """The bullet shows a deployment the person owned (shipped, launched, owned...)."""
        return self.opener == "strong" and "ship" in self.tags


_SKIP = frozenset(("i", "we", "was", "were", "have", "had"))


def _opener(words: list[str], starts: list[int], ends: list[int], kn: Knowledge) -> tuple[str, tuple[int, int]]:
    i = 0
    n = len(words)
    while i < n and words[i] in _SKIP:
        i += 1
    if i >= n:
        return "plain", (0, 0)
    hit = kn.weak_verbs.longest_at(words, i)
    if hit is not None:
        length, kind = hit
        # a weak opener must be the verb, not the start of a noun ("Responsible AI audit")
        return kind, (starts[0], ends[i + length - 1])
    first = words[i]
    kind = "plain-verb" if first.endswith("ed") and len(first) > 4 else "plain"
    return kind, (starts[i], ends[i])


def read_bullet(text: str, kn: Knowledge) -> Features:
    """Read ``text`` into :class:`Features` (no scoring, no target)."""
    words, starts, ends = split_words(text)
    hits: list[Hit] = []
    tags: dict[str, list[Hit]] = {}
    skills: set[str] = set()
    signals = dict.fromkeys(ARCHETYPES, 0.0)
    tech_ends: set[int] = set()
    new = tuple.__new__
    lexicon = kn.lexicon
    plan = lexicon.plan
    get = lexicon.get
    n = len(words)
    nxt = 0
    for first in [i for i, w in enumerate(words) if w in plan]:
        # the longest phrase at each word, left to right, without overlaps (PhraseTable.scan)
        if first < nxt:
            continue
        multi, entry = plan[words[first]]
        last = first
        for length in multi:
            if first + length <= n:
                value = get(tuple(words[first : first + length]))
                if value is not None:
                    entry = value
                    last = first + length - 1
                    break
        if entry is None:
            continue
        nxt = last + 1
        h = new(Hit, (entry.tags, starts[first], ends[last], first, last, entry.skill))
        hits.append(h)
        for tag in entry.keys:
            lst = tags.get(tag)
            if lst is None:
                tags[tag] = [h]
            else:
                lst.append(h)
        if entry.tech:
            tech_ends.add(h[2])
            if entry.skill:
                skills.add(entry.skill)
        for arch, w in entry.signals:
            signals[arch] += w
    if _DIGIT.search(text):
        quantities = find_quantities(text, words, starts, ends, kn, tech_ends, "place" in tags or "comp" in tags)
    else:
        quantities = []
    seen_kinds = {q.kind for q in quantities}
    if seen_kinds:
        quantity_signals = kn.quantity_signals
        for kind in seen_kinds:
            weights = quantity_signals.get(kind)
            if weights:
                for arch, w in weights.items():
                    signals[arch] += w
    for tag, weights in kn.tag_signals.items():
        if tag in tags:
            for arch, w in weights.items():
                signals[arch] += w
    if "sota" in tags and "dataset" in tags:
        signals["research"] += kn.venue_signal.get("sota_named_benchmark", 0.0)
    if "venue" in tags:
        workshop = any((w,) in kn.workshop_markers for w in words)
        signals["research"] += kn.venue_signal["workshop" if workshop else "main"]
    opener, opener_span = _opener(words, starts, ends, kn)
    signals = {a: min(1.0, v) for a, v in signals.items()}
    results = [q for q in quantities if q[4]]
    return Features(
        text, words, starts, ends, hits, quantities, opener, opener_span, frozenset(skills), signals,
        len(text.split()), tags, frozenset(seen_kinds), results,
        bool(results) or "fold" in tags,
        "fold" in tags or any(q[0] in OUTCOME_KINDS for q in results),
    )
