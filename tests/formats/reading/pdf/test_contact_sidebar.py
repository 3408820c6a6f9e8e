"""A short block of contact details left of the text is a sidebar, read apart, even when it runs
down only a little of the page and its e-mail address runs into the text's column."""

from __future__ import annotations

from mlresume_gui.formats.reading.pdf.columns import find_gutter, labels_beside
from mlresume_gui.formats.reading.pdf.rows import Piece


def _piece(text: str, x0: float, x1: float, y: float) -> Piece:
    return Piece([], text, x0, x1, y, y + 10)


def _page(side: list[str]) -> list[Piece]:
    main = [_piece(f"Line {k} of the text about the work", 172, 535, 700 - 14 * k) for k in range(40)]
    block = [_piece(t, 60, 223 if "@" in t else 150, 700 - 12 * k) for k, t in enumerate(side)]
    return main + block


def test_a_short_block_of_contact_details_is_a_column() -> None:
    x = find_gutter(_page(["Lisboa", "+351 912 345 678", "ada.quill@mail.example.net", "adaquill.example.io",
                       "linkedin.com/in/adaquill"]))
    assert x is not None and 168 < x < 173


def test_a_short_block_of_other_lines_beside_the_text_is_no_column() -> None:
    assert find_gutter(_page(["Lisboa", "Remote work", "Open to travel", "Portuguese", "English"])) is None


def test_a_right_column_of_places_and_dates_beside_each_head_is_no_sidebar() -> None:
    pieces = []
    for k in range(6):  # six entries: a head with its place and dates at the right edge, three bullets
        y = 700 - 60 * k
        pieces += [_piece(f"Data Scientist, Company {k}", 62, 270, y), _piece("Leeds", 480, 512, y),
                   _piece(f"Built model number {k} for the weekly forecast run", 74, 430, y - 13),
                   _piece("Jan 2019 – May 2021", 432, 512, y - 13),
                   _piece("and kept its error under the old baseline", 84, 400, y - 26),
                   _piece("Ran the nightly retraining job for the team", 74, 420, y - 39)]
    x = find_gutter(pieces)
    assert x is not None  # the places and dates leave a clean edge ...
    assert labels_beside(pieces, x)  # ... but they label the heads beside them: one flow
