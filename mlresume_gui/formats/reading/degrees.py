"""A degree line into degree (studyType), field (area) and institution: ``BTech in Computer
Science``, ``MSc Machine Learning``, ``MENG IN ELECTRICAL ENGINEERING``, ``Dipl.-Ing. Informatik``,
``Institution, PhD in X``, ``Ph.D., Computer Science``, ``Bachelor of Science in Statistics``.

Pure functions of strings; the degree names of many countries' systems, the words that join a
degree to its field and the words that mark a school are data in ``resources/import/degrees.toml``.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import cache
from typing import Any

from mlresume_gui.formats.reading.lineparse import find_dates, strip_edges
from mlresume_gui.formats.reading.places import is_location, parse_place
from mlresume_gui.resources import resource

_SPLIT = re.compile(r"\s*(?:[,;|·•]|\s[–—-]\s|\t)\s*")
_AT_SCHOOL = re.compile(r"^(?P<field>.*?\S)\s+(?:at|from|@)\s+(?P<school>\S.*)$", re.IGNORECASE)
_NOTE = re.compile(r"\s*\([^()]*(?::|\d)[^()]*\)$")  # "(thesis: ...)", "(2019)": a note, not the field
# a grade printed with no word before it, at the end of a field: "Machine Learning 3.94/4.00"
_BARE_GRADE = re.compile(r"\s+\(?\d{1,2}(?:[.,]\d{1,2})?\s*/\s*\d{1,3}(?:[.,]\d{1,2})?\)?$")
_GPA = re.compile(r"\b(?:c?gpa|grade|note|mark|score)\b\s*[:=]?\s*[\d.,]+(?:\s*/\s*[\d.,]+)?", re.IGNORECASE)


@dataclass(frozen=True)
class Degree:
    """What a degree line says: the degree as written, its level, the field and the school
    ("" where the line does not say), honours, and where the degree words stood in the text."""

    degree: str
    level: str  # "doctorate", "master", "bachelor", "associate", "certificate"
    field: str = ""
    institution: str = ""
    honours: str = ""
    begin: int = 0
    stop: int = 0


@cache
def _table() -> dict[str, Any]:
    with resource("import", "degrees.toml").open("rb") as fh:
        return tomllib.load(fh)


@cache
def _matcher() -> tuple[re.Pattern[str], dict[str, str], frozenset[str]]:
    """One regex for every degree name (longest first), the level of each, the exact-case ones."""
    table = _table()
    level_of: dict[str, str] = {}
    for level, names in table["levels"].items():
        for name in names:
            level_of.setdefault(name.casefold(), level)
    names = sorted(level_of, key=len, reverse=True)
    body = "|".join(re.escape(n).replace(r"\ ", r"\s*") for n in names)
    pattern = re.compile(rf"(?<![\w.])(?P<deg>{body})(?P<tail>(?:'s|’s|s)?(?:\s+degree)?)(?![\w-])", re.IGNORECASE)
    exact = frozenset(table["matching"]["exact_case"])
    return pattern, level_of, exact


def _accept(found: str, exact: frozenset[str]) -> bool:
    """An abbreviation that is also a plain word counts only as written (or in an all-caps line)."""
    for e in exact:
        if found.casefold() == e.casefold():
            return found == e or found.isupper()
    return True


def find_degree(text: str) -> tuple[str, str, int, int] | None:
    """(degree as written, level, begin, stop) of the first degree name in ``text``; a degree
    word inside a school's name ("École d'Ingénieurs") counts only when no other follows."""
    pattern, level_of, exact = _matcher()
    found: list[tuple[str, str, int, int]] = []
    for m in pattern.finditer(text):
        deg = m.group("deg")
        if not _accept(deg, exact):
            continue
        key = re.sub(r"\s+", " ", deg.casefold())
        level = level_of.get(key) or next((v for k, v in level_of.items() if re.sub(r"\s+", "", k) == re.sub(r"\s+", "", key)), "")
        found.append((deg + m.group("tail"), level, m.start(), m.end()))
        if not _in_school_name(text, m.start(), m.end()):
            return found[-1]
    return found[0] if found else None


def _in_school_name(text: str, begin: int, stop: int) -> bool:
    """True when the words at ``begin:stop`` lie inside a part of ``text`` (between separators)
    that names a school and holds more than the degree word."""
    starts = [0] + [m.end() for m in _SPLIT.finditer(text)]
    ends = [m.start() for m in _SPLIT.finditer(text)] + [len(text)]
    for a, b in zip(starts, ends, strict=True):
        if a <= begin and stop <= b:
            part = text[a:b]
            rest = (text[a:begin] + text[stop:b]).strip()
            return bool(rest) and looks_like_school(part)
    return False


@cache
def _words() -> tuple[tuple[str, ...], tuple[str, ...], frozenset[str]]:
    table = _table()
    joins = tuple(sorted(table["matching"]["field_joins"], key=len, reverse=True))
    honours = tuple(sorted(table["matching"]["honours"], key=len, reverse=True))
    schools = frozenset(w.casefold() for w in table["institutions"]["words"])
    return joins, honours, schools


def looks_like_school(text: str) -> bool:
    """True when ``text`` names a school: one of its words marks one (University, Institut ...)."""
    _, _, schools = _words()
    words = re.findall(r"[^\W\d_]+", text.casefold())
    return any(w in schools for w in words) or text.casefold().strip() in schools


def _take_honours(text: str) -> tuple[str, str]:
    _, honours, _ = _words()
    low = text.casefold()
    for h in honours:
        i = low.find(h.casefold())
        if i >= 0:
            return strip_edges(text[:i] + " " + text[i + len(h):]).strip(), text[i:i + len(h)].strip("() ")
    return text, ""


def _strip_join(text: str) -> str:
    """``in Computer Science`` -> ``Computer Science``: a word that joins a degree to its field."""
    joins, _, _ = _words()
    t = text.strip()
    low = t.casefold()
    for j in joins:
        jl = j.casefold()
        if low.startswith(jl) and (not jl[-1].isalpha() or len(t) == len(jl) or not t[len(jl)].isalnum()):
            return t[len(j):].strip()
    return t


def parse_degree(text: str) -> Degree | None:
    """The degree, field and school a line names; None when it names no degree."""
    found = find_degree(text)
    if found is None:
        return None
    deg, level, begin, stop = found
    dates = find_dates(text)
    cleaned = text
    if dates is not None:
        cleaned = cleaned[: dates.begin] + " " * (dates.stop - dates.begin) + cleaned[dates.stop:]
    cleaned = _GPA.sub(lambda m: " " * len(m.group(0)), cleaned)
    before, after = cleaned[:begin], cleaned[stop:]
    honours = ""
    hons = re.match(r"^\s*\((hons?|honours)\.?\)", after, flags=re.IGNORECASE)
    if hons:
        honours, after = hons.group(1), after[hons.end():]
    abbrev = re.match(r"^\s*\(([^()]{1,16})\)", after)
    if abbrev and (inner := find_degree(abbrev.group(1).strip())) is not None and inner[3] - inner[2] >= len(abbrev.group(1).strip()) - 1:
        after = after[abbrev.end():]  # "Master of Science (M.Sc.) in X": the abbreviation of the same degree
    field = institution = ""
    # what follows the degree: its field up to the next separator, then perhaps the school
    at = _AT_SCHOOL.match(after)
    if at and looks_like_school(at.group("school")):
        after = f"{at.group('field')}, {at.group('school')}"  # "MS Physics at Northfield University"
    rest = [strip_edges(p.strip()) for p in _SPLIT.split(_strip_join(after))]
    for part in rest:
        part = _trim(re.sub(r"^(?:at|from|@)\s+", "", _strip_join(part), flags=re.IGNORECASE))
        part, found_honours = _take_honours(part)
        honours = honours or found_honours
        if not part:
            continue
        if looks_like_school(part):
            institution = institution or part
        elif not field:
            field = part
    # what stands before: a school ("Institution, PhD in X", its campus after it), the field
    # ("Computer Science, BS, Institution"), or a name set apart by a separator
    lead = [strip_edges(p.strip()) for p in _SPLIT.split(before) if strip_edges(p.strip())]
    set_apart = bool(re.search(r"(?:[,;|·•(—–-]|\t)\s*$", before))
    school, others = _school_of(lead)
    institution = institution or school
    for part in others if set_apart else ():
        if not field and (institution or looks_like_field(part)):
            field = part
        elif not institution:
            institution = part
    field = _NOTE.sub("", _BARE_GRADE.sub("", re.sub(r"\s*\(\s*\)", "", _trim(field)))).strip()
    return Degree(deg.strip(), level, field, _trim(re.sub(r"\s*\(\s*\)", "", institution)), honours, begin, stop)


_GRADE = re.compile(
    r"^(?:(?:c?gpa|grade|score|note|mark|average)\s*[:=]?\s*)?(?P<g>\d{1,3}(?:[.,]\d{1,3})?(?:\s*/\s*\d{1,3}(?:[.,]\d{1,2})?)?\s*%?)$",
    re.IGNORECASE)


def bare_grade(text: str) -> str | None:
    """The grade of a line that holds nothing else ("3.94/4.00", "GPA 3.9", "4.0", "87%"); None
    for anything else (a bare whole number without a grade word is no grade: "12", "2019")."""
    t = text.strip(" ()[]\t")
    m = _GRADE.match(t)
    if m is None:
        return None
    g = m.group("g").strip()
    return g if m.start("g") > 0 or re.search(r"[.,/%]", g) else None


def honours_only(text: str) -> bool:
    """True when ``text`` is only an honour or distinction ("First class", "summa cum laude")."""
    _, honours, _ = _words()
    t = re.sub(r"\s+", " ", text.strip(" ()[],;.\t")).casefold()
    return bool(t) and any(t == h.casefold().strip("() .") for h in honours)


def _school_of(parts: list[str]) -> tuple[str, list[str]]:
    """The school among ``parts`` with the places that follow it ("University of California,
    Berkeley": the campus is part of the name), and the parts that are not the school."""
    first = next((k for k, p in enumerate(parts) if looks_like_school(p)), None)
    if first is None:
        return "", parts
    stop = first + 1
    while stop < len(parts) and not looks_like_field(parts[stop]) and _is_place(parts[stop]):
        stop += 1
    return ", ".join(parts[first:stop]), parts[:first] + parts[stop:]


def _trim(text: str) -> str:
    """``text`` without separators or unpaired brackets at its ends, and without brackets around
    the whole of it; a bracket that closes one inside stays (``Computer Science (AI)``)."""
    out = strip_edges(text.strip())
    if out.startswith("(") and out.endswith(")") and "(" not in out[1:-1] and ")" not in out[1:-1]:
        out = out[1:-1].strip()
    return out


@cache
def _field_words() -> frozenset[str]:
    return frozenset(w.casefold() for w in _table().get("fields", {}).get("words", ()))


def looks_like_field(text: str) -> bool:
    """True when ``text`` names a field of study (``Computer Science``) and no school."""
    words = re.findall(r"[^\W\d_]+", text.casefold())
    return bool(words) and not looks_like_school(text) and any(w in _field_words() for w in words)


_PARTS = re.compile(r"\s*(?:[,;|·•]|\s[–—-]\s|\t|\s+at\s+|\s*@\s*)\s*", re.IGNORECASE)


def school_and_field(text: str) -> tuple[str, str]:
    """(school, field) of a line that names no degree: ``Northfield University, Physics``,
    ``Physics at Northfield University``, ``University of Kestrel, Brankovo, Applied Mathematics``
    (a place after the school is part of its name). Either is "" when the line does not say;
    a line with no school word and no field word gives ("", "")."""
    parts = [p.strip(" ,;:()") for p in _PARTS.split(text.strip()) if p.strip(" ,;:()")]
    if not parts:
        return "", ""
    schools = [k for k, p in enumerate(parts) if looks_like_school(p)]
    fields = [k for k, p in enumerate(parts) if looks_like_field(p)]
    if schools:
        first = schools[0]
        stop = first + 1
        while stop < len(parts) and stop not in fields and _is_place(parts[stop]):
            stop += 1  # "University of California, Berkeley": the campus is part of the name
        school = ", ".join(parts[first:stop])
        rest = [p for k, p in enumerate(parts) if not first <= k < stop]
        field = next((p for p in rest if looks_like_field(p)), rest[-1] if rest else "")
        return school, field
    if len(parts) == 2 and len(fields) == 1:
        return parts[1 - fields[0]], parts[fields[0]]
    if len(parts) == 1 and fields:
        return "", parts[0]
    return "", ""


def _is_place(text: str) -> bool:
    """A campus or city after a school's name: a place the tables know, or one word shaped like
    a place ("Urbana-Champaign"); words of a field ("Information Technology") are none."""
    if is_location(text):
        return True
    place = parse_place(text)
    return place is not None and not place.region and len(text.split()) == 1 and not looks_like_field(text)
