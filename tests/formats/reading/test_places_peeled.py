"""A place written without commas, a region or country in words before its code."""

from __future__ import annotations

import pytest

from mlresume_gui.formats.reading.places import parse_place


@pytest.mark.parametrize(
    ("text", "city", "region", "country"),
    [
        ("Leeds England GB", "Leeds", "England", "GB"),
        ("Dundee Scotland UK", "Dundee", "Scotland", "UK"),
        ("Port Valdor ON, CA", "Port Valdor", "ON", "CA"),
        ("Tacoma WA US", "Tacoma", "WA", "US"),
        ("Mexico City MX", "Mexico City", "", "MX"),
    ],
)
def test_a_region_in_words_before_the_country_code(
    text: str, city: str, region: str, country: str
) -> None:
    place = parse_place(text)
    assert place is not None
    assert (place.city, place.region, place.country) == (city, region, country)
