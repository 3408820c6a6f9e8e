"""Named variants of one base resume: which items each hides, in what order, for which target.

A variant holds only ids, never copies of text, so an edit to a bullet shows in every variant.
``Variant.order`` maps a key to an ordered list of ids:

- ``"sections"``: section keys (``"experience"``, ``"publications"``, ``"custom:<id>"`` ...);
- a section key: the ids of that section's entries;
- an entry id: the ids of that entry's bullets.

Ids a list leaves out keep their base order after the listed ones, so items added to the base
later appear in every variant. ``Variant.hidden`` holds ids of entries, bullets, profiles and
custom sections, or whole section keys.

Model layer: no scoring import here. ``create_research_and_applied`` takes the scorer as a callable.
"""

from __future__ import annotations

import dataclasses
import math
from collections.abc import Callable, Iterable
from typing import Any

from .document import ARCHETYPES, SECTION_TYPES, Publication, Resume, Variant
from .people import is_first_author

SECTIONS_KEY = "sections"

# What each archetype leads with (section keys; the summary always comes first).
LEAD_ORDER: dict[str, tuple[str, ...]] = {
    "research": ("publications", "education", "experience", "projects", "awards", "skills",
                 "competitions", "certificates", "volunteer", "languages", "interests",
                 "references"),
    "applied": ("experience", "projects", "skills", "education", "competitions", "publications",
                "awards", "certificates", "volunteer", "languages", "interests", "references"),
    "infra": ("experience", "projects", "skills", "education", "publications", "competitions",
              "certificates", "awards", "volunteer", "languages", "interests", "references"),
}

# Sections whose entries are reordered by their best bullet; experience, volunteering and
# education stay in the base (reverse-chronological) order.
_RANKED_ENTRY_SECTIONS = ("projects", "competitions")

BulletScorer = Callable[[str, str], Any]
"""``scorer(text, target)`` returning a number or an object with a numeric ``.score``."""


# -- lookup and editing helpers -----------------------------------------------------------------
def variant_names(resume: Resume) -> list[str]:
    """Names of the resume's variants, in their stored order."""
    return [v.name for v in resume.variants]


def find_variant(resume: Resume, name: str) -> Variant | None:
    """The variant called ``name`` (case-insensitive, surrounding spaces ignored), if any."""
    key = name.strip().casefold()
    for v in resume.variants:
        if v.name.strip().casefold() == key:
            return v
    return None


def get_variant(resume: Resume, name: str) -> Variant:
    """The variant called ``name``; KeyError with a message that lists the known variants."""
    found = find_variant(resume, name)
    if found is None:
        names = variant_names(resume)
        known = ", ".join(repr(n) for n in names) if names else "none"
        raise KeyError(f"no variant named {name!r} in this resume (variants: {known})")
    return found


def _check_new_name(resume: Resume, name: str, allow: Variant | None = None) -> str:
    clean = name.strip()
    if not clean:
        raise ValueError("a variant needs a name")
    other = find_variant(resume, clean)
    if other is not None and other is not allow:
        raise ValueError(f"a variant named {other.name!r} already exists")
    return clean


def create_variant(
    resume: Resume, name: str, target: str | None = None, copy_of: str | None = None
) -> Variant:
    """Add a variant called ``name`` (optionally a copy of another one) and return it."""
    clean = _check_new_name(resume, name)
    if target is not None and target not in ARCHETYPES:
        raise ValueError(f"unknown target {target!r}; choose one of {', '.join(ARCHETYPES)}")
    if copy_of is not None:
        src = get_variant(resume, copy_of)
        variant = Variant(
            name=clean,
            target=target or src.target,
            hidden=list(src.hidden),
            order={k: list(v) for k, v in src.order.items()},
            extra=dict(src.extra),
        )
    else:
        variant = Variant(name=clean, target=target)
    resume.variants.append(variant)
    return variant


def rename_variant(resume: Resume, old: str, new: str) -> Variant:
    """Rename a variant; ValueError when the new name is empty or taken."""
    variant = get_variant(resume, old)
    variant.name = _check_new_name(resume, new, allow=variant)
    return variant


def delete_variant(resume: Resume, name: str) -> Variant:
    """Remove a variant and return it (the base resume is untouched)."""
    variant = get_variant(resume, name)
    resume.variants.remove(variant)
    return variant


# -- applying a variant -------------------------------------------------------------------------
def _ordered(items: list[Any], order: Iterable[str] | None, key: Callable[[Any], str]) -> list[Any]:
    if not order:
        return list(items)
    rank = {item_id: i for i, item_id in enumerate(order)}
    listed = sorted((x for x in items if key(x) in rank), key=lambda x: rank[key(x)])
    return listed + [x for x in items if key(x) not in rank]


def _view_entries(entries: list[Any], key: str, variant: Variant, hidden: set[str]) -> list[Any]:
    out = []
    for entry in _ordered(entries, variant.order.get(key), lambda e: e.id):
        if entry.id in hidden:
            continue
        if hasattr(entry, "bullets"):
            bullets = _ordered(entry.bullets, variant.order.get(entry.id), lambda b: b.id)
            # Same Bullet objects as the base: an edit to a bullet shows in every variant.
            entry = dataclasses.replace(entry, bullets=[b for b in bullets if b.id not in hidden])
        out.append(entry)
    return out


def section_order(resume: Resume, variant: Variant | None = None) -> list[str]:
    """Section keys in display order for the base resume or for ``variant``."""
    base = resume.ordered_sections()
    if variant is None:
        return base
    return _ordered(base, variant.order.get(SECTIONS_KEY), lambda k: k)


def apply_variant(resume: Resume, variant: Variant | str | None) -> Resume:
    """The resume as ``variant`` shows it: hidden items dropped, its order and target applied.

    The result is a view for reading and exporting: it shares bullets and unchanged values with
    the base, and carries no variants of its own. ``None`` gives the base resume unchanged.
    """
    if variant is None:
        return resume
    if isinstance(variant, str):
        variant = get_variant(resume, variant)
    hidden = set(variant.hidden)
    changes: dict[str, Any] = {}
    for key in SECTION_TYPES:
        entries = getattr(resume, key)
        changes[key] = [] if key in hidden else _view_entries(entries, key, variant, hidden)
    custom = []
    for section in resume.custom:
        skey = f"custom:{section.id}"
        if section.id in hidden or skey in hidden:
            continue
        entries = _view_entries(section.entries, skey, variant, hidden)
        custom.append(dataclasses.replace(section, entries=entries))
    changes["custom"] = custom
    profiles = [p for p in resume.basics.profiles if p.id not in hidden]
    changes["basics"] = dataclasses.replace(resume.basics, profiles=profiles)
    changes["summary"] = "" if "summary" in hidden else resume.summary
    if variant.order.get(SECTIONS_KEY):
        changes["section_order"] = section_order(resume, variant)
    changes["target"] = variant.target or resume.target
    changes["variants"] = []
    return dataclasses.replace(resume, **changes)


def resolve(resume: Resume, name: str | None) -> Resume:
    """The base resume (``name`` None or empty) or the named variant's view; KeyError if unknown."""
    return apply_variant(resume, name) if name else resume


# -- the research and applied pair --------------------------------------------------------------
def _number(result: Any) -> float:
    value = getattr(result, "score", result)
    return float(value)


def _bullet_order(resume: Resume, scorer: BulletScorer, target: str) -> dict[str, list[str]]:
    """For every entry with bullets: its bullet ids, best first for ``target`` (stable on ties)."""
    order: dict[str, list[str]] = {}
    for _key, _lst, entry in resume.iter_entries():
        bullets = getattr(entry, "bullets", None)
        if bullets and len(bullets) > 1:
            scored = [(-_number(scorer(b.text, target)), i, b.id) for i, b in enumerate(bullets)]
            order[entry.id] = [bid for _s, _i, bid in sorted(scored)]
    return order


def _entry_best(entry: Any, scorer: BulletScorer, target: str) -> float:
    return max((_number(scorer(b.text, target)) for b in entry.bullets), default=0.0)


def publication_text(pub: Publication) -> str:
    """One line describing a publication, as the scorer reads it."""
    parts = [pub.title, pub.venue, pub.summary]
    if pub.year and str(pub.year) not in pub.venue:
        parts.append(str(pub.year))
    return ". ".join(p for p in parts if p)


def publication_relevance(pub: Publication, owner: str, scorer: BulletScorer, target: str) -> float:
    """How strongly a publication supports ``target``: the scorer's view of its text, plus
    first authorship, citations and main-track venues."""
    value = _number(scorer(publication_text(pub), target))
    if owner and is_first_author(pub.authors, owner):
        value += 15
    if pub.citations:
        value += 5 * math.log10(1 + pub.citations)
    if pub.workshop:
        value -= 5
    return value


def _section_lead(resume: Resume, target: str) -> list[str]:
    lead = LEAD_ORDER.get(target, LEAD_ORDER["applied"])
    keys = resume.ordered_sections()
    return [k for k in lead if k in keys] + [k for k in keys if k not in lead]


def _fill_variant(
    variant: Variant, resume: Resume, scorer: BulletScorer, target: str, keep_publications: int | None
) -> None:
    variant.target = target
    variant.order = {SECTIONS_KEY: _section_lead(resume, target)}
    variant.order.update(_bullet_order(resume, scorer, target))
    for key in _RANKED_ENTRY_SECTIONS:
        entries = getattr(resume, key)
        if len(entries) > 1:
            ranked = sorted(
                enumerate(entries), key=lambda ie: (-_entry_best(ie[1], scorer, target), ie[0])
            )
            variant.order[key] = [e.id for _i, e in ranked]
    owner = resume.basics.name
    pubs = resume.publications
    ranked_pubs = sorted(
        enumerate(pubs),
        key=lambda ip: (-publication_relevance(ip[1], owner, scorer, target), ip[0]),
    )
    variant.order["publications"] = [p.id for _i, p in ranked_pubs]
    variant.hidden = []
    if keep_publications is not None and len(pubs) > keep_publications:
        variant.hidden = [p.id for _i, p in ranked_pubs[keep_publications:]]


def create_research_and_applied(
    resume: Resume,
    scorer: BulletScorer,
    names: tuple[str, str] = ("Research", "Applied"),
    keep_publications: int = 5,
) -> tuple[Variant, Variant]:
    """Create (or refresh) a research variant and an applied variant of ``resume``.

    ``scorer(text, target)`` rates a bullet for a target archetype; higher is better. Each variant
    leads with the sections its target values, puts each entry's strongest bullets first and ranks
    publications; the applied one keeps only the ``keep_publications`` most relevant (3 to 5 is
    the usual advice). A variant that already has one of the names is refreshed in place.
    """
    if keep_publications < 1:
        raise ValueError("keep_publications must be at least 1")
    made = []
    for name, target, keep in ((names[0], "research", None), (names[1], "applied", keep_publications)):
        variant = find_variant(resume, name) or create_variant(resume, name)
        _fill_variant(variant, resume, scorer, target, keep)
        made.append(variant)
    return made[0], made[1]


def hide(variant: Variant, item_id: str, hidden: bool = True) -> None:
    """Hide (or show again) an entry, bullet, profile, custom section or section key."""
    if hidden and item_id not in variant.hidden:
        variant.hidden.append(item_id)
    elif not hidden and item_id in variant.hidden:
        variant.hidden.remove(item_id)


def set_order(variant: Variant, key: str, ids: list[str]) -> None:
    """Set the order of ``key`` (``"sections"``, a section key or an entry id)."""
    variant.order[key] = list(ids)


__all__ = [
    "LEAD_ORDER",
    "SECTIONS_KEY",
    "BulletScorer",
    "apply_variant",
    "create_research_and_applied",
    "create_variant",
    "delete_variant",
    "find_variant",
    "get_variant",
    "hide",
    "publication_relevance",
    "publication_text",
    "rename_variant",
    "resolve",
    "section_order",
    "set_order",
    "variant_names",
]
