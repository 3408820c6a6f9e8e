"""Checking that an import lost nothing: every word of every source line is somewhere in the model.

Dates are compared by meaning (``Jan 2021`` is covered by a start of 2021-01), and label words the
importer may drop when it fills a field (``Email:``, ``GPA``) are listed in the import vocabulary.
"""

from __future__ import annotations

import dataclasses
import re
import unicodedata
from collections.abc import Iterable
from functools import cache
from typing import Any

from mlresume_gui.formats.reading.lineparse import vocabulary
from mlresume_gui.model import PartialDate, Resume
from mlresume_gui.model.dates import MONTH_ABBR, _Present

_MONTH_NAMES = ("january", "february", "march", "april", "may", "june", "july", "august",
                "september", "october", "november", "december")
_SEASON_OF = {3: "spring", 6: "summer", 9: "fall autumn", 12: "winter"}
_PRESENT = "present current currently now today ongoing date"


def words(text: str) -> list[str]:
    """Lower-case words and numbers of ``text``, accents and ligatures folded."""
    if not text.isascii():
        text = unicodedata.normalize("NFKD", text)
        text = "".join(c for c in text if not unicodedata.combining(c))
    text = text.casefold()
    return re.findall(r"[^\W_]+", text)


@cache
def _ignorable() -> frozenset[str]:
    return frozenset(vocabulary()["coverage"]["ignorable"])


def _date_words(value: Any) -> list[str]:
    if isinstance(value, _Present):
        return _PRESENT.split()
    out = [str(value.year), f"{value.year % 100:02d}"]
    if value.month:
        m = value.month
        out += [str(m), f"{m:02d}", MONTH_ABBR[m - 1].casefold(), _MONTH_NAMES[m - 1], _MONTH_NAMES[m - 1][:4]]
        out += _SEASON_OF.get(m, "").split()
    return out


def model_words(resume: Resume) -> set[str]:
    """Every word the model holds, dates spelled every way people write them."""
    out: set[str] = set()

    def walk(value: Any) -> None:
        if isinstance(value, str):
            out.update(words(value))
        elif isinstance(value, PartialDate | _Present):
            out.update(_date_words(value))
        elif dataclasses.is_dataclass(value):
            for f in dataclasses.fields(value):
                walk(getattr(value, f.name))
        elif isinstance(value, list | tuple):
            for v in value:
                walk(v)
        elif isinstance(value, dict):
            for v in value.values():
                walk(v)
        elif isinstance(value, int) and not isinstance(value, bool):
            out.add(str(value))
            out.update(words(f"{value:,}"))

    walk(resume)
    return out


def missing_lines(lines: Iterable[str], resume: Resume) -> list[str]:
    """The source lines with a word that is nowhere in ``resume``.

    A word broken across two lines without a hyphen (an e-mail address or a link wrapped in a
    narrow column: ``name@outlook.c`` / ``om``) counts as present when its two halves, joined,
    are in the model.
    """
    have = model_words(resume) | _ignorable()
    lines = list(lines)
    split = [words(ln) for ln in lines]
    missing = []
    for i, (line, ws) in enumerate(zip(lines, split, strict=True)):
        last = len(ws) - 1
        for j, w in enumerate(ws):
            if w in have:
                continue
            after = split[i + 1][0] if j == last and i + 1 < len(split) and split[i + 1] else None
            before = split[i - 1][-1] if j == 0 and i > 0 and split[i - 1] else None
            if (after and w + after in have) or (before and before + w in have):
                continue
            missing.append(line)
            break
    return missing
