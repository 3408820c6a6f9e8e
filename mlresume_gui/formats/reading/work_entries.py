"""Work and volunteer entries: their header parts (company, title, dates, location), bullets and
descriptions. A new entry starts when a header part repeats or follows the entry's body; a role
with no company under a company's entry keeps that company. Part of the ``Assembler``.
"""

from __future__ import annotations

from mlresume_gui.formats.reading.contacts import is_location
from mlresume_gui.formats.reading.contacts import segments as split_fields
from mlresume_gui.formats.reading.entries import split_title_company, title_score
from mlresume_gui.formats.reading.headers import Candidate, names_area, split_header
from mlresume_gui.formats.reading.lineparse import (
    DURATION,
    find_dates,
    flatten,
    join_wrapped,
    parse_end,
    remove_span,
    strip_bullet,
    strip_edges,
)
from mlresume_gui.formats.reading.section_items import ITEM_SECTIONS
from mlresume_gui.formats.reading.work_roles import WorkRoles
from mlresume_gui.model import PRESENT, Bullet, Education, Experience, Project, Volunteer


class WorkEntries(WorkRoles):
    """The assembler's handlers for work and volunteer entries."""

    def _unlisted_description(self, i: int, text: str) -> bool:
        """True for a line under an entry's header, before its first bullet, that is no list item
        in a document whose bullets are marked: the entry's description, not a bullet."""
        entry = self.entry if isinstance(self.entry, Experience | Volunteer) else None
        return entry is not None and any(_work_fields(entry)) and self._unlisted(i, text, entry.bullets)

    def _unlisted(self, i: int, text: str, bullets: list) -> bool:
        """True for a whole line, no list item, before an entry's first bullet, in a document
        that marks its list items."""
        seg = self.segs[i]
        if bullets or not seg.first_of_line or seg.line.bullet or strip_bullet(text)[0]:
            return False
        if self.marks_bullets is None:
            self.marks_bullets = sum(1 for s in self.segs if s.line.bullet and s.first_of_line) >= 2
        return self.marks_bullets

    def _on_w_bullet(self, i: int, text: str) -> None:
        if self._item_bullet(i, text):
            return
        if self._unlisted_description(i, text):
            return self._on_w_desc(i, text)
        key, _ = self._work_list()
        entry = self.entry if isinstance(self.entry, Experience | Volunteer) else None
        if self.key in ("projects",) and isinstance(self.entry, Project):
            return self._on_p_bullet(i, text)
        if self.key == "education" and isinstance(self.entry, Education):
            return self._on_e_detail(i, text)
        if entry is None and (self.custom is not None or self.key in (*ITEM_SECTIONS, "skills", "publications")):
            return self._on_item(i, text)  # an item of a list section, or of one the vocabulary does not know
        if entry is None:
            entry = self._new_entry(key, Volunteer if key == "volunteer" else Experience)
        self._close_header()
        listed = bool(self.segs[i].line.bullet)
        if listed:
            self._lead_to_description(entry)
        bullet = Bullet(strip_bullet(text, listed=listed)[1])
        if not listed and self.segs[i].first_of_line:  # (one that goes on from the head's row is a bullet)
            self.unlisted[id(bullet)] = bullet
        entry.bullets.append(bullet)
        self.bullet_line = self.segs[i].line
        self.entry_body = True
        path = f"{self.entry_path}.bullets[{len(entry.bullets) - 1}]"
        self.targets[i] = path
        self._continue(lambda t: setattr(bullet, "text", join_wrapped(bullet.text, t)), path)

    def _work_other(self, i: int, text: str) -> bool:
        """A segment the labeller could not place, in a work section: a marked line in an entry is
        a bullet; a short unmarked line with a date range opens an entry; a short unmarked line
        right under an entry's head that lacks its role or its organisation is that part. False
        when none of these holds (the caller holds the text)."""
        seg = self.segs[i]
        e = self.entry if isinstance(self.entry, Experience | Volunteer) else None
        if self._range_end(e, i):  # the wrapped end of the entry's date range, first on its line
            return True
        if seg.line.bullet:
            if e is None:
                return False
            self._on_w_bullet(i, text)
            return True
        if not seg.first_of_line or len(text.split()) > 12 or text.rstrip().endswith((".", ";")):
            return False
        span = find_dates(text)
        if span is not None:  # the dates of the entry just opened, or the head of the next one
            rest = remove_span(text, span).strip(" ·•|,()")
            undated = e is not None and not self.entry_body and e.start is None and e.end is None
            self._header("w_date" if undated or not rest or DURATION.fullmatch(rest) else "w_orgtitle", i, text)
            return True
        if e is None or self.entry_body:
            return False
        company, title = _work_fields(e)
        if bool(company) == bool(title):
            return False
        self._header("w_title" if company else "w_org", i, text)
        return True

    def _lead_to_description(self, entry: Experience | Volunteer) -> None:
        """Paragraphs with no list marker before an entry's first marked bullet are its
        description (what the organisation does, what the role was), not bullets."""
        if not entry.bullets or entry.description or not all(id(b) in self.unlisted for b in entry.bullets):
            return
        entry.description = "\n".join(b.text for b in entry.bullets)
        lead = f"{self.entry_path}.bullets["
        self.targets = [f"{self.entry_path}.description" if t.startswith(lead) else t for t in self.targets]
        self._continue(None, "")
        entry.bullets.clear()

    def _on_w_desc(self, i: int, text: str) -> None:
        entry = self.entry if isinstance(self.entry, Experience | Volunteer) else None
        if entry is None:
            return self._on_w_bullet(i, text)
        self._close_header()
        entry.description = f"{entry.description}\n{text}".strip()
        self.entry_body = True
        path = f"{self.entry_path}.description"
        self.targets[i] = path
        self._continue(lambda t: setattr(entry, "description", join_wrapped(entry.description, t)), path)

    def _close_header(self) -> None:
        """A role listed under the entry before it with no company of its own keeps that company."""
        e, prev = self.entry, getattr(self, "entry_prev", None)
        if (isinstance(e, Experience) and isinstance(prev, Experience) and not e.company and e.title
                and prev.company and prev.title and id(prev) in self.org_alone):
            e.company = prev.company

    def _among_bullets(self, e: Experience | Volunteer | None, i: int) -> bool:
        """Segment ``i`` is a whole line with a list marker right after a marked bullet of ``e``:
        one more bullet, whatever its words look like."""
        seg, last = self.segs[i], self.bullet_line
        return (e is not None and self.entry_body and bool(e.bullets) and id(e.bullets[-1]) not in self.unlisted
                and bool(seg.line.bullet) and seg.first_of_line and seg.last_of_line and last is not None
                and seg.line.list_level == last.list_level and abs(seg.line.indent - last.indent) <= 3.0
                and self.extend_path.startswith(f"{self.entry_path}.bullets["))

    def _range_end(self, e: Experience | Volunteer | None, i: int) -> bool:
        """A lone date on the line right after the one that gave entry ``e`` only its start: the
        end of a date range wrapped in a narrow column (``Jul 2024 –`` / ``Jun 2025``)."""
        seg = self.segs[i]
        if (e is None or self.entry_body or e.start is None or e.end is not None or not seg.first_of_line
                or seg.line_index != self.dates_line + 1):
            return False
        if not seg.last_of_line and self.roles[i + 1] not in ("w_bullet", "w_desc", "cont"):
            return False  # the end cell of a left date column may share its row with the first bullet
        text = flatten(seg.text)
        span = find_dates(text)
        if span is None and parse_end(text.strip(" –-")) is PRESENT:
            end = PRESENT  # "heute", "Present" alone under "02.2020 –"
        elif span is None or span.start is not None or span.end is None or remove_span(text, span).strip(" –-"):
            return False
        else:
            end = span.end
        if end is not PRESENT and (end.year, end.month or 0) < (e.start.year, e.start.month or 0):
            return False
        e.end = end
        self.targets[i] = f"{self.entry_path}.dates"
        return True

    def _beside_bullet(self, e: Experience | Volunteer | None, i: int, role: str) -> bool:
        """The dates or the place of entry ``e`` set at the end of a line of its first bullet (a
        head whose right column runs a row lower than its left one): filed in ``e``, the bullet
        goes on. False (nothing done) when ``e`` already has that part or the line is no bullet."""
        seg = self.segs[i]
        if (e is None or seg.first_of_line or not seg.last_of_line or len(e.bullets) != 1
                or self.extend_path != f"{self.entry_path}.bullets[0]"):
            return False
        text = flatten(seg.text)
        if role == "w_date":
            span = find_dates(text)
            if span is None or e.start is not None or e.end is not None or remove_span(text, span).strip():
                return False
            self._dates(e, text)
            self.targets[i] = f"{self.entry_path}.dates"
            return True
        if not isinstance(e, Experience) or e.location or not is_location(text):
            return False
        e.location = text
        self.targets[i] = f"{self.entry_path}.location"
        return True

    def _header(self, role: str, i: int, text: str) -> None:
        key, _ = self._work_list()
        cls = Volunteer if key == "volunteer" else Experience
        e = self.entry if isinstance(self.entry, cls) and self.entry_path.startswith(key) else None
        has_date = find_dates(text) is not None
        if role in ("w_org", "w_title", "w_orgtitle") and not has_date and self._among_bullets(e, i):
            return self._on_w_bullet(i, text)
        if role in ("w_date", "w_loc") and self._beside_bullet(e, i, role):
            return None
        if role == "w_loc" and e is not None and _location(e).casefold() == text.strip().casefold():
            self.targets[i] = f"{self.entry_path}.location"  # the entry's place again, in a column of its own
            return None
        if role == "w_date" and self._range_end(e, i):
            return None
        if (role == "w_org" and isinstance(e, Experience) and not self.entry_body and e.company and not e.title
                and not e.company_info and (e.start or e.end) and not has_date):
            e.company_info = text  # under a dated company name, a second organisation line says what it is
            self.targets[i] = f"{self.entry_path}.company_info"
            self._continue(lambda t: setattr(e, "company_info", join_wrapped(e.company_info, t)), self.targets[i])
            return None
        if role == "w_title" and e is not None and not self.entry_body:
            _place_read_as_role(e, text)
        fits = e is not None and not self.entry_body and not _clashes(e, role)
        e = self._entry_for(e, fits, key, cls)
        rest = self._dates(e, text) if has_date else text
        if has_date:
            self.dates_line = self.segs[i].line_index
        field_name = {"w_org": "company", "w_title": "title", "w_date": "", "w_loc": "location"}.get(role, "both")
        if field_name == "both":
            split = _split_header(rest)
            if split:
                return self._file_split(e, split, i, "company")
            field_name = "title" if title_score(rest) > 0 else "company"
        if field_name == "":
            if rest and DURATION.fullmatch(rest.strip(" ·•|,()")):  # "3 months", "1 yr 2 mos": said by the dates
                self._hold(i, rest)
                rest = ""
            if rest:
                field_name = "location" if is_location(rest) else "title" if not _work_fields(e)[1] else "company"
            else:
                self.targets[i] = f"{self.entry_path}.dates"
                self._continue(None, "")
                return
        if field_name in ("company", "title") and not any(_work_fields(e)):
            split = _split_header(rest, commas=False)
            if split and split[0] and split[1]:
                return self._file_split(e, split, i, field_name)
        if field_name in ("company", "title"):
            parts = split_fields(rest)
            keep = [p for p in parts if not (is_location(p) and len(parts) > 1)]
            places = [p for p in parts if p not in keep]
            rest = " ".join(keep) if len(keep) != len(parts) else rest
            if not places and field_name == "company":
                rest, place = _trailing_place(rest)
                places = [place] if place else []
            if places and isinstance(e, Experience) and not e.location:
                e.location = places[0]
        if field_name == "location" and not isinstance(e, Experience):
            return self._hold(i, rest)
        _set_work(e, field_name, rest)
        if role == "w_org" and self.segs[i].first_of_line:
            self.org_alone.add(id(e))
        path = f"{self.entry_path}.{field_name}"
        self.targets[i] = path
        self._continue(lambda t: _set_work(e, field_name, join_wrapped(_get_work(e, field_name), t), True), path)

    def _file_split(self, e: Experience | Volunteer, split: tuple[str, str, str], i: int, target: str) -> None:
        """File a header split into (title, company, location) in ``e``; segment ``i`` is placed
        at ``target`` and nothing carries it on."""
        _set_work(e, "title", split[0])
        _set_work(e, "company", split[1])
        if split[2] and isinstance(e, Experience) and not e.location:
            e.location = split[2]
        self.targets[i] = f"{self.entry_path}.{target}"
        self._continue(None, "")

    def _on_w_org(self, i: int, text: str) -> None:
        self._header("w_org", i, text)

    def _on_w_title(self, i: int, text: str) -> None:
        self._header("w_title", i, text)

    def _on_w_orgtitle(self, i: int, text: str) -> None:
        self._header("w_orgtitle", i, text)

    def _on_w_date(self, i: int, text: str) -> None:
        self._header("w_date", i, text)

    def _on_w_loc(self, i: int, text: str) -> None:
        self._header("w_loc", i, text)


def _trailing_place(text: str) -> tuple[str, str]:
    """``Company, City`` or ``Company, City, ST`` -> (company, place); (text, "") when the text
    after the last comma or two is no place, or nothing but a place would be left."""
    bits = text.split(", ")
    for k in (2, 1):
        if len(bits) > k:
            head, tail = ", ".join(bits[:-k]), ", ".join(bits[-k:])
            if is_location(tail) and not is_location(head):
                return head, tail
    return text, ""


def _work_fields(e: object) -> tuple[str, str]:
    if isinstance(e, Volunteer):
        return e.organization, e.position
    return e.company, e.title


def _clashes(e: Experience | Volunteer, role: str) -> bool:
    """True when entry ``e`` already holds the header part ``role`` names (a part of a new entry)."""
    company, title = _work_fields(e)
    return bool((role in ("w_org", "w_orgtitle") and company) or (role in ("w_title", "w_orgtitle") and title)
                or (role == "w_date" and (e.start or e.end)) or (role == "w_loc" and _location(e)))


def _place_read_as_role(e: Experience | Volunteer, text: str) -> None:
    """Under a head "Company — Lisboa" whose second part was taken for the role, a line that reads
    as a role (``text``) is the role, and that part the place."""
    company, title = _work_fields(e)
    if (isinstance(e, Experience) and company and title and not e.location and len(title.split()) <= 3
            and title_score(title) <= 0 and title_score(text) >= 2 and not find_dates(title)):
        e.location, e.title = title, ""


def _location(e: object) -> str:
    return getattr(e, "location", "")


_VOLUNTEER = {"company": "organization", "title": "position"}


def _get_work(e: object, name: str) -> str:
    if isinstance(e, Volunteer):
        name = _VOLUNTEER.get(name, name)
    return getattr(e, name, "")


def _set_work(e: object, name: str, value: str, force: bool = False) -> None:
    if isinstance(e, Volunteer):
        if name == "location":
            e.description = f"{e.description}\n{value}".strip()
            return
        name = _VOLUNTEER.get(name, name)
    current = getattr(e, name)
    setattr(e, name, value if force or not current else f"{current}, {value}")


def _split_header(text: str, commas: bool = True) -> tuple[str, str, str] | None:
    """(title, company, location) from one header segment: "Role at Company", "Company — Role |
    City", "Role, Company" (``commas=False``: only where a dash, a bar or "at" splits it)."""
    # the best split that places every part (a comma inside a title is not a separator)
    cand = next((c for c in split_header(text) if c.role and c.organisation
                 and len(c.parts) == sum(1 for x in (c.role, c.organisation, c.location) if x)), None)
    if cand is None:
        found = split_title_company(text) if commas else None
        return (found[0], found[1], "") if found else None
    if not commas and cand.separator == "comma" and not _plain_comma_split(cand):
        return None
    return cand.role, cand.organisation, cand.location


def _plain_comma_split(cand: Candidate) -> bool:
    """A comma split no reading doubts: one part is a role title and the other has no role word
    and names no field or team ("Acme Labs, Data Scientist", not "Engineer, Search")."""
    role = next((p for p in cand.parts if p.text == cand.role), None)
    org = next((p for p in cand.parts if p.text == cand.organisation), None)
    return (role is not None and org is not None and role.role >= 0.5 and org.role == 0
            and not names_area(strip_edges(org.text)))

