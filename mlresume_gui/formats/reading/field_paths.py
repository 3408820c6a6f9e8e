"""Field paths (``experience[0].title``, ``basics.email``, ``unsorted[3]``): what each names in a
Resume, the text it holds, the role a line placed there plays, and stable anchors that survive
entries and bullets being added, removed or moved.

The grammar is the one of :mod:`placement`: ``basics.<field>``, ``basics.profiles[i]``,
``summary``, ``<section>[i]`` (a whole entry: skills, publications, languages ...),
``<section>[i].<field>`` with ``dates`` for the start and end together, ``<section>[i].bullets[j]``,
``custom[k].entries[i].<field>`` for a section of the user's own, ``unsorted[i]`` for the entries of
the importer's holding section, a bare section key for its heading line, and ``""`` for page
furniture. Pure functions of the model, no Qt.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from ...model import SECTION_TYPES, CustomSection, Resume
from ...model.dates import format_range

# Per section: which attribute holds each kind of line (the review's vocabulary), and the field
# a line moved into a new entry fills. Sections absent here hold whole entries (``skills[2]``).
SECTION_FIELDS: dict[str, dict[str, str]] = {
    "experience": {"organisation": "company", "title": "title", "location": "location",
                   "dates": "dates", "bullet": "bullets"},
    "volunteer": {"organisation": "organization", "title": "position", "dates": "dates",
                  "bullet": "bullets"},
    "education": {"organisation": "institution", "title": "degree", "dates": "dates", "bullet": "notes"},
    "projects": {"title": "name", "organisation": "entity", "dates": "dates", "bullet": "bullets"},
    "competitions": {"title": "name", "organisation": "platform", "dates": "date", "bullet": "bullets"},
    "awards": {"title": "title", "organisation": "awarder", "dates": "date", "bullet": "summary"},
    "certificates": {"title": "name", "organisation": "issuer", "dates": "date"},
    "custom": {"title": "title", "organisation": "subtitle", "dates": "date", "bullet": "bullets"},
}
# Further text fields a reader may fill, with the role of a line placed there.
EXTRA_FIELDS: dict[str, dict[str, str]] = {
    "experience": {"description": "bullet", "company_info": "other"},
    "education": {"field": "title", "gpa": "other"},
    "projects": {"description": "bullet"},
    "competitions": {"placement": "other", "approach": "bullet"},
}
FIRST_FIELD = {"experience": "company", "volunteer": "organization", "education": "institution",
               "projects": "name", "competitions": "name", "awards": "title", "certificates": "name",
               "custom": "title"}
WHOLE_ENTRY_ROLES = {"skills": "skill", "publications": "publication", "languages": "skill",
                     "interests": "skill", "references": "other"}
BASICS_ROLES = {"name": "name", "headline": "title", "email": "contact", "phone": "contact",
                "url": "contact", "location": "location", "profiles": "contact"}

_PATH = re.compile(r"^(?P<sec>[a-z]+)(?:\[(?P<i>\d+|\+)\])?(?:\.entries\[(?P<e>\d+|\+)\])?"
                   r"(?:\.(?P<field>[a-z_]+)(?:\[(?P<j>\d+|\+)\])?)?$")


@dataclass(frozen=True)
class Path:
    """A parsed field path; ``-1`` stands for ``[+]`` (a new entry or item at the end)."""

    section: str  # basics, summary, a SECTION_TYPES key, custom, unsorted
    entry: int | None = None  # entry index (custom: the section index)
    field: str = ""
    item: int | None = None  # bullet or profile index
    custom_entry: int | None = None  # entry index inside a custom section


def _index(text: str | None) -> int | None:
    if text is None:
        return None
    return -1 if text == "+" else int(text)


def parse(path: str) -> Path | None:
    """The parts of ``path``; None for "" and for text that is not a field path."""
    m = _PATH.match(path or "")
    if not m:
        return None
    sec = m.group("sec")
    if sec not in (*SECTION_TYPES, "basics", "summary", "custom", "unsorted"):
        return None
    return Path(sec, _index(m.group("i")), m.group("field") or "", _index(m.group("j")),
                _index(m.group("e")))


def holding(resume: Resume) -> CustomSection | None:
    """The importer's "Unsorted" section, if the resume has one."""
    return next((s for s in resume.custom if s.holding), None)


def user_sections(resume: Resume) -> list[CustomSection]:
    """The custom sections that are not the holding section (``custom[k]`` counts these)."""
    return [s for s in resume.custom if not s.holding]


def entries_of(resume: Resume, p: Path) -> list[Any] | None:
    """The entry list a path's section addresses (None for basics and summary)."""
    if p.section in SECTION_TYPES:
        return resume.section(p.section)
    if p.section == "unsorted":
        h = holding(resume)
        return h.entries if h is not None else []
    if p.section == "custom" and p.entry is not None and 0 <= p.entry < len(user_sections(resume)):
        return user_sections(resume)[p.entry].entries
    return None


def entry_at(resume: Resume, p: Path) -> Any:
    """The entry a path names, None when out of range."""
    entries = entries_of(resume, p)
    index = p.custom_entry if p.section == "custom" else p.entry
    if entries is None or index is None or not 0 <= index < len(entries):
        return None
    return entries[index]


def kind_of(section: str) -> str:
    """The SECTION_FIELDS key of a section ("custom" for the user's and the holding section)."""
    return "custom" if section in ("custom", "unsorted") else section


def role_of(path: str) -> str:
    """The role a line placed at ``path`` plays (heading, name, contact, organisation, ...)."""
    p = parse(path)
    if p is None:
        return "other"
    if p.section == "basics":
        return BASICS_ROLES.get(p.field, "contact")
    if p.section == "summary":
        return "summary"
    if p.section == "unsorted":
        return "unsorted"
    if p.entry is None:
        return "heading"
    if p.section in WHOLE_ENTRY_ROLES:
        return WHOLE_ENTRY_ROLES[p.section]
    if not p.field:
        return "other"
    return role_of_attr(p.section, p.field)


def role_of_attr(section: str, attr: str) -> str:
    """The role of a line in the field ``attr`` of an entry of ``section``."""
    fields = SECTION_FIELDS.get(kind_of(section), {})
    role = next((role for role, name in fields.items() if name == attr), "")
    return role or EXTRA_FIELDS.get(section, {}).get(attr, "other")


def field_text(entry: Any, attr: str) -> str:
    """The text an entry's field holds (dates rendered, lists joined)."""
    if attr == "dates":
        return format_range(getattr(entry, "start", None), getattr(entry, "end", None))
    value = getattr(entry, attr, "")
    if attr in ("date",) and value is not None and not isinstance(value, str):
        return value.display()
    if isinstance(value, list):
        return " ".join(b.text if hasattr(b, "text") else str(b) for b in value)
    return value or ""


def whole_entry_text(section: str, entry: Any) -> str:
    """The text of an entry addressed as a whole (a skills line, a publication, an Unsorted line)."""
    if section == "skills":
        items = ", ".join(entry.items)
        return f"{entry.category}: {items}" if entry.category else items
    if section == "publications":
        parts = [", ".join(entry.authors), entry.title, entry.venue,
                 entry.date.display() if entry.date else ""]
        return " ".join(p for p in parts if p)
    if section == "languages":
        return " ".join(p for p in (entry.language, entry.fluency) if p)
    if section == "interests":
        return " ".join([entry.name, *entry.keywords]).strip()
    if section == "references":
        return " ".join(p for p in (entry.name, entry.reference) if p)
    return " ".join(t for t in (entry.title, entry.subtitle, entry.date,
                                *(b.text for b in entry.bullets)) if t)


def entry_parts(section: str, entry: Any) -> list[str]:
    """The separate texts of an entry addressed as a whole (a source line may hold any of them)."""
    if section == "skills":
        return [entry.category, *entry.items]
    if section == "publications":
        authors = entry.authors
        joined = [", ".join(authors), " and ".join(authors),
                  ", ".join(authors[:-1]) + " and " + authors[-1] if len(authors) > 1 else ""]
        return [*joined, entry.title, entry.venue]
    if section == "languages":
        return [entry.language, entry.fluency]
    if section == "interests":
        return [entry.name, *entry.keywords]
    if section == "references":
        return [entry.name, entry.reference]
    return [entry.title, entry.subtitle, entry.date, *(b.text for b in entry.bullets)]


def _bare_url(url: str) -> str:
    return re.sub(r"^(?:https?://)?(?:www\.)?", "", url).rstrip("/")


def slots(resume: Resume) -> list[tuple[str, str]]:
    """Every field path that holds text, with that text, in the resume's display order (an entry
    addressed as a whole gives its whole text and then each of its parts)."""
    out: list[tuple[str, str]] = []
    b = resume.basics
    for attr in ("name", "headline", "email", "phone", "url"):
        if getattr(b, attr):
            out.append((f"basics.{attr}", getattr(b, attr)))
    loc = b.location.text() or b.location.address
    if loc:
        out.append(("basics.location", loc))
    out.extend((f"basics.profiles[{i}]", _bare_url(p.url) or p.username) for i, p in enumerate(b.profiles))
    if resume.summary:
        out.append(("summary", resume.summary))
    customs = user_sections(resume)
    for key in resume.ordered_sections():
        if key.startswith("custom:"):
            section = next((s for s in resume.custom if f"custom:{s.id}" == key), None)
            if section is None:
                continue
            if section.holding:
                for i, e in enumerate(section.entries):
                    out.append((f"unsorted[{i}]", whole_entry_text("unsorted", e)))
                    out.extend((f"unsorted[{i}]", t) for t in entry_parts("unsorted", e))
                continue
            k = customs.index(section)
            out.extend(_entry_slots(f"custom[{k}].entries", "custom", section.entries))
            continue
        out.extend(_entry_slots(key, key, resume.section(key)))
    return [(path, text) for path, text in out if text.strip()]


def _entry_slots(prefix: str, kind: str, entries: list[Any]) -> list[tuple[str, str]]:
    out = []
    fields = SECTION_FIELDS.get(kind)
    for i, entry in enumerate(entries):
        if fields is None:
            out.append((f"{prefix}[{i}]", whole_entry_text(kind, entry)))
            out.extend((f"{prefix}[{i}]", t) for t in entry_parts(kind, entry))
            continue
        for role, attr in fields.items():
            if role == "bullet" and attr == "bullets":
                out.extend((f"{prefix}[{i}].bullets[{j}]", bl.text) for j, bl in enumerate(entry.bullets))
            elif role == "bullet":  # education notes, award summaries: one line of text each
                out.extend((f"{prefix}[{i}].{attr}", line) for line in field_text(entry, attr).splitlines())
            else:
                out.append((f"{prefix}[{i}].{attr}", field_text(entry, attr)))
        out.extend((f"{prefix}[{i}].{attr}", str(getattr(entry, attr) or ""))
                   for attr in EXTRA_FIELDS.get(kind, {}))
    return out
