"""A publication's title told from a venue and dates run on after or before it."""

from __future__ import annotations

import pytest

from mlresume_gui.formats.reading.citation_parts import split_title_venue, strip_leading_date
from mlresume_gui.formats.reading.items import publication_from_text


@pytest.mark.parametrize(("text", "title", "venue"), [
    ("Sparse Routing for Tiny Clinics, KDD", "Sparse Routing for Tiny Clinics", "KDD"),
    ("Sparse Routing for Tiny Clinics in ICML 2022, 1 June", "Sparse Routing for Tiny Clinics", "ICML"),
    ("Sparse Routing for Tiny Clinics NeurIPS 2015 2015-10", "Sparse Routing for Tiny Clinics", "NeurIPS"),
    ("Sparse Routing for Tiny Clinics in arXiv preprint 2023, 1 November", "Sparse Routing for Tiny Clinics",
     "arXiv preprint"),
    ("Sparse Routing for Tiny Clinics — Proceedings of the Harbour Workshop", "Sparse Routing for Tiny Clinics",
     "Proceedings of the Harbour Workshop"),
    ("BERT Pretraining for Low-Resource NLP", "BERT Pretraining for Low-Resource NLP", ""),
    ("Attention, Sparsity and Scale in Transformers", "Attention, Sparsity and Scale in Transformers", ""),
])
def test_title_and_venue(text: str, title: str, venue: str) -> None:
    assert split_title_venue(text) == (title, venue)


def test_a_date_before_the_title() -> None:
    assert strip_leading_date("June 2022 Sparse Routing for Tiny Clinics") == "Sparse Routing for Tiny Clinics"
    assert strip_leading_date("2015: A. Quill, B. Oduya. Sparse Routing.") == "A. Quill, B. Oduya. Sparse Routing."
    pub, _ = publication_from_text("June 2022 Sparse Routing for Tiny Clinics in ICML 2022")
    assert (pub.title, pub.venue, pub.date.year) == ("Sparse Routing for Tiny Clinics", "ICML", 2022)


def test_authors_after_a_year_prefix() -> None:
    pub, _ = publication_from_text("2019: Maren Oduya, Ada Quill. Sparse Routing for Tiny Clinics. ICML 2019.")
    assert pub.title == "Sparse Routing for Tiny Clinics"
    assert pub.authors == ["Maren Oduya", "Ada Quill"]
