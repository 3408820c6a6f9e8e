"""Training labels without hand labelling: each segment of a document is matched to the value of
the document's truth (a Resume) that it prints, and takes that value's role.

Matching is by words: a segment's words (its dates taken out) are compared with every truth
value's words. Short values (a company, a title, a degree) may share one segment ("Role at
Company" becomes ``w_orgtitle``); long values (bullets, summary, publications, skill lines) may run
over several segments, the first taking the value's role and the rest ``cont``. Dates, locations
and headings that match nothing take their role from the entry beside them or from their look.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from mlresume_gui.formats.reading.contacts import EMAIL, PHONE, URL, is_location
from mlresume_gui.formats.reading.headings import section_for_heading
from mlresume_gui.formats.reading.labelling.roles import ROLES
from mlresume_gui.formats.reading.labelling.segments import Segment
from mlresume_gui.formats.reading.lineparse import find_dates, remove_span, strip_bullet
from mlresume_gui.formats.reading.nothing_lost import words
from mlresume_gui.model import Resume

_PAGE = re.compile(r"^(?:page\s*)?\d{1,3}(?:\s*(?:/|of)\s*\d{1,3})?$|^[-–]\s*\d{1,3}\s*[-–]$", re.IGNORECASE)
_GLUE = frozenset(["in", "of", "at", "and", "the", "for", "on", "a", "an", "to", "with", "as", "from"])
_DURATION = frozenset(["months", "month", "mos", "yrs", "yr", "years", "year", "weeks"])
_PRIORITY = ("w_org", "e_org", "w_title", "e_degree", "p_name", "name", "headline", "contact", "w_loc")
_COMBINED = {frozenset({"w_org", "w_title"}): "w_orgtitle", frozenset({"e_org", "e_degree"}): "e_orgdeg"}


@dataclass
class Value:
    """One printed value of the truth."""

    role: str
    group: str  # the entry it belongs to ("experience[1]"), or the field for basics
    tokens: list[str]
    long: bool

    @property
    def bag(self) -> set[str]:
        return set(self.tokens)


def _join(*parts: object) -> str:
    return " ".join(str(p) for p in parts if p)


def truth_values(resume: Resume) -> list[Value]:
    """Every value the truth holds, with the role a segment printing it takes."""
    out: list[Value] = []

    def add(role: str, group: str, text: object, long: bool = False) -> None:
        toks = _content(words(str(text or "")))
        if toks:
            out.append(Value(role, group, toks, long))

    b = resume.basics
    add("name", "name", b.name)
    add("headline", "headline", b.headline)
    for attr in ("email", "phone", "url"):
        add("contact", attr, getattr(b, attr))
    loc = b.location
    add("contact", "location", _join(loc.address, loc.city, loc.region, loc.country_code, loc.postal_code))
    for i, p in enumerate(b.profiles):
        add("contact", f"profile{i}", p.url or p.username)
        if p.username and p.url:
            add("contact", f"profile{i}u", p.username)
    add("summary", "summary", resume.summary, long=True)
    for section in ("experience", "volunteer"):
        for i, e in enumerate(resume.section(section)):
            g = f"{section}[{i}]"
            add("w_org", g, getattr(e, "company", "") or getattr(e, "organization", ""))
            add("w_title", g, getattr(e, "title", "") or getattr(e, "position", ""))
            add("w_loc", g, getattr(e, "location", ""))
            add("w_desc", g, e.description, long=True)
            for bullet in e.bullets:
                add("w_bullet", g, bullet.text, long=True)
    for i, ed in enumerate(resume.education):
        g = f"education[{i}]"
        add("e_org", g, ed.institution)
        add("e_degree", g, ed.degree)
        add("e_degree", g, ed.field)
        add("e_detail", g, ed.gpa)
        add("e_detail", g, ed.notes, long=True)
        add("e_detail", g, ", ".join(ed.courses), long=True)
    for i, p in enumerate(resume.projects):
        g = f"projects[{i}]"
        add("p_name", g, p.name)
        add("p_bullet", g, p.description, long=True)
        add("p_bullet", g, ", ".join(p.keywords), long=True)
        for bullet in p.bullets:
            add("p_bullet", g, bullet.text, long=True)
    for i, s in enumerate(resume.skills):
        add("skill", f"skills[{i}]", _join(s.category, ", ".join(s.items), s.level), long=True)
    for i, pub in enumerate(resume.publications):
        cites = f"{pub.citations} citations cited by" if pub.citations is not None else ""
        add("pub", f"publications[{i}]", _join(", ".join(pub.authors), pub.title, pub.venue,
                                               pub.date.year if pub.date else "", cites, pub.url), long=True)
    for section, fields in (("awards", ("title", "awarder", "summary")), ("certificates", ("name", "issuer")),
                            ("languages", ("language", "fluency")), ("interests", ("name",)),
                            ("references", ("name", "reference")),
                            ("competitions", ("name", "platform", "placement", "approach"))):
        for i, item in enumerate(resume.section(section)):
            text = _join(*(getattr(item, f) for f in fields))
            if section == "interests":
                text = _join(text, ", ".join(item.keywords))
            if section == "competitions":
                text = _join(text, *(bl.text for bl in item.bullets))
            add("item", f"{section}[{i}]", text, long=True)
    for k, sec in enumerate(resume.custom):
        for i, entry in enumerate(sec.entries):
            add("item", f"custom[{k}][{i}]", _join(entry.title, entry.subtitle, *(bl.text for bl in entry.bullets)),
                long=True)
    return out


def _residual(text: str) -> tuple[list[str], bool]:
    """The words of a segment without its date span, bullet and glue words, and whether it had a
    date."""
    _, bare = strip_bullet(text)
    span = find_dates(bare)
    if span is not None:
        bare = remove_span(bare, span)
    return _content(words(bare)), span is not None


def _content(toks: list[str]) -> list[str]:
    return [t for t in toks if t not in _GLUE] or toks


def _short_match(toks: list[str], values: list[Value], used: set[int]) -> tuple[float, list[Value]]:
    """The short values a segment prints (greedy cover) and the share of its words they cover;
    a value printed already ranks below one not yet seen (a headline repeated as a job title)."""
    seg = set(toks)
    cands = []
    for v in values:
        if v.long:
            continue
        bag = v.bag
        hit = len(bag & seg)
        seen = 0.3 if id(v) in used else 0.0
        if hit and hit >= 0.8 * len(bag):
            cands.append((hit - seen, v))
        elif hit and seg <= bag and hit >= 0.3 * len(bag):  # a wrapped part of a longer value
            cands.append((hit - 0.5 - seen, v))
    cands.sort(key=lambda c: -c[0])
    covered: set[str] = set()
    chosen: list[Value] = []
    for _, v in cands:
        new = (v.bag & seg) - covered
        if new:
            chosen.append(v)
            covered |= new
        if len(covered) >= len(seg):
            break
    return (len(covered) / len(seg) if seg else 0.0), chosen


def _long_match(toks: list[str], values: list[Value], open_value: Value | None,
                used: set[int], marked: bool = False) -> tuple[float, Value | None, bool]:
    """The long value a segment is part of, the share of its words found there, and whether the
    segment starts that value (a segment with a list marker never carries on the one before)."""
    seg = set(toks)
    if not seg:
        return 0.0, None, False
    if open_value is not None and not marked:
        cov = len(seg & open_value.bag) / len(seg)
        if cov >= 0.7:
            return cov, open_value, False
    best: tuple[float, int, Value] | None = None
    for v in values:
        if not v.long:
            continue
        cov = len(seg & v.bag) / len(seg)
        if cov < 0.7:
            continue
        starts = toks[:2] == v.tokens[:2] or (len(toks) == 1 and toks[0] == v.tokens[0])
        rank = cov + (0.2 if starts else 0.0) + (0.1 if id(v) not in used else 0.0)
        if marked and v is open_value:
            continue
        if best is None or rank > best[0]:
            best = (rank, 0, v)
    if best is None:
        return 0.0, None, False
    v = best[2]
    cov = len(seg & v.bag) / len(seg)
    starts = marked or toks[:2] == v.tokens[:2] or (len(toks) <= 2 and toks[0] == v.tokens[0]) or id(v) not in used
    return cov, v, starts


def _list_match(toks: list[str], values: list[Value]) -> Value | None:
    """The first of several long values of one role that a segment prints together
    ("Mandarin (Native), German (B2)" for two languages)."""
    seg = set(toks)
    by_role: dict[str, list[Value]] = {}
    for v in values:
        if v.long and v.bag & seg:
            by_role.setdefault(v.role, []).append(v)
    for vs in by_role.values():
        union = set().union(*(v.bag for v in vs))
        if len(vs) > 1 and len(seg & union) >= 0.8 * len(seg):
            return vs[0]
    return None


def align(segs: list[Segment], truth: Resume) -> list[str]:
    """The role of every segment of a document whose truth is ``truth``."""
    values = truth_values(truth)
    roles: list[str | None] = []
    groups: list[str | None] = []
    open_value: Value | None = None
    used: set[int] = set()
    prev_short: Value | None = None
    prev_toks: set[str] = set()
    for i, seg in enumerate(segs):
        toks, dated = _residual(seg.text)
        raw = seg.text.strip()
        if i and roles[-1] == "contact" and _wrapped_contact(segs[i - 1], seg):
            roles.append("cont")
            groups.append("contact")
            continue
        if roles and roles[-1] not in (None, "cont", "name", "w_title", "w_org", "e_org", "e_degree", "headline"):
            prev_short = None
        if not toks or (dated and len(toks) <= 2 and all(t.isdigit() or t in _DURATION for t in toks)):
            roles.append("date" if dated else ("furniture" if _PAGE.match(raw) else None))
            groups.append(None)
            continue
        if _vocab_heading(seg, segs[i - 1] if i else None):
            roles.append("heading")
            groups.append(None)
            open_value = None
            continue
        short_cov, chosen = _short_match(toks, values, used)
        marked = seg.first_of_line and (bool(seg.line.bullet) or bool(strip_bullet(raw)[0]))
        long_cov, long_v, starts = _long_match(toks, values, open_value, used, marked)
        carries = long_v is not None and long_v is open_value
        if long_v is not None and (long_cov > short_cov or (long_cov == short_cov and (len(toks) > 6 or carries))):
            roles.append("cont" if carries or not starts else long_v.role)
            groups.append(long_v.group)
            open_value = long_v
            used.add(id(long_v))
            continue
        if chosen and short_cov >= 0.6:
            kinds = frozenset(v.role for v in chosen)
            role = next((r for k, r in _COMBINED.items() if k <= kinds), None)
            if role is None:
                role = next((r for r in _PRIORITY if r in kinds), chosen[0].role)
            main = next(v for v in chosen if v.role == role or role in _COMBINED.values())
            # a wrapped short value: the segment before printed the start of the same value
            if (roles and roles[-1] == role and prev_short is not None and seg.first_of_line
                    and set(toks) < prev_short.bag and not prev_toks & set(toks)
                    and role in ("name", "w_title", "w_org", "e_org", "e_degree", "headline")):
                role = "cont"
                main = prev_short
            roles.append(role)
            groups.append(main.group)
            used.update(id(v) for v in chosen)
            open_value = None
            prev_short, prev_toks = main, set(toks)
            continue
        listed = _list_match(toks, values)
        if listed is not None:
            roles.append(listed.role)
            groups.append(listed.group)
            open_value = None
            continue
        if EMAIL.search(raw) or "@" in raw or (PHONE.search(raw) and sum(c.isdigit() for c in raw) >= 7) or URL.search(raw):
            roles.append("contact")
            groups.append("contact")
            continue
        roles.append("location" if is_location(raw) else ("furniture" if _PAGE.match(raw) else None))
        groups.append(None)
    return _settle(segs, roles, groups)


def _wrapped_contact(before: Segment, seg: Segment) -> bool:
    """An e-mail address or link cut at the column's edge: ``name@mail.co`` / ``m``."""
    raw = seg.text.strip()
    if not seg.first_of_line or " " in raw or len(raw) > 24 or EMAIL.search(raw) or URL.search(raw):
        return False
    if not (raw[:1].islower() or raw[:1].isdigit()) or seg.line.bold != before.line.bold:
        return False
    joined = before.text.strip() + raw
    return bool(EMAIL.fullmatch(joined) or URL.fullmatch(joined))


def _vocab_heading(seg: Segment, before: Segment | None) -> bool:
    """A line of its own that names a section and is set apart from the line before it."""
    if not (seg.first_of_line and seg.last_of_line) or not section_for_heading(seg.text):
        return False
    if before is None:
        return True
    text = seg.text.strip()
    letters = [c for c in text if c.isalpha()]
    caps = bool(letters) and all(c.isupper() for c in letters) and len(letters) > 2
    line, prev = seg.line, before.line
    return caps or line.bold != prev.bold or abs(line.size - prev.size) > 0.3 or bool(line.extra.get("heading"))


def _neighbour_family(segs: list[Segment], roles: list[str | None], i: int) -> str | None:
    """The entry family (w, e, p, pub, item ...) of the nearest labelled segment: on the same
    line first, then before and after (a heading bounds the search behind)."""
    same = [j for j in _around(i, len(roles)) if segs[j].line_index == segs[i].line_index]
    for j in same + [j for j in _around(i, len(roles)) if j not in same]:
        r = roles[j]
        if r == "heading" and j < i:
            continue
        if r and r[:2] in ("w_", "e_", "p_"):
            return r[:2]
        if r in ("pub", "item", "skill", "name", "contact", "headline", "heading"):
            return r
    return None


def _around(i: int, n: int) -> Iterator[int]:
    for d in range(1, 4):
        if i - d >= 0:
            yield i - d
        if i + d < n:
            yield i + d


def _settle(segs: list[Segment], roles: list[str | None], groups: list[str | None]) -> list[str]:
    """Dates, locations, headings and leftovers get their role from their neighbours and look."""
    out: list[str] = []
    for i, (seg, role) in enumerate(zip(segs, roles, strict=True)):
        if role in ("date", "location"):
            fam = _neighbour_family(segs, roles, i)
            if fam in ("w_", "e_", "p_"):
                role = fam + ("date" if role == "date" else "loc")
            elif fam in ("name", "contact", "headline", "heading") and role == "location":
                role = "contact"
            elif fam in ("pub", "item", "skill"):
                role = "cont"
            else:
                role = "other"
        elif role is None:
            role = "heading" if _is_heading(seg, roles, i) else "other"
        out.append(role if role in ROLES else "other")
    return out


def _is_heading(seg: Segment, roles: list[str | None], i: int) -> bool:
    if not (seg.first_of_line and seg.last_of_line):
        return False
    text = seg.text.strip()
    n = len(text.split())
    if section_for_heading(text) and n <= 6:
        return True
    if n > 5 or any(c.isdigit() for c in text) or text.endswith((".", ",")):
        return False
    letters = [c for c in text if c.isalpha()]
    caps = letters and sum(c.isupper() for c in letters) / len(letters) > 0.7
    nxt = next((r for r in roles[i + 1:] if r), None)
    return bool((seg.line.bold or caps) and nxt and nxt != "cont")
