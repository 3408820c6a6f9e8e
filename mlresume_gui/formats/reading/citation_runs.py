"""A publication read from its citation as laid out: runs of one style on one line.

A citation printed over several lines or in several styles shows its parts by its layout: the
title in bold and the venue plain (``**Title**, Venue``), the venue in italics, the authors on a
line of their own, the date on the next (``Published on: Mar 01, 2021``), a date in a left
column. The runs are gathered into fields (a style change or a line that stands alone starts
one; a line that wraps, in the same style, carries its field on), and the fields are read as
date, authors, venue and title. When the layout shows no parts (one run of one style), the caller
reads the text as one citation instead.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from mlresume_gui.formats.reading.citation_parts import looks_like_venue, split_title_venue
from mlresume_gui.formats.reading.contacts import URL, full_url
from mlresume_gui.formats.reading.lineparse import (
    all_years,
    clean,
    find_dates,
    flatten,
    join_wrapped,
)
from mlresume_gui.model import PartialDate, Publication


@dataclass(frozen=True)
class Run:
    """Text of one style on one line of a citation."""

    text: str
    line: int  # the source line it stands on
    bold: bool = False
    italic: bool = False
    wraps: bool = False  # it opens a line that carries the line above on (from the geometry)
    piece: int = 0  # the piece of its line it stands in (a left date column is a piece of its own)


_VERB = r"(?:published|presented|appeared|accepted|to\s+appear)"
_PREFIX = re.compile(
    rf"^(?:{_VERB}\b(?:\s+(?:on|in|by|at|with))?\s*:?\s*|(?:in|at)\s*:\s*)", re.IGNORECASE
)
_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?"
_DATE_WORDS = re.compile(
    rf"\b{_MONTH}|\b(?:present|forthcoming)\b|\d{{1,4}}|[-–—/,.;:()\s]", re.IGNORECASE
)
_SENTENCE = re.compile(r"(?<!\b[^\W\d_])(?<!\bal)(?<!\bet)(?<!\bvs)\.\s+(?=[A-Z])")
_LIST_JOIN = re.compile(r"^\s*(?:[,;&]|and\s)|(?:[,;&]|\band)\s*$")
_QUOTED = re.compile(r"[\"“«].{3,}?[\"”»]")
_CITED = re.compile(r"\bcited by\b|\bcitations?\b", re.IGNORECASE)
_NAME = re.compile(r"[^\W\d_][\w'’.-]*")


def is_date_only(text: str) -> bool:
    """True for a date and nothing else (``May 2024``, ``09/2023``, ``Mar 01, 2021``)."""
    t = text.strip()
    return bool(t) and bool(all_years(t) or find_dates(t)) and not _DATE_WORDS.sub("", t)


def _authors(text: str) -> list[str]:
    """The names of an author list of two or more people (``A. Li, B. Kim and C. Roe``), else []."""
    from mlresume_gui.formats.reading.items import looks_like_authors, split_authors

    t = text.strip().rstrip(".")
    if _SENTENCE.search(t):
        return []  # a list of names ends where a sentence does
    names = split_authors(t)
    if (len(names) >= 2 or "et al" in t) and looks_like_authors(t):
        return names
    return []


def _partial_authors(text: str) -> bool:
    """True for one name or a list of names (the start of an author list set in two styles)."""
    from mlresume_gui.formats.reading.items import looks_like_authors

    t = text.strip().strip(",;&").strip()
    return bool(t) and bool(_NAME.match(t)) and looks_like_authors(t)


@dataclass
class _Field:
    text: str
    bold: bool
    italic: bool
    line: int

    def add(self, text: str, joined_line: bool) -> None:
        self.text = (
            join_wrapped(flatten(self.text), flatten(text)) if joined_line else f"{self.text}{text}"
        )


def _stands_alone(text: str) -> bool:
    """A line that is a citation part by itself: a date, an author list, a venue, a prefixed part."""
    t = text.strip()
    return bool(
        _PREFIX.match(t)
        or is_date_only(t)
        or _authors(t)
        or looks_like_venue(t, bool(all_years(t)))
    )


def fields_of(runs: Sequence[Run]) -> list[_Field]:
    """The runs gathered into fields: a new field at a change of style (not inside an author list)
    or at a line that does not carry the field on."""
    fields: list[_Field] = []
    for k, run in enumerate(runs):
        text = run.text
        if not text.strip():
            if fields:
                fields[-1].add(text, False)
            continue
        last = fields[-1] if fields else None
        new_line = last is not None and run.line != runs[k - 1].line
        same_style = last is not None and (last.bold, last.italic) == (run.bold, run.italic)
        same_piece = last is not None and not new_line and run.piece == runs[k - 1].piece
        if (
            last is not None
            and not new_line
            and not same_piece
            and _PREFIX.fullmatch(last.text.strip() + " ")
        ):
            last.add(" " + text, False)
            continue
        if same_piece:
            in_list = _partial_authors(last.text) and bool(
                _LIST_JOIN.search(text) or _LIST_JOIN.search(last.text)
            )
            if same_style or in_list or _PREFIX.fullmatch(last.text.strip() + " "):
                last.add(text, False)
                continue
        if last is not None and new_line and same_style:
            line_text = "".join(r.text for r in runs[k:] if r.line == run.line)
            if run.wraps or not (_stands_alone(line_text) or _stands_alone(last.text)):
                last.add(text, True)
                last.line = run.line
                continue
        fields.append(_Field(text, run.bold, run.italic, run.line))
    for f in fields:
        f.text = flatten(f.text).strip()
    return [f for f in fields if f.text.strip(" ,;.")]


def publication_from_runs(runs: Sequence[Run]) -> Publication | None:
    """The publication the runs of one citation print, or None when its layout shows no parts
    (a single field) or no title among them."""
    whole = "".join(r.text for r in runs)
    if _QUOTED.search(whole) or _CITED.search(whole):
        return None  # a quoted title, a citation count: the text parser reads those
    fields = fields_of(runs)
    if len(fields) < 2:
        return None
    pub = Publication()
    venue: list[str] = []
    rest: list[_Field] = []
    for f in fields:
        text = f.text.strip(" ,;:.")
        prefixed = _PREFIX.match(text)
        body = text[prefixed.end() :].strip() if prefixed else text
        if URL.fullmatch(body) and "/" in body:
            pub.url = pub.url or full_url(body)
        elif is_date_only(body):
            span = find_dates(body)
            date = (span.start or span.end) if span is not None else None
            if isinstance(date, PartialDate) and pub.date is None:
                pub.date = date
            elif pub.date is None and all_years(body):
                pub.date = PartialDate(all_years(body)[-1])
        elif not pub.authors and _authors(body):
            pub.authors = _authors(body)
        elif prefixed or looks_like_venue(body, bool(all_years(body))):
            venue.append(body)
        else:
            rest.append(_Field(body, f.bold, f.italic, f.line))
    if not rest:
        return None
    marked = [f for f in rest if f.bold and not all(g.bold for g in rest)]
    title = marked[0] if len(marked) == 1 else rest[0]
    if len(_SENTENCE.split(title.text)) > 1 or len(title.text.split()) < 2:
        return None  # the title field runs on into other parts: the text parser reads it
    venue = [f.text for f in rest if f is not title] + venue
    pub.title = title.text.rstrip(" .,;:")
    text = ", ".join(v.strip(" ,;.") for v in venue if v.strip(" ,;."))
    text = re.sub(r"^(?:in|at)\s+", "", text, flags=re.IGNORECASE)
    if pub.date is None and all_years(text):
        pub.date = PartialDate(all_years(text)[-1])
    if pub.date is not None:
        text = re.sub(rf"(?:\s*,\s*|\s*\(\s*|^)(?:{pub.date.year})\)?\s*$", "", text).strip(" ,.")
    pub.venue = text
    pub.workshop = "workshop" in text.casefold()
    return pub


def style_runs(spans: Sequence, line: int, wraps: bool, piece: int = 0) -> list[Run]:
    """The runs of one piece's spans: neighbouring spans of one weight and slant joined."""
    out: list[Run] = []
    for s in spans:
        text = clean(s.text) if s.text.strip() else " "
        if s.text[:1].isspace() and text != " ":
            text = " " + text
        if s.text[-1:].isspace() and text != " ":
            text += " "
        if (out and (out[-1].bold, out[-1].italic) == (s.bold, s.italic)) or (out and text == " "):
            prev = out[-1]
            out[-1] = Run(prev.text + text, line, prev.bold, prev.italic, prev.wraps, piece)
        else:
            out.append(Run(text, line, s.bold, s.italic, wraps and not out, piece))
    return out


def runs_of_segments(segs: Sequence) -> list[Run]:
    """The runs of a citation's segments (``labelling.segments.Segment``), in reading order."""
    from mlresume_gui.formats.reading.wrapping import carries_on

    out: list[Run] = []
    for k, seg in enumerate(segs):
        text = flatten(seg.text)
        wraps = k > 0 and carries_on(segs[k - 1], seg)
        pieces = [p for p in seg.line.pieces if flatten(clean(p.text))]
        spans = pieces[seg.piece].spans if seg.parts == 1 and seg.piece < len(pieces) else ()
        piece = seg.piece * 64 + seg.part  # a part between separators is a piece of its own
        runs = style_runs(spans, seg.line_index, wraps, piece) if spans else []
        if not runs or flatten("".join(r.text for r in runs)) != text:
            bold = (
                seg.line.bold
                if not spans
                else sum(len(s.text) for s in spans if s.bold) * 2 > len(text)
            )
            italic = bool(spans) and sum(len(s.text) for s in spans if s.italic) * 2 > len(text)
            runs = [Run(text, seg.line_index, bold, italic, wraps, piece)]
        out.extend(runs)
    return out


def citation_part(text: str) -> str | None:
    """What one line of a citation is when it is a part by itself: "date", "authors" or "venue"
    (``Published by ICLR 2024``, ``NeurIPS 2023``); None for anything else (a title)."""
    t = flatten(text).strip(" ,;")
    prefixed = _PREFIX.match(t)
    body = t[prefixed.end() :].strip() if prefixed else t
    if not body:
        return None
    if is_date_only(body):
        return "date"
    if _authors(body):
        return "authors"
    if prefixed:
        return "venue"
    if looks_like_venue(body, bool(all_years(body))) and not split_title_venue(body)[1]:
        return "venue"  # (a title with its venue after it is a title's line)
    return None
