"""Entry header lines split into their parts, with the evidence of what each part is.

``Company — Role | City``, ``Role @ Company``, ``Role, Company``, ``Company (City)``,
``Company ........ 2019``, a role set before its company: the splitter proposes candidate splits,
each part scored for looking like an organisation or a role title, flagged as a location or a
date, and a best guess of which part is which. The labeller and assembly choose among them with
what the layout adds (bold, position, the line above). Role words and organisation suffixes are
data in ``resources/import/entry_words.toml``; no names.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import cache

from mlresume_gui.formats.reading.contacts import is_location
from mlresume_gui.formats.reading.degrees import looks_like_school
from mlresume_gui.formats.reading.lineparse import DateSpan, find_dates, strip_edges
from mlresume_gui.resources import resource

_LEADER = re.compile(r"\s*(?:\.{3,}|(?:[.·]\s){3,}|…{2,}|_{3,})\s*")
_PAREN = re.compile(r"\s*\(([^()]{2,60})\)\s*$")
# separators, strongest first; each names how a candidate was split
SEPARATORS: tuple[tuple[str, str], ...] = (
    ("tab", r"\t+"),
    ("dash", r"\s+[—–]\s+|\s+--\s+"),
    ("bar", r"\s+[|¦]\s+|\s*\|\s*"),
    ("dot", r"\s+[·•∙]\s+"),
    ("hyphen", r"\s+-\s+"),
    ("at", r"\s*@\s*|\s+at\s+"),
    ("comma", r",\s+|;\s+"),
)


@dataclass(frozen=True)
class Part:
    """One part of a header line and the evidence of what it is."""

    text: str
    begin: int
    stop: int
    role: float  # 0..1: how much it reads as a role title
    organisation: float  # 0..1: how much it reads as an organisation
    location: bool


@dataclass(frozen=True)
class Candidate:
    """One way to split a header, with the parts it found and its best guess of their roles."""

    separator: str  # the SEPARATORS name, "+" joined when several were used
    parts: tuple[Part, ...]
    role: str = ""
    organisation: str = ""
    location: str = ""
    dates: DateSpan | None = None
    score: float = 0.0


@cache
def _areas() -> frozenset[str]:
    with resource("import", "entry_words.toml").open("rb") as fh:
        return frozenset(w.casefold() for w in tomllib.load(fh)["roles"]["areas"])


def names_area(text: str) -> bool:
    """True when ``text`` only names a team or field (``Search Relevance``, ``NLP``): the
    qualifier of a role title, not an organisation."""
    roles, _, _ = _words()
    words = [w.casefold().strip(".,") for w in text.split()]
    return bool(words) and organisation_evidence(text) < 0.6 and all(w in _areas() or w in roles for w in words)


@cache
def _words() -> tuple[frozenset[str], tuple[str, ...], frozenset[str]]:
    with resource("import", "entry_words.toml").open("rb") as fh:
        table = tomllib.load(fh)
    roles = frozenset(w.casefold() for w in table["roles"]["words"])
    phrases = tuple(p.casefold() for p in table["roles"]["phrases"])
    suffixes = frozenset(w.casefold() for w in table["organisations"]["suffixes"])
    return roles, phrases, suffixes


def role_evidence(text: str) -> float:
    """0..1: a role phrase scores 1, else the share of the part's words that are role words."""
    roles, phrases, _ = _words()
    low = text.casefold()
    if any(re.search(rf"(?<!\w){re.escape(p)}(?!\w)", low) for p in phrases):
        return 1.0
    words = re.findall(r"[\w.+/-]+", low)
    if not words:
        return 0.0
    hits = sum(1 for w in words if w in roles or w.rstrip(".,") in roles
               or ("/" in w and all(x.rstrip(".,") in roles for x in w.split("/") if x)))  # "CEO/Founder"
    return min(1.0, hits / max(1, len(words)) * 1.5) if hits else 0.0


def organisation_evidence(text: str) -> float:
    """0..1: a legal or organisational suffix or a school word scores high; capitalised words
    with no role word score a little (a plain company name)."""
    _, _, suffixes = _words()
    words = re.findall(r"[\w.&/-]+", text)
    if not words:
        return 0.0
    low = [w.casefold().rstrip(",") for w in words]
    if low[-1] in suffixes or low[-1].rstrip(".") in suffixes or looks_like_school(text):
        return 0.9
    if any(w in suffixes for w in low[1:]):
        return 0.6
    caps = sum(1 for w in words if w[:1].isupper() or w.isupper())
    if caps == len(words) and role_evidence(text) == 0 and not is_location(text):
        return 0.35
    return 0.0


def _part(text: str, begin: int) -> Part | None:
    raw = text
    text = strip_edges(text)
    if not text:
        return None
    begin += raw.find(text) if text in raw else 0
    return Part(text, begin, begin + len(text), role_evidence(text), organisation_evidence(text), _place(text))


def _place(text: str) -> bool:
    """A location, also with the full stop some layouts end a header with (``Paris.``)."""
    return is_location(text) or (text.endswith(".") and is_location(text[:-1]))


def _split(text: str, pattern: str) -> list[tuple[str, int]]:
    out, at = [], 0
    for m in re.finditer(pattern, text):
        out.append((text[at:m.start()], at))
        at = m.end()
    out.append((text[at:], at))
    return out


def _rejoin_places(parts: list[tuple[str, int]], text: str) -> list[tuple[str, int]]:
    """Comma-split parts glued back where together they are one place (``Berlin, Germany``) or a
    name and its legal form (``Kestrel, Inc.``)."""
    _, _, suffixes = _words()
    out: list[tuple[str, int]] = []
    for t, at in parts:
        if out:
            prev, pat = out[-1]
            joined = text[pat:at + len(t)]
            named = organisation_evidence(prev) >= 0.6 or role_evidence(prev) > 0  # "Labs, Remote" is two parts
            if (is_location(strip_edges(joined)) and not named) or t.strip().casefold().rstrip(".") in suffixes:
                out[-1] = (joined, pat)
                continue
        out.append((t, at))
    return out


_QUALIFIED = 0.1  # what reading a comma as inside a title costs a candidate


def _qualified(pieces: list[tuple[str, int]], text: str) -> list[list[tuple[str, int]]]:
    """The comma-split pieces with one role title glued to the qualifier after it, for headers
    with more parts than a role, an organisation and a place (``Engineer, Search, Acme`` is the
    role ``Engineer, Search`` at ``Acme``): one variant per title followed by a comma and a part
    that names a team or field."""
    named = [t for t, _ in pieces if strip_edges(t) and not _place(strip_edges(t))]
    if len(named) < 3:
        return []
    out = []
    for k in range(len(pieces) - 1):
        (t, at), (u, bt) = pieces[k], pieces[k + 1]
        if text[at + len(t):bt].strip() != "," or not role_evidence(t) or not names_area(strip_edges(u)):
            continue
        out.append([*pieces[:k], (text[at:bt + len(u)], at), *pieces[k + 2:]])
    return out


def _guess(sep: str, parts: list[Part]) -> tuple[str, str, str, float]:
    """(role, organisation, location, score): the best reading of the parts."""
    if not parts:
        return "", "", "", 0.0
    loc = next((p for p in reversed(parts) if p.location and p.role == 0), None)
    rest = [p for p in parts if p is not loc]
    if loc is not None and not is_location(loc.text):  # "Paris." as a header ends: the place without its stop
        loc = Part(loc.text[:-1], loc.begin, loc.stop - 1, loc.role, loc.organisation, True)
    if "at" in sep.split("+") and len(rest) >= 2:  # "Role @ Company", "Role at Company"
        return (rest[0].text, rest[1].text, loc.text if loc else "",
                1.0 + rest[0].role + rest[1].organisation + (0.3 if loc else 0.0) - 0.1 * (len(rest) - 2))
    best = (-1.0, "", "")
    for i, r in enumerate(rest):
        for j, o in enumerate(rest):
            if i == j:
                continue
            # ties go to the order most headers use: organisation first
            s = r.role + o.organisation - r.organisation * 0.5 - o.role * 0.5 + (0.05 if j < i else 0.0)
            if s > best[0]:
                best = (s, r.text, o.text)
    if len(rest) == 1:
        only = rest[0]
        if only.role > only.organisation:
            return only.text, "", loc.text if loc else "", only.role
        return "", only.text, loc.text if loc else "", only.organisation
    score, role, org = best
    unsplit = sum(0.2 for t in (role, org) if re.search(r"\s[—–|·•]\s", t))  # a separator left inside a part
    return role, org, loc.text if loc else "", score + (0.3 if loc else 0.0) - unsplit


def split_header(text: str) -> list[Candidate]:
    """Candidate splits of an entry header line, best first. Dates are taken out first (and
    returned on every candidate); dotted leaders and a trailing ``(City)`` count as separators."""
    dates = find_dates(text)
    work = text
    if dates is not None:
        work = text[: dates.begin] + "\t" + text[dates.stop:]
    work = _LEADER.sub(lambda m: "\t" + " " * (len(m.group(0)) - 1), work)
    tail: Part | None = None
    paren = _PAREN.search(work)
    if paren and (is_location(paren.group(1)) or organisation_evidence(paren.group(1)) >= 0.6):
        tail = _part(paren.group(1), paren.start(1))
        work = work[: paren.start()] + " " * (len(work) - paren.start())
    found: list[Candidate] = []
    seen: set[tuple[str, ...]] = set()
    present = [(name, pat) for name, pat in SEPARATORS if re.search(pat, work.strip(" \t"))]
    tried = [[p] for p in present] + ([present] if len(present) > 1 else []) + [[]]
    for combo in tried:
        pattern = "|".join(f"(?:{pat})" for _, pat in combo) or r"(?!x)x"
        pieces = _split(work, pattern)
        variants = [(pieces, 0.0)]
        if any(name == "comma" for name, _ in combo):
            pieces = _rejoin_places(pieces, work)
            variants = [(pieces, 0.0), *((q, _QUALIFIED) for q in _qualified(pieces, work))]
        sep = "+".join(name for name, _ in combo) or "none"
        for variant, cost in variants:
            parts = [p for t, at in variant if (p := _part(t, at)) is not None]
            if tail is not None:
                parts.append(tail)
            key = tuple(p.text for p in parts)
            if not parts or key in seen:
                continue
            seen.add(key)
            role, org, loc, score = _guess(sep, parts)
            found.append(Candidate(sep, tuple(parts), role, org, loc, dates, score - cost))
    found.sort(key=lambda c: -c.score)
    return found


def best_split(text: str) -> Candidate | None:
    """The best candidate of :func:`split_header`, None for an empty line."""
    found = split_header(text)
    return found[0] if found else None
