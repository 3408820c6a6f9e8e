"""A citation that runs to the column's edge mid-sentence goes on on the next line, whatever the
labeller called that line; one that ended, or a line that opens with its own year, starts anew.
Author lists keep their names' particles ("Van der Berghe", "de la Cruz")."""

from __future__ import annotations

from mlresume_gui.formats.reading.items import looks_like_authors, publication_from_text
from mlresume_gui.formats.reading.layout import LayoutLine, Piece, Span
from tests.formats.assembly_rows import read


def _set(text: str, x1: float, y: float) -> LayoutLine:
    """A line from 60 to ``x1`` points at height ``y`` in a column whose wrapping edge is at 500."""
    box = (60.0, y, x1, y + 10)
    ln = LayoutLine(pieces=[Piece([Span(text, box=box, size=10.0)], box=box)], box=box)
    ln.extra["right_gap"] = round(500.0 - x1, 2)
    return ln


def test_a_citation_cut_at_the_edge_goes_on_and_a_dated_one_starts_anew() -> None:
    r = read([
        (LayoutLine(pieces=[Piece([Span("Publications", size=14.0)])]), ["heading"]),
        (_set("2024: Ada Quill, Bo Lin, Cas Ruiz, Dee Moor, Eve Tan. Label-Efficient", 498, 100), ["other"]),
        (_set("Pretraining at Web Scale. RecSys 2024.", 260, 112), ["pub"]),
        (_set("2018: Ada Quill, Bo Lin. Sparse Routing for Tabular Data. NeurIPS 2018.", 420, 124), ["pub"]),
    ]).resume
    assert [p.title for p in r.publications] == ["Label-Efficient Pretraining at Web Scale",
                                                 "Sparse Routing for Tabular Data"]


def test_names_with_particles_are_an_author_list() -> None:
    assert looks_like_authors("Inès Van der Berghe, Bo Lin, Ana de la Cruz")
    assert not looks_like_authors("Calibrated Uncertainty in the wild")
    pub, _ = publication_from_text("Inès Van der Berghe, Bo Lin. Calibrated Uncertainty. EMNLP 2021.")
    assert (pub.title, pub.venue, pub.authors) == ("Calibrated Uncertainty", "EMNLP 2021", ["Inès Van der Berghe", "Bo Lin"])
