"""Headings set with a space between their letters (``headings.letter_spaced``), and the
labeller's heading-vocabulary feature reading them."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from mlresume_gui.formats.reading.headings import letter_spaced, section_for_heading
from mlresume_gui.formats.reading.labelling.features import document_features
from mlresume_gui.formats.reading.labelling.segments import segments
from mlresume_gui.formats.reading.layout import LayoutDocument, LayoutLine, Piece, Span


def test_kerned_pairs_stay_letter_spaced() -> None:
    assert letter_spaced("E D U C AT I O N")
    assert letter_spaced("P U B L I C AT I O N S")
    assert section_for_heading("E D U C AT I O N") == "education"


def test_ordinary_lines_are_not_letter_spaced() -> None:
    for text in ("Education", "MS in CS at a school", "A B", "I am a ML engineer", "Go to it"):
        assert not letter_spaced(text)


@given(
    st.sampled_from(["Education", "Experience", "Skills", "Projects", "Publications"]),
    st.lists(st.integers(0, 20), max_size=2),
)
def test_any_heading_spaced_out_names_its_section(word: str, kerned: list[int]) -> None:
    letters = list(word.upper())
    for k in sorted(set(kerned), reverse=True):
        if k + 1 < len(letters):  # a kerned pair printed without a space between
            letters[k : k + 2] = ["".join(letters[k : k + 2])]
    text = " ".join(letters)
    if letter_spaced(text):
        assert section_for_heading(text) == section_for_heading(word)


def test_the_vocabulary_feature_reads_a_letter_spaced_heading() -> None:
    lines = [
        LayoutLine(pieces=[Piece([Span("E D U C AT I O N", size=9.0, bold=True)])]),
        LayoutLine(pieces=[Piece([Span("MSc Physics at Northfield University", size=11.0)])]),
    ]
    doc = LayoutDocument(lines=lines, kind="text")
    feats = document_features(doc, segments(doc))
    assert "vocab=education" in feats[0]
