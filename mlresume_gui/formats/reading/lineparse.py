"""Small parsers every importer shares: text clean-up, bullet markers and dates as people write them.

Pure functions of strings, no I/O; the vocabulary they need lives in ``resources/import/``.
"""

from __future__ import annotations

import re
import tomllib
import unicodedata
from dataclasses import dataclass
from functools import cache
from typing import Any

from mlresume_gui.formats.reading.layout import normal_text
from mlresume_gui.model import PRESENT, DateValue, PartialDate
from mlresume_gui.resources import resource

# -- vocabulary -------------------------------------------------------------------------------


@cache
def vocabulary() -> dict[str, Any]:
    """The import vocabulary table (``resources/import/vocabulary.toml``), read once."""
    with resource("import", "vocabulary.toml").open("rb") as fh:
        return tomllib.load(fh)


# -- clean-up ---------------------------------------------------------------------------------

_CID = re.compile(r"\(cid:\d+\)")
_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]+")
_INVISIBLE = dict.fromkeys(map(ord, "\u00ad\u200b\u200c\u200d\u2060\ufeff\ufffd"))
# private-use characters (icon fonts: Unicode category Co) and control characters (Cc) but TAB,
# LF and CR; one regex pass instead of a look-up per character
_DROPPED = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ue000-\uf8ff\U000f0000-\U000ffffd\U00100000-\U0010fffd]")
_LIGATURES = {c: unicodedata.normalize("NFKC", chr(c)) for c in range(0xFB00, 0xFB07)}  # ﬀ ﬁ ﬂ ﬃ ﬄ ﬅ ﬆ


def clean(text: str) -> str:
    """Text with ligatures expanded, icon glyphs and invisible marks dropped and spaces collapsed.

    Tabs survive (as one tab) because layout code uses them to mark a wide gap between columns of a
    line; call :func:`flatten` to turn them into spaces.
    """
    text = _CID.sub("", text)
    text = normal_text(text, soft_hyphen_drawn=False)  # a soft hyphen used as a range's dash stays a dash
    text = text.translate(_INVISIBLE)
    text = _DROPPED.sub("", text).translate(_LIGATURES).replace("\r", "")
    text = re.sub(r"[ \u00a0\u2000-\u200a\u202f\u205f\u3000]+", " ", text)
    text = re.sub(r" ?\t[\t ]*", "\t", text)  # after the spaces: a no-break space beside a tab
    return text.strip(" \t\n")


_ODD_SPACE = re.compile(r"[\t\n\u00a0\u2000-\u200a\u202f\u205f\u3000]|  ")


def flatten(text: str) -> str:
    """Text with every run of whitespace (tabs included) made one space."""
    if not _ODD_SPACE.search(text):  # single plain spaces only: nothing to replace
        return text.strip()
    return _SPACES.sub(" ", text.replace("\n", " ")).strip()


# a length of time printed beside the dates it follows from ("3 months", "1 yr 2 mos")
DURATION = re.compile(r"(?:\d+\+?\s*(?:years?|yrs?|months?|mos?|y|m)\.?\s*){1,2}", re.IGNORECASE)

TAIL = 200  # characters at the end of a line that decide how the next one joins it


def join_wrapped(first: str, second: str) -> str:
    """Join a line and its wrapped continuation, repairing a word hyphenated across the break."""
    first, second = first.rstrip(), second.lstrip()
    if not first:
        return second
    tail = first[-TAIL:]  # only the end matters: joining many lines stays linear
    if re.search(r"\w-$", tail) and second[:1].isalnum():
        return (first[:-1] if _hyphenated_word(tail, second) else first) + second
    last = tail.split()[-1]
    if re.search(r"@|/|^www\.|^https?:", last) and re.match(r"[\w.-]", second) and not re.search(r"[,;:)]$", last):
        return first + second  # a URL or an address broken across the line
    return f"{first} {second}"


class Joined:
    """A line and its wrapped continuations joined as :func:`join_wrapped` joins them, in time
    linear in the whole text however many lines there are (only the tail is ever rebuilt)."""

    def __init__(self, text: str) -> None:
        self._done: list[str] = []
        self.tail = text

    def add(self, line: str) -> None:
        """Join the next line on."""
        if len(self.tail) > 2 * TAIL:
            self._done.append(self.tail[:-TAIL])
            self.tail = self.tail[-TAIL:]
        self.tail = join_wrapped(self.tail, line)

    def text(self) -> str:
        """The whole joined text."""
        return "".join(self._done) + self.tail


def _hyphenated_word(first: str, second: str) -> bool:
    """True when ``first`` ends with one word hyphenated at the margin that ``second`` completes
    (``distri-`` / ``buted``), False for a compound broken at its own hyphen (``long-`` / ``context``)."""
    before = re.search(r"([^\W\d_]+)-$", first)
    after = re.match(r"([a-z]+)\b", second)
    if not before or not after or (not before.group(1).islower() and not before.group(1).istitle()):
        return False
    if first[: before.start()].endswith("-"):  # state-of-the-
        return False
    head, tail = before.group(1).casefold(), after.group(1)
    h = _hyphenation()
    if head in h["first_parts"] or tail in h["second_parts"]:
        return False
    return bool(h["ending"].fullmatch(tail))


@cache
def _hyphenation() -> dict[str, Any]:
    table = vocabulary()["hyphenation"]
    endings = "|".join(sorted(set(table["endings"]), key=len, reverse=True))
    return {
        "first_parts": frozenset(table["first_parts"]),
        "second_parts": frozenset(table["second_parts"]),
        "ending": re.compile(rf"[a-z]{{0,3}}(?:{endings})"),
    }


# -- bullets ----------------------------------------------------------------------------------

BULLET_GLYPHS = "•▪▫■□◦○●‣⁃–—*·►▶▸➢➤✓✔❖◆◇»>+~-◾◽⦁∙⋅"
_BULLET = re.compile(
    r"^\s*(?:[" + re.escape(BULLET_GLYPHS) + r"](?=\s|$)|[•▪▫■□◦○●‣⁃·►▶▸➢➤✓✔❖◆◇◾◽⦁∙⋅])\s*"
)
_NUMBERED = re.compile(r"^\s*(?:\(?\d{1,2}[.)](?=\s)|\[\d{1,3}\]|\(?[a-z][.)](?=\s))\s*")


def strip_bullet(text: str, listed: bool = False) -> tuple[str, str]:
    """Split a leading bullet glyph or list number off a line: ``(marker, rest)``; marker may be ''.

    ``listed``: the source already marks the line as a list item (a Word list paragraph), so only a
    typographic glyph typed again is a marker; ``- ``, ``* ``, ``1.`` typed there are the item's text.
    """
    m = _BULLET.match(text) or _NUMBERED.match(text)
    if m and m.end() < len(text):
        marker = m.group(0).strip()
        if listed and marker.isascii():
            return "", text
        return marker, text[m.end():].strip()
    return "", text


# -- dates ------------------------------------------------------------------------------------

_MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
    "jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12,
}
_SEASONS = {"spring": 3, "summer": 6, "fall": 9, "autumn": 9, "winter": 12}
_MONTH_RE = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
_SEASON_RE = r"(?:spring|summer|fall|autumn|winter)"
_YEAR_RE = r"(?:19[5-9]\d|20\d\d)"
_DAY_RE = r"(?:[12]\d|3[01]|0?[1-9])"
_DATE_RE = (
    rf"(?:(?:{_DAY_RE}(?:st|nd|rd|th)?\.?\s+)?(?:{_MONTH_RE}|{_SEASON_RE})\s*(?:{_DAY_RE}(?:st|nd|rd|th)?\s*,)?"
    rf"\s*,?\s*(?:{_YEAR_RE}|['’]\d\d)"
    rf"|(?:(?:[12]\d|3[01]|0?[1-9])\s*[/.]\s*)?(?:[12]\d|3[01]|0?[1-9])\s*[/.]\s*{_YEAR_RE}"
    rf"|{_YEAR_RE}\s*[-/.]\s*(?:0[1-9]|1[0-2])(?:\s*[-/.]\s*{_DAY_RE})?(?![\d])"
    rf"|{_YEAR_RE})"
)
_PRESENT_RE = r"(?:present|current(?:ly)?|now|today|ongoing|date|till\s+date|to\s+date|heute|actuel|presente)"
# every dash people and producers put in a range (hyphen, non-breaking and soft hyphen, figure
# dash, en and em dash, horizontal bar, minus), a tilde or arrow, or a word
_DASHES = "-\u00ad\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe63\uff0d~→"
_DASH = rf"(?:\s*[{_DASHES}]+\s*|\s+(?:to|t o|until|till|through|thru|bis|au)\s+|\s*-+>\s*)"
_RANGE = re.compile(
    rf"(?<![\w/])(?:since\s+(?P<since>{_DATE_RE})"
    rf"|(?P<m1>{_MONTH_RE}|{_SEASON_RE}){_DASH}(?P<m2>{_MONTH_RE}|{_SEASON_RE})\s*,?\s*(?P<y>{_YEAR_RE})"
    rf"|(?P<start>{_DATE_RE}){_DASH}(?P<end>{_DATE_RE}|{_PRESENT_RE}|['’]?\d\d(?![\d/]))"
    rf")(?![\w/])",
    re.IGNORECASE,
)
_EXPECTED = r"(?:expected|exp\.?|graduat(?:ed|ing|ion)|anticipated|est\.?|estimated)\s*:?\s*"
_SINGLE = re.compile(
    rf"(?<![\w/])(?P<expected>{_EXPECTED})?(?P<date>{_DATE_RE})(?![\w/])",
    re.IGNORECASE,
)


def parse_date(text: str, month_first: bool = False) -> PartialDate | None:
    """One date written by a person (``Jan 2021``, ``Sept. 2019``, ``03/2020``, ``2021-03``,
    ``Summer 2022``, ``15 March 2021``, ``March 15, 2021``, ``2019``); None when ``text`` is not one.
    The day, when given, is read and dropped (the model keeps year and month). ``month_first``:
    read ``04/01/2021`` as April (the other end of its range showed the month first)."""
    t = normal_text(text, soft_hyphen_drawn=False).strip().lower().rstrip(".,")
    t = re.sub(r"^(\d{1,2})(?:st|nd|rd|th)?\.?\s+(?=[a-z])", "", t)  # "15 March 2021"
    t = re.sub(r"^([a-z]+\.?)\s*(\d{1,2})(?:st|nd|rd|th)?\s*,\s*(?=\d{4})", r"\1 ", t)  # "March 15, 2021"
    m = re.fullmatch(r"([a-z]+)\.?\s*,?\s*(\d{4}|['’]\d\d)", t)
    if m:
        word, year_s = m.groups()
        year = int(year_s) if len(year_s) == 4 else 2000 + int(year_s[1:])
        month = _SEASONS.get(word) or _MONTHS.get(word[:3])
        if month is None or not (word in _SEASONS or re.fullmatch(_MONTH_RE, word)):
            return None
        return _safe(year, month)
    m = re.fullmatch(r"(?:(\d{1,2})\s*[/.]\s*)?(\d{1,2})\s*[/.]\s*(\d{4})", t)
    if m:  # MM/YYYY, DD/MM/YYYY, and MM/DD/YYYY when the middle cannot be a month
        first, middle = (int(m.group(1)) if m.group(1) else None), int(m.group(2))
        month = first if first is not None and (middle > 12 >= first or month_first) else middle
        return _safe(int(m.group(3)), month)
    m = re.fullmatch(r"(\d{4})\s*[-/.]\s*(\d{2})(?:\s*[-/.]\s*\d{1,2})?", t)
    if m:
        return _safe(int(m.group(1)), int(m.group(2)))
    if re.fullmatch(r"\d{4}", t):
        return _safe(int(t), None)
    return None


def _safe(year: int, month: int | None) -> PartialDate | None:
    if not 1950 <= year <= 2099 or (month is not None and not 1 <= month <= 12):
        return None
    return PartialDate(year, month)


def parse_end(text: str) -> DateValue | None:
    """The end of a range: a date or "present" (and its synonyms)."""
    if re.fullmatch(_PRESENT_RE, text.strip().lower().rstrip(".")):
        return PRESENT
    return parse_date(text)


@dataclass(frozen=True)
class DateSpan:
    """A date or date range found in a line, and where it was (``expected``: a date still to
    come, such as ``Expected May 2026``)."""

    start: PartialDate | None
    end: DateValue | None
    begin: int
    stop: int
    expected: bool = False


def _short_end(start: PartialDate, text: str) -> PartialDate | None:
    """``21`` or ``'21`` after ``2019`` as a year: the nearest year after the start ending so."""
    digits = int(text.strip("'’"))
    year = start.year - start.year % 100 + digits
    if year < start.year:
        year += 100
    return _safe(year, None) if year - start.year <= 20 else None


def _range(m: re.Match[str]) -> DateSpan | None:
    if m.group("since"):
        start = parse_date(m.group("since"))
        return DateSpan(start, PRESENT, m.start(), m.end()) if start else None
    if m.group("m1"):
        year = m.group("y")
        start, stop = parse_date(f"{m.group('m1')} {year}"), parse_date(f"{m.group('m2')} {year}")
        if start and stop and stop >= start:
            return DateSpan(start, stop, m.start(), m.end())
        return None
    start_text, end_text = m.group("start"), m.group("end")
    start = parse_date(start_text)
    us = re.fullmatch(r"\s*(\d{1,2})\s*[/.]\s*(\d{1,2})\s*[/.]\s*\d{4}\s*", start_text)
    end = parse_end(end_text)
    if us and int(us.group(2)) > 12 and end is not PRESENT:
        end = parse_date(end_text, month_first=True)
    if start is not None and end is None and re.fullmatch(r"['’]?\d\d", end_text) and start.month is None:
        # "2019–21" only with the dash set tight: "2019 - 25 engineers" is no range
        tight = not m.string[m.end("start"):m.start("end")].strip(_DASHES + "'’")
        end = _short_end(start, end_text) if tight and " " not in m.string[m.end("start"):m.start("end")] else None
    if start and end and (end is PRESENT or end >= start):  # type: ignore[operator]
        return DateSpan(start, end, m.start(), m.end())
    return None


def find_dates(text: str) -> DateSpan | None:
    """The first date range in ``text`` (``Jan 2021 – Present``, ``2019–2021``, ``03/2018 - 06/2020``,
    ``June–July 2017``, ``2019–21``, ``since 2021``), else the first single date (``Summer 2022``,
    ``Expected May 2026``); None when there is none. Any dash counts, soft and non-breaking
    hyphens included."""
    for m in _RANGE.finditer(text):
        span = _range(m)
        if span is not None:
            return span
    for m in _SINGLE.finditer(text):
        date = parse_date(m.group("date"))
        if date:
            return DateSpan(None, date, m.start(), m.end(), expected=bool(m.group("expected")))
    return None


def opens_with_date(text: str) -> bool:
    """True when ``text`` starts with a date or a "present" word: after a dash, such a line is
    the rest of a range (``– Present``, ``- 2026``), not a list item."""
    t = text.lstrip()
    if re.match(_PRESENT_RE + r"\b", t, re.IGNORECASE):
        return True
    span = find_dates(t)
    return span is not None and span.begin == 0


def remove_span(text: str, span: DateSpan) -> str:
    """``text`` without the date span and the separators left hanging around it."""
    rest = text[: span.begin] + "\t" + text[span.stop:]
    rest = re.sub(r"[(\[]\s*\t\s*[)\]]", "\t", rest)
    rest = re.sub(r"[\s,;]*\t[\s,;]*([)\]])", r"\1", rest)  # "(London, 2019)" -> "(London)"
    rest = re.sub(r"([(\[])[\s,;]*\t[\s,;]*", r"\1", rest)  # "(2019, London)" -> "(London)"
    return strip_edges(rest)


_EDGE = " \t,;|·•–—-"


def strip_edges(text: str) -> str:
    """``text`` without separators at either end, and without brackets left unpaired there
    (``Computer Science (ML)`` keeps its closing bracket, ``Acme (`` loses the opening one)."""
    while True:
        out = text.strip(_EDGE)
        for left, right in ("()", "[]"):
            unpaired = out.count(left) - out.count(right)
            if out.endswith(left) or (out.endswith(right) and unpaired < 0):
                out = out[:-1]
            if out.startswith(right) or (out.startswith(left) and unpaired > 0):
                out = out[1:]
        if out == text:
            return out
        text = out


def all_years(text: str) -> list[int]:
    """Every plausible year written in ``text``."""
    return [int(y) for y in re.findall(rf"(?<!\d){_YEAR_RE}(?!\d)", text)]
