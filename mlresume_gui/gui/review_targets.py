"""Where a line can go in the import review: the field paths of the reading's resume as a
"Move to …" menu (contact fields, summary, every entry's fields, a new entry of any section,
Unsorted), the labels the review shows for a path, and the colours of the roles.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QColor
from PySide6.QtWidgets import QMenu

from ..formats.reading import field_paths as fp
from ..formats.reading.placement import ImportResult
from ..model import SECTION_TITLES, SECTION_TYPES, Resume
from .editors.specs import entry_label

LINE_MIME = "application/x-mlresume-review-line"  # a dragged source line: its index

ROLE_COLOURS = {
    "name": "#7e57c2", "contact": "#26a69a", "heading": "#546e7a", "organisation": "#1e88e5",
    "title": "#43a047", "dates": "#fb8c00", "location": "#8d6e63", "bullet": "#90a4ae",
    "skill": "#00acc1", "publication": "#d81b60", "summary": "#9ccc65", "unsorted": "#fdd835",
    "other": "#bdbdbd",
}
ROLE_NAMES = {
    "name": "Name", "contact": "Contact", "heading": "Heading", "organisation": "Organisation",
    "title": "Title", "dates": "Dates", "location": "Location", "bullet": "Bullet", "skill": "Skill",
    "publication": "Publication", "summary": "Summary", "unsorted": "Unsorted", "other": "Not placed",
}
ATTR_LABELS = {
    "company": "Company", "title": "Title", "location": "Location", "dates": "Dates", "date": "Date",
    "bullets": "New bullet", "organization": "Organisation", "position": "Position",
    "institution": "Institution", "degree": "Degree", "notes": "Notes", "name": "Name",
    "entity": "Organisation", "platform": "Platform", "awarder": "Awarded by", "summary": "Summary",
    "issuer": "Issuer", "subtitle": "Subtitle",
}
BASICS = (("name", "Name"), ("headline", "Headline"), ("email", "Email"), ("phone", "Phone"),
          ("url", "Website"), ("location", "Location"))
UNSURE_BELOW = 0.6  # confidence under which a line is marked as unsure


def role_colour(role: str) -> QColor:
    return QColor(ROLE_COLOURS.get(role, ROLE_COLOURS["other"]))


def section_name(resume: Resume, section: str, index: int | None = None) -> str:
    """"Experience", or the title of a custom section (``custom[k]``)."""
    if section == "custom" and index is not None:
        sections = fp.user_sections(resume)
        return sections[index].title or "Custom section" if index < len(sections) else "Custom section"
    return SECTION_TITLES.get(section, section.title())


def describe(resume: Resume, path: str) -> str:
    """Where a path is, in words: "Experience 2 · Title", "Contact · Email", "Unsorted"."""
    p = fp.parse(path)
    if p is None:
        return "not placed (dropped)"
    if p.section == "basics":
        label = dict(BASICS).get(p.field, "Profile" if p.field == "profiles" else p.field.title())
        return f"Contact · {label}"
    if p.section == "summary":
        return "Summary"
    if p.section == "unsorted":
        return "Unsorted"
    entry = p.custom_entry if p.section == "custom" else p.entry
    name = section_name(resume, p.section, p.entry if p.section == "custom" else None)
    if entry is None:
        return f"{name} · heading"
    where = f"{name} {entry + 1}" if entry >= 0 else f"{name} (new entry)"
    if p.field == "bullets":
        return f"{where} · bullet {p.item + 1}" if p.item is not None and p.item >= 0 else f"{where} · bullet"
    return f"{where} · {ATTR_LABELS.get(p.field, p.field.title())}" if p.field else where


def _entry_fields(section: str) -> list[tuple[str, str]]:
    fields = fp.SECTION_FIELDS.get(fp.kind_of(section))
    if fields is None:
        return []
    return [(attr, ATTR_LABELS.get(attr, attr.title())) for attr in dict.fromkeys(fields.values())]


def fill_menu(menu: QMenu, result: ImportResult, pick: Callable[[str], None]) -> None:
    """The "Move to …" choices for a line of ``result``; ``pick(path)`` runs on a choice."""
    resume = result.resume

    def add(parent: QMenu, text: str, path: str) -> None:
        parent.addAction(text).triggered.connect(lambda _c=False, p=path: pick(p))

    contact = menu.addMenu("&Contact")
    for attr, label in BASICS:
        add(contact, label, f"basics.{attr}")
    add(contact, "New profile link", "basics.profiles[+]")
    add(menu, "&Summary", "summary")
    menu.addSeparator()
    for key in SECTION_TYPES:
        _section_menu(menu.addMenu(SECTION_TITLES.get(key, key.title())), key, key,
                      resume.section(key), add)
    for k, section in enumerate(fp.user_sections(resume)):
        _section_menu(menu.addMenu(section.title or "Custom section"), "custom",
                      f"custom[{k}].entries", section.entries, add)
    menu.addSeparator()
    add(menu, "&Unsorted", "unsorted[+]")


def _section_menu(sub: QMenu, key: str, prefix: str, entries: list, add: Callable) -> None:
    fields = _entry_fields(key)
    for i, entry in enumerate(entries):
        label = f"{i + 1}. {entry_label(key, entry) if key != 'custom' else entry.title or '(untitled)'}"
        if not fields:
            add(sub, f"Add to {label[:60]}", f"{prefix}[{i}]")
            continue
        entry_menu = sub.addMenu(label[:60])
        for attr, name in fields:
            add(entry_menu, name, f"{prefix}[{i}].{attr}[+]" if attr == "bullets" else f"{prefix}[{i}].{attr}")
    if entries:
        sub.addSeparator()
    if not fields:
        add(sub, "New entry", f"{prefix}[+]")
        return
    new = sub.addMenu("New entry")
    for attr, name in fields:
        if attr != "bullets":
            add(new, f"… as its {name.lower()}", f"{prefix}[+].{attr}")
