"""Places in contact lines: a city alone, with a country code, a region, a code in brackets, a
street address and postal code; what is shaped like no place is refused."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from mlresume_gui.formats.reading.contacts import take_contacts
from mlresume_gui.formats.reading.places import is_location, parse_place
from mlresume_gui.model import Basics


@pytest.mark.parametrize(("text", "city", "region", "country"), [
    ("Brankovo", "Brankovo", "", ""),
    ("Ostrava, CZ", "Ostrava", "", "CZ"),
    ("Ostrava (CZ),", "Ostrava", "", "CZ"),
    ("Valdoria (US), TX", "Valdoria", "TX", "US"),
    ("Grünwald – Bavaria", "Grünwald", "Bavaria", ""),
    ("Porto Seguro, Bahia, BR", "Porto Seguro", "Bahia", "BR"),
    ("Villa de Leyva, Colombia", "Villa de Leyva", "", "Colombia"),
    ("Location: Kestrelton, ON", "Kestrelton", "ON", ""),
    ("Halden, Norge", "Halden", "", "Norge"),
    ("Kestrelton WA US", "Kestrelton", "WA", "US"),
    ("Aldenburg KE", "Aldenburg", "", "KE"),
    ("Port Valdor ON, CA", "Port Valdor", "ON", "CA"),
])
def test_places_as_contact_lines_write_them(text: str, city: str, region: str, country: str) -> None:
    place = parse_place(text)
    assert place is not None
    assert (place.city, place.region, place.country) == (city, region, country)


def test_a_street_address_and_a_postal_code_are_kept_apart() -> None:
    place = parse_place("14 Harbour Road, Kestrelton, CA 94115")
    assert place is not None
    assert (place.address, place.city, place.region, place.postal_code) == ("14 Harbour Road", "Kestrelton", "CA", "94115")
    place = parse_place("Lindenweg 7, 80331 Aldenburg")
    assert place is not None and (place.address, place.city, place.postal_code) == ("Lindenweg 7", "Aldenburg", "80331")
    place = parse_place("10115 Aldenburg, Deutschland")
    assert place is not None and (place.address, place.city, place.country) == ("", "Aldenburg", "Deutschland")


@pytest.mark.parametrize("text", [
    "Senior Data Scientist", "ML Platform Engineer", "Open to relocation", "Available on request",
    "jane doe", "Python, PyTorch, JAX", "ada@example.com", "github.com/ada", "+44 20 7946 0958", "KE", "",
    "Updated June 2025",
])
def test_what_is_shaped_like_no_place(text: str) -> None:
    assert parse_place(text) is None


def test_a_contact_line_gives_its_place_only_when_known_to_hold_contacts() -> None:
    b = Basics()
    assert take_contacts(b, "Brankovo") == ["Brankovo"]
    assert not b.location.city
    b = Basics()
    assert take_contacts(b, "Brankovo", contact_line=True) == []
    assert b.location.city == "Brankovo"
    b = Basics()
    rest = take_contacts(b, "ada@example.org | +48 601 784 382 | Ostrava (CZ)", contact_line=True)
    assert rest == [] and (b.email, b.location.city, b.location.country_code) == ("ada@example.org", "Ostrava", "CZ")


def test_the_first_place_stays() -> None:
    b = Basics()
    take_contacts(b, "Ostrava, CZ", contact_line=True)
    assert take_contacts(b, "Brankovo", contact_line=True) == ["Brankovo"]
    assert b.location.city == "Ostrava"


def test_strict_reading_still_needs_a_place_word() -> None:
    assert is_location("Austin, TX") and is_location("London, UK") and is_location("Cambridge, MA, USA")
    assert not is_location("Brankovo") and not is_location("Acme Robotics, Data")


@given(st.text(max_size=90))
def test_parse_place_never_fails(text: str) -> None:
    place = parse_place(text)
    if place is not None:
        assert place.city and place.city in text


def test_the_world_city_list_knows_large_cities_and_leaves_out_resume_words() -> None:
    from mlresume_gui.formats.reading.places import is_location

    assert is_location("Nairobi") and is_location("Rotterdam") and is_location("Porto Alegre")
    assert not is_location("Enterprise") and not is_location("Mobile") and not is_location("Reading")


@pytest.mark.parametrize("name", ["Milano", "Lisboa", "Warszawa", "München", "Wien", "Praha"])
def test_large_cities_are_known_by_the_names_people_write_them_in_their_own_language(name: str) -> None:
    assert is_location(name)
