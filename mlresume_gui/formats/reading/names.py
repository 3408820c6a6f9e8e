"""The person's name at the top of a resume: what is no name, what is more than the name, and a
name set over several lines.

- ``Last updated in June 2025``, ``RESUME``, a phone or web line are no name;
- ``Ada Quill's CV``, ``ADA QUILL — RESUME``, ``Ada Quill, ML Engineer`` hold the name and more;
- ``Ada`` / ``Quill``, ``Ada Van der`` / ``Berghe``, ``Ada Müller-`` / ``Brandt`` are one name.

The words that name the document (CV, resume ...) and that mark a date line are data in
``resources/import/vocabulary.toml`` (``[names]``).
"""

from __future__ import annotations

import re
from functools import cache

from mlresume_gui.formats.reading.headers import role_evidence
from mlresume_gui.formats.reading.headings import section_for_heading
from mlresume_gui.formats.reading.labelling.segments import Segment
from mlresume_gui.formats.reading.lineparse import find_dates, vocabulary
from mlresume_gui.formats.reading.places import is_location

_WORD = re.compile(r"[^\W\d_](?:[\w'’.-]*[^\W\d_.])?\.?|[^\W\d_]\.")
_SPLIT = re.compile(r"\s*(?:,|\s[|·•–—-]\s|\s{2,}|\t)\s*")
MAX_NAME_WORDS = 6


@cache
def _table() -> dict[str, tuple[str, ...]]:
    t = vocabulary().get("names", {})
    return {k: tuple(v) for k, v in t.items()}


def _document_words() -> re.Pattern[str]:
    words = sorted(_table().get("document_words", ()), key=len, reverse=True)
    body = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words) or r"(?!)"
    return re.compile(rf"(?:^|(?<=\s)|(?<=[’']s\s))(?:{body})(?=$|\s|[:.,|–—-])", re.IGNORECASE)


@cache
def _document() -> re.Pattern[str]:
    return _document_words()


def name_particles() -> frozenset[str]:
    """The lower-case words inside people's names ("van der", "de", "bin")."""
    return frozenset(w.casefold() for w in _table().get("particles", ()))


def strip_document_words(text: str) -> str:
    """``text`` without the words that name the document: ``Ada Quill's CV`` -> ``Ada Quill``,
    ``RESUME OF ADA QUILL`` -> ``ADA QUILL``."""
    out = _document().sub(" ", text)
    out = re.sub(r"[’']s\s*(?=$|[:.,|–—-])", "", out.strip())  # the possessive left by "'s CV"
    out = re.sub(r"^(?:of|for|de|von)\s+", "", out.strip(), flags=re.IGNORECASE)
    out = re.sub(r"(?:^|\s+)[-–—|:]+\s*$|^\s*[-–—|:]+\s+", "", out.strip())
    return out.strip(" :.,|")


def is_name_part(text: str) -> bool:
    """True for a piece shaped like (part of) a person's name: capitalised words (or all capitals),
    name particles between them, no digits, no contact detail, no section name."""
    t = text.strip()
    if not t or re.search(r"[\d@/:]|https?", t):
        return False
    words = t.split()
    if len(words) > MAX_NAME_WORDS:
        return False
    particles = name_particles()
    for w in words:
        if not _WORD.fullmatch(w):
            return False
        if not (w[0].isupper() or w.casefold() in particles):
            return False
    return not section_for_heading(t) and role_evidence(t) == 0


def is_date_line(text: str) -> bool:
    """True for a line that only dates the document (``Last updated in June 2025``)."""
    t = text.strip()
    span = find_dates(t)
    if span is None:
        return False
    rest = (t[: span.begin] + " " + t[span.stop:]).casefold()
    words = re.findall(r"[^\W\d_]+", rest)
    marks = {w.casefold() for w in _table().get("date_line_words", ())}
    return all(w in marks for w in words)


def split_name(text: str) -> tuple[str, str]:
    """(name, the rest) of a line the labeller calls the name: the document words dropped and a
    title set after a comma or a dash kept apart (``Ada Quill, ML Engineer``). The name is ""
    when the line holds none (``RESUME``, ``Last updated in June 2025``)."""
    if is_date_line(text):
        return "", text.strip()
    t = strip_document_words(text)
    if not t:
        return "", ""
    parts = [p for p in _SPLIT.split(t) if p]
    rest = ", ".join(parts[1:])
    if len(parts) > 1 and is_name_part(parts[0]) and not is_name_part(rest):
        return parts[0], rest
    return t, ""


def join_name(name: str, part: str) -> str:
    """A name and its next line: ``Müller-`` + ``Brandt`` -> ``Müller-Brandt``."""
    name, part = name.strip(), part.strip()
    if name.endswith("-"):
        return name + part
    return f"{name} {part}".strip()


def continues_name(name: str, part: str, adjacent: bool) -> bool:
    """True when ``part`` carries on ``name`` set over more than one line: the name is cut at a
    hyphen or a particle, or the part comes right after it and the two make a name of at most
    four words."""
    if not name or not is_name_part(part) or is_location(part):
        return False
    last = name.split()[-1] if name.split() else ""
    if name.endswith("-") or last.casefold() in name_particles():
        return True
    return adjacent and len(name.split()) + len(part.split()) <= 4 and len(name.split()) <= 2


def mend_name_roles(segs: list[Segment], roles: list[str]) -> list[str]:
    """Roles with the parts of a name set over several lines given to the name: a line called a
    heading that names no section, printed as large as the name and right above or below it, is
    part of the name. Only the first name before the first section heading is mended."""
    out = _name_shaped(segs, list(roles))
    first = next((k for k, r in enumerate(out) if r == "name"), None)
    if first is None:
        return out
    if any(r == "heading" and section_for_heading(segs[k].text) for k, r in enumerate(out[:first])):
        return out
    size = segs[first].line.size

    def same_look(k: int) -> bool:
        s = segs[k]
        return (s.first_of_line and s.last_of_line and abs(s.line.size - size) <= 0.1 * max(size, 1.0)
                and is_name_part(s.text) and not section_for_heading(s.text))

    k = first - 1
    while k >= 0 and out[k] == "heading" and same_look(k) and len(segs[k].text.split()) <= 3:
        out[k], out[k + 1] = "name", "cont"
        k -= 1
    k = first + 1
    while k < len(out) and out[k] in ("heading", "name") and same_look(k) and segs[k].line_index != segs[k - 1].line_index:
        out[k] = "cont"
        k += 1
    _headline_beside(segs, out, first, size)
    return out


_PARTS = "|·•—–/"  # what sets a headline apart from the name on one line


def _headline_beside(segs: list[Segment], out: list[str], first: int, size: float) -> None:
    """A second part of the name's line set apart by a bar or a dash (``Ada Quill | ML Platform``)
    is the headline, never more of the name; a short line right under it in the same type carries
    it on when it was the line's last part (``Engineer``, the headline wrapped)."""
    k = first + 1
    if k >= len(out) or segs[k].first_of_line or segs[k].line_index != segs[first].line_index:
        return
    if out[k] not in ("name", "headline"):
        return
    line = segs[k].line.text
    at = line.find(segs[k].text)
    if at <= 0 or line[:at].rstrip()[-1:] not in _PARTS:
        return  # a name's parts in two pieces ("Ada" / "Quill" in two fonts) are the name
    out[k] = "headline"
    j = k + 1
    if (j < len(out) and segs[k].last_of_line and segs[j].first_of_line and segs[j].last_of_line
            and out[j] in ("name", "headline", "w_title", "heading") and len(segs[j].text.split()) <= 3
            and abs(segs[j].line.size - size) <= 0.1 * max(size, 1.0) and not section_for_heading(segs[j].text)):
        out[j] = "cont"


NEAR_LINES = 3  # how far from a line called the name the person's name may stand


def _name_shaped(segs: list[Segment], roles: list[str]) -> list[str]:
    """Roles with the name moved to the line that is shaped like one: when the first line called
    the name holds no name (a web page's "Skip to content", a title), a whole line within a few
    lines of it, set larger and shaped like a person's name, is the name; a line called the
    name below that one is the headline."""
    first = next((k for k, r in enumerate(roles) if r == "name"), None)
    if first is None or is_name_part(strip_document_words(segs[first].text)):
        return roles
    at = segs[first].line_index
    size = segs[first].line.size
    best: int | None = None
    for k, seg in enumerate(segs):
        if k == first or abs(seg.line_index - at) > NEAR_LINES or not (seg.first_of_line and seg.last_of_line):
            continue
        if roles[k] == "heading" and section_for_heading(seg.text):
            continue
        if seg.line.size <= size or not is_name_part(seg.text) or is_location(seg.text) or len(seg.text.split()) < 2:
            continue
        if best is None or seg.line.size > segs[best].line.size:
            best = k
    if best is None:
        return roles
    out = list(roles)
    out[best] = "name"
    out[first] = "headline" if best < first else "other"
    return out
