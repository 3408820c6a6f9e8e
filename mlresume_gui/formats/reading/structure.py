"""Recognised lines -> the resume model: headings, contact block, entries, bullets, and an
"Unsorted" holding section for whatever could not be placed, so nothing of the source is lost.

Every importer (PDF, DOCX, text) turns its file into a list of :class:`Line` with whatever style
hints it knows, then calls :func:`build_resume`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from mlresume_gui.formats.reading import items
from mlresume_gui.formats.reading.contacts import add_link, looks_like_contact, take_contacts
from mlresume_gui.formats.reading.entries import (
    custom_entry_from_block,
    education_from_block,
    experience_from_block,
    project_from_block,
)
from mlresume_gui.formats.reading.grouping import (
    citation_items,
    competition_blocks,
    group_entries,
    list_items,
)
from mlresume_gui.formats.reading.headings import heading_key, heading_table, unspaced_table
from mlresume_gui.formats.reading.lineparse import (
    clean,
    find_dates,
    flatten,
    join_wrapped,
    strip_bullet,
)
from mlresume_gui.formats.reading.nothing_lost import missing_lines
from mlresume_gui.model import (
    SECTION_TYPES,
    Basics,
    CustomEntry,
    CustomSection,
    Reference,
    Resume,
)

UNSORTED = "Unsorted"


@dataclass
class Line:
    """One line of the source with what the reader knows of its style.

    ``heading``/``cont`` are tri-state: True or False when the source says so, None when unknown.
    ``text`` may hold TABs where the layout showed a wide gap (a column break inside the line).
    """

    text: str
    size: float = 0.0
    bold: bool = False
    heading: bool | None = None
    bullet: bool = False
    cont: bool | None = None
    links: tuple[str, ...] = ()
    page_header: bool = False


# -- headings ---------------------------------------------------------------------------------


def section_for_heading(text: str) -> str | None:
    """The section key a heading names (``Work History`` -> ``experience``), or None."""
    key = heading_key(text)
    if not key or len(key) > 50:
        return None
    table = heading_table()
    if key in table:
        return table[key]
    return unspaced_table().get(key.replace(" ", ""))  # letter-spaced: "E X P E R I E N C E"


def _is_style_heading(line: Line, body_size: float) -> bool:
    text = flatten(line.text)
    if line.heading is False or not text or len(text) > 40 or len(text.split()) > 5:
        return False
    if find_dates(text) or looks_like_contact(text) or strip_bullet(text)[0] or line.bullet:
        return False
    if re.search(r"[,.;]$|\d", text) or ":" in text.rstrip(":"):
        return False
    if line.heading:
        return True
    caps = text.upper() == text and sum(c.isalpha() for c in text) >= 4
    bigger = body_size > 0 and line.size >= body_size * 1.15
    return (caps and (line.bold or bigger)) or (bigger and line.bold)


# -- the pass over the lines ------------------------------------------------------------------


def _body_size(lines: list[Line]) -> float:
    sizes: dict[float, int] = {}
    for ln in lines:
        if ln.size:
            sizes[round(ln.size, 1)] = sizes.get(round(ln.size, 1), 0) + len(ln.text)
    return max(sizes, key=sizes.__getitem__) if sizes else 0.0


def _may_be_heading(ln: Line, text: str) -> bool:
    """A line may name a section unless the source says otherwise, it carries on the line before,
    or it starts in lower case ("papers" ending a wrapped bullet is not the Papers heading)."""
    if ln.heading:
        return True
    if ln.heading is False or ln.bullet or ln.cont:
        return False
    first = next((c for c in text if c.isalpha()), "")
    return first.isupper()


def split_sections(lines: list[Line]) -> tuple[list[Line], list[tuple[str, str, list[Line]]]]:
    """The lines before the first heading, and (section key or '', heading text, lines) per section."""
    body = _body_size(lines)
    top: list[Line] = []
    sections: list[tuple[str, str, list[Line]]] = []
    opened_by = 0.0  # size of the heading that opened the current named section
    for ln in lines:
        text = flatten(ln.text).rstrip(":").strip()
        key = section_for_heading(text) if _may_be_heading(ln, text) else None
        if key is None and _is_style_heading(ln, body) and (sections or top):
            # a lesser heading inside a named section heads an entry ("### Company"), not a section
            nested = sections and sections[-1][0] and ln.size and opened_by and ln.size < opened_by - 0.4
            key = None if nested else ""
        if key is not None:
            sections.append((key, text, []))
            opened_by = ln.size
        elif sections:
            sections[-1][2].append(ln)
        else:
            top.append(ln)
    return top, sections


def _fill_basics(basics: Basics, top: list[Line], left: list[str]) -> None:
    """Name, headline and contacts from the lines above the first heading."""
    for ln in top:
        for url in ln.links:
            add_link(basics, url)
    candidates: list[Line] = []
    for ln in top:
        if ln.cont is not False and ln.heading is None and candidates and "\t" not in ln.text and _joinable_contact(candidates[-1], ln):
            prev = candidates[-1]
            candidates[-1] = Line(join_wrapped(prev.text, ln.text), size=prev.size, bold=prev.bold,
                                  links=prev.links + ln.links)
        elif flatten(ln.text):
            candidates.append(ln)
    if not candidates:
        return
    sizes = [ln.size for ln in candidates]
    name_line = None
    if any(sizes) and max(sizes) > min(sizes):
        name_line = max(candidates, key=lambda ln: ln.size)
    for ln in candidates:
        text = flatten(ln.text)
        if name_line is None and len(text.split()) <= 6 and not looks_like_contact(text):
            name_line = ln
        if ln is name_line and not basics.name:
            rest = take_contacts(basics, ln.text)
            if rest:
                basics.name = rest[0]
                if len(rest) > 1 and not basics.headline:
                    basics.headline = rest.pop(1)
                left.extend(rest[1:])
            continue
        rest = take_contacts(basics, ln.text)
        if rest and not basics.headline and len(rest) == 1 and not looks_like_contact(text):
            basics.headline = rest[0]
        else:
            left.extend(rest)


def _joinable_contact(prev: Line, ln: Line) -> bool:
    if ln.cont:
        return True
    # ambiguous wrap in a contact block: join fragments of contact details, not a name or headline
    if not looks_like_contact(prev.text):
        return False
    return bool(re.match(r"^[|·•,]|^[a-z0-9]", ln.text.strip())) or bool(re.search(r"[|·•,(]$|\(\d+\)$", prev.text.strip()))


def _fill_section(resume: Resume, key: str, title: str, lines: list[Line], left: list[str]) -> None:
    if key == "basics":
        merged: list[Line] = []
        for ln in lines:
            for url in ln.links:
                add_link(resume.basics, url)
            if merged and ln.cont is not False and "\t" not in ln.text:
                merged[-1] = Line(join_wrapped(merged[-1].text, ln.text))
            else:
                merged.append(ln)
        for ln in merged:
            left.extend(take_contacts(resume.basics, ln.text))
    elif key == "summary":
        text = ""
        for t in list_items(lines):
            text = f"{text}\n{t}" if text else t
        resume.summary = f"{resume.summary}\n{text}".strip()
    elif key in ("experience", "volunteer"):
        cls = SECTION_TYPES[key]
        for block in group_entries(lines):
            entry, rest = experience_from_block(block, cls)
            resume.section(key).append(entry)
            left.extend(rest)
    elif key == "education":
        for block in group_entries(lines):
            edu, rest = education_from_block(block)
            resume.education.append(edu)
            left.extend(rest)
    elif key == "projects":
        for block in group_entries(lines):
            proj, rest = project_from_block(block)
            resume.projects.append(proj)
            left.extend(rest)
    elif key == "competitions":
        for block in competition_blocks(lines):
            if block.head or block.body:
                resume.competitions.append(items.competition_from_lines(block.head + block.body, block.bullets))
            else:
                resume.competitions.extend(items.competition_from_lines([b], []) for b in block.bullets)
    elif key == "publications":
        for text in citation_items(list_items(lines)):
            pub, rest = items.publication_from_text(text)
            resume.publications.append(pub)
            left.extend(rest)
    elif key == "skills":
        for text in list_items(lines, loose=True, tabs=True):
            resume.skills.append(items.skill_group_from_text(text))
    elif key == "awards":
        resume.awards.extend(items.award_from_text(t) for t in list_items(lines))
    elif key == "certificates":
        resume.certificates.extend(items.certificate_from_text(t) for t in list_items(lines))
    elif key == "languages":
        for t in list_items(lines):
            resume.languages.extend(items.languages_from_text(t))
    elif key == "interests":
        for t in list_items(lines):
            resume.interests.extend(items.interests_from_text(t))
    elif key == "references":
        resume.references.extend(Reference(name=t) for t in list_items(lines))
    else:
        section = CustomSection(title=title)
        section.entries = [custom_entry_from_block(block) for block in group_entries(lines)]
        resume.custom.append(section)
    if key and key not in resume.section_order and key not in ("summary", "basics"):
        resume.section_order.append(key)


def build_resume(lines: Iterable[Line]) -> Resume:
    """The resume a list of source lines describes; unplaced lines go to the "Unsorted" section."""
    src = [Line(**{**ln.__dict__, "text": clean(ln.text)}) for ln in lines]
    src = [ln for ln in src if flatten(ln.text)]
    resume = Resume()
    top, sections = split_sections(src)
    left: list[str] = []
    _fill_basics(resume.basics, top, left)
    headings: dict[str, str] = {}
    for key, title, sec_lines in sections:
        _fill_section(resume, key, title, sec_lines, left)
        if key:
            headings.setdefault(key, title)
    if headings:
        resume.meta["source_headings"] = headings
    for sec in resume.custom:
        key = f"custom:{sec.id}"
        if key not in resume.section_order:
            resume.section_order.append(key)
    left = [flatten(t) for t in left if flatten(t)]
    placed_check = [flatten(ln.text) for ln in src]
    holding = CustomSection(title=UNSORTED, holding=True)
    holding.entries = [CustomEntry(title=t) for t in left]
    resume.custom.append(holding)
    lost = missing_lines(placed_check, resume)
    holding.entries += [CustomEntry(title=t) for t in lost]
    if not holding.entries:
        resume.custom.remove(holding)
    return resume
