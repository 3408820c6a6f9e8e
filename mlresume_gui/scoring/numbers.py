"""Numbers written as words, rewritten as digits in place so the quantity reader sees them.

"from two days to fifteen minutes", "three-fold", "instead of a manual hour" and "placed second of
418 teams" become "from 002 days to 000015 minutes", "00003-fold", "instead of 1 manual hour" and
"placed 0002nd of 418 teams": each rewritten number keeps the length of the words it replaces
(padded with leading zeros), so every span the reader finds is a span of the original text.
The vocabulary is the ``[number_words]`` table of ``quantities.toml``; :class:`Amounts` holds the
``[amounts]`` table that :mod:`.amounts` reads.
"""

from __future__ import annotations

from collections.abc import Callable
from itertools import compress, count
from typing import Any, NamedTuple

from .text import PhraseTable

_SUFFIX = {1: "st", 2: "nd", 3: "rd"}
_ONE = frozenset(("a", "one"))
_LARGE = frozenset(("thousand", "million", "billion"))  # magnitude words the quantity reader reads after a number


class NumberWords(NamedTuple):
    """The number-word tables, as lookups over normalised words."""

    cardinal: dict[str, int]
    hundred: frozenset[str]
    single: PhraseTable  # "a", "an", "a single" ... -> 1
    single_lead: frozenset[str]
    ordinal: dict[str, int]
    ordinal_before: frozenset[tuple[str, ...]]
    ordinal_after: PhraseTable
    fraction: frozenset[str]
    starts: frozenset[str]  # every word that can begin a number written in words
    one_joins: frozenset[str] = frozenset()  # "instead", "rather": "one" a few words before one is a number

    @property
    def empty(self) -> bool:
        return not self.starts


def _joined(text: str, end: int, start: int) -> bool:
    """Two words belong to one number when only spaces or a hyphen separate them."""
    gap = text[end:start]
    return len(gap) <= 2 and gap.strip(" -") == ""


def _ordinal(n: int) -> str:
    return f"{n}{'th' if 10 <= n % 100 <= 20 else _SUFFIX.get(n % 10, 'th')}"


def _ends(words: list[str], i: int, keys: frozenset[tuple[str, ...]]) -> bool:
    return any(tuple(words[max(0, i - n) : i]) in keys for n in (1, 2))


def _cardinal(text: str, words: list[str], starts: list[int], ends: list[int], i: int,
              nw: NumberWords) -> tuple[int, int] | None:
    """(value, last word index) of a cardinal starting at word ``i`` ("twenty-five", "two hundred and ten")."""
    n = len(words)
    card = nw.cardinal

    def group(k: int) -> tuple[int, int] | None:  # tens and units: "ninety", "twenty-five", "seven"
        v = card.get(words[k])
        if v is None or v >= 100:
            return None
        if v >= 20 and v % 10 == 0 and k + 1 < n and _joined(text, ends[k], starts[k + 1]):
            u = card.get(words[k + 1])
            if u is not None and 0 < u < 10:
                return v + u, k + 1
        return v, k

    first = group(i)
    if first is None:
        return None
    value, last = first
    if last + 1 < n and words[last + 1] in nw.hundred and _joined(text, ends[last], starts[last + 1]) and value < 10:
        value, last = value * 100, last + 1
        k = last + 1
        if k + 1 < n and words[k] == "and":
            k += 1
        if k < n and _joined(text, ends[k - 1], starts[k]):
            rest = group(k)
            if rest is not None:
                value, last = value + rest[0], rest[1]
    return value, last


def _share(text: str, words: list[str], starts: list[int], ends: list[int], i: int, nw: NumberWords,
           units: PhraseTable) -> tuple[int, int, str] | None:
    """"one in four", "one order in forty", "one in a hundred and ten" at word ``i`` ("one"), as a
    percentage; a unit after the whole ("one model in 3 markets") makes it no share."""
    n = len(words)
    k = i + 1
    while k < n and k - i <= 3 and words[k] != "in":
        if words[k] in nw.cardinal or words[k][:1].isdigit():
            return None
        k += 1
    if k >= n - 1 or words[k] != "in":
        return None
    k += 1
    if words[k] in ("a", "one") and k + 1 < n and words[k + 1] in nw.hundred:
        den = _hundreds(text, words, starts, ends, k + 1, 1, nw)
    elif words[k] in nw.cardinal:
        den = _cardinal(text, words, starts, ends, k, nw)
    else:
        den = (int(words[k]), k) if words[k].isdigit() else None
    if den is None or den[0] < 2:
        return None
    after = den[1] + 1
    if k - i > 2 and after < n and units.longest_at(words, after) is not None and words[after] not in words[i + 1 : k]:
        return None
    return i, den[1], f"{100 / den[0]:.2f}".rstrip("0").rstrip(".") + "%"


def _hundreds(text: str, words: list[str], starts: list[int], ends: list[int], last: int, value: int,
              nw: NumberWords) -> tuple[int, int]:
    """``value`` hundred at word ``last`` ("hundred"), with what follows ("and ten", "twenty-five")."""
    value *= 100
    k = last + 1
    if k + 1 < len(words) and words[k] == "and":
        k += 1
    if k < len(words) and words[k] in nw.cardinal and _joined(text, ends[k - 1], starts[k]):
        card = nw.cardinal[words[k]]
        if card < 100:
            rest = _cardinal(text, words, starts, ends, k, nw)
            if rest is not None:
                return value + rest[0], rest[1]
    return value, last


def _one_counts(words: list[str], i: int, nw: NumberWords, units: PhraseTable) -> bool:
    """"one" at word ``i`` is a number: a percentage unit follows within two words, or a join of a
    comparison within three, after it ("one screen instead of four") or just before it ("on 6 GPUs
    instead of one each")."""
    after = words[i + 1 : i + 3]
    return (any(units.get((w,)) == "percent" for w in after)
            or not nw.one_joins.isdisjoint(words[i + 2 : i + 4])
            or not nw.one_joins.isdisjoint(words[max(0, i - 2) : i]))


def digitize(text: str, words: list[str], starts: list[int], ends: list[int], nw: NumberWords,
             time_units: PhraseTable) -> str | None:
    """``text`` with its numbers in words rewritten as digits of the same length (None: none found).

    ``words``, ``starts`` and ``ends`` are the text's words as :func:`.text.split_words` gives them;
    ``time_units`` maps unit phrases to kinds (a lone "a" is one only before a time unit).
    """
    n = len(words)
    out: list[tuple[int, int, str]] = []
    free = 0  # the first word not yet part of a number found
    starts_word, lead, single_words = nw.starts, nw.single_lead, nw.single.plan
    for i in compress(count(), map(starts_word.__contains__, words)):
        if i < free:
            continue
        w = words[i]
        if (w in single_words and w not in nw.cardinal and (i == 0 or words[i - 1] not in lead) and w != "one"
                and (i + 1 >= n or (words[i + 1] != "single" and words[i + 1] not in _LARGE))):
            continue  # "a", "an" without "from", "in", "of" ... before them: no number (the common case)
        found: tuple[int, int, str] | None = None  # (first word, last word, digits)
        single = nw.single.longest_at(words, i) if i > 0 and words[i - 1] in nw.single_lead else None
        if single is not None and words[i - 1] == "to" and "from" in words[max(0, i - 7) : i - 1]:
            found = (i, i + single[0] - 1, "1")  # "from forty manual steps to a single command"
        elif w in _ONE and i + 1 < n and words[i + 1] in _LARGE and _joined(text, ends[i], starts[i + 1]):
            found = (i, i, "1")  # "a thousand hours", "a million users": the magnitude word follows
        elif w != "one" and i + 1 < n and words[i + 1] == "single":
            found = (i, i + 1, "1")  # "in a single visit now, down from three": "a single" is one, anywhere
        elif single is not None:
            k = i + single[0]
            for reach in (0, 1):  # "a week", "a manual hour" (not "a ten-minute", where ten is the number)
                if reach and k < n and (words[k] in nw.cardinal or words[k][:1].isdigit()):
                    break
                if k + reach < n:
                    unit = time_units.longest_at(words, k + reach)
                    if unit is not None and unit[1] in ("longtime", "tenure", "latency"):
                        found = (i, k - 1, "1")
                        break
        if found is None and w == "one" and i + 2 < n:  # "one in four", "one order in forty": a share
            found = _share(text, words, starts, ends, i, nw, time_units)
        if found is None and w in nw.ordinal and not (w in nw.fraction and i > 0 and words[i - 1] in _ONE):
            after = nw.ordinal_after.longest_at(words, i + 1) if i + 1 < n else None
            if after is not None or _ends(words, i, nw.ordinal_before):
                found = (i, i, _ordinal(nw.ordinal[w]))
        if found is None and (w in nw.cardinal or w in nw.hundred):
            if w in nw.hundred:  # "a hundred", "a hundred and ten"
                card = _hundreds(text, words, starts, ends, i, 1, nw) if i > 0 and words[i - 1] in ("a", "one") else None
                first = i - 1
            else:
                card = _cardinal(text, words, starts, ends, i, nw)
                first = i
            if card is not None:
                value, last = card
                nxt = words[last + 1] if last + 1 < n else ""
                # "one" alone is no number ("one of the"), but "one percent", "one Dice point" and
                # "one screen instead of four" are
                if nxt not in nw.fraction and not (w == "one" and last == i and not _one_counts(words, i, nw, time_units)):
                    found = (first, last, str(value))
        if found is None:
            continue
        a, b, digits = found
        s, e = starts[a], ends[b]
        free = b + 1
        if len(digits) <= e - s:
            out.append((s, e, digits.rjust(e - s, "0")))
    if not out:
        return None
    parts: list[str] = []
    pos = 0
    for s, e, digits in out:
        parts += (text[pos:s], digits)
        pos = e
    parts.append(text[pos:])
    return "".join(parts)


class Amounts(NamedTuple):
    """The tables of the amount reader, as lookups over normalised words."""

    numerators: dict[str, int]  # "a", "one", "two" ... and digits are read apart
    denominators: dict[str, int]  # "third" -> 3, "quarter" -> 4 (plurals are normalised away)
    fraction_next: frozenset[str]  # words that may follow a fraction ("of", "as", "less" ...)
    time_ambiguous: frozenset[str]  # denominators that also name a span of time ("quarter")
    time_before: frozenset[str]  # words before such a one that make it the span ("within", "per")
    comparatives: frozenset[str]  # "sooner", "faster", "less" ...
    leads: frozenset[str]  # what may open a span of time before a comparative ("a", "several")
    subject_next: PhraseTable  # "of whom", "were" ... after a count an outcome happened to
    universal: frozenset[str]  # "every", "all": after an adoption phrase, an adoption without a number
    adopted_by: frozenset[tuple[str, ...]]  # "used by", "followed by" ...
    half_before: frozenset[str]  # "about half", "up from half": "half" alone is a fraction after these
    ratings: frozenset[str]  # "rated", "scored": before "4.6 of 5", a rating (a result)
    near: frozenset[str]  # "nearly", "almost": before "all", with "now" after, a share in words
    ahead_of: frozenset[str]  # "before": after a span of time and before a baseline, a lead gained
    baselines: frozenset[str]  # "old", "previous", "manual": what a lead is gained over
    alert_words: frozenset[str]  # "alerting", "spotted": before a span of time "before" something, a lead time
    adopters_verbs: frozenset[str]  # "use", "adopted": after a count of people or teams, an adoption
    adopters_objects: frozenset[str]  # "of", "lead": before such a count, it is whom one led, not adopters
    success_verbs: frozenset[str]  # "pass", "solves": before "all 12 of", a full share
    made_verbs: frozenset[str]  # "wrote", "built": what such a bullet made, "every team uses", is an adoption
    uses_it: frozenset[str]  # "includes", "runs": before "it" after "every ...", what one made is adopted
    became: frozenset[str]  # "became", "won": after "two of their projects", what they led to
    zero_words: frozenset[str]  # "no", "without": before an outcome noun, a count of zero
    zero_fillers: frozenset[str]  # "a", "single", "any": between such a word and its noun
    zero_failures: frozenset[str]  # "missed", "failed": after "zero" or "no", a count of failures that is zero
    removal_verbs: frozenset[str]  # "eliminated": before a word of recurrence, a chore brought to zero
    recurring: frozenset[str]  # "weekly", "nightly", "every"
    starts: frozenset[str]  # every word that can start or close a reading (a cheap pre-check)


_ORDINAL_IRREGULAR = {"one": "first", "two": "second", "three": "third", "five": "fifth", "eight": "eighth",
                      "nine": "ninth", "twelve": "twelfth"}


def ordinal_words(cardinal: dict[str, int]) -> dict[str, int]:
    """Every ordinal spelt from the cardinal words, as a denominator ("sixteenth" -> 16, "fortieth"
    -> 40, "twelfth" -> 12); "first" and "second" are left out (no fraction has them)."""
    out: dict[str, int] = {}
    for word, value in cardinal.items():
        if value < 3 or not word.isalpha():
            continue
        if word in _ORDINAL_IRREGULAR:
            out[_ORDINAL_IRREGULAR[word]] = value
        elif word.endswith("y"):
            out[word[:-1] + "ieth"] = value
        else:
            out[word + "th"] = value
    return out


def build_amounts(table: dict[str, Any], key: Callable[[str], tuple[str, ...]],
                  cardinal: dict[str, int] | None = None) -> Amounts:
    """:class:`Amounts` from the ``[amounts]`` table (``key`` is :func:`.text.phrase_key`); the
    ordinals of ``cardinal`` are denominators too ("one-sixteenth", "three-fortieths")."""

    def words(name: str) -> frozenset[str]:
        return frozenset(k[0] for k in map(key, table.get(name, [])) if len(k) == 1)

    def numbers(name: str) -> dict[str, int]:
        return {k[0]: int(v) for w, v in table.get(name, {}).items() if len(k := key(w)) == 1}

    subject: PhraseTable = PhraseTable({k: True for k in map(key, table.get("subject_next", [])) if k})
    subject.freeze()
    denominators = {**ordinal_words(cardinal or {}), **numbers("denominators")}
    comparatives = words("comparatives")
    universal = words("universal")
    adopted = frozenset(k for k in map(key, table.get("adopted_by", [])) if k)
    return Amounts(numbers("numerators"), denominators, words("fraction_next"), words("time_ambiguous"),
                   words("time_before"), comparatives, words("time_leads"), subject, universal, adopted,
                   words("half_before"), words("ratings"), words("near_all"), words("ahead_of"), words("baselines"), words("alert_words"),
                   words("adopters_verbs"), words("adopters_objects"), words("success_verbs"), words("made_verbs"), words("uses_it"), words("became"), words("zero_words"), words("zero_fillers"), words("zero_failures"),
                   words("removal_verbs"), words("recurring"),
                   frozenset(denominators) | comparatives | frozenset(subject.plan) | universal | words("ratings")
                   | words("ahead_of") | words("adopters_verbs") | words("zero_words") | words("removal_verbs") | {"half"})


def build_number_words(table: dict[str, Any], key: Callable[[str], tuple[str, ...]]) -> NumberWords:
    """:class:`NumberWords` from the ``[number_words]`` table (``key`` is :func:`.text.phrase_key`)."""

    def keys(name: str) -> frozenset[tuple[str, ...]]:
        return frozenset(k for k in map(key, table.get(name, [])) if k)

    cardinal = {key(k)[0]: int(v) for k, v in table.get("cardinal", {}).items() if key(k)}
    ordinal = {key(k)[0]: int(v) for k, v in table.get("ordinal", {}).items() if key(k)}
    ordinal = {**ordinal_words(cardinal), **ordinal}  # "placed fourteenth of 90"
    hundred = frozenset(k[0] for k in keys("hundred"))
    single: PhraseTable = PhraseTable({k: 1 for k in keys("single")})
    after: PhraseTable = PhraseTable({k: True for k in keys("ordinal_after")})
    starts = frozenset(cardinal) | frozenset(ordinal) | hundred | frozenset(single.plan)
    return NumberWords(cardinal, hundred, single, frozenset(k[0] for k in keys("single_lead")),
                       ordinal, keys("ordinal_before"), after,
                       frozenset(k[0] for k in keys("fraction")) | frozenset(ordinal_words(cardinal))
                       - {"second"}, starts, frozenset(k[0] for k in keys("one_joins")))
