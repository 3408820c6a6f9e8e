"""The assembler: one pass over the labelled segments that files each into the resume model.

Headings open sections (a heading the vocabulary does not know opens a section of its own title);
the basics (name, headline, contacts, summary) by ``basics_lines``; entries and list items are filed by
the builders it is made of (``work_entries``, ``education_entries``, ``project_entries``,
``section_items``). Each handler says where a continuation of its segment goes. Whatever is not
placed is held for the "Unsorted" section, so nothing of the source is lost.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

from mlresume_gui.formats.reading.basics_lines import BasicsLines
from mlresume_gui.formats.reading.contacts import EMAIL, URL, add_link, labelled_contact
from mlresume_gui.formats.reading.education_entries import EducationEntries
from mlresume_gui.formats.reading.headings import section_for_heading
from mlresume_gui.formats.reading.labelling.roles import HEADER_ROLES
from mlresume_gui.formats.reading.labelling.segments import Segment
from mlresume_gui.formats.reading.layout import LayoutLine
from mlresume_gui.formats.reading.lineparse import (
    find_dates,
    flatten,
    join_wrapped,
    remove_span,
    vocabulary,
)
from mlresume_gui.formats.reading.list_roles import LIST_KEYS, ListRoles
from mlresume_gui.formats.reading.names import mend_name_roles
from mlresume_gui.formats.reading.project_entries import ProjectEntries
from mlresume_gui.formats.reading.section_items import (
    ITEM_SECTIONS,
    Pending,
    SectionItems,
)
from mlresume_gui.formats.reading.section_roles import section_role
from mlresume_gui.formats.reading.work_entries import WorkEntries
from mlresume_gui.model import (
    PRESENT,
    CustomSection,
    Education,
    Experience,
    Project,
    Resume,
    Volunteer,
)

_PAGE = re.compile(r"^(?:page\s*)?\d{1,3}(?:\s*(?:/|of)\s*\d{1,3})?$|^[-–]\s*\d{1,3}\s*[-–]$", re.IGNORECASE)


@cache
def _subheadings() -> frozenset[str]:
    return frozenset(w.casefold() for w in vocabulary()["entries"].get("subheadings", []))


# an entry's part read in the family of the section it stands in: a projects or education heading
# the vocabulary knows says what its entries are better than one segment's label; under a work
# heading only a doubtful label gives way (sure degrees there are mostly a heading misread)
_WORK = {"e_org": "w_org", "e_degree": "w_title", "e_orgdeg": "w_orgtitle", "e_date": "w_date", "e_loc": "w_loc",
         "e_detail": "w_bullet", "p_name": "w_org", "p_date": "w_date", "p_bullet": "w_bullet"}
_SURE = 0.9
_IN_SECTION: dict[str, dict[str, str]] = {
    "education": {"w_org": "e_org", "w_orgtitle": "e_orgdeg", "w_date": "e_date",
                  "w_loc": "e_loc", "w_desc": "e_detail", "p_name": "e_org", "p_date": "e_date",
                  "p_bullet": "e_detail"},
    "projects": {"w_org": "p_name", "w_title": "p_name", "w_orgtitle": "p_name", "w_date": "p_date",
                 "w_loc": "p_date", "w_bullet": "p_bullet", "w_desc": "p_bullet", "e_org": "p_name",
                 "e_orgdeg": "p_name", "e_degree": "p_name", "e_date": "p_date", "e_loc": "p_date",
                 "e_detail": "p_bullet"},
}


class Assembler(BasicsLines, ListRoles, WorkEntries, EducationEntries, ProjectEntries, SectionItems):
    """The state of one pass: the resume so far, the current section and entry, where a
    continuation goes, and the target of every segment."""

    def __init__(self, segs: list[Segment]) -> None:
        self.segs = segs
        self.resume = Resume()
        self.targets: list[str] = [""] * len(segs)
        self.key: str | None = None  # section key of the current heading
        self.heading = ""  # its text
        self.custom: CustomSection | None = None
        self.entry: object | None = None
        self.entry_path = ""
        self.entry_body = False
        self.extend: Callable[[str], None] | None = None  # where a continuation goes
        self.extend_path = ""
        self.pending: list[Pending] = []
        self.holding: list[list[str]] = []  # texts for "Unsorted", each a one-item list that may grow
        self.seen_heading = False
        self.org_alone: set[int] = set()  # entries whose company stood on a line of its own
        self.marks_bullets: bool | None = None  # whether the document marks its list items (found once)
        self.dates_line = -2  # the line that last gave an entry its dates
        self.heading_line: LayoutLine | None = None  # the line of the current section's heading
        self.heading_seg: int | None = None  # the segment of that heading
        self.cont_next = -1  # a segment that carries on the one before it whatever its label
        self.bullet_line: LayoutLine | None = None  # the line of the last work bullet
        self.implied_education = False  # the education section was opened by its degrees, with no heading
        self.unlisted: dict[int, object] = {}  # id -> bullet whose line had no list marker (kept alive)
        self.roles: list[str] = []  # the role of every segment, as the pass began
        self.sure: list[float] = []  # the labeller's confidence in each

    # -- helpers ------------------------------------------------------------------------------

    def _hold(self, i: int, text: str) -> None:
        held = [text]
        self.holding.append(held)
        self.targets[i] = "unsorted"
        self._continue(lambda t: held.__setitem__(0, join_wrapped(held[0], t.lstrip("| "))), "unsorted")

    def _continue(self, fn: Callable[[str], None] | None, path: str) -> None:
        self.extend, self.extend_path = fn, path

    def _order(self, key: str) -> None:
        if key not in self.resume.section_order and key not in ("summary", "basics"):
            self.resume.section_order.append(key)
        if self.heading and self.key is None:
            self.resume.meta.setdefault("source_headings", {}).setdefault(key, self.heading)

    # -- the pass -----------------------------------------------------------------------------

    def run(self, roles: list[str], probs: list[float] | None = None) -> None:
        last_line = -1
        sure = self.sure = probs or [1.0] * len(roles)
        roles = mend_name_roles(self.segs, roles)
        self.roles = roles
        for i, (seg, role) in enumerate(zip(self.segs, roles, strict=True)):
            text = flatten(seg.text)
            new_line = seg.line_index != last_line
            last_line = seg.line_index
            if new_line:
                self._links(seg, role)
            role = _guard(role, seg, text, roles[i - 1] if i else "", self.segs[i - 1].text if i else "")
            if self._margin(i, role):
                self._on_margin(i, text)
                continue
            role = self._side_heading(role, i, text)
            if (seg.first_of_line and (seg.last_of_line or role == "name") and text[:1].isupper()
                    and (role in HEADER_ROLES or (role in ("name", "headline") and self.resume.basics.name))
                    and section_for_heading(text) not in (None, self.key)):
                role = "heading"  # a line (or a name's first piece) naming another section is no entry part
            if self.heading_line is not None and (self.heading_line.column, self.heading_line.region) == (
                    seg.line.column, seg.line.region):  # a heading read from another column governs nothing
                if self.key != "projects" or not isinstance(self.entry, Project):
                    role = _IN_SECTION.get(self.key or "", {}).get(role, role)  # an open project: section_role
                if self.key in ("experience", "volunteer") and sure[i] < _SURE:
                    role = _WORK.get(role, role)
                if role == "headline" and self.key in ("experience", "volunteer") and self.entry is not None:
                    role = "w_title"  # the person's headline stands above the sections, not in a job
            role = self._by_heading(role)
            if self.key == "education":  # its own rules: a header part is the degree's when it reads so
                role = self._education_role(role, i, text)
            else:
                role = section_role(self.key, role, seg.first_of_line)
            if self.key in LIST_KEYS:
                role = self._list_role(role, i, text)
            if self.key in ("experience", "volunteer") or (self.key == "education" and self.implied_education):
                role = self._work_role(role, i, text, sure[i])
            if role == "cont" and self.extend is not None:
                if not new_line:
                    text = f"| {text}"
                self.extend(text)
                self.targets[i] = self.extend_path
                continue
            getattr(self, f"_on_{role}", self._on_other)(i, text)
        for p in self.pending:
            self._finish(p)

    def _by_heading(self, role: str) -> str:
        """The labeller's role squared with the heading above it: prose under a summary heading,
        before any entry header there, is the summary; "summary" prose under another section's
        heading belongs to the open entry (an education entry's detail, a job's or a project's
        bullet) or to that section."""
        if self.key == "summary" and self.entry is None and role in _PROSE_ROLES:
            return "summary"
        if role == "summary" and self.seen_heading and self.key != "summary":
            if isinstance(self.entry, Education):
                return "e_detail"
            if isinstance(self.entry, Experience | Volunteer):
                return "w_bullet"
            if isinstance(self.entry, Project):
                return "p_bullet"
            return "other"
        return role

    def _links(self, seg: Segment, role: str) -> None:
        for url in seg.line.links:
            if role in ("name", "headline", "contact") or not self.seen_heading:
                add_link(self.resume.basics, url)
            elif self.entry is not None and hasattr(self.entry, "url") and not self.entry.url:
                self.entry.url = url
            else:
                add_link(self.resume.basics, url)

    def _on_furniture(self, i: int, text: str) -> None:
        if _PAGE.match(text):
            self.targets[i] = ""
            self._continue(None, "")
        else:
            self._hold(i, text)

    def _subheading(self, text: str) -> bool:
        """``text`` is a sub-heading of the open entry rather than a section's heading."""
        if self.entry is None or self.key not in ("experience", "volunteer", "projects", "education"):
            return False
        if flatten(text).rstrip(": ").casefold() not in _subheadings():
            return False
        return section_for_heading(text) is None or text.rstrip().endswith(":")

    def _on_other(self, i: int, text: str) -> None:
        if self._header_place(i, text):
            return None
        if self.key in ("experience", "volunteer") and self._work_other(i, text):
            return None
        if self.key == "summary":
            return self._on_summary(i, text)
        if self.key in ("skills", "publications") or self.key in ITEM_SECTIONS:
            return self._on_item(i, text)
        if self.custom is not None:
            return self._on_item(i, text)
        self._hold(i, text)

    def _on_heading(self, i: int, text: str) -> None:
        if self._skill_category(i, text):  # "Frameworks" set under "Skills": a group of its skills
            return
        if self._subheading(text):  # "Responsibilities:" inside an entry: the entry goes on
            self._hold(i, text)
            self._continue(None, "")
            return
        self.seen_heading = True
        self.heading_line, self.heading_seg = self.segs[i].line, i
        self.key = section_for_heading(text)
        self.heading = text.rstrip(":").strip()
        self.custom = None
        self.entry = None
        self.implied_education = False
        self._continue(None, "")
        if self.key is None:
            self.custom = CustomSection(title=self.heading)
            self.targets[i] = f"custom:{self.heading}"
        else:
            self.resume.meta.setdefault("source_headings", {}).setdefault(self.key, self.heading)
            self.targets[i] = self.key

    # -- entries ------------------------------------------------------------------------------

    def _work_list(self) -> tuple[str, list]:
        key = self.key if self.key in ("experience", "volunteer") else "experience"
        return key, self.resume.section(key)

    def _new_entry(self, key: str, cls: type) -> object:
        lst = self.resume.section(key)
        previous = self.entry if isinstance(self.entry, cls) else None
        entry = cls()
        lst.append(entry)
        self._order(key)
        self.entry, self.entry_path, self.entry_body = entry, f"{key}[{len(lst) - 1}]", False
        self.entry_prev = previous
        return entry

    def _entry_for(self, e: object | None, fits: bool, key: str, cls: type) -> object:
        """The entry a header part goes to: the open entry ``e`` when the part ``fits`` it, else a
        new entry of ``cls`` under ``key`` (the open one's head closed first)."""
        if e is not None and fits:
            return e
        self._close_header()
        return self._new_entry(key, cls)

    def _dates(self, entry: object, text: str) -> str:
        span = find_dates(text)
        if span is None:
            return text
        if getattr(entry, "start", None) is None and getattr(entry, "end", None) is None:
            start, end = span.start, span.end
            if start is None and end is not None and end is not PRESENT:
                start, end = end, None  # one date: when it started (a single year reads as both)
            entry.start, entry.end = start, end
        return remove_span(text, span)

# roles of running prose that a summary heading claims when no entry has started under it
_PROSE_ROLES = frozenset({"w_bullet", "w_desc", "p_bullet", "item", "pub", "other"})


def _guard(role: str, seg: Segment, text: str, before: str, before_text: str) -> str:
    """Deterministic checks on the labeller's word: a continuation that is an e-mail address or a
    link after a segment that is no contact is a contact; a continuation that is a whole line
    naming a section, after contact details, a date or a finished sentence, is a heading; so is an
    unplaced whole line that names a section and nothing else."""
    if role == "other" and seg.first_of_line and seg.last_of_line and text[:1].isupper() and section_for_heading(text):
        return "heading"
    if role in ("other", "summary", "item", "cont") and seg.first_of_line and labelled_contact(text):
        return "contact"
    if role != "cont":
        return role
    if before not in ("contact", "cont") and (EMAIL.search(text) or URL.fullmatch(text.strip())):
        return "contact"
    ended = (before in ("name", "contact", "headline", "w_date", "e_date", "p_date") or before_text.rstrip().endswith(".")
             or seg.line.box[2] <= 0)  # a paragraph of its own (no geometry): no wrapped line
    if seg.first_of_line and seg.last_of_line and text[:1].isupper() and ended and section_for_heading(text):
        return "heading"
    return role
