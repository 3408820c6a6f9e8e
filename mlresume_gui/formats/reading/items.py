"""One-line items: publications, skills lines, awards, certificates, competitions, languages."""

from __future__ import annotations

import re

from mlresume_gui.formats.reading.citation_parts import split_title_venue, strip_leading_date
from mlresume_gui.formats.reading.contacts import URL, full_url
from mlresume_gui.formats.reading.lineparse import (
    all_years,
    find_dates,
    parse_date,
    remove_span,
    strip_bullet,
)
from mlresume_gui.formats.reading.names import name_particles
from mlresume_gui.model import (
    Award,
    Bullet,
    Certificate,
    Competition,
    Interest,
    Language,
    PartialDate,
    Publication,
    SkillGroup,
)

# -- publications -----------------------------------------------------------------------------

# a title in typographic quotes, which may hold quotes of its own: first the form citations close
# with a full stop or comma inside the quotes ("“Title.”"), then any pair
_CURLY = (re.compile(r"“(.+?[.,])”"), re.compile(r"“(.+?)”"))
_QUOTED = re.compile(r"[\"“”«](.+?)[\"“”»]")
_SENTENCE = re.compile(r"(?<!\b[^\W\d_])(?<!\bal)(?<!\bet)(?<!\bvs)(?<!\bpp)\.\s+(?=\S)")
_CITES = re.compile(r"\(?\s*(?:cited by\s*(\d[\d,]*)|(\d[\d,]*)\+?\s*citations?)\s*\)?", re.IGNORECASE)
_NAME_WORD = re.compile(r"[^\W\d_][\w'’-]*\.?(?:-[^\W\d_][\w'’]*\.?)?")


def _is_name(text: str) -> bool:
    """True for one person's name as citations write it (``J. Doe``, ``Zoë Ångström-Núñez``)."""
    words = text.strip().lstrip("*").rstrip("*†‡").split()
    if not 1 <= len(words) <= 5 or not words[0][0].isupper() or not words[-1][0].isupper():
        return False
    particles = name_particles()
    return all((w[0].isupper() and _NAME_WORD.fullmatch(w)) or w.casefold() in particles for w in words)

_SPLIT_AUTHORS = re.compile(r"\s*(?:,\s*(?:and\s+|&\s*)?|\s+and\s+|\s*&\s*|;\s*)")


def split_authors(text: str) -> list[str]:
    """``["J. Doe", "A. Li"]`` from ``J. Doe, A. Li and B. Kim``."""
    return [a.strip() for a in _SPLIT_AUTHORS.split(text.strip().rstrip(".")) if a.strip()]


def looks_like_authors(text: str) -> bool:
    """True when ``text`` is a list of people's names."""
    names = split_authors(text)
    if not names:
        return False
    ok = sum(1 for n in names if _is_name(n) or n in {"et al", "et al."})
    return ok == len(names) and (len(names) > 1 or len(text.split()) <= 4)


def publication_from_text(text: str) -> tuple[Publication, list[str]]:
    """A publication from one citation line, in the common orders (authors, title, venue, year)."""
    pub = Publication()
    cites = _CITES.search(text)
    if cites:
        pub.citations = int((cites.group(1) or cites.group(2)).replace(",", ""))
        text = (text[: cites.start()] + text[cites.end():]).strip()
    url = URL.search(text)
    if url and "/" in url.group(0):
        pub.url = full_url(url.group(0))
        text = (text[: url.start()] + text[url.end():]).strip(" .,")
    span = find_dates(text)
    if span is not None:
        date = span.end if span.start is None else span.start
        pub.date = date if isinstance(date, PartialDate) else None
    elif all_years(text):
        pub.date = PartialDate(all_years(text)[-1])
    text = strip_leading_date(text)  # "June 2022 Title", "2015: Authors. Title."
    quoted = _CURLY[0].search(text) or _CURLY[1].search(text) or _QUOTED.search(text)
    if quoted:
        pub.title = quoted.group(1).strip().rstrip(".,")
        before, after = text[: quoted.start()].strip(" .,:"), text[quoted.end():].strip(" .,:")
        parts = [before] if before else []
        venue = after
    else:
        parts = [p.strip() for p in _SENTENCE.split(text) if p.strip()]
        venue = ""
        if len(parts) >= 3:
            if looks_like_authors(parts[0]):
                pub.title, venue, parts = parts[1], ". ".join(parts[2:]), [parts[0]]
            elif looks_like_authors(parts[1]):
                pub.title, venue, parts = parts[0], ". ".join(parts[2:]), [parts[1]]
            else:
                pub.title, venue, parts = parts[0], ". ".join(parts[1:]), []
        elif len(parts) == 2:
            if looks_like_authors(parts[0]):
                pub.title, parts = parts[1], [parts[0]]
            else:
                pub.title, venue, parts = parts[0], parts[1], []
        else:
            pub.title, parts = text, []
    if not venue and not quoted:
        pub.title, venue = split_title_venue(pub.title)  # "Title in KDD 2022", "Title, ICML"
    if parts:
        pub.authors = split_authors(parts[0])
    venue = re.sub(r"^(?:in|at|published in|appeared in)\s*:?\s+", "", venue.strip(" .,"), flags=re.IGNORECASE)
    if pub.date is not None:
        # the year set off from the venue ("ICML, 2021", "ICML (2021)") is the date's; written into
        # the venue's name ("AISTATS 2018") it stays there
        venue = re.sub(rf"(?:\s*,\s*|\s*\(\s*|^)(?:{pub.date.year}|'{pub.date.year % 100:02d})\)?\s*$", "",
                       venue).strip(" ,.")
        pub.title = re.sub(rf"[\s,(]*{pub.date.year}\)?\s*$", "", pub.title).strip(" ,.")
    pub.venue = venue
    pub.title = pub.title.strip().rstrip(".")
    pub.workshop = "workshop" in venue.casefold()
    return pub, []


# -- skills -----------------------------------------------------------------------------------

_CATEGORY = re.compile(r"^([^:：\t|]{1,40}?)\s*(?:[:：]|\t|\s[–—|-]\s)\s*(.+)$")


def split_items(text: str) -> list[str]:
    """Items of a list line, split at commas, semicolons, bars and dots, not inside parentheses."""
    out, depth, cur = [], 0, []
    for ch in text:
        if ch in "([":
            depth += 1
        elif ch in ")]":
            depth = max(0, depth - 1)
        if depth == 0 and ch in ",;|·•\t":
            out.append("".join(cur))
            cur = []
        else:
            cur.append(ch)
    out.append("".join(cur))
    return [i.strip().rstrip(".") for i in out if i.strip().rstrip(".")]


def skill_group_from_text(text: str) -> SkillGroup:
    """``SkillGroup("Serving", ["vLLM", "Triton"])`` from ``Serving: vLLM, Triton``."""
    m = _CATEGORY.match(text)
    if m and len(m.group(1).split()) <= 5 and "," not in m.group(1):
        return SkillGroup(category=m.group(1).strip(), items=split_items(m.group(2)))
    return SkillGroup(items=split_items(text))


# -- languages and interests ------------------------------------------------------------------


def languages_from_text(text: str) -> list[Language]:
    """``English (native), German (B2)`` or ``English — Native``."""
    out = []
    for item in split_items(text):
        m = re.match(r"^(.+?)\s*(?:\((.+)\)|[:–—-]\s*(.+))$", item)
        if m:
            out.append(Language(language=m.group(1).strip(), fluency=(m.group(2) or m.group(3)).strip()))
        else:
            out.append(Language(language=item))
    return out


def interests_from_text(text: str) -> list[Interest]:
    """One interest per listed item (``Category: a, b`` keeps a, b as keywords)."""
    m = _CATEGORY.match(text)
    if m and "," not in m.group(1):
        return [Interest(name=m.group(1).strip(), keywords=split_items(m.group(2)))]
    return [Interest(name=i) for i in split_items(text)]


# -- awards, certificates, competitions -------------------------------------------------------


def _date_and_rest(text: str) -> tuple[PartialDate | None, str]:
    span = find_dates(text)
    if span is None:
        return None, text
    date = span.start or span.end
    return (date if isinstance(date, PartialDate) else None), remove_span(text, span)


_DASHES = re.compile(r"\s+[–—|·-]\s+")


def _two_parts(text: str) -> list[str]:
    """A name and who gave it (an award's awarder, a certificate's issuer), split where they meet.

    The issuer comes last, and names hold dashes of their own ("Machine Learning – Specialty"), so
    the split is at a piece boundary (a tab) if there is one, else at the last em dash, else at the
    last other dash, bar or dot, else at the first comma."""
    text = text.strip()
    if "\t" in text:
        parts = [p.strip() for p in text.split("\t") if p.strip()]
        if len(parts) > 1:
            return [" ".join(parts[:-1]), parts[-1]] if len(parts) > 2 else parts
        text = parts[0] if parts else ""
    for pattern in (re.compile(r"\s+—\s+"), _DASHES):
        found = list(pattern.finditer(text))
        if found:
            cut = found[-1]
            return [p for p in (text[: cut.start()].strip(), text[cut.end():].strip()) if p]
    return [p.strip() for p in re.split(r",\s+", text, maxsplit=1) if p.strip()]


def _head_and_body(lines: list[str]) -> tuple[str, list[str]]:
    """An item's heading (its pieces tab-joined, the lines up to the one with its date) and the
    lines under it. Pieces of one line arrive joined by ``" | "``."""
    clean = [ln.strip() for ln in lines if ln.strip()]
    listed = next((i for i, ln in enumerate(clean) if i and strip_bullet(ln)[0]), len(clean))
    end = next((i for i, ln in enumerate(clean[:listed]) if find_dates(ln) is not None), 0)
    head = " ".join(clean[: end + 1])
    pieces = [p.strip() for p in head.split(" | ") if p.strip()]
    return "\t".join(pieces), [strip_bullet(ln)[1] for ln in clean[end + 1:]]


def _date_piece(text: str) -> tuple[PartialDate | None, str]:
    """The date of a tab-joined heading and the heading without it (the date's piece dropped)."""
    pieces = text.split("\t")
    for k, piece in enumerate(pieces):
        date, rest = _date_and_rest(piece)
        if date is not None:
            pieces[k] = rest.strip(" ,;()|")
            return date, "\t".join(p for p in pieces if p.strip())
    return None, text


def award_from_lines(lines: list[str]) -> Award:
    """An award from its lines: ``Title — Awarder`` with its date, then a summary under it."""
    head, body = _head_and_body(lines)
    date, rest = _date_piece(head)
    parts = _two_parts(rest)
    return Award(title=parts[0] if parts else rest, awarder=parts[1] if len(parts) > 1 else "", date=date,
                 summary=" ".join(body))


def certificate_from_lines(lines: list[str]) -> Certificate:
    """A certificate from its lines: ``Name — Issuer`` with its date (a wrapped name's lines joined)."""
    head, body = _head_and_body(lines)
    return certificate_from_text(" ".join([head, *body]))


def award_from_text(text: str) -> Award:
    """``Best Paper Award, ICML 2022`` -> title, awarder, date."""
    date, rest = _date_and_rest(text)
    parts = _two_parts(rest)
    return Award(title=parts[0] if parts else rest, awarder=parts[1] if len(parts) > 1 else "", date=date)


def certificate_from_text(text: str) -> Certificate:
    """``AWS Certified ML Specialty — Amazon Web Services (2022)`` -> name, issuer, date."""
    date, rest = _date_piece(text) if "\t" in text else _date_and_rest(text)
    url = URL.search(rest)
    link = ""
    if url and "/" in url.group(0):
        link, rest = full_url(url.group(0)), (rest[: url.start()] + rest[url.end():]).strip(" ,|")
    parts = _two_parts(rest)
    return Certificate(name=parts[0] if parts else rest, issuer=parts[1] if len(parts) > 1 else "", date=date, url=link)


_PLACEMENT = re.compile(
    r"(?:\b(?:top\s*\d+(?:\.\d+)?\s*%|\d{1,4}(?:st|nd|rd|th)(?:\s+place)?|first place|second place|third place"
    r"|winner|runner[- ]up|(?:gold|silver|bronze)(?:\s+medal)?|grand prize|honou?rable mention)\b"
    r"(?:\s*(?:/|of|out of)\s*[\d,]+(?:\s*teams)?)?)",
    re.IGNORECASE,
)
_TEAMS = re.compile(r"([\d,]{2,})\+?\s*(?:teams|participants|competitors|entries)|(?:/|of|out of)\s*([\d,]{2,})", re.IGNORECASE)
_PLATFORMS = ("Kaggle", "DrivenData", "AIcrowd", "Zindi", "CodaLab", "Topcoder", "NeurIPS", "KDD Cup")


_APPROACH = re.compile(r"^(?:approach|method|solution|model)\s*[:：]\s*(.+)$", re.IGNORECASE)


def is_competition_detail(text: str) -> bool:
    """True for a line that only states a result (``31st of 4,958 teams``) or an approach
    (``Approach: …``): it belongs to the competition above it."""
    if _APPROACH.match(text.strip()):
        return True
    rest = text
    for pattern in (_PLACEMENT, _TEAMS):
        rest = pattern.sub(" ", rest)
    return rest != text and not re.search(r"[^\W\d_]{2,}", re.sub(r"\b(?:teams?|of|out|place|ranked|rank|top)\b", " ", rest, flags=re.IGNORECASE))


def competition_from_lines(head: list[str], bullets: list[str]) -> Competition:
    """A competition result: name, platform, placement, field size and approach when stated.

    ``head`` holds the entry's lines (one line, or a heading with a result line and an
    ``Approach:`` line under it)."""
    approaches = [m.group(1).strip() for m in map(_APPROACH.match, (h.strip() for h in head)) if m]
    text = "\t".join(h for h in head if not _APPROACH.match(h.strip()))
    comp = Competition(bullets=[Bullet(b) for b in bullets])
    date, text = _date_and_rest(text)
    comp.date = date
    for p in _PLATFORMS:
        if p.casefold() in text.casefold():
            comp.platform = p
            break
    pm = _PLACEMENT.search(text)
    if pm:
        comp.placement = pm.group(0).strip()
    tm = _TEAMS.search(text)
    if tm:
        comp.teams = int((tm.group(1) or tm.group(2)).replace(",", ""))
    parts = [p.strip() for p in re.split(r"\s+[–—|·]\s+|\t|:\s+|;\s+", text) if p.strip()]
    if len(parts) > 1 and comp.platform:
        parts = [p for p in parts if p.casefold() != comp.platform.casefold()] or parts
    placed = [p for p in parts if (pm and pm.group(0) in p) or (tm and tm.group(0) in p)]
    others = [p for p in parts if p not in placed]
    comp.name = others[0] if others else text.replace("\t", " ")
    if placed and pm:
        comp.placement = placed[0].strip(" ,;")
    comp.approach = "; ".join([p for p in others[1:]] + approaches)
    return comp


def single_date(text: str) -> PartialDate | None:
    """The one date written in ``text``, if any."""
    return parse_date(text)
