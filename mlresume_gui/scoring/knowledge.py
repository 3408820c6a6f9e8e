"""The knowledge tables of ``resources/knowledge/*.toml``, loaded once into read-only lookups.

A maintainer edits the TOML files; nothing here holds domain vocabulary. :func:`knowledge`
returns the one shared :class:`Knowledge` (built by :func:`load_knowledge`);
:func:`.scorer.reload` rereads the files and starts a new shared scorer.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any, NamedTuple

from ..resources import resource
from .numbers import Amounts, NumberWords, build_amounts, build_number_words
from .text import PhraseTable, key_set, phrase_key

ARCHETYPES = ("research", "infra", "applied")


class Entry(NamedTuple):
    """What a phrase means: boolean tags, the skill it names, archetype signal weights.

    A named tuple, so that the scorer reads its fields with C-level item getters.
    """

    tags: frozenset[str] = frozenset()
    skill: str | None = None
    signals: tuple[tuple[str, float], ...] = ()
    keys: tuple[str, ...] = ()  # the tags, plus "skill" when the phrase names a skill
    tech: bool = False  # names a skill or a model (a number right after it is a version)


@dataclass
class Knowledge:
    """Every table the scorer reads, built from the TOML files."""

    lexicon: PhraseTable = field(default_factory=PhraseTable)
    skill_exact: dict[tuple[str, ...], str] = field(default_factory=dict)
    skill_names: dict[str, str] = field(default_factory=dict)  # lower-case canonical -> canonical
    archetypes: dict[str, dict[str, tuple[str, ...]]] = field(default_factory=dict)
    labels: dict[str, str] = field(default_factory=dict)
    weak_verbs: PhraseTable = field(default_factory=PhraseTable)
    units: PhraseTable = field(default_factory=PhraseTable)
    magnitude: dict[str, float] = field(default_factory=dict)
    result_kinds: frozenset[str] = frozenset()
    outcome_time_before: frozenset[tuple[str, ...]] = frozenset()
    qualifiers: frozenset[str] = frozenset()  # "about", "roughly": read past them before a number
    bound_before: frozenset[tuple[str, ...]] = frozenset()  # "more than": a bound, outcome when negated
    negations: frozenset[str] = frozenset()  # "no", "never": what negates a bound
    period_hours: dict[str, float] = field(default_factory=dict)  # "weekly": 168, "month": 730
    field_before: frozenset[tuple[str, ...]] = frozenset()
    field_nouns: frozenset[str] = frozenset()  # what a competition's field is counted in ("teams")
    adoption: frozenset[tuple[str, ...]] = frozenset()
    adoption_strict: frozenset[tuple[str, ...]] = frozenset()
    adoption_people: frozenset[tuple[str, ...]] = frozenset()  # adoption, and "to" before people or teams
    transitions: frozenset[str] = frozenset()
    reverse_transitions: tuple[str, ...] = ()
    rate_words: frozenset[str] = frozenset()
    scope_words: frozenset[str] = frozenset()
    vague_amounts: frozenset[str] = frozenset()
    # joins of an after-then-before in words: True, or "habit" when a verb and its object may follow
    reverse_keys: PhraseTable = field(default_factory=PhraseTable)
    time_words: frozenset[tuple[str, ...]] = frozenset()  # spans of time without a number ("overnight")
    saving_verbs: frozenset[str] = frozenset()  # "saves agents about 7 minutes": time saved
    then_verbs: frozenset[str] = frozenset()  # "took a full afternoon ... now"
    now_words: frozenset[str] = frozenset()
    plain_acronyms: frozenset[str] = frozenset()  # "KPI", "EU": written as names, but name nothing specific
    company_openers: frozenset[str] = frozenset()  # "working": "Working with the team, shipped ..." is no weak opener
    capacity_openers: frozenset[str] = frozenset()  # "handled": before a number, what a system took
    enabling_verbs: frozenset[str] = frozenset()  # "helped": weak, unless a count of people it enabled follows
    work_nouns: frozenset[str] = frozenset()  # "models", "experiments": a large count of them is still effort
    learner_words: frozenset[str] = frozenset()  # "students": people taught, an audience, not product users
    data_least: float = 0.0  # fewer items of data than this are things used, no scale ("4 SKUs")
    share_verbs: frozenset[str] = frozenset()  # "wrote": before "60% of the code", a share of the work
    share_nouns: frozenset[str] = frozenset()  # "code", "commits": what such a share is of
    failure_habits: frozenset[str] = frozenset()  # "would", "kept": before a failure, a habit of it
    failure_verbs: frozenset[str] = frozenset()  # "crashed", "preempted": what a habit of failing did
    failure_stops: frozenset[str] = frozenset()  # "stopped": before a failure, the failure ended
    failure_recur: frozenset[str] = frozenset()  # "happening": after "stopped", the failure may lie further back
    change_words: frozenset[str] = frozenset()  # a throughput or latency with one is an outcome
    sota_on: frozenset[str] = frozenset()  # "benchmark": a best-result claim measured on something
    margin_words: frozenset[str] = frozenset()  # a bare number with one after it is a margin ("2.3 above")
    frequency_words: frozenset[str] = frozenset()  # "weekly": a span of time after "from" only
    settings: frozenset[str] = frozenset()  # "ranks", "sizes": a range of them swept is no before→after
    sample_nouns: frozenset[str] = frozenset()  # "slice", "sample": after a percentage, a part of the data
    telling_verbs: frozenset[str] = frozenset()  # "presented": a count of people after one is whom one told
    holding_verbs: frozenset[str] = frozenset()  # "holds", "hosts": before a count of things, what a system keeps
    time_of_work: frozenset[str] = frozenset()  # "experience": after "3 years of", a span of work, no data
    result_words: frozenset[str] = frozenset()  # "now", "fell": words of a result, read or not
    making_verbs: frozenset[str] = frozenset()  # "writing", "labelled": a count after one is what was made
    sweep_verbs: frozenset[str] = frozenset()  # "sweeping", "varying": a range tried, no before→after
    change_verbs: frozenset[str] = frozenset()  # the change words that are verbs ("cut", "reduced")
    caught_verbs: frozenset[str] = frozenset()  # "caught", "blocked": a count right after one is an outcome
    caught_qualifiers: frozenset[str] = frozenset()  # "over", "about": between such a verb and its count
    finding_words: frozenset[str] = frozenset()  # "showed", "found": "6 of 8 models" after one is a share
    single_step: frozenset[str] = frozenset()  # "one", "single": a step that replaced a span of time
    duration_fillers: frozenset[str] = frozenset()  # words inside a worded duration ("the whole", "a full")
    effort_max_unknown: float = 1000.0
    number_words: NumberWords | None = None
    amounts: Amounts | None = None
    quantity_signals: dict[str, dict[str, float]] = field(default_factory=dict)
    tag_signals: dict[str, dict[str, float]] = field(default_factory=dict)
    venues_main: dict[tuple[str, ...], str] = field(default_factory=dict)
    workshop_markers: frozenset[tuple[str, ...]] = frozenset()
    non_peer_reviewed: frozenset[tuple[str, ...]] = frozenset()
    venue_themes: dict[str, str] = field(default_factory=dict)
    themes: PhraseTable = field(default_factory=PhraseTable)
    weights: dict[str, dict[str, float]] = field(default_factory=dict)
    penalties: dict[str, Any] = field(default_factory=dict)
    severity: dict[str, str] = field(default_factory=dict)
    venue_signal: dict[str, float] = field(default_factory=dict)
    length: dict[str, float] = field(default_factory=dict)
    scale_reference: dict[str, dict[str, float]] = field(default_factory=dict)
    resume: dict[str, float] = field(default_factory=dict)
    buzzwords: frozenset[tuple[str, ...]] = frozenset()
    model_nouns: frozenset[str] = frozenset()
    title_stopwords: frozenset[str] = frozenset()  # "learning", "model": too common to tie papers together
    cased_venues: frozenset[str] = frozenset()  # "science", "nature": venues only when capitalised
    metric_names: frozenset[str] = frozenset()  # "fid", "bleu": a number after one is the score reached
    metric_names_cased: frozenset[str] = frozenset()  # "map", "em": scores only when capitalised
    ml_words: frozenset[str] = frozenset()  # "model", "inference": a deployment of machine learning
    verb_strength: dict[str, float] = field(default_factory=dict)
    outcome_grade: dict[str, float] = field(default_factory=dict)
    fit_weights: dict[str, float] = field(default_factory=dict)
    outcome_gate: dict[str, float] = field(default_factory=dict)
    explain: dict[str, float] = field(default_factory=dict)


def _load(name: str) -> dict[str, Any]:
    path: Path = resource("knowledge", name)
    with path.open("rb") as fh:
        return tomllib.load(fh)


class _Builder:
    """Collects phrase meanings from several tables into one lexicon."""

    def __init__(self) -> None:
        self.tags: dict[tuple[str, ...], set[str]] = {}
        self.skill: dict[tuple[str, ...], str] = {}
        self.signals: dict[tuple[str, ...], dict[str, float]] = {}

    def tag(self, phrases: list[str], tag: str) -> None:
        for p in phrases:
            k = phrase_key(p)
            if k:
                self.tags.setdefault(k, set()).add(tag)

    def build(self) -> PhraseTable:
        keys = set(self.tags) | set(self.skill) | set(self.signals)
        table: PhraseTable = PhraseTable()
        for k in keys:
            sig = self.signals.get(k, {})
            tags = frozenset(self.tags.get(k, ()))
            skill = self.skill.get(k)
            keys = tuple(sorted(tags)) + (("skill",) if skill else ())
            table[k] = Entry(tags, skill, tuple(sig.items()), keys, bool(skill) or "model" in tags)
        table.freeze()
        return table


def _single_words(phrases: list[str]) -> frozenset[str]:
    """The one-word phrases of a list, as normalised words (longer phrases are dropped)."""
    return frozenset(k[0] for k in key_set(phrases) if len(k) == 1)


def load_knowledge() -> Knowledge:
    """Read every table of ``resources/knowledge`` into a new :class:`Knowledge`."""
    kn = Knowledge()
    b = _Builder()

    skills = _load("skills.toml")
    exact_only = key_set(skills.get("exact_only", {}).get("names", []))
    for canonical, aliases in skills["synonyms"].items():
        kn.skill_names[canonical.lower()] = canonical
        for name in (canonical, *aliases):
            k = phrase_key(name)
            if not k:
                continue
            kn.skill_exact[k] = canonical
            if k not in exact_only:
                b.skill[k] = canonical
                b.tags.setdefault(k, set()).add("skilltag")

    arch = _load("archetypes.toml")
    for a in ARCHETYPES:
        kn.labels[a] = arch[a].get("label", a)
        cats = {c: tuple(items) for c, items in arch[a]["categories"].items()}
        kn.archetypes[a] = cats
        for items in cats.values():
            for item in items:  # items without a synonyms entry still match themselves
                k = phrase_key(item)
                kn.skill_names.setdefault(item.lower(), item)
                kn.skill_exact.setdefault(k, item)
                if k not in exact_only and k not in b.skill:
                    b.skill[k] = item
                    b.tags.setdefault(k, set()).add("skilltag")

    buzz = _load("buzzwords.toml")
    b.tag(buzz["buzzwords"], "buzz")
    b.tag(buzz["self_claims"], "self")
    b.tag(buzz["generic"], "generic")
    b.tag(buzz.get("areas", []), "area")
    kn.buzzwords = key_set(buzz["buzzwords"])

    markers = _load("markers.toml")
    tut = markers["tutorial"]
    b.tag(tut["material"], "tut_mat")
    b.tag(tut["platforms"], "tut_plat")
    b.tag(tut["consume"], "tut_consume")
    b.tag(tut.get("copying", []), "tut_copy")
    b.tag(tut.get("copied_from", []), "tut_copied")
    b.tag(tut["author"], "tut_author")
    b.tag(tut.get("teaching_roles", []), "tut_author")
    b.tag(tut.get("teaching_roles", []), "teach_role")
    b.tag(tut.get("service_roles", []), "teach_role")  # a role stated first, as a teaching role is
    b.tag(tut.get("teaching_verbs", []), "teach_verb")
    b.tag(tut.get("teaching_subjects", []), "teach_subject")
    b.tag(tut.get("manner", []), "tut_manner")
    b.tag(tut.get("guides", []), "tut_guide")
    b.tag(tut.get("guides", []), "tut_mat")  # a guide is learning material too ("by following a blog tutorial")
    b.tag(tut.get("follow_from", []), "tut_from")
    b.tag(tut.get("coursework", []), "tut_course")
    b.tag(tut.get("domain_heads", []), "tut_domain")
    b.tag(tut.get("content_words", []), "tut_content")  # "recommended articles": content, not material
    comp = markers["competition"]
    b.tag(comp["words"], "comp")
    b.tag(comp.get("series", []), "comp_series")
    b.tag(comp["placement"], "place")
    b.tag(comp.get("placed", []), "placed")
    b.tag(comp.get("not_placement", []), "not_name")  # the longer phrase hides its placement word
    b.tag(comp["field"], "field")
    kn.field_nouns = _single_words(comp["field"])
    b.tag(comp["organize"], "comp_org")
    b.tag(comp.get("platform_things", []), "comp_thing")
    b.tag(comp.get("approach", []), "approach")
    b.tag(comp.get("led_to", []), "comp_led_to")
    b.tag(comp["not_names"], "not_name")
    b.tag(markers["llm"]["words"], "llm")
    b.tag(markers["llm"].get("rl_context", []), "rl")
    b.tag(markers["llm"].get("people_agents", []), "people")
    b.tag(markers["llm"]["models"], "model")
    spec = markers["specific"]
    b.tag(spec["datasets"], "dataset")
    kn.plain_acronyms = frozenset(w.lower() for w in spec.get("plain_acronyms", []))
    b.tag(spec.get("data_nouns", []), "datanoun")
    b.tag(spec["evaluation"], "eval")
    kn.metric_names = _single_words(spec.get("metric_names", []))
    kn.metric_names_cased = _single_words(spec.get("metric_names_cased", []))
    b.tag(spec["tasks"], "task")
    b.tag(spec.get("measures", []), "measure")
    b.tag(spec["techniques"], "tech")
    b.tag(markers.get("research", {}).get("sota", []), "sota")
    b.tag(markers.get("research", {}).get("pending", []), "pending")
    kn.sota_on = _single_words(markers.get("research", {}).get("sota_on", []))
    b.tag(markers["shipping"]["words"], "ship")
    b.tag(markers["shipping"].get("launch", []), "launch")
    b.tag(markers["shipping"]["ownership"], "own")
    b.tag(markers["anchors"]["words"], "anchor")
    kn.adoption = key_set(markers["adoption"]["words"])
    kn.adoption_people = kn.adoption | key_set(markers["adoption"].get("people", []))
    b.tag(markers["adoption"].get("superlatives", []), "reach_top")
    b.tag(markers["adoption"].get("in_words", []), "reach_top")
    kn.adoption_strict = key_set(markers["adoption"].get("strict", []))
    kn.model_nouns = _single_words(markers["model_nouns"]["words"])
    kn.ml_words = _single_words(markers["model_nouns"].get("ml_words", []))

    signals = _load("signals.toml")
    for a in ARCHETYPES:
        for phrase, w in signals.get(a, {}).items():
            k = phrase_key(phrase)
            if k:
                b.signals.setdefault(k, {})[a] = float(w)
    kn.quantity_signals = {k: {a: float(w) for a, w in v.items()} for k, v in signals.get("quantity_kinds", {}).items()}
    kn.tag_signals = {k: {a: float(w) for a, w in v.items()} for k, v in signals.get("tag_kinds", {}).items()}

    venues = _load("venues.toml")
    for v in venues["main"]:
        kn.venues_main[phrase_key(v)] = v
        if len(v) >= 4 or v in ("ACL", "KDD", "UAI", "ICML", "CVPR"):
            b.tag([v], "venue")
    kn.cased_venues = _single_words(venues.get("cased", []))
    kn.title_stopwords = _single_words(venues.get("title_stopwords", []))
    kn.workshop_markers = key_set(venues["workshop_markers"])
    kn.non_peer_reviewed = key_set(venues["non_peer_reviewed"])
    kn.venue_themes = {phrase_key(k)[0]: v for k, v in venues.get("venue_themes", {}).items()}
    theme_table: PhraseTable = PhraseTable()
    for theme, words in venues.get("themes", {}).items():
        for w in words:
            k = phrase_key(w)
            if k:
                theme_table.setdefault(k, set()).add(theme)
    theme_table.freeze()
    kn.themes = theme_table

    verbs = _load("verbs.toml")
    vt: PhraseTable = PhraseTable()
    for kind in ("strong", "modest", "weak"):  # weak last: it wins on a shared phrase
        for p in verbs[kind]:
            k = phrase_key(p)
            if k:
                vt[k] = kind
    vt.freeze()
    kn.weak_verbs = vt
    kn.company_openers = frozenset(k[0] for k in map(phrase_key, verbs.get("company", [])) if k)
    kn.capacity_openers = frozenset(k[0] for k in map(phrase_key, verbs.get("capacity", [])) if k)
    kn.enabling_verbs = frozenset(k[0] for k in map(phrase_key, verbs.get("enabling", [])) if k)

    q = _load("quantities.toml")
    kn.magnitude = {k: float(v) for k, v in q["magnitude"].items()}
    ut: PhraseTable = PhraseTable()
    for kind, words in q["units"].items():
        for w in words:
            k = phrase_key(w)
            if k and k not in ut:
                ut[k] = kind
    rd = q["reading"]
    for kind, listed in (("effort", "effort"), ("count", "outcome_nouns"), ("non_outcome", "non_outcome")):
        for w in rd.get(listed, []):  # later lists win over the unit kinds above
            k = phrase_key(w)
            if k:
                ut[k] = kind
    ut.freeze()
    kn.units = ut
    kn.result_kinds = frozenset(rd["result_kinds"])
    kn.outcome_time_before = key_set(rd["outcome_time_before"])
    kn.qualifiers = frozenset(rd.get("qualifiers", ()))
    kn.bound_before = key_set(rd.get("bound_before", []))
    kn.negations = frozenset(rd.get("negations", ()))
    kn.period_hours = {k: float(v) for k, v in rd.get("period_hours", {}).items()}
    kn.field_before = key_set(rd["field_before"])
    kn.transitions = frozenset(rd["transitions"])
    kn.reverse_transitions = tuple(sorted(rd.get("reverse_transitions", []), key=len, reverse=True))
    kn.rate_words = frozenset(rd.get("rate_words", []))
    kn.scope_words = frozenset(k[0] for k in key_set(rd.get("scope_words", [])))
    kn.vague_amounts = frozenset(k[0] for k in key_set(rd.get("vague_amounts", [])))
    kn.reverse_keys = PhraseTable({k: True for k in key_set(rd.get("worded_reverse", []))}
                                  | {k: "habit" for k in key_set(rd.get("habit_reverse", []))})
    kn.time_words = key_set(rd.get("time_words", []))
    for name in _READING_WORDS:  # one-word lists of [reading], each read into the field of its name
        setattr(kn, name, _single_words(rd.get(name, [])))
    kn.settings = frozenset(w.lower() for w in rd.get("settings", []))
    kn.sweep_verbs = frozenset(w.lower() for w in rd.get("sweep_verbs", []))
    kn.change_verbs = frozenset(w.lower() for w in rd.get("change_verbs", []))
    kn.effort_max_unknown = float(rd.get("effort_max_unknown", 1000))
    kn.data_least = float(rd.get("data_least", 0))
    kn.learner_words = frozenset(k[-1] for k in key_set(rd.get("learner_words", [])))
    kn.number_words = build_number_words(q.get("number_words", {}), phrase_key)
    kn.amounts = build_amounts(q.get("amounts", {}), phrase_key, kn.number_words.cardinal)
    b.tag(_qualified(rd["fold_words"], rd.get("fold_leads", []), rd.get("fold_qualifiers", [])), "fold")
    b.tag(rd.get("shrink_words", []), "fold")  # "down to seconds": a span of time that shrank, in words
    cardinals = q.get("number_words", {}).get("cardinal", {})
    b.tag([f"{w}fold" for w, v in cardinals.items() if v >= 2], "fold")  # "sixfold", "twentyfold"

    s = _load("scoring.toml")
    kn.weights = {a: {c: float(w) for c, w in s["weights"][a].items()} for a in ARCHETYPES}
    kn.penalties = s["penalties"]
    kn.severity = s["severity"]
    kn.venue_signal = {k: float(v) for k, v in s["venue_signal"].items()}
    kn.length = {k: float(v) for k, v in s["length"].items()}
    kn.scale_reference = {k: {kk: float(vv) for kk, vv in v.items()} for k, v in s["scale_reference"].items()}
    kn.resume = {k: float(v) for k, v in s["resume"].items()}
    kn.verb_strength = {k: float(v) for k, v in s["verb_strength"].items()}
    kn.outcome_grade = {k: float(v) for k, v in s["outcome_grade"].items()}
    kn.fit_weights = {k: float(v) for k, v in s["fit"].items()}
    kn.outcome_gate = {k: float(v) for k, v in s["outcome_gate"].items()}
    kn.explain = {k: float(v) for k, v in s["explain"].items()}

    kn.lexicon = b.build()
    return kn


# The one-word lists of quantities.toml's [reading] that land in the Knowledge field of the same name.
_READING_WORDS = ("result_words", "time_of_work", "holding_verbs", "telling_verbs", "saving_verbs", "then_verbs", "now_words", "share_verbs", "share_nouns",
                  "failure_habits", "failure_verbs", "failure_stops", "failure_recur", "change_words",
                  "margin_words", "frequency_words", "duration_fillers", "making_verbs", "sample_nouns",
                  "caught_verbs", "caught_qualifiers", "finding_words", "single_step", "work_nouns")


def _qualified(phrases: list[str], leads: list[str], qualifiers: list[str]) -> list[str]:
    """The fold phrases, and each one that opens with a lead word also with a qualifier after it
    ("by half" and "by nearly half", "to a third" and "to about a third")."""
    lead_set = {w.lower() for w in leads}
    out = list(phrases)
    for p in phrases:
        first, _, rest = p.partition(" ")
        if rest and first.lower() in lead_set:
            out += [f"{first} {q} {rest}" for q in qualifiers]
    return out


@cache
def knowledge() -> Knowledge:
    """The shared knowledge tables (loaded on first use)."""
    return load_knowledge()
