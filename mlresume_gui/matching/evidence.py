"""Where a resume shows each term: every text of the resume as a :class:`Place` named the way
``score --format json`` names sections (``work[0].highlights[2]``, ``skills``, ``summary``), with
the canonical terms it names."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ..model import Resume
from ..scoring.knowledge import knowledge
from ..scoring.report import SECTION_NAMES
from ..scoring.text import phrase_key, split_words
from .shapes import known_spans

_DEGREE_LEVELS = (
    ("PhD", re.compile(r"\bph\.?\s?d\b|\bdoctor|\bd\.?phil\b|\bdphil\b", re.I)),
    ("Master's degree", re.compile(r"\bmaster|\bm\.?\s?s\.?c?\b|\bm\.?eng\b|\bmba\b|\bm\.?a\.?\b|\bmphil\b", re.I)),
    ("Bachelor's degree", re.compile(r"\bbachelor|\bb\.?\s?s\.?c?\b|\bb\.?a\.?\b|\bb\.?eng\b|\bb\.?tech\b|\bundergrad", re.I)),
)
DEGREES = tuple(name for name, _ in reversed(_DEGREE_LEVELS))  # lowest first


@dataclass(frozen=True)
class Place:
    """A text of the resume: its name in the report, what kind of evidence it is, the ids of the
    entry (or skills group) and bullet holding it, and the model field."""

    where: str
    kind: str  # "bullet", "skills" or "text"
    text: str
    entry_id: str = ""
    bullet_id: str = ""
    section: str = ""  # model section key ("experience", "skills", "summary", ...)
    field: str = ""


@lru_cache(maxsize=4096)
def terms_in(text: str, whole_item: bool = False) -> frozenset[str]:
    """Canonical terms a resume text names (a skills item also counts as a whole name)."""
    found = {t for t, _s, _e in known_spans(text)}
    if whole_item:
        exact = knowledge().skill_exact.get(phrase_key(text))
        if exact:
            found.add(exact)
        for part in re.split(r"[,;/()]", text):
            if part.strip() and part.strip() != text:
                found |= terms_in(part.strip(), True)
    return frozenset(found)


@lru_cache(maxsize=4096)
def norms_of(text: str) -> tuple[str, ...]:
    return tuple(split_words(text)[0])


def contains_phrase(text: str, phrase: str) -> bool:
    """True when ``text`` names ``phrase`` as whole words (case and plural ignored)."""
    key = phrase_key(phrase)
    words = norms_of(text)
    n = len(key)
    if not n:
        return False
    first = key[0]
    return any(words[i] == first and words[i:i + n] == key for i in range(len(words) - n + 1))


def degree_level(text: str) -> int:
    """0 none, 1 bachelor's, 2 master's, 3 PhD, as a degree line reads."""
    for name, pattern in _DEGREE_LEVELS:
        if pattern.search(text):
            return DEGREES.index(name) + 1
    return 0


def places(resume: Resume) -> list[Place]:
    """Every text of the resume that can show a term, in document order."""
    out: list[Place] = []
    add = out.append
    if resume.basics.headline:
        add(Place("basics.label", "text", resume.basics.headline, section="basics", field="headline"))
    if resume.summary:
        add(Place("summary", "text", resume.summary, section="summary", field="summary"))
    for group in resume.skills:
        for item in group.items:
            add(Place("skills", "skills", item, group.id, section="skills", field="items"))
    for i, e in enumerate(resume.experience):
        _entry(add, "experience", i, e, (("position", "title"), ("summary", "description")))
    for i, p in enumerate(resume.projects):
        _entry(add, "projects", i, p, (("name", "name"), ("description", "description")))
        for k, kw in enumerate(p.keywords):
            add(Place(f"projects[{i}].keywords[{k}]", "skills", kw, p.id, section="projects", field="keywords"))
    for i, c in enumerate(resume.competitions):
        _entry(add, "competitions", i, c, (("name", "name"), ("approach", "approach")))
    for i, v in enumerate(resume.volunteer):
        _entry(add, "volunteer", i, v, (("position", "position"), ("summary", "description")))
    for i, pub in enumerate(resume.publications):
        for name, attr in (("name", "title"), ("publisher", "venue"), ("summary", "summary")):
            text = getattr(pub, attr)
            if text:
                add(Place(f"publications[{i}].{name}", "text", text, pub.id, section="publications", field=attr))
    for i, ed in enumerate(resume.education):
        for name, attr in (("studyType", "degree"), ("area", "field"), ("notes", "notes")):
            text = getattr(ed, attr)
            if text:
                add(Place(f"education[{i}].{name}", "text", text, ed.id, section="education", field=attr))
        for k, course in enumerate(ed.courses):
            add(Place(f"education[{i}].courses[{k}]", "text", course, ed.id, section="education", field="courses"))
    for i, a in enumerate(resume.awards):
        for name, attr in (("title", "title"), ("summary", "summary")):
            if getattr(a, attr):
                add(Place(f"awards[{i}].{name}", "text", getattr(a, attr), a.id, section="awards", field=attr))
    for i, cert in enumerate(resume.certificates):
        if cert.name:
            add(Place(f"certificates[{i}].name", "text", cert.name, cert.id, section="certificates", field="name"))
    for section in resume.custom:
        key = f"custom:{section.id}"
        for i, entry in enumerate(section.entries):
            _entry(add, key, i, entry, (("name", "title"), ("summary", "subtitle")))
    return out


def _entry(add, section: str, i: int, entry, fields: tuple[tuple[str, str], ...]) -> None:
    name = SECTION_NAMES.get(section, section)
    for report_name, attr in fields:
        text = getattr(entry, attr, "")
        if text:
            add(Place(f"{name}[{i}].{report_name}", "text", text, entry.id, section=section, field=attr))
    for j, b in enumerate(entry.bullets):
        if b.text.strip():
            add(Place(f"{name}[{i}].highlights[{j}]", "bullet", b.text, entry.id, b.id, section, "bullets"))
