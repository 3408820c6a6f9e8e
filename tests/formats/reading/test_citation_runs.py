"""A publication read from its citation as laid out: styles and lines show its parts."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from mlresume_gui.formats.reading.citation_runs import (
    Run,
    citation_part,
    fields_of,
    is_date_only,
    publication_from_runs,
)


def test_a_bold_title_and_a_plain_venue_on_one_line() -> None:
    pub = publication_from_runs(
        [Run("Sparse Routing for Tiny Clinics,", 0, bold=True), Run(" Harbour Letters", 0)]
    )
    assert (pub.title, pub.venue) == ("Sparse Routing for Tiny Clinics", "Harbour Letters")


def test_a_venue_run_on_after_the_title_in_another_style() -> None:
    pub = publication_from_runs(
        [
            Run("Sparse Routing for Tiny Clinics", 0, bold=True),
            Run(" in Harbour Letters", 0),
            Run("Mar 2021", 0, piece=1),
        ]
    )
    assert (pub.title, pub.venue, pub.date.year, pub.date.month) == (
        "Sparse Routing for Tiny Clinics",
        "Harbour Letters",
        2021,
        3,
    )


def test_title_authors_and_venue_on_lines_of_their_own() -> None:
    runs = [
        Run("May 2024", 0),
        Run("Sparse Routing for Tiny Clinics", 0, bold=True, piece=1),
        Run("Ada Quill, Maren Oduya, Tomas Fenn", 1),
        Run("ICML 2024", 2),
    ]
    pub = publication_from_runs(runs)
    assert pub.title == "Sparse Routing for Tiny Clinics"
    assert pub.authors == ["Ada Quill", "Maren Oduya", "Tomas Fenn"]
    assert (pub.venue, pub.date.year, pub.date.month) == ("ICML 2024", 2024, 5)


def test_a_wrapped_title_and_a_published_by_line() -> None:
    runs = [
        Run("Sparse Routing for Tiny", 0, bold=True),
        Run("Clinics", 1, bold=True),
        Run("Published by", 2),
        Run(" KDD 2022", 2, bold=True),
        Run("Aug 2022", 3),
    ]
    pub = publication_from_runs(runs)
    assert (pub.title, pub.venue, pub.date.month) == (
        "Sparse Routing for Tiny Clinics",
        "KDD 2022",
        8,
    )


def test_a_word_hyphenated_across_lines_is_mended() -> None:
    runs = [
        Run("Ada Quill, Maren Oduya.", 0),
        Run(" Sparse Rout-", 0, italic=True),
        Run("ing for Tiny Clinics", 1, italic=True, wraps=True),
        Run(". KDD 2022.", 1),
    ]
    pub = publication_from_runs(runs)
    assert pub.title == "Sparse Routing for Tiny Clinics"
    assert pub.authors == ["Ada Quill", "Maren Oduya"]


def test_ones_own_name_in_bold_stays_in_the_author_list() -> None:
    fields = fields_of(
        [
            Run("Ada Quill", 0, bold=True),
            Run(", Maren Oduya, Tomas Fenn", 0),
            Run("Sparse Routing for Tiny Clinics", 1, italic=True),
        ]
    )
    assert [f.text for f in fields] == [
        "Ada Quill, Maren Oduya, Tomas Fenn",
        "Sparse Routing for Tiny Clinics",
    ]


def test_one_run_of_one_style_is_left_to_the_text_parser() -> None:
    assert (
        publication_from_runs([Run("Ada Quill. Sparse Routing for Tiny Clinics. KDD 2022.", 0)])
        is None
    )
    # a title field that runs on into other sentences is not read as a title either
    assert (
        publication_from_runs(
            [Run("Ada Quill. Sparse Routing. KDD 2022.", 0), Run("2022", 0, piece=1)]
        )
        is None
    )


def test_parts_of_a_citation_by_themselves() -> None:
    assert citation_part("Published on: Mar 01, 2021") == "date"
    assert citation_part("09/2023") == "date"
    assert citation_part("Ada Quill, Maren Oduya") == "authors"
    assert citation_part("Published by Harbour Letters") == "venue"
    assert citation_part("NeurIPS 2023") == "venue"
    assert (
        citation_part("Sparse Routing for Tiny Clinics, KDD 2024") is None
    )  # a title with its venue
    assert citation_part("Sparse Routing for Tiny Clinics") is None
    assert citation_part("Ada Quill. Sparse Routing for Tiny Clinics") is None
    assert is_date_only("Sept 2017") and not is_date_only("Harbour Letters 2017")


_WORDS = st.text(alphabet=st.sampled_from("abcdefgh ABC.,:;“”-0123456789"), max_size=30)


@given(st.lists(st.tuples(_WORDS, st.integers(0, 3), st.booleans(), st.booleans()), max_size=8))
def test_any_runs_read_without_error_and_keep_to_their_text(
    parts: list[tuple[str, int, bool, bool]],
) -> None:
    runs = [
        Run(t, line, bold, italic) for t, line, bold, italic in sorted(parts, key=lambda p: p[1])
    ]
    pub = publication_from_runs(runs)
    if pub is not None:
        assert pub.title
        letters = "".join(r.text for r in runs).replace(" ", "")
        assert all(
            w.strip(" ,.;:-") in letters or "-" in w for w in pub.title.replace(" ", "\n").split()
        )
