"""Before→after written in time words alone, with or without numbers.

"from days to hours", "from three days of spreadsheet work to an overnight batch" (before, then
after) and "overnight instead of taking the whole weekend", "in minutes rather than days" (after,
then before), also after a habit ("twenty minutes where it used to take them most of a day") or a
single step ("one command rather than a day of setup"). The spans of time are the time units of
``quantities.toml`` and its ``time_words``; what may stand inside a worded duration is its
``duration_fillers``.
"""

from __future__ import annotations

import re
from itertools import compress, count, repeat
from operator import eq

from .knowledge import Knowledge
from .quantity import Quantity


def worded_changes(words: list[str], starts: list[int], ends: list[int], kn: Knowledge) -> list[Quantity]:
    """Before→after in time words: "from days to hours", "from weeks to a few days", "from three days
    of spreadsheet work to an overnight batch"."""
    out: list[Quantity] = []
    n = len(words)
    for i in compress(count(), map(eq, words, repeat("from"))):
        if i + 3 >= n:
            continue
        k = _skip_amounts(words, i + 1, n, kn)
        size = (1 if words[k] in kn.frequency_words else _time_at(words, k, kn)) if k < n else 0
        if not size and k > i + 1:  # "from one model deploy a month to several a day": a count per span
            k = next((j + 1 for j in range(k, min(n - 1, k + _RATE_REACH)) if words[j] in kn.rate_words
                      and _time_at(words, j + 1, kn)), n)
            size = _time_at(words, k, kn) if k < n else 0
        if not size:
            continue
        k += size
        for _ in range(_REACH):  # "of spreadsheet work", then "to"
            if k >= n or words[k] in _TO:
                break
            k += 1
        if k >= n or words[k] not in _TO:
            continue
        before = _time_ahead(words, k + 1, n, kn)
        if before is not None:
            out.append(Quantity("before_after", 0.0, starts[i + 1], ends[before], True))
    return out


def _skip_amounts(words: list[str], k: int, n: int, kn: Knowledge) -> int:
    """The first word at or after ``k`` that is no amount ("several", "a few", "three", "2")."""
    cardinal = kn.number_words.cardinal if kn.number_words is not None else {}
    while k < n and (words[k] in kn.vague_amounts or words[k] in cardinal or words[k][:1].isdigit()
                     or words[k] in _ARTICLES):
        k += 1
    return k


def _count(words: list[str], kn: Knowledge) -> float:
    """The number among a rate's few words ("six", "3"; none is one): "once in six months"."""
    cardinal = kn.number_words.cardinal if kn.number_words is not None else {}
    for w in words:
        if w in cardinal:
            return float(cardinal[w])
        if w.isdigit():
            return float(w)
    return 1.0


_TO = frozenset(("to", "into"))
_EVERY = frozenset(("every", "each"))
_CLOCK = re.compile(r"\d{1,2}(?:am|pm)$").match
_MERIDIEM = frozenset(("am", "pm"))
_ARTICLES = frozenset(("a", "an", "the", "one", "about", "around", "roughly", "nearly", "almost", "over", "under",
                       "just", "some"))


def worded_reversals(words: list[str], starts: list[int], ends: list[int], kn: Knowledge) -> list[Quantity]:
    """After, then before, in time words alone: "overnight instead of taking the whole weekend",
    "answers in minutes rather than days", "an hour a week instead of a full day"."""
    out: list[Quantity] = []
    n = len(words)
    reverse = kn.reverse_keys
    for i, w in enumerate(words):
        if w not in reverse.plan:
            continue
        hit = reverse.longest_at(words, i)
        if hit is None:
            continue
        habit = hit[1] == "habit"
        if not habit and _schedule_change(words, i, i + hit[0], kn):  # "weekly instead of quarterly"
            out.append(Quantity("before_after", 0.0, starts[i - 1], ends[i + hit[0] + (words[i + hit[0]] in _ARTICLES)],
                                True))
            continue
        after = _time_back(words, i, kn, _HABIT_BACK if habit else _REVERSE_BACK)
        if after is not None and not habit and after and words[after - 1] in _EVERY and kn.now_words.isdisjoint(words):
            continue  # "refreshed every morning instead of every evening": a schedule kept, no change
        if after is None and not habit:  # "in one command rather than a day of setup": a single step for a span
            after = _single_back(words, i, kn)
        # "where it used to take them most of a day": a verb and its object before the old span
        free = _HABIT_FREE if habit else 0
        before = _time_ahead(words, i + hit[0], n, kn, free) if after is not None or habit else None
        if before is None and after is not None and not habit and words[after] in kn.single_step:
            before = _many_ahead(words, i + hit[0], n, kn)  # "one click rather than five screens"
        if before is None:
            continue
        if after is not None:
            out.append(Quantity("before_after", 0.0, starts[after], ends[before], True))
            continue
        # the old span first, the new one after it: "which once ate a full weekend, to finish overnight"
        for k in range(before + 1, min(n, before + 1 + _THEN_AFTER)):
            size = _time_at(words, k, kn)
            if size and (kn.now_words.intersection(words[k - 3 : k]) or _NEW_LEADS.intersection(words[k - 3 : k])):
                out.append(Quantity("before_after", 0.0, starts[i], ends[k + size - 1], True))
                break
    return out


def worded_then_now(words: list[str], starts: list[int], ends: list[int], kn: Knowledge) -> list[Quantity]:
    """Before, then "now" and after: "rollouts that took a full afternoon now finish in fifteen
    minutes", "a review that used to take days now takes an hour"."""
    n = len(words)
    for i, w in enumerate(words):
        if w not in kn.now_words or i < 2:
            continue
        before = None
        for k in range(max(0, i - _THEN_REACH), i):  # "took a full afternoon", "used to run all weekend"
            habit = kn.reverse_keys.longest_at(words, k) if words[k] in kn.reverse_keys.plan else None
            if habit is not None and habit[1] == "habit":
                end = _time_ahead(words, k + habit[0], n, kn, _HABIT_FREE)
            elif words[k] in kn.then_verbs:  # "what took the finance team a week ... now"
                end = _time_ahead(words, k + 1, n, kn, _HABIT_FREE)
            else:
                continue
            if end is not None and end < i:
                before = k + 1
                break
        if before is None:
            continue
        for k in range(i + 1, min(n, i + 6)):  # "now finish in about fifteen minutes"
            size = _time_at(words, k, kn)
            if size:
                return [Quantity("before_after", 0.0, starts[before], ends[k + size - 1], True)]
    return []


def worded_rate_drop(words: list[str], starts: list[int], ends: list[int], kn: Knowledge) -> list[Quantity]:
    """A habit at one frequency, then a rarer rate: "used to fail roughly weekly; it has failed once
    in six months", "used to page us nightly, now twice a quarter"."""
    n = len(words)
    for h in range(n - 2):
        if words[h] != "used" or words[h + 1] != "to":
            continue
        often = next((k for k in range(h + 2, min(n, h + 2 + _RATE_HABIT)) if words[k] in kn.frequency_words), None)
        if often is None:
            continue
        for k in range(often + 1, n - 2):
            if words[k] not in _RARE:
                continue
            j = _skip_amounts(words, k + 2, n, kn) if words[k + 1] in _RARE_JOINS else n
            span = kn.period_hours.get(words[j], 0.0) if j < n else 0.0
            if span and _count(words[k + 2 : j], kn) * span / _RARE[words[k]] > kn.period_hours.get(words[often], span):
                return [Quantity("before_after", 0.0, starts[often], ends[j], True)]
    return []


def worded_failure_stopped(words: list[str], starts: list[int], ends: list[int], kn: Knowledge) -> list[Quantity]:
    """A failure that stopped ("the fleet stopped paging on-call"), or a habit of failing, then "now" and
    what happens instead: "jobs that used to be preempted twice a day now run to completion
    unattended", "the nightly export would crash weekly; it now finishes"."""
    n = len(words)
    since = "since" in words or "once" in words
    for h in range(1, n):  # the failure first, then its end: "loss-spike restarts on the 13B run stopped entirely"
        if words[h] not in kn.failure_stops:
            continue
        back = _STOP_BACK_RECUR if words[h + 1 : h + 2] and words[h + 1] in kn.failure_recur else _STOP_BACK
        if not kn.failure_verbs.isdisjoint(words[max(0, h - back) : h]):
            return [Quantity("before_after", 0.0, starts[max(0, h - back)], ends[h], True)]
    for h in range(n - 1):
        if words[h] in kn.failure_stops and not kn.failure_verbs.isdisjoint(words[h + 1 : h + 3]):
            return [Quantity("before_after", 0.0, starts[h], ends[min(n - 1, h + 2)], True)]  # "stopped paging on-call"
        # "since March on-call has not been paged once", "since June no run has had to restart"
        if since and words[h] in _NEVER and not kn.failure_verbs.isdisjoint(words[h + 1 : h + 1 + _NEVER_REACH]):
            return [Quantity("before_after", 0.0, starts[h], ends[min(n - 1, h + _NEVER_REACH)], True)]
    for h in range(n - 3):
        lead = 2 if words[h] == "used" and words[h + 1] == "to" else 1 if words[h] in kn.failure_habits else 0
        if not lead:
            continue
        fail = next((k for k in range(h + lead, min(n, h + lead + _FAIL_REACH)) if words[k] in kn.failure_verbs), None)
        if fail is None:
            continue
        now = next((k for k in range(fail + 1, min(n, fail + 1 + _NOW_REACH)) if words[k] in kn.now_words), None)
        if now is not None and now + 2 < n:  # "now" and at least two words of what happens since
            return [Quantity("before_after", 0.0, starts[h], ends[min(n - 1, now + _NOW_AFTER)], True)]
    return []


_STOP_BACK = 6  # words from a failure back before the word that ends it ("restarts on the 13B run stopped")
_STOP_BACK_RECUR = 12  # the same, before "stopped happening" ("schema breaks reaching training (two a month) have")
_NEVER = frozenset(("not", "never", "no", "none", "nobody"))
_NEVER_REACH = 8  # words from a negation to the failure it denies ("no multi-day run has had to restart")
_FAIL_REACH = 3  # words from the habit to its failure ("used to be preempted", "would often crash")
_NOW_REACH = 10  # words from the failure to "now" ("preempted twice a day by the batch tier now")
_NOW_AFTER = 4  # words of what happens now, in the span


_RATE_HABIT = 5  # words from "used to" to its frequency ("used to fail roughly weekly")
_RARE = {"once": 1, "twice": 2}
_RARE_JOINS = frozenset(("in", "a", "an", "per", "every", "each"))
_THEN_REACH = 8
_THEN_AFTER = 6  # words from the old span to the new one ("a full weekend, to finish overnight")
_NEW_LEADS = frozenset(("to", "in", "within", "under"))  # what opens the new span after the old one


def _schedule_change(words: list[str], i: int, k: int, kn: Knowledge) -> bool:
    """One frequency for another around a reverse join, as a change ("is now retrained weekly instead
    of quarterly"); without "now" it is a schedule kept ("Refresh the model weekly instead of monthly")."""
    if i < 1 or words[i - 1] not in kn.frequency_words or kn.now_words.isdisjoint(words[:i]):
        return False
    k += k < len(words) and words[k] in _ARTICLES
    return k < len(words) and words[k] in kn.frequency_words and words[k] != words[i - 1]


def _time_at(words: list[str], k: int, kn: Knowledge) -> int:
    """The number of words of a span of time at word ``k`` (a time unit, a time word or a time of
    day: "9am", "7 pm"), else 0."""
    w = words[k] if k < len(words) else ""
    if w[:1].isdigit():
        if _CLOCK(w):
            return 1
        if len(w) <= 2 and w.isdigit() and k + 1 < len(words) and words[k + 1] in _MERIDIEM:
            return 2
    unit = kn.units.longest_at(words, k)
    if unit is not None and unit[1] in _TIME_UNITS:
        return unit[0]
    for size in (4, 3, 2, 1):  # "end of the day", "on the spot", "same day", "overnight"
        key = tuple(words[k : k + size])
        if len(key) == size and key in kn.time_words:  # a one-word time at the very end is one word
            return size
    return 0


def _many_ahead(words: list[str], k: int, n: int, kn: Knowledge) -> int | None:
    """The noun after a count above one at word ``k`` ("five screens", "12 forms"), else None."""
    cardinal = kn.number_words.cardinal if kn.number_words is not None else {}
    k += k < n and words[k] in _ARTICLES and words[k] not in cardinal
    w = words[k] if k < n else ""
    value = cardinal.get(w, int(w) if w.isdigit() else 0)
    return k + 1 if value > 1 and k + 1 < n else None


def _time_back(words: list[str], i: int, kn: Knowledge, reach: int = 4) -> int | None:
    """The first word of a span of time among the ``reach`` words before word ``i``."""
    for k in range(i - 1, max(-1, i - 1 - reach), -1):
        if _time_at(words, k, kn):
            return k
    return None


def _single_back(words: list[str], i: int, kn: Knowledge) -> int | None:
    """A single step ("one command", "a single click") among the few words before word ``i``."""
    for k in range(i - 2, max(-1, i - 1 - _SINGLE_REACH), -1):
        if words[k] in kn.single_step:
            return k
    return None


def _time_ahead(words: list[str], k: int, n: int, kn: Knowledge, free: int = 0) -> int | None:
    """The last word of a span of time at word ``k``, past a few filler words ("the whole", "a full")
    and at most ``free`` other words."""
    cardinal = kn.number_words.cardinal if kn.number_words is not None else {}
    for _ in range(_REACH + 2 * free):
        if k >= n:
            return None
        size = _time_at(words, k, kn)
        if size:
            return k + size - 1
        if words[k] not in kn.duration_fillers and words[k] not in cardinal and not words[k][0].isdigit():
            if not free:
                return None
            free -= 1
        k += 1
    return None


_RATE_REACH = 3  # words from a count to its period ("one model deploy a month")
_REVERSE_BACK = 6  # words back from a reverse join to the new span ("in minutes with the shelf-scan model, not hours")
_SINGLE_REACH = 3  # words from "one" or "single" to the join ("one command rather than")
_REACH = 4  # words a worded duration may stand from its reverse join
_HABIT_BACK = 8  # words back from a habit join to the new span ("twenty minutes these days, where a rebuild once")
_HABIT_FREE = 2  # words of a verb and its object after a habit join ("used to stretch to", "used to take them")
_TIME_UNITS = frozenset({"latency", "longtime", "tenure"})
