"""What the words around a number say about it: the score it is the value of ("FID 2.9"), a
placement and its field, a catch ("caught 41 leaks"), a share of the work done, a margin, how far
something reached and a rate after it. :mod:`.quantities` asks these while it classifies numbers.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from itertools import pairwise

from .knowledge import Knowledge
from .pairs import NEVER_PAIRED
from .quantity import Quantity

PLACEMENT_BEFORE = frozenset({"top", "rank", "ranked", "place", "placed", "#"})


def ends_with(words: tuple[str, ...], keys: frozenset[tuple[str, ...]]) -> bool:
    """The last one, two or three of ``words`` are one of the phrases ``keys``."""
    return words[-1:] in keys or words[-2:] in keys or words[-3:] in keys


def score_word(text: str, words: list[str], starts: list[int], ends: list[int], k: int, kn: Knowledge) -> bool:
    """Word ``k`` names a score ("BLEU", "FID", "mAP"); one that is also an everyday word ("map",
    "dice") only when written with a capital."""
    w = words[k]
    if w not in kn.metric_names:
        return False
    return w not in kn.metric_names_cased or not text[starts[k] : ends[k]].islower()


def score_named(text: str, words: list[str], starts: list[int], ends: list[int], i0: int, kn: Knowledge) -> bool:
    """A score's name stands just before the number at word ``i0`` ("FID 2.9", "mAP@50 of 61.2",
    "ROUGE-L 41.3"), past "of", "at", "=" and the glued parts of the name."""
    for k in range(i0 - 1, max(-1, i0 - 4), -1):
        w = words[k]
        if score_word(text, words, starts, ends, k, kn):
            return True
        if not (w in _SCORE_GLUE or w.isdigit() or len(w) == 1):
            return False
    return False


_SCORE_GLUE = frozenset(("of", "at", "is", "was", "score", "a", "an"))


def placing_share(words: list[str], starts: list[int], m: re.Match[str], kn: Knowledge) -> bool:
    """"N of M" in a competition claim is a placement and its field ("top 5 of 900 teams", "ranked
    3 of 40"), unless neither a placement word before it nor a field noun after it says so ("found
    leaks in 9 of 11 benchmarks" on a bullet that names leaderboards is a share)."""
    i = bisect_left(starts, m.start())
    j = bisect_left(starts, m.end())
    return (not PLACEMENT_BEFORE.isdisjoint(words[max(0, i - 2) : i]) or words[i - 1 : i] == ["placed"]
            or not kn.field_nouns.isdisjoint(words[j : j + 3]))


def caught(words: list[str], i0: int, kn: Knowledge) -> bool:
    """A verb of catching or saving right before the number at word ``i0``, maybe past a qualifier
    ("caught over 40", "saved about 1,800")."""
    k = i0 - 1
    while k > 0 and i0 - k <= 2 and words[k] in kn.caught_qualifiers:
        k -= 1
    if words[k] in kn.caught_verbs or words[k] in kn.saving_verbs:
        return True
    # the passive after the counted thing: "two silent regressions were caught", "40 outages were averted"
    after = words[i0 + 1 : i0 + 1 + _PASSIVE_REACH]
    return any(w in _BE and nxt in kn.caught_verbs for w, nxt in pairwise(after))


_BE = frozenset(("were", "was", "are", "is", "got", "been"))
_PASSIVE_REACH = 5  # words from the number to its passive verb ("two silent ranking regressions were caught")


CAUGHT_KINDS = frozenset({"effort", "data", "reach", "volume", "compute", "non_outcome"})


def effort_share(words: list[str], i0: int, j: int, kn: Knowledge) -> bool:
    """A percentage of the work after a verb of making ("wrote 60% of the code", "built about 70%
    of our pipeline"): words ``i0`` (the number) and ``j`` (the word after it)."""
    if not kn.share_verbs.intersection(words[max(0, i0 - 3) : i0]):
        return False
    return words[j : j + 1] == ["of"] and not kn.share_nouns.isdisjoint(words[j + 1 : j + 4])


def margin(words: list[str], i0: int, j: int, kn: Knowledge) -> bool:
    """A bare number that is a margin: "by" it after a word of change ("improved BLEU by 4.1"), or
    a margin word a few words after it ("2.3 ROUGE-L above prior work")."""
    if i0 >= 2 and words[i0 - 1] == "by" and not kn.change_words.isdisjoint(words[: i0 - 1]):
        return not ends_with(tuple(words[max(0, i0 - 3) : i0]), kn.adoption_strict)
    # "4 acquisition functions over 11,000 scans": a margin word before another number is where, not a margin
    n = len(words)
    return any(words[m] in kn.margin_words and not (m + 1 < n and words[m + 1][:1].isdigit())
               for m in range(j, min(n, j + 3)))


def reach_of(before: tuple[str, ...], kn: Knowledge) -> str:
    """"count" after an adoption phrase ("used by 40 teams"); "reach" after a loose one ("for 60
    engineers"): how many a piece of work serves, which is scale unless the work shipped."""
    return "count" if ends_with(before, kn.adoption_strict) else "reach"


def model_size_of(s: str) -> float:
    return float(s[:-1]) * (1e9 if s[-1] in "Bb" else 1e6)


def rate_follows(words: list[str], at: int, kn: Knowledge) -> bool:
    """A rate word and a period right after word ``at`` ("per day", "a month")."""
    if at + 2 >= len(words) or words[at + 1] not in kn.rate_words:
        return False
    hit = kn.units.longest_at(words, at + 2)
    return hit is not None and hit[1] in ("latency", "longtime", "tenure")


def span_of_data(words: list[str], j: int, kn: Knowledge) -> bool:
    """Word ``j``, after a span of time, opens "of" and a noun of data ("hours of drives", "months of
    logs"), not of work or a life ("years of experience", "weeks of tuning", "of the project")."""
    return (j + 1 < len(words) and words[j] == "of" and words[j + 1] not in kn.time_of_work
            and not words[j + 1][:1].isdigit())


SPAN_KINDS = frozenset(("tenure", "duration", "longtime"))
SPAN_DATA_LEAST = 10


def now_only_pairs(words: list[str], starts: list[int], qs: list[Quantity], kn: Knowledge) -> list[Quantity]:
    """A larger number, then "now ... only" a smaller one: a before→after in words ("the audit of 300
    queue lines ... inspectors now visit only the 40 it flags")."""
    out = []
    for q2 in qs:
        i = bisect_left(starts, q2.start)
        lead = i - 2 if i >= 2 and words[i - 1] == "the" else i - 1
        if lead < 1 or words[lead] not in _ONLY or kn.now_words.isdisjoint(words[max(0, lead - _NOW_ONLY_REACH) : lead]):
            continue
        before = [q for q in qs if q.end <= starts[lead] and q.kind not in NEVER_PAIRED and q.value > q2.value > 0]
        if before:
            out.append(Quantity("before_after", q2.value, before[-1].start, q2.end, True))
    return out


_ONLY = frozenset(("only", "just"))
_NOW_ONLY_REACH = 5  # words from "now" to "only" ("inspectors now visit only")
