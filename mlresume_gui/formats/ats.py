"""What an applicant tracking system makes of an export: the file written without MLResume data,
read back from its text alone, and compared with the resume field by field.

:func:`read_back` returns an :class:`AtsReport`: one :class:`FieldCheck` per field the export
shows (``same``, ``changed`` or ``lost``), the plain text a text-only reader extracts, and the share
of fields that came back intact. The window's ATS view shows it; ``scripts/export_roundtrip.py``
uses the same comparison over many resumes.
"""

from __future__ import annotations

import difflib
import os
import re
import tempfile
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from mlresume_gui.model import Resume, format_range

SAME, CHANGED, LOST = "same", "changed", "lost"
CLOSE_ENOUGH = 0.6  # below this similarity a field counts as lost rather than changed


@dataclass(frozen=True)
class FieldCheck:
    """One field of the resume and what the text-only reader got for it."""

    label: str  # "Experience 1 · Company"
    path: str  # "experience[0].company"
    expected: str
    got: str
    status: str  # SAME, CHANGED or LOST
    item_id: str = ""  # the entry or bullet holding the field ("basics" for contact fields)
    attr: str = ""  # the entry's attribute ("company", "title" ...), "" for a bullet


@dataclass
class AtsReport:
    """The field checks of one export, the text a reader extracts, and the intact share."""

    fmt: str
    checks: list[FieldCheck] = field(default_factory=list)
    text: str = ""
    error: str = ""

    @property
    def intact(self) -> float:
        """Share of fields read back unchanged (1.0 for a resume with no fields)."""
        if not self.checks:
            return 1.0
        return sum(c.status == SAME for c in self.checks) / len(self.checks)

    def count(self, status: str) -> int:
        return sum(c.status == status for c in self.checks)


def norm(text: str) -> str:
    """Text compared the way a reader sees it: NFKC, one space, no case, no edge punctuation."""
    text = unicodedata.normalize("NFKC", text or "").replace("\u00ad", "")
    text = re.sub(r"[\u2010-\u2015]", "-", text)
    return re.sub(r"\s+", " ", text).strip(" .,;:·|").casefold()


def similarity(a: str, b: str) -> float:
    """difflib ratio of the normalised texts."""
    a, b = norm(a), norm(b)
    if a == b:
        return 1.0
    return difflib.SequenceMatcher(None, a, b, autojunk=False).ratio()


# -- the fields a resume shows ----------------------------------------------------------------------
def _dates(entry: object) -> str:
    start, end = getattr(entry, "start", None), getattr(entry, "end", None)
    return format_range(start, end) if (start or end) else ""


_ENTRY_FIELDS: dict[str, tuple[tuple[str, str], ...]] = {
    "experience": (("company", "Company"), ("title", "Title"), ("location", "Location"), ("dates", "Dates")),
    "education": (("institution", "Institution"), ("degree", "Degree"), ("field", "Field"), ("dates", "Dates")),
    "publications": (("title", "Title"), ("venue", "Venue"), ("authors", "Authors")),
    "projects": (("name", "Name"), ("dates", "Dates")),
    "volunteer": (("organization", "Organisation"), ("position", "Position"), ("dates", "Dates")),
    "competitions": (("name", "Name"), ("placement", "Placement")),
    "awards": (("title", "Title"), ("awarder", "Awarder")),
    "certificates": (("name", "Name"), ("issuer", "Issuer")),
    "skills": (("category", "Category"), ("items", "Items")),
    "languages": (("language", "Language"), ("fluency", "Fluency")),
    "interests": (("name", "Name"),),
}
_KEY_FIELD = {key: fields[0][0] for key, fields in _ENTRY_FIELDS.items()}
_TITLES = {"experience": "Experience", "education": "Education", "publications": "Publication",
           "projects": "Project", "volunteer": "Volunteer", "competitions": "Competition",
           "awards": "Award", "certificates": "Certificate", "skills": "Skills",
           "languages": "Language", "interests": "Interest"}


def _value(entry: object, name: str) -> str:
    if name == "dates":
        return _dates(entry)
    value = getattr(entry, name, "")
    if isinstance(value, list):
        return ", ".join(str(v) for v in value)
    return "" if value is None else str(value)


def basics_fields(resume: Resume) -> Iterator[tuple[str, str, str]]:
    """(label, path, value) of the contact block and summary."""
    b = resume.basics
    for name, label in (("name", "Name"), ("headline", "Headline"), ("email", "Email"),
                        ("phone", "Phone"), ("url", "Website")):
        value = getattr(b, name)
        if value:
            yield label, f"basics.{name}", value
    if b.location.city:
        yield "City", "basics.location", b.location.city
    for i, profile in enumerate(b.profiles):
        if profile.url or profile.username:
            yield f"Profile {i + 1}", f"basics.profiles[{i}]", profile.url or profile.username
    if resume.summary:
        yield "Summary", "summary", resume.summary


def _match_entries(expected: list[object], got: list[object], key: str) -> list[object | None]:
    """For each expected entry, the read-back entry it became (in order, best key similarity)."""
    out: list[object | None] = []
    used: set[int] = set()
    start = 0
    for entry in expected:
        want = _value(entry, key)
        best, best_i = 0.0, -1
        for i in range(len(got)):
            if i in used:
                continue
            score = similarity(want, _value(got[i], key)) - 0.01 * abs(i - start)
            if score > best:
                best, best_i = score, i
        if best_i >= 0 and best >= CLOSE_ENOUGH - 0.1:
            used.add(best_i)
            start = best_i + 1
            out.append(got[best_i])
        else:
            out.append(None)
    return out


def _check(label: str, path: str, expected: str, got: str, item_id: str = "", attr: str = "") -> FieldCheck:
    if norm(expected) == norm(got):
        status = SAME
    elif got and similarity(expected, got) >= CLOSE_ENOUGH:
        status = CHANGED
    else:
        status = LOST
    return FieldCheck(label, path, expected, got, status, item_id, attr)


def compare(expected: Resume, got: Resume) -> list[FieldCheck]:
    """Every field ``expected`` shows, checked against what ``got`` holds in the same place."""
    checks = []
    got_basics = {path: value for _l, path, value in basics_fields(got)}
    for label, path, value in basics_fields(expected):
        found = got_basics.get(path, "")
        if path.startswith("basics.profiles"):  # profiles may come back in another order
            found = max((v for p, v in got_basics.items() if p.startswith("basics.profiles")),
                        key=lambda v: similarity(value, v), default="")
        attr = path.split(".", 1)[1].split("[")[0] if path.startswith("basics.") else ""
        checks.append(_check(label, path, value, found, "basics" if attr else "resume", attr))
    for key, fields in _ENTRY_FIELDS.items():
        mine, theirs = getattr(expected, key), getattr(got, key)
        matched = _match_entries(mine, theirs, _KEY_FIELD[key])
        for i, (entry, other) in enumerate(zip(mine, matched, strict=True)):
            where = f"{_TITLES[key]} {i + 1}"
            for name, label in fields:
                value = _value(entry, name)
                if value:
                    found = _value(other, name) if other is not None else ""
                    checks.append(_check(f"{where} · {label}", f"{key}[{i}].{name}", value, found,
                                         getattr(entry, "id", ""), "start" if name == "dates" else name))
            bullets = getattr(entry, "bullets", None) or []
            theirs_b = [b.text for b in getattr(other, "bullets", None) or []]
            for j, bullet in enumerate(bullets):
                found = max(theirs_b, key=lambda t, b=bullet.text: similarity(b, t), default="")
                checks.append(_check(f"{where} · Bullet {j + 1}", f"{key}[{i}].bullets[{j}]",
                                     bullet.text, found, bullet.id))
    return checks


# -- export, then read back -----------------------------------------------------------------------------
def extract_text(path: str | os.PathLike[str], fmt: str) -> str:
    """The plain text a text-only reader takes from an exported file."""
    if fmt == "pdf":
        from pdfminer.high_level import extract_text as pdf_text

        return re.sub(r"[ \t]+", " ", pdf_text(str(path))).strip()
    import docx

    document = docx.Document(str(path))
    return "\n".join(p.text for p in document.paragraphs).strip()


def read_back(resume: Resume, variant: str | None = None, fmt: str = "pdf",
              template: str | None = None) -> AtsReport:
    """Export ``resume`` (or ``variant``) without MLResume data, read it back as text, compare.

    Runs in any thread for DOCX; for PDF the template's fonts must be registered already (the
    window does it on the GUI thread). Errors come back in ``AtsReport.error``, never raised.
    """
    from mlresume_gui.formats.errors import ReadError, WriteError
    from mlresume_gui.formats.registry import read_import, writer_for
    from mlresume_gui.model.variants import resolve

    report = AtsReport(fmt)
    options: dict[str, object] = {"embed": False}
    if variant:
        options["variant"] = variant
    if template:
        options["template"] = template
    with tempfile.TemporaryDirectory(prefix="mlresume-ats-") as folder:
        path = Path(folder) / f"export.{fmt}"
        try:
            path.write_bytes(writer_for(fmt).dump(resume, **options))
            got = read_import(path, isolate=False, text_only=True).resume
            report.text = extract_text(path, fmt)
        except (ReadError, WriteError, KeyError, ValueError, OSError) as exc:
            report.error = str(exc.args[0] if exc.args else exc)
            return report
    report.checks = compare(resolve(resume, variant), got)
    return report
