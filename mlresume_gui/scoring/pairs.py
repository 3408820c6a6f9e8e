"""Before→after pairs of a bullet's numbers: two numbers joined by "to", an arrow or "vs" ("from
4.2s to 1.6s", "0.34 → 0.51"), or after, then before ("3 minutes instead of an hour", "700 a
month, down from 1,900"). The numbers are those :func:`.quantities.find_quantities` reads.
"""

from __future__ import annotations

import re
from itertools import pairwise

from .quantity import Quantity

_ARROWS = ("→", "->", "=>", "⟶", "➝")
_BETWEEN = re.compile(r"(?:[\w@.]+\s+){0,3}?(down to|up to|to|vs\.?|versus|→|->|=>|⟶|➝)"
                      r"(?:\s+(?:under|below|less than|about|around|just|only|nearly|roughly|over|more than|almost|a|an))?", re.I)
_JOINS = ("to", "vs", "versus", "→", "->", "=>", "⟶", "➝")
_ANY_JOIN = re.compile("|".join(map(re.escape, _JOINS))).search  # one of them anywhere
# Kinds a before→after pair may join: the same kind, two measures of time, or a bare number with
# any kind ("from ninety seconds to nine"); "3 models to 40 GPUs" is no before→after.
_TIME_KINDS = frozenset({"latency", "time", "duration", "tenure"})
_PAIRED = frozenset({"before_after", "percent", "fold", "latency", "time", "duration", "throughput", "volume", "money", "physical",
                     "metric", "count", "reach", "effort", "users", "data", "memory", "compute", "params", "citations",
                     "placement", "sample", "tenure"})
_SIZES = frozenset({"params", "model_size"})
_AMOUNTS = frozenset({"volume", "data"})  # "down to 450 a week from 1,300": one amount, as a rate and bare
NEVER_PAIRED = frozenset({"year", "version", "bits", "model_size", "qualitative"})


def _after_from(text: str, q1: Quantity, q2: Quantity, unitless: set[int]) -> bool:
    """"from 2 teams to 11", "from about nine minutes to six": after "from" (and a qualifier); "from 9
    regions to 256-GPU runs" joins two different things, no before→after."""
    return (q1.kind not in NEVER_PAIRED and q2.kind not in NEVER_PAIRED
            and (q1.kind == q2.kind or q2.start in unitless or "compute" not in (q1.kind, q2.kind))
            and _FROM_BEFORE.search(text, max(0, q1.start - 24), q1.start) is not None)


_FROM_BEFORE = re.compile(r"\bfrom\s+(?:(?:about|around|roughly|nearly|almost|over|under|just|some|more than|less than|"
                          r"close to|well over|well under)\s+)?$", re.I)


def _compatible(q1: Quantity, q2: Quantity, unitless: set[int]) -> bool:
    k1, k2 = q1.kind, q2.kind
    if k1 not in _PAIRED or k2 not in _PAIRED:
        return False
    return k1 == k2 or (k1 in _TIME_KINDS and k2 in _TIME_KINDS) or q1.start in unitless or q2.start in unitless


def number_pairs(text: str, qs: list[Quantity], unitless: set[int], reverse: tuple[str, ...],
                 settings: frozenset[str] = frozenset(), change: frozenset[str] = frozenset(),
                 sweeps: frozenset[str] = frozenset()) -> list[Quantity]:
    """Before→after results: two numbers joined by "to", an arrow or "vs" ("from 4.2s to 1.6s"), or
    after, then before ("3 minutes instead of an hour", "700 a month, down from 1,900"). A range of
    ``settings`` swept ("LoRA ranks from 4 to 64"), or a range after a verb of ``sweeps`` ("sweeping
    step counts from 5 to 250"), is none, unless a word of ``change`` comes first ("cut the batch size
    from 512 to 64")."""
    out: list[Quantity] = []
    for q1, q2 in pairwise(qs):
        if (settings or sweeps) and _swept(text, q1.start, settings, change, sweeps):
            continue
        if _SIZE_AFTER.match(text, q2.end) and not _changed_before(text, q1.start, change):
            # "dictionaries from 512 to 65k features wide": a range of sizes tried, no change
            continue
        # "from 2 teams to 11": after "from", any two counts make a before→after; so does a count, then
        # a bare one after "instead of" ("in 6 languages instead of 2")
        if (not _compatible(q1, q2, unitless) and not _after_from(text, q1, q2, unitless)
                and not (q2.start in unitless and q1.kind not in NEVER_PAIRED
                         and _STRONG_REVERSE.fullmatch(text[q1.end : q2.start].strip().lower()))):
            continue
        if (q1.kind in _SIZES or q2.kind in _SIZES) and not _changed_before(text, q1.start, change):
            continue  # "models from 7B to 65B parameters": a range of sizes ("raising ... from 6B to 30B" is a change)
        if q2.kind == "compute" and (q1.kind == "compute" or q1.start in unitless) and q2.value > q1.value:
            continue  # "scaled training from 8 to 512 GPUs": more hardware used is scale, not an outcome
        between = text[q1.end : q2.start].strip()
        if not between or len(between) > 40 or _NEW_CLAUSE.search(between):
            continue  # "across 512 GPUs and writing to 2 tiers": a new clause, no before→after
        low = between.lower()
        if len(between) <= 24 and _ANY_JOIN(between) is not None and (
                _BETWEEN.fullmatch(between) is not None or between in _ARROWS):
            out.append(Quantity("before_after", q2.value, q1.start, q2.end, True))
            continue
        if q1.kind in _TIME_KINDS and q2.kind in _TIME_KINDS and _TIME_BETWEEN.fullmatch(low):
            # "a two-hour manual procedure to a single five-minute command", "a nine-day audit into a four-hour report"
            out.append(Quantity("before_after", q2.value, q1.start, q2.end, True))
            continue
        if ((q1.kind == "effort" and q1.start not in unitless) or (q2.kind == "effort" and q2.start not in unitless)) and not (
                q2.start in unitless and _STRONG_REVERSE.fullmatch(low)):
            continue  # "500 load tests against 12 servers": things used, no change ("1 screen instead of 4" is one)
        if (low == "from" or (low.endswith(" from") and low.count(" ") <= 3)) and (q1.kind == q2.kind or q2.start in unitless or {q1.kind, q2.kind} <= _AMOUNTS) and (
                text[: q1.start].rstrip().lower().endswith(" to")):
            out.append(Quantity("before_after", q1.value, q1.start, q2.end, True))  # "grew it to 30K from 4K"
            continue
        for phrase in reverse:
            at = low.find(phrase)
            if phrase in _LOOSE_REVERSE and q1.kind != q2.kind:
                continue  # "1.4T tokens of text against 9 suites": two different things compared, no change
            if at >= 0 and _REVERSE_GAP.fullmatch(low[:at]) and _REVERSE_TAIL.fullmatch(low[at + len(phrase):]):
                out.append(Quantity("before_after", q1.value, q1.start, q2.end, True))
                break
    return out


# reverse joins that also join two different things ("hashed 1.4T tokens against 9 suites")
_LOOSE_REVERSE = frozenset(("against", "compared with", "compared to"))
# a reverse join that compares one count with another of the same thing ("1 screen instead of 4")
_STRONG_REVERSE = re.compile(r"(?:[\w'-]+\s+){0,2}(?:instead of|rather than)(?: the)?")


def _swept(text: str, start: int, settings: frozenset[str], change: frozenset[str],
           sweeps: frozenset[str] = frozenset()) -> bool:
    """The number at ``start`` opens a range of a setting ("ranks from 4", "sizes ranging from 100M"),
    or a range right after a verb of sweeping ("sweeping step counts from 5")."""
    m = _SETTING_FROM.search(text, max(0, start - 40), start)
    if m is None:
        return False
    if m.group(1).lower() not in settings and sweeps.isdisjoint(_WORD.findall(text[: m.start()].lower())[-3:]):
        return False
    return not _changed_before(text, m.start(), change)


def _changed_before(text: str, pos: int, change: frozenset[str]) -> bool:
    """A word of ``change`` stands before ``pos`` ("cut the batch size from 512 to 64")."""
    return not change.isdisjoint(_WORD.findall(text[:pos].lower()))


_NEW_CLAUSE = re.compile(r"^(?:and|or|plus|while|but|then)\s+\w+\s+(?:to|into)\b", re.I)
_SIZE_AFTER = re.compile(r"\s+(?:wide|long|deep|tall|high)\b", re.I)
_SETTING_FROM = re.compile(r"\b([A-Za-z-]+)\s+(?:ranging\s+|varying\s+)?from\s+(?:about\s+)?$")
_WORD = re.compile(r"[a-z]+")


# what may stand between two spans of time that make a before→after: a few words of what changed,
# "to" or "into", and a few words before the second span
_TIME_BETWEEN = re.compile(r"(?:[\w'-]+\s+){0,4}(?:down to|to|into)(?:\s+(?:a|an|the|single|under|just|only|about|"
                           r"around|roughly|nearly|one|less than))*")
# what may stand around a reverse join: "a month, down from", "instead of a manual", "up from a pilot of"
_REVERSE_GAP = re.compile(r"(?:[\w'-]+[\s,;]*){0,4}")
_REVERSE_TAIL = re.compile(r"(?:\s+[\w'-]+){0,3}\s*")
