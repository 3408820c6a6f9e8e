"""Cut a person's JSON Resume to what one produced document prints, checked on its text.

Every string field of the source (names, companies, positions, bullets, schools,
degrees, skills, titles, contact details) is kept only where the document's extracted
text contains it after normalising case, whitespace, punctuation and hyphenation; URLs
also count when they are only link targets.  A date keeps its month when the text shows
that month with its year in one of the usual forms, its year alone when only the year
shows, and is dropped otherwise.  What was dropped is counted per field, so the report
can say what each producer leaves out.
"""

from __future__ import annotations

import copy
import re
import unicodedata
from collections import Counter

from view import MONTHS

_DROP = str.maketrans({"\u00ad": "", "\u200b": "", "\ufb01": "fi", "\ufb02": "fl"})


def _fold(s: str) -> str:
    return unicodedata.normalize("NFKC", s.translate(_DROP)).casefold()


def flat(s: str) -> str:
    """Letters and digits only: immune to wrapping, hyphenation, dashes and quotes."""
    return re.sub(r"[\W_]+", "", _fold(s))


def norm_url(u: str) -> str:
    u = _fold(u.strip())
    u = re.sub(r"^(mailto:|tel:)", "", u)
    u = re.sub(r"^[a-z][a-z0-9+.-]*://", "", u)
    return re.sub(r"^www\.", "", u).rstrip("/")


class Printed:
    """The text and links of one document, with the containment tests the cut uses."""

    def __init__(self, text: str, links: list[str]):
        self.raw = text
        self.flat = flat(text)
        self.words = " " + re.sub(r"[\W_]+", " ", _fold(text)) + " "
        self.links = {norm_url(x) for x in links}

    def has(self, s) -> bool:
        if not isinstance(s, str) or not s.strip():
            return False
        k = flat(s)
        if not k:
            return False
        if len(k) <= 3:
            word = re.sub(r"[\W_]+", " ", _fold(s)).strip()
            return f" {word} " in self.words
        return k in self.flat

    def phone(self, phone: str) -> str | None:
        """The phone as this document prints it (themes reformat numbers), or None."""
        if self.has(phone):
            return phone
        want = re.sub(r"\D", "", phone)
        for m in re.finditer(r"\+?\(?\d[\d ().\-\u2011]{6,}\d", self.raw):
            got = re.sub(r"\D", "", m.group())
            if len(got) >= 7 and (got.endswith(want[-9:]) or want.endswith(got[-9:])):
                return m.group().strip()
        return None

    def has_url(self, u: str) -> bool:
        return norm_url(u) in self.links or self.has(norm_url(u))

    def date(self, iso: str, other: str | None = None) -> str | None:
        """The truth a printed date supports: 'YYYY-MM', 'YYYY' or None."""
        y = iso[:4]
        if len(iso) >= 7:
            m = int(iso[5:7])
            name = MONTHS[m - 1]
            forms = [f"{name[:3]}{y}", f"{name}{y}", f"{m:02d}{y}", f"{y}{m:02d}", f"sept{y}" if m == 9 else ""]
            if other and len(other) >= 7 and other[:4] == y:
                forms.append(f"{name}{MONTHS[int(other[5:7]) - 1]}{y}")
                forms.append(f"{name[:3]}{MONTHS[int(other[5:7]) - 1][:3]}{y}")
            if any(f and flat(f) in self.flat for f in forms):
                return iso[:7]
        return y if self.has(y) else None


def cut(source: dict, printed: Printed, drops: Counter) -> dict | None:
    """The truth for one document, or None when it does not even print the name."""
    src = copy.deepcopy(source)
    src.pop("meta", None)
    b = src.get("basics", {})
    if not printed.has(b.get("name")):
        drops["basics.name"] += 1
        return None
    out: dict = {"$schema": src.get("$schema")} if src.get("$schema") else {}
    out["basics"] = _basics(b, printed, drops)
    specs = {
        "work": ("name", ["position", "location", "summary"], "highlights"),
        "volunteer": ("organization", ["position", "summary"], "highlights"),
        "education": ("institution", ["studyType", "area", "score"], "courses"),
        "projects": ("name", ["description", "entity"], "highlights"),
        "publications": ("name", ["publisher", "summary"], "authors"),
        "awards": ("title", ["awarder", "summary"], None),
        "certificates": ("name", ["issuer"], None),
        "languages": ("language", ["fluency"], None),
        "interests": ("name", [], "keywords"),
        "skills": ("name", [], "keywords"),
    }
    for sec, (key, fields, listf) in specs.items():
        items = []
        for it in src.get(sec) or []:
            got = _entry(sec, it, key, fields, listf, printed, drops)
            if got:
                items.append(got)
        if items:
            out[sec] = items
    return out


def _basics(b: dict, p: Printed, drops: Counter) -> dict:
    out = {"name": b["name"]}
    if b.get("phone"):
        printed = p.phone(b["phone"])
        if printed:
            out["phone"] = printed
        else:
            drops["basics.phone"] += 1
    for f in ("label", "email", "summary"):
        if b.get(f):
            if p.has(b[f]):
                out[f] = b[f]
            else:
                drops[f"basics.{f}"] += 1
    if b.get("url"):
        if p.has_url(b["url"]):
            out["url"] = b["url"]
        else:
            drops["basics.url"] += 1
    loc = {}
    for f, v in (b.get("location") or {}).items():
        if p.has(v):
            loc[f] = v
        else:
            drops[f"basics.location.{f}"] += 1
    if loc:
        out["location"] = loc
    profiles = []
    for pr in b.get("profiles") or []:
        if pr.get("url") and p.has_url(pr["url"]):
            profiles.append(pr)
        elif pr.get("username") and p.has(pr["username"]):
            profiles.append({k: v for k, v in pr.items() if k != "url"})
            drops["basics.profiles.url"] += 1
        else:
            drops["basics.profiles"] += 1
    if profiles:
        out["profiles"] = profiles
    return out


def _entry(sec, it, key, fields, listf, p: Printed, drops: Counter) -> dict | None:
    if not p.has(it.get(key)):
        drops[f"{sec}.{key}"] += 1
        return None
    out = {key: it[key]}
    for f in fields:
        if it.get(f):
            if p.has(it[f]):
                out[f] = it[f]
            else:
                drops[f"{sec}.{f}"] += 1
    if it.get("url"):
        if p.has_url(it["url"]):
            out["url"] = it["url"]
        else:
            drops[f"{sec}.url"] += 1
    start_f, end_f = ("releaseDate", None) if sec == "publications" else ("date", None) \
        if sec in ("awards", "certificates") else ("startDate", "endDate")
    if it.get(start_f):
        d = p.date(it[start_f], it.get(end_f) if end_f else None)
        if d:
            out[start_f] = d
        else:
            drops[f"{sec}.{start_f}"] += 1
    if end_f and it.get(end_f) and start_f in out:
        d = p.date(it[end_f])
        if d:
            out[end_f] = d[:4] if len(out[start_f]) == 4 else d
        else:
            drops[f"{sec}.{end_f}"] += 1
            del out[start_f]  # a range without its end would read as "present"
    if listf and it.get(listf):
        kept = [x for x in it[listf] if p.has(x)]
        drops[f"{sec}.{listf}"] += len(it[listf]) - len(kept)
        if kept:
            out[listf] = kept
        elif sec in ("skills", "interests"):
            return None
    return out
