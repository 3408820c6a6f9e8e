"""Contact details found with their kind, normal form and position: emails, phones (7 to 15
digits, never a year range or a decimal number), profile links, web addresses, places."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from mlresume_gui.formats.reading.contacts import find_contacts, phone_digits


def _kinds(text: str) -> list[tuple[str, str]]:
    return [(c.kind, c.value) for c in find_contacts(text)]


def test_a_contact_line_with_every_kind() -> None:
    text = "ada@example.com | +44 20 7946 0958 | London, UK | linkedin.com/in/ada | github.com/aq | adaq.dev"
    found = find_contacts(text)
    assert [(c.kind, c.value, c.network) for c in found] == [
        ("email", "ada@example.com", ""), ("phone", "+442079460958", ""), ("location", "London, UK", ""),
        ("profile", "https://linkedin.com/in/ada", "LinkedIn"), ("profile", "https://github.com/aq", "GitHub"),
        ("url", "https://adaq.dev", ""),
    ]
    for c in found:
        assert text[c.begin:c.stop].startswith(c.text)


@pytest.mark.parametrize(("text", "digits"), [
    ("(415) 555-0199", "4155550199"), ("+1-212-555-0199", "+12125550199"), ("0049 30 901820", "+4930901820"),
    ("+351 912 345 678", "+351912345678"), ("020 7946 0958 ext. 12", "02079460958"), ("+91 98765 43210", "+919876543210"),
])
def test_phones(text: str, digits: str) -> None:
    assert phone_digits(text) == digits
    assert _kinds(f"Phone: {text}")[0] == ("phone", digits)


@pytest.mark.parametrize("text", ["2019 - 2021", "03/2018 - 06/2020", "1,200,000", "3.14159265", "12345"])
def test_what_is_no_phone(text: str) -> None:
    assert phone_digits(text) is None
    assert all(c.kind != "phone" for c in find_contacts(text))


def test_scholar_and_places_after_a_phone() -> None:
    assert _kinds("scholar.google.com/citations?user=abc")[0][0] == "profile"
    assert _kinds("tel 0049 30 901820, Berlin, Germany") == [("phone", "+4930901820"), ("location", "Berlin, Germany")]


@given(st.integers(200, 999), st.integers(200, 999), st.integers(0, 9999),
       st.sampled_from(["({a}) {b}-{c:04d}", "{a}-{b}-{c:04d}", "+1 {a} {b} {c:04d}", "{a}.{b}.{c:04d}"]))
def test_north_american_numbers_in_any_format(a, b, c, shape) -> None:
    text = shape.format(a=a, b=b, c=c)
    digits = phone_digits(text)
    assert digits is not None and digits.lstrip("+").endswith(f"{a}{b}{c:04d}")


@given(st.text(max_size=80))
def test_find_contacts_never_fails(text: str) -> None:
    for c in find_contacts(text):
        assert 0 <= c.begin < c.stop <= len(text)
