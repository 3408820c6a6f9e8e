"""The resume as plain Python: sections, entries and bullets, each entry and bullet with a stable id.

No Qt and no I/O here. Formats turn files into these objects; the editor changes them through
undo commands; the scorer reads them.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from dataclasses import dataclass
from dataclasses import field as _field
from typing import Any

from .dates import DateValue, PartialDate

# Keys an outside file gave that share a field's name without being read into it (a JSON Resume
# publication's plain "authors" or "citations"): kept apart in ``extra`` so they travel back out.
SHADOW = "x-mlresume-shadow"

ARCHETYPES = ("research", "infra", "applied")
SENIORITIES = ("student", "junior", "mid", "senior")


def new_id() -> str:
    """A fresh stable id for an entry or a bullet: 48 random bits in hex (``random`` reseeds in
    every forked child, so ids from reader processes do not repeat; a uuid4 per bullet costs a
    system call and made large imports slow)."""
    return f"{random.getrandbits(48):012x}"


@dataclass
class Bullet:
    """One line of achievement under an entry."""

    text: str = ""
    id: str = _field(default_factory=new_id)
    extra: dict[str, Any] = _field(default_factory=dict)


@dataclass
class Profile:
    """An online profile (LinkedIn, GitHub, Google Scholar, ...)."""

    network: str = ""
    username: str = ""
    url: str = ""
    id: str = _field(default_factory=new_id)
    extra: dict[str, Any] = _field(default_factory=dict)


@dataclass
class Location:
    """Where the person lives; ``text`` is what the editor shows when only a line is known."""

    city: str = ""
    region: str = ""
    country_code: str = ""
    address: str = ""
    postal_code: str = ""
    extra: dict[str, Any] = _field(default_factory=dict)

    def text(self) -> str:
        """One display line: ``City, Region, CC``."""
        return ", ".join(p for p in (self.city, self.region, self.country_code) if p)


@dataclass
class Basics:
    """Name and contact details."""

    name: str = ""
    headline: str = ""
    email: str = ""
    phone: str = ""
    url: str = ""
    image: str = ""
    location: Location = _field(default_factory=Location)
    profiles: list[Profile] = _field(default_factory=list)
    extra: dict[str, Any] = _field(default_factory=dict)

    def profile(self, network: str) -> Profile | None:
        """The first profile on ``network`` (case-insensitive), if any."""
        key = network.casefold()
        for p in self.profiles:
            if p.network.casefold() == key:
                return p
        return None

    def link(self, network: str) -> str:
        """The URL of the profile on ``network``, or an empty string."""
        p = self.profile(network)
        return p.url if p else ""

    def set_link(self, network: str, url: str) -> None:
        """Set, add or (with an empty url) remove the profile on ``network``."""
        p = self.profile(network)
        if not url:
            if p is not None:
                self.profiles.remove(p)
            return
        if p is None:
            self.profiles.append(Profile(network=network, url=url))
        else:
            p.url = url


@dataclass
class Experience:
    """A job: company, title, dates and bullets; ``description`` is an overview of the role,
    ``company_info`` a line about the company."""

    company: str = ""
    title: str = ""
    location: str = ""
    url: str = ""
    start: PartialDate | None = None
    end: DateValue | None = None
    description: str = ""
    company_info: str = ""
    bullets: list[Bullet] = _field(default_factory=list)
    id: str = _field(default_factory=new_id)
    extra: dict[str, Any] = _field(default_factory=dict)


@dataclass
class Volunteer:
    """Unpaid work, shaped like a job."""

    organization: str = ""
    position: str = ""
    url: str = ""
    start: PartialDate | None = None
    end: DateValue | None = None
    description: str = ""
    bullets: list[Bullet] = _field(default_factory=list)
    id: str = _field(default_factory=new_id)
    extra: dict[str, Any] = _field(default_factory=dict)


@dataclass
class Education:
    """A degree: institution, degree, field, dates and notes (thesis, advisor)."""

    institution: str = ""
    degree: str = ""
    field: str = ""
    url: str = ""
    start: PartialDate | None = None
    end: DateValue | None = None
    gpa: str = ""
    notes: str = ""
    courses: list[str] = _field(default_factory=list)
    id: str = _field(default_factory=new_id)
    extra: dict[str, Any] = _field(default_factory=dict)


@dataclass
class Publication:
    """A paper: title, authors, venue, year, workshop flag, citations and link."""

    title: str = ""
    authors: list[str] = _field(default_factory=list)
    venue: str = ""
    date: PartialDate | None = None
    workshop: bool = False
    citations: int | None = None
    url: str = ""
    summary: str = ""
    id: str = _field(default_factory=new_id)
    extra: dict[str, Any] = _field(default_factory=dict)

    @property
    def year(self) -> int | None:
        return self.date.year if self.date else None

    def citation_count(self) -> int | None:
        """The citations, as the field holds them or as the file it came from gave them beside it."""
        if self.citations is not None:
            return self.citations
        value = self._shadowed("citations")
        if isinstance(value, bool):
            return None
        if isinstance(value, int):
            return value
        if isinstance(value, str) and value.strip().isdigit():
            return int(value.strip())
        return None

    def author_names(self) -> list[str]:
        """The authors, as the field holds them or as the file it came from gave them beside it."""
        if self.authors:
            return self.authors
        value = self._shadowed("authors")
        if isinstance(value, list) and all(isinstance(a, str) for a in value):
            return value
        return []

    def _shadowed(self, key: str) -> Any:
        """What the file gave under ``key`` beside the fields (None when it gave nothing)."""
        shadow = self.extra.get(SHADOW)
        return shadow.get(key) if isinstance(shadow, dict) else None


@dataclass
class Project:
    """A project, with bullets of what it achieved."""

    name: str = ""
    description: str = ""
    url: str = ""
    start: PartialDate | None = None
    end: DateValue | None = None
    roles: list[str] = _field(default_factory=list)
    keywords: list[str] = _field(default_factory=list)
    entity: str = ""
    type: str = ""
    bullets: list[Bullet] = _field(default_factory=list)
    id: str = _field(default_factory=new_id)
    extra: dict[str, Any] = _field(default_factory=dict)


@dataclass
class Competition:
    """A competition result (Kaggle and the like): name, placement, field size, approach."""

    name: str = ""
    platform: str = ""
    placement: str = ""
    teams: int | None = None
    approach: str = ""
    date: PartialDate | None = None
    url: str = ""
    bullets: list[Bullet] = _field(default_factory=list)
    id: str = _field(default_factory=new_id)
    extra: dict[str, Any] = _field(default_factory=dict)


@dataclass
class Award:
    """An award or honour."""

    title: str = ""
    awarder: str = ""
    date: PartialDate | None = None
    summary: str = ""
    id: str = _field(default_factory=new_id)
    extra: dict[str, Any] = _field(default_factory=dict)


@dataclass
class Certificate:
    """A certificate: name, issuer, date, link."""

    name: str = ""
    issuer: str = ""
    date: PartialDate | None = None
    url: str = ""
    id: str = _field(default_factory=new_id)
    extra: dict[str, Any] = _field(default_factory=dict)


@dataclass
class SkillGroup:
    """A skills category and its items: ``Serving: vLLM, Triton``."""

    category: str = ""
    items: list[str] = _field(default_factory=list)
    level: str = ""
    id: str = _field(default_factory=new_id)
    extra: dict[str, Any] = _field(default_factory=dict)


@dataclass
class Language:
    """A spoken language and how well."""

    language: str = ""
    fluency: str = ""
    id: str = _field(default_factory=new_id)
    extra: dict[str, Any] = _field(default_factory=dict)


@dataclass
class Interest:
    """An interest and its keywords."""

    name: str = ""
    keywords: list[str] = _field(default_factory=list)
    id: str = _field(default_factory=new_id)
    extra: dict[str, Any] = _field(default_factory=dict)


@dataclass
class Reference:
    """A reference: who, and what they said."""

    name: str = ""
    reference: str = ""
    id: str = _field(default_factory=new_id)
    extra: dict[str, Any] = _field(default_factory=dict)


@dataclass
class CustomEntry:
    """An entry of a custom section: a heading line, an optional date line and bullets."""

    title: str = ""
    subtitle: str = ""
    date: str = ""
    bullets: list[Bullet] = _field(default_factory=list)
    id: str = _field(default_factory=new_id)
    extra: dict[str, Any] = _field(default_factory=dict)


@dataclass
class CustomSection:
    """A section the user names; ``holding`` marks the importer's "Unsorted" section."""

    title: str = ""
    entries: list[CustomEntry] = _field(default_factory=list)
    holding: bool = False
    id: str = _field(default_factory=new_id)
    extra: dict[str, Any] = _field(default_factory=dict)


@dataclass
class Variant:
    """A named view of the base resume: its own target, hidden items and order."""

    name: str = ""
    target: str | None = None
    hidden: list[str] = _field(default_factory=list)
    order: dict[str, list[str]] = _field(default_factory=dict)
    id: str = _field(default_factory=new_id)
    extra: dict[str, Any] = _field(default_factory=dict)


# Section key -> entry class, in the order sections appear by default.
SECTION_TYPES: dict[str, type] = {
    "experience": Experience,
    "education": Education,
    "publications": Publication,
    "projects": Project,
    "competitions": Competition,
    "awards": Award,
    "certificates": Certificate,
    "skills": SkillGroup,
    "languages": Language,
    "volunteer": Volunteer,
    "interests": Interest,
    "references": Reference,
}


# Sections whose entries carry bullets (the ones the scorer reads).
BULLET_SECTIONS = ("experience", "projects", "competitions", "volunteer")


@dataclass
class Resume:
    """A whole resume: basics, summary, the sections of SECTION_TYPES, custom sections, variants."""

    basics: Basics = _field(default_factory=Basics)
    summary: str = ""
    experience: list[Experience] = _field(default_factory=list)
    education: list[Education] = _field(default_factory=list)
    publications: list[Publication] = _field(default_factory=list)
    projects: list[Project] = _field(default_factory=list)
    competitions: list[Competition] = _field(default_factory=list)
    awards: list[Award] = _field(default_factory=list)
    certificates: list[Certificate] = _field(default_factory=list)
    skills: list[SkillGroup] = _field(default_factory=list)
    languages: list[Language] = _field(default_factory=list)
    volunteer: list[Volunteer] = _field(default_factory=list)
    interests: list[Interest] = _field(default_factory=list)
    references: list[Reference] = _field(default_factory=list)
    custom: list[CustomSection] = _field(default_factory=list)
    section_order: list[str] = _field(default_factory=list)
    target: str | None = None
    seniority: str | None = None
    variants: list[Variant] = _field(default_factory=list)
    meta: dict[str, Any] = _field(default_factory=dict)
    extra: dict[str, Any] = _field(default_factory=dict)

    # -- navigation ---------------------------------------------------------------------------
    def section(self, key: str) -> list[Any]:
        """The entry list of a section key (``experience``, ``skills``, ...)."""
        if key not in SECTION_TYPES:
            raise KeyError(f"unknown section {key!r}")
        return getattr(self, key)

    def iter_bullets(self) -> Iterator[tuple[str, int, int, Any, Bullet]]:
        """Every bullet as (section key, entry index, bullet index, entry, bullet).

        Custom sections report their key as ``custom:<section id>``.
        """
        for key in BULLET_SECTIONS:
            for ei, entry in enumerate(getattr(self, key)):
                for bi, bullet in enumerate(entry.bullets):
                    yield key, ei, bi, entry, bullet
        for section in self.custom:
            for ei, entry in enumerate(section.entries):
                for bi, bullet in enumerate(entry.bullets):
                    yield f"custom:{section.id}", ei, bi, entry, bullet

    def iter_entries(self) -> Iterator[tuple[str, list[Any], Any]]:
        """Every entry with its section key and the list that holds it."""
        for key in SECTION_TYPES:
            lst = getattr(self, key)
            for entry in lst:
                yield key, lst, entry
        for section in self.custom:
            for entry in section.entries:
                yield f"custom:{section.id}", section.entries, entry

    def find(self, item_id: str) -> tuple[Any, list[Any]] | None:
        """The entry, bullet, profile or custom section with ``item_id`` and the list holding it."""
        for p in self.basics.profiles:
            if p.id == item_id:
                return p, self.basics.profiles
        for section in self.custom:
            if section.id == item_id:
                return section, self.custom
        for _key, lst, entry in self.iter_entries():
            if entry.id == item_id:
                return entry, lst
            for bullet in getattr(entry, "bullets", ()):
                if bullet.id == item_id:
                    return bullet, entry.bullets
        return None

    def bullet(self, bullet_id: str) -> Bullet:
        """The bullet with ``bullet_id``; KeyError when there is none."""
        found = self.find(bullet_id)
        if found is None or not isinstance(found[0], Bullet):
            raise KeyError(bullet_id)
        return found[0]

    def ordered_sections(self) -> list[str]:
        """Section keys in display order: the stored order, then any section it leaves out."""
        known = [*SECTION_TYPES, *(f"custom:{s.id}" for s in self.custom)]
        order = [k for k in self.section_order if k in known]
        return order + [k for k in known if k not in order]

    def is_empty(self) -> bool:
        """True when nothing has been written yet."""
        return not (self.basics.name or self.summary or any(True for _ in self.iter_entries()))
