"""Where the import review's lines are while it edits a reading: anchors made of the model's
stable ids (an entry, a bullet, a profile) that survive entries and bullets being inserted,
removed or moved, converted to and from field paths; and the small text operations that take a
line's words out of a field and add them to one.
"""

from __future__ import annotations

import re
from typing import Any

from ...model import SECTION_TYPES, Resume
from . import field_paths as fp
from .lineparse import strip_bullet
from .placement_match import normalise

Anchor = tuple[Any, ...]


# -- anchors: ids instead of indexes -------------------------------------------------------------
def section_entries(resume: Resume, sec: str, sid: str = "") -> tuple[list[Any], str] | None:
    if sec in SECTION_TYPES:
        return resume.section(sec), sec
    section = next((s for s in resume.custom if s.id == sid), None)
    return (section.entries, "custom") if section is not None else None


def anchor_of(resume: Resume, path: str) -> Anchor:
    """The anchor of a field path in ``resume`` (``("",)`` for dropped lines and unknown paths)."""
    p = fp.parse(path)
    if p is None:
        return ("",)
    if p.section == "basics":
        if p.field == "profiles" and p.item is not None and 0 <= p.item < len(resume.basics.profiles):
            return ("basics", "profiles", resume.basics.profiles[p.item].id)
        return ("basics", p.field)
    if p.section == "summary":
        return ("summary",)
    sid = ""
    if p.section == "custom" and p.entry is not None and p.entry < len(fp.user_sections(resume)):
        sid = fp.user_sections(resume)[p.entry].id
    elif p.section == "unsorted":
        sid = fp.holding(resume).id if fp.holding(resume) is not None else ""
    if p.section not in SECTION_TYPES and not sid:
        return ("",)
    if (p.entry is None and p.section != "custom") or (p.section == "custom" and p.custom_entry is None):
        return ("heading", p.section, sid)
    entry = fp.entry_at(resume, p)
    if entry is None:
        return ("",)
    if p.field == "bullets" and p.item is not None and 0 <= p.item < len(entry.bullets):
        return ("bullet", p.section, sid, entry.id, entry.bullets[p.item].id)
    return ("entry", p.section, sid, entry.id, p.field)


def path_of(resume: Resume, anchor: Anchor) -> str | None:
    """The field path an anchor has in ``resume`` now; None when its place is gone."""
    kind = anchor[0]
    if kind == "":
        return ""
    if kind == "summary":
        return "summary"
    if kind == "basics":
        if anchor[1] == "profiles":
            ids = [pr.id for pr in resume.basics.profiles]
            return f"basics.profiles[{ids.index(anchor[2])}]" if anchor[2] in ids else None
        return f"basics.{anchor[1]}"
    sec, sid = anchor[1], anchor[2]
    prefix = _prefix(resume, sec, sid)
    if prefix is None:
        return None
    if kind == "heading":
        return prefix if sec != "unsorted" else "unsorted"
    found = section_entries(resume, sec, sid)
    ids = [e.id for e in found[0]] if found else []
    if anchor[3] not in ids:
        return None
    i = ids.index(anchor[3])
    if kind == "bullet":
        bullets = [b.id for b in found[0][i].bullets]
        return f"{prefix}[{i}].bullets[{bullets.index(anchor[4])}]" if anchor[4] in bullets else None
    if sec == "custom":
        return f"{prefix}.entries[{i}]" + (f".{anchor[4]}" if anchor[4] else "")
    return f"{prefix}[{i}]" + (f".{anchor[4]}" if anchor[4] else "")


def _prefix(resume: Resume, sec: str, sid: str) -> str | None:
    if sec in SECTION_TYPES or sec == "unsorted":
        return sec
    ids = [s.id for s in fp.user_sections(resume)]
    return f"custom[{ids.index(sid)}]" if sid in ids else None


# -- text in and out of fields -------------------------------------------------------------------
def clean_line(text: str) -> str:
    """A source line as field text: the list marker and layout tabs taken off."""
    return re.sub(r"\s+", " ", strip_bullet(text.replace("\t", " ").strip())[1]).strip()


def remove_part(value: str, text: str) -> str:
    """``value`` without the words of ``text`` (whitespace and case aside); unchanged if absent."""
    if not value:
        return value
    if normalise(value) == normalise(text):
        return ""
    words = clean_line(text).split()
    if not words:
        return value
    m = re.search(r"\s*".join(re.escape(w) for w in words), value, re.IGNORECASE)
    if m is None:
        return value
    rest = value[: m.start()] + " " + value[m.end():]
    return re.sub(r"\s+", " ", rest).strip(" ,;|·–—-\t")


def join_text(value: str, text: str) -> str:
    return f"{value} {text}".strip() if value else text


def is_empty_entry(entry: Any) -> bool:
    for name, value in vars(entry).items():
        if name in ("id", "extra", "workshop"):
            continue
        if isinstance(value, str) and value.strip():
            return False
        if isinstance(value, list) and value:
            return False
        if value is not None and not isinstance(value, str | list):
            return False
    return True
