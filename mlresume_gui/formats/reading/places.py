"""Places as resumes write them: ``Austin, TX``, ``Berlin, Germany``, ``Nairobi (KE)``,
``München – Bavaria``, ``2 Quay Street, Dublin, D02 X285``.

``is_location`` is strict (a place word from the vocabulary must vouch for the text), for telling a
place from a company or a title anywhere in a resume. ``parse_place`` reads a place whose line is
already known to be a contact detail, so it takes any text shaped like a place name; the country
codes, countries, regions and place words are data in ``resources/import/vocabulary.toml``.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import cache

from mlresume_gui.formats.reading.lineparse import vocabulary
from mlresume_gui.resources import resource

_MAX_CHARS = 80
_PARTS = re.compile(r"\s*(?:,|\s[–—-]\s|\s[|·•/]\s)\s*")
_CODE_IN_PARENS = re.compile(r"^(?P<name>.+?)\s*\((?P<code>[A-Za-z]{2,3})\)$")
_POSTAL = re.compile(r"^(?:[A-Z]{1,2}-?)?\d{3,6}(?:-\d{3,4})?$|^[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}$|^[A-Z]\d[A-Z]\s*\d[A-Z]\d$")
_PLACE_WORD = re.compile(r"[^\W\d_][\w'’.-]*", re.UNICODE)
_HOUSE = re.compile(r"^\d{1,4}[a-z]?\s+\S+\s+\S|\s\d{1,4}[a-z]?$", re.IGNORECASE)
_LABEL = re.compile(r"^(?:location|address|based in|city|lives in)\s*[:：]?\s+", re.IGNORECASE)


@dataclass(frozen=True)
class Place:
    """A place read from a line: the city, the region or state, the country (a code or a name),
    the street address and postal code where written, and the text as written."""

    city: str
    region: str = ""
    country: str = ""
    address: str = ""
    postal_code: str = ""
    text: str = ""


@cache
def _tables() -> dict[str, frozenset[str]]:
    loc = vocabulary()["locations"]
    return {
        "regions": frozenset(r.casefold() for r in loc["regions"]),
        "countries": frozenset(c.casefold() for c in loc["countries"]),
        "all_countries": frozenset(c.casefold() for c in (*loc["countries"], *loc.get("local_countries", ()))),
        "cities": frozenset(c.casefold() for c in (*loc["cities"], *_world_cities())),
        "remote": frozenset(r.casefold() for r in loc["remote"]),
        "codes": frozenset(c.upper() for c in loc.get("country_codes", ())),
        "connectors": frozenset(c.casefold() for c in loc.get("name_connectors", ())),
        "streets": frozenset(c.casefold() for c in loc.get("street_words", ())),
        "not_places": frozenset(c.casefold() for c in (*loc.get("not_places", ()), *_role_words())),
    }


def _world_cities() -> list[str]:
    """The cities of ``resources/import/cities.txt`` (made by scripts/make_cities.py)."""
    text = resource("import", "cities.txt").read_text(encoding="utf-8")
    return [ln for ln in text.splitlines() if ln and not ln.startswith("#")]


def _role_words() -> list[str]:
    """The words that make a part read as a job title (a title is no place)."""
    with resource("import", "entry_words.toml").open("rb") as fh:
        return list(tomllib.load(fh)["roles"]["words"])


def is_location(text: str) -> bool:
    """True for a place as resumes write it: ``Austin, TX``, ``Berlin, Germany``, ``Remote``, ``London``."""
    t = text.strip().strip("()").strip()
    if not t or len(t) > 60 or re.search(r"\d|@", t):
        return False
    tab = _tables()
    regions, countries, cities, remote = tab["regions"], tab["countries"], tab["cities"], tab["remote"]
    low = t.casefold()
    if low in remote or low in countries or low in cities:
        return True
    m = re.fullmatch(r"(.+?)\s*\((remote|hybrid|on-?site)\)", low)
    if m:
        return True
    parts = [p.strip() for p in low.split(",")]
    if len(parts) < 2 or len(parts) > 3 or not all(parts) or any(len(p.split()) > 3 for p in parts):
        return False
    if not re.fullmatch(r"[^\W\d_][\w .'’-]*", parts[0]):
        return False
    last = parts[-1]
    if len(parts) == 3 and parts[1] not in regions and parts[1] not in countries:
        return False  # "Cambridge, MA, USA" names a region in the middle
    return last in regions or last in tab["all_countries"] or parts[0] in cities or (
        last in remote and len(parts[0].split()) <= 3
    )


def _is_code(word: str) -> bool:
    """A country or region code as written: two or three capitals (``KE``, ``USA``, ``NSW``)."""
    tab = _tables()
    return bool(re.fullmatch(r"[A-Z]{2,3}", word)) and (word in tab["codes"] or word.casefold() in tab["regions"])


def _is_name(part: str) -> bool:
    """True for a place name: one to four words, each capitalised (``Rio de Janeiro``,
    ``Saint-Étienne``, ``Frankfurt am Main``) or a code."""
    tab = _tables()
    words = part.split()
    if not 1 <= len(words) <= 4 or len(part) > 40:
        return False
    if part.casefold() in tab["not_places"] or any(w.casefold().strip(".") in tab["not_places"] for w in words):
        return False
    for k, w in enumerate(words):
        if not _PLACE_WORD.fullmatch(w):
            return False
        if w[0].isupper() or _is_code(w):
            continue
        if k > 0 and k < len(words) - 1 and w.casefold() in tab["connectors"]:
            continue
        return False
    return True


def _is_street(part: str) -> bool:
    """True for the street part of an address: a street word, or a house number beside words."""
    words = [w.casefold().strip(".,") for w in part.split()]
    return bool(re.search(r"\d", part)) and (any(w in _tables()["streets"] for w in words) or bool(_HOUSE.search(part)))


def _known(part: str) -> str:
    """What a known place word says a part is: "country", "region", "city" or ""."""
    tab = _tables()
    low = part.casefold()
    if low in tab["regions"]:
        return "region"
    if part in tab["codes"] or low in tab["all_countries"]:
        return "country"
    if low in tab["cities"]:
        return "city"
    return ""


def _peel_codes(name: str) -> list[str]:
    """A place name with the region and country codes written after it without commas split
    off: ``Seattle WA US`` -> ``Seattle``, ``WA``, ``US``; ``Madrid ES`` -> ``Madrid``, ``ES``;
    ``London England GB`` -> ``London``, ``England``, ``GB``."""
    words = name.split()
    codes: list[str] = []
    while len(words) > 1 and len(codes) < 2 and _is_code(words[-1]):
        codes.insert(0, words.pop())
    if len(codes) == 1:  # "London England GB": a region or country named in words before the code
        for k in (2, 1):
            tail = " ".join(words[-k:])
            if len(words) > k and _known(tail) in ("country", "region") and _known(" ".join(words)) != "city":
                return [" ".join(words[:-k]), tail, *codes]
    return [" ".join(words), *codes]


def parse_place(text: str) -> Place | None:
    """The place a contact line names (the line is known to hold contact details); None when the
    text is not shaped like a place: more than a street, a city and two larger areas, lower-case
    words, a job title or a section name."""
    raw = text.strip().strip(" ,;|·•").strip()
    raw = _LABEL.sub("", raw).strip()
    if not raw or len(raw) > _MAX_CHARS or re.search(r"[@:/\\]|https?|www\.", raw, re.IGNORECASE):
        return None
    parts = [p.strip(" .") for p in _PARTS.split(raw) if p.strip(" .")]
    address = postal = ""
    if len(parts) >= 2 and _is_street(parts[0]):
        address, parts = parts[0], parts[1:]
    names: list[str] = []
    country = ""
    for part in parts:
        m = _CODE_IN_PARENS.match(part)
        if m and _is_code(m.group("code").upper()) and not country:
            names.append(m.group("name").strip())
            country = m.group("code").upper()  # "Lagos (NG)": a code in brackets is the country
            continue
        words = part.split()
        # a postal code before or after the name: "10115 Berlin", "CA 94115", "Dublin D02 X285"
        if len(words) >= 2 and _POSTAL.match(words[0]):
            postal, part = words[0], " ".join(words[1:])
        elif len(words) >= 2 and _POSTAL.match(words[-1]):
            postal, part = words[-1], " ".join(words[:-1])
        elif len(words) >= 3 and _POSTAL.match(" ".join(words[-2:])):
            postal, part = " ".join(words[-2:]), " ".join(words[:-2])
        elif _POSTAL.match(part) and names:
            postal = part
            continue
        names.append(part)
    if not names or len(names) > 3 or not all(_is_name(n) for n in names):
        return None
    peeled = [*_peel_codes(names[0]), *names[1:]]
    names = peeled if len(peeled) <= 3 else names
    if re.search(r"\d", "".join(names)):
        return None
    if len(names) == 3 and not any(_known(n) in ("country", "region") for n in names[1:]):
        return None  # three parts and no known region or country among them: a list, not a place
    city, region = names[0], ""
    if _known(city) == "country" and len(names) == 1 and len(city) <= 3:
        return None  # a code alone is no city
    coded = _is_code(names[-1]) and _known(names[-1]) == "country"  # "Leeds England GB": GB is the country
    for n in names[1:]:
        kind = _known(n)
        if kind == "country" and not country and not (coded and n is not names[-1]):
            country = n
        elif not region:
            region = n
        elif not country:
            country = n
        else:
            return None
    return Place(city, region, country, address, postal, text.strip())
