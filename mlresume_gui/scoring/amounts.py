"""Amounts written in words that state a change: fractions, spans of time with a comparative, and
counts of people or things an outcome happened to.

"one-eighth of the compute", "three-quarters", "a third less time", "up from about half" (a
fraction: a multiplier), "an hour sooner", "two days earlier" (a span of time and a comparative: a
before→after), "five hours before the old warning score" (a lead over a baseline: a before→after),
"two of whom now own models", "9 teams used it", "3 were promoted" (a count of what an outcome happened
to), "used by every team" (an adoption without a number), "no SLA breaches since", "without a single
failed request" and "eliminated the weekly failover" (a count of zero). The word lists are the
``[amounts]`` table of ``quantities.toml``.
"""

from __future__ import annotations

import re
from itertools import pairwise

from .numbers import Amounts
from .quantity import Quantity
from .text import PhraseTable

_TIME = frozenset(("latency", "longtime", "tenure"))
_WHOLE = frozenset(("full", "whole", "entire"))


def _gap_ok(text: str, end: int, start: int) -> bool:
    gap = text[end:start]
    return len(gap) <= 1 and gap in ("", " ", "-")


def read_amounts(text: str, words: list[str], starts: list[int], ends: list[int], am: Amounts,
                 units: PhraseTable, cardinal: dict[str, int]) -> list[Quantity]:
    """The fractions, comparative spans of time and outcome counts of a bullet, then the before→after
    pairs of its fractions ("from a third to four-fifths")."""
    out: list[Quantity] = []
    n = len(words)
    starts_reading = am.starts
    made = n > 0 and words[0] in am.made_verbs  # the bullet opens with what the person made
    for i in range(n):
        w = words[i]
        if w not in starts_reading:  # most words start no reading
            continue
        if i == 0 and w not in am.zero_words and w not in am.removal_verbs:  # the others look at the word before
            continue
        if w in am.ratings and i + 1 < n:  # "rated 4.6 of 5", "a rating of 4.8/5"
            m = _RATING.match(text, ends[i])
            if m is not None and 0 < float(m.group(1)) <= float(m.group(2)) <= 100:
                out.append(Quantity("metric", float(m.group(1)) / float(m.group(2)), starts[i], m.end(), True))
            continue
        den = am.denominators.get(w)
        if den is not None:
            q = _fraction(text, words, starts, ends, i, den, am, cardinal)
            if q is not None:
                out.append(q)
            continue
        if w in am.comparatives and i >= 2:
            if text[ends[i - 1] : starts[i]] == "-":
                continue  # "a day-ahead forecast", "a two-week-longer horizon": a compound adjective
            unit = units.get((words[i - 1],))
            lead = words[i - 2]
            if lead in _WHOLE and i >= 3:  # "a full day earlier", "a whole week sooner"
                lead = words[i - 3]
            if unit in _TIME and (lead in am.leads or lead in cardinal or lead[:1].isdigit()):
                out.append(Quantity("before_after", 0.0, starts[i - 2], ends[i], True))
            elif _number(words[i - 1], cardinal) is not None and (
                    w == "fewer" or (w == "more" and ("than" in words[i + 1 : i + 5] or _per_span(words, i, units)))):
                # "one fewer failed attempt per route", "solves 41 more problems than the baseline",
                # "two more drops per shift"
                out.append(Quantity("before_after", 0.0, starts[i - 1], ends[i], True))
            continue
        if w in am.ahead_of and i >= 2 and units.get((words[i - 1],)) in _TIME and (
                _number(words[i - 2], cardinal) is not None or words[i - 2] in am.leads
                or words[i - 2] in _WHOLE) and (not am.baselines.isdisjoint(words[i + 1 : i + 4])
                                                or not am.alert_words.isdisjoint(words[:i])):
            # "five hours before the old warning score", "a day before the manual check": a lead
            # gained over a baseline; after a word of warning ("alerting a median of 5 hours before
            # diagnosis", "spotted ... 14 months before regulators acted"), a lead time
            out.append(Quantity("before_after", 0.0, starts[i - 2], ends[i], True))
            continue
        if w in am.adopters_verbs:  # "that 9 teams used", "three squads now rely on it": an adoption
            q = _adopters(words, starts, ends, i, units, cardinal, am.adopters_objects, made)
            if q is not None:
                out.append(q)
            continue
        if w in am.removal_verbs:  # "eliminated the weekly manual failover": a recurring chore brought to zero
            at = next((k for k in range(i + 1, min(n, i + 4)) if words[k] in am.recurring), None)
            if at is not None:
                out.append(Quantity("count", 0.0, starts[i], ends[at], True))
            continue
        if w in am.zero_words and i + 1 < n:
            # "no missed SLAs in two quarters", "without a single failed request": a count of zero
            j = i + 1
            while j < n - 1 and j - i <= _ZERO_REACH and words[j] in am.zero_fillers:
                j += 1
            if words[j] in am.zero_failures:  # "zero missed nightly retrains", "no dropped requests"
                out.append(Quantity("count", 0.0, starts[i], ends[min(n - 1, j + 1)], True))
                continue
            for k in (j, j + 1):
                hit_unit = units.longest_at(words, k) if k < n else None
                if hit_unit is not None and hit_unit[1] == "count":
                    out.append(Quantity("count", 0.0, starts[i], ends[k + hit_unit[0] - 1], True))
                    break
            continue
        if w == "half":  # "up from about half", "from half to nearly all"
            if words[i - 1] in am.half_before:
                out.append(Quantity("fold", 0.5, starts[i - 1], ends[i], True))
            continue
        if (w in am.universal and i + 2 < n and _number(words[i + 1], cardinal) is not None
                and not am.success_verbs.isdisjoint(words[max(0, i - 3) : i])):
            # "the first to pass all 12 of the benchmark's splits", "solves all 400 tasks": a full share
            out.append(Quantity("fold", 1.0, starts[i], ends[i + 1], True))
            continue
        if (w in am.universal and i + 3 < n and words[i + 2] == "of" and _number(words[i + 1], cardinal) is not None
                and (at := _people_then_verb(words, i + 3, units, am)) is not None):
            # "the app all 120 of the city's traffic wardens use": everyone counted adopted it
            out.append(Quantity("count", float(_number(words[i + 1], cardinal) or 0), starts[i], ends[at], True))
            continue
        if w in am.universal:  # "followed by every new hire", "used by all five squads"
            heads = [k for x in words[i + 1 : i + 3] if (k := units.get((x,))) is not None]
            things = bool(heads) and heads[-1] in _THINGS  # "serves every request" ("every product team" is people)
            if not things and (tuple(words[max(0, i - 2) : i]) in am.adopted_by or tuple(words[i - 1 : i]) in am.adopted_by):
                out.append(Quantity("count", 0.0, starts[i], ends[min(i + 2, n - 1)], True))
            elif words[i - 1] in am.near and "now" in words[i + 1 :]:
                # "nearly all invoices are now matched": a share in words, as "half" is
                out.append(Quantity("fold", 0.95, starts[i - 1], ends[i], True))
            elif ((("now" in words[i + 1 : i + _NOW_REACH]
                    or (made and not am.adopters_verbs.isdisjoint(words[i + 2 : i + 6])))
                   and any(units.get((x,)) in _ADOPTERS for x in words[i + 1 : i + 4]))
                  or (made and _uses_it(words, i + 2, am.uses_it))
                  or (made and "now" in words[max(0, i - _NOW_BEFORE) : i])):
                # ... or what one made now does something for every one of them ("Built the summariser;
                # it now writes the notes for every customer call")
                # "that every new engineer now takes"; what one made "that every new infra hire completes":
                # an adoption ("moved the model to a store that every team uses" describes the store)
                out.append(Quantity("count", 0.0, starts[i], ends[min(i + 2, n - 1)], True))
            continue
        hit = am.subject_next.longest_at(words, i) if w in am.subject_next.plan else None
        if hit is None and w == "of" and i and words[i + 1 : i + 2] and words[i + 1] in _OWNERS and (
                not am.became.isdisjoint(words[i + 2 : i + 5])):
            value = _number(words[i - 1], cardinal)  # "two of their projects became papers"
            if value is not None:
                out.append(Quantity("count", value, starts[i - 1], ends[min(n - 1, i + 4)], True))
            continue
        if hit is not None:
            value = _number(words[i - 1], cardinal)
            if value is None and words[i - 1] in am.universal | _SOME and words[i + 1 : i + 2] == ["whom"]:
                value = 0.0  # "all of whom received offers", "both of whom": everyone counted
            # "reproduced 4 of them": the count is what a verb acted on, not who an outcome happened to
            obj = i >= 2 and len(words[i - 2]) > 4 and (words[i - 2].endswith("ed") or words[i - 2].endswith("ing"))
            if value is not None and not obj and text[ends[i - 1] : starts[i]] == " ":
                out.append(Quantity("count", value, starts[i - 1], ends[i + hit[0] - 1], True))
    if len(out) > 1:  # "from just over a third to nearly four-fifths": a before→after of fractions
        for q1, q2 in pairwise(out):
            if q1.kind == q2.kind == "fold" and _FRACTION_TO.fullmatch(text[q1.end : q2.start]):
                out.append(Quantity("before_after", q2.value, q1.start, q2.end, True))
    return out


def _fraction(text: str, words: list[str], starts: list[int], ends: list[int], i: int, den: int, am: Amounts,
              cardinal: dict[str, int]) -> Quantity | None:
    """A fraction whose denominator is word ``i`` ("one-fifth", "a third", "three quarters")."""
    prev = words[i - 1]
    num = am.numerators.get(prev, cardinal.get(prev))
    if num is None or not 0 < num < den or not _gap_ok(text, ends[i - 1], starts[i]):
        return None
    nxt = words[i + 1] if i + 1 < len(words) else ""
    if nxt and nxt not in am.fraction_next and not _STOPS.intersection(text[ends[i] : starts[i + 1]]):
        return None  # "a third model", "a fourth layer": an ordinal, not a fraction
    if words[i] in am.time_ambiguous and text[ends[i - 1] : starts[i]] != "-":
        # "within a quarter", "8,000 contracts a quarter": a span of time ("three-quarters" is a fraction)
        if i >= 2 and words[i - 2] in am.time_before:
            return None
        if words[i - 2 : i - 1] != ["by"] and any(x[:1].isdigit() or x in cardinal for x in words[max(0, i - 5) : i - 1]):
            return None  # "a dozen feature reviews a quarter": a rate; "cut 900 tickets by a quarter" is a fraction
    return Quantity("fold", num / den, starts[i - 1], ends[i], True)


_STOPS = frozenset(",;:.()")
# "rated 4.6 of 5", "rate the new assistant 4.6 out of 5": a few words of what was rated may come first
_RATING = re.compile(r"\s+(?:[A-Za-z'-]+\s+){0,4}?(?:of\s+|at\s+|an\s+average\s+of\s+)?(\d+(?:\.\d+)?)\s*(?:/|of|out of)\s*"
                     r"(\d+(?:\.\d+)?)\b")
_FRACTION_TO = re.compile(r"(?:\s+of\s+[\w'-]+(?:\s+[\w'-]+)?)?\s+(?:down\s+|up\s+)?to\s+(?:[a-z]+\s+){0,2}", re.I)


def _per_span(words: list[str], i: int, units: PhraseTable) -> bool:
    """A rate over a span of time within the few words after word ``i`` ("drops per shift", "a week")."""
    if i + 1 < len(words) and units.get((words[i + 1],)) == "effort":
        return False  # "two more models a week": effort, not a gain
    for k in range(i + 1, min(len(words) - 1, i + 4)):
        if words[k] in _PER and units.get((words[k + 1],)) in _TIME_OR_SHIFT:
            return True
    return False


_PER = frozenset(("per", "each", "every", "a", "an"))
_TIME_OR_SHIFT = frozenset(("longtime", "tenure", "latency"))


def _people_then_verb(words: list[str], k: int, units: PhraseTable, am: Amounts) -> int | None:
    """The adoption verb after the people within a few words from ``k`` ("the city's traffic wardens
    use"), else None; a counted thing before it ("all 12 of the GPUs run") is no adopter."""
    for j in range(k, min(len(words) - 1, k + _PEOPLE_REACH)):
        if words[j + 1] in am.adopters_verbs and len(words[j]) > 2:
            return j + 1 if units.get((words[j],)) in _MAYBE_PEOPLE else None
    return None


_PEOPLE_REACH = 5  # words from "of" to the people who adopted ("of the city's traffic wardens")


def _adopters(words: list[str], starts: list[int], ends: list[int], i: int, units: PhraseTable,
              cardinal: dict[str, int], objects: frozenset[str], made: bool = False) -> Quantity | None:
    """A count of people or teams right before the adoption verb at word ``i`` ("9 product teams
    used", "three squads now rely"); in a bullet that opens with what the person ``made``, the
    people named without a count ("a tutorial that our marketing scientists now use")."""
    k = i - 1
    while k > 0 and words[k] in _ADVERBS:
        k -= 1
    # the people, maybe before where they are ("14 ML teams in the company now deploy")
    heads = [k, *(p - 1 for p in range(k - 1, max(0, k - _WHERE_REACH), -1) if words[p] in _WHERE)]
    heads = [h for h in heads if h >= 1 and units.get((words[h],)) in _ADOPTERS]
    if not heads:
        return None
    # the number, maybe past a modifier or two ("9 product teams", "three other university groups")
    for at in (a for h in heads for a in (h - 1, h - 2, h - 3)):
        if at >= 0 and (value := _number(words[at], cardinal)) is not None:
            prev = words[at - 1] if at else ""
            if prev in objects or (len(prev) > 4 and prev.endswith("ed")):
                return None  # "a team of 5 engineers now building", "hired 6 engineers now": whom one led
            return Quantity("count", value, starts[at], ends[i], True)
    k = heads[0]
    if made and words[i - 1] == "now" and not _GROUP.isdisjoint(words[max(0, k - 2) : k]):
        return Quantity("count", 0.0, starts[k], ends[i], True)
    return None


_OWNERS = frozenset(("their", "our", "my", "his", "her", "these", "those", "the"))  # "two of their projects"
_WHERE = frozenset(("in", "across", "at", "on", "from", "throughout"))  # where the adopters are
_WHERE_REACH = 4  # words of that place ("in the ads org")
_ZERO_REACH = 3  # filler words between a zero word and its noun ("without a single failed request")
_THINGS = frozenset(("data", "effort", "compute", "volume"))  # what is served or run, not who adopts
_SOME = frozenset(("both", "most", "many"))
_GROUP = frozenset(("our", "the", "their", "its", "every", "all", "most"))  # people named as a group
_ADVERBS = frozenset(("now", "all", "also", "still", "already", "since", "then", "have", "has", "had"))
_NOW_BEFORE = 5  # words from "now" to "every" ("it now writes the notes for every call")
_NOW_REACH = 8  # words from "every" to "now" ("every ranking team in the ads org now runs")


def _uses_it(words: list[str], start: int, verbs: frozenset[str]) -> bool:
    """After "every <thing>", "... includes it" or "... runs on it" within reach: what the bullet made
    is part of what everything counted does ("every contract signed since includes it")."""
    return any(words[j] in _IT and words[j - 1] in verbs for j in range(start, min(len(words), start + _NOW_REACH)))


_IT = frozenset(("it", "them"))
_ADOPTERS = frozenset(("users", "non_outcome", "count", "papers"))  # teams, engineers, analysts, students, hires ...
_MAYBE_PEOPLE = _ADOPTERS | {None}  # people, or a word no table knows ("wardens")


def _number(word: str, cardinal: dict[str, int]) -> float | None:
    if word in cardinal:
        return float(cardinal[word])
    digits = word.replace(",", "")
    return float(digits) if digits.isdigit() else None
