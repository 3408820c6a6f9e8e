"""Partial dates as resumes write them: a year, a year and month, or a full day, plus "present"."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import total_ordering

from .errors import ModelError

_ISO = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")
PRESENT_WORDS = frozenset({"present", "current", "now", "ongoing", "today"})

MONTH_ABBR = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


@total_ordering
@dataclass(frozen=True)
class PartialDate:
    """A calendar date known to the year, the month or the day.

    Dates compare at the precision both have: ``2021`` is neither before nor after ``2021-03``.
    """

    year: int
    month: int | None = None
    day: int | None = None

    def __post_init__(self) -> None:
        if not 1000 <= self.year <= 2999:
            raise ModelError("date", f"year {self.year} is out of range")
        if self.month is None and self.day is not None:
            raise ModelError("date", "a day needs a month")
        if self.month is not None and not 1 <= self.month <= 12:
            raise ModelError("date", f"month {self.month} is not between 1 and 12")
        if self.day is not None and not 1 <= self.day <= 31:
            raise ModelError("date", f"day {self.day} is not between 1 and 31")

    @classmethod
    def parse(cls, text: str) -> PartialDate:
        """Parse ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``; raise ModelError otherwise."""
        m = _ISO.match(text.strip())
        if not m:
            raise ModelError("date", f"{text!r} is not a date like 2021, 2021-03 or 2021-03-15")
        year, month, day = (int(g) if g else None for g in m.groups())
        return cls(year, month, day)  # type: ignore[arg-type]

    def iso(self) -> str:
        """The ISO 8601 form, as precise as the date is."""
        out = f"{self.year:04d}"
        if self.month is not None:
            out += f"-{self.month:02d}"
            if self.day is not None:
                out += f"-{self.day:02d}"
        return out

    def display(self) -> str:
        """A short human form: ``Mar 2021`` or ``2021``."""
        if self.month is None:
            return str(self.year)
        return f"{MONTH_ABBR[self.month - 1]} {self.year}"

    def months(self) -> int:
        """Months since year 0, for durations (a missing month counts as January)."""
        return self.year * 12 + (self.month or 1) - 1

    def __str__(self) -> str:
        return self.iso()

    def _common(self, other: PartialDate) -> tuple[tuple[int, ...], tuple[int, ...]]:
        a: list[int] = [self.year]
        b: list[int] = [other.year]
        if self.month is not None and other.month is not None:
            a.append(self.month)
            b.append(other.month)
            if self.day is not None and other.day is not None:
                a.append(self.day)
                b.append(other.day)
        return tuple(a), tuple(b)

    def __lt__(self, other: object) -> bool:
        if not isinstance(other, PartialDate):
            return NotImplemented
        a, b = self._common(other)
        return a < b


class _Present:
    """The open end of an ongoing role."""

    _instance: _Present | None = None

    def __new__(cls) -> _Present:
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance

    def iso(self) -> str:
        return "present"

    def display(self) -> str:
        return "Present"

    def __repr__(self) -> str:
        return "PRESENT"

    def __reduce__(self) -> str:
        return "PRESENT"


PRESENT = _Present()
DateValue = PartialDate | _Present


def parse_date_value(text: str) -> DateValue:
    """Parse a stored date or the word "present"."""
    if text.strip().lower() in PRESENT_WORDS:
        return PRESENT
    return PartialDate.parse(text)


def format_range(start: DateValue | None, end: DateValue | None) -> str:
    """``Mar 2021 – Present``, ``2019 – 2021``, or one side alone."""
    parts = [d.display() for d in (start, end) if d is not None]
    return " – ".join(parts)
