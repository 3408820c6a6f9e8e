"""Recognising the resume's owner in an author list ("first author" is derived, never stored)."""

from __future__ import annotations

import re
import unicodedata

_MARKS = re.compile(r"[*†‡§¶#^]+|\(.*?\)|\d+$")


def _fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text)
    return "".join(c for c in text if not unicodedata.combining(c)).casefold()


def _name_parts(name: str) -> list[str]:
    name = _MARKS.sub(" ", name)
    if "," in name:  # "Smith, Jane" -> "Jane Smith"
        last, _, first = name.partition(",")
        name = f"{first} {last}"
    return [p for p in re.split(r"[\s.\-]+", _fold(name)) if p]


def same_person(author: str, owner: str) -> bool:
    """True when ``author`` is a way of writing ``owner`` (initials, marks, comma order, accents)."""
    a, o = _name_parts(author), _name_parts(owner)
    if not a or not o:
        return False
    if a[-1] != o[-1]:
        return False
    firsts_a, firsts_o = a[:-1], o[:-1]
    if not firsts_a or not firsts_o:
        return True
    return firsts_a[0][0] == firsts_o[0][0] and (
        len(firsts_a[0]) == 1 or len(firsts_o[0]) == 1 or firsts_a[0] == firsts_o[0]
    )


def owner_position(authors: list[str], owner: str) -> int | None:
    """The owner's 0-based place in ``authors``, or None when the owner is not listed."""
    for i, author in enumerate(authors):
        if same_person(author, owner):
            return i
    return None


def is_first_author(authors: list[str], owner: str) -> bool:
    """True when the owner comes first in ``authors`` (or is marked equal-contribution first)."""
    pos = owner_position(authors, owner)
    if pos == 0:
        return True
    return pos is not None and "*" in authors[pos] and "*" in authors[0]
