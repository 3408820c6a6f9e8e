"""Labelled segments -> the resume model and the placement of every source line.

The labeller says what each segment is (a company, a title, a date, a bullet start, a
continuation ...); assembly files it: headings open sections (a heading the vocabulary does not
know opens a section of its own title), header parts gather into entries (a new entry starts when
a part repeats or follows the entry's body; a role with no company under a company's entry keeps
that company), bullets collect their wrapped lines, and the deterministic parsers read dates,
contacts, degrees, citations and skill lines. Whatever is not placed goes to the "Unsorted"
holding section, so nothing of the source is lost.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from mlresume_gui.formats.reading import items
from mlresume_gui.formats.reading.contacts import (
    EMAIL,
    URL,
    add_link,
    full_url,
    is_location,
    take_contacts,
)
from mlresume_gui.formats.reading.contacts import segments as split_fields
from mlresume_gui.formats.reading.degrees import parse_degree
from mlresume_gui.formats.reading.entries import split_degree, split_title_company, title_score
from mlresume_gui.formats.reading.headers import split_header
from mlresume_gui.formats.reading.headings import section_for_heading
from mlresume_gui.formats.reading.labelling.segments import Segment
from mlresume_gui.formats.reading.layout import LayoutDocument
from mlresume_gui.formats.reading.lineparse import (
    find_dates,
    flatten,
    join_wrapped,
    remove_span,
    strip_bullet,
)
from mlresume_gui.formats.reading.nothing_lost import missing_lines
from mlresume_gui.formats.reading.placement import ImportResult, Placement
from mlresume_gui.model import (
    PRESENT,
    Bullet,
    CustomEntry,
    CustomSection,
    Education,
    Experience,
    Project,
    Reference,
    Resume,
    Volunteer,
)

UNSORTED = "Unsorted"
_PAGE = re.compile(r"^(?:page\s*)?\d{1,3}(?:\s*(?:/|of)\s*\d{1,3})?$|^[-–]\s*\d{1,3}\s*[-–]$", re.IGNORECASE)
_GPA = re.compile(r"\b(?:C?GPA|Grade)\s*[:：]?\s*([\d.]+(?:\s*/\s*[\d.]+)?)", re.IGNORECASE)
_ITEM_SECTIONS = ("awards", "certificates", "languages", "interests", "references", "competitions")


@dataclass
class _Pending:
    """A list item whose text may still grow (a wrapped publication or skill line)."""

    kind: str  # "skill", "pub" or an item section key, or "custom"
    text: str
    lines: list[str] = field(default_factory=list)  # the item's text line by line
    segs: list[int] = field(default_factory=list)
    section: CustomSection | None = None


class _Assembler:
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
        self.pending: list[_Pending] = []
        self.holding: list[list[str]] = []  # texts for "Unsorted", each a one-item list that may grow
        self.seen_heading = False
        self.org_alone: set[int] = set()  # entries whose company stood on a line of its own

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

    def run(self, roles: list[str]) -> None:
        last_line = -1
        for i, (seg, role) in enumerate(zip(self.segs, roles, strict=True)):
            text = flatten(seg.text)
            new_line = seg.line_index != last_line
            last_line = seg.line_index
            if new_line:
                self._links(seg, role)
            role = _guard(role, seg, text, roles[i - 1] if i else "", self.segs[i - 1].text if i else "")
            if role == "cont" and self.extend is not None:
                if not new_line:
                    text = f"| {text}"
                self.extend(text)
                self.targets[i] = self.extend_path
                continue
            getattr(self, f"_on_{role}", self._on_other)(i, text)
        for p in self.pending:
            self._finish(p)

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

    def _on_other(self, i: int, text: str) -> None:
        if self.key == "summary":
            return self._on_summary(i, text)
        if self.key in ("skills", "publications") or self.key in _ITEM_SECTIONS:
            return self._on_item(i, text)
        if self.custom is not None:
            return self._on_item(i, text)
        self._hold(i, text)

    def _on_heading(self, i: int, text: str) -> None:
        self.seen_heading = True
        self.key = section_for_heading(text)
        self.heading = text.rstrip(":").strip()
        self.custom = None
        self.entry = None
        self._continue(None, "")
        if self.key is None:
            self.custom = CustomSection(title=self.heading)
            self.targets[i] = f"custom:{self.heading}"
        else:
            self.resume.meta.setdefault("source_headings", {}).setdefault(self.key, self.heading)
            self.targets[i] = self.key

    def _on_name(self, i: int, text: str) -> None:
        b = self.resume.basics
        if b.name:
            return self._on_headline(i, text)
        rest = take_contacts(b, text)
        if not rest:
            self.targets[i] = "basics.email"
            return
        b.name = rest[0]
        self.targets[i] = "basics.name"
        for extra in rest[1:]:
            self._hold(i, extra)
        self._continue(lambda t: setattr(b, "name", f"{b.name} {t}".strip()), "basics.name")

    def _on_headline(self, i: int, text: str) -> None:
        b = self.resume.basics
        if b.headline:
            return self._hold(i, text)
        b.headline = text
        self.targets[i] = "basics.headline"
        self._continue(lambda t: setattr(b, "headline", join_wrapped(b.headline, t)), "basics.headline")

    def _on_contact(self, i: int, text: str) -> None:
        b = self.resume.basics
        entry = self.entry
        if (self.seen_heading and entry is not None and hasattr(entry, "url") and URL.fullmatch(text.strip())
                and not EMAIL.search(text) and not entry.url):  # an entry's own link (a project's repository)
            entry.url = full_url(text.strip())
            self.targets[i] = f"{self.entry_path}.url"
            self._continue(None, "")
            return
        before = (b.email, b.phone, b.url, len(b.profiles), b.location.address)
        rest = take_contacts(b, text)
        after = (b.email, b.phone, b.url, len(b.profiles), b.location.address)
        changed = [n for n, x, y in zip(("email", "phone", "url", "profiles", "location"), before, after, strict=True)
                   if x != y]
        self.targets[i] = f"basics.{changed[0]}" if changed else "basics"
        for r in rest:
            if not b.location.address and is_location(r):
                take_contacts(b, r)
            else:
                self._hold(i, r)
        self._continue(lambda t: self._more_contact(text, t), self.targets[i])

    def _more_contact(self, before: str, text: str) -> None:
        """A continuation of a contact line: the rest of an address or link cut at the column's
        edge, or more details."""
        b = self.resume.basics
        text = text.lstrip("| ")
        joined = before.strip() + text.strip()
        fragment = " " not in text.strip() and (text[:1].islower() or text[:1].isdigit())
        if fragment and (EMAIL.fullmatch(joined) or URL.fullmatch(joined)):
            if EMAIL.fullmatch(joined) and (not b.email or joined.startswith(b.email)):
                b.email = joined
                self.holding = [h for h in self.holding if h[0] != before.strip()]
                return
            partial = full_url(before.strip())
            kept = [p for p in b.profiles if p.url.rstrip("/") != partial.rstrip("/")]
            if len(kept) != len(b.profiles) or b.url.rstrip("/") == partial.rstrip("/"):
                b.profiles[:] = kept
                if b.url.rstrip("/") == partial.rstrip("/"):
                    b.url = ""
                add_link(b, joined)
                return
        for r in take_contacts(b, text):
            self.holding.append([r])

    def _on_summary(self, i: int, text: str) -> None:
        r = self.resume
        r.summary = f"{r.summary}\n{text}" if r.summary else text
        self.targets[i] = "summary"
        self._continue(lambda t: setattr(r, "summary", join_wrapped(r.summary, t)), "summary")

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

    def _on_w_bullet(self, i: int, text: str) -> None:
        key, _ = self._work_list()
        entry = self.entry if isinstance(self.entry, Experience | Volunteer) else None
        if self.key in ("projects",) and isinstance(self.entry, Project):
            return self._on_p_bullet(i, text)
        if self.key == "education" and isinstance(self.entry, Education):
            return self._on_e_detail(i, text)
        if entry is None:
            entry = self._new_entry(key, Volunteer if key == "volunteer" else Experience)
        self._close_header()
        bullet = Bullet(strip_bullet(text, listed=bool(self.segs[i].line.bullet))[1])
        entry.bullets.append(bullet)
        self.entry_body = True
        path = f"{self.entry_path}.bullets[{len(entry.bullets) - 1}]"
        self.targets[i] = path
        self._continue(lambda t: setattr(bullet, "text", join_wrapped(bullet.text, t)), path)

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

    def _header(self, role: str, i: int, text: str) -> None:
        key, _ = self._work_list()
        cls = Volunteer if key == "volunteer" else Experience
        e = self.entry if isinstance(self.entry, cls) and self.entry_path.startswith(key) else None
        has_date = find_dates(text) is not None
        if e is not None and not self.entry_body:
            company, title = _work_fields(e)
            clash = ((role in ("w_org", "w_orgtitle") and company) or (role in ("w_title", "w_orgtitle") and title)
                     or (role == "w_date" and (e.start or e.end)) or (role == "w_loc" and _location(e)))
        else:
            clash = True
        if clash:
            self._close_header()
            e = self._new_entry(key, cls)
        rest = self._dates(e, text) if has_date else text
        field_name = {"w_org": "company", "w_title": "title", "w_date": "", "w_loc": "location"}.get(role, "both")
        if field_name == "both":
            split = _split_header(rest)
            if split:
                _set_work(e, "title", split[0])
                _set_work(e, "company", split[1])
                if split[2] and isinstance(e, Experience) and not e.location:
                    e.location = split[2]
                self.targets[i] = f"{self.entry_path}.company"
                self._continue(None, "")
                return
            field_name = "title" if title_score(rest) > 0 else "company"
        if field_name == "":
            if rest:
                field_name = "location" if is_location(rest) else "title" if not _work_fields(e)[1] else "company"
            else:
                self.targets[i] = f"{self.entry_path}.dates"
                self._continue(None, "")
                return
        if field_name in ("company", "title") and not any(_work_fields(e)):
            split = _split_header(rest, commas=False)
            if split and split[0] and split[1]:
                _set_work(e, "title", split[0])
                _set_work(e, "company", split[1])
                if split[2] and isinstance(e, Experience) and not e.location:
                    e.location = split[2]
                self.targets[i] = f"{self.entry_path}.{field_name}"
                self._continue(None, "")
                return
        if field_name in ("company", "title"):
            parts = split_fields(rest)
            keep = [p for p in parts if not (is_location(p) and len(parts) > 1)]
            places = [p for p in parts if p not in keep]
            rest = " ".join(keep) if len(keep) != len(parts) else rest
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

    def _edu(self, role: str, i: int, text: str) -> None:
        e = self.entry if isinstance(self.entry, Education) else None
        if e is not None and not self.entry_body:
            clash = ((role in ("e_org", "e_orgdeg") and e.institution) or (role == "e_date" and (e.start or e.end))
                     or (role in ("e_degree", "e_orgdeg") and e.degree and e.field))
        else:
            clash = True
        if role == "e_detail" and e is not None:
            clash = False
        if clash:
            e = self._new_entry("education", Education)
        rest = self._dates(e, text)
        path = f"{self.entry_path}"
        if role == "e_detail" or role == "e_loc":
            gpa = _GPA.search(rest)
            if gpa and not e.gpa:
                e.gpa = gpa.group(1)
                rest = (rest[: gpa.start()] + rest[gpa.end():]).strip(" ,;()")
            if rest:
                e.notes = f"{e.notes}\n{rest}".strip()
            self.entry_body = role == "e_detail"
            self.targets[i] = f"{path}.notes"
            self._continue(lambda t: setattr(e, "notes", join_wrapped(e.notes, t)), f"{path}.notes")
            return
        if role == "e_date" and not rest:
            self.targets[i] = f"{path}.dates"
            self._continue(None, "")
            return
        if role in ("e_orgdeg", "e_degree"):
            deg = parse_degree(rest)
            if deg is not None and not e.degree:
                field_text = deg.field + ")" if deg.field.count("(") > deg.field.count(")") else deg.field
                e.degree, e.field = deg.degree, field_text or e.field
                if deg.institution and not e.institution:
                    e.institution = deg.institution
                left = _without(rest, deg.degree, deg.field, deg.institution)
                if left:
                    e.notes = f"{e.notes}\n{left}".strip()
                self.targets[i] = f"{path}.degree"
                self._continue(lambda t: setattr(e, "field", join_wrapped(e.field, t)), f"{path}.field")
                return
        parts = split_fields(rest) if role in ("e_orgdeg", "e_org", "e_degree") else [rest]
        if role == "e_org" and len(parts) > 1:
            parts = [p for p in parts if not is_location(p)] or parts
            rest = ", ".join(parts) if len(parts) > 1 else parts[0]
            parts = [rest]
        if role == "e_orgdeg" and len(parts) < 2:
            parts = [p.strip() for p in rest.split(",")]
        for part in parts if role != "e_org" else [rest]:
            deg = split_degree(part)
            if role == "e_org" or (role != "e_degree" and deg is None and not e.institution):
                e.institution = join_wrapped(e.institution, part) if e.institution else part
                self.targets[i] = f"{path}.institution"
                field_name = "institution"
            elif not e.degree:
                e.degree, e.field = deg if deg else (part, e.field)
                self.targets[i] = f"{path}.degree"
                field_name = "degree"
            elif not e.field:
                e.field = part
                self.targets[i] = f"{path}.field"
                field_name = "field"
            else:
                e.notes = f"{e.notes}\n{part}".strip()
                self.targets[i] = f"{path}.notes"
                field_name = "notes"
        self._continue(lambda t: setattr(e, field_name, join_wrapped(getattr(e, field_name), t)),
                       self.targets[i])

    def _on_e_detail(self, i: int, text: str) -> None:
        self._edu("e_detail", i, text)

    def _on_p_name(self, i: int, text: str) -> None:
        p = self._new_entry("projects", Project)
        p.name = self._dates(p, text)
        self.targets[i] = f"{self.entry_path}.name"
        self._continue(lambda t: setattr(p, "name", join_wrapped(p.name, t)), self.targets[i])

    def _on_p_date(self, i: int, text: str) -> None:
        p = self.entry if isinstance(self.entry, Project) else self._new_entry("projects", Project)
        rest = self._dates(p, text)
        if rest:
            p.description = f"{p.description}\n{rest}".strip()
        self.targets[i] = f"{self.entry_path}.dates"
        self._continue(None, "")

    def _on_p_bullet(self, i: int, text: str) -> None:
        p = self.entry if isinstance(self.entry, Project) else None
        if p is None:
            if isinstance(self.entry, Experience | Volunteer):
                return self._on_w_bullet(i, text)
            p = self._new_entry("projects", Project)
        bullet = Bullet(strip_bullet(text, listed=bool(self.segs[i].line.bullet))[1])
        p.bullets.append(bullet)
        self.entry_body = True
        path = f"{self.entry_path}.bullets[{len(p.bullets) - 1}]"
        self.targets[i] = path
        self._continue(lambda t: setattr(bullet, "text", join_wrapped(bullet.text, t)), path)

    # -- list items ---------------------------------------------------------------------------

    def _on_skill(self, i: int, text: str) -> None:
        self._pend("skill", i, text)

    def _on_pub(self, i: int, text: str) -> None:
        self._pend("pub", i, text)

    def _on_item(self, i: int, text: str) -> None:
        key = self.key
        if key == "skills":
            return self._pend("skill", i, text)
        if key == "publications":
            return self._pend("pub", i, text)
        if key == "summary":
            return self._on_summary(i, text)
        if key in _ITEM_SECTIONS:
            return self._pend(key, i, text)
        if key in ("experience", "volunteer") and isinstance(self.entry, Experience | Volunteer):
            return self._on_w_bullet(i, text)
        if self.custom is None:
            return self._hold(i, text)
        self._pend("custom", i, strip_bullet(text)[1])

    def _pend(self, kind: str, i: int, text: str) -> None:
        p = _Pending(kind, strip_bullet(text)[1] if kind != "skill" else text, segs=[i], section=self.custom)
        if kind == "custom" and self.custom is not None and self.custom not in self.resume.custom:
            self.resume.custom.append(self.custom)
            self._order(f"custom:{self.custom.id}")
        self.pending.append(p)
        self.entry = None

        p.lines.append(p.text)

        def grow(t: str) -> None:
            p.text = f"{p.text} {t}" if t.startswith("|") else join_wrapped(p.text, t)
            if t.startswith("|") and p.lines:
                p.lines[-1] = f"{p.lines[-1]} {t}"
            else:
                p.lines.append(t)

        self._continue(grow, f"pending:{len(self.pending) - 1}")
        self.targets[i] = f"pending:{len(self.pending) - 1}"

    def _finish(self, p: _Pending) -> None:
        r = self.resume
        text = p.text.replace("| ", ", ") if p.kind != "pub" else p.text.replace(" | ", ". ")
        parts = p.text.split(" | ")
        if p.kind == "skill" and len(parts) > 1 and ":" not in parts[0] and len(parts[0].split()) <= 4:
            text = f"{parts[0]}: {', '.join(parts[1:])}"  # "Languages | Python, Go": category, items
        if p.kind == "skill":
            r.skills.append(items.skill_group_from_text(text))
            self._order("skills")
            path = f"skills[{len(r.skills) - 1}]"
        elif p.kind == "pub":
            pub, rest = items.publication_from_text(text)
            r.publications.append(pub)
            self.holding.extend([x] for x in rest)
            self._order("publications")
            path = f"publications[{len(r.publications) - 1}]"
        elif p.kind == "custom" and p.section is not None:
            p.section.entries.append(CustomEntry(title=text))
            path = f"custom:{p.section.id}[{len(p.section.entries) - 1}]"
        else:
            made = {
                "awards": lambda: [items.award_from_text(text)],
                "certificates": lambda: [items.certificate_from_text(text)],
                "languages": lambda: items.languages_from_text(text),
                "interests": lambda: items.interests_from_text(text),
                "references": lambda: [Reference(name=text)],
                "competitions": lambda: [_competition(p.lines)],
            }[p.kind]()
            lst = r.section(p.kind)
            lst.extend(made)
            self._order(p.kind)
            path = f"{p.kind}[{max(0, len(lst) - 1)}]"
        mark = f"pending:{self.pending.index(p)}"
        self.targets = [path if t == mark else t for t in self.targets]


def _guard(role: str, seg: Segment, text: str, before: str, before_text: str) -> str:
    """Deterministic checks on the labeller's word: a continuation that is an e-mail address or a
    link after a segment that is no contact is a contact; a continuation that is a whole line
    naming a section, after contact details, a date or a finished sentence, is a heading."""
    if role != "cont":
        return role
    if before not in ("contact", "cont") and (EMAIL.search(text) or URL.fullmatch(text.strip())):
        return "contact"
    ended = before in ("name", "contact", "headline", "w_date", "e_date", "p_date") or before_text.rstrip().endswith(".")
    if seg.first_of_line and seg.last_of_line and text[:1].isupper() and ended and section_for_heading(text):
        return "heading"
    return role


def _bind(role: str) -> Callable:
    if role.startswith("w_"):
        return lambda self, i, text: self._header(role, i, text)
    return lambda self, i, text: self._edu(role, i, text)


for _role in ("w_org", "w_title", "w_orgtitle", "w_date", "w_loc"):
    setattr(_Assembler, f"_on_{_role}", _bind(_role))
for _role in ("e_org", "e_degree", "e_orgdeg", "e_date", "e_loc"):
    setattr(_Assembler, f"_on_{_role}", _bind(_role))


def _without(text: str, *parts: str) -> str:
    """``text`` less the given parts and the separators left around them (what a parser did not use)."""
    for part in sorted((p for p in parts if p), key=len, reverse=True):
        text = text.replace(part, " ")
    left = re.sub(r"[\s,;|·•()–—-]+", " ", text).strip()
    return "" if left.casefold() in ("", "in", "of", "at", "from") else left


def _competition(lines: list[str]) -> object:
    """A competition from its lines: the heading lines, then its bullets (wrapped lines joined)."""
    head: list[str] = []
    bullets: list[str] = []
    for line in lines:
        line = line.replace("| ", "\t")
        marker, rest = strip_bullet(line)
        if marker:
            bullets.append(rest)
        elif bullets:
            bullets[-1] = join_wrapped(bullets[-1], rest)
        else:
            head.append(rest)
    return items.competition_from_lines(head, bullets)


def _work_fields(e: object) -> tuple[str, str]:
    if isinstance(e, Volunteer):
        return e.organization, e.position
    return e.company, e.title


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
    if not commas and all(c.separator == "comma" for c in [cand]):
        return None
    return cand.role, cand.organisation, cand.location


def assemble(doc: LayoutDocument, segs: list[Segment], roles: list[str], probs: list[float]) -> ImportResult:
    """The resume and the placement of every line from the labelled segments of ``doc``."""
    a = _Assembler(segs)
    a.run(roles)
    resume = a.resume
    for sec in resume.custom:
        key = f"custom:{sec.id}"
        if key not in resume.section_order:
            resume.section_order.append(key)
    holding = CustomSection(title=UNSORTED, holding=True)
    holding.entries = [CustomEntry(title=t) for t, in a.holding if flatten(t)]
    resume.custom.append(holding)
    lines = [ln.text for ln in doc.lines]
    lost = missing_lines(lines, resume)
    holding.entries += [CustomEntry(title=t) for t in lost]
    if not holding.entries:
        resume.custom.remove(holding)
    lost_set = set(lost)
    placements = []
    by_line: dict[int, list[int]] = {}
    for k, seg in enumerate(segs):
        by_line.setdefault(seg.line_index, []).append(k)
    for li, ln in enumerate(doc.lines):
        ks = by_line.get(li, [])
        if not ks:
            continue
        target = next((a.targets[k] for k in ks if a.targets[k]), "")
        if ln.text in lost_set or target == "unsorted":
            target = "unsorted"
        box = ln.box if ln.box[2] > 0 else None
        placements.append(Placement(index=li, text=ln.text, target=target, role=roles[ks[0]],
                                    confidence=round(min(probs[k] for k in ks), 3), page=ln.page, box=box))
    return ImportResult(resume=resume, placements=placements)
