"""A publication's title told from the venue and dates printed after or before it on one run of
text: ``Title, KDD``, ``Title in KDD 2022, 1 June``, ``Title NeurIPS 2015 2015-10``,
``June 2022 Title``, ``2015: Title``.

A venue is a short tail that names a known venue (``resources/knowledge/venues.toml``), holds a
venue word (``Proceedings``, ``Workshop``, ``preprint`` ... in ``resources/import/vocabulary.toml``)
or an acronym, usually with a year.
"""

from __future__ import annotations

import re
import tomllib
from functools import cache

from mlresume_gui.formats.reading.lineparse import vocabulary
from mlresume_gui.resources import resource

_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
_TRAILING_DATE = re.compile(
    rf"[\s,;(]*(?:\d{{4}}-\d{{2}}(?:-\d{{2}})?|\d{{1,2}}\s+{_MONTH}|{_MONTH}(?:\s+\d{{1,2}})?(?:,?\s+\d{{4}})?|\d{{4}})\)?\s*$",
    re.IGNORECASE)
_LEADING_DATE = re.compile(rf"^\s*(?:{_MONTH}\s+)?\d{{4}}\s*[:.–—-]?\s+(?=\S)", re.IGNORECASE)
_ACRONYM = re.compile(r"\b(?:[A-Z][A-Za-z]*[A-Z][A-Za-z]*|[a-z]+[A-Z][A-Za-z]*)\b")
MIN_TITLE_WORDS = 3
MAX_VENUE_WORDS = 10


@cache
def _venues() -> tuple[frozenset[str], tuple[str, ...]]:
    with resource("knowledge", "venues.toml").open("rb") as fh:
        table = tomllib.load(fh)
    names = frozenset(v.casefold() for v in table.get("main", ()))
    words = tuple(w.casefold() for w in vocabulary().get("publications", {}).get("venue_words", ()))
    return names, words


def strip_leading_date(text: str) -> str:
    """``text`` without a date it starts with (``June 2022 Title``, ``2015: Title``)."""
    return _LEADING_DATE.sub("", text.strip())


def strip_dates(text: str) -> str:
    """``text`` without dates at its start or end (``June 2022 Title``, ``Title, 1 June``)."""
    out = _LEADING_DATE.sub("", text.strip())
    for _ in range(3):
        new = _TRAILING_DATE.sub("", out).rstrip(" ,;")
        if new == out or len(new.split()) < MIN_TITLE_WORDS:
            break
        out = new
    return out.strip()


def looks_like_venue(text: str, dated: bool = True) -> bool:
    """True for a short phrase that names where a paper appeared (an acronym alone counts only
    when ``dated``: a year was printed with it)."""
    t = text.strip(" ,.;()")
    words = t.split()
    if not words or len(words) > MAX_VENUE_WORDS:
        return False
    names, venue_words = _venues()
    low = [w.casefold().strip(",.;:()") for w in words]
    if any(w in names for w in low) or t.casefold() in names:
        return True
    if any(w in venue_words for w in low):
        return True
    acronyms = [m.group(0) for m in _ACRONYM.finditer(t)]
    return dated and bool(acronyms) and len(words) <= 4


def split_title_venue(text: str) -> tuple[str, str]:
    """(title, venue) of a title run together with its venue; the venue is "" when none is
    found and the title keeps at least three words."""
    t = strip_dates(text)
    best = (t, "")

    def dated(title: str) -> bool:
        at = text.find(title)
        return bool(re.search(r"\b(?:19|20)\d{2}\b", text[at + len(title):] if at >= 0 else text))

    # "Title in Venue", "Title, Venue", "Title — Venue": the last such break that leaves a venue
    for m in reversed(list(re.finditer(r"\s+in\s+(?=\w)|,\s+|\s+[–—|]\s+", t))):
        title, venue = t[: m.start()].strip(), t[m.end():].strip()
        if len(title.split()) >= MIN_TITLE_WORDS and looks_like_venue(venue, dated(title)):
            best = (title, venue)
            break
    if best[1]:
        return best
    # "Title NeurIPS 2015": a known venue or an acronym ending the run
    words = t.split()
    for k in range(len(words) - 1, MIN_TITLE_WORDS - 1, -1):
        venue = " ".join(words[k:])
        title = " ".join(words[:k]).rstrip(" ,;")
        if len(words[k:]) <= 3 and _ACRONYM.search(words[k]) and looks_like_venue(venue, dated(title)):
            return title, venue
    return best
