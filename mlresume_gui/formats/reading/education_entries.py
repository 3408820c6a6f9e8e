"""Education entries: institution, degree and field, dates, location, grade and notes. Part of
the ``Assembler``.
"""

from __future__ import annotations

import re

from mlresume_gui.formats.reading.contacts import is_location
from mlresume_gui.formats.reading.contacts import segments as split_fields
from mlresume_gui.formats.reading.degrees import (
    bare_grade,
    find_degree,
    honours_only,
    looks_like_school,
    parse_degree,
    school_and_field,
)
from mlresume_gui.formats.reading.entries import split_degree
from mlresume_gui.formats.reading.headers import role_evidence
from mlresume_gui.formats.reading.headings import section_for_heading
from mlresume_gui.formats.reading.lineparse import find_dates, join_wrapped
from mlresume_gui.formats.reading.wrapping import carries_on
from mlresume_gui.model import Education

_OPEN_RANGE = re.compile(r"(?:[-–—]|\bto|\buntil|\bbis|\bau)\s*$", re.IGNORECASE)
_GPA = re.compile(r"\b(?:C?GPA|Grade)\s*[:：]?\s*([\d.]+(?:\s*/\s*[\d.]+)?)", re.IGNORECASE)


class EducationEntries:
    """The assembler's handlers for education entries."""

    def _edu(self, role: str, i: int, text: str) -> None:
        e = self.entry if isinstance(self.entry, Education) else None
        if e is not None and self._wraps(role, i, text):
            self.extend(text)
            self.targets[i] = self.extend_path
            return
        if e is not None and role == "e_date" and self._date_wraps(e, i, text):
            self._continue(None, "")
            return
        held = e is not None and bool(
            (role in ("e_org", "e_orgdeg") and e.institution) or (role == "e_date" and (e.start or e.end))
            or (role in ("e_degree", "e_orgdeg") and e.degree and (e.field or find_degree(text) is not None)))
        fits = role == "e_detail" or (not self.entry_body and not held)  # a detail joins the entry, body or not
        e = self._entry_for(e, fits, "education", Education)
        rest = self._dates(e, text)
        path = f"{self.entry_path}"
        if role == "e_detail" or role == "e_loc":
            gpa = _GPA.search(rest)
            if gpa and not e.gpa:
                e.gpa = gpa.group(1)
                rest = (rest[: gpa.start()] + rest[gpa.end():]).strip(" ,;()")
            elif (grade := bare_grade(rest)) and not e.gpa:
                e.gpa, rest = grade, ""
            if rest:
                e.notes = f"{e.notes}\n{rest}".strip()
            self.entry_body = role == "e_detail"
            self.targets[i] = f"{path}.notes"
            self._continue(lambda t: setattr(e, "notes", join_wrapped(e.notes, t)), f"{path}.notes")
            return
        if role == "e_date" and _OPEN_RANGE.search(text.strip()) and e.end is None:
            self.__dict__.setdefault("open_range", {})[path] = text.strip()
        if role == "e_date" and not rest:
            self.targets[i] = f"{path}.dates"
            self._continue(None, "")
            return
        if role in ("e_orgdeg", "e_degree"):
            deg = parse_degree(rest)
            if deg is not None and e.degree and not e.field and parse_degree(e.degree) is None:
                e.degree, e.field = "", e.degree  # the field came first ("Machine Learning", then "PhD")
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
        if role in ("e_orgdeg", "e_degree", "e_org") and find_degree(rest) is None and self._school_and_field(e, i, rest):
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

    def _school_and_field(self, e: Education, i: int, text: str) -> bool:
        """File a line that names no degree by what its parts name: a school (with its campus)
        and a field of study. False when the line names neither or the entry holds both."""
        school, field = school_and_field(text)
        if e.institution and school:
            return False
        if (e.field and field) or not (school or field):
            return False
        path = self.entry_path
        if school:
            e.institution = school
        if field:
            e.field = field
        left = _without(text, school, field)
        if left:
            e.notes = f"{e.notes}\n{left}".strip()
        name = "field" if field else "institution"
        self.targets[i] = f"{path}.{'institution' if school else 'field'}"
        self._continue(lambda t: setattr(e, name, join_wrapped(getattr(e, name), t)), f"{path}.{name}")
        return True

    def _education_role(self, role: str, i: int, text: str) -> str:
        """The labeller's role squared with an education heading above it: an entry header part
        called a job's is the degree's (a field on its own line reads like a job title), a bare
        degree name called "other" is the degree, and the lower-case rest of a field broken at
        a hyphen carries the field on."""
        if self.key != "education":
            return role
        e = self.entry if isinstance(self.entry, Education) else None
        if role == "heading" and e is not None and self._wrapped_head(i, text):
            return "cont"
        if role in ("other", "cont", "e_detail") and e is not None and e.field.endswith("-") and text[:1].islower():
            return "e_field_rest"
        mapped = {"w_org": "e_org", "w_title": "e_degree", "w_orgtitle": "e_orgdeg", "w_date": "e_date",
                  "w_loc": "e_loc"}.get(role)
        if mapped and _reads_as_education(role, text, e):
            return mapped
        if role in ("w_bullet", "w_desc") and e is not None:
            return "e_detail"
        if role in ("cont", "other", "item") and e is not None and (bare_grade(text) or honours_only(text)):
            return "e_detail"  # "3.94/4.00", "First class" under a degree: its grade, not its field
        if role in ("other", "item"):
            return _unplaced_role(text, e)
        return role

    def _wrapped_head(self, i: int, text: str) -> bool:
        """True when a "heading" the vocabulary does not know is the wrapped end of the school or
        degree line above it: in the same block, set alike, right under it."""
        if i == 0 or section_for_heading(text) is not None or self.extend is None:
            return False
        above, seg = self.segs[i - 1], self.segs[i]
        if not self.targets[i - 1].startswith(f"{self.entry_path}.") or above.line_index != seg.line_index - 1:
            return False
        a, b = above.line, seg.line
        same_block = a.extra.get("block") is not None and a.extra.get("block") == b.extra.get("block")
        return same_block and a.bold == b.bold and abs(a.size - b.size) < 0.3 and a.column == b.column

    def _on_e_field_rest(self, i: int, text: str) -> None:
        e = self.entry
        e.field = join_wrapped(e.field, text.strip())
        self.targets[i] = f"{self.entry_path}.field"
        self._continue(None, "")

    def _wraps(self, role: str, i: int, text: str) -> bool:
        """True when a degree or school line is the wrapped rest of the one before it (labelled
        alike): the line above ran to the column's edge or broke after "of", "and", a comma."""
        if i == 0 or self.extend is None or self.entry_body:
            return False
        before = self.targets[i - 1]
        if not before.startswith(f"{self.entry_path}."):
            return False
        carried = {"e_degree": ("degree", "field"), "e_orgdeg": ("degree", "field", "institution"),
                   "e_org": ("institution",)}.get(role, ())
        if before.rsplit(".", 1)[-1] not in carried:
            return False
        if find_degree(text) is not None or find_dates(text) is not None:
            return False
        if before.endswith((".degree", ".field")) and looks_like_school(text):
            return False  # the school after its degree, not the rest of the field
        return carries_on(self.segs[i - 1], self.segs[i], close_is_enough=role == "e_degree")

    def _date_wraps(self, e: Education, i: int, text: str) -> bool:
        """A date range broken after its dash (``09/2014 –`` / ``07/2016``, perhaps with the
        degree's line between them): the second date ends the range the first began."""
        above = getattr(self, "open_range", {}).get(self.entry_path, "")
        if not above and e.end is None and self._stacked_end(e, i, text):
            return True
        if not above or e.end is not None:
            return False
        span = find_dates(f"{above} {text}")
        if span is None or span.end is None:
            return False
        e.start, e.end = span.start, span.end
        self.open_range.pop(self.entry_path, None)
        self.targets[i] = f"{self.entry_path}.dates"
        return True

    def _stacked_end(self, e: Education, i: int, text: str) -> bool:
        """A lone date right under the lone date that began the open degree (``2014`` over
        ``2016``, with nothing between): the first began it, this one ends it."""
        if i == 0 or self.targets[i - 1] != f"{self.entry_path}.dates" or e.start is None:
            return False
        if self.segs[i - 1].line_index == self.segs[i].line_index:
            return False
        above, span = find_dates(self.segs[i - 1].text), find_dates(text)
        if above is None or span is None or above.start is not None or span.start is not None:
            return False
        if len(re.sub(r"[\W_]+", "", text[: span.begin] + text[span.stop:])) > 2:
            return False
        end = span.end
        if end is None or getattr(end, "year", None) is None or end.year < e.start.year:
            return False
        e.end = end
        self.targets[i] = f"{self.entry_path}.dates"
        return True

    def _on_e_detail(self, i: int, text: str) -> None:
        self._edu("e_detail", i, text)

    def _on_e_org(self, i: int, text: str) -> None:
        self._edu("e_org", i, text)

    def _on_e_degree(self, i: int, text: str) -> None:
        self._edu("e_degree", i, text)

    def _on_e_orgdeg(self, i: int, text: str) -> None:
        self._edu("e_orgdeg", i, text)

    def _on_e_date(self, i: int, text: str) -> None:
        self._edu("e_date", i, text)

    def _on_e_loc(self, i: int, text: str) -> None:
        self._edu("e_loc", i, text)


def _reads_as_education(role: str, text: str, e: Education | None) -> bool:
    """True when a part the labeller calls a job's reads as a degree's: a school, a degree or a
    field of study (not a role title), a date or place the open degree still lacks. A section
    whose heading was missed keeps its jobs."""
    if role_evidence(text) > 0:
        return False
    if role == "w_date":
        return e is not None and e.start is None and e.end is None
    if role == "w_loc":
        return e is not None
    school, field = school_and_field(text)
    return find_degree(text) is not None or bool(school) or (bool(field) and e is not None)


def _unplaced_role(text: str, e: Education | None) -> str:
    """The role of a line under an education heading that the labeller left unplaced ("other",
    "item"), read from what it holds: a degree line with its field or school, a bare degree name,
    a school, the dates the open degree lacks; else what the labeller said."""
    found = find_degree(text)
    if found is not None and len(text.strip()) - (found[3] - found[2]) <= 2:
        return "e_degree"
    if role_evidence(text) > 0:
        return "other"
    deg = parse_degree(text) if found is not None else None
    if deg is not None and (deg.field or deg.institution):
        return "e_orgdeg"
    span = find_dates(text)
    lacks = e is None or (e.start is None and e.end is None)
    if span is not None and lacks and len(re.sub(r"[\W_]+", "", text[: span.begin] + text[span.stop:])) <= 2:
        return "e_date"  # the dates the open degree lacks, or the first line of the first one
    if found is None and looks_like_school(text) and len(text.split()) <= 10:
        return "e_org"
    return "other"


def _without(text: str, *parts: str) -> str:
    """``text`` less the given parts and the separators left around them (what a parser did not use)."""
    for part in sorted((p for p in parts if p), key=len, reverse=True):
        text = text.replace(part, " ")
    left = re.sub(r"[\s,;|·•()–—-]+", " ", text).strip()
    return "" if left.casefold() in ("", "in", "of", "at", "from") else left

