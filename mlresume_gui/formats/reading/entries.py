"""Turning an entry's heading lines (company, title, dates, location in any order) into fields.

An entry arrives as a :class:`Block`: its heading lines, any plain lines after them and its bullets.
Each ``*_from_block`` function fills one model entry and returns the pieces it could not place,
so the caller can keep them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from dataclasses import field as _field
from functools import cache

from mlresume_gui.formats.reading.contacts import URL, full_url, is_location, segments
from mlresume_gui.formats.reading.lineparse import find_dates, flatten, remove_span, vocabulary
from mlresume_gui.model import (
    PRESENT,
    Bullet,
    CustomEntry,
    Education,
    Experience,
    Project,
    Volunteer,
)


@dataclass
class Block:
    """One entry as lines: heading lines, plain lines after them, bullets, and links found on them."""

    head: list[str] = _field(default_factory=list)
    body: list[str] = _field(default_factory=list)
    bullets: list[str] = _field(default_factory=list)
    links: list[str] = _field(default_factory=list)


@cache
def _words() -> dict[str, frozenset[str]]:
    e = vocabulary()["entries"]
    return {k: frozenset(w.casefold() for w in v) for k, v in e.items()}


def _tokens(text: str) -> list[str]:
    return re.findall(r"[\w'.+-]+", text.casefold())


# a heading with one piece is a role, not an organisation, when it reads this much like a title
LONE_TITLE_SCORE = 2
MAX_HEADING_CHARS = 200  # longer pieces are not split into title and company
MAX_PLACE_WORDS = 6  # words a place at the end of a heading may have ("San Francisco, CA, USA")


def title_score(text: str) -> int:
    """How much ``text`` reads like a job title (positive) rather than an organisation (negative)."""
    w = _words()
    toks = [t.strip(".") for t in _tokens(text)]
    score = sum(2 for t in toks if t in w["title_strong"]) + sum(1 for t in toks if t in w["title_weak"])
    score -= sum(3 for t in toks if t in w["company_marks"])
    if toks and toks[-1] == "research" and len(toks) > 1:  # "Google Research", "Microsoft Research"
        score -= 3
    return score


def is_institution(text: str) -> bool:
    """True for a school's name."""
    inst = _words()["institution_marks"]
    return any(t.strip(".,") in inst for t in _tokens(text))


_DEGREE = re.compile(
    r"^(?P<deg>(?:Ph\.?\s?D|D\.?\s?Phil|M\.?\s?Sc|M\.?\s?S|M\.?\s?Eng|M\.?\s?Tech|M\.?\s?Res|M\.?\s?Phil"
    r"|M\.?\s?A|MBA|B\.?\s?Sc|B\.?\s?S|B\.?\s?Eng|B\.?\s?Tech|B\.?\s?E|B\.?\s?A|A\.?\s?S|A\.?\s?A)\.?"
    r"|(?:Doctor|Master|Bachelor)(?:'?s)?(?:\s+of\s+(?:Applied\s+)?(?:Science|Arts|Engineering|Technology"
    r"|Philosophy|Business Administration|Mathematics))?(?:\s+degree)?|Diploma|Doctorate|Licentiate)"
    r"(?![A-Za-z])",
)


def split_degree(text: str) -> tuple[str, str] | None:
    """``("M.S.", "Computer Science")`` from ``M.S. in Computer Science``; None when no degree starts it."""
    m = _DEGREE.match(text.strip())
    if not m:
        return None
    rest = text.strip()[m.end():].strip()
    rest = re.sub(r"^(?:[,:–—-]\s*|in\s+|of\s+)", "", rest, flags=re.IGNORECASE).strip()
    return m.group("deg").strip(), rest


def _head_pieces(block: Block) -> tuple[list[str], object, object, list[str]]:
    """Dates, locations and the remaining pieces of the heading lines."""
    start = end = None
    locations: list[str] = []
    pieces: list[str] = []
    for line in block.head:
        span = find_dates(line)
        if span is not None and start is None and end is None:
            start, end = span.start, span.end
            line = remove_span(line, span)
        for seg in segments(line):
            if not locations and is_location(seg):
                locations.append(seg)
                continue
            head, place = _trailing_location(seg) if not locations else (seg, "")
            pieces.append(head)
            if place:
                locations.append(place)
    return pieces, start, end, locations


def _trailing_location(text: str) -> tuple[str, str]:
    """``("Engineer, Etsy", "Boston, MA")`` from ``Engineer, Etsy Boston, MA`` (a right-aligned place
    set so close to the text before it that no gap was seen); ``(text, "")`` when none ends it."""
    words = text.split(" ")
    for i in range(len(words) - 1, max(0, len(words) - MAX_PLACE_WORDS - 1), -1):
        tail = " ".join(words[i:])
        if "," not in tail or not words[i][:1].isupper():
            continue
        head = " ".join(words[:i]).rstrip(" ,")
        if is_location(tail) and head and not re.search(r"\b(?:of|in|at|for|and)$", head, re.IGNORECASE):
            return head, tail
    return text, ""


def split_title_company(piece: str) -> tuple[str, str] | None:
    if len(piece) > MAX_HEADING_CHARS:  # a paragraph, not a heading (and the splits below are per comma)
        return None
    m = re.match(r"^(.+?)\s+(?:at|@)\s+(.+)$", piece)
    if m and title_score(m.group(1)) > 0:
        return m.group(1), m.group(2)
    # "Title, Company" or "Company, Title", either side may hold commas itself: the split whose
    # title side reads most like a title and company side least
    best: tuple[int, str, str] | None = None
    parts = piece.split(",")
    for i in range(1, len(parts)):
        a, b = ",".join(parts[:i]).strip(), ",".join(parts[i:]).strip()
        sa, sb = title_score(a), title_score(b)
        for title, company, st, sc in ((a, b, sa, sb), (b, a, sb, sa)):
            if st > 0 and st > sc and (best is None or st - sc > best[0]):
                best = (st - sc, title, company)
    return (best[1], best[2]) if best else None


def experience_from_block(block: Block, cls: type = Experience) -> tuple[Experience | Volunteer, list[str]]:
    """A job (or volunteer role) from a block; the pieces it could not place."""
    pieces, start, end, locations = _head_pieces(block)
    title = company = ""
    if len(pieces) == 1:
        split = split_title_company(pieces[0])
        if split:
            title, company = split
            pieces = []
        elif title_score(pieces[0]) >= LONE_TITLE_SCORE:
            title = pieces.pop()  # a role with no organisation named ("Research Intern")
    if pieces and not title:
        scores = [title_score(p) for p in pieces]
        best = max(range(len(pieces)), key=lambda i: (scores[i], -i))
        if scores[best] > 0 and len(pieces) > 1:
            title = pieces.pop(best)
        elif len(pieces) > 1:
            title = pieces.pop(1)
        if pieces and not company:
            company = pieces.pop(0)
        if not title and pieces:
            title = pieces.pop(0)
    rest = pieces
    if start is None and end is not None and end is not PRESENT:
        start, end = end, None
    entry = cls()
    if cls is Volunteer:
        entry.organization, entry.position = company, title
    else:
        entry.company, entry.title = company, title
        entry.location = locations[0] if locations else ""
        if locations[1:]:
            rest.extend(locations[1:])
    entry.start, entry.end = start, end
    if block.links:
        entry.url = block.links[0]
    entry.description = "\n".join(block.body)
    entry.bullets = [Bullet(b) for b in block.bullets]
    if cls is Volunteer and locations:
        rest.extend(locations)
    return entry, rest


def education_from_block(block: Block) -> tuple[Education, list[str]]:
    """A degree from a block; the pieces it could not place."""
    pieces, start, end, locations = _head_pieces(block)
    edu = Education(start=start, end=end)
    notes: list[str] = []
    rest: list[str] = []
    for piece in pieces:
        gpa = re.search(r"\b(?:C?GPA|Grade)\s*[:：]?\s*([\d.]+(?:\s*/\s*[\d.]+)?)", piece, re.IGNORECASE)
        if gpa and not edu.gpa:
            edu.gpa = gpa.group(1)
            piece = (piece[: gpa.start()] + piece[gpa.end():]).strip(" ,;()")
            if not piece:
                continue
        deg = split_degree(piece)
        if deg and not edu.degree:
            edu.degree, edu.field = deg
            continue
        if not edu.institution and is_institution(piece):
            edu.institution = piece
            continue
        rest.append(piece)
    for piece in list(rest):
        if not edu.institution:
            edu.institution = piece
        elif not edu.degree:
            edu.degree = piece
        elif not edu.field and len(piece.split()) <= 5 and not re.search(r"[.:]", piece):
            edu.field = piece
        else:
            notes.append(piece)
        rest.remove(piece)
    if edu.start is None and edu.end is PRESENT:
        edu.end = PRESENT
    notes += locations + block.body + block.bullets
    edu.notes = "\n".join(notes)
    if block.links:
        edu.url = block.links[0]
    return edu, rest


_KEYWORDS = re.compile(r"^(?:tech(?:nologies)?|stack|tools|built with|keywords|skills)\s*[:：]\s*(.+)$", re.IGNORECASE)


def project_from_block(block: Block) -> tuple[Project, list[str]]:
    """A project from a block; the pieces it could not place."""
    pieces, start, end, locations = _head_pieces(block)
    if start is None and end is not None and end is not PRESENT:
        start, end = end, None
    proj = Project(start=start, end=end)
    desc: list[str] = []
    for piece in pieces + locations:
        kw = _KEYWORDS.match(piece)
        url = URL.fullmatch(piece)
        if url and not proj.url:
            proj.url = full_url(piece)
        elif kw:
            proj.keywords += [k.strip() for k in re.split(r"[,;]", kw.group(1)) if k.strip()]
        elif not proj.name:
            proj.name = piece
        else:
            desc.append(piece)
    if not proj.url and block.links:
        proj.url = block.links[0]
    for line in block.body:
        kw = _KEYWORDS.match(line)
        if kw:
            proj.keywords += [k.strip() for k in re.split(r"[,;]", kw.group(1)) if k.strip()]
        else:
            desc.append(line)
    proj.description = "\n".join(desc)
    proj.bullets = [Bullet(b) for b in block.bullets]
    return proj, []


def custom_entry_from_block(block: Block) -> CustomEntry:
    """An entry of a section with no fixed fields: a title, a subtitle after it, a date as written."""
    date = ""
    parts: list[str] = []
    for i, line in enumerate(block.head):
        span = find_dates(line) if not date else None
        if span is not None:
            date = flatten(line[span.begin:span.stop])
            line = remove_span(line, span)
        pieces = segments(line)
        if i == 0 and pieces:
            parts += [pieces[0], " — ".join(pieces[1:])]
        else:
            parts.append(flatten(line) if len(pieces) > 1 else " ".join(pieces))
    parts = [p for p in parts if p] + block.body
    entry = CustomEntry(title=parts[0] if parts else "", subtitle="\n".join(parts[1:]), date=date)
    entry.bullets = [Bullet(b) for b in block.bullets]
    return entry
