"""What counts as a result: the numbers of a bullet, each with its kind and span.

A number is read with what is glued to it ("80ms", "12B", "3rd", "2.5x", "$4.3M"), the words
around it ("n=9M", "top 5%", "of 7,176 teams", "within 24 hours", "for 3 years") and the first
unit word that follows ("48 A100 GPUs", "1.8B card transactions"). Years, tenure, versions and
counts of courses, tools, projects or teams are numbers but not results. The before→after
pairs among them are :mod:`.pairs`'; the record of a number is :mod:`.quantity`'s.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from operator import attrgetter

from .knowledge import Knowledge
from .number_context import (
    CAUGHT_KINDS,
    PLACEMENT_BEFORE,
    SPAN_DATA_LEAST,
    SPAN_KINDS,
    caught,
    effort_share,
    ends_with,
    margin,
    model_size_of,
    now_only_pairs,
    placing_share,
    rate_follows,
    reach_of,
    score_named,
    score_word,
    span_of_data,
)
from .pairs import NEVER_PAIRED, number_pairs
from .quantity import Quantity

_START = attrgetter("start")
_PREPOSITIONS = frozenset(("across", "over", "in", "on", "for", "with", "from", "into", "at", "of", "between", "among"))

# A number: an optional currency sign, digits (with thousands commas), decimals, glued letters, a
# plus and a percent or multiplier sign; not inside a word, a version or a range ("v2.3", "A-5",
# "3-5"). It opens with the character class of its first character (a currency sign or digit),
# so the regex engine skips ahead to candidates; the lookbehinds then look past that character,
# and the digits after a currency sign (``digits``) or after a first digit (``more``) follow.
_NUMBER = re.compile(
    r"(?P<lead>[\d$€£¥])(?<![\w.@/].)(?<![A-Za-z]-.)(?<!\d-.)(?<!\+\+.)"
    r"(?:(?<=[$€£¥])(?P<digits>\d{1,3}(?:,\d{3})+|\d+)|(?<=\d)(?P<more>\d{0,2}(?:,\d{3})+|\d*))(?P<dec>\.\d+)?"
    r"(?P<suffix>[A-Za-zµμ]+)?(?P<plus>\+)?(?P<sym>\s?%|\s?×|-fold\b|-x\b)?"
)
_DASH_DIGIT = re.compile(r"-\d")
_QUOTES = re.compile("[\"“'‘]")
_MODEL_SIZE = re.compile(r"(?=\d)(?<=[A-Za-z0-9]-)\d+(?:\.\d+)?[BbMm]\b")
_QUALITATIVE = re.compile(r"\bfrom\s+[\"“'‘]([^\"”'’]{1,40})[\"”'’]\s+to\b", re.I)
_STOP = frozenset(",;:()[]{}")
_new = tuple.__new__
_ORDINALS = frozenset({"st", "nd", "rd", "th"})
_MODEL_WORDS = frozenset({"model", "llm", "transformer", "network", "net", "checkpoint", "deployment", "rollout",
                          "variant"})  # "the 70B deployment": a model's size
_NOT_RESULT_KINDS = frozenset({"year", "audience", "version", "tenure", "duration", "non_outcome", "bits", "model_size", "params", "physical",
                               "effort", "compute", "fleet"})
# Words that end the noun phrase of a number: no unit is looked for past them.
_PHRASE_ENDS = frozenset(("before", "after", "since", "once", "when", "while", "by", "with", "using", "from", "to",
                          "for", "across", "than", "instead", "the", "and", "or", "that", "which", "who", "into",
                          "over", "under", "on", "at", "in", "via", "through"))
# a multiplier sign before its number ("x3", "×4"); "x86" and "x64" name architectures
_PREFIX_FOLD = re.compile(r"(?<![\w.])[x×](?!86\b|64\b|32\b)(\d{1,4}(?:\.\d+)?)(?![\w.-])")
_VERSION_WORDS = frozenset(("version", "versions", "v", "release", "releases"))
# a name written in camel case right before the number ("ExecuTorch 0.3", "PyTorch 2.3")
_NAMED_BEFORE = re.compile(r"\b[A-Z][a-z]+[A-Z]\w* $").search  # camel case only: "AUC 0.93" is a metric
_BOUND_REACH = 8  # words from a negation to its bound ("no training job has lost more than")
_SAVING_REACH = 6  # words from a verb of saving to its span ("saves each on-call engineer about an hour")
_N_EQ = re.compile(r"\bn\s*=\s*$", re.I)
_COMPOUND_GAPS = frozenset((" ", "-"))
# after "5-fold": splits of the data ("cross-validation", "CV", "a 5-fold U-Net ensemble"), no multiplier
_CROSS_VALIDATION = re.compile(r"\s*(?:cross|cv\b|validation|splits?\b|stratified|(?:[\w-]+\s+){0,2}(?:ensembles?|bag(?:s|ging)?)\b)", re.I)
_SHARE = re.compile(r"(?<![\w.,])0*(\d{1,3}) (in|out of|of|[a-z]+ in|[a-z]+ out of)(?: (?:my|our|the|their|his|her|every))? 0*(\d{1,4})(?![\w.,%])")  # zeros: numbers in words




def _past_qualifiers(words: list[str], i0: int, kn: Knowledge) -> int:
    """The word index before which the number at ``i0`` stands, past words of approximation ("in
    about four minutes", "read by about 9,000 people")."""
    lead = i0
    while lead > 1 and words[lead - 1] in kn.qualifiers:
        lead -= 1
    return lead


def _saving_before(words: list[str], i0: int, kn: Knowledge) -> bool:
    """A verb of saving a few words before word ``i0`` ("saves agents about 7 minutes"); after "per"
    or "each" the word is a noun ("3.8 TB per save every 30 minutes")."""
    return any(words[k] in kn.saving_verbs and (k == 0 or words[k - 1] not in _NOUN_LEADS)
               for k in range(max(0, i0 - _SAVING_REACH), i0))


_SPAN_OR_TIME = frozenset(("tenure", "duration", "longtime", "latency", "time"))
_NOT_PLACED = re.compile(r"[\s-](?:century|centuries|anniversary|birthday|edition|floor|grade|amendment|annual)\b", re.I)
_TOLD_KINDS = frozenset(("reach", "count", "users", "non_outcome"))
_DATA_PREPS = frozenset(("over", "on", "from"))
_RESULT_LEADS = frozenset(("to", "reached", "hit", "passed", "topped", "past"))
_AFTER_VERSION = re.compile(r"\d(?:\.\d+)? $")  # "Llama 3.1 70B": a size right after a model's version
_GROUP_NOUNS = frozenset(("rota", "team", "group", "panel", "crew", "squad", "pool", "cohort", "committee"))
_ALONGSIDE = frozenset(("with", "alongside", "beside"))
_EVERY = frozenset(("every", "each"))
_NOUN_LEADS = frozenset(("per", "each", "every", "a", "an", "the"))


def _noun_follows(words: list[str], starts: list[int], pos: int) -> bool:
    """A word that is no joining word follows position ``pos`` ("400-case regression suite")."""
    j = bisect_left(starts, pos)
    return j < len(words) and words[j] not in _JOINING


_JOINING = frozenset(("of", "in", "and", "or", "a", "an", "the", "to", "per", "each", "from", "by", "with", "for", "on", "at"))


def _unit_after(text: str, words: list[str], starts: list[int], ends: list[int], pos: int,
                kn: Knowledge, reach: int = 4) -> tuple[str | None, int, int]:
    """The first unit word within ``reach`` words after ``pos``: (kind, end, words skipped)."""
    j = bisect_left(starts, pos)
    n = len(words)
    last = pos
    plan = kn.units.plan
    glued = text[pos : pos + 1] == "-"  # "a 10-minute pipeline": the unit is glued to its number
    for skipped in range(reach):
        k = j + skipped
        if k >= n:
            break
        gap = text[last : starts[k]]
        if (skipped == 0 and len(gap) > 2) or not _STOP.isdisjoint(gap) or ". " in gap:
            break
        word = words[k]
        if skipped and word in _PHRASE_ENDS:  # "4,100 before the dedup model": the unit is another phrase's
            break
        if glued and skipped == 0 and kn.units.longest_at(words, k) is None:
            break  # "a 40-block teacher": the glued word is what is counted, and it is no unit
        if skipped and gap == "-" and k + 1 < n and text[ends[k] : starts[k + 1]] == " ":
            last = ends[k]  # "4 on-call runbooks": the second half of a compound modifier is no unit
            continue
        if skipped > 0 and word[0].isdigit():
            break
        if word == "us" and text[starts[k] : ends[k]] == "US":
            break  # "40 US TV markets": the country, not microseconds
        if word in plan:
            hit = kn.units.longest_at(words, k)
            if hit is not None:
                # a compound counts its head, its last noun ("48 A100 GPUs" are GPUs), unless one
                # of its nouns is a thing made ("6 claims models", "30 runbook pages", "3 GPU
                # types" are effort); "a 10-minute pipeline" stays a time
                kind, last = hit[1], k + hit[0]
                if kind in _COUNT_NOUNS and not glued and _modifier(text, words, ends, starts, k, hit[0]):  # "600 store cameras": cameras, not stores
                    last = k + 1
                    head = kn.units.longest_at(words, last) if words[last] in plan else None
                    if head is None:
                        return "effort", ends[last], skipped
                    kind = head[1]
                    last += head[0]
                if kind == "percent":  # "5 points year over year": a percent is no modifier
                    return kind, ends[last - 1], skipped
                while not glued and last < n and words[last] in plan and text[ends[last - 1] : starts[last]] in _COMPOUND_GAPS:
                    head = kn.units.longest_at(words, last)
                    if head is None or head[1] == "fold":  # "4 click-time models": no "times"
                        break
                    kind = kind if kind == "effort" else head[1]
                    last += head[0]
                if kind not in ("effort", "fold") and not glued:  # "7 claims triage rules"
                    for m in range(last, min(n, last + 2)):
                        if text[ends[m - 1] : starts[m]] not in _COMPOUND_GAPS or words[m] in _NOT_HEADS:
                            break  # "50 s per model": a rate of the time, no compound
                        if words[m] in plan and kn.units.get((words[m],)) == "effort":
                            return "effort", ends[m], skipped
                return kind, ends[last - 1], skipped
        last = ends[k]
    return None, pos, 0


def _modifier(text: str, words: list[str], ends: list[int], starts: list[int], k: int, size: int) -> bool:
    """The singular unit word at ``k`` modifies the noun after it ("5 vector databases", "80 product
    managers"): a counted noun is plural, so a singular one followed by another noun is its modifier."""
    nxt = k + 1
    if size != 1 or nxt >= len(words) or text[ends[k] : starts[nxt]] != " ":
        return False
    after = words[nxt]
    if text[ends[k] - 1] in "sS" or not text[starts[k]].islower():  # the word as written: plural, or a name
        return False
    return (after.isalpha() and after not in _PHRASE_ENDS and after not in _NOT_HEADS
            and not after.endswith(("ing", "ed", "ly")))


_COUNT_NOUNS = frozenset(("users", "data", "volume", "count", "reach", "sample", "field", "fleet"))
_NOT_HEADS = frozenset(("a", "an", "of", "per", "each", "every", "now", "is", "are", "was", "were", "have", "has"))


def find_quantities(text: str, words: list[str], starts: list[int], ends: list[int], kn: Knowledge,
                    tech_ends: frozenset[int] | set[int] = frozenset(),
                    placement_context: bool = False) -> list[Quantity]:
    """Every number of ``text`` classified, plus before→after pairs, in text order.

    ``words``, ``starts`` and ``ends`` are the text's words as :func:`.text.split_words` gives them.
    """
    out: list[Quantity] = []
    unitless: set[int] = set()  # starts of the numbers read without a unit
    magnitude = kn.magnitude
    has_eq = "=" in text
    for m in _NUMBER.finditer(text):
        lead, digits, more, dec, suffix, plus, sym = m.groups()
        if more is None:  # a currency sign, then the digits
            cur, num = lead, digits
        else:
            cur, num = None, lead + more
        if dec:
            value = float(num.replace(",", "") + dec)
        else:
            value = float(num.replace(",", "") if "," in num else num)
        start, end = m.span()
        kind: str | None = None
        mag = 1.0
        if cur:
            kind = "money"
        if suffix:
            suffix = suffix.lower()
            if suffix in magnitude:
                mag = magnitude[suffix]
            elif suffix in _ORDINALS:
                kind = "year" if _NOT_PLACED.match(text, end) else "placement"  # "19th-century logs"
            else:
                hit = kn.units.get((suffix,))
                if hit is None and len(suffix) > 3 and suffix.endswith("s"):
                    hit = kn.units.get((suffix[:-1],))
                if hit is None or (hit == "fold" and text[end : end + 1].isdigit()):
                    # glued letters that are no unit: a name such as "3D", "5G" or "8x22B" (a
                    # mixture of experts' shape, no multiplier)
                    continue
                kind = kind or hit
        else:
            suffix = ""
        if sym:
            sym = sym.strip()
            if sym == "×" and text[end : end + 1].isdigit():
                continue  # "64×64 pixels": a size, no multiplier
            kind = "percent" if sym == "%" else "fold"
            if kind == "fold" and _CROSS_VALIDATION.match(text, end):
                kind = "effort"  # "5-fold cross-validation": splits of the data, no multiplier
        else:
            sym = ""
        i0 = bisect_left(starts, start)
        # the unit after the number, and a magnitude word ("45 million users")
        unit, unit_end, skipped = None, end, 0
        if kind is None:
            j = bisect_left(starts, end)  # a magnitude word first: "3 million shoppers", "45 thousand"
            if j < len(words) and starts[j] - end <= 1 and words[j] in magnitude and len(words[j]) > 2:
                mag = magnitude[words[j]]
                end = ends[j]
            unit, unit_end, skipped = _unit_after(text, words, starts, ends, end, kn)
            if unit == "fold" and skipped:  # "3 delivery-time models": a multiplier word follows its number
                unit, unit_end, skipped = None, end, 0
        value *= mag
        if kind is None:
            plain = not (dec or suffix or plus or "," in num)  # cur and sym are empty here
            if plain and mag == 1.0 and 1950 <= value <= 2100 and (
                    unit is None or skipped > 0 or (i0 and text[starts[i0 - 1]].isupper())):
                kind = "year"  # "in 2023", "the KDD Cup 2023 session-recommendation track"
            elif not (suffix or plus) and unit is None and (
                    start - 1 in tech_ends or start in tech_ends or any(start < e <= end for e in tech_ends)):
                # "PyTorch 2", and "Llama 3.1" where the model's name holds the number's first digit
                kind = "version"
            elif dec and unit is None and i0 and (words[i0 - 1] in _VERSION_WORDS or _NAMED_BEFORE(text, 0, start)):
                kind = "version"  # "Kubernetes versions 1.27 to 1.29", "ExecuTorch 0.3"
            elif has_eq and text[max(0, start - 4) : start].rstrip().endswith("=") and _N_EQ.search(text[max(0, start - 4) : start]):
                kind = "sample"
        if kind is None and i0 and len(words[i0 - 1]) == 3 and kn.units.get((words[i0 - 1],)) == "money":
            kind = "money"  # a currency code first: "USD 1.2M", "EUR 300K"
        if kind == "percent" and i0 and effort_share(words, i0, bisect_left(starts, end), kn):
            kind = "effort"  # "wrote 60% of the code": a share of the work done, no outcome
        elif kind == "percent" and not kn.sample_nouns.isdisjoint(words[(j := bisect_left(starts, end)) : j + 2]):
            kind = "effort"  # "on a 1% data slice", "a 10% sample": a setting of the work, no result
        # a score's name right after the number, or after the span glued to it: its value ("+60 Elo
        # above its teacher", "3.2 BLEU", "reached 4.1-month MAE")
        past = unit_end if unit in _SPAN_OR_TIME and text[m.end() : m.end() + 1] == "-" else end
        if kind is None and (named := bisect_left(starts, past)) < len(words) and starts[named] - past <= 1 and (
                score_word(text, words, starts, ends, named, kn)):
            kind, unit = "metric", None
        if kind is None and unit is None and i0 and score_named(text, words, starts, ends, i0, kn):
            kind = "metric"  # "reaches FID 2.9", "BLEU of 31.2": the value a score reached
        if kind is None and unit is None and start and text[start - 1] in "+−" and (
                start < 2 or not text[start - 2].isalnum()):
            kind = "metric"  # a signed change: "+2.1 NDS", "−0.8 WER"
        # "ranked 5th", "top 5%"; "ranked 40M products" sorts things, no placement
        if (kind is None or kind == "percent") and i0 and words[i0 - 1] in PLACEMENT_BEFORE and (
                unit is None or unit == "percent") and (placement_context or words[i0 - 1] != "rank"):
            # "rank 16" outside a competition claim is a setting ("LoRA rank 16"), no placement
            kind = "placement"
        bare = kind is None and unit is None
        if kind is None and unit is not None:
            kind = unit if unit != "percent" or mag == 1.0 else "data"  # "2B points" are data, not a margin
            end = max(end, unit_end) if skipped == 0 else end
            unit_at = bisect_left(starts, unit_end) - 1  # the (last) word of the unit
            if (unit == "users" and words[unit_at] in kn.learner_words and value < 1e6  # "a 1B student" is a model
                    and not ends_with(tuple(words[max(0, i0 - 3) : i0]), kn.adoption_strict)):  # "used by 1,100 students"
                kind = "audience"  # "two master's students", "60 trainees": whom one taught or mentored, no product users
            elif (unit == "users" and i0 >= 2 and words[i0 - 1] == "of" and words[i0 - 2] in _GROUP_NOUNS
                  and value < kn.effort_max_unknown):
                kind = "effort"  # "a labelling rota of 3 inspectors": who did the work, no users reached
            elif unit == "users" and i0 and words[i0 - 1] in _ALONGSIDE and value < kn.effort_max_unknown:
                kind = "effort"  # "working with five caseworkers": whom one worked with, no users reached
            elif unit == "users" and words[unit_at] == "session" and value < kn.effort_max_unknown:
                kind = "effort"  # "220 profiling sessions", "25 review sessions": work done; "2M sessions" are users
            elif unit == "fold" and words[unit_at] == "time" and rate_follows(words, unit_at, kn):
                kind = "effort"  # "retrained 3 times a week": how often, no multiplier
            elif unit == "data" and value < kn.data_least:
                kind = "effort"  # "across 4 GPU SKUs", "on 3 datasets": a few things used, no scale of data
            elif skipped and (unit == "longtime" or unit == "tenure") and words[unit_at - 1] in kn.rate_words:
                kind = "volume"  # a rate: "600 a month", "3 million shoppers a week", "40 per day": how much runs through
            elif (unit == "data" or unit == "users") and rate_follows(words, unit_at, kn):
                kind = "volume"  # "3M documents per day": how much runs through, scale rather than a result
            elif unit == "effort":
                before = tuple(words[max(0, i0 - 3) : i0])
                scoped = skipped and not kn.scope_words.isdisjoint(words[unit_at - skipped : unit_at])
                if scoped:
                    before = ("used", "by")  # "across 18 production models": the scope of what runs
                if mag >= 1e6 and words[unit_at] in _MODEL_WORDS:
                    kind = "model_size"  # "a 7B model"
                elif ends_with(before, kn.adoption_strict):
                    # "the platform serves 40 models": how far it reached; "Serve 18 endpoints" as the
                    # bullet's opening verb is what the person runs: scale
                    # "Own 14 production models" as the opening verb's object: the fleet one runs, scale
                    kind = ("fleet" if scoped else "reach") if i0 == 1 else "count"
                elif before and before[-1] in kn.holding_verbs:
                    kind = "reach"  # "a registry that holds 300+ models": how much a system keeps, as "serves 40 models"
                elif value >= kn.effort_max_unknown and words[unit_at] not in kn.work_nouns:
                    kind = "data"  # "2M job recommendations": scale; "2,400 models trained" stay effort
            elif unit == "non_outcome":
                lead = _past_qualifiers(words, i0, kn)  # "read by about 9,000 people"
                before = tuple(words[max(0, lead - 3) : lead])
                if placement_context and (ends_with(before, kn.field_before) or words[unit_at] in kn.field_nouns):
                    kind = "field"  # "of 1,800 teams", and in a competition claim "40 teams" alone
                elif ends_with(before, kn.adoption_people):
                    kind = reach_of(before, kn)
            elif unit == "longtime" or unit == "tenure":
                lead = _past_qualifiers(words, i0, kn)  # "in about four minutes"
                before = tuple(words[max(0, lead - 3) : lead])
                if before and before[-1] in _EVERY:
                    kind = "duration"  # "every 30 minutes": how often, no time saved
                elif unit == "longtime" and (ends_with(before, kn.outcome_time_before)  # "saves agents about 7 minutes"
                                           or (before[-1:] == ("by",) and not kn.change_words.isdisjoint(words[: lead - 1]))  # "cut by 8 minutes"
                                           or _saving_before(words, i0, kn)
                                           or (ends_with(before, kn.bound_before)  # "no job lost more than 5 minutes"
                                               and not kn.negations.isdisjoint(words[max(0, lead - _BOUND_REACH) : lead]))):
                    kind = "time"
                elif unit == "tenure":
                    kind = "tenure"
                else:
                    kind = "duration"
            elif (unit == "users" and i0 and words[i0 - 1] == "for" and not placement_context
                  and words[unit_at - 1][:1].isdigit()):  # "for 45M monthly users": how many use it
                kind = "audience"  # "a model for 2,000 farms": whom it is meant for, no result unless shipped
            elif unit == "users" and ends_with(tuple(words[max(0, i0 - 3) : i0]), kn.adoption_strict):
                kind = "count"  # "used by 300 analysts": an adoption, as "used by 40 engineers" is
            elif (unit == "users" or unit == "data") and placement_context and ends_with(
                    tuple(words[max(0, i0 - 3) : i0]), kn.field_before):
                kind = "field"
            elif unit == "placement" and _noun_follows(words, starts, unit_end):
                kind = "effort"  # "sweeping 6 rank schedules": the word names a setting, no placement
            # "placement" and "bits" units keep their own name as the kind
        elif kind is None:
            j = bisect_left(starts, end)
            nxt = words[j] if j < len(words) else ""
            if mag >= 1e6 and nxt in _MODEL_WORDS:
                kind = "model_size"  # "a 7B model"
            elif suffix == "b" and mag >= 1e9 and (start - 1 in tech_ends or _AFTER_VERSION.search(text, max(0, start - 8), start)):
                kind = "params"  # "Mistral 7B", "Llama 3.1 70B over our contracts": its parameters, no margin
            elif placement_context and nxt in kn.field_nouns and ends_with(tuple(words[max(0, i0 - 3) : i0]), kn.field_before):
                kind = "field"  # "first of 27 systems" in a shared task
            elif dec and value <= 1.0:
                kind = "metric"
            elif margin(words, i0, j, kn) and not (placement_context and not dec and words[i0 - 1 : i0] != ["by"]):
                # "raised mAP by 1.8", "2.3 ROUGE-L above prior work": a change in a metric; "five Kaggle
                # challenges over my first year" counts entries
                kind = "metric"
            elif ends_with(tuple(words[max(0, i0 - 3) : i0]), kn.adoption):
                kind = reach_of(tuple(words[max(0, i0 - 3) : i0]), kn)  # "used by 40", "for 300": how far it reached
            elif value >= kn.effort_max_unknown:
                kind = "data"  # a large count of something unnamed reads as scale ("3,000 invoices")
            elif (nxt and len(nxt) > 4 and nxt.endswith("ed") and not _STOP.intersection(text[end : starts[j]])
                  and not (i0 and words[i0 - 1] in _PREPOSITIONS)):
                # the subject of what happened: "6 received offers", "40 migrated" ("across eight
                # simulated homes": after a preposition, the word is an adjective of its object)
                kind = "count"
            else:  # a small count of something unnamed: what was done, not what it changed
                kind = "effort"
        if kind == "physical" and i0 and words[i0 - 1] == "within":
            kind = "metric"  # "locates every ball to within 4 mm": a precision reached, a result
        if kind == "latency" and i0 and words[i0 - 1] in _EVERY:
            kind = "duration"  # "turnstile scans every 30 seconds": how often, no latency
        if kind in SPAN_KINDS and unit is not None and value >= SPAN_DATA_LEAST and span_of_data(
                words, bisect_left(starts, end), kn):
            # "1,200 hours of drives", "40 years of reanalysis": an amount of data, scale ("two years
            # of airings" says how far back it reaches: context)
            kind = "data"
        if kind in _TOLD_KINDS and i0 and not kn.telling_verbs.isdisjoint(words[max(0, i0 - 4) : i0]):
            kind = "effort"  # "presented it to four stakeholder groups": whom one told, no adoption
        elif kind == "count" and i0 >= 2 and words[i0 - 1] in _DATA_PREPS and words[i0 - 2] not in _RESULT_LEADS and (
                kn.change_words.isdisjoint(words[max(0, i0 - 4) : i0])):
            kind = "data"  # "a pricing model over 220k past sales": what it learnt from, scale
        if kind in CAUGHT_KINDS and i0 and caught(words, i0, kn):
            kind = "count"  # "caught 41 pipeline leaks", "blocked 2M scam messages", "recovered 1,800 GPU-hours"
        elif kind == "count" and text[m.end() : m.end() + 1] == "-" and _noun_follows(words, starts, unit_end):
            kind = "effort"  # "a 400-case regression suite": what the suite holds, no outcome
        elif kind == "count" and i0 and words[i0 - 1] in kn.making_verbs:
            kind = "effort"  # "writing 300 eval cases", "labelled 900 cases": things made, no outcome
        if (kind == "field" or kind == "latency") and unit is not None and skipped == 0:
            end = max(end, unit_end)
        if bare:
            unitless.add(start)
        out.append(_new(Quantity, (kind, value, start, end, kind not in _NOT_RESULT_KINDS)))
    if ("x" in text or "×" in text) and (m := _PREFIX_FOLD.search(text)) is not None and (
            not kn.change_words.isdisjoint(words)):  # "cut build times x3", "×4 throughput"
        out.append(Quantity("fold", float(m.group(1)), m.start(), m.end(), True))
        out.sort(key=_START)
    if "-" in text and _DASH_DIGIT.search(text):  # a model size follows a hyphen
        for m in _MODEL_SIZE.finditer(text):
            out.append(Quantity("model_size", model_size_of(m.group()), m.start(), m.end(), False))
        out.sort(key=_START)
    if len(out) > 1 and (" in " in text or " of " in text):  # "4 in 5 shipments", "4 of 6 benchmarks": a share
        for m in _SHARE.finditer(text):
            part, whole = int(m.group(1)), int(m.group(3))
            if " " in m.group(2) and not m.group(2).startswith("out") and (
                    _unit_after(text, words, starts, ends, m.end(), kn)[0] is not None):
                continue  # "2 engineers in 3 time zones"; "nine customers in ten" is a share
            if placement_context and m.group(2) != "in" and placing_share(words, starts, m, kn):
                continue  # "top 5 of 900 teams" is a placement and its field
            if (m.group(2) == "of" and _unit_after(text, words, starts, ends, m.end(), kn)[0] in _NO_SHARE
                    and kn.change_words.isdisjoint(words) and kn.finding_words.isdisjoint(words)):
                # "2 of the 5 Airflow clusters": a part of what was run ("beats it on 11 of 12 tasks",
                # "showed that 6 of 8 code models memorise" are shares)
                continue
            if _unit_after(text, words, starts, ends, m.end(), kn)[0] in _SPANS or any(
                    q.start == m.start() and q.kind in NEVER_PAIRED for q in out):
                continue  # "Airflow 2 in three months": a version, and a span of time, no share
            if m.group(2) == "in" and 1950 <= whole <= 2100:
                continue  # "4 in 2023": a count in a year, no share
            if 0 < part < whole:
                out = [q for q in out if not m.start() <= q.start < m.end()]
                out.append(Quantity("percent", 100.0 * part / whole, m.start(), m.end(), True))
                out.sort(key=_START)
    if len(out) > 1:
        out.extend(number_pairs(text, out, unitless, kn.reverse_transitions, kn.settings, kn.change_verbs, kn.sweep_verbs))
        out.extend(now_only_pairs(words, starts, out, kn))
    if _QUOTES.search(text):
        for m in _QUALITATIVE.finditer(text):
            out.append(Quantity("qualitative", 0.0, m.start(), m.end(), False))
    return out


_NO_SHARE = frozenset({"effort", "compute"})
_SPANS = frozenset({"longtime", "tenure"})


__all__ = ["Quantity", "find_quantities"]
