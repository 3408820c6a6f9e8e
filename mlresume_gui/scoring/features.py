"""What a bullet says, read once: the words it names, its numbers, its opener, its signals.

:func:`read_bullet` is target-independent; the bullet score and the resume aggregates are both
built from its :class:`Features`.
"""

from __future__ import annotations

import re
from itertools import compress, count, repeat
from operator import contains, itemgetter
from typing import NamedTuple

from .amounts import read_amounts
from .knowledge import ARCHETYPES, Entry, Knowledge
from .numbers import digitize
from .opener import SKIP_WORDS, read_opener
from .quantities import find_quantities
from .quantity import Quantity
from .text import Token, split_words
from .worded import (
    worded_changes,
    worded_failure_stopped,
    worded_rate_drop,
    worded_reversals,
    worded_then_now,
)

SCALE_KINDS = {"users": "users", "audience": "users", "data": "data", "sample": "data", "compute": "compute",
               "params": "params", "count": "count", "reach": "count", "field": "count",
               "volume": "data", "fleet": "count"}
OUTCOME_KINDS = frozenset({"before_after", "percent", "fold", "latency", "time", "throughput", "money",
                           "metric", "placement", "citations", "papers", "count"})
# Kinds that state a capacity unless a word of change goes with them.
CAPACITY_KINDS = frozenset({"throughput", "latency", "memory"})
# Scale that makes a launch an outcome: shipped to whom, or on what ("shipped to 12M users").
LAUNCH_SCOPE = frozenset({"users", "sample", "count", "reach", "volume", "audience"})
# Teaching and authored material: the people who took or read it are its adoption, an outcome.
TAUGHT = frozenset({"tut_mat", "tut_guide", "tut_course", "teach_verb"})  # a subject alone ("lab features") is none


class Hit(NamedTuple):
    """A knowledge phrase found in the bullet: its tags and span."""

    tags: frozenset[str]
    start: int
    end: int
    first: int  # index of its first token
    last: int  # index of its last token
    skill: str | None = None


class Features(NamedTuple):
    """Everything the rules and components read about one bullet.

    A named tuple, built in one step. The words are kept as three parallel lists (``norms``,
    ``starts``, ``ends``, as :func:`.text.split_words` gives them); :attr:`tokens` builds
    :class:`Token` tuples on demand.
    """

    text: str
    norms: list[str]
    starts: list[int]
    ends: list[int]
    found: list[tuple[int, int, Entry]]  # (first word, last word, meaning) of each phrase, in order
    quantities: list[Quantity]
    opener: str  # "strong", "modest", "weak", "plain-verb" or "plain"
    opener_span: tuple[int, int]
    skills: frozenset[str]
    signals: dict[str, float]
    words: int
    tags: frozenset[str] | set[str]  # the tags of every phrase found (and "skill")
    kinds: frozenset[str]  # kinds of the quantities
    results: list[Quantity]
    has_result: bool  # a quantified result, scale or multiplier word
    has_outcome: bool  # a result beyond scale: before→after, %, latency, money...

    @property
    def tokens(self) -> list[Token]:
        """The words as (norm, start, end) tuples."""
        return [Token(n, s, e) for n, s, e in zip(self.norms, self.starts, self.ends, strict=True)]

    @property
    def hits(self) -> list[Hit]:
        """The phrases found, as :class:`Hit` tuples in text order (built on demand)."""
        starts, ends = self.starts, self.ends
        return [_new(Hit, (e.tags, starts[a], ends[b], a, b, e.skill)) for a, b, e in self.found]

    def has(self, tag: str) -> bool:
        return tag in self.tags

    def spans(self, tag: str) -> list[Hit]:
        """The phrases carrying ``tag``, in text order (a new list)."""
        if tag not in self.tags:
            return []
        starts, ends = self.starts, self.ends
        return [_new(Hit, (e.tags, starts[a], ends[b], a, b, e.skill)) for a, b, e in self.found if tag in e.keys]

    def count(self, tag: str) -> int:
        """How many phrases carry ``tag``."""
        if tag not in self.tags:
            return 0
        return sum(map(contains, map(_KEYS, map(_ENTRY, self.found)), repeat(tag)))

    @property
    def ships(self) -> bool:
        """The bullet shows work in front of users, stated as the person's own, or work owned end to
        end with an outcome ("Owned the image classifier end to end; moderators now review a quarter")."""
        tags, kinds = self.tags, self.kinds
        return self.opener != "weak" and ("ship" in tags or "users" in kinds or "sample" in kinds
                                          or ("own" in tags and self.has_outcome and self._opens_owning()))

    def _opens_owning(self) -> bool:
        """The bullet opens with a word of ownership ("Owned", "Own"); "end-to-end detectors" later on
        names a kind of model."""
        return bool(self.found) and self.found[0][0] == 0 and "own" in self.found[0][2].keys


def read_bullet(text: str, kn: Knowledge) -> Features:
    """Read ``text`` into :class:`Features` (no scoring, no target)."""
    words, starts, ends = split_words(text)
    found: list[tuple[int, int, Entry]] = []
    add = found.append
    lexicon = kn.lexicon
    get = lexicon.get
    steps = list(map(lexicon.plan.get, words))
    n = len(words)
    nxt = 0
    # the longest phrase at each word, left to right, without overlaps (as PhraseTable.scan);
    # only the words that start a phrase are visited
    for first in compress(count(), steps):
        if first < nxt:
            continue
        longer, entry = steps[first]
        length = 1
        if longer is not None and first + 1 < n:
            for size in longer.get(words[first + 1], ()):
                if first + size <= n:
                    value = get(tuple(words[first : first + size]))
                    if value is not None:
                        entry, length = value, size
                        break
        if entry is not None:
            nxt = first + length
            add((first, nxt - 1, entry))
    entries = list(map(_ENTRY, found))
    tags = set().union(*map(_KEYS, entries))
    if _NAMEISH(text) and _unknown_name(text, starts, ends, found, kn):
        tags.add("named")  # "against ERA5 baselines", "PESQ +0.35": a name no table knows, still checkable
    if "placed" in tags and all(_compound(text, starts[a], ends[b]) for a, b, e in found if "placed" in e.keys):
        tags.discard("placed")  # "a champion-challenger review", "gold-standard labels": no placement
    if "placed" in tags and "comp" not in tags and all(
            a == b and words[a] in _METALS for a, b, e in found if "placed" in e.keys):
        tags.discard("placed")  # "a gold and watch valuation model": a metal, no medal outside a competition
    if "venue" in tags and all(b == a and words[a] in kn.cased_venues and text[starts[a] : ends[a]].islower()
                               for a, b, e in found if "venue" in e.keys):
        tags.discard("venue")  # "AI and science": an everyday word, no journal
    if "place" in tags and "comp" not in tags and all(words[a] == "rank" for a, b, e in found if "place" in e.keys):
        tags.discard("place")  # "LoRA rank 16": a setting; a rank is a placement in a competition claim
    if "launch" in tags and _all_glued(text, starts, found, "launch"):
        tags.discard("launch")  # "a hand-rolled generate loop", "pre-deployment checks": no launch
        if _all_glued(text, starts, found, "ship"):
            tags.discard("ship")
    signals = dict.fromkeys(ARCHETYPES, 0.0)
    for pairs in filter(None, map(_SIGNALS, entries)):
        for arch, w in pairs:
            signals[arch] += w
    qtext, qwords, qstarts, qends = text, words, starts, ends
    nw = kn.number_words
    if nw is not None and not nw.starts.isdisjoint(words):
        spelled = digitize(text, words, starts, ends, nw, kn.units)
        if spelled is not None:  # numbers in words, now digits of the same length
            qtext = spelled
            qwords, qstarts, qends = split_words(spelled)
    if "-" in qtext and _RANK_DASH.search(qtext):  # "top-5 of 1,400 teams": the hyphen is no minus
        qtext = _RANK_DASH.sub(_dash_to_space, qtext)
        qwords, qstarts, qends = split_words(qtext)
    if _DIGIT_SEARCH(qtext):
        tech_ends = set(compress(map(ends.__getitem__, map(_LAST, found)), map(_TECH, entries)))
        quantities = find_quantities(qtext, qwords, qstarts, qends, kn, tech_ends, "place" in tags or "comp" in tags)
        seen_kinds = set(map(_KIND, quantities))
        results = list(compress(quantities, map(_RESULT, quantities)))
    else:
        quantities, results = [], []
        seen_kinds = set()
    changes: list[Quantity] = []
    if "from" in words:  # "from days to hours": a before→after in unit words alone
        changes = worded_changes(words, starts, ends, kn)
    if not kn.reverse_keys.plan.keys().isdisjoint(words):  # "overnight instead of a weekend"
        changes = changes + worded_reversals(words, starts, ends, kn)
    if "now" in words or "today" in words:  # "took a full afternoon ... now finish in minutes"
        changes = changes + worded_then_now(words, starts, ends, kn)
    if "used" in words:  # "used to fail weekly; once in six months since"
        changes = changes + worded_rate_drop(words, starts, ends, kn)
    if not kn.failure_verbs.isdisjoint(words) and not (kn.now_words.isdisjoint(words) and kn.failure_stops.isdisjoint(words)
                                                      and "since" not in words):
        changes = changes + worded_failure_stopped(words, starts, ends, kn)  # "used to crash; now finishes"
    am = kn.amounts
    if am is not None and not am.starts.isdisjoint(words):  # "a third less", "an hour sooner"
        amounts = read_amounts(text, words, starts, ends, am, kn.units, nw.cardinal if nw is not None else {})
        if amounts:
            changes = changes + amounts
            seen_kinds.update(map(_KIND, amounts))
    if changes:
        quantities = quantities + changes
        results = results + changes
        seen_kinds.add("before_after")
    for tag, weights in kn.tag_signals.items():
        if tag in tags:
            for arch, w in weights.items():
                signals[arch] += w
    if "sota" in tags and "dataset" in tags:
        signals["research"] += kn.venue_signal.get("sota_named_benchmark", 0.0)
    if "venue" in tags:
        workshop = any((w,) in kn.workshop_markers for w in words)
        signals["research"] += kn.venue_signal["workshop" if workshop else "main"]
    opener, opener_span = read_opener(text, words, starts, ends, kn)
    # words that are results without a digit: a multiplier or fraction ("halved", "a third of"),
    # or a paper at a named venue (a research result)
    # a paper at a named venue is a result once accepted ("Submitted to NeurIPS" is none)
    # a venue in a competition claim hosts the challenge ("the MICCAI 2024 FLARE challenge"), no paper
    worded = "fold" in tags or ("venue" in tags and "pending" not in tags and "comp" not in tags) or "placed" in tags or "reach_top" in tags or (
        "sota" in tags and ("dataset" in tags or not kn.sota_on.isdisjoint(words)))  # "SOTA on a named benchmark"
    # whom the work is for ("for 2,000 farms") is a scope once it shipped or was taught, no result alone
    scoped = results + [q for q in quantities if q[0] == "audience"] if "audience" in seen_kinds else results
    has_outcome = (worded or _outcome(results, words, kn, "venue" in tags)
                   or ("launch" in tags and (_launch_scope(scoped, kn.effort_max_unknown)
                                             or _shipped_into(text, found, ends, quantities, kn.effort_max_unknown)))
                   or (not tags.isdisjoint(TAUGHT) and "tut_from" not in tags and _launch_scope(scoped, 0.0)))
    if opener == "weak" and has_outcome and _enables(words, opener_span, quantities, kn):
        opener = "plain-verb"  # "Helped 40 clinics adopt the model, which cut no-shows by 18%": whom it enabled
    if seen_kinds:  # what the numbers measure signals an archetype; without an outcome, scale signals less
        share = 1.0 if has_outcome else kn.outcome_gate.get("signal_share", 1.0)
        quantity_signals = kn.quantity_signals
        for kind in sorted(seen_kinds):  # a fixed order: float sums must not vary with the hash seed
            weights = quantity_signals.get(kind)
            if weights:
                for arch, w in weights.items():
                    signals[arch] += w * share
    return _new(Features, (
        text, words, starts, ends, found, quantities, opener, opener_span,
        frozenset(filter(None, map(_SKILL, entries))),
        {a: (v if v < 1.0 else 1.0) for a, v in signals.items()}, len(text.split()), tags,
        frozenset(seen_kinds), results, bool(results) or worded or has_outcome, has_outcome,
    ))


def _enables(words: list[str], span: tuple[int, int], quantities: list[Quantity], kn: Knowledge) -> bool:
    """A helping verb whose object is a count of people or customers ("Helped 40 clinics adopt"):
    the person enabled others, with an outcome, rather than helped a colleague with their work."""
    first = words[1] if words[0] in SKIP_WORDS and len(words) > 1 else words[0]  # "I helped 40 clinics ..."
    if first not in kn.enabling_verbs:
        return False
    return any(q.kind in _ENABLED and 0 <= q.start - span[1] <= 2 for q in quantities)


_ENABLED = frozenset(("users", "audience", "count"))


def _unknown_name(text: str, starts: list[int], ends: list[int], found: list[tuple[int, int, Entry]],
                  kn: Knowledge) -> bool:
    """A word past the first written as a name (an acronym, letters with digits, inner capitals) that
    no phrase found covers and that is no plain acronym ("KPI", "EU")."""
    known = {i for a, b, _e in found for i in range(a, b + 1)}
    for i in range(1, len(starts)):
        if i in known:
            continue
        w = text[starts[i] : ends[i]]
        if is_nameish(w) and w.lower() not in kn.plain_acronyms:
            return True
    return False


def is_nameish(word: str) -> bool:
    """The word is written as a name: two capitals or more ("PESQ", "nnU"), or a capital with a
    digit ("ERA5"); a number first ("8ms") is none."""
    if len(word) < 2 or word[0].isdigit():
        return False
    caps = sum(map(str.isupper, word))
    return caps >= 2 or (caps == 1 and any(map(str.isdigit, word)))


# a quick test before the word walk: two capitals in a word, or a capital with a digit after it
_NAMEISH = re.compile(r"[A-Z]\w*[A-Z0-9]").search


def _all_glued(text: str, starts: list[int], found: list[tuple[int, int, Entry]], tag: str) -> bool:
    """Every phrase carrying ``tag`` is glued by a hyphen to the word before it ("hand-rolled")."""
    return all(text[starts[a] - 1 : starts[a]] == "-" for a, _b, e in found if tag in e.keys)


def _compound(text: str, start: int, end: int) -> bool:
    """The phrase is glued by a hyphen to the word after or before it (a compound modifier)."""
    return text[end : end + 1] == "-" or (start > 0 and text[start - 1] == "-")


def _outcome(results: list[Quantity], words: list[str], kn: Knowledge, venue: bool = False) -> bool:
    """A result beyond scale. Throughput, latency and memory alone ("handling 120K requests per
    second") state a capacity, which is scale; with a word of change ("cut", "faster", "brought under")
    they are the outcome of the work. Papers count as one at a named ``venue``; "co-authored 2 papers"
    alone is output, no result."""
    kinds = set(map(_KIND, results))
    if not venue:
        kinds.discard("papers")
    if not OUTCOME_KINDS.isdisjoint(kinds - CAPACITY_KINDS):
        return True
    if kinds.isdisjoint(CAPACITY_KINDS):
        return False
    changed = set(kn.change_words.intersection(words))
    # "from" ("lookups from 80 shards", "moved the encoder from PyTorch to TensorRT") is where, or a
    # migration, not a change; "from 41 ms to 9 ms" is a before→after of its own
    changed.discard("from")
    return bool(changed)


def _launch_scope(results: list[Quantity], least_data: float) -> bool:
    """A launch with its scope: shipped to whom ("to 12M users"), or on how much data ("on 90K claim
    files a month"); a few tables or features used on the way are no scope."""
    return any(q[0] in LAUNCH_SCOPE and (q[0] not in _DATA_SCOPE or q[1] >= least_data) for q in results)


_DATA_SCOPE = frozenset(("data", "volume"))


def _shipped_into(text: str, found: list[tuple[int, int, Entry]], ends: list[int], quantities: list[Quantity],
                  least: float) -> bool:
    """A launch word, then within a few words "to", "in" or "across" and a count of things no table
    knows ("shipped in ~400k vehicles", "rolled out to 30M devices"): where it went is its scope;
    data it was trained on ("deployed a model trained on 2M images") is not."""
    launches = [ends[b] for _a, b, e in found if "launch" in e.keys]
    for q in quantities:
        if q[0] != "data" or q[1] < least:
            continue  # a few things ("on 24 nodes in 4 regions") are where it runs, no reach
        for end in launches:
            between = text[end : q[2]].lower().split()
            if 0 < len(between) <= _INTO_REACH and "trained" not in between and not _INTO.isdisjoint(between):
                return True
    return False


_INTO = frozenset(("to", "in", "into", "across"))  # "deployed on 14,000 towers" says where it runs: scale
_INTO_REACH = 7  # words from the launch word to its scope ("shipped in the notes app's summarizer to 30M")


# "top-5 of 1,400 teams" is a placement; "top-1 recall" names a metric and stays as it is
_RANK_DASH = re.compile(r"\b(top|rank|ranked|placed)-(?=\d+(?:\.\d+)?%?\s+(?:of|among|out|in|finish|place|overall|on)\b)",
                        re.I)


def _dash_to_space(m: re.Match[str]) -> str:
    return m.group(1) + " "


_METALS = frozenset(("gold", "silver", "bronze"))
_new = tuple.__new__
_KIND = itemgetter(0)
_RESULT = itemgetter(4)
_DIGIT_SEARCH = re.compile(r"\d").search
_ENTRY = itemgetter(2)
_LAST = itemgetter(1)
# Entry fields, by position (Entry is a named tuple)
_SKILL = itemgetter(1)
_SIGNALS = itemgetter(2)
_KEYS = itemgetter(3)
_TECH = itemgetter(4)
assert Entry._fields == ("tags", "skill", "signals", "keys", "tech")
