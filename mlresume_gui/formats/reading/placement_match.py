"""Placements for any imported Resume, derived from its source lines by matching their text to the
resume's fields: what the import review shows when a reader gives the Resume alone.

Each source line goes to the field whose text it is (1.0), a part of (a wrapped bullet, 0.85) or
holds together with other text (a company and a title on one line: 0.5-0.95 by how much of the
line the fields cover); date lines match the entry dates they spell; a line that spells a section
heading is that section's heading; a line that matches nothing gets target ``""`` and confidence 0.
Among equally good fields the one after the previous line's field wins (reading order), so a text
that occurs twice goes to the right place. A reader's own placements never pass through here.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass

from ...model import SECTION_TITLES, Resume
from . import field_paths
from .lineparse import find_dates, strip_bullet
from .placement import Box, ImportResult, Placement

_EDGES = " \t,;:|·•–—-()[]"


@dataclass(frozen=True)
class SourceLine:
    """A line of the source as the review shows it: its text and, for PDFs, where it sits."""

    text: str
    page: int = 0
    box: Box | None = None


def normalise(text: str) -> str:
    """Text compared case-, width-, space- and bullet-blind."""
    t = unicodedata.normalize("NFKC", text).replace("\t", " ")
    t = strip_bullet(t.strip())[1]
    t = re.sub(r"\s+", " ", t).casefold()
    return t.strip(_EDGES)


@dataclass(frozen=True)
class _Slot:
    index: int
    path: str
    text: str  # normalised
    dates: tuple[object, object] | None  # (start, end) of a dates field


def _slots(resume: Resume) -> list[_Slot]:
    out = []
    for i, (path, text) in enumerate(field_paths.slots(resume)):
        dates = None
        if path.endswith((".dates", ".date")):
            p = field_paths.parse(path)
            entry = field_paths.entry_at(resume, p) if p is not None else None
            if entry is not None:
                dates = ((getattr(entry, "start", None), getattr(entry, "end", None)) if path.endswith("dates")
                         else (None, getattr(entry, "date", None)))
        out.append(_Slot(i, path, normalise(text), dates))
    return out


def _headings(resume: Resume) -> dict[str, str]:
    """Normalised heading text -> the section key (or custom path) it opens."""
    out = {normalise(title): key for key, title in SECTION_TITLES.items() if key in
           (*resume.ordered_sections(), "summary", "basics")}
    source = resume.meta.get("source_headings") or {}
    if isinstance(source, dict):
        out.update({normalise(str(text)): key for key, text in source.items() if text})
    for k, section in enumerate(field_paths.user_sections(resume)):
        out.setdefault(normalise(section.title), f"custom[{k}]")
    out.pop("", None)
    return out


def _score(line: str, raw: str, slot: _Slot) -> float:
    if not slot.text:
        return 0.0
    if line == slot.text:
        return 1.0
    if slot.dates is not None:
        span = find_dates(raw)
        if span is not None and (span.start, span.end) == slot.dates:
            covered = (span.stop - span.begin) / max(1, len(raw.strip()))
            return 0.5 + 0.45 * min(1.0, covered)
        return 0.0
    if len(line) >= 3 and line in slot.text:
        return 0.85
    if len(slot.text) >= 2 and re.search(rf"(?<!\w){re.escape(slot.text)}(?!\w)", line):
        return 0.5 + 0.45 * len(slot.text) / len(line)
    return 0.0


def match_line(line: SourceLine, slots: Sequence[_Slot], headings: dict[str, str], cursor: int) -> Placement:
    """The placement of one line given the fields (``index`` is filled by the caller)."""
    norm = normalise(line.text)
    scored = [(s, _score(norm, line.text, s)) for s in slots]
    scored = [(s, v) for s, v in scored if v > 0]
    if norm in headings and not any(v == 1.0 for _, v in scored):
        target = headings[norm]
        return Placement(0, line.text, target, "heading", 1.0, line.page, line.box)
    if not scored:
        return Placement(0, line.text, "", "other", 0.0, line.page, line.box)
    best = max(v for _, v in scored)
    tied = [s for s, v in scored if v >= best - 1e-9]
    if best < 0.85:  # the line holds several fields: the first one it spells, and their coverage
        contained = [s for s, v in scored if v < 0.85]
        covered = sum(len(s.text) for s in contained) / max(1, len(norm))
        best = min(0.95, 0.5 + 0.45 * min(1.0, covered))
        tied = sorted(contained, key=lambda s: norm.find(s.text) if s.text in norm else len(norm))[:1]
    ahead = [s for s in tied if s.index >= cursor]
    chosen = min(ahead, key=lambda s: s.index) if ahead else min(tied, key=lambda s: abs(s.index - cursor))
    return Placement(0, line.text, chosen.path, field_paths.role_of(chosen.path), round(best, 3),
                     line.page, line.box)


def derive_placements(resume: Resume, lines: Sequence[SourceLine]) -> list[Placement]:
    """One placement per non-blank source line, in reading order."""
    slots = _slots(resume)
    order = {s.path: s.index for s in slots}
    headings = _headings(resume)
    out: list[Placement] = []
    cursor = 0
    for line in lines:
        if not line.text.strip():
            continue
        p = match_line(line, slots, headings, cursor)
        cursor = order.get(p.target, cursor)
        out.append(Placement(len(out), p.text, p.target, p.role, p.confidence, p.page, p.box))
    return out


def derive_result(resume: Resume, lines: Sequence[SourceLine]) -> ImportResult:
    """An ImportResult for a reader that returned the Resume alone."""
    return ImportResult(resume=resume, placements=derive_placements(resume, lines))
