"""Word count and an estimate of printed pages, for the status bar."""

from __future__ import annotations

import dataclasses
import math
import re
from collections.abc import Iterator
from typing import Any

from ..model import Resume

_WORD = re.compile(r"[^\W_]+(?:[-'’][^\W_]+)*")
_SKIP = frozenset({"id", "url", "email", "phone", "image", "extra", "section_order", "variants",
                   "meta", "target", "seniority", "country_code", "postal_code"})
CHARS_PER_LINE = 95
LINES_PER_PAGE = 52


def _texts(value: Any) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, list):
        for v in value:
            yield from _texts(v)
    elif dataclasses.is_dataclass(value):
        for f in dataclasses.fields(value):
            if f.name not in _SKIP:
                yield from _texts(getattr(value, f.name))


def word_count(resume: Resume) -> int:
    """Words written anywhere in the resume (links and contact numbers excluded)."""
    return sum(len(_WORD.findall(t)) for t in _texts(resume))


def _lines(text: str) -> int:
    return math.ceil(len(text) / CHARS_PER_LINE) if text else 0


def estimate_pages(resume: Resume) -> float:
    """Printed pages at a typical resume layout (about 95 characters a line, 52 lines a page)."""
    lines = 4 + _lines(resume.summary)
    for key, _lst, entry in resume.iter_entries():
        if key == "skills":
            lines += max(1, _lines(f"{entry.category}: {', '.join(entry.items)}"))
            continue
        head = [v for v in _texts(entry) if v]
        bullets = [b.text for b in getattr(entry, "bullets", ())]
        lines += 2 if bullets else 1
        lines += sum(max(1, _lines(b)) for b in bullets)
        body = " ".join(head)
        lines += max(0, _lines(body) - 1 - sum(_lines(b) for b in bullets))
    sections = sum(1 for k in resume.ordered_sections() if _section_has_entries(resume, k))
    lines += 2 * sections
    return round(max(lines, 1) / LINES_PER_PAGE, 1)


def _section_has_entries(resume: Resume, key: str) -> bool:
    if key.startswith("custom:"):
        return any(s.entries for s in resume.custom if f"custom:{s.id}" == key)
    return bool(getattr(resume, key))
