"""Dates and date ranges as people write them: any month style, any dash (soft and non-breaking
hyphens included), present words, seasons, month ranges inside one year, expected dates."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from mlresume_gui.formats.reading.lineparse import clean, find_dates, opens_with_date, parse_date
from mlresume_gui.model import PRESENT, PartialDate

FULL = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
        "October", "November", "December"]
DASHES = ["-", "–", "—", "‒", "―", "\u2011", "\u2010", "\u00ad", "\u2212", "~", " to ", " until ", " - ", " – "]
PRESENT_WORDS = ["Present", "present", "Current", "now", "Today", "Ongoing", "to date"]


def _month(year: int, month: int, style: int) -> str:
    """One date in one of the ways resumes write it."""
    name = FULL[month - 1]
    return [
        f"{name} {year}",
        f"{name[:3]} {year}",
        f"{name[:3]}. {year}" if month != 5 else f"May {year}",
        f"{'Sept' if month == 9 else name[:3]} {year}",
        f"{month:02d}/{year}",
        f"{month}/{year}",
        f"{year}-{month:02d}",
        f"{month:02d}.{year}",
        f"{name.upper()} {year}",
        f"{name[:3]} '{year % 100:02d}" if year >= 2000 else f"{name} {year}",
    ][style]


months = st.tuples(st.integers(1990, 2030), st.integers(1, 12))


@given(months, months, st.integers(0, 9), st.integers(0, 9), st.sampled_from(DASHES))
def test_every_range_with_any_dash_and_month_style_reads_the_same(a, b, sa, sb, dash) -> None:
    (y1, m1), (y2, m2) = sorted([a, b])
    text = f"{_month(y1, m1, sa)}{dash}{_month(y2, m2, sb)}"
    span = find_dates(text)
    assert span is not None, text
    assert (span.start, span.end) == (PartialDate(y1, m1), PartialDate(y2, m2)), text
    assert (span.begin, span.stop) == (0, len(text))


@given(months, st.integers(0, 9), st.sampled_from(DASHES), st.sampled_from(PRESENT_WORDS),
       st.sampled_from(["", "Acme Robotics, ", "Research Engineer | "]), st.sampled_from(["", " | London", " (remote)"]))
def test_an_open_range_inside_a_line_ends_at_present(a, style, dash, word, before, after) -> None:
    text = f"{before}{_month(*a, style)}{dash}{word}{after}"
    span = find_dates(text)
    assert span is not None and span.start == PartialDate(*a) and span.end is PRESENT, text
    assert text[span.begin:span.stop].strip() == f"{_month(*a, style)}{dash}{word}".strip()


@given(st.integers(1990, 2030), st.integers(1, 20), st.sampled_from(DASHES))
def test_year_ranges(y1, length, dash) -> None:
    span = find_dates(f"{y1}{dash}{y1 + length}")
    assert span is not None and (span.start, span.end) == (PartialDate(y1), PartialDate(y1 + length))


@given(st.integers(1990, 2030), st.integers(1, 11), st.integers(0, 3), st.sampled_from(["–", "-", " – ", " to "]))
def test_a_month_range_inside_one_year(year, m1, extra, dash) -> None:
    m2 = min(12, m1 + 1 + extra)
    for name1, name2 in ((FULL[m1 - 1], FULL[m2 - 1]), (FULL[m1 - 1][:3], FULL[m2 - 1][:3])):
        span = find_dates(f"{name1}{dash}{name2} {year}")
        assert span is not None and (span.start, span.end) == (PartialDate(year, m1), PartialDate(year, m2))


@pytest.mark.parametrize(("text", "start", "end"), [
    ("Jan 2021 – Present", PartialDate(2021, 1), PRESENT),
    ("2019–2021", PartialDate(2019), PartialDate(2021)),
    ("03/2018 - 06/2020", PartialDate(2018, 3), PartialDate(2020, 6)),
    ("June–July 2017", PartialDate(2017, 6), PartialDate(2017, 7)),
    ("2020 - now", PartialDate(2020), PRESENT),
    ("2018 — 2020", PartialDate(2018), PartialDate(2020)),
    ("since 2021", PartialDate(2021), PRESENT),
    ("Since March 2019", PartialDate(2019, 3), PRESENT),
    ("2019–21", PartialDate(2019), PartialDate(2021)),
    ("Fall 2019 – Spring 2021", PartialDate(2019, 9), PartialDate(2021, 3)),
    ("15 March 2021 – 1 June 2022", PartialDate(2021, 3), PartialDate(2022, 6)),
    ("March 15, 2021 - Present", PartialDate(2021, 3), PRESENT),
    ("03/15/2020 - 04/01/2021", PartialDate(2020, 3), PartialDate(2021, 4)),
    ("2019-03 – 2020-05", PartialDate(2019, 3), PartialDate(2020, 5)),
    ("Acme Labs (2019 to 2020), Berlin", PartialDate(2019), PartialDate(2020)),
])
def test_ranges_people_write(text: str, start, end) -> None:
    span = find_dates(text)
    assert span is not None and (span.start, span.end) == (start, end)


@pytest.mark.parametrize(("text", "date", "expected"), [
    ("Summer 2016", PartialDate(2016, 6), False),
    ("Sept. 2019", PartialDate(2019, 9), False),
    ("Expected May 2026", PartialDate(2026, 5), True),
    ("MSc Statistics, expected 2025", PartialDate(2025), True),
    ("Graduation: June 2024", PartialDate(2024, 6), True),
])
def test_single_dates(text: str, date: PartialDate, expected: bool) -> None:
    span = find_dates(text)
    assert span is not None and span.start is None and span.end == date and span.expected is expected


@pytest.mark.parametrize("text", [
    "Hired 2019 - 25 engineers",  # a count after a year is no short range
    "Phone +1 212 555 0199",
    "Improved recall by 12/20 points",
    "Reduced latency 13/2020",
])
def test_what_is_not_a_range(text: str) -> None:
    span = find_dates(text)
    assert span is None or span.start is None


def test_a_soft_hyphen_used_as_a_dash_survives_clean_up() -> None:
    assert clean("Jan 2020 \u00ad Mar 2021") == "Jan 2020 - Mar 2021"
    assert clean("2019\u00ad2021") == "2019-2021"
    assert clean("distri\u00adbuted") == "distributed"
    span = find_dates(clean("2019 \u00ad 2021"))
    assert span is not None and span.end == PartialDate(2021)


@given(st.text(max_size=60))
def test_find_dates_never_fails_and_points_into_the_text(text: str) -> None:
    span = find_dates(text)
    if span is not None:
        assert 0 <= span.begin < span.stop <= len(text)
        assert span.end is not None


def test_parse_date_rejects_what_is_no_date() -> None:
    assert parse_date("Mayday 2020") is None
    assert parse_date("13/2020") is None
    assert parse_date("1890") is None
    assert parse_date("Oct 2019") == PartialDate(2019, 10)


def test_what_opens_with_a_date() -> None:
    assert opens_with_date("Present") and opens_with_date(" 2026") and opens_with_date("June 2021, Berlin")
    assert not opens_with_date("Built a ranker in 2020")
