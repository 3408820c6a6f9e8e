"""Unwritable characters (lone surrogates, control characters, noncharacters) found and replaced
in a resume, with where they were; iterative, so deep ``extra`` data is no problem."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from mlresume_gui.model import Bullet, Experience, Resume
from mlresume_gui.model.codec import check
from mlresume_gui.model.unwritable import REPLACEMENT, describe, find_unwritable, replace_unwritable


def _resume() -> Resume:
    r = Resume()
    r.basics.name = "Jordan \ud800Example"
    r.experience.append(Experience(company="Ex\x1b[2Jample", bullets=[Bullet("fine"), Bullet("nul\x00")]))
    r.extra["x-tool"] = {"note\udcff": ["ok", "bell\x07"]}
    return r


def test_find_reports_count_and_places_without_changing_anything() -> None:
    r = _resume()
    count, places = find_unwritable(r)
    assert count == 5
    assert places == ["basics.name", "experience[0].bullets[1].text", "experience[0].company",
                      "extra.x-tool (a key)", "extra.x-tool.note\udcff[1]"]
    assert r.basics.name == "Jordan \ud800Example"


def test_replace_leaves_only_encodable_text() -> None:
    r = _resume()
    count, _ = replace_unwritable(r)
    assert count == 5
    assert r.basics.name == f"Jordan {REPLACEMENT}Example"
    assert r.experience[0].bullets[1].text == f"nul{REPLACEMENT}"
    assert list(r.extra["x-tool"]) == [f"note{REPLACEMENT}"]
    assert find_unwritable(r) == (0, [])
    check(r)


def test_tabs_and_line_breaks_are_writable() -> None:
    r = Resume(summary="two\nlines\tand a tab\r\n")
    assert find_unwritable(r) == (0, [])


def test_deep_extra_data_is_walked_without_recursion() -> None:
    r = Resume()
    node: dict = r.extra
    for _ in range(20_000):
        node["x"] = {}
        node = node["x"]
    node["x"] = "deep\x00"
    assert find_unwritable(r)[0] == 1


def test_describe_is_one_line_and_counts() -> None:
    line = describe(7, [f"experience[{i}].company" for i in range(5)])
    assert "\n" not in line and line.startswith("replaced 7 characters")
    assert "and 2 more fields" in line
    assert describe(0, []) == ""


@given(st.text(alphabet=st.characters(codec=None, exclude_categories=())))
def test_any_text_becomes_utf8_and_xml_safe(text: str) -> None:
    r = Resume(summary=text)
    replace_unwritable(r)
    r.summary.encode("utf-8")
    from lxml import etree

    etree.fromstring(b"<a/>").text = r.summary  # lxml refuses what XML cannot hold


@pytest.mark.parametrize("n", [20_000])
def test_the_model_check_never_compares_entries(n: int, monkeypatch: pytest.MonkeyPatch) -> None:
    """The check is one pass: finding an entry's index by comparing entries (list.index) made
    5,000 empty entries take half a minute."""
    r = Resume(experience=[Experience() for _ in range(n)])

    def no_compare(self: object, other: object) -> bool:
        raise AssertionError("entries compared")

    monkeypatch.setattr(Experience, "__eq__", no_compare)
    check(r)
    r.experience[-1].id = r.experience[3].id
    with pytest.raises(ValueError, match=rf"experience\[{n - 1}\]\.id: .* also used by experience\[3\]"):
        check(r)
