"""The rendered resume: what every exporter prints, in order, before any file format is involved.

``build_layout`` turns a Resume (already seen through a variant) into a header and a list of
sections of entries and lines. Word, PDF, Markdown and plain text all consume this one structure,
so they agree on content, wording and order; they differ only in how they draw it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from mlresume_gui.formats.writing.templates import Template, load_template
from mlresume_gui.model import SECTION_TITLES, Resume, format_range
from mlresume_gui.model.people import same_person
from mlresume_gui.model.variants import resolve

DASH = " — "
DOT = " · "
INLINE_SEPARATOR = "  ·  "  # between the pieces of an entry's line: heading, location, dates
OPEN_QUOTE, CLOSE_QUOTE = "\u201c", "\u201d"
MAX_SHOWN_URL = 64  # a profile link's address is printed up to this long: a reader of the text needs it


@dataclass(frozen=True)
class Span:
    """A run of text with its emphasis and, for links, its target."""

    text: str
    bold: bool = False
    italic: bool = False
    url: str = ""


@dataclass
class Entry:
    """A job, degree, project ...: a heading with dates, a meta line, detail lines and bullets."""

    heading: list[Span]
    dates: str = ""
    meta: str = ""
    details: list[list[Span]] = field(default_factory=list)
    bullets: list[str] = field(default_factory=list)
    id: str = ""


@dataclass
class Line:
    """A paragraph of its own (summary, a skills line, a publication); ``listed`` draws a bullet."""

    spans: list[Span]
    listed: bool = False
    id: str = ""


@dataclass
class Section:
    """A titled section and its items, in print order."""

    key: str
    title: str
    items: list[Entry | Line]


@dataclass
class Header:
    """Name, headline, contact items and profile links (each a Span, links with their URL)."""

    name: str
    headline: str
    contacts: list[Span]
    links: list[Span] = field(default_factory=list)

    def lines(self) -> list[list[Span]]:
        """The contact lines to print: details first, then links (empty lines dropped)."""
        return [line for line in (self.contacts, self.links) if line]


@dataclass
class Layout:
    """A whole rendered resume."""

    header: Header
    sections: list[Section]

    def bullets(self) -> list[str]:
        """Every bullet and listed line, in print order (what a reader must find)."""
        out: list[str] = []
        for section in self.sections:
            for item in section.items:
                if isinstance(item, Entry):
                    out.extend(item.bullets)
                elif item.listed:
                    out.append(plain(item.spans))
        return out


def entry_lines(entry: Entry, template: Template) -> tuple[list[Span], list[Span]]:
    """What follows an entry's heading on its line, and the meta line under it (empty: none).

    The location goes beside the heading (``meta_inline``) or under it; inline dates
    (``dates_inline``) follow the location, each a piece of its own between separators, so a
    reader of the text meets heading, location and dates in one order. Right-aligned dates
    (``dates_inline`` false) are left to the exporter, which knows whether they fit.
    """
    pieces = ([entry.meta] if entry.meta else []) + ([entry.dates] if template.dates_inline and entry.dates else [])
    spans: list[Span] = []
    for piece in pieces:
        if spans:
            spans.append(Span(INLINE_SEPARATOR))
        spans.append(Span(piece, italic=True))
    if template.meta_inline:
        return ([Span(INLINE_SEPARATOR), *spans] if spans else []), []
    return [], spans


def plain(spans: list[Span]) -> str:
    """The text of a list of spans."""
    return "".join(s.text for s in spans)


def short_url(url: str) -> str:
    """A URL as a person reads it: no scheme, no ``www.``, no trailing slash."""
    text = url.strip()
    for prefix in ("https://", "http://"):
        if text.lower().startswith(prefix):
            text = text[len(prefix):]
    if text.lower().startswith("www."):
        text = text[4:]
    return text.rstrip("/")


def _join(*parts: str, sep: str = ", ") -> str:
    return sep.join(p.strip() for p in parts if p and p.strip())


def _heading(first: str, second: str, url: str = "") -> list[Span]:
    spans = [Span(first, bold=True, url=url)] if first else []
    if second:
        spans += [Span(DASH), Span(second)] if spans else [Span(second, bold=True)]
    return spans


def _text(text: str) -> list[list[Span]]:
    return [[Span(line.strip())] for line in text.splitlines() if line.strip()]


# -- header ----------------------------------------------------------------------------------------
def _header(resume: Resume) -> Header:
    b = resume.basics
    contacts: list[Span] = []
    loc = b.location.text() or b.location.address
    if loc:
        contacts.append(Span(loc))
    if b.email:
        contacts.append(Span(b.email, url=f"mailto:{b.email}"))
    if b.phone:
        contacts.append(Span(b.phone))
    links: list[Span] = []
    if b.url:
        links.append(Span(short_url(b.url), url=b.url))
    for p in b.profiles:
        if p.url:
            shown = short_url(p.url)
            if len(shown) > MAX_SHOWN_URL and p.network:
                shown = p.network  # a long profile URL reads badly; the link still carries it
            links.append(Span(shown, url=p.url))
        elif p.username:
            links.append(Span(_join(p.network, p.username, sep=": ")))
    return Header(name=b.name, headline=b.headline, contacts=contacts, links=links)


# -- sections --------------------------------------------------------------------------------------
def _experience(e: Any) -> Entry:
    return Entry(
        heading=_heading(e.company, e.title, e.url),
        dates=format_range(e.start, e.end),
        meta=e.location,
        details=_text(e.description),
        bullets=[b.text for b in e.bullets if b.text.strip()],
        id=e.id,
    )


def _volunteer(e: Any) -> Entry:
    return Entry(
        heading=_heading(e.organization, e.position, e.url),
        dates=format_range(e.start, e.end),
        details=_text(e.description),
        bullets=[b.text for b in e.bullets if b.text.strip()],
        id=e.id,
    )


def _education(e: Any) -> Entry:
    degree = _join(e.degree, e.field)
    details = []
    if e.gpa:
        details.append([Span(f"GPA: {e.gpa}")])
    details += _text(e.notes)
    if e.courses:
        details.append([Span("Courses: ", bold=True), Span(", ".join(e.courses))])
    return Entry(
        heading=_heading(e.institution, degree, e.url),
        dates=format_range(e.start, e.end),
        details=details,
        id=e.id,
    )


def _authors(authors: list[str], owner: str) -> list[Span]:
    spans: list[Span] = []
    for i, author in enumerate(authors):
        if i:
            spans.append(Span(", "))
        spans.append(Span(author, bold=bool(owner) and same_person(author, owner)))
    return spans


def _publication(p: Any, owner: str) -> Line:
    spans = _authors(p.authors, owner)
    if spans:
        spans.append(Span(". "))
    # the title in quotation marks: a reader (ours included) finds it even when it holds full stops
    # or colons, or when there are no authors before it
    title = p.title.strip().rstrip(".")
    stop = "" if title.endswith(("?", "!")) else "."
    spans.append(Span(f"{OPEN_QUOTE}{title}{stop}{CLOSE_QUOTE}", italic=False, bold=not spans, url=p.url))
    venue = p.venue.strip()
    if p.workshop and "workshop" not in venue.lower():
        venue = _join(venue, "Workshop", sep=" ") if venue else "Workshop"
    year = str(p.year) if p.year else ""
    where = venue if not year or year in venue else _join(venue, year)
    if where:
        spans.append(Span(f" {where}.", italic=True))
    if p.citations:
        noun = "citation" if p.citations == 1 else "citations"
        spans.append(Span(f" {p.citations:,} {noun}."))
    return Line(spans=spans, listed=True, id=p.id)


def _project(p: Any) -> Entry:
    meta = ", ".join(p.keywords)
    details = _text(p.description)
    if p.entity or p.roles:
        details.insert(0, [Span(_join(", ".join(p.roles), p.entity, sep=DOT))])
    return Entry(
        heading=_heading(p.name, "", p.url),
        dates=format_range(p.start, p.end),
        meta=meta,
        details=details,
        bullets=[b.text for b in p.bullets if b.text.strip()],
        id=p.id,
    )


def _competition(c: Any) -> Entry:
    result = c.placement
    if c.teams and not re.search(rf"\b(?:{c.teams}|{c.teams:,})\b", result):  # "31st of 4,958 teams" says it
        # the field size apart from the placement, so that a reader can tell them apart again
        result = _join(result, f"{c.teams:,} teams", sep=DOT)
    details = [[Span("Approach: ", bold=True), Span(c.approach)]] if c.approach else []
    return Entry(
        heading=_heading(c.name, c.platform, c.url),
        dates=c.date.display() if c.date else "",
        meta=result,
        details=details,
        bullets=[b.text for b in c.bullets if b.text.strip()],
        id=c.id,
    )


def _award(a: Any) -> Entry:
    return Entry(
        heading=_heading(a.title, a.awarder),
        dates=a.date.display() if a.date else "",
        details=_text(a.summary),
        id=a.id,
    )


def _certificate(c: Any) -> Entry:
    return Entry(
        heading=_heading(c.name, c.issuer, c.url),
        dates=c.date.display() if c.date else "",
        id=c.id,
    )


def _labelled(label: str, text: str, item_id: str) -> Line:
    spans = [Span(f"{label}: ", bold=True), Span(text)] if label else [Span(text)]
    return Line(spans=spans, id=item_id)


def _items(resume: Resume, key: str) -> list[Entry | Line]:
    owner = resume.basics.name
    if key == "experience":
        return [_experience(e) for e in resume.experience]
    if key == "volunteer":
        return [_volunteer(e) for e in resume.volunteer]
    if key == "education":
        return [_education(e) for e in resume.education]
    if key == "publications":
        return [_publication(p, owner) for p in resume.publications]
    if key == "projects":
        return [_project(p) for p in resume.projects]
    if key == "competitions":
        return [_competition(c) for c in resume.competitions]
    if key == "awards":
        return [_award(a) for a in resume.awards]
    if key == "certificates":
        return [_certificate(c) for c in resume.certificates]
    if key == "skills":
        # the level beside the category, not after the last item, where it would read as part of it
        return [
            _labelled(_join(g.category, f"({g.level})" if g.level else "", sep=" "), ", ".join(g.items), g.id)
            for g in resume.skills
            if g.items or g.category
        ]
    if key == "languages":
        text = "; ".join(_join(lang.language, lang.fluency, sep=" (") + (")" if lang.fluency else "")
                         for lang in resume.languages if lang.language)
        return [Line([Span(text)])] if text else []
    if key == "interests":
        return [_labelled(i.name, ", ".join(i.keywords), i.id) for i in resume.interests if i.name]
    if key == "references":
        return [
            Entry(heading=[Span(r.name, bold=True)], details=_text(r.reference), id=r.id)
            for r in resume.references
        ]
    if key.startswith("custom:"):
        section = next((s for s in resume.custom if f"custom:{s.id}" == key), None)
        if section is None:
            return []
        return [
            Entry(
                heading=_heading(e.title, e.subtitle),
                dates=e.date,
                bullets=[b.text for b in e.bullets if b.text.strip()],
                id=e.id,
            )
            for e in section.entries
        ]
    return []


def _section_title(resume: Resume, key: str) -> str:
    if key.startswith("custom:"):
        section = next((s for s in resume.custom if f"custom:{s.id}" == key), None)
        return section.title if section and section.title else "Other"
    return SECTION_TITLES.get(key, key.title())


def section_keys(resume: Resume, template: Template) -> list[str]:
    """Section keys in print order: the resume's (or variant's) stored order, else the template's."""
    keys = resume.ordered_sections()
    if resume.section_order:
        return keys
    lead = [k for k in template.sections if k in keys]
    return lead + [k for k in keys if k not in lead]


def build_layout(resume: Resume, template: Template) -> Layout:
    """The rendered form of ``resume`` (a base resume or a variant's view) for ``template``."""
    sections: list[Section] = []
    if resume.summary.strip():
        sections.append(Section("summary", SECTION_TITLES["summary"],
                                [Line(s) for s in _text(resume.summary)]))
    for key in section_keys(resume, template):
        items = _items(resume, key)
        if items:
            sections.append(Section(key, _section_title(resume, key), items))
    return Layout(header=_header(resume), sections=sections)


def prepare(resume: Resume, variant: str | None = None, template: str | None = None,
            **_ignored: Any) -> tuple[Layout, Template, Resume]:
    """Resolve the export options shared by every exporter.

    Returns the layout, the template and the resume view. An unknown variant or template raises
    KeyError with a message listing the known ones.
    """
    view = resolve(resume, variant)
    tpl = load_template(template)
    return build_layout(view, tpl), tpl, view
