"""Which fields each section kind shows, in order, and with which control (data, not code)."""

from __future__ import annotations

# (attribute, label, control). Controls: text, url, multiline, list, date, date_present, int, int1,
# bool, authors, bullets.
FieldSpec = tuple[str, str, str]

ENTRY_FIELDS: dict[str, list[FieldSpec]] = {
    "experience": [
        ("title", "Title", "text"), ("company", "Company", "text"), ("location", "Location", "text"),
        ("start", "Start", "date"), ("end", "End", "date_present"), ("url", "Company link", "url"),
        ("description", "Description", "multiline"), ("bullets", "Bullets", "bullets"),
    ],
    "education": [
        ("institution", "Institution", "text"), ("degree", "Degree", "text"), ("field", "Field", "text"),
        ("start", "Start", "date"), ("end", "End", "date_present"), ("gpa", "GPA", "text"),
        ("notes", "Notes (thesis, advisor)", "multiline"), ("courses", "Courses", "list"),
        ("url", "Link", "url"),
    ],
    "publications": [
        ("title", "Title", "text"), ("authors", "Authors", "authors"), ("venue", "Venue", "text"),
        ("date", "Date", "date"), ("workshop", "Workshop paper", "bool"),
        ("citations", "Citations", "int"), ("url", "Link", "url"), ("summary", "Summary", "multiline"),
    ],
    "projects": [
        ("name", "Name", "text"), ("description", "Description", "multiline"), ("url", "Link", "url"),
        ("start", "Start", "date"), ("end", "End", "date_present"), ("roles", "Roles", "list"),
        ("keywords", "Keywords", "list"), ("bullets", "Bullets", "bullets"),
    ],
    "competitions": [
        ("name", "Competition", "text"), ("platform", "Platform", "text"),
        ("placement", "Placement", "text"), ("teams", "Number of teams", "int1"),
        ("approach", "Approach", "multiline"), ("date", "Date", "date"), ("url", "Link", "url"),
        ("bullets", "Bullets", "bullets"),
    ],
    "awards": [
        ("title", "Title", "text"), ("awarder", "Awarded by", "text"), ("date", "Date", "date"),
        ("summary", "Summary", "multiline"),
    ],
    "certificates": [
        ("name", "Name", "text"), ("issuer", "Issuer", "text"), ("date", "Date", "date"),
        ("url", "Link", "url"),
    ],
    "skills": [("category", "Category", "text"), ("items", "Items", "list")],
    "languages": [("language", "Language", "text"), ("fluency", "Fluency", "text")],
    "volunteer": [
        ("position", "Position", "text"), ("organization", "Organization", "text"),
        ("start", "Start", "date"), ("end", "End", "date_present"), ("url", "Link", "url"),
        ("description", "Description", "multiline"), ("bullets", "Bullets", "bullets"),
    ],
    "interests": [("name", "Interest", "text"), ("keywords", "Keywords", "list")],
    "references": [("name", "Name", "text"), ("reference", "Reference", "multiline")],
    "custom": [
        ("title", "Title", "text"), ("subtitle", "Subtitle", "text"), ("date", "Date", "text"),
        ("bullets", "Bullets", "bullets"),
    ],
}

BASICS_FIELDS: list[tuple[str, str, str, str]] = [
    # (key, attribute, label, control)
    ("basics", "name", "Name", "text"),
    ("basics", "headline", "Headline", "text"),
    ("basics", "email", "Email", "text"),
    ("basics", "phone", "Phone", "text"),
    ("location", "city", "City", "text"),
    ("location", "region", "Region", "text"),
    ("location", "country_code", "Country code", "text"),
    ("basics", "url", "Website", "url"),
    ("basics", "link:LinkedIn", "LinkedIn", "url"),
    ("basics", "link:GitHub", "GitHub", "url"),
    ("basics", "link:Google Scholar", "Google Scholar", "url"),
]

# The label of an entry in the outline: the first non-empty of these attributes, joined by " — ".
ENTRY_LABELS: dict[str, tuple[str, ...]] = {
    "experience": ("company", "title"), "education": ("institution", "degree"),
    "publications": ("title",), "projects": ("name",), "competitions": ("name", "placement"),
    "awards": ("title",), "certificates": ("name",), "skills": ("category",),
    "languages": ("language",), "volunteer": ("organization", "position"), "interests": ("name",),
    "references": ("name",), "custom": ("title", "subtitle"),
}


def kind_of(section: str) -> str:
    return "custom" if section.startswith("custom:") else section


def entry_label(section: str, entry: object) -> str:
    """A short line naming an entry (``Northwind Labs — Senior ML Engineer``)."""
    parts = [str(getattr(entry, a, "") or "").strip() for a in ENTRY_LABELS.get(kind_of(section), ())]
    text = " — ".join(p for p in parts if p)
    return text or "(untitled)"
