"""Education entries: institution, degree and field, dates, location, grade and notes. Part of
the ``Assembler``.
"""

from __future__ import annotations

import re

from mlresume_gui.formats.reading.contacts import is_location
from mlresume_gui.formats.reading.contacts import segments as split_fields
from mlresume_gui.formats.reading.degrees import parse_degree
from mlresume_gui.formats.reading.entries import split_degree
from mlresume_gui.formats.reading.lineparse import join_wrapped
from mlresume_gui.model import Education

_GPA = re.compile(r"\b(?:C?GPA|Grade)\s*[:：]?\s*([\d.]+(?:\s*/\s*[\d.]+)?)", re.IGNORECASE)


class EducationEntries:
    """The assembler's handlers for education entries."""

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


def _without(text: str, *parts: str) -> str:
    """``text`` less the given parts and the separators left around them (what a parser did not use)."""
    for part in sorted((p for p in parts if p), key=len, reverse=True):
        text = text.replace(part, " ")
    left = re.sub(r"[\s,;|·•()–—-]+", " ", text).strip()
    return "" if left.casefold() in ("", "in", "of", "at", "from") else left

