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
from mlresume_gui.resources import resource

_SPLIT = re.compile(r"\s*(?:[,;|·•]|\s[–—-]\s|\t)\s*")
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
    field = institution = ""
    # what follows the degree: its field up to the next separator, then perhaps the school
    rest = [strip_edges(p.strip()) for p in _SPLIT.split(_strip_join(after))]
    for part in rest:
        part = re.sub(r"^(?:at|from|@)\s+", "", _strip_join(part), flags=re.IGNORECASE).strip(" ()")
        part, found_honours = _take_honours(part)
        honours = honours or found_honours
        if not part:
            continue
        if looks_like_school(part):
            institution = institution or part
        elif not field:
            field = part
    # what stands before: a school ("Institution, PhD in X"), or a name set apart by a separator
    lead = [strip_edges(p.strip()) for p in _SPLIT.split(before) if strip_edges(p.strip())]
    set_apart = bool(re.search(r"(?:[,;|·•(—–-]|\t)\s*$", before))
    for part in lead:
        if looks_like_school(part):
            institution = institution or part
    if not institution and lead and set_apart:
        institution = lead[0]
    return Degree(deg.strip(), level, field.strip(" ()"), institution.strip(" ()"), honours, begin, stop)
