"""The labeller's role for a segment under a work heading, squared with the entry around it and
the page's geometry. Part of the ``Assembler`` (through ``WorkEntries``).

The labeller reads each segment with little context; these rules hold for any resume:
- a line that ends well short of the column's wrapping edge is not carried on by the next line
  (that line's first word would have fitted): after a bullet, the next line starts a new bullet,
  or a new entry when a date line follows it; a doubtful line after one that ran to the edge, set
  where the bullet's text starts and with no list marker, carries the bullet on;
- a short unmarked line followed by a line of dates is the head of the next entry;
- a list marker starts a new bullet, whatever the labeller says;
- a place on a line of its own under an entry's head is the entry's location (a company with
  where its job was stays the company), a role title there (or a heading the vocabulary does not
  know, or a second headline) the entry's title when it has none; a heading the vocabulary does
  not know, set as a lower heading than the section's and over a part of an entry's head, the
  next company;
- sure parts of a degree after the jobs, one of them naming the degree, start the education
  section whose heading the reader missed.
"""

from __future__ import annotations

from statistics import median

from mlresume_gui.formats.reading.contacts import is_location
from mlresume_gui.formats.reading.degrees import find_degree
from mlresume_gui.formats.reading.headers import organisation_evidence, role_evidence
from mlresume_gui.formats.reading.headings import section_for_heading, set_below
from mlresume_gui.formats.reading.labelling.segments import Segment
from mlresume_gui.formats.reading.lineparse import (
    DURATION,
    find_dates,
    flatten,
    remove_span,
    vocabulary,
)
from mlresume_gui.formats.reading.wrapping import first_word_width
from mlresume_gui.model import Experience, Volunteer

_DOUBTFUL = 0.6  # below this confidence a bullet or unplaced line may be read as a continuation
_HEAD_ROLES = frozenset({"w_org", "w_title", "w_orgtitle", "w_date", "w_loc"})
_LOOSE = frozenset({"other", "item", "pub", "skill", "summary"})  # roles no part of a work entry has
_PLACE_ROLES = frozenset({"w_org", "w_title", "w_bullet", "w_desc", "contact", *_LOOSE})
_TITLE_ROLES = frozenset({"w_org", "headline", *_LOOSE})
_MAX_HEAD_WORDS = 12
_SURE = 0.9
_DEGREE_ROLES = frozenset({"e_org", "e_orgdeg", "e_degree"})
_EDUCATION_ROLES = frozenset({*_DEGREE_ROLES, "e_date", "e_loc"})


class WorkRoles:
    """The assembler's checks on the roles of segments in a work section."""

    def _work_role(self, role: str, i: int, text: str, sure: float) -> str:
        """The role segment ``i`` (labelled ``role`` with confidence ``sure``) plays in the open
        work section."""
        seg = self.segs[i]
        if self.key == "education":  # (one the rule below opened) a sure job's head ends it
            if self.roles[i] in _HEAD_ROLES - {"w_date", "w_loc"} and sure >= _SURE and role_evidence(text) > 0:
                self._open_section("experience", seg)
                return self.roles[i]
            return role
        e = self.entry if isinstance(self.entry, Experience | Volunteer) else None
        whole = seg.first_of_line and seg.last_of_line
        in_bullet = e is not None and self.extend_path.startswith(f"{self.entry_path}.bullets[")
        if role == "cont" and in_bullet and seg.first_of_line and seg.line.bullet:
            return "w_bullet"  # a list marker starts an item: no line of one carries another on
        if role == "cont" and in_bullet and seg.first_of_line and text[:1].isupper() and self._ends_short(i):
            if self._head_line(i, text):
                return "w_orgtitle"
            return role if self._marked_document() else "w_bullet"
        if role in _LOOSE and whole and not seg.line.bullet and section_for_heading(text) not in (None, self.key):
            return "heading"  # a whole line naming another section
        if (role in ("other", "w_bullet") and sure < _DOUBTFUL and in_bullet and whole and not seg.line.bullet
                and self._runs_to_edge(i)):
            return "cont"
        if (self.roles[i] in _DEGREE_ROLES and sure >= _SURE and seg.first_of_line and (e is None or self.entry_body)
                and not role_evidence(text) and self._degrees_follow(i, text)):
            self._open_section("education", seg)  # degrees after the jobs: a heading the reader missed
            self.implied_education = True
            return self.roles[i]
        unknown = role == "heading" and section_for_heading(text) is None
        if role == "headline" and self.resume.basics.headline:
            return "w_title"  # the person's headline is read: a second one under a work heading is a role
        if e is None or self.entry_body or not whole:
            if role in _LOOSE and self._head_line(i, text):
                return "w_orgtitle"
            if (role == "headline" or unknown) and _titles(text, "") and self._head_follows(i):
                return "w_title"  # a role title over its company, set like a heading
            if (unknown and organisation_evidence(text) > 0 and self._head_follows(i)
                    and self.heading_line is not None and set_below(seg.line, self.heading_line)):
                return "w_org"  # a company over its role, set as a lower heading than the section's
            return role
        company, title = (e.organization, e.position) if isinstance(e, Volunteer) else (e.company, e.title)
        if (role in _PLACE_ROLES and isinstance(e, Experience) and not e.location and (company or title)
                and _place(text)):
            return "w_loc"
        if company and not title and _titles(text, company) and (role in _TITLE_ROLES or unknown):
            return "w_title"
        if (unknown or role == "headline") and title and not company and not role_evidence(text):
            return "w_org"  # the company under its role title, set like a heading
        return role

    def _degrees_follow(self, i: int, text: str) -> bool:
        """Segment ``i`` and the one after it are sure parts of a degree, one naming the degree."""
        if i + 1 >= len(self.segs) or self.roles[i + 1] not in _EDUCATION_ROLES:
            return False
        return find_degree(text) is not None or find_degree(flatten(self.segs[i + 1].text)) is not None

    def _open_section(self, key: str, seg: Segment) -> None:
        """Go on in section ``key`` from ``seg``, as if a heading above it had named it."""
        self.key, self.custom, self.entry, self.heading_line = key, None, None, seg.line
        self._continue(None, "")
        self._order(key)

    def _head_follows(self, i: int) -> bool:
        """The segment after ``i`` opens a line the labeller calls a part of an entry's head."""
        return i + 1 < len(self.segs) and self.segs[i + 1].first_of_line and self.roles[i + 1] in _HEAD_ROLES

    def _head_line(self, i: int, text: str) -> bool:
        """Segment ``i`` is a short line (or its first piece) with no list marker and no dates,
        and the segment after it is a line of dates (perhaps with the length of time they span)
        or the dates that end the line."""
        seg = self.segs[i]
        if (not seg.first_of_line or find_dates(text) is not None or len(text.split()) > _MAX_HEAD_WORDS
                or text.rstrip().endswith((".", ";", ":")) or i + 1 >= len(self.segs)):
            return False
        nxt = self.segs[i + 1]
        if (nxt.first_of_line and (nxt.line.bullet or not seg.last_of_line)) or (
                not nxt.first_of_line and (not nxt.last_of_line or seg.line.bullet)):
            return False  # (a head may be a list item when its dates are not)
        words = flatten(nxt.text)
        span = find_dates(words)
        rest = remove_span(words, span).strip(" ·•|,()") if span is not None else "-"
        return span is not None and (not rest or bool(DURATION.fullmatch(rest)))

    def _marked_document(self) -> bool:
        if self.marks_bullets is None:
            self.marks_bullets = sum(1 for s in self.segs if s.line.bullet and s.first_of_line) >= 2
        return self.marks_bullets

    def _wrap_edge(self, seg) -> float | None:
        """Where the bullet lines of ``seg``'s page and column wrap: the median right end of the
        bullet lines the labeller saw carried on (None without geometry or such lines)."""
        edges = self.__dict__.get("wrap_edges")
        if edges is None:
            ends: dict[tuple[int, int], list[float]] = {}
            for k in range(1, len(self.segs)):
                s, above = self.segs[k], self.segs[k - 1]
                if (self.roles[k] == "cont" and s.first_of_line and above.last_of_line
                        and "right_gap" in above.line.extra and self.roles[k - 1] in ("w_bullet", "cont")
                        and (s.line.page, s.line.column) == (above.line.page, above.line.column)):
                    ends.setdefault((above.line.page, above.line.column), []).append(above.line.box[2])
            edges = {key: median(xs) for key, xs in ends.items() if len(xs) >= 2}
            self.wrap_edges = edges
        return edges.get((seg.line.page, seg.line.column))

    def _room_above(self, i: int) -> tuple[float, float] | None:
        """(room left at the end of the line above segment ``i``, the width of ``i``'s first
        word), both in points; None when the layout does not say."""
        if i == 0:
            return None
        seg, above = self.segs[i], self.segs[i - 1]
        if (not above.last_of_line or "right_gap" not in above.line.extra
                or (seg.line.page, seg.line.column) != (above.line.page, above.line.column)):
            return None
        edge, word = self._wrap_edge(seg), first_word_width(seg)
        if edge is None or word is None:
            return None
        return edge - above.line.box[2], word

    def _ends_short(self, i: int) -> bool:
        """The line above segment ``i`` ended with room for ``i``'s first word: no wrap."""
        room = self._room_above(i)
        return room is not None and room[0] > room[1] + 0.5 * max(self.segs[i].line.size, 1.0)

    def _runs_to_edge(self, i: int) -> bool:
        """The line above segment ``i`` ran to the wrapping edge (``i``'s first word had no room
        there) and ``i`` starts where that line's text does."""
        room = self._room_above(i)
        return room is not None and room[0] < room[1] and abs(self.segs[i].x0 - self.segs[i - 1].x0) <= 3.0


def _place(text: str) -> bool:
    """A place and nothing else: ``Ankara, Türkiye``, ``Remote.``; not ``Company, Remote``."""
    head, _, last = text.rstrip(".").rpartition(",")
    if head and not is_location(head.strip()) and (organisation_evidence(head) >= 0.6 or (
            organisation_evidence(head) > 0 and last.strip().casefold() in vocabulary()["locations"]["remote"])):
        return False  # an organisation and where its job was
    return is_location(text) or (text.endswith(".") and is_location(text[:-1]))


def _titles(text: str, company: str) -> bool:
    """``text`` reads as a role title (and is not the entry's company again)."""
    role = role_evidence(text)
    return (len(text.split()) <= 8 and role >= 0.5 and role > organisation_evidence(text)
            and text.strip().casefold() != company.strip().casefold())
