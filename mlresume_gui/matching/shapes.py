"""Finding terms in a stretch of text: the known ones through the knowledge tables and their
synonyms, unknown technologies by their shape (CamelCase, letters with digits, known suffixes,
acronyms), and the company names a posting gives (which are never terms)."""

from __future__ import annotations

import re
from functools import cache

from ..scoring.text import phrase_key, split_words
from .lines import PostingLine
from .tables import tables

_RAW_WORD = re.compile(r"(?<![\w.+#/-])[A-Za-z][\w+#]*(?:[.\-][\w+#]+)*[+#]*")
_CAMEL = re.compile(r"[a-z][A-Z]|^[A-Z]{2,}[a-z]{2,}")
_DIGITS = re.compile(r"^(?=.*[A-Za-z])(?=.*\d)")
_NOT_DIGIT_TECH = re.compile(r"^(?:\d+(?:st|nd|rd|th|s|k|m|x|h|d|am|pm|yrs?)|[A-Za-z]\d{1,2}|[pP]\d{2,3}|\d+[A-Za-z]{1,2}\d*|[A-Za-z]+-\d+s?)$", re.I)
_SUFFIX = re.compile(r"[A-Za-z]\.(?:js|py|cpp|ai|io)$|[A-Za-z]{2,}(?:DB|SQL|QL)$")
_ACRONYM = re.compile(r"^[A-Z]{2,6}s?$")
_COMPANY_PATTERNS = (
    re.compile(r"\bAt ([A-Z][\w&.'-]*(?: [A-Z][\w&.'-]*){0,2}),"),
    re.compile(r"\b([A-Z][\w&.'-]*(?: [A-Z][\w&.'-]*){0,2}) is (?:an|a proud) (?:equal|EEO|proud)"),
    re.compile(r"\b[Jj]oin ([A-Z][\w&.'-]*(?: [A-Z][\w&.'-]*){0,2})(?: and| to|[,.!]|$)"),
    re.compile(r"^About ([A-Z][\w&.'-]*(?: [A-Z][\w&.'-]*){0,2})\s*:?$"),
    re.compile(r"^Why ([A-Z][\w&.'-]*(?: [A-Z][\w&.'-]*){0,2})\??\s*$"),
)
_LIST_BEFORE = re.compile(r"(?:[,/(]\s*|\bor\s+|\band\s+)$")
_LIST_AFTER = re.compile(r"\s*(?:[,/)]|or\b|and\b)")
_NOT_COMPANY = {"the", "us", "you", "we", "our", "this", "role", "team", "the team", "the role",
                "it", "they", "she", "he", "a", "an", "today"}


def known_spans(text: str) -> list[tuple[str, int, int]]:
    """Known terms named in ``text`` as (canonical, start, end): the longest phrase wins."""
    t = tables()
    norms, starts, ends = split_words(text)
    out = [(canonical, starts[i], ends[i + n - 1]) for i, n, canonical in t.terms.scan(norms)]
    cased, in_lists = _cased_patterns()
    for m in cased.finditer(text):
        out.append((t.cased[m.group(0)], m.start(), m.end()))
    for m in in_lists.finditer(text):
        before = text[max(0, m.start() - 5):m.start()]
        after = text[m.end():m.end() + 5]
        if _LIST_BEFORE.search(before) or _LIST_AFTER.match(after):
            out.append((t.in_lists[m.group(0)], m.start(), m.end()))
    return _without_overlaps(out)


@cache
def _cased_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """One pattern for the exact-case spellings and one for the names that count only in lists."""
    t = tables()

    def alternation(names: list[str], after: str) -> re.Pattern[str]:
        names = sorted(names, key=len, reverse=True) or ["(?!x)x"]
        return re.compile(r"(?<![\w.])(?:" + "|".join(map(re.escape, names)) + rf")(?!{after})")

    return alternation(list(t.cased), r"[\w]"), alternation(list(t.in_lists), r"[\w+#]")


def _without_overlaps(spans: list[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
    spans.sort(key=lambda s: (s[1], -(s[2] - s[1])))
    out: list[tuple[str, int, int]] = []
    end = -1
    for s in spans:
        if s[1] >= end:
            out.append(s)
            end = s[2]
    return out


def looks_like_tech(word: str) -> bool:
    """True for a word shaped like a technology name: ``ClickHouse``, ``H100``, ``node.js``, ``MLIR``."""
    if word.lower() in tables().not_tech or len(word) < 2:
        return False
    if _CAMEL.search(word):
        return True
    if _DIGITS.match(word):
        return not _NOT_DIGIT_TECH.match(word) and not word.isdigit()
    if _SUFFIX.search(word):
        return True
    return bool(_ACRONYM.match(word)) and len(word.rstrip("s")) >= 3


def unknown_terms(text: str, covered: list[tuple[int, int]]) -> list[tuple[str, int, int]]:
    """Technology names the tables do not know, by shape, outside the ``covered`` spans."""
    t = tables()
    out = []
    for m in _RAW_WORD.finditer(text):
        word = m.group(0).rstrip(".-")
        start, end = m.start(), m.start() + len(word)
        if any(a < end and start < b for a, b in covered):
            continue
        if not looks_like_tech(word):
            continue
        key = phrase_key(word)
        if key in t.terms or key in t.soft:
            continue
        if start == 0 and word.isupper() and len(text) > 3 and text[:40].isupper():
            continue  # a line in capitals is a heading, not a list of acronyms
        out.append((word[:-1] if word.endswith("s") and word[:-1].isupper() and len(word) > 3 else word, start, end))
    return out


def company_names(lines: list[PostingLine], given: list[str]) -> list[str]:
    """Names the posting gives its company: the page's site name, "About X", "At X, we",
    "X is an equal opportunity employer", "Join X"."""
    names: dict[str, str] = {}
    for n in given:
        names.setdefault(n.casefold(), n)
    for ln in lines:
        for pattern in _COMPANY_PATTERNS[:3] if not ln.heading else _COMPANY_PATTERNS[3:5]:
            for m in pattern.finditer(ln.text):
                name = m.group(1).strip(" .,'")
                if name.casefold() not in _NOT_COMPANY and phrase_key(name) not in tables().terms:
                    names.setdefault(name.casefold(), name)
    return list(names.values())
