"""A variant tailored to one job posting: its target set to the posting's archetype, entries and
bullets ordered by how much of the posting they show, unrelated ones hidden (never deleted), and
the posting kept with the variant (``variant.extra["posting"]``) so the match follows edits.

Model-level: this builds a :class:`~mlresume_gui.model.Variant`; the window adds it with one
undo step.
"""

from __future__ import annotations

from ..model import Resume, Variant
from ..model import variants as vmodel
from .match import REQUIRED_WEIGHT, MatchResult

POSTING_KEY = "posting"  # variant.extra key holding the posting's text
# sections whose entries may be hidden when they show nothing of the posting; experience and
# education stay (hiding a job leaves a gap in the history), only their unrelated bullets go
_HIDEABLE_ENTRIES = ("projects", "competitions", "publications", "volunteer", "awards", "certificates")
_RANKED_ENTRIES = ("projects", "competitions", "publications")  # reordered by relevance


def _weights(result: MatchResult) -> dict[str, float]:
    return {t.term: (REQUIRED_WEIGHT if t.required else 1.0) for t in result.terms}


def relevance_by_id(result: MatchResult) -> dict[str, float]:
    """For every entry and bullet id: the weights of the posting's terms it shows (an entry
    counts the terms of its own fields and of its bullets, each term once)."""
    weights = _weights(result)
    shown: dict[str, set[str]] = {}
    for t in result.terms:
        for place in t.places:
            for item in (place.entry_id, place.bullet_id):
                if item:
                    shown.setdefault(item, set()).add(t.term)
    return {item: sum(weights[name] for name in names) for item, names in shown.items()}


def tailor(resume: Resume, result: MatchResult, posting_text: str, name: str,
           keep_bullets: int = 1) -> Variant:
    """A new variant of ``resume`` for the posting (not yet added to the resume).

    Every entry keeps at least ``keep_bullets`` bullets, its most relevant ones; a bullet that
    names none of the posting's terms is hidden when its entry has a relevant one.
    """
    score = relevance_by_id(result)
    variant = Variant(name=name.strip(), target=result.archetype)
    variant.extra[POSTING_KEY] = posting_text
    variant.order[vmodel.SECTIONS_KEY] = list(vmodel.section_order(resume))
    lead = vmodel.LEAD_ORDER.get(result.archetype, ())
    keys = resume.ordered_sections()
    variant.order[vmodel.SECTIONS_KEY] = [k for k in lead if k in keys] + [k for k in keys if k not in lead]
    for _key, _lst, entry in resume.iter_entries():
        bullets = [b for b in getattr(entry, "bullets", []) if b.text.strip()]
        if not bullets:
            continue
        scored = sorted(((-score.get(b.id, 0.0), i, b) for i, b in enumerate(bullets)),
                        key=lambda s: (s[0], s[1]))
        variant.order[entry.id] = [b.id for _s, _i, b in scored]
        relevant = sum(1 for s, _i, _b in scored if s < 0)
        keep = max(keep_bullets, relevant)
        for _s, _i, b in scored[keep:]:
            variant.hidden.append(b.id)
    for key in _HIDEABLE_ENTRIES:
        entries = getattr(resume, key)
        if not entries:
            continue
        scores = [(-score.get(e.id, 0.0), i, e) for i, e in enumerate(entries)]
        if key in _RANKED_ENTRIES:
            variant.order[key] = [e.id for _s, _i, e in sorted(scores, key=lambda s: (s[0], s[1]))]
        if key in _HIDEABLE_ENTRIES and any(s < 0 for s, _i, _e in scores):
            variant.hidden += [e.id for s, _i, e in scores if s == 0]
    return variant


def posting_of(variant: Variant | None) -> str:
    """The posting text a tailored variant keeps ("" for others)."""
    if variant is None:
        return ""
    value = variant.extra.get(POSTING_KEY, "")
    return value if isinstance(value, str) else ""
