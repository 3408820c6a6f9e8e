"""Section headings people write, looked up in the import vocabulary (``Work History`` ->
``experience``); one feature of the labeller and the section key assembly files entries under."""

from __future__ import annotations

import re
from functools import cache

from mlresume_gui.formats.reading.layout import LayoutLine
from mlresume_gui.formats.reading.lineparse import flatten, vocabulary


def heading_key(text: str) -> str:
    """A heading as the vocabulary is keyed: folded case, "&" and "+" as "and", punctuation gone."""
    t = flatten(text).casefold().replace("&", " and ").replace("+", " and ")
    t = re.sub(r"[^\w\s-]", " ", t)
    return re.sub(r"\s+", " ", t).strip()


@cache
def heading_table() -> dict[str, str]:
    """Every heading of the vocabulary, keyed by :func:`heading_key`, to its section key."""
    table = {}
    for section, names in vocabulary()["headings"].items():
        for name in names:
            table[heading_key(name)] = section
    return table


@cache
def unspaced_table() -> dict[str, str]:
    """The heading table keyed without spaces (letter-spaced headings: "E X P E R I E N C E")."""
    return {name.replace(" ", ""): section for name, section in heading_table().items()}


@cache
def _qualified() -> frozenset[str]:
    return frozenset(vocabulary().get("heading_words", {}).get("qualified", []))


def letter_spaced(text: str) -> bool:
    """True when ``text`` is set with a space between its letters ("E D U C AT I O N", "S K I L L S";
    a kerned pair may stay together): most of its words are single letters."""
    words = text.split()
    return (
        len(words) >= 4
        and all(len(w) <= 2 for w in words)
        and sum(len(w) == 1 for w in words) >= 0.6 * len(words)
    )


def section_for_heading(text: str) -> str | None:
    """The section key a heading names (``Work History`` -> ``experience``; ``Internship
    Experience`` by its first word that names a section), or None."""
    key = heading_key(text.rstrip(": "))
    if not key or len(key) > 50:
        return None
    table = heading_table()
    if key in table:
        return table[key]
    found = unspaced_table().get(key.replace(" ", ""))  # letter-spaced: "E X P E R I E N C E"
    words = key.split()
    if found is None and 2 <= len(words) <= 4:  # "Technical Experience", "Projects Experience"
        found = next((table.get(w) for w in words if w in _qualified() and w in table), None)
    return found


_HEADING_LEVEL = re.compile(r"heading\s*(\d)", re.IGNORECASE)


def set_below(line: LayoutLine, head: LayoutLine) -> bool:
    """True when ``line`` is set as a lower level than the heading ``head``: in smaller type, or
    in a heading style of a lower level (Word's "Heading 4" under "Heading 3")."""
    if head.size and line.size and line.size < head.size - 0.5:
        return True
    lv, hv = _HEADING_LEVEL.match(line.style or ""), _HEADING_LEVEL.match(head.style or "")
    return bool(lv and hv and int(lv.group(1)) > int(hv.group(1)))
