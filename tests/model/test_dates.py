from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from mlresume_gui.model import PRESENT, ModelError, PartialDate, format_range, parse_date_value


def test_parse_precisions() -> None:
    assert PartialDate.parse("2021") == PartialDate(2021)
    assert PartialDate.parse("2021-03") == PartialDate(2021, 3)
    assert PartialDate.parse("2021-03-15") == PartialDate(2021, 3, 15)


@pytest.mark.parametrize("bad", ["21", "2021-3", "2021-13", "2021-00", "March 2021", "", "2021-03-40"])
def test_invalid_dates_name_the_problem(bad: str) -> None:
    with pytest.raises(ModelError) as err:
        PartialDate.parse(bad)
    assert err.value.field == "date"
    assert err.value.reason


def test_present_words() -> None:
    for word in ("present", "Present", "now", "current"):
        assert parse_date_value(word) is PRESENT


def test_display_and_range() -> None:
    assert PartialDate(2021, 3).display() == "Mar 2021"
    assert format_range(PartialDate(2019), PRESENT) == "2019 – Present"
    assert format_range(None, PartialDate(2020, 12)) == "Dec 2020"


def test_ordering() -> None:
    assert PartialDate(2020, 1) < PartialDate(2020, 2) < PartialDate(2021)


@given(st.integers(1000, 2999), st.one_of(st.none(), st.integers(1, 12)), st.integers(1, 28))
def test_iso_round_trip(year: int, month: int | None, day: int) -> None:
    d = PartialDate(year, month, day if month else None)
    assert PartialDate.parse(d.iso()) == d
