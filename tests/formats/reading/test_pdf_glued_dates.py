"""A date set in another font right after a letter, with no space between (``pdf.rows``): a
piece of its own; a date split by its own font changes stays whole."""

from __future__ import annotations

from types import SimpleNamespace

from hypothesis import given
from hypothesis import strategies as st
from pdfminer.layout import LTChar

from mlresume_gui.formats.reading.pdf.rows import _pieces


def _chars(runs: list[tuple[str, str, float]]) -> list[LTChar]:
    """Characters side by side, each run in its font and size, 0.3 pt apart."""
    out, x = [], 10.0
    for text, font, size in runs:
        for t in text:
            c = LTChar.__new__(LTChar)
            c._text, c.fontname, c.size = t, font, size
            c.x0, c.x1, c.y0, c.y1 = x, x + 0.5 * size, 100.0, 100.0 + size
            c.graphicstate = SimpleNamespace(ncolor=(0,))
            out.append(c)
            x += 0.5 * size + 0.3
    return out


class _Line(list):
    x0, x1, y0, y1 = 10.0, 500.0, 100.0, 111.0


def _texts(runs: list[tuple[str, str, float]]) -> list[str]:
    return [p.text for p in _pieces(_Line(_chars(runs)))]


def test_a_date_glued_to_a_school_is_a_piece_of_its_own() -> None:
    runs = [
        ("Northfield Institute of Technology", "Sans-Bold", 10.5),
        ("09/2018 - 07/2022", "Sans-Italic", 8.25),
    ]
    assert _texts(runs) == ["Northfield Institute of Technology", "09/2018 - 07/2022"]


def test_a_date_in_one_font_stays_glued_to_nothing() -> None:
    assert _texts([("Technology09/2018", "Sans", 10.0)]) == ["Technology09/2018"]


def test_a_month_or_a_to_in_another_font_stays_with_its_date() -> None:
    assert _texts([("June", "Sans-Bold", 10.0), ("2019", "Sans", 8.0)]) == ["June2019"]
    assert _texts([("2012-09 to", "Caps", 7.0), ("2021-09", "Sans", 9.0)]) == ["2012-09 to2021-09"]


def test_a_word_and_a_number_that_is_no_date_stay_together() -> None:
    assert _texts([("Python", "Sans-Bold", 10.0), ("3", "Sans", 7.0)]) == ["Python3"]


@given(
    st.sampled_from(["Westmere College", "Applied Physics", "Lakeshore University"]),
    st.sampled_from(["2016 - 2020", "Sep 2016 - Jun 2020", "09/2016 – 06/2020"]),
)
def test_any_school_then_a_date_in_a_smaller_font(school: str, date: str) -> None:
    got = _texts([(school, "Serif-Bold", 11.0), (date, "Serif", 9.0)])
    assert got == (
        [school, date] if date[0].isdigit() else [school + date]
    )  # a month: letter after letter
