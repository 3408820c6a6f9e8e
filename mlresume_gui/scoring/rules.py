"""The bullet flags of SPEC §4, each a small rule over :class:`Features`.

Each rule returns a :class:`Raised` (code, span, details) or None; :mod:`.advice` turns it into
plain words. The rules read word classes from the knowledge tables, never hard-coded vocabulary.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from .features import Features, is_nameish

_QUOTED = re.compile(r"[\"“]([^\"”]{3,80})[\"”]")
_JOINERS = re.compile(r"[\s\-–&:'’]*")
# Words that end a descriptive competition name read backwards from "competition".
_NAME_STOP = frozenset(("a", "an", "the", "in", "of", "on", "for", "at", "and", "with", "my", "our", "two", "three",
                        "several", "multiple", "many", "some", "various", "specific", "major", "popular", "recent",
                        "public", "private", "big", "top"))
_YEAR = re.compile(r"(?:19|20)\d\d")
# placement words that state a placement without a number
_PLACED = frozenset(("gold", "silver", "bronze", "winner", "won", "first place", "second place", "third place",
                     "runner-up", "runner up", "champion", "podium"))
_LIST_SPLIT = re.compile(r",|/|;|&|\band\b")
_TOOL_WORDS = re.compile(r"tool|technolog|framework|librar|language", re.I)
_new = tuple.__new__  # a named tuple built without its Python-level __new__


class Raised(NamedTuple):
    """A rule that fired: its code, the span it concerns and what it found missing or present."""

    code: str
    start: int
    end: int
    detail: tuple[str, ...] = ()


def _whole(f: Features) -> tuple[int, int]:
    return 0, len(f.text)


def _span(hits: list) -> tuple[int, int]:
    return min(h.start for h in hits), max(h.end for h in hits)


def weak_verb(f: Features) -> Raised | None:
    if f.opener != "weak":
        return None
    s, e = f.opener_span
    return Raised("weak-verb", s, e, (f.text[s:e],))


def _specific_things(f: Features) -> bool:
    tags = f.tags
    if tags.isdisjoint(_SPECIFIC):
        return False
    if "area" not in tags:
        return True
    # a broad area ("many ideas in representation learning", "approaches to NLP") is not specific
    return any("area" not in h.tags and (h.skill or not h.tags.isdisjoint(_SPECIFIC)) for h in f.hits)


def vague(f: Features) -> Raised | None:
    if f.has_result or _specific_things(f) or not _COUNTED.isdisjoint(f.kinds):
        return None
    return Raised("vague", *_whole(f))


def no_metric(f: Features) -> Raised | None:
    if f.has_result:
        return None
    return Raised("no-metric", *_whole(f))


def tutorial(f: Features) -> Raised | None:
    tags = f.tags
    if _TUTORIAL.isdisjoint(tags) and "tut_copy" not in tags:
        return None
    # a marker glued to the word before it is part of a compound noun ("a ticket-assignment model")
    # a platform named as the product's domain ("a course recommender for a MOOC platform") was not followed
    domain = {h.first for h in f.spans("tut_domain")}
    content = {h.last for h in f.spans("tut_content")}  # "recommended articles": what the product serves
    markers = [h for h in f.spans("tut_plat") + f.spans("tut_course")
               if f.text[h.start - 1 : h.start] != "-" and h.last + 1 not in domain]
    consume = [c for c in f.spans("tut_consume") if not _others_did(f, c.start)]
    follow = f.spans("tut_from")
    for h in f.spans("tut_mat"):
        if f.text[h.start - 1 : h.start] == "-" or h.last + 1 in domain or h.first - 1 in content:
            continue  # "a course-recommendation model", "from course enrolment data", "recommended articles"
        # followed as named before it ("by working through the tutorial") or after it ("from a
        # Medium article step by step", "a video line for line"), or taken from it ("from a video course")
        if (any(0 <= _words_between(f, c.first, h.first) <= 8 and c.end <= h.start for c in consume)
                or any(0 < c.first - h.last <= 3 and not ("tut_manner" in c.tags and "-" in f.text[c.start : c.end])
                       for c in consume)  # "into step-by-step labs": an adjective of something else
                or any(0 < h.first - c.first <= 7 and c.end <= h.start for c in follow)):
            markers.append(h)
    # followed, then copied ("by following The Annotated Transformer line by line"): whatever the material
    markers += [h for h in f.spans("tut_copy")
                if any(c.end <= h.start and 0 < h.first - c.first <= _COPY_REACH
                       and not _CLAUSE_MARKS.intersection(f.text[c.end : h.start]) for c in f.spans("tut_copied"))]
    if markers and f.has_outcome and all(f.norms[h.first] in _CAPSTONE for h in markers) and not any(
            f.norms[h.first] not in _CAPSTONE and not h.tags.isdisjoint(_LEARNING) for h in f.hits):
        # "Capstone project: a bird-call classifier ..., 88% top-1": one's own project with its result,
        # no course named or followed ("Deployed my capstone model to Heroku" stays coursework)
        markers = []
    if not markers:
        return None
    went_on = not tags.isdisjoint(_WENT_ON) or not _ADOPTED.isdisjoint(q.kind for q in f.results)
    if went_on and f.has_outcome and all(not _COURSE.isdisjoint(h.tags) for h in markers):
        # "built as a course project, it went on to run in production for 2M subscribers", "turned a
        # fast.ai course project into a detector now used by 3,000 farmers": the course was the start
        return None
    first = min(markers, key=lambda h: h.start)
    before = [c for c in consume if c.end <= first.start]
    authors = [a for a in f.spans("tut_author") if a.end <= first.start]
    if authors and not any(c.start > authors[0].start and "tut_manner" not in c.tags for c in before):
        return None  # the person wrote or taught the material
    start = min([first.start, *(c.start for c in before if first.first - c.first <= 8)])
    end = max(h.end for h in markers)
    return Raised("tutorial", start, end, (f.text[start:end],))


_CAPSTONE = frozenset(("capstone",))  # a project of one's own unless a course, platform or verb of learning goes with it
_LEARNING = frozenset(("tut_plat", "tut_mat", "tut_course", "tut_consume", "tut_guide"))
_ADOPTED = frozenset(("users", "count", "reach"))  # results that say the work went on to be used
# what coursework went on to: a launch, an adoption ("was adopted by a transplant centre"), a paper
_WENT_ON = frozenset(("ship", "reach_top", "comp_led_to", "venue"))
_COURSE = frozenset(("tut_course", "tut_plat"))


def _words_between(f: Features, a: int, b: int) -> int:
    """Words from word ``a`` to word ``b``, a quoted title and a hyphenated compound each counting as
    one ("Completed NVIDIA's 'Fundamentals of Accelerated Computing' course", "the 60-minute blitz tutorial")."""
    if b - a <= 8:
        return b - a
    text, starts, ends = f.text, f.starts, f.ends
    glued = sum(1 for k in range(a + 1, b) if text[ends[k - 1] : starts[k]] == "-")  # "60-minute": one word
    inside = sum(1 for m in _TITLE.finditer(text, starts[a], starts[b])
                 for k in range(a, b) if m.start() < starts[k] < m.end())
    return b - a - glued - (inside - 1 if inside else 0)


_TITLE = re.compile(r"(?<!\w)[\"“'‘]([^\"”'’]{3,80})[\"”'’](?!\w)")  # a possessive "'s" opens none


def _others_did(f: Features, start: int) -> bool:
    """A count of people right before a verb of learning at ``start``: they learnt from the work
    ("300 students worked through it"), the person did not."""
    return any(q.kind in _PEOPLE_KINDS and 0 <= start - q.end <= 2 for q in f.quantities)


_PEOPLE_KINDS = frozenset(("audience", "users", "count", "reach"))


def _has_name(f: Features, context: str) -> bool:
    if context.strip() or _QUOTED.search(f.text) or "comp_series" in f.tags:  # "the KDD Cup 2023": a name
        return True
    skip = {i for h in f.hits if h.skill or h.tags & {"not_name", "comp", "place", "model", "tech", "field"}
            for i in range(h.first, h.last + 1)}
    # a capitalised placement word after a capitalised name word ends a title ("the Feedback Prize")
    for h in f.spans("place"):
        k = h.first
        if (k > 1 and k - 1 not in skip and h.first == h.last and f.text[h.start].isupper()
                and f.text[f.starts[k - 1]].isupper()):
            skip.discard(k)
    comp_first = {h.first for h in f.spans("comp")}
    norms = f.norms
    # a word that names a task is part of a descriptive name even when it can name a placement
    # ("a Kaggle ranking competition")
    frame = {i for h in f.hits if h.tags & {"not_name", "comp", "place", "field"}
             and not ("task" in h.tags and h.tags.isdisjoint(("comp", "not_name"))) for i in range(h.first, h.last + 1)}
    # a descriptive name ("a retail demand forecasting competition") places the entry once the field's
    # size is given ("4th of 2,100 teams in ...") or it names a data set ("the nuScenes detection
    # leaderboard"); without either, "a data-science hackathon" names nothing
    described = "field" in f.kinds or "dataset" in f.tags
    for first in comp_first if described else ():
        k = first
        named = 0  # words of the name ("the BioASQ 2024 challenge": its year is part of it, but no name alone)
        while (k > 0 and k - 1 not in frame and norms[k - 1] not in _NAME_STOP
               and (not norms[k - 1][0].isdigit() or _YEAR.fullmatch(norms[k - 1]))
               and "[" not in f.text[f.starts[k - 1] - 1 : f.starts[k]]):
            k -= 1
            named += not norms[k][0].isdigit()
        if named >= 1:
            return True
    run = 0
    prev_end = -1
    # "a NeurIPS competition": a venue after an indefinite article says where, not which one
    hosted = {h.first for h in f.hits if "venue" in h.tags and h.first > 0 and f.norms[h.first - 1] in ("a", "an")}
    for i, tok in enumerate(f.tokens):
        word = f.text[tok.start : tok.end]
        cap = i > 0 and i not in skip and i not in hosted and (
            word[0].isupper() or (word[0].isdigit() and any(c.isalpha() for c in word)))
        joined = prev_end >= 0 and _JOINERS.fullmatch(f.text[prev_end : tok.start]) is not None
        if cap:
            run = run + 1 if joined and run else 1
            if run >= 2:
                return True
            if i + 1 in comp_first:
                return True
        else:
            run = 0
        prev_end = tok.end
    return False


def kaggle_no_context(f: Features, context: str = "") -> Raised | None:
    comp = f.spans("comp")
    if not comp:
        return None
    kinds = f.kinds
    placement = "placement" in kinds or f.has("place")
    if f.has("comp_org") and not placement:
        return None
    # "Kaggle", "Kaggle Master", "Zindi Grandmaster": a platform named, with or without its title
    named_platform = any(f.text[h.start : h.end].lower().split()[0] in _PLATFORMS for h in comp)
    if not (placement or named_platform):
        return None
    if not placement and len(comp) == 1 and "comp_thing" in f.tags:
        things = {a for a, _b, e in f.found if "comp_thing" in e.keys}
        if comp[0].last + 1 in things:
            return None  # "a Kaggle dataset of 90K images", "a Kaggle blog post": a source, no entry
    titles = {h.start for h in comp + f.spans("place")}
    # "2x Grandmaster", "3x gold medalist": how many times a title was won, no multiplier of a result
    results = [q for q in f.results if not (q.kind == "fold" and q.end + 1 in titles)]
    # "two ended with bronze": how many entries placed is part of the claim, not what it led to
    results = [q for q in results if not (q.kind == "count" and any(0 <= h.start - q.end <= _PLACED_REACH
                                                                    for h in f.spans("place")))]
    if placement and (not _PLACE_KINDS.issuperset(q.kind for q in results) or f.has("comp_led_to")):
        return None  # "won the hackathon with a prototype now used by 200 lawyers": what it led to is context
    named = _has_name(f, context)
    if named and not named_platform and all(f.norms[h.first] == "leaderboard" for h in comp):
        return None  # a rank on a named benchmark's leaderboard is a result, not a competition entry
    missing: list[str] = []
    if not named:
        missing.append("name")
    if "placement" not in kinds and not any(f.text[h.start : h.end].lower() in _PLACED for h in f.spans("place")):
        missing.append("placement")
    # the approach: a model, technique or tool; a skill that names the task ("Forecasting") is not one
    if not (f.has("model") or f.has("tech") or f.has("approach")
            or any(e.skill and "task" not in e.tags for _a, _b, e in f.found) or _named_approach(f)):
        missing.append("approach")
    if not missing:
        return None
    s, e = _span(comp + f.spans("place"))
    return Raised("kaggle-no-context", s, e, tuple(missing))


def _named_approach(f: Features) -> bool:
    """A name written after "with", "using" or "via" ("with a lightweight nnU-Net variant"): the
    approach, even when no table knows it."""
    return any(is_nameish(w.strip(_PUNCT)) for m in _APPROACH_AFTER.finditer(f.text) for w in m.group(1).split())


# up to four words after "with", "using" or "via", as written ("with a lightweight nnU-Net variant")
_APPROACH_AFTER = re.compile(r"\b(?:with|using|via)\b((?:\s+[^\s,;]+){1,4})", re.I)
_PUNCT = ".,;:()[]\"'“”"


def buzzword_stack(f: Features) -> Raised | None:
    buzz = f.spans("buzz")
    selfc = f.spans("self")
    models = f.count("model")
    if len(buzz) + len(f.skills) + models + bool(selfc) < 3 and "non_outcome" not in f.kinds and f.text.count(",") < 4:
        return None
    distinct = {f.text[h.start : h.end].lower() for h in buzz}
    n = len(distinct)
    tools = len(f.skills) + models
    tool_count = any(q.kind == "non_outcome" and _TOOL_WORDS.search(f.text[q.start : q.end + 14]) for q in f.quantities)
    outcome = f.has_outcome
    commas = f.text.count(",") + f.text.count("/")
    items = [x for x in _LIST_SPLIT.split(f.text) if x.strip()]
    listy = len(items) >= 6 and sum(1 for x in items if len(x.split()) <= 3) >= len(items) - 1
    fired = (
        (listy and not outcome and (bool(selfc) or tools >= 2))  # a bare list of tools
        or (n >= 3 and not outcome)
        or (n >= 3 and bool(selfc))
        or (n >= 2 and bool(selfc) and not outcome)  # "Thought leader in agentic AI and foundation models"
        or (n >= 5 and n / max(1, f.words) > 0.4)
        or (tools + n >= 5 and commas >= 3 and not outcome)
        or (tool_count and tools + n >= 3)
    )
    if not fired:
        return None
    hits = buzz + selfc + [h for h in f.hits if h.skill]
    s, e = _span(hits) if hits else (0, len(f.text))
    return Raised("buzzword-stack", s, e, tuple(sorted(distinct)))


def llm_unspecific(f: Features) -> Raised | None:
    # "Agents now resolve billing calls": agents opening the bullet are people ("support agents" are a
    # phrase of their own), not LLM agents
    llm = [h for h in f.spans("llm") if not (h.first == h.last == 0 and f.norms[0].startswith("agent"))]
    if not llm:
        return None
    named_model = f.has("model") and any(f.norms[h.first] not in _GENERIC_MODELS or h.first != h.last - 1
                                         for h in f.spans("model"))  # "language models" name none
    # "Evaluated language models on internal tasks": the verb names no evaluation; "LLM evaluation" does
    evaluated = f.has("eval") and any(f.norms[h.first] not in _EVAL_VERBS for h in f.spans("eval"))
    if f.has_result or named_model or f.has("dataset") or evaluated:
        return None
    if "rl" in f.tags and all(f.norms[h.first].startswith("agent") for h in llm):
        return None  # "a PPO agent for warehouse robots": reinforcement learning, not LLM work
    return Raised("llm-unspecific", *_span(llm))


def unanchored_percent(f: Features) -> Raised | None:
    if "percent" not in f.kinds:
        return None
    if "before_after" in f.kinds or f.has("anchor") or f.has("dataset"):
        return None
    for q in f.quantities:
        if q.kind == "percent":
            return Raised("unanchored-percent", q.start, q.end, (f.text[q.start : q.end].strip(),))
    return None


RULES = (weak_verb, vague, no_metric, tutorial, buzzword_stack, llm_unspecific, unanchored_percent)


_SPECIFIC = frozenset(("skill", "model", "tech", "task", "dataset", "named"))
# Counted things make a bullet concrete even when they are effort, not results ("6 eviction policies").
_COUNTED = frozenset(("effort", "compute", "model_size", "fleet"))
_TUTORIAL = frozenset(("tut_plat", "tut_course", "tut_mat", "tut_guide"))
_TEACH = frozenset(("teach_role", "teach_verb"))
_EVAL_VERBS = frozenset(("evaluated", "evaluating", "benchmarked", "benchmarking"))
_GENERIC_MODELS = frozenset(("language", "foundation"))  # "language model(s)", "foundation model(s)"
_CLAUSE_MARKS = frozenset(",;:()")  # a clause ends between what was followed and how it was copied
_COPY_REACH = 10  # words from a consume word to a way of copying ("following the official notebook line by line")
_TEACH_REACH = 9  # words from a teaching verb to what was taught ("Lectured the optimisation module")
_PLATFORMS = frozenset(("kaggle", "drivendata", "aicrowd", "zindi"))
_PLACED_REACH = 16  # characters from a count to its placement ("two ended with bronze")
_PLACE_KINDS = frozenset(("placement", "field", "effort", "non_outcome", "year", "version", "data", "users"))


def _opens_with_role(f: Features) -> bool:
    """The bullet names a teaching role first ("Head TA for the graduate deep learning course"): a
    role, not work that should state its result (its missing outcome is a note, not a flag)."""
    if "teach_role" in f.tags and any(e.tags and "teach_role" in e.tags and a <= 1 and _role_ends(f, b)
                                      for a, b, e in f.found[:2]):
        return True
    # "Taught the graduate seminar on causal inference": a teaching verb first, then what was taught
    return ("teach_verb" in f.tags and "teach_subject" in f.tags and bool(f.found) and f.found[0][0] == 0
            and "teach_verb" in f.found[0][2].keys
            and any("teach_subject" in e.keys and a <= _TEACH_REACH for a, _b, e in f.found))


def _role_ends(f: Features, last: int) -> bool:
    """The role's last word ``last`` ends the bullet or a preposition or a mark follows it ("Head TA
    for", "Teaching assistant, CS229"); "Speaker diarization model" names no role."""
    if last + 1 >= len(f.norms):
        return True
    gap = f.text[f.ends[last] : f.starts[last + 1]].strip()
    return f.norms[last + 1] in _ROLE_NEXT if not gap else gap != "-"  # "Mentor-led": a compound


_ROLE_NEXT = frozenset(("for", "at", "of", "in", "on", "to", "and", "with", "since", "during", "from"))


def raise_all(f: Features, context: str = "") -> list[Raised]:
    """Every rule that fires on ``f``, in a stable order (that of RULES, the competition rule
    fourth): each rule is only called when the tags it needs are there."""
    out = []
    tags = f.tags
    if f.opener == "weak":
        out.append(weak_verb(f))  # type: ignore[arg-type]
    if not f.has_result and not (not tags.isdisjoint(_TEACH) and _opens_with_role(f)):
        if _COUNTED.isdisjoint(f.kinds) and not _specific_things(f):
            out.append(_new(Raised, ("vague", 0, len(f.text), ())))
        out.append(_new(Raised, ("no-metric", 0, len(f.text), ())))
    if not tags.isdisjoint(_TUTORIAL) or "tut_copy" in tags:
        r = tutorial(f)
        if r is not None:
            out.append(r)
    if ("buzz" in tags or "non_outcome" in f.kinds or "self" in tags or f.text.count(",") >= 4
            or len(f.skills) + ("model" in tags and f.count("model")) >= 3):
        r = buzzword_stack(f)
        if r is not None:
            out.append(r)
    if "llm" in tags:
        r = llm_unspecific(f)
        if r is not None:
            out.append(r)
    if "percent" in f.kinds:
        r = unanchored_percent(f)
        if r is not None:
            out.append(r)
    if "comp" in tags:
        k = kaggle_no_context(f, context)
        if k is not None:
            out.insert(3, k)
    return out
