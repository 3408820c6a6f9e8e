"""The labeller's role for a segment in a list section (publications, awards, certificates ...),
squared with the items around it and the page's layout. Part of the ``Assembler``.

These rules hold for any resume:
- a running header or footer line that numbers the page (``Name - Page 1 of 2``) set between
  two lines of the flow carries nothing on and is no item: it is held, and what it interrupted goes on after it;
- a date set as a line's first piece (a left date column) belongs to the item that line starts;
- a line that is one part of a citation (its date, its venue, its authors, ``Published by …``)
  and that the item above still lacks carries that item on (unless both are listed items); so
  does any line after a title opened in quotes and not yet closed;
- a line set as a heading but smaller than the section's own heading, or a name or headline
  there, is an item of the section, or carries the item above on when it is that item's wrapped
  line (its first word had no room at the end of the line above);
- a first piece naming another section, set as large as the section's heading, is a heading (a
  left column of headings beside the first line of each section); so is a whole line naming
  another section set as the section's heading is (``Publications (1)``).
"""

from __future__ import annotations

import re

from mlresume_gui.formats.reading.citation_runs import citation_part
from mlresume_gui.formats.reading.headings import section_for_heading
from mlresume_gui.formats.reading.items import publication_from_text
from mlresume_gui.formats.reading.labelling.segments import Segment
from mlresume_gui.formats.reading.wrapping import carries_on

LIST_KEYS = frozenset({"publications", "awards", "certificates", "competitions"})
_STARTS = frozenset({"pub", "item", "other", "skill"})  # roles that start an item in a list section
_PAGE_OF = re.compile(
    r"\bpage\s*\d|\b\d{1,3}\s*(?:/|of)\s*\d{1,3}\b", re.IGNORECASE
)  # running page furniture
_SURE = 0.9  # a publication's start the labeller is this sure of is one
_STRAY = frozenset({"name", "headline", "summary", *_STARTS})


def segment_size(seg: Segment) -> float:
    """The font size most of a segment's own piece is set in (its line's when unknown)."""
    pieces = [p for p in seg.line.pieces if p.text.strip()]
    if seg.piece >= len(pieces):
        return seg.line.size
    sizes: dict[float, int] = {}
    for s in pieces[seg.piece].spans:
        sizes[s.size] = sizes.get(s.size, 0) + len(s.text.strip())
    return max(sizes, key=sizes.__getitem__) if sizes else seg.line.size


class ListRoles:
    """The assembler's checks on the roles of segments in list sections."""

    def _margin(self, i: int, role: str) -> bool:
        """Segment ``i`` is a running header or footer line amid the sections (not a contact)."""
        seg = self.segs[i]
        return (
            seg.line.region in ("header", "footer")
            and self.seen_heading
            and role not in ("contact", "heading", "furniture")
            and bool(_PAGE_OF.search(seg.text))
        )

    def _on_margin(self, i: int, text: str) -> None:
        """Hold a running header or footer line; what it interrupted goes on after it."""
        self.holding.append([text])
        self.targets[i] = "unsorted"

    def _side_heading(self, role: str, i: int, text: str) -> str:
        """A first piece naming another section, set as large as the open section's heading, with
        the line's other pieces beside it: a heading in a column of its own."""
        seg = self.segs[i]
        if (
            role in ("heading", "cont")
            or not seg.first_of_line
            or seg.parts != 1
            or self.heading_seg is None
            or not any(c.isupper() for c in text)
            or section_for_heading(text) in (None, self.key)
        ):
            return role
        head = self.segs[self.heading_seg]
        if (
            seg.last_of_line
        ):  # a whole line: set as the heading is (size and weight), not a skill group
            same = (
                abs(segment_size(seg) - segment_size(head)) <= 0.5
                and seg.line.bold == head.line.bold
            )
            return (
                "heading" if same and role in _STARTS - {"skill"} and self.key != "skills" else role
            )
        return "heading" if segment_size(seg) >= segment_size(head) - 0.5 else role

    def _list_role(self, role: str, i: int, text: str) -> str:
        """The role segment ``i`` (labelled ``role``) plays in the open list section."""
        seg = self.segs[i]
        if self.cont_next == i:
            return "cont"
        if (
            role in ("cont", *_STARTS)
            and seg.first_of_line
            and not seg.last_of_line
            and self._line_date(i, text)
        ):
            self.cont_next = i + 1
            return "pub" if self.key == "publications" else "item"
        if not seg.first_of_line:
            return role
        above = self._open_item_segment()
        if role == "heading" or (role in ("name", "headline") and self.resume.basics.name):
            if section_for_heading(text) is not None or not self._below_heading(seg):
                return role
            if above is not None and carries_on(above, seg):
                return "cont"
            return "other"
        if (
            self.key == "publications"
            and role in _STRAY
            and above is not None
            and _open_quote(self.pending[-1].text)
        ):
            return "cont"  # a title opened in quotes and not closed goes on
        if (
            self.key == "publications"
            and role in _STARTS
            and above is not None
            and not seg.line.bullet
            and _unended(above.text)
            and not _CITATION_DATE.match(text)
            and carries_on(above, seg)
        ):
            return "cont"  # a citation that ran to the edge mid-sentence goes on on the next line
        if (
            self.key == "publications"
            and role in _STRAY
            and above is not None
            and self._part_missing(text)
            and (role != "pub" or self.sure[i] < _SURE)
            and above.line.column == seg.line.column
            and not (seg.line.bullet and self.segs[self.pending[-1].segs[0]].line.bullet)
        ):  # items listed
            return "cont"
        return role

    def _line_date(self, i: int, text: str) -> bool:
        """Segment ``i`` is a date alone in a line's first piece, and the line's next piece opens
        an item (the labeller gave it an item's role)."""
        nxt = i + 1
        if nxt >= len(self.segs) or self.segs[nxt].line_index != self.segs[i].line_index:
            return False
        return citation_part(text) == "date" and self.roles[nxt] != "cont"

    def _below_heading(self, seg: Segment) -> bool:
        """``seg`` is set smaller than the open section's heading."""
        if self.heading_seg is None:
            return False
        return segment_size(seg) < segment_size(self.segs[self.heading_seg]) - 0.5

    def _open_item_segment(self) -> Segment | None:
        """The last segment of the item still open (the last pending item that grows), if any."""
        if not self.pending or self.extend_path != f"pending:{len(self.pending) - 1}":
            return None
        k = self.pending[-1].segs[-1]
        mark = self.extend_path
        last = max((j for j in range(k, len(self.targets)) if self.targets[j] == mark), default=k)
        return self.segs[last]

    def _part_missing(self, text: str) -> bool:
        """``text`` is a citation part (date, venue, authors) the open publication has not got:
        no line of it is that part alone, and its text read as one citation has no such part."""
        part = citation_part(text)
        if part is None:
            return False
        lines = self.pending[-1].lines
        if part in {citation_part(line) for line in lines}:
            return False
        if part == "date":
            return True  # (a year in a venue's name is no date line)
        pub, _ = publication_from_text(" ".join(lines))
        if part == "authors":
            return not pub.authors and not pub.venue  # (the authors come before the venue)
        return not pub.venue


_CITATION_DATE = re.compile(r"^\s*(?:\(?(?:19|20)\d\d\)?[.:)]|\[\d+\])")  # "2021:", "(2021)", "[3]" open an entry
_ENDED = re.compile(r"(?:[.!?)\]]|\b(?:19|20)\d\d)\s*$")


def _unended(text: str) -> bool:
    """``text`` stops mid-citation: not at a full stop, a bracket or a year."""
    return bool(text.strip()) and not _ENDED.search(text)


def _open_quote(text: str) -> bool:
    """``text`` opens a quotation it does not close (a quoted title wrapped onto the next line)."""
    return text.count("“") > text.count("”") or text.count('"') % 2 == 1
